"""Helpers shared by the commands: output files, failure records, progress bars, tables."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, TypeVar

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from marsad.models import Failure

T = TypeVar("T")
err_console = Console(stderr=True)


def dumps(row: dict[str, Any]) -> str:
    return json.dumps(row, ensure_ascii=False, separators=(",", ":"))


@contextmanager
def open_output(path: str | None) -> Iterator[IO[str]]:
    """`-` or None → stdout; otherwise a file (parent folders created)."""
    if path in (None, "-"):
        yield sys.stdout
        return
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    with p.open("w", encoding="utf-8") as f:
        yield f


def report_failure(f: Failure) -> None:
    """A failure record on stderr, one JSON object per line (machine-readable)."""
    print(dumps(f.to_row()), file=sys.stderr)


def progress(items: Iterable[T], label: str, enabled: bool) -> Iterator[T]:
    """Iterate with a progress bar on stderr (only when stderr is a terminal and enabled)."""
    if not enabled or not err_console.is_terminal:
        yield from items
        return
    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
                  TimeElapsedColumn(), console=err_console, transient=True) as bar:
        task = bar.add_task(label, total=None, rate="")
        for n, item in enumerate(items, 1):
            yield item
            elapsed = bar.tasks[0].elapsed or 0.0
            bar.update(task, advance=1, rate=f"{n / elapsed:.0f} docs/s" if elapsed > 0 else "")


def parse_day(value: str | None, option: str = "--published") -> date | None:
    """A YYYY-MM-DD option value as a date (None stays None); exit 2 with a message otherwise."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        typer.echo(f"error: {option} must be a date YYYY-MM-DD, not {value!r}", err=True)
        raise typer.Exit(2) from None


# Terminals at least this wide get every column of a table; narrower ones (80 columns) only the
# essential ones, so that no cell is cut to a few letters. --json always has every field.
WIDE = 120


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    wide_only: bool = False  # shown only in a terminal of WIDE columns or more
    no_wrap: bool = False  # numbers, dates, spans: never broken over lines


def print_table(columns: Sequence[Column], rows: Sequence[Sequence[str]], empty: str) -> None:
    """A table on stdout that fits the terminal: wide-only columns are left out below WIDE columns
    (a last line names them), the others wrap at word boundaries."""
    console = Console()
    if not rows:
        console.print(empty)
        return
    wide = console.width >= WIDE
    keep = [i for i, c in enumerate(columns) if wide or not c.wide_only]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False)
    for i in keep:
        table.add_column(columns[i].header, no_wrap=columns[i].no_wrap, overflow="fold")
    for row in rows:
        table.add_row(*(row[i] for i in keep))
    console.print(table)
    hidden = [c.header for c in columns if c.wide_only and not wide]
    if hidden:
        console.print(f"({', '.join(hidden)}: with --json, or in a terminal of {WIDE} columns)",
                      highlight=False)
