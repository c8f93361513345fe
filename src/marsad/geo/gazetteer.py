"""The gazetteer: an SQLite store of places and the in-memory index that resolution queries.

The store (one SQLite file) has three tables: `places` (one row per place: names, kind, point,
country, admin1-3 in English and Arabic, population, source), `names` (every name of a place with
its normalized matching key and language) and `meta` (how and from what the file was built).

`default_gazetteer()` loads the user's gazetteer (`settings().gazetteer_path`, written by
`marsad gazetteer import`) when it exists, else the embedded default shipped in
`marsad/data/gazetteer.sqlite` (built by `scripts/build_gazetteer.py`). The loaded `Gazetteer`
keeps every place in memory, a dictionary from normalized Arabic key to places, and one
clitic-aware Aho-Corasick matcher over all keys.
"""

from __future__ import annotations

import errno
import hashlib
import logging
import math
import os
import sqlite3
import stat
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from marsad import aliases
from marsad.config import DATA_DIR, Settings, settings
from marsad.errors import GazetteerError
from marsad.geo.names import NameMatcher, cache_path
from marsad.geo.patterns import patterns
from marsad.text.normalize import norm_key

EMBEDDED_PATH = DATA_DIR / "gazetteer.sqlite"
SCHEMA_VERSION = "1"
log = logging.getLogger("marsad.geo")

# Kinds of places and the prior weight of each for a bare name (a city before a village, a
# governorate's name means the city unless a pattern says "محافظة").
KIND_WEIGHT: dict[str, float] = {
    "country": 9.0, "region": 5.0, "governorate": 6.5, "district": 3.5, "subdistrict": 3.0,
    "city": 7.0, "town": 5.0, "village": 2.5, "neighbourhood": 2.5, "area": 4.0, "mountain": 3.0,
    "camp": 4.0, "base": 5.5, "airport": 5.5, "oil_field": 5.0, "gas_field": 5.0,
    "border_crossing": 5.0, "dam": 5.0, "prison": 5.0, "power_station": 4.5, "hospital": 4.0,
    "port": 4.5, "site": 4.0,
}
KINDS = tuple(KIND_WEIGHT)
SITE_KINDS = frozenset({"base", "airport", "oil_field", "gas_field", "border_crossing", "dam", "prison",
                        "power_station", "hospital", "port", "site", "camp"})
SETTLEMENT_KINDS = frozenset({"city", "town", "village", "neighbourhood"})
ADMIN_KINDS = frozenset({"country", "governorate", "district", "subdistrict", "region"})

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_ar TEXT,
    kind TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    country TEXT,
    country_code TEXT,
    admin1 TEXT, admin1_ar TEXT,
    admin2 TEXT, admin2_ar TEXT,
    admin3 TEXT, admin3_ar TEXT,
    population INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL,
    source_id TEXT,
    geonames_id INTEGER,
    importance REAL NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS names (
    place_id TEXT NOT NULL REFERENCES places(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    key TEXT NOT NULL,
    lang TEXT NOT NULL,
    PRIMARY KEY (place_id, key, lang)
);
CREATE INDEX IF NOT EXISTS names_key ON names(key);
CREATE INDEX IF NOT EXISTS places_geonames ON places(geonames_id);
"""


@dataclass(frozen=True, slots=True)
class Place:
    """One place of the gazetteer."""

    id: str
    name: str  # English name
    name_ar: str | None
    kind: str
    latitude: float
    longitude: float
    country: str | None  # English name
    country_code: str | None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin1_ar: str | None = None
    admin2: str | None = None
    admin2_ar: str | None = None
    admin3: str | None = None
    admin3_ar: str | None = None
    population: int = 0
    source: str = ""
    source_id: str | None = None
    geonames_id: int | None = None
    importance: float = 0.0

    def to_row(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


PLACE_COLUMNS = tuple(f.name for f in fields(Place))


def importance(kind: str, population: int, source_bonus: float = 0.0) -> float:
    """The prior weight of a place for a bare name: its kind, its size and its source."""
    return round(KIND_WEIGHT.get(kind, 2.0) + 0.6 * math.log10(max(population, 0) + 1) + source_bonus, 3)


_EARTH_KM = 6371.0
# Answers remembered per gazetteer (anchors and misspelt names come back document after document;
# the lot is dropped when full): points for `near`, keys for `fuzzy`.
NEAR_MEMO = 1024
FUZZY_MEMO = 4096


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def offset_point(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) along `bearing_deg` (0 north, 90 east)."""
    if km <= 0:
        return lat, lon
    d = km / 6371.0
    b = math.radians(bearing_deg)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round(math.degrees(l2), 5)


# ------------------------------------------------------------------------------------------ store


def connect(path: Path | str) -> sqlite3.Connection:
    con = sqlite3.connect(str(path))
    con.execute("PRAGMA foreign_keys = ON")
    return con


def create_schema(con: sqlite3.Connection) -> None:
    con.executescript(SCHEMA)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))


def insert_place(con: sqlite3.Connection, place: Place, names: Iterable[tuple[str, str]]) -> None:
    """Insert (or replace) one place and its names [(name, lang)]."""
    con.execute(f"INSERT OR REPLACE INTO places ({', '.join(PLACE_COLUMNS)}) VALUES "
                f"({', '.join('?' * len(PLACE_COLUMNS))})", tuple(getattr(place, c) for c in PLACE_COLUMNS))
    add_names(con, place.id, names)


def add_names(con: sqlite3.Connection, place_id: str, names: Iterable[tuple[str, str]]) -> None:
    rows = []
    for name, lang in names:
        key = name_key(name, lang)
        if key:
            rows.append((place_id, name.strip(), key, lang))
    con.executemany("INSERT OR IGNORE INTO names VALUES (?, ?, ?, ?)", rows)


def name_key(name: str, lang: str) -> str:
    """The matching key of a name: Arabic normalized like the text; other languages lower-cased."""
    if lang == "ar":
        return norm_key(name)
    return " ".join(name.lower().split())


def read_meta(path: Path) -> dict[str, str]:
    with connect(path) as con:
        return dict(con.execute("SELECT key, value FROM meta").fetchall())


# -------------------------------------------------------------------------------------- in memory


class Gazetteer:
    """All places in memory, indexed by normalized Arabic key and by English key."""

    def __init__(self, places: list[Place], names: list[tuple[str, str, str]], path: Path | None = None,
                 meta: dict[str, str] | None = None) -> None:
        self.path = path
        self.meta = meta or {}
        self.places = places
        self.by_id: dict[str, Place] = {p.id: p for p in places}
        ar: dict[str, list[Place]] = {}
        en: dict[str, list[Place]] = {}

        fixes = patterns().name_fixes  # GeoNames aliases that belong to another place
        for place_id, key, lang in names:
            p = self.by_id.get(place_id)
            if p is None or (p.geonames_id in fixes and key in fixes[p.geonames_id]):
                continue
            (ar if lang == "ar" else en).setdefault(key, []).append(p)
        _add_spelling_variants(ar)
        for table in (ar, en):
            for lst in table.values():
                if len(lst) > 1:
                    lst.sort(key=lambda p: -p.importance)
        self.by_key: dict[str, list[Place]] = ar
        self._english: dict[str, list[Place]] | None = en if en else None
        self._matcher: NameMatcher | None = None
        self._fuzzy: dict[tuple[str, int], list[str]] | None = None
        self._grid: dict[tuple[int, int], tuple[list[tuple[str, Place]], array[float], array[float],
                                                  array[float]]] | None = None
        self._near_memo: dict[tuple[float, float, float], list[tuple[str, Place]]] = {}
        self._fuzzy_memo: dict[tuple[str, float], tuple[str | None, float]] = {}
        self.review_keys: dict[str, aliases.PlaceAlias] = {}  # names added from reviews (`with_aliases`)

    @property
    def by_english(self) -> dict[str, list[Place]]:
        """English (and other Latin-script) keys → places; read from the file on first use."""
        if self._english is None:
            en: dict[str, list[Place]] = {}
            if self.path is not None:
                con = connect(self.path)
                try:
                    for place_id, key in con.execute("SELECT place_id, key FROM names WHERE lang != 'ar'"):
                        p = self.by_id.get(place_id)
                        if p is not None:
                            en.setdefault(key, []).append(p)
                finally:
                    con.close()
            for lst in en.values():
                lst.sort(key=lambda p: -p.importance)
            self._english = en
        return self._english

    def __len__(self) -> int:
        return len(self.places)

    @property
    def matcher(self) -> NameMatcher:
        """The Aho-Corasick matcher over every Arabic key (built on first use)."""
        if self._matcher is None:
            never = patterns().never_keys
            keys = (k for k in self.by_key if k not in never and _matchable(k))
            # the user's gazetteer (the imported one) keeps its built matcher in a file beside it
            path = self.path
            if path is None or path != settings().gazetteer_path:
                self._matcher = NameMatcher(keys)
            else:
                self._matcher, held = NameMatcher.cached(keys, cache_path(path))
                if held is not None:  # (read from the file: the index takes the matcher's strings)
                    same = {k: k for k in held}
                    self.by_key = {same.get(k, k): v for k, v in self.by_key.items()}
        return self._matcher

    def fuzzy(self, key: str, cutoff: float = 85.0) -> tuple[str | None, float]:
        """The known key closest to a misspelt `key` (rapidfuzz ratio >= cutoff, same first letter,
        length within two letters) and its score, or (None, 0). Only for names after a pattern word.
        The answer for a key is remembered (a lead's unknown names come again in its text)."""
        core = key[2:] if key.startswith("ال") else key
        if len(core) < 4:
            return None, 0.0
        memo = self._fuzzy_memo
        hit = memo.get((key, cutoff))
        if hit is not None:
            return hit
        if self._fuzzy is None:
            never = patterns().never_keys
            buckets: dict[tuple[str, int], list[str]] = {}
            for k in self.by_key:
                c = k[2:] if k.startswith("ال") else k
                if len(c) >= 4 and k not in never:
                    buckets.setdefault((c[0], len(k)), []).append(k)
            self._fuzzy = buckets

        choices: list[str] = []
        for n in range(len(key) - 2, len(key) + 3):
            choices += self._fuzzy.get((core[0], n), ())
        best = process.extractOne(key, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        found = (str(best[0]), float(best[1])) if best else (None, 0.0)
        if len(memo) >= FUZZY_MEMO:
            memo.clear()
        memo[(key, cutoff)] = found
        return found

    def near(self, lat: float, lon: float, km: float) -> list[tuple[str, Place]]:
        """(Arabic key, place) of the settlements, areas and sites within about `km` of a point
        (a grid of quarter degrees, built on first use; `km` up to about 50). The haversine distance
        is computed only for places whose latitude lies within `km` (a great-circle distance is at
        least the difference of latitudes), inline on the radians kept in the grid, and the answer
        for a point is remembered (the same anchors come back document after document)."""
        memo = self._near_memo
        hit = memo.get((lat, lon, km))
        if hit is not None:
            return list(hit)
        if self._grid is None:
            cells: dict[tuple[int, int], list[tuple[str, Place]]] = {}
            for key, lst in self.by_key.items():
                for p in lst:
                    if p.kind not in ADMIN_KINDS:
                        cells.setdefault((int(p.latitude * 4), int(p.longitude * 4)), []).append((key, p))
            # each cell: its (key, place) pairs, and their latitudes in radians, longitudes and
            # latitude cosines in compact arrays (what the distance needs, computed once)
            self._grid = {cell: (pairs, array("d", [math.radians(p.latitude) for _, p in pairs]),
                                 array("d", [p.longitude for _, p in pairs]),
                                 array("d", [math.cos(math.radians(p.latitude)) for _, p in pairs]))
                          for cell, pairs in cells.items()}
        ci, cj = int(lat * 4), int(lon * 4)
        p1 = math.radians(lat)
        c1 = math.cos(p1)
        # |Δφ| above max_dp cannot be within km; nor |Δλ| above max_dl (haversine's a is at least
        # cos φ1 · cos φ2 · sin²(Δλ/2), and cos φ2 at least cos(|φ1| + max_dp)); small margins keep
        # both tests on the safe side, the haversine below decides
        max_dp = km / _EARTH_KM * (1 + 1e-9) + 1e-12
        reach = math.sin(km / (2 * _EARTH_KM))
        low_cos = c1 * math.cos(min(math.pi / 2, abs(p1) + max_dp))
        max_dl = (math.degrees(2 * math.asin(reach / math.sqrt(low_cos))) * (1 + 1e-9) + 1e-9
                  if low_cos > 0 and reach < math.sqrt(low_cos) else 360.0)
        sin, asin, sqrt, radians = math.sin, math.asin, math.sqrt, math.radians
        out: list[tuple[str, Place]] = []
        for i in range(ci - 1, ci + 2):
            for j in range(cj - 2, cj + 3):
                cell = self._grid.get((i, j))
                if cell is None:
                    continue
                pairs, lats, lons, coss = cell
                for n, rp in enumerate(lats):
                    dp = rp - p1
                    if dp > max_dp or -dp > max_dp:
                        continue
                    plon = lons[n]
                    if abs(plon - lon) > max_dl:
                        continue
                    # distance_km() inline, the same operations in the same order
                    a = sin(dp / 2) ** 2 + c1 * coss[n] * sin(radians(plon - lon) / 2) ** 2
                    if 2 * _EARTH_KM * asin(min(1.0, sqrt(a))) <= km:
                        out.append(pairs[n])
        if len(memo) >= NEAR_MEMO:
            memo.clear()
        memo[(lat, lon, km)] = out
        return list(out)

    def candidates(self, key: str) -> list[Place]:
        """Places whose Arabic name normalizes to `key` (most important first)."""
        return self.by_key.get(key, [])

    def lookup(self, name: str) -> list[Place]:
        """Places named `name` (Arabic or English, any spelling the gazetteer knows)."""
        key = norm_key(name)
        found = list(self.by_key.get(key, []))
        if not found and key.startswith("ال"):
            found = list(self.by_key.get(key[2:], []))
        if not found:
            found = list(self.by_key.get("ال" + key, []))
        seen = {p.id for p in found}
        for p in self.by_english.get(" ".join(name.lower().split()), []):
            if p.id not in seen:
                found.append(p)
        return sorted(found, key=lambda p: -p.importance)

    def governorate(self, country_code: str | None, admin1: str | None) -> Place | None:
        """The governorate place of (country, admin1 English name), if the gazetteer has it."""
        if not admin1:
            return None
        for p in self.by_english.get(admin1.lower(), []):
            if p.kind == "governorate" and (country_code is None or p.country_code == country_code):
                return p
        return None


def _add_spelling_variants(ar: dict[str, list[Place]]) -> None:
    """Names written with or without the space after a joinable head ("كفر نبل" / "كفرنبل",
    "تل عفر" / "تلعفر", "البو جاسم" / "البوجاسم"): each spelling finds the other's places."""
    heads = patterns().joinable_heads
    never = patterns().never_keys
    extra: dict[str, list[Place]] = {}
    for key, lst in ar.items():
        if not key.startswith(heads):
            continue
        for head in heads:
            if not key.startswith(head):
                continue
            rest = key[len(head):]
            variant = head + rest[1:] if rest.startswith(" ") else f"{head} {rest}"
            if len(rest.strip()) >= 3 and " " not in rest.strip() and variant not in never:
                extra.setdefault(variant, []).extend(lst)
            break
    for key, lst in extra.items():
        have = ar.setdefault(key, [])
        have.extend(p for p in lst if p not in have)


def _matchable(key: str) -> bool:
    """Keys the matcher looks for: at least three letters besides the article."""
    core = key[2:] if key.startswith("ال") else key
    return len(core.replace(" ", "")) >= 3


def load(path: Path | str) -> Gazetteer:
    """Load a gazetteer file into memory (GazetteerError when it is not one)."""
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"gazetteer file not found: {path}")
    try:
        con = connect(path)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
            rows = con.execute(f"SELECT {', '.join(PLACE_COLUMNS)} FROM places").fetchall()
            names = con.execute("SELECT place_id, key, lang FROM names WHERE lang = 'ar'").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise GazetteerError(f"{path}: not a marsad gazetteer ({e})") from e
    places = [Place(*r) for r in rows]
    return Gazetteer(places, names, path, meta)


def active_path() -> Path:
    """The gazetteer marsad uses: the user's imported one when present, else the embedded default."""
    user = settings().gazetteer_path
    return user if user.is_file() else EMBEDDED_PATH


@lru_cache(maxsize=2)  # the current one and the one before: a review's alias edit loads a new one, the older goes
def _load_cached(path: str, mtime: float, local: tuple[str, float, int]) -> Gazetteer:
    gaz = load(path)
    if Path(path) != EMBEDDED_PATH and not base_is_current(gaz.meta):
        log.warning("%s was built on an older embedded gazetteer than this marsad's: the places added since "
                    "are missing (run `marsad gazetteer refresh`)", path)
    with_aliases(gaz, aliases.load())
    return gaz


@lru_cache(maxsize=1)
def embedded_digest() -> str:
    """The content digest of the embedded default gazetteer this marsad ships."""
    con = connect(EMBEDDED_PATH)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'content_digest'").fetchone()
    finally:
        con.close()
    return str(row[0]) if row else ""


def base_is_current(meta: dict[str, str]) -> bool:
    """A user's gazetteer (`marsad gazetteer import`) holds the embedded default it was first copied
    from (`base_digest`; files of earlier versions kept that default's `content_digest`): true when
    that is the one this marsad ships, so no place added to the embedded default since is missing."""
    base = meta.get("base_digest", meta.get("content_digest", ""))
    return not EMBEDDED_PATH.is_file() or base == embedded_digest()


def alias_place(gaz: Gazetteer, alias: aliases.PlaceAlias) -> Place | None:
    """The place a review alias names: the gazetteer's own place, or a point of its own."""
    if alias.gazetteer_id and alias.gazetteer_id in gaz.by_id:
        return gaz.by_id[alias.gazetteer_id]
    if alias.latitude is None or alias.longitude is None:
        return None
    code = next((p.country_code for p in gaz.places if p.country == alias.country and p.country_code), None)
    ident = "review-" + hashlib.sha256(f"{alias.key}|{alias.latitude}|{alias.longitude}".encode()).hexdigest()[:12]
    return Place(ident, alias.name, alias.ar, "town", alias.latitude, alias.longitude, alias.country, code,
                 admin1=alias.admin1, admin2=alias.admin2, source="review", importance=importance("town", 0, 5.0))


def with_aliases(gaz: Gazetteer, local: aliases.Aliases) -> None:
    """Add the places analysts chose in reviews (`marsad.aliases`) under the article's words,
    ahead of every other place of that name."""
    for alias in local.places:
        place = alias_place(gaz, alias)
        if place is None:
            continue
        if place.id not in gaz.by_id:
            gaz.places.append(place)
            gaz.by_id[place.id] = place
        others = [p for p in gaz.by_key.get(alias.key, []) if p.id != place.id]
        gaz.by_key[alias.key] = [place, *others]
        gaz.review_keys[alias.key] = alias


def default_gazetteer() -> Gazetteer:
    """The active gazetteer (`active_path`), loaded once per file version (cached; asked for
    every document: one `os.stat` of the user's file, by its string made once per settings)."""
    path = _user_path(settings())
    try:
        st: os.stat_result | None = os.stat(path)
    except OSError as e:  # (what `Path.is_file` takes for "no file")
        if e.errno not in (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP):
            raise
        st = None
    except ValueError:
        st = None
    if st is None or not stat.S_ISREG(st.st_mode):
        path = str(EMBEDDED_PATH)
        try:
            st = os.stat(path)
        except OSError as e:
            raise GazetteerError(f"gazetteer file not found: {path} (reinstall marsad or run "
                                 f"`python scripts/build_gazetteer.py`)") from e
    return _load_cached(path, st.st_mtime, aliases.version())


@lru_cache(maxsize=4)
def _user_path(s: Settings) -> str:
    return str(s.gazetteer_path)
