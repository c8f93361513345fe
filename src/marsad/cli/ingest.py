"""`marsad ingest`: sources → the event store (then deduplication), with a summary."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

from marsad.cli.app import app
from marsad.cli.common import dumps, err_console
from marsad.config import SAMPLES_DIR
from marsad.errors import MarsadError
from marsad.ingest.fetch import FetchOptions
from marsad.ingest.runner import Counts, IngestOptions, IngestSummary, ingest
from marsad.store import open_store


def summary_lines(s: IngestSummary, db: str) -> list[str]:
    lines = [
        f"database   {db}",
        f"documents  {s.documents_added} added, {s.documents_skipped} skipped, {s.documents_failed} failed "
        f"(of {s.documents_seen} seen)",
        f"events     {s.events_added} added; {s.clusters} clusters in the database "
        f"({s.clusters_updated} written by this run)",
        f"speed      {s.docs_per_s:.1f} documents/s over {s.seconds:.1f} s (run {s.run_id})",
    ]
    if s.near_duplicates:
        lines.append(f"copies     {s.near_duplicates} near-duplicate documents recognised")
    for reason, n in sorted(s.skip_reasons.items(), key=lambda kv: -kv[1]):
        lines.append(f"skipped    {n:>6}  {reason}")
    for stage, n in sorted(s.failure_stages.items(), key=lambda kv: -kv[1]):
        lines.append(f"failed     {n:>6}  at stage '{stage}' (see `marsad stats` and the failures table)")
    return lines


def run_ingest(sources: list[str], db: str | None, workers: int, as_json: bool, show_progress: bool,
               fetch: FetchOptions | None = None) -> IngestSummary:
    """Ingest and print the summary (the body of `marsad ingest`, reused by other commands)."""
    try:
        store = open_store(db)
    except MarsadError as e:
        err_console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    options = IngestOptions(workers=workers, fetch=fetch or FetchOptions())
    try:
        if show_progress and err_console.is_terminal and not as_json:
            with Progress(TextColumn("ingest"), BarColumn(), TextColumn("{task.fields[status]}"),
                          TimeElapsedColumn(), console=err_console, transient=True) as bar:
                task = bar.add_task("ingest", total=None, status="")

                def show(c: Counts) -> None:
                    bar.update(task, status=f"{c.seen} docs, {c.added} added, {c.failed} failed, "
                                            f"{c.events} events, {c.rate:.1f} docs/s")

                summary = ingest(store, sources, options, on_progress=show)
        else:
            summary = ingest(store, sources, options)
    finally:
        url = store.url
        store.close()
    if as_json:
        out: dict[str, Any] = {"database": _shown(url), **summary.to_dict()}
        print(dumps(out))
    else:
        for line in summary_lines(summary, _shown(url)):
            print(line)
    return summary


def _shown(url: str) -> str:
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    if "@" in url:  # never print a password
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.rsplit('@', 1)[1]}"
    return url


@app.command("ingest")
def ingest_command(
    sources: Annotated[list[str] | None, typer.Argument(
        help="JSON-lines corpora, HTML/text files or directories, RSS/Atom feeds (URL or file), article URLs.")] = None,
    samples: bool = typer.Option(False, "--samples", help="Also ingest the sample articles bundled with marsad."),
    db: str = typer.Option(None, "--db", help="SQLite path or database URL (postgresql://…); "
                                              "default $MARSAD_DB or $MARSAD_HOME/marsad.db."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, max=64,
                                help="Extraction processes on this machine (one process writes)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON object."),
    show_progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    timeout: float = typer.Option(20.0, "--timeout", help="HTTP timeout in seconds (feeds and URLs)."),
    rate: float = typer.Option(1.0, "--host-interval", help="Seconds between two requests to one host."),
    no_robots: bool = typer.Option(False, "--ignore-robots", help="Do not read robots.txt (your own sites only)."),
) -> None:
    """Ingest documents into the event store: each new document is extracted and saved with its
    events and evidence in one transaction; documents already stored (same URL or content) are
    skipped; failures are recorded with their reason and the run goes on. Events are then
    deduplicated into clusters. Prints a summary (documents added/skipped/failed, events,
    clusters, documents/s). Exit code 1 when any document failed."""
    todo = list(sources or [])
    if samples:
        todo.insert(0, str(SAMPLES_DIR))
    if not todo:
        err_console.print("[red]error:[/red] give at least one SOURCE, or --samples")
        raise typer.Exit(2)
    fetch = FetchOptions(timeout=timeout, per_host_interval=rate, robots=not no_robots)
    summary = run_ingest(todo, db, workers, as_json, show_progress, fetch)
    sys.stdout.flush()
    raise typer.Exit(1 if summary.documents_failed else 0)

