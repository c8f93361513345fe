"""The tables of `marsad places`, `marsad dates` and `marsad gazetteer lookup` fit the terminal:
in 80 columns no line is longer, the essential columns are there and the Arabic words stay whole
on one line; a wide terminal gets every column."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()

PLACES = "قصفت الطائرات بلدتي الفوعة وكفريا بريف إدلب الشمالي، وقتل مدنيان في دير الزور"
DATES = "قتل ثلاثة أمس الخميس في 17 تشرين الأول 2015 وفجر الجمعة وبين 3 و5 آب"

# command, words each on one line of the table, headers of the narrow table, headers shown only wide
CASES = [
    (["places", PLACES], ["بلدتي الفوعة", "ريف إدلب الشمالي", "دير الزور", "Deir ez-Zor", "35.336, 40.141"],
     ["text", "place", "where", "prec", "lat, lon"], ["doc", "kind", "pattern"]),
    (["dates", DATES, "--published", "2015-10-20"],
     ["أمس الخميس", "17 تشرين الأول 2015", "2015-08-03…2015-08-05", "weekday, dawn"],
     ["text", "date", "prec", "kind", "span"], []),
    (["gazetteer", "lookup", "دير الزور"], ["Deir ez-Zor", "دير الزور", "governorate", "1,239,000"],
     ["name", "name_ar", "kind", "where", "lat, lon", "population"], ["id"]),
]


def table(monkeypatch: pytest.MonkeyPatch, args: list[str], width: int) -> tuple[list[str], list[str]]:
    """The lines a command prints in a terminal of `width` columns (none longer) and its headers."""
    monkeypatch.setenv("COLUMNS", str(width))
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert max(len(line) for line in lines) <= width, res.output
    return lines, re.split(r"\s{2,}", lines[0].strip())


@pytest.mark.parametrize("args, whole, narrow, wide_only", CASES, ids=[c[0][0] for c in CASES])
def test_a_table_fits_80_columns(monkeypatch: pytest.MonkeyPatch, args: list[str], whole: list[str],
                                 narrow: list[str], wide_only: list[str]) -> None:
    lines, header = table(monkeypatch, args, 80)
    assert header == narrow
    for words in whole:
        assert any(words in line for line in lines), (words, lines)
    if wide_only:
        assert lines[-1] == f"({', '.join(wide_only)}: with --json, or in a terminal of 120 columns)"


@pytest.mark.parametrize("args, whole, narrow, wide_only", CASES, ids=[c[0][0] for c in CASES])
def test_a_wide_terminal_gets_every_column(monkeypatch: pytest.MonkeyPatch, args: list[str], whole: list[str],
                                           narrow: list[str], wide_only: list[str]) -> None:
    lines, header = table(monkeypatch, args, 160)
    assert set(header) == set(narrow + wide_only)
    assert not any("with --json" in line for line in lines)
