"""Import gazetteer files into the user's gazetteer: Who's On First CSV, GeoNames country dumps
(`SY.txt`, `IQ.txt`) and GeoNames `alternateNamesV2.txt`.

`import_file(path)` reads and checks the whole file first (a malformed or truncated line raises
`GazetteerError` naming the line), then merges it into a copy of the active gazetteer (the user's,
or the embedded default the first time) in one transaction and moves the copy into place: an
import either happens completely or leaves the previous gazetteer untouched.

Merging drops duplicates: a record whose GeoNames id a place already has, or that carries an Arabic
name of a nearby place of the same family (settlement, site, admin unit), adds its names to that
place instead of becoming a second one. Importing the same file twice changes nothing.
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from marsad import lexicon
from marsad.config import settings
from marsad.errors import GazetteerError
from marsad.geo.build import arabic_names, gn_admin1_table, settlement_kind
from marsad.geo.gazetteer import (
    EMBEDDED_PATH,
    SETTLEMENT_KINDS,
    SITE_KINDS,
    Place,
    add_names,
    connect,
    distance_km,
    importance,
    insert_place,
)
from marsad.geo.names import cache_path
from marsad.text.normalize import norm_key

T = TypeVar("T")
WOF_COLUMNS = ("country", "wof_id", "placetype", "name", "name_ar", "lat", "lon")
WOF_KIND = {"country": "country", "region": "governorate", "county": "district", "localadmin": "subdistrict",
            "neighbourhood": "neighbourhood", "microhood": "neighbourhood", "macrohood": "neighbourhood",
            "campus": "airport"}
COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq", "TR": "Turkey", "JO": "Jordan", "LB": "Lebanon"}
SOURCE_BONUS = {"wof_current": 0.3, "wof": 0.0, "geonames": 0.2}
# GeoNames feature codes → kinds (classes P and A by code prefix below).
GN_FEATURE_KIND = {
    "AIRB": "airport", "AIRF": "airport", "AIRP": "airport", "AIRH": "airport", "MILB": "base", "INSM": "base",
    "DAM": "dam", "DAMSB": "dam", "PRN": "prison", "PS": "power_station", "PSH": "power_station",
    "PSTB": "border_crossing", "HSP": "hospital", "HSPC": "hospital", "CMP": "camp", "CMPRF": "camp",
    "OILF": "oil_field", "GASF": "gas_field", "OILR": "oil_field", "RGN": "area", "MT": "mountain",
    "MTS": "mountain", "PRT": "port", "PPLX": "neighbourhood", "PPLQ": "", "PPLH": "", "PPLW": "",
    "ADM1": "governorate", "ADM2": "district", "ADM3": "subdistrict", "ADM1H": "", "ADM2H": "",
}
FAMILY = {**dict.fromkeys(SETTLEMENT_KINDS | {"camp"}, "settlement"), **dict.fromkeys(SITE_KINDS - {"camp"}, "site"),
          "governorate": "admin", "district": "admin", "subdistrict": "admin", "region": "admin",
          "country": "country", "area": "area", "mountain": "area"}


@dataclass
class Record:
    place: Place
    names: list[tuple[str, str]]
    line: int


@dataclass(frozen=True)
class ImportReport:
    path: str
    format: str
    read: int
    added: int
    merged: int
    names_added: int
    gazetteer: str
    places: int

    def to_row(self) -> dict[str, Any]:
        return dict(self.__dict__)


# ---------------------------------------------------------------------------------------- formats


def detect_format(path: Path) -> str:
    try:
        with path.open(encoding="utf-8", newline="") as f:
            head = f.readline()
    except UnicodeDecodeError as e:
        raise GazetteerError(f"{path}: line 1: not UTF-8 text ({e})") from e
    except OSError as e:
        raise GazetteerError(f"{path}: cannot be read ({e.strerror or e})") from e
    if head.startswith("country,wof_id") or ("wof_id" in head and "," in head):
        return "wof"
    cols = head.rstrip("\n").split("\t")
    if len(cols) == 19:
        return "geonames"
    if len(cols) in (8, 10) and cols[0].isdigit() and cols[1].isdigit():
        return "alternatenames"
    raise GazetteerError(f"{path}: line 1: not a Who's On First CSV, GeoNames dump or alternateNames file")


def _float(value: str, what: str, where: str, lo: float, hi: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise GazetteerError(f"{where}: {what} {value!r} is not a number") from None
    if not lo <= x <= hi:
        raise GazetteerError(f"{where}: {what} {x} out of range")
    return x


def _int(value: str, where: str, what: str) -> int:
    if value in ("", None):
        return 0
    try:
        return int(float(value))
    except ValueError:
        raise GazetteerError(f"{where}: {what} {value!r} is not a number") from None


def read_wof(path: Path) -> Iterator[Record]:
    gov = _governorates_by_arabic()
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader, None)
        if header is None or not set(WOF_COLUMNS) <= set(header):
            raise GazetteerError(f"{path}: line 1: missing columns {sorted(set(WOF_COLUMNS) - set(header or []))}")
        col = {c: i for i, c in enumerate(header)}
        try:
            for row in reader:
                where = f"{path}: line {reader.line_num}"
                if len(row) != len(header):
                    raise GazetteerError(f"{where}: {len(row)} fields instead of {len(header)} (truncated or malformed)")
                r = dict(zip(header, row, strict=True))
                if r.get("deprecated"):
                    continue
                rec = _wof_record(r, col, where, reader.line_num, gov)
                if rec is not None:
                    yield rec
        except csv.Error as e:
            raise GazetteerError(f"{path}: line {reader.line_num}: {e}") from e


def _wof_record(r: dict[str, str], col: dict[str, int], where: str, line: int,
                gov: dict[tuple[str, str], tuple[str, str]]) -> Record | None:
    if not r["wof_id"].isdigit():
        raise GazetteerError(f"{where}: wof_id {r['wof_id']!r} is not a number")
    lat = _float(r["lat"], "lat", where, -90, 90)
    lon = _float(r["lon"], "lon", where, -180, 180)
    cc = r["country"].strip().upper()
    pop = _int(r.get("population", ""), where, "population")
    ptype = r["placetype"]
    kind = WOF_KIND.get(ptype) or (settlement_kind(pop) if ptype == "locality" else "site")
    if ptype == "campus" and "air" not in r["name"].lower():
        kind = "site"
    ar = arabic_names([r.get("name_ar", "")] + (r.get("name_ar_variants") or "").split("|"))
    en = [r["name"]] + [n for n in (r.get("name_eng_variants") or "").split("|") if n]
    if not ar and not r["name"]:
        return None
    a1_ar = r.get("region_name_ar") or None
    a1, a1_ar2 = gov.get((cc, norm_key(a1_ar or "")), (r.get("region_name") or None, a1_ar))
    gid = _int(r.get("geonames_id", ""), where, "geonames_id") or None
    current = r.get("is_current") == "1"
    bonus = SOURCE_BONUS["wof_current" if current else "wof"]
    p = Place(id=f"wof:{r['wof_id']}", name=r["name"] or (ar[0] if ar else ""), name_ar=ar[0] if ar else None,
              kind=kind, latitude=round(lat, 5), longitude=round(lon, 5), country=COUNTRY_NAMES.get(cc, cc),
              country_code=cc, admin1=a1 if kind != "country" else None, admin1_ar=a1_ar2 if kind != "country" else None,
              admin2=r.get("county_name") or None, admin2_ar=r.get("county_name_ar") or None, population=pop,
              source="wof", source_id=r["wof_id"], geonames_id=gid, importance=importance(kind, pop, bonus))
    return Record(p, [(n, "ar") for n in ar] + [(n, "en") for n in dict.fromkeys(en) if n], line)


def read_geonames(path: Path) -> Iterator[Record]:
    table = gn_admin1_table()
    with path.open(encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, 1):
            where = f"{path}: line {n}"
            cols = line.rstrip("\n").split("\t")
            if len(cols) != 19:
                raise GazetteerError(f"{where}: {len(cols)} fields instead of 19 (truncated or malformed)")
            if not cols[0].isdigit():
                raise GazetteerError(f"{where}: geonameid {cols[0]!r} is not a number")
            fclass, fcode = cols[6], cols[7]
            kind = GN_FEATURE_KIND.get(fcode)
            if kind is None:
                kind = "PPL" if fclass == "P" else ""
            if not kind:
                continue
            lat = _float(cols[4], "latitude", where, -90, 90)
            lon = _float(cols[5], "longitude", where, -180, 180)
            pop = _int(cols[14], where, "population")
            if kind == "PPL":
                kind = "city" if fcode in {"PPLC", "PPLA"} and pop >= 50_000 else settlement_kind(pop)
            cc = cols[8]
            a1, a1_ar = table.get((cc, cols[10]), (None, None))
            ar = arabic_names(cols[3].split(","))
            en = [cols[1], cols[2]]
            gid = int(cols[0])
            p = Place(id=f"gn:{gid}", name=cols[1], name_ar=ar[0] if ar else None, kind=kind,
                      latitude=round(lat, 5), longitude=round(lon, 5), country=COUNTRY_NAMES.get(cc, cc),
                      country_code=cc, admin1=a1, admin1_ar=a1_ar, population=pop, source="geonames",
                      source_id=str(gid), geonames_id=gid, importance=importance(kind, pop, SOURCE_BONUS["geonames"]))
            yield Record(p, [(x, "ar") for x in ar] + [(x, "en") for x in dict.fromkeys(en) if x], n)


def read_alternate_names(path: Path, wanted: set[int] | None = None) -> Iterator[tuple[int, str, str, int]]:
    """(geonameid, name, lang, line) for the Arabic and English names of the file (of the
    geonameids in `wanted` only, when given)."""
    with path.open(encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, 1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) not in (8, 10):
                raise GazetteerError(f"{path}: line {n}: {len(cols)} fields instead of 10 (truncated or malformed)")
            if not cols[1].isdigit():
                raise GazetteerError(f"{path}: line {n}: geonameid {cols[1]!r} is not a number")
            lang = cols[2]
            if wanted is not None and lang in ("ar", "en") and int(cols[1]) not in wanted:
                continue
            if lang == "ar" and arabic_names([cols[3]]):
                yield int(cols[1]), cols[3], "ar", n
            elif lang == "en":
                yield int(cols[1]), cols[3], "en", n


def _governorates_by_arabic() -> dict[tuple[str, str], tuple[str, str]]:
    """(country, normalized Arabic governorate name) → (admin1 English, Arabic)."""
    out = {}
    for r in lexicon.section("admin.tsv", "admin"):
        if r["kind"] == "governorate":
            for k in r["ar_norm"]:
                out[(r["country"], k)] = (r["name"], r["ar"][0])
                out[(r["country"], "محافظه " + k)] = (r["name"], r["ar"][0])
    return out


# ---------------------------------------------------------------------------------------- merging


class _Index:
    """What the target gazetteer holds, for dropping duplicates while importing."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.by_gid: dict[int, str] = {}
        self.ids: set[str] = set()
        self.by_key: dict[str, list[tuple[str, float, float, str]]] = {}
        self.admin: dict[tuple[str, str | None, str | None], str] = {}
        for pid, gid, kind, cc, a1 in con.execute("SELECT id, geonames_id, kind, country_code, admin1 FROM places"):
            self.ids.add(pid)
            if gid:
                self.by_gid.setdefault(int(gid), pid)
            if kind in {"country", "governorate"}:
                self.admin.setdefault((kind, cc, a1 if kind == "governorate" else None), pid)
        places = {r[0]: r for r in con.execute("SELECT id, latitude, longitude, kind FROM places")}
        for pid, key in con.execute("SELECT place_id, key FROM names WHERE lang = 'ar'"):
            _, lat, lon, kind = places[pid]
            self.by_key.setdefault(key, []).append((pid, lat, lon, FAMILY.get(kind, kind)))

    def duplicate_of(self, p: Place, names: list[tuple[str, str]]) -> str | None:
        if p.id in self.ids:
            return p.id
        if p.geonames_id and p.geonames_id in self.by_gid:
            return self.by_gid[p.geonames_id]
        if p.kind in {"country", "governorate"}:
            same = self.admin.get((p.kind, p.country_code, p.admin1 if p.kind == "governorate" else None))
            if same:
                return same
        fam = FAMILY.get(p.kind, p.kind)
        radius = 25.0 if fam in {"admin", "country"} else 4.0
        for n, lang in names:
            if lang != "ar":
                continue
            for pid, lat, lon, f in self.by_key.get(norm_key(n), []):
                if f == fam and distance_km(p.latitude, p.longitude, lat, lon) <= radius:
                    return pid
        return None

    def add(self, p: Place, names: list[tuple[str, str]]) -> None:
        self.ids.add(p.id)
        if p.kind in {"country", "governorate"}:
            self.admin.setdefault((p.kind, p.country_code, p.admin1 if p.kind == "governorate" else None), p.id)
        if p.geonames_id:
            self.by_gid.setdefault(p.geonames_id, p.id)
        fam = FAMILY.get(p.kind, p.kind)
        for n, lang in names:
            if lang == "ar":
                self.by_key.setdefault(norm_key(n), []).append((p.id, p.latitude, p.longitude, fam))


def merge_records(con: sqlite3.Connection, records: list[Record]) -> tuple[int, int, int]:
    """Add `records` to the gazetteer open in `con`, a duplicate's names to the place it repeats;
    returns the places added, the records merged and the names added."""
    index = _Index(con)
    added = merged = 0
    before = con.execute("SELECT COUNT(*) FROM names").fetchone()[0]
    # The better record of a duplicate group comes first: current, populated, more names.
    records.sort(key=lambda r: (-r.place.importance, -len(r.names), r.line))
    for rec in records:
        dup = index.duplicate_of(rec.place, rec.names)
        if dup is None:
            insert_place(con, rec.place, rec.names)
            index.add(rec.place, rec.names)
            added += 1
            continue
        merged += 1
        add_names(con, dup, rec.names)
        index.add(replace(rec.place, id=dup), [])
        p = rec.place
        con.execute("UPDATE places SET admin2 = COALESCE(admin2, ?), admin2_ar = COALESCE(admin2_ar, ?), "
                    "geonames_id = COALESCE(geonames_id, ?), name_ar = COALESCE(name_ar, ?) WHERE id = ?",
                    (p.admin2, p.admin2_ar, p.geonames_id, p.name_ar, dup))
    names_added = con.execute("SELECT COUNT(*) FROM names").fetchone()[0] - before
    return added, merged, names_added


def rewrite(source: Path, target: Path, change: Callable[[sqlite3.Connection], T]) -> tuple[T, int]:
    """Write `target` as `source` changed by `change` (one transaction on a copy, moved into place:
    all or nothing); returns what `change` returned and the places the new file has."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".sqlite", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        shutil.copyfile(source, tmp)
        con = connect(tmp)
        try:
            with con:
                result = change(con)
            total = int(con.execute("SELECT COUNT(*) FROM places").fetchone()[0])
        finally:
            con.close()
        tmp.chmod(0o644)
        cache_path(target).unlink(missing_ok=True)  # the built matcher of the names before
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return result, total


def import_file(path: str | Path, target: Path | None = None) -> ImportReport:
    """Import one file into the user's gazetteer (all or nothing); returns what happened."""
    path = Path(path)
    if not path.is_file():
        raise GazetteerError(f"{path}: no such file")
    fmt = detect_format(path)
    target = target or settings().gazetteer_path
    source = target if target.is_file() else EMBEDDED_PATH
    if not source.is_file():
        raise GazetteerError(f"no gazetteer to import into: {source} is missing (run scripts/build_gazetteer.py)")
    # Read and check the whole file before touching anything.
    try:
        if fmt == "alternatenames":
            c = connect(source)
            try:
                wanted = {int(g) for (g,) in c.execute("SELECT geonames_id FROM places WHERE geonames_id IS NOT NULL")}
            finally:
                c.close()
            alt = list(read_alternate_names(path, wanted))
            records: list[Record] = []
        else:
            records = list(read_wof(path) if fmt == "wof" else read_geonames(path))
            alt = []
    except UnicodeDecodeError as e:
        raise GazetteerError(f"{path}: not UTF-8 text ({e})") from e

    def change(con: sqlite3.Connection) -> tuple[int, int, int]:
        if fmt == "alternatenames":
            counts = 0, 0, _add_alternate_names(con, alt)
        else:
            counts = merge_records(con, records)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('built_from', 'import')")
        con.execute("INSERT OR IGNORE INTO meta SELECT 'base_digest', value FROM meta WHERE key = 'content_digest'")
        prev = dict(con.execute("SELECT key, value FROM meta").fetchall()).get("imports", "")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('imports', ?)",
                    ((prev + "\n" if prev else "") + f"{fmt}\t{path.name}",))
        return counts

    (added, merged, names_added), total = rewrite(source, target, change)
    read = len(alt) if fmt == "alternatenames" else len(records)
    return ImportReport(str(path), fmt, read, added, merged, names_added, str(target), total)


def _add_alternate_names(con: sqlite3.Connection, alt: list[tuple[int, str, str, int]]) -> int:
    by_gid = {int(g): pid for pid, g in con.execute("SELECT id, geonames_id FROM places WHERE geonames_id IS NOT NULL")}
    before = con.execute("SELECT COUNT(*) FROM names").fetchone()[0]
    for gid, name, lang, _line in alt:
        pid = by_gid.get(gid)
        if pid is not None:
            add_names(con, pid, [(name, lang)])
    return int(con.execute("SELECT COUNT(*) FROM names").fetchone()[0] - before)
