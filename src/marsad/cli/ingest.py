"""`marsad ingest`: sources → the event store (then deduplication), with a summary."""

from __future__ import annotations

import sys
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

from marsad.cli.app import app
from marsad.cli.common import dumps, err_console, parse_day
from marsad.config import SAMPLES_DIR
from marsad.errors import ConfigError, MarsadError
from marsad.ingest.fetch import FetchOptions
from marsad.ingest.limits import MAX_DOC_BYTES, MAX_TEXT_CHARS, TIME_BUDGET, Limits
from marsad.ingest.runner import Counts, IngestOptions, IngestSummary, ingest
from marsad.netguard import networks_from_env, parse_networks
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


def progress_fields(c: Counts) -> dict[str, Any]:
    """What the progress bar shows for these counts: documents done of the total when the input
    size is known (percentage and ETA follow), then the deduplication phase."""
    if c.phase == "dedup":
        return {"description": "deduplicating", "total": None,
                "status": f"{c.events} new events of {c.seen} documents into clusters"}
    return {"description": "ingest", "total": c.total, "completed": c.seen,
            "status": f"{c.seen}{f'/{c.total}' if c.total is not None else ''} docs, {c.added} added, "
                      f"{c.failed} failed, {c.events} events, {c.rate:.1f} docs/s"}


def run_ingest(sources: list[str], db: str | None, workers: int, as_json: bool, show_progress: bool,
               fetch: FetchOptions | None = None, limits: Limits | None = None,
               cluster: str | None = None, window: int = 0) -> IngestSummary:
    """Ingest and print the summary (the body of `marsad ingest`, reused by other commands)."""
    try:
        store = open_store(db)
    except MarsadError as e:
        err_console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    options = IngestOptions(workers=workers, fetch=fetch or FetchOptions(), limits=limits or Limits(),
                            window=window)
    try:
        if cluster:  # before the run is recorded: SQLite only for a cluster on this machine
            # dask.distributed is loaded only when a cluster is asked for (the CLI starts faster)
            from marsad.ingest.cluster import check_store, cluster_options

            check_store(store.backend.server, cluster)
            options = cluster_options(cluster, workers=workers, fetch=options.fetch,
                                      limits=options.limits, window=window)
    except MarsadError as e:
        store.close()
        err_console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    try:
        if show_progress and err_console.is_terminal and not as_json:
            with Progress(TextColumn("{task.description}"), BarColumn(), TaskProgressColumn(),
                          TextColumn("{task.fields[status]}"), TimeElapsedColumn(), TextColumn("eta"),
                          TimeRemainingColumn(), console=err_console, transient=True) as bar:
                task = bar.add_task("ingest", total=None, status="")

                def show(c: Counts) -> None:
                    bar.update(task, **progress_fields(c))

                summary = ingest(store, sources, options, on_progress=show)
        else:
            summary = ingest(store, sources, options)
    except MarsadError as e:  # a cluster that cannot be reached, SQLite for a remote cluster
        err_console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
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
    cluster: str = typer.Option(None, "--cluster", envvar="MARSAD_CLUSTER",
                                help="Extract on a dask.distributed cluster: a scheduler address "
                                     "(tcp://host:8786) or local:N (N worker processes here). Needs "
                                     "the 'cluster' extra; with PostgreSQL the workers store what they "
                                     "extract; SQLite only for a cluster on this machine."),
    window: int = typer.Option(0, "--in-flight", min=0,
                               help="Documents in flight with the workers at most (0: 24 per process, "
                                    "16 per cluster worker, 24 when the workers store)."),
    as_json: bool = typer.Option(False, "--json", help="Print the summary as one JSON object."),
    show_progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
    timeout: float = typer.Option(20.0, "--timeout", help="HTTP timeout in seconds (feeds and URLs)."),
    rate: float = typer.Option(1.0, "--host-interval", help="Seconds between two requests to one host."),
    no_robots: bool = typer.Option(False, "--ignore-robots", help="Do not read robots.txt (your own sites only)."),
    deadline: float = typer.Option(120.0, "--deadline", min=0.1,
                                   help="Total seconds for fetching one URL (redirects, retries and slow "
                                        "bodies included); a slower source is recorded as failed."),
    feed_deadline: float = typer.Option(900.0, "--feed-deadline", min=0.1,
                                        help="Total seconds for a feed and all its entries; the entries "
                                             "left are recorded as one failure."),
    allow_address: Annotated[list[str] | None, typer.Option(
        "--allow-address", help="A non-public network that may be fetched (CIDR or address, repeatable; "
                                "also $MARSAD_ALLOW_ADDRESSES, comma separated). By default loopback, "
                                "private, link-local and other non-public addresses are refused.")] = None,
    max_doc_bytes: int = typer.Option(MAX_DOC_BYTES, "--max-doc-bytes", min=0,
                                      help="Refuse (record as failed) a document whose input is larger: "
                                           "file, page or JSON line. 0: no limit."),
    max_text_chars: int = typer.Option(MAX_TEXT_CHARS, "--max-text-chars", min=0,
                                       help="Cut an article text longer than this at a paragraph break "
                                            "(noted in the document's meta). 0: no limit."),
    time_budget: float = typer.Option(TIME_BUDGET, "--time-budget", min=0.0,
                                      help="Seconds of extraction per document; a document over it is "
                                           "recorded as failed and the run goes on. 0: no limit."),
    published: str | None = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                         help="Publication date of documents that carry none (relative dates "
                                              "are resolved against it; without it they stay unresolved)."),
) -> None:
    """Ingest documents into the event store: each new document is extracted and saved with its
    events and evidence in one transaction; documents already stored (same URL or content) are
    skipped; failures are recorded with their reason and the run goes on. Events are then
    deduplicated into clusters. Prints a summary (documents added/skipped/failed, events,
    clusters, documents/s). Exit code 1 when any document failed. With --cluster the extraction
    runs on dask.distributed workers and this process writes (docs/scale.md)."""
    todo = list(sources or [])
    if samples:
        todo.insert(0, str(SAMPLES_DIR))
    if not todo:
        err_console.print("[red]error:[/red] give at least one SOURCE, or --samples")
        raise typer.Exit(2)
    try:
        allowed = (*networks_from_env(), *(allow_address or ()))
        parse_networks(allowed)
    except ConfigError as e:
        err_console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    fetch = FetchOptions(timeout=timeout, per_host_interval=rate, robots=not no_robots, deadline=deadline,
                         feed_deadline=feed_deadline, allow_addresses=allowed)
    limits = Limits(max_doc_bytes=max_doc_bytes, max_text_chars=max_text_chars, time_budget=time_budget,
                    published=parse_day(published))
    summary = run_ingest(todo, db, workers, as_json, show_progress, fetch, limits, cluster, window)
    sys.stdout.flush()
    raise typer.Exit(1 if summary.documents_failed else 0)

