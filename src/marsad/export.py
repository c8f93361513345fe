"""Exports of the event store: ACLED-shaped CSV, GeoJSON (QGIS), JSON lines, Parquet.

One row per cluster (a deduplicated incident, the default) or per report (`view="reports"`),
filtered like the web API (`EventQuery`). The ACLED CSV has ACLED's column names in ACLED's
order (`ACLED_COLUMNS`); what ACLED does not publish (modality, the range of fatalities across
reports, the number of reports) goes into `tags`. GeoJSON is an RFC 7946 FeatureCollection of
points (longitude, latitude in WGS 84) with the ACLED columns as flat properties; rows without
coordinates are left out of it (their number is returned).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import IO, Any

from marsad.errors import StoreError
from marsad.store import EventQuery, Store, iter_rows
from marsad.store.queries import cluster_member_ids, event_context

FORMATS = ("acled-csv", "geojson", "jsonl", "parquet")
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
EXTRA_COLUMNS = ("marsad_id", "kind", "n_reports", "fatalities_min", "fatalities_max", "modality", "confidence",
                 "url")
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}
REGIONS = {
    "Middle East": ("Syria", "Iraq", "Lebanon", "Jordan", "Palestine", "Israel", "Yemen", "Saudi Arabia", "Iran",
                    "Turkey", "Kuwait", "Bahrain", "Qatar", "United Arab Emirates", "Oman"),
    "Northern Africa": ("Egypt", "Libya", "Tunisia", "Algeria", "Morocco", "Sudan"),
}
_REGION_OF = {c: r for r, cs in REGIONS.items() for c in cs}
_ISO_ALIASES = {"Palestine": "PSE", "Turkey": "TUR", "Syria": "SYR", "Iran": "IRN"}


@cache
def iso_codes(country: str | None) -> tuple[str, int | None]:
    """(ISO 3166 alpha-3, numeric) of a country name, or ("XXX", None) when unknown."""
    if not country:
        return "XXX", None
    import pycountry  # on first use: 0.16 s to import

    try:
        c = pycountry.countries.lookup(_ISO_ALIASES.get(country, country))
    except LookupError:
        try:
            c = pycountry.countries.search_fuzzy(country)[0]
        except LookupError:
            return "XXX", None
    return str(c.alpha_3), int(c.numeric)


@dataclass(frozen=True, slots=True)
class ExportResult:
    rows: int
    without_coordinates: int = 0


def _names(actors: list[dict[str, Any]] | None) -> str:
    return "; ".join(a["name"] for a in actors or [] if a and a.get("name"))


def _interaction(i1: int | None, i2: int | None) -> int | None:
    if i1 is None:
        return None
    if i2 is None:
        return i1 * 10
    a, b = sorted((i1, i2))
    return a * 10 + b


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


def _acled_row(kind: str, ident: str, f: dict[str, Any], rec: dict[str, Any], sources: list[str],
               stamp: int, url: str | None, n: int, fmin: Any, fmax: Any) -> dict[str, Any]:
    a1, a2 = rec.get("actor1") or {}, rec.get("actor2") or {}
    i1, i2 = (a1.get("inter") if f.get("actor1") else None), (a2.get("inter") if f.get("actor2") else None)
    iso3, numeric = iso_codes(f.get("country"))
    date = f.get("event_date")
    loc = rec.get("location") or {}
    evidence = rec.get("evidence") or []
    return {
        "event_id_cnty": f"{iso3}-{ident}", "event_date": date or "", "year": int(date[:4]) if date else None,
        "time_precision": f.get("time_precision"),
        "disorder_type": f.get("disorder_type") or DISORDER.get(f["event_type"], ""),
        "event_type": f["event_type"], "sub_event_type": f["sub_event_type"],
        "actor1": f.get("actor1") or "", "assoc_actor_1": _names(rec.get("assoc_actor_1")), "inter1": i1,
        "actor2": f.get("actor2") or "", "assoc_actor_2": _names(rec.get("assoc_actor_2")), "inter2": i2,
        "interaction": _interaction(i1, i2),
        "civilian_targeting": "Civilian targeting" if f.get("civilian_targeting") else "",
        "iso": numeric, "region": _REGION_OF.get(f.get("country") or "", ""), "country": f.get("country") or "",
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
    for row in iter_rows(store, replace(query, limit=None, cursor=None), batch=batch):
        buf.append(row)
        if len(buf) >= batch:
            yield from _convert(store, query.view, buf, stamp)
            buf = []
    if buf:
        yield from _convert(store, query.view, buf, stamp)


def _convert(store: Store, view: str, batch: list[Any], stamp: int) -> Iterator[dict[str, Any]]:
    if view == "reports":
        ctx = event_context(store, [r.id for r in batch])
        for r in batch:
            c = ctx[r.id]
            f = dict(r._mapping)
            out = _acled_row("report", r.id, f, c["record"], [c["source"]] if c["source"] else [], stamp,
                             c["url"], 1, r.fatalities, r.fatalities)
            out.update(document_id=r.document_id, doc=c["doc"], cluster_id=c["cluster_id"], record=c["record"])
            yield out
        return
    reps = event_context(store, [r.representative for r in batch if r.representative])
    members = cluster_member_ids(store, [r.id for r in batch])
    for r in batch:
        f = dict(r._mapping)
        c = reps.get(r.representative) or {"record": {}, "url": None}
        out = _acled_row("cluster", r.id, f, c["record"], json.loads(r.sources or "[]"), stamp, c["url"],
                         r.n_reports, r.fatalities_min, r.fatalities_max)
        out.update(members=members.get(r.id, []), date_min=r.date_min, date_max=r.date_max)
        yield out


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row.get(k) for k in (*ACLED_COLUMNS, *EXTRA_COLUMNS)}


def write_acled_csv(it: Iterator[dict[str, Any]], out: IO[str]) -> ExportResult:
    w = csv.DictWriter(out, fieldnames=list(ACLED_COLUMNS), extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    n = 0
    for row in it:
        w.writerow({k: ("" if row.get(k) is None else row[k]) for k in ACLED_COLUMNS})
        n += 1
    return ExportResult(n)


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


def export(store: Store, query: EventQuery, fmt: str, output: str | Path | IO[str],
           timestamp: int | None = None) -> ExportResult:
    """Write the rows matching `query` in format `fmt` to `output` (a path, or a text stream for
    the text formats)."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    it = rows(store, query, timestamp)
    if fmt == "parquet":
        if not isinstance(output, str | Path):
            raise StoreError("Parquet is written to a file: give -o FILE")
        return write_parquet(it, Path(output))
    writer = {"acled-csv": write_acled_csv, "geojson": write_geojson, "jsonl": write_jsonl}[fmt]
    if isinstance(output, str | Path):
        p = Path(output)
        p.parent.mkdir(parents=True, exist_ok=True)
        with p.open("w", encoding="utf-8", newline="") as f:
            return writer(it, f)
    return writer(it, output)


def export_text(store: Store, query: EventQuery, fmt: str, timestamp: int | None = None) -> str:
    """The export as one string (text formats; for the API and tests)."""
    buf = io.StringIO()
    export(store, query, fmt, buf, timestamp)
    return buf.getvalue()
