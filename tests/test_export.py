"""Exports: ACLED CSV columns and order, GeoJSON for QGIS, JSON lines, Parquet; per cluster or
per report; the filters; the command."""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.dedup import deduplicate
from marsad.errors import StoreError
from marsad.export import ACLED_COLUMNS, FORMATS, REGISTRY, export, export_text
from marsad.models import Evidence
from marsad.store import EventQuery, Store, open_store, save_document
from test_store import AR_BODY, _fill, new_doc, report

# ACLED's columns, in ACLED's order, as issue 6 lists them.
ISSUE_COLUMNS = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp"]


@pytest.fixture()
def filled(tmp_path: Path) -> Store:
    s = open_store(tmp_path / "db.sqlite")
    _fill(s)
    deduplicate(s)
    return s


def _csv(s: Store, q: EventQuery) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(export_text(s, q, "acled-csv", timestamp=1))))


def test_acled_csv_has_acled_columns_in_order(filled: Store) -> None:
    assert list(ACLED_COLUMNS) == ISSUE_COLUMNS
    text = export_text(filled, EventQuery(limit=None), "acled-csv", timestamp=1)
    assert text.splitlines()[0].split(",") == ISSUE_COLUMNS
    rows = _csv(filled, EventQuery(limit=None))
    assert len(rows) == 4  # clusters (the undated one left out: every ACLED event has a date)
    merged = next(r for r in rows if "reports=2" in r["tags"])
    assert re.fullmatch(r"SYR\d+", merged["event_id_cnty"]) and merged["iso"] == "760"
    assert merged["region"] == "Middle East" and merged["source"] == "src-n1; src-n2"
    assert merged["event_date"] == "2015-07-01" and merged["year"] == "2015" and merged["timestamp"] == "1"
    assert merged["disorder_type"] == "Political violence" and merged["actor1"] == "Group A"
    assert merged["inter1"] == "2" and merged["interaction"] == "20"
    assert merged["notes"]
    mosul = next(r for r in rows if r["admin1"] == "Ninewa")
    assert mosul["iso"] == "760"  # the test data put Mosul in "Syria": the country field rules


@pytest.mark.parametrize(("query", "n"), [
    (EventQuery(limit=None, view="reports"), 5),
    (EventQuery(limit=None, types=("Battles",)), 1),
    (EventQuery(limit=None, actors=("Group B",), view="reports"), 2),
    (EventQuery(limit=None, admin1=("Aleppo",), view="reports"), 2),
    (EventQuery(limit=None, bbox=(36.0, 33.0, 37.0, 34.0)), 1),
    (EventQuery(limit=None, date_from=date(2015, 7, 5), date_to=date(2015, 7, 9)), 2),
])
def test_filters_and_views(filled: Store, query: EventQuery, n: int) -> None:
    assert len(_csv(filled, query)) == n


def test_geojson_is_a_flat_point_feature_collection(filled: Store) -> None:
    gj = json.loads(export_text(filled, EventQuery(limit=None, view="reports"), "geojson", timestamp=1))
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 6
    for f in gj["features"]:
        assert f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert 30 < lon < 50 and 30 < lat < 40  # longitude first (RFC 7946)
        assert all(v is None or isinstance(v, str | int | float) for v in f["properties"].values())
        assert f["id"] == f["properties"]["marsad_id"]


def test_jsonl_reports_carry_records_and_clusters_their_members(filled: Store) -> None:
    reps = [json.loads(x) for x in export_text(filled, EventQuery(limit=None, view="reports"), "jsonl").splitlines()]
    assert len(reps) == 6 and all(r["record"]["evidence"] for r in reps) and all(r["cluster_id"] for r in reps)
    cls = [json.loads(x) for x in export_text(filled, EventQuery(limit=None), "jsonl").splitlines()]
    assert sorted(len(c["members"]) for c in cls) == [1, 1, 1, 1, 2]
    assert {m for c in cls for m in c["members"]} == {r["marsad_id"] for r in reps}


def test_parquet(filled: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    res = export(filled, EventQuery(limit=None), "parquet", tmp_path / "e.parquet", timestamp=1)
    table = pq.read_table(tmp_path / "e.parquet")
    assert res.rows == table.num_rows == 5
    assert table.column_names[:len(ISSUE_COLUMNS)] == ISSUE_COLUMNS
    assert str(table.schema.field("latitude").type) == "double"
    with pytest.raises(StoreError, match="format"):
        export(filled, EventQuery(limit=None), "xlsx", tmp_path / "e.xlsx")


def test_the_registry_is_the_one_list_of_formats() -> None:
    from marsad.api.params import ExportParams

    assert FORMATS == tuple(REGISTRY) == ("acled-csv", "geojson", "jsonl", "parquet")
    schema = ExportParams.model_json_schema(by_alias=True)["properties"]["format"]
    assert tuple(schema["enum"]) == FORMATS
    assert all(f.media_type and f.suffix for f in REGISTRY.values())


def test_export_command(filled: Store, tmp_path: Path) -> None:
    db = filled.url.removeprefix("sqlite:///")
    runner = CliRunner()
    res = runner.invoke(app, ["export", "--db", db, "--format", "acled-csv", "--admin1", "Aleppo", "--reports"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines()[0].startswith("event_id_cnty,event_date,year")
    assert len(res.stdout.strip().splitlines()) == 3
    out = tmp_path / "x.geojson"
    res = runner.invoke(app, ["export", "--db", db, "-f", "geojson", "-o", str(out), "--bbox", "35,33,38,37"])
    assert res.exit_code == 0 and json.loads(out.read_text())["type"] == "FeatureCollection"
    res = runner.invoke(app, ["export", "--db", db, "-f", "parquet"])
    assert res.exit_code == 2 and "parquet is binary" in res.output
    res = runner.invoke(app, ["export", "--db", db, "--from", "July 1"])
    assert res.exit_code != 0 and "YYYY-MM-DD" in res.output
    res = runner.invoke(app, ["export", "--db", db, "--bbox", "1,2"])
    assert res.exit_code == 2 and "bbox" in res.output


@pytest.fixture()
def hostile(tmp_path: Path) -> Store:
    """A store whose source names and evidence start like spreadsheet formulas, with an event
    without actors, one in Europe and one without a country."""
    s = open_store(tmp_path / "hostile.sqlite")
    cells = {"h1": "=HYPERLINK(\"http://evil.example\",\"x\")", "h2": "+1+cmd|' /C calc'!A0",
             "h3": "-2+3", "h4": "@SUM(1,2)"}
    for key, source in cells.items():
        ev = report(key, date(2015, 7, int(key[1])), place=f"p{key}", lat=36.0 + int(key[1]), actor1=None)
        ev = replace(ev, evidence=(Evidence("=1+2 " + AR_BODY, (0, 10)),))
        save_document(s, new_doc(key, f"{AR_BODY} {key}", [ev], source=source), origin="test")
    loc = report("x", date(2015, 7, 1)).location
    assert loc is not None
    paris = replace(report("f1", date(2015, 7, 20), place="Paris", lat=48.86, lon=2.35),
                    location=replace(loc, name="Paris", country="France", admin1="Ile-de-France"))
    nowhere = replace(report("u1", date(2015, 7, 21), place="Nowhere"), location=None)
    for key, ev in (("f1", paris), ("u1", nowhere)):
        save_document(s, new_doc(key, f"{AR_BODY} {key}", [ev], source="outlet"), origin="test")
    deduplicate(s)
    return s


def test_csv_cells_that_start_a_formula_are_escaped(hostile: Store) -> None:
    rows = _csv(hostile, EventQuery(limit=None, view="reports"))
    by_source = {r["source"]: r for r in rows}
    for cell in ("'=HYPERLINK(\"http://evil.example\",\"x\")", "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(1,2)"):
        assert cell in by_source, sorted(by_source)
    for r in rows:
        for col, value in r.items():
            assert not value.startswith(("=", "+", "@", "\t", "\r")), (col, value)
            assert not value.startswith("-") or col in ("latitude", "longitude"), (col, value)
        assert r["country"] != "Syria" or r["notes"].startswith("'=1+2")


def test_raw_csv_keeps_cells_as_they_are(hostile: Store) -> None:
    text = export_text(hostile, EventQuery(limit=None, view="reports"), "acled-csv", timestamp=1, raw=True)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["source"] for r in rows} >= {"=HYPERLINK(\"http://evil.example\",\"x\")", "@SUM(1,2)", "-2+3"}
    assert all(r["notes"].startswith("=1+2") for r in rows if r["country"] == "Syria")
    # the other formats are for machine readers: never escaped
    lines = [json.loads(x) for x in export_text(hostile, EventQuery(limit=None, view="reports"), "jsonl").splitlines()]
    assert "@SUM(1,2)" in {r["source"] for r in lines}


def test_raw_on_the_command_line(hostile: Store) -> None:
    db = hostile.url.removeprefix("sqlite:///")
    runner = CliRunner()
    escaped = runner.invoke(app, ["export", "--db", db, "--reports"])
    raw = runner.invoke(app, ["export", "--db", db, "--reports", "--raw"])
    assert escaped.exit_code == raw.exit_code == 0
    assert "'@SUM(1,2)" in escaped.stdout and "'@SUM" not in raw.stdout and "@SUM(1,2)" in raw.stdout
    assert "1 without a date or a country left out" in escaped.stderr


def test_acled_conventions(hostile: Store) -> None:
    res = export(hostile, EventQuery(limit=None, view="reports"), "acled-csv", io.StringIO(), timestamp=1)
    assert res.rows == 5 and res.incomplete == 1  # the event without a place has no country
    rows = _csv(hostile, EventQuery(limit=None, view="reports"))
    syria = [r for r in rows if r["country"] == "Syria"]
    assert len(syria) == 4
    for r in syria:  # no actor named: an unidentified armed group, inter 3, alone: interaction 30
        assert r["actor1"] == "Unidentified Armed Group (Syria)" and r["inter1"] == "3"
        assert r["interaction"] == "30" and r["iso"] == "760" and r["region"] == "Middle East"
        assert re.fullmatch(r"SYR\d+", r["event_id_cnty"])
    france = next(r for r in rows if r["country"] == "France")
    assert france["iso"] == "250" and france["region"] == "Europe" and france["event_id_cnty"].startswith("FRA")
    assert france["actor1"] == "Synthetic armed group 01" and france["interaction"]
    ids = [r["event_id_cnty"] for r in rows]
    assert len(set(ids)) == len(ids)
    assert ids == [r["event_id_cnty"] for r in _csv(hostile, EventQuery(limit=None, view="reports"))]  # stable
