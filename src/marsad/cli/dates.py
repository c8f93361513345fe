"""`marsad dates`: the temporal expressions of a text, resolved against a publication date."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.table import Table

from marsad.cli.app import app
from marsad.cli.common import dumps, parse_day
from marsad.extract.times import find_times
from marsad.text.normalize import normalize


@app.command()
def dates(
    text: str = typer.Argument(..., help="Arabic text, or - to read it from stdin."),
    published: str | None = typer.Option(None, "--published", "-p",
                                  help="Publication date YYYY-MM-DD (the anchor of أمس, فجر الجمعة, قبل يومين)."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per expression instead of a table."),
) -> None:
    """Find and resolve the dates of TEXT: weekdays, أمس, قبل يومين, الـ17 من تشرين الأول, Hijri dates,
    numeric dates, ranges.

    Each expression: text, start, end (character offsets in TEXT as given), date, date_end (ranges),
    time_precision (1 day, 2 a week or a few days, 3 a month or longer), part_of_day, kind.
    Without --published only expressions that carry their year get a date.
    """
    anchor = parse_day(published)
    if text == "-":
        text = sys.stdin.read()
    nt = normalize(text)
    found = find_times(nt.text, anchor)
    rows = []
    for t in found:
        start, end = nt.to_original(t.start, t.end)
        row = t.to_row()
        row.update(text=text[start:end], start=start, end=end)
        rows.append(row)
    if as_json:
        for row in rows:
            typer.echo(dumps(row))
        return
    table = Table()
    table.add_column("text", min_width=18)
    for col in ("date", "date_end", "prec", "part", "kind", "span"):
        table.add_column(col, no_wrap=True)
    for row in rows:
        table.add_row(row["text"], row["date"] or "-", row["date_end"] or "", str(row["time_precision"]),
                      row["part_of_day"] or "", row["kind"] + (" (future)" if row["future"] else ""),
                      f"{row['start']}-{row['end']}")
    Console().print(table if rows else "no temporal expression found")
