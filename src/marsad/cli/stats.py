"""`marsad stats`: what the event store holds."""

from __future__ import annotations

import typer

from marsad.cli.app import app
from marsad.cli.common import dumps, err_console
from marsad.errors import MarsadError
from marsad.store import EventQuery, open_store, stats


def _table(title: str, counts: dict[str, int], top: int) -> list[str]:
    if not counts:
        return []
    lines = [title]
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for k, n in items[:top]:
        lines.append(f"  {n:>8}  {k}")
    if len(items) > top:
        lines.append(f"  {'…':>8}  ({len(items) - top} more)")
    return lines


@app.command("stats")
def stats_command(
    db: str = typer.Option(None, "--db", help="SQLite path or database URL; default $MARSAD_DB or "
                                              "$MARSAD_HOME/marsad.db."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object: documents, events, clusters, failures "
                                                       "(integers) and the breakdowns."),
    reports: bool = typer.Option(False, "--reports", help="Break down reports instead of clusters."),
    top: int = typer.Option(15, "--top", min=1, help="Rows per breakdown in the text output."),
) -> None:
    """Summarise the database: documents, events (reports), clusters (deduplicated incidents) and
    failures, then counts by type, governorate (admin1), actor and failure stage."""
    try:
        store = open_store(db, readonly=True)
    except MarsadError as e:
        err_console.print(f"[red]error:[/red] {e}")
        raise typer.Exit(2) from e
    try:
        st = stats(store, EventQuery(view="reports" if reports else "clusters", limit=None))
    finally:
        store.close()
    if as_json:
        print(dumps(st))
        return
    unit = "reports" if reports else "clusters"
    print(f"documents  {st['documents']}  ({st['near_duplicate_documents']} near-duplicates, "
          f"{st['sources']} sources)")
    print(f"events     {st['events']} reports in {st['clusters']} clusters")
    print(f"failures   {st['failures']}")
    lines = (_table(f"by type ({unit})", st["by_type"], top) + _table(f"by governorate ({unit})", st["by_admin1"], top)
             + _table("by actor (reports)", st["by_actor"], top) + _table("failures by stage", st["failures_by_stage"], top))
    for line in lines:
        print(line)
    run = st.get("last_run")
    if run:
        print(f"last run   #{run['id']} {run['status']}: {run['documents_added']} added, {run['documents_skipped']} "
              f"skipped, {run['documents_failed']} failed, {run['docs_per_s'] or 0:.1f} docs/s")
