"""`marsad events`: documents → ACLED-typed event records with evidence (docs/format.md)."""

from __future__ import annotations

import sys

import typer

from marsad import aliases
from marsad.cli.app import app
from marsad.cli.common import dumps, open_output, parse_day, progress, report_failure
from marsad.documents import iter_documents
from marsad.errors import MarsadError
from marsad.models import Event, Failure
from marsad.pipeline import process


def _explain(e: Event) -> str:
    lines = [f"{e.id} {e.event_type} / {e.sub_event_type} {e.event_date} "
             f"{e.location.name if e.location else '-'} (doc {e.doc}, confidence {e.confidence})"]
    lines += [f"  {field:<15} {why}" for field, why in e.explain]
    lines += [f"  {field:<15} {why}" for field, why in from_review(e, aliases.load())]
    if e.evidence:
        lines.append(f"  evidence        {e.evidence[0].text[:160]}")
    return "\n".join(lines)


def from_review(e: Event, local: aliases.Aliases) -> list[tuple[str, str]]:
    """The fields a local alias learnt from a review gave (`marsad.aliases`), with who taught it."""
    out = []
    loc = e.location
    place = local.place(loc.text) if loc is not None else None
    if loc is not None and place is not None and loc.name == place.name:
        out.append(("location", f"from a review: '{loc.text}' is {place.name} ({place.by or '?'}, {place.at or '?'})"))
    for role, ref in (("actor1", e.actor1), ("actor2", e.actor2)):
        actor = local.actor(ref.text) if ref is not None else None
        if ref is not None and actor is not None and ref.name == actor.name:
            out.append((role, f"from a review: '{ref.text}' is {actor.name} ({actor.by or '?'}, {actor.at or '?'})"))
    return out


@app.command()
def events(
    input: str = typer.Argument(..., help="JSON-lines documents (text or html), an HTML/text file, a directory, or -."),
    output: str = typer.Option("-", "--output", "-o", help="Output JSON-lines file of event records (- for stdout)."),
    explain: bool = typer.Option(False, "--explain", help="Print on stderr, per event, which cue, words and rule set each "
                                                          "field, why it was kept, merged or flagged; then every cue "
                                                          "that gave no record, with the reason."),
    background: bool = typer.Option(True, "--include-background/--no-background",
                                    help="Write the records of earlier incidents the article recalls as context, "
                                         "flagged \"background\": true (the default), or leave them out."),
    published: str | None = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                         help="Publication date of documents that carry none (relative dates "
                                              "are resolved against it; without it they stay unresolved)."),
    show_progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
) -> None:
    """Extract conflict events: one JSON object per event with every field of docs/format.md,
    evidence spans (into the normalized article text) and a confidence.

    Documents in another language than Arabic are reported on stderr and yield no events.
    A document that cannot be read is recorded on stderr with its reason; the batch goes on.
    Exit code 1 when any document failed.
    """
    day = parse_day(published)
    failed = 0
    with open_output(output) as out:
        for item in progress(iter_documents(input), "events", show_progress):
            if isinstance(item, Failure):
                failed += 1
                report_failure(item)
                continue
            try:
                result = process(item, include_background=background, published=day)
            except MarsadError as e:
                failed += 1
                report_failure(Failure(item.id, "events", getattr(e, "reason", str(e))))
                continue
            except Exception as e:  # a bug in one document must not stop the batch (as in ingest)
                failed += 1
                report_failure(Failure(item.id, "events", f"internal error: {type(e).__name__}: {e}"))
                continue
            if result.skipped_reason:
                print(dumps({"id": item.id, "warning": result.skipped_reason}), file=sys.stderr)
            for ev in result.events:
                out.write(dumps(ev.to_record()) + "\n")
                if explain:
                    print(_explain(ev), file=sys.stderr)
            if explain:
                for words, reason in result.dropped:
                    print(f"no record (doc {item.id}) cue '{words}': {reason}", file=sys.stderr)
    raise typer.Exit(1 if failed else 0)
