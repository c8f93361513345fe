"""`marsad review`: move review decisions and learnt aliases between installations, and see
which rules the rejections point at; `marsad reextract`: extract the stored documents again."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from marsad.cli.app import app
from marsad.cli.common import dumps, err_console, progress
from marsad.errors import MarsadError
from marsad.ingest.reextract import reextract
from marsad.store import open_store
from marsad.store.review_io import export_reviews, import_reviews, rejection_stats

review_app = typer.Typer(name="review", no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
                         help="Review decisions (docs/review.md): export, import, statistics of rejections.")
app.add_typer(review_app)
DB_HELP = "SQLite path or database URL; default $MARSAD_DB or $MARSAD_HOME/marsad.db."


def _fail(e: Exception) -> typer.Exit:
    err_console.print(f"[red]error:[/red] {e}")
    return typer.Exit(2)


@review_app.command("export")
def export_command(file: str = typer.Argument(..., help="Output JSON file (- for stdout)."),
                   db: str = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Write every review (decision, reviewed values, anchors), its history and the local place and
    actor aliases ($MARSAD_HOME/aliases.json) to one JSON file. Prints counts as JSON."""
    try:
        store = open_store(db, readonly=True)
    except MarsadError as e:
        raise _fail(e) from e
    try:
        data = export_reviews(store)
    finally:
        store.close()
    text = json.dumps(data, ensure_ascii=False, indent=1)
    if file == "-":
        print(text)
    else:
        Path(file).write_text(text + "\n", encoding="utf-8")
    counts = {"reviews": len(data["reviews"]), "history": len(data["history"]),
              "place_aliases": len(data["aliases"]["places"]), "actor_aliases": len(data["aliases"]["actors"])}
    print(dumps(counts), file=sys.stderr if file == "-" else sys.stdout)


@review_app.command("import")
def import_command(file: str = typer.Argument(..., help="A file written by `marsad review export`."),
                   db: str = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Merge an export: aliases (the imported one wins for the same words), reviews (the newer
    decision wins) and their history, applied at once to the stored reports and incidents that
    have the same documents. Prints counts as JSON."""
    try:
        data = json.loads(Path(file).read_text(encoding="utf-8"))
        store = open_store(db)
    except (OSError, ValueError, MarsadError) as e:
        raise _fail(e) from e
    try:
        counts = import_reviews(store, data)
    except MarsadError as e:
        raise _fail(e) from e
    finally:
        store.close()
    print(dumps(counts))


@review_app.command("stats")
def stats_command(db: str = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Reviews by status and rejection reason, and the rejections "not an event" grouped by the cue
    words of their sentence and its context (negation, future, background … markers), most
    frequent first: which rules fail most. One JSON object."""
    try:
        store = open_store(db, readonly=True)
    except MarsadError as e:
        raise _fail(e) from e
    try:
        print(dumps(rejection_stats(store)))
    finally:
        store.close()


@app.command("reextract")
def reextract_command(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    document: Annotated[list[str] | None, typer.Option("--document", help="Only this stored document (d…; "
                                                                          "repeatable).")] = None,
    show_progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
) -> None:
    """Extract the stored documents again (a newer engine, aliases learnt from reviews) and
    replace their reports, then deduplicate. Reviewed fields stick (docs/review.md). Prints a
    JSON summary."""
    try:
        store = open_store(db)
    except MarsadError as e:
        raise _fail(e) from e
    try:
        summary = reextract(store, tuple(document or ()), track=lambda docs: progress(docs, "reextract", show_progress))
    except MarsadError as e:
        raise _fail(e) from e
    finally:
        store.close()
    print(dumps({k: getattr(summary, k) for k in summary.__dataclass_fields__}))
