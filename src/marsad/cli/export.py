"""`marsad export`: the event store → ACLED CSV, GeoJSON, JSON lines or Parquet."""

from __future__ import annotations

import sys
from datetime import date
from typing import Annotated

import typer

from marsad.cli.app import app
from marsad.cli.common import err_console
from marsad.errors import MarsadError
from marsad.export import FORMATS, REGISTRY, export
from marsad.store import EventQuery, open_store, parse_bbox


def _date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as e:
        raise typer.BadParameter(f"{name} must be YYYY-MM-DD, not {value!r}") from e


@app.command("export")
def export_command(
    fmt: str = typer.Option("acled-csv", "--format", "-f", help="; ".join(
        f"{f.name}: {f.description}" for f in REGISTRY.values()) + "."),
    output: str = typer.Option("-", "--output", "-o", help="Output file (- for stdout; Parquet needs a file)."),
    db: str = typer.Option(None, "--db", help="SQLite path or database URL; default $MARSAD_DB or "
                                              "$MARSAD_HOME/marsad.db."),
    date_from: str = typer.Option(None, "--from", help="First event date, YYYY-MM-DD."),
    date_to: str = typer.Option(None, "--to", help="Last event date, YYYY-MM-DD."),
    types: Annotated[list[str] | None, typer.Option("--type", help="ACLED event type (repeatable).")] = None,
    actors: Annotated[list[str] | None, typer.Option("--actor", help="Actor name, any role (repeatable).")] = None,
    admin1: Annotated[list[str] | None, typer.Option("--admin1", help="Governorate / first-level unit (repeatable).")] = None,
    country: Annotated[list[str] | None, typer.Option("--country", help="Country (repeatable).")] = None,
    bbox: str = typer.Option(None, "--bbox", help="west,south,east,north in degrees."),
    reports: bool = typer.Option(False, "--reports", help="One row per report instead of one per cluster."),
    background: bool = typer.Option(False, "--include-background",
                                    help="Also the records of earlier incidents told as context (background) and "
                                         "summaries of several incidents (aggregate), flagged as such."),
    review: str = typer.Option("default", "--review", help="default: every record but the rejected ones; all; "
                                                           "or one review status: unreviewed, accepted, "
                                                           "corrected, rejected."),
    raw: bool = typer.Option(False, "--raw", help="CSV for machine readers: cells that start like a spreadsheet "
                                                  "formula (=, +, -, @) are written as they are, not quoted."),
) -> None:
    """Export events: one row per deduplicated incident (cluster) or, with --reports, per report.
    acled-csv has ACLED's columns in ACLED's order and follows ACLED's codebook (rows without a
    date or a country are left out); geojson is a FeatureCollection QGIS opens; jsonl carries full records;
    parquet has the ACLED columns plus marsad's."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    try:
        query = EventQuery(date_from=_date(date_from, "--from"), date_to=_date(date_to, "--to"),
                           types=tuple(types or ()), actors=tuple(actors or ()), admin1=tuple(admin1 or ()),
                           country=tuple(country or ()), bbox=parse_bbox(bbox) if bbox else None,
                           view="reports" if reports else "clusters", limit=None, include_background=background,
                           review=review)
        store = open_store(db, readonly=True)
    except MarsadError as e:
        err_console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    try:
        if output == "-":
            if REGISTRY[fmt].binary:
                err_console.print(f"[red]error:[/red] {fmt} is binary: give -o FILE")
                raise typer.Exit(2)
            result = export(store, query, fmt, sys.stdout, raw=raw)
        else:
            result = export(store, query, fmt, output, raw=raw)
    except MarsadError as e:
        err_console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    finally:
        store.close()
    left = [f"{n} without {what} left out" for n, what in ((result.without_coordinates, "coordinates"),
                                                            (result.incomplete, "a date or a country")) if n]
    note = f" ({'; '.join(left)})" if left else ""
    err_console.print(f"{result.rows} {'reports' if reports else 'clusters'} exported as {fmt}{note}")
