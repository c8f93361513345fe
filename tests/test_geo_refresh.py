"""A user's gazetteer built on an older embedded default: the loader's warning, `marsad gazetteer
stats`, and `marsad gazetteer refresh` rebuilding it on the shipped default with every import kept
(small files the tests write themselves)."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli import app
from marsad.config import settings
from marsad.errors import GazetteerError
from marsad.geo.gazetteer import base_is_current, default_gazetteer, embedded_digest, load
from marsad.geo.importers import import_file
from marsad.geo.refresh import refresh_gazetteer

HEADER = ("country,wof_id,placetype,name,name_ar,name_ar_variants,name_eng_variants,lat,lon,region_id,"
          "region_name,region_name_ar,county_id,county_name,county_name_ar,geonames_id,population,"
          "is_current,deprecated,src_geom")
ROWS = [
    "SY,910001,locality,Tall Rummanat,تل رمانات,تل رمانات|رمانات,,35.61,36.52,1,Idlib,إدلب,2,Ariha,,,0,-1,,x",
    "IQ,910002,locality,Umm Jarabi,أم جرابي,أم جرابي,,33.41,43.12,1,Anbar,الأنبار,2,Ramadi,,,0,-1,,x",
    # the embedded Tadmur (GeoNames id 163808) under a spelling of its own: a name carried onto it
    "SY,910003,locality,Tadmor,تدمر,تدمر|تتدمور,Palmyra,34.56,38.28,1,Homs,حمص,2,Tadmur,,163808,0,1,,x",
]
NEW_PLACE = "site:us-minnesota"  # a place of the embedded default the "older" one lacks


def _stale_user_gazetteer(tmp_path: Path) -> Path:
    """Import ROWS, then make the file look built on an older default: without one of today's
    places, with one the default has dropped since, and another base digest."""
    path = tmp_path / "places.csv"
    path.write_text(HEADER + "\n" + "\n".join(ROWS) + "\n", encoding="utf-8")
    import_file(path)
    target = settings().gazetteer_path
    con = sqlite3.connect(target)
    with con:
        con.execute("DELETE FROM names WHERE place_id = ?", (NEW_PLACE,))
        con.execute("DELETE FROM places WHERE id = ?", (NEW_PLACE,))
        con.execute("INSERT INTO places (id, name, name_ar, kind, latitude, longitude, country, country_code, "
                    "population, source, importance) SELECT 'site:retired', 'Retired', 'مكان متقاعد', kind, "
                    "latitude, longitude, country, country_code, population, 'marsad', importance "
                    "FROM places WHERE source = 'marsad' LIMIT 1")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('base_digest', 'an-older-one')")
    con.close()
    return target


def test_an_import_records_the_default_it_was_built_on(tmp_path: Path) -> None:
    path = tmp_path / "places.csv"
    path.write_text(HEADER + "\n" + ROWS[0] + "\n", encoding="utf-8")
    import_file(path)
    meta = load(settings().gazetteer_path).meta
    assert meta["base_digest"] == embedded_digest() and base_is_current(meta)


@pytest.mark.parametrize("meta, current", [
    ({"base_digest": "x", "content_digest": "y"}, False),
    ({"content_digest": "y"}, False),  # a file of an earlier marsad: its default's digest
    ({}, False),
])
def test_base_is_current_reads_the_base_digest(meta: dict[str, str], current: bool) -> None:
    assert base_is_current(meta) is current
    assert base_is_current({**meta, "base_digest": embedded_digest()})
    assert base_is_current({"content_digest": embedded_digest()})


def test_a_stale_gazetteer_warns_and_misses_new_places(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    _stale_user_gazetteer(tmp_path)
    with caplog.at_level(logging.WARNING, logger="marsad.geo"):
        g = default_gazetteer()
    assert "marsad gazetteer refresh" in caplog.text
    assert NEW_PLACE not in g.by_id
    r = CliRunner().invoke(app, ["gazetteer", "stats", "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout)["base_current"] is False
    r = CliRunner().invoke(app, ["gazetteer", "stats"])
    assert "marsad gazetteer refresh" in r.stdout


def test_refresh_rebuilds_on_the_shipped_default_and_keeps_the_imports(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    target = _stale_user_gazetteer(tmp_path)
    imports = load(target).meta["imports"]
    report = refresh_gazetteer()
    assert not report.current_before and report.base_before == "an-older-one"
    assert report.base_after == embedded_digest()
    assert report.imported_places == 2 and report.added == 2 and report.retired == 1
    assert report.names_carried >= 1
    with caplog.at_level(logging.WARNING, logger="marsad.geo"):
        g = default_gazetteer()
    assert "refresh" not in caplog.text
    assert NEW_PLACE in g.by_id and "site:retired" not in g.by_id
    assert g.lookup("رمانات")[0].source == "wof" and g.lookup("أم جرابي")[0].country_code == "IQ"
    assert g.lookup("تتدمور")[0].geonames_id == 163808  # the imported spelling stays on the default's place
    assert g.meta["imports"] == imports and g.meta["built_from"] == "import"
    again = refresh_gazetteer()
    assert again.current_before and again.places == report.places and again.imported_places == 0
    forced = refresh_gazetteer(force=True)  # rebuilt all the same: the same places
    assert forced.current_before and forced.imported_places == 2 and forced.places == report.places


def test_refresh_from_the_command_line(tmp_path: Path) -> None:
    r = CliRunner().invoke(app, ["gazetteer", "refresh"])
    assert r.exit_code == 1 and "no user gazetteer" in r.output
    _stale_user_gazetteer(tmp_path)
    r = CliRunner().invoke(app, ["gazetteer", "refresh", "--json"])
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)
    assert row["current_before"] is False and row["imported_places"] == 2
    r = CliRunner().invoke(app, ["gazetteer", "refresh"])
    assert r.exit_code == 0 and "nothing to do" in r.stdout
    r = CliRunner().invoke(app, ["gazetteer", "refresh", "--force"])
    assert r.exit_code == 0 and "was already current; rebuilt" in r.stdout


def test_a_corrupt_user_file_is_an_error_and_left_alone(tmp_path: Path) -> None:
    target = settings().gazetteer_path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"not a database at all" * 50)
    with pytest.raises(GazetteerError, match="not a marsad gazetteer"):
        refresh_gazetteer()
    assert target.read_bytes().startswith(b"not a database")
