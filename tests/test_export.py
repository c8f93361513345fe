"""Exports: ACLED CSV columns and order, GeoJSON for QGIS, JSON lines, Parquet; per cluster or
per report; the filters; the command."""

from __future__ import annotations

import csv
import io
import json
import re
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
