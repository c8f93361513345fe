"""`marsad extract`: pages or scraped texts → clean articles (title, date, section, body)."""

from __future__ import annotations

import typer

from marsad.article import read_article
from marsad.cli.app import app
from marsad.cli.common import dumps, open_output, progress, report_failure
from marsad.documents import iter_documents
from marsad.errors import MarsadError
from marsad.models import Failure


@app.command()
def extract(
    input: str = typer.Argument(..., help="JSON-lines documents, an HTML/text file, a directory, or - for stdin."),
    output: str = typer.Option("-", "--output", "-o", help="Output JSON-lines file (- for stdout)."),
    show_progress: bool = typer.Option(True, "--progress/--no-progress", help="Progress bar on stderr."),
) -> None:
    """Extract each document's article: one JSON object per line with id, title, published,
    section (breadcrumb parts), body (paragraphs separated by blank lines), url, language,
    author, site_name. Pages may be HTML (UTF-8, windows-1256, ISO-8859-6) or scraped text.

    A document that cannot be read (empty, binary, wrong encoding, invalid JSON, a page without
    an article) becomes a row with an `error` object and a record on stderr; the batch goes on.
    Exit code 1 when any document failed. Pages above 2 million characters are cut (with a
    warning). See docs/article.md.
    """
    failed = 0
    with open_output(output) as out:
        for item in progress(iter_documents(input), "extract", show_progress):
            if isinstance(item, Failure):
                failure = item
            else:
                try:
                    art = read_article(item)
                except MarsadError as e:
                    failure = Failure(item.id, "article", getattr(e, "reason", str(e)))
                else:
                    row = art.to_row()
                    row["section"] = list(art.section)
                    out.write(dumps({k: row[k] for k in ("id", "title", "published", "section", "body", "url",
                                                        "language", "author", "site_name")}) + "\n")
                    continue
            failed += 1
            out.write(dumps(failure.to_row()) + "\n")
            report_failure(failure)
    raise typer.Exit(1 if failed else 0)
