"""`marsad dates`: table and JSON output, offsets into the text as given, bad dates."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from marsad.cli import app

runner = CliRunner()
TEXT = "وأمسِ الخميسَ، شنّ مجهولون قصفاً بدأ في الـ17 من تشرين الأول."


def test_json_offsets_refer_to_the_original_text() -> None:
    res = runner.invoke(app, ["dates", TEXT, "--published", "2023-10-27", "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert [r["date"] for r in rows] == ["2023-10-26", "2023-10-17"]
    for r in rows:
        assert TEXT[r["start"]:r["end"]] == r["text"]
    assert rows[0]["text"] == "أمسِ الخميسَ"
    assert rows[1]["text"] == "الـ17 من تشرين الأول"
    assert {"date_end", "time_precision", "part_of_day", "kind"} <= set(rows[0])


def test_table_output() -> None:
    res = runner.invoke(app, ["dates", "فجر الجمعة", "--published", "2023-10-27"])
    assert res.exit_code == 0
    assert "2023-10-27" in res.output and "dawn" in res.output


def test_invalid_published_date_is_a_clean_error() -> None:
    res = runner.invoke(app, ["dates", "أمس", "--published", "2023-13-45"])
    assert res.exit_code == 2
    assert "YYYY-MM-DD" in res.output
    assert "Traceback" not in res.output


def test_without_published_only_dated_expressions_resolve() -> None:
    res = runner.invoke(app, ["dates", "أمس وفي 28 آب 2013", "--json"])
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert [(r["kind"], r["date"]) for r in rows] == [("relative_day", None), ("absolute", "2013-08-28")]


def test_stdin() -> None:
    res = runner.invoke(app, ["dates", "-", "--published", "2023-10-27", "--json"], input="قبل يومين\n")
    assert json.loads(res.output)["date"] == "2023-10-25"
