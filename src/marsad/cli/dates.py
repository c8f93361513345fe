"""`marsad dates`: the temporal expressions of a text, resolved against a publication date."""

from __future__ import annotations

import sys
from typing import Any

import typer

from marsad.cli.app import app
from marsad.cli.common import Column, dumps, parse_day, print_table
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
    print_table(DATE_COLUMNS, [_table_row(r) for r in rows], "no temporal expression found")


DATE_COLUMNS = (Column("text"), Column("date", no_wrap=True), Column("prec", no_wrap=True), Column("kind"),
                Column("span", no_wrap=True))


def _table_row(row: dict[str, Any]) -> list[str]:
    when = row["date"] or "-"
    if row["date_end"]:
        when += f"…{row['date_end']}"
    kind = ", ".join(x for x in (row["kind"], row["part_of_day"], "future" if row["future"] else "") if x)
    return [row["text"], when, str(row["time_precision"]), kind, f"{row['start']}-{row['end']}"]
