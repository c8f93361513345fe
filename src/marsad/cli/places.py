"""`marsad places`: the place mentions of a text, a file or JSON-lines documents, resolved."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import typer

from marsad.article import read_article
from marsad.cli.app import app
from marsad.cli.common import Column, dumps, print_table, report_failure
from marsad.documents import iter_documents
from marsad.errors import MarsadError
from marsad.geo.gazetteer import default_gazetteer
from marsad.geo.resolve import PlaceMention, context_from, find_places
from marsad.models import Failure
from marsad.text.normalize import normalize


def mention_row(doc: str | None, original: str, nt: Any, m: PlaceMention) -> dict[str, Any]:
    """One output row: spans and text in the original text; the place's fields; null coordinates
    for an unresolved mention."""
    start, end = nt.to_original(m.start, m.end)
    ns, ne = nt.to_original(m.name_start, m.name_end)
    p = m.place
    return {
        "doc": doc, "text": original[start:end], "start": start, "end": end,
        "name_text": original[ns:ne],
        "name": p.name if p else None, "name_ar": p.name_ar if p else None, "kind": p.kind if p else None,
        "country": p.country if p else None, "admin1": p.admin1 if p else None, "admin2": p.admin2 if p else None,
        "latitude": m.latitude, "longitude": m.longitude, "geo_precision": m.geo_precision,
        "pattern": m.pattern, "gazetteer_id": p.id if p else None,
    }


PLACE_COLUMNS = (Column("doc", wide_only=True), Column("text"), Column("place"), Column("kind", wide_only=True),
                 Column("where"), Column("prec", no_wrap=True), Column("lat, lon", no_wrap=True),
                 Column("pattern", wide_only=True))


def _table_row(r: dict[str, Any]) -> list[str]:
    where = ", ".join(x for x in (r["admin1"], r["country"]) if x and x != r["name"])
    point = f"{r['latitude']:.3f}, {r['longitude']:.3f}" if r["latitude"] is not None else ""
    return [r["doc"] or "", r["text"], r["name"] or "(unresolved)", r["kind"] or "", where,
            str(r["geo_precision"]), point, r["pattern"] or ""]


def _texts(input: str) -> list[tuple[str | None, str, str | None, tuple[str, ...]] | Failure]:
    """(doc id, full text, title, section) per document; a plain string is one document."""
    path = Path(input)
    if input != "-" and not path.exists():
        return [(None, input, None, ())]
    if input == "-" and not sys.stdin.isatty():
        data = sys.stdin.read()
        if not data.lstrip().startswith("{"):
            return [(None, data, None, ())]

        with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
            f.write(data)
        input = f.name

    out: list[tuple[str | None, str, str | None, tuple[str, ...]] | Failure] = []
    for item in iter_documents(input):
        if isinstance(item, Failure):
            out.append(item)
            continue
        if item.text is not None and item.html is None and item.html_bytes is None:
            full = f"{item.title}\n\n{item.text}" if item.title else item.text
            out.append((item.id, full, item.title, ()))
            continue
        try:
            art = read_article(item)
        except MarsadError as e:
            out.append(Failure(item.id, "article", getattr(e, "reason", str(e))))
            continue
        out.append((item.id, art.full_text, art.title, art.section))
    return out


@app.command()
def places(
    input: str = typer.Argument(..., help="Arabic text, a text/HTML file, JSON-lines documents, or - for stdin."),
    published: str = typer.Option(None, "--published", "-p", help="Publication date YYYY-MM-DD (recorded; "
                                  "places do not depend on it)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per mention instead of a table."),
) -> None:
    """Find and resolve the place mentions of INPUT with the active gazetteer (the imported one in
    $MARSAD_HOME, else the embedded default).

    Each mention: doc, text, start, end (offsets in the document's title + blank line + text), name,
    name_ar, kind, country, admin1, admin2, latitude, longitude, geo_precision (1 the place, 2 near
    it or its countryside, 3 a governorate, region or country), pattern, gazetteer_id. Unknown names
    after a pattern word ("قرية X") have null coordinates. Exit code 1 when a document failed.
    """
    if published:
        try:
            date.fromisoformat(published)
        except ValueError:
            typer.echo(f"error: --published must be a date YYYY-MM-DD, not {published!r}", err=True)
            raise typer.Exit(2) from None
    rows: list[dict[str, Any]] = []
    gazetteer = default_gazetteer()
    failed = 0
    for item in _texts(input):
        if isinstance(item, Failure):
            failed += 1
            report_failure(item)
            continue
        doc, full, title, section = item
        nt = normalize(full)
        ctx = context_from(gazetteer, title, section) if (title or section) else None
        for m in find_places(nt.text, gazetteer, ctx):
            row = mention_row(doc, full, nt, m)
            if published:
                row["published"] = published
            rows.append(row)
            if as_json:
                typer.echo(dumps(row))
    if not as_json:
        print_table(PLACE_COLUMNS, [_table_row(r) for r in rows], "no place found")
    raise typer.Exit(1 if failed else 0)
