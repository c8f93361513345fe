"""Exports of the event store: ACLED-shaped CSV, GeoJSON (QGIS), JSON lines, Parquet.

One row per cluster (a deduplicated incident, the default) or per report (`view="reports"`),
filtered like the web API (`EventQuery`). The ACLED CSV has ACLED's column names in ACLED's
order (`ACLED_COLUMNS`); what ACLED does not publish (modality, the range of fatalities across
reports, the number of reports) goes into `tags`. GeoJSON is an RFC 7946 FeatureCollection of
points (longitude, latitude in WGS 84) with the ACLED columns as flat properties; rows without
coordinates are left out of it (their number is returned).

The ACLED CSV follows ACLED's codebook (`marsad.acled`): every row has an actor1 (an unidentified
armed group, protesters or rioters when the text names none), the interaction code of inter1 and
inter2, the ISO 3166 numeric code and ACLED's region of its country, and an id of the country's
alpha-3 code and a stable number; a row without a date or a country (every ACLED event has both)
is left out of it and counted. Text cells that a spreadsheet would run as formulas (`=`, `+`, `-`,
`@` ...) get a leading quote, as OWASP recommends, unless `raw` (for machine readers).

Every format is one entry of `REGISTRY` (writer, media type, file suffix): the CLI's `--format`
choices and the API's `format` parameter and media types derive from it.

Rows are streamed (`marsad.store.queries.stream_rows`: a server-side cursor on PostgreSQL, keyset pages on
SQLite) and Parquet is written in row groups of 5,000 rows: memory stays flat whatever the size.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from marsad import acled
from marsad.errors import StoreError
from marsad.store import EventQuery, Store
from marsad.store.queries import actor_inters, cluster_member_ids, event_context, stream_rows
from marsad.store.review import reviews_of

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS = ("marsad_id", "kind", "n_reports", "fatalities_min", "fatalities_max", "modality", "confidence",
                 "url", "review_status")
# OWASP (CSV injection): a cell that starts with one of these is a formula to a spreadsheet.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


@dataclass(frozen=True, slots=True)
class ExportResult:
    rows: int
    without_coordinates: int = 0  # GeoJSON: rows left out for want of a point
    incomplete: int = 0  # ACLED CSV: rows left out for want of the date or country every ACLED event has


def _names(actors: list[dict[str, Any]] | None) -> str:
    return "; ".join(a["name"] for a in actors or [] if a and a.get("name"))


def _tags(modality: str | None, rec: dict[str, Any], fat_min: Any = None, fat_max: Any = None,
          n: int | None = None) -> str:
    tags = []
    if modality and modality != "asserted":
        tags.append(f"modality={modality}")
    if rec.get("aggregate"):
        tags.append("aggregate")
    if rec.get("fatalities") is None and fat_min is None:
        tags.append("fatalities=no report")
    if fat_min is not None and fat_max is not None and fat_min != fat_max:
        tags.append(f"fatalities range={fat_min}-{fat_max}")
    if n and n > 1:
        tags.append(f"reports={n}")
    return "; ".join(tags)


def _record_inter(rec: dict[str, Any], role: str, name: str) -> int | None:
    actor = rec.get(role) or {}
    inter = actor.get("inter") if actor.get("name") == name else None
    return int(inter) if inter else None


def _acled_row(kind: str, ident: str, f: dict[str, Any], rec: dict[str, Any], sources: list[str],
               stamp: int, url: str | None, n: int, fmin: Any, fmax: Any,
               inters: dict[str, int | None]) -> dict[str, Any]:
    country = f.get("country") or None
    actor1, actor2 = f.get("actor1") or "", f.get("actor2") or ""
    # the reference tables know the lexicon's actors; a name they do not know keeps the code its
    # report gave it
    i1 = inters.get(actor1) or _record_inter(rec, "actor1", actor1)
    i2 = inters.get(actor2) or _record_inter(rec, "actor2", actor2)
    if not actor1:  # ACLED: every event has an actor1, an unidentified one when the text names none
        actor1, i1 = acled.default_actor1(f["event_type"], country, f.get("sub_event_type"))
    codes = acled.iso_codes(country)
    date = f.get("event_date")
    loc = rec.get("location") or {}
    evidence = rec.get("evidence") or []
    return {
        "event_id_cnty": acled.event_id_cnty(codes[0], ident) if codes else "", "event_date": date or "",
        "year": int(date[:4]) if date else None, "time_precision": f.get("time_precision"),
        "disorder_type": f.get("disorder_type") or acled.DISORDER.get(f["event_type"], ""),
        "event_type": f["event_type"], "sub_event_type": f["sub_event_type"],
        "actor1": actor1, "assoc_actor_1": _names(rec.get("assoc_actor_1")), "inter1": i1,
        "actor2": actor2, "assoc_actor_2": _names(rec.get("assoc_actor_2")), "inter2": i2 if actor2 else None,
        "interaction": acled.interaction(i1, i2 if actor2 else None),
        "civilian_targeting": "Civilian targeting" if f.get("civilian_targeting") else "",
        "iso": codes[1] if codes else None, "region": acled.region_of(country) or "", "country": country or "",
        "admin1": f.get("admin1") or "", "admin2": f.get("admin2") or "", "admin3": loc.get("admin3") or "",
        "location": f.get("location") or "", "latitude": f.get("latitude"), "longitude": f.get("longitude"),
        "geo_precision": f.get("geo_precision"), "source": "; ".join(sources), "source_scale": "",
        "notes": " ".join(e["text"] for e in evidence[:2]),
        "fatalities": f.get("fatalities") or 0,
        "tags": _tags(f.get("modality"), rec, fmin, fmax, n), "timestamp": stamp,
        "marsad_id": ident, "kind": kind, "n_reports": n, "fatalities_min": fmin, "fatalities_max": fmax,
        "modality": f.get("modality"), "confidence": f.get("confidence"), "url": url,
    }


def rows(store: Store, query: EventQuery, timestamp: int | None = None, batch: int = 1000) -> Iterator[dict[str, Any]]:
    """Export rows (ACLED columns, then marsad's) for every cluster or report matching `query`;
    JSON-lines exports add the full `record` (reports) or `members` (clusters)."""
    stamp = timestamp if timestamp is not None else int(datetime.now(UTC).timestamp())
    buf: list[Any] = []
    for row in stream_rows(store, replace(query, limit=None, cursor=None), batch=batch):
        buf.append(row)
        if len(buf) >= batch:
            yield from _convert(store, query.view, buf, stamp)
            buf = []
    if buf:
        yield from _convert(store, query.view, buf, stamp)


def review_note(review: dict[str, Any] | None) -> str:
    """What the ACLED notes say of a review: who corrected (or checked) the record, when, what."""
    if not review or review["status"] not in ("corrected", "accepted"):
        return ""
    day = review["reviewed_at"][:10]
    if review["status"] == "accepted":
        return f"Checked by {review['reviewer']} on {day}."
    return f"Corrected by {review['reviewer']} on {day} ({', '.join(review['corrected'])})."


def _with_review(out: dict[str, Any], f: dict[str, Any], review: dict[str, Any] | None) -> dict[str, Any]:
    status = f.get("review_status") or "unreviewed"
    out["review_status"] = status
    note = review_note(review)
    if note:
        out["notes"] = f"{out['notes']} [{note}]" if out["notes"] else f"[{note}]"
    if status != "unreviewed":
        out["tags"] = "; ".join(x for x in (out["tags"], f"review={status}") if x)
    return out


def _convert(store: Store, view: str, batch: list[Any], stamp: int) -> Iterator[dict[str, Any]]:
    inters = actor_inters(store, [a for r in batch for a in (r.actor1, r.actor2) if a])
    reviews = reviews_of(store, [r.id for r in batch if getattr(r, "review_status", "unreviewed") != "unreviewed"])
    if view == "reports":
        ctx = event_context(store, [r.id for r in batch])
        for r in batch:
            c = ctx[r.id]
            f = dict(r._mapping)
            out = _acled_row("report", r.id, f, c["record"], [c["source"]] if c["source"] else [], stamp,
                             c["url"], 1, r.fatalities, r.fatalities, inters)
            out.update(document_id=r.document_id, doc=c["doc"], cluster_id=c["cluster_id"], record=c["record"])
            yield _with_review(out, f, reviews.get(r.id))
        return
    reps = event_context(store, [r.representative for r in batch if r.representative])
    members = cluster_member_ids(store, [r.id for r in batch])
    for r in batch:
        f = dict(r._mapping)
        c = reps.get(r.representative) or {"record": {}, "url": None}
        out = _acled_row("cluster", r.id, f, c["record"], json.loads(r.sources or "[]"), stamp, c["url"],
                         r.n_reports, r.fatalities_min, r.fatalities_max, inters)
        out.update(members=members.get(r.id, []), date_min=r.date_min, date_max=r.date_max)
        yield _with_review(out, f, reviews.get(r.id))


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in (*ACLED_COLUMNS, *EXTRA_COLUMNS)}


def escape_formula(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, made inert as OWASP recommends: a single
    quote before it (the quote shows; the text after it is kept whole)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def escape_formulas(row: dict[str, Any]) -> dict[str, Any]:
    return {k: escape_formula(v) for k, v in row.items()}


def write_acled_csv(it: Iterator[dict[str, Any]], out: IO[str]) -> ExportResult:
    """ACLED's columns in ACLED's order; rows without a date or a country are left out (and counted)."""
    w = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    n = skipped = 0
    for row in it:
        if not row.get("iso") or not row.get("event_date"):
            skipped += 1
            continue
        w.writerow({k: ("" if row.get(k) is None else row[k]) for k in ACLED_COLUMNS})
        n += 1
    return ExportResult(n, incomplete=skipped)


def write_jsonl(it: Iterator[dict[str, Any]], out: IO[str]) -> ExportResult:
    n = 0
    for row in it:
        out.write(json.dumps(row, ensure_ascii=False, separators=(",", ":")) + "\n")
        n += 1
    return ExportResult(n)


def write_geojson(it: Iterator[dict[str, Any]], out: IO[str]) -> ExportResult:
    out.write('{"type":"FeatureCollection","name":"marsad_events","features":[\n')
    n = skipped = 0
    for row in it:
        lat, lon = row.get("latitude"), row.get("longitude")
        if lat is None or lon is None:
            skipped += 1
            continue
        feat = {"type": "Feature", "id": row["marsad_id"],
                "geometry": {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]},
                "properties": _flat(row)}
        out.write(("," if n else "") + json.dumps(feat, ensure_ascii=False, separators=(",", ":")) + "\n")
        n += 1
    out.write("]}\n")
    return ExportResult(n, skipped)


def _parquet_schema() -> Any:
    import pyarrow as pa  # Parquet only: 0.3 s to import

    ints = {"year", "time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision", "fatalities",
            "timestamp", "n_reports", "fatalities_min", "fatalities_max"}
    floats = {"latitude", "longitude", "confidence"}
    return pa.schema([(c, pa.int64() if c in ints else pa.float64() if c in floats else pa.string())
                      for c in (*ACLED_COLUMNS, *EXTRA_COLUMNS)])


def write_parquet(it: Iterator[dict[str, Any]], path: Path) -> ExportResult:
    import pyarrow as pa  # Parquet only: 0.3 s to import
    import pyarrow.parquet as pq  # (as above)

    schema = _parquet_schema()
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as w:
        chunk: list[dict[str, Any]] = []
        for row in it:
            chunk.append(_flat(row))
            if len(chunk) >= 5000:
                w.write_table(pa.Table.from_pylist(chunk, schema=schema))
                n += len(chunk)
                chunk = []
        if chunk or n == 0:
            w.write_table(pa.Table.from_pylist(chunk, schema=schema))
            n += len(chunk)
    return ExportResult(n)


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One export format: its writer, the media type the API serves it as, its file suffix."""

    name: str
    write: Callable[[Iterator[dict[str, Any]], Any], ExportResult]  # (rows, text stream or path)
    media_type: str
    suffix: str
    binary: bool = False  # written to a file path, never to a text stream
    spreadsheet: bool = False  # opened by spreadsheets: formula cells are escaped unless `raw`
    description: str = ""


REGISTRY: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("acled-csv", write_acled_csv, "text/csv; charset=utf-8", "csv", spreadsheet=True,
                 description="ACLED's columns in ACLED's order"),
    ExportFormat("geojson", write_geojson, "application/geo+json", "geojson",
                 description="a FeatureCollection of points QGIS opens (rows without coordinates left out)"),
    ExportFormat("jsonl", write_jsonl, "application/x-ndjson", "jsonl", description="full records, one a line"),
    ExportFormat("parquet", write_parquet, "application/vnd.apache.parquet", "parquet", binary=True,
                 description="the ACLED columns and marsad's, typed"),
)}
FORMATS = tuple(REGISTRY)


def export_format(fmt: str) -> ExportFormat:
    """The registered format `fmt` (StoreError when there is none)."""
    try:
        return REGISTRY[fmt]
    except KeyError:
        raise StoreError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}") from None


def export(store: Store, query: EventQuery, fmt: str, output: str | Path | IO[str],
           timestamp: int | None = None, *, raw: bool = False) -> ExportResult:
    """Write the rows matching `query` in format `fmt` to `output` (a path, or a text stream for
    the text formats). Spreadsheet formats escape formula cells unless `raw` (machine readers)."""
    spec = export_format(fmt)
    it = rows(store, query, timestamp)
    if spec.spreadsheet and not raw:
        it = map(escape_formulas, it)
    if spec.binary:
        if not isinstance(output, str | Path):
            raise StoreError(f"{spec.name} is written to a file: give -o FILE")
        return spec.write(it, Path(output))
    if isinstance(output, str | Path):
        p = Path(output)
        p.parent.mkdir(parents=True, exist_ok=True)
        with p.open("w", encoding="utf-8", newline="") as f:
            return spec.write(it, f)
    return spec.write(it, output)


def export_text(store: Store, query: EventQuery, fmt: str, timestamp: int | None = None, *,
                raw: bool = False) -> str:
    """The export as one string (text formats; for the API and tests)."""
    buf = io.StringIO()
    export(store, query, fmt, buf, timestamp, raw=raw)
    return buf.getvalue()
