"""`marsad gazetteer import|refresh|stats|lookup`: the user's gazetteer."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import Any

import typer
from rich.console import Console

from marsad.cli.app import app
from marsad.cli.common import Column, dumps, print_table
from marsad.errors import GazetteerError
from marsad.geo.gazetteer import EMBEDDED_PATH, Place, active_path, base_is_current, default_gazetteer, load
from marsad.geo.importers import import_file
from marsad.geo.refresh import refresh_gazetteer

gazetteer_app = typer.Typer(help="The gazetteer: import Who's On First / GeoNames files, refresh, statistics, lookup.",
                            no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")


def _fail(e: Exception) -> None:
    typer.echo(f"error: {e}", err=True)
    raise typer.Exit(1)


@gazetteer_app.command("import")
def import_(
    path: str = typer.Argument(..., help="Who's On First CSV, GeoNames dump (SY.txt, IQ.txt) or alternateNamesV2.txt."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Merge PATH into the user's gazetteer ($MARSAD_HOME/gazetteer.sqlite; created from the embedded
    default the first time). Duplicates (same GeoNames id, or the same Arabic name nearby) are merged.
    A malformed or truncated file is reported with its line and nothing is imported."""
    _report(lambda: import_file(path).to_row(), as_json, lambda row: (
        f"{row['path']} ({row['format']}): {row['read']} records read, {row['added']} places added, "
        f"{row['merged']} merged into existing places, {row['names_added']} names added; "
        f"{row['gazetteer']} now has {row['places']} places"))


def _report(make: Callable[[], dict[str, Any]], as_json: bool, say: Callable[[dict[str, Any]], str]) -> None:
    """Run a change of the user's gazetteer and print its report (JSON, or a sentence); an error
    ends the command with exit code 1."""
    try:
        row = make()
    except GazetteerError as e:
        _fail(e)
        return
    typer.echo(dumps(row) if as_json else say(row))


@gazetteer_app.command()
def refresh(
    force: bool = typer.Option(False, "--force", help="Rebuild even a gazetteer already built on this default."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON."),
) -> None:
    """Rebuild the user's gazetteer on the embedded default of this marsad (places added to it since
    the first import), keeping every imported place and name. All or nothing; run it after an upgrade
    when marsad warns that the gazetteer was built on an older embedded default."""
    _report(lambda: refresh_gazetteer(force=force).to_row(), as_json, _refreshed)


def _refreshed(row: dict[str, Any]) -> str:
    if row["current_before"] and row["imported_places"] == 0 and row["places"] == row["places_before"]:
        return f"{row['gazetteer']} was already built on the embedded default {row['base_after']}: nothing to do"
    state = "was already current" if row["current_before"] else f"was built on {row['base_before'] or 'an unknown default'}"
    return (f"{row['gazetteer']} {state}; rebuilt on the embedded default {row['base_after']}: "
            f"{row['imported_places']} imported places kept ({row['added']} as places, {row['merged']} merged "
            f"into the default's), {row['names_carried']} imported names carried onto the default's places, "
            f"{row['retired']} places the default no longer has left out; {row['places_before']} places "
            f"before, {row['places']} now")


def gazetteer_stats() -> dict[str, Any]:
    path = active_path()
    con = sqlite3.connect(str(path))
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        out: dict[str, Any] = {
            "path": str(path), "embedded": path == EMBEDDED_PATH,
            "places": con.execute("SELECT COUNT(*) FROM places").fetchone()[0],
            "names": con.execute("SELECT COUNT(*) FROM names").fetchone()[0],
            "arabic_names": con.execute("SELECT COUNT(*) FROM names WHERE lang = 'ar'").fetchone()[0],
            "by_source": dict(con.execute("SELECT source, COUNT(*) FROM places GROUP BY source ORDER BY 2 DESC")),
            "by_kind": dict(con.execute("SELECT kind, COUNT(*) FROM places GROUP BY kind ORDER BY 2 DESC")),
            "by_country": dict(con.execute("SELECT country_code, COUNT(*) FROM places GROUP BY country_code "
                                           "ORDER BY 2 DESC LIMIT 15")),
            "imports": [x for x in meta.get("imports", "").split("\n") if x],
            "base_current": path == EMBEDDED_PATH or base_is_current(meta),
        }
    finally:
        con.close()
    return out


@gazetteer_app.command()
def stats(as_json: bool = typer.Option(False, "--json", help="Print JSON.")) -> None:
    """Which gazetteer is active, and how many places, names, sources, kinds and countries it has."""
    try:
        st = gazetteer_stats()
    except sqlite3.DatabaseError as e:
        _fail(GazetteerError(f"{active_path()}: {e}"))
        return
    if as_json:
        typer.echo(dumps(st))
        return
    typer.echo(f"{st['path']}{' (embedded default)' if st['embedded'] else ''}: {st['places']} places, "
               f"{st['names']} names ({st['arabic_names']} Arabic)")
    for key in ("by_source", "by_kind", "by_country"):
        typer.echo(f"  {key[3:]}: " + ", ".join(f"{k} {v}" for k, v in st[key].items()))
    for imp in st["imports"]:
        typer.echo(f"  imported: {imp}")
    if not st["base_current"]:
        typer.echo("  built on an older embedded default: run `marsad gazetteer refresh`")


@gazetteer_app.command()
def lookup(
    name: str = typer.Argument(..., help="A place name, Arabic or English."),
    limit: int = typer.Option(20, "--limit", "-n", help="At most this many places."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per place."),
) -> None:
    """The places called NAME (most important first): id, names, kind, country, admin1/admin2,
    coordinates, population, source."""
    try:
        g = default_gazetteer() if active_path().is_file() else load(active_path())
    except GazetteerError as e:
        _fail(e)
        return
    found = g.lookup(name)[:limit]
    if as_json:
        for p in found:
            typer.echo(dumps(p.to_row()))
        return
    if not found:
        Console().print(f"no place called {name!r}")
        raise typer.Exit(1)
    print_table(LOOKUP_COLUMNS, [_table_row(p) for p in found], "")


LOOKUP_COLUMNS = (Column("id", wide_only=True), Column("name"), Column("name_ar"), Column("kind", no_wrap=True),
                  Column("where"), Column("lat, lon", no_wrap=True), Column("population", no_wrap=True))


def _table_row(p: Place) -> list[str]:
    where = ", ".join(x for x in (p.admin2, p.admin1, p.country) if x and x != p.name)
    return [p.id, p.name, p.name_ar or "", p.kind, where, f"{p.latitude:.3f}, {p.longitude:.3f}",
            f"{p.population:,}" if p.population else ""]
