"""Refresh the user's gazetteer onto the embedded default this marsad ships.

`marsad gazetteer import` copies the embedded default into `$MARSAD_HOME/gazetteer.sqlite` the first
time and merges every imported file into that copy. A later marsad whose embedded default gained
places (a world city, a base, a corrected point) would not reach a user who imported before: the
user's file keeps the default it was copied from (`base_digest` in its meta; the loader warns when it
is not the shipped one, `gazetteer.base_is_current`).

`refresh_gazetteer()` rebuilds the user's file on the shipped default, all or nothing:

* the places the user imported (every source the embedded default does not have: Who's On First,
  GeoNames) are merged again as an import merges them (`importers.merge_records`: a place the
  default now has under the same Arabic name nearby takes their names instead of becoming a
  second place);
* the names and GeoNames ids an import added to the default's own places are carried onto them;
* a place of the old default that the new one no longer has is left out (counted as retired).

What the file cannot tell stays: a name the new default dropped from one of its places is kept
when the user's file had it (an imported name and a name of the old default look alike).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from marsad.config import settings
from marsad.errors import GazetteerError
from marsad.geo.gazetteer import EMBEDDED_PATH, PLACE_COLUMNS, Place, add_names, connect, embedded_digest
from marsad.geo.importers import Record, merge_records, rewrite


@dataclass(frozen=True)
class RefreshReport:
    gazetteer: str
    base_before: str
    base_after: str
    current_before: bool
    imported_places: int
    added: int
    merged: int
    names_carried: int
    retired: int
    places_before: int
    places: int

    def to_row(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class _UserFile:
    meta: dict[str, str]
    places: list[Place]
    names: dict[str, list[tuple[str, str]]]


def _read(path: Path) -> _UserFile:
    try:
        con = connect(path)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
            places = [Place(*r) for r in con.execute(f"SELECT {', '.join(PLACE_COLUMNS)} FROM places")]
            names: dict[str, list[tuple[str, str]]] = {}
            for pid, name, lang in con.execute("SELECT place_id, name, lang FROM names"):
                names.setdefault(pid, []).append((name, lang))
        finally:
            con.close()
    except sqlite3.DatabaseError as e:
        raise GazetteerError(f"{path}: not a marsad gazetteer ({e})") from e
    return _UserFile(meta, places, names)


def _embedded_ids_and_sources() -> tuple[set[str], set[str]]:
    con = connect(EMBEDDED_PATH)
    try:
        ids = {pid for (pid,) in con.execute("SELECT id FROM places")}
        sources = {src for (src,) in con.execute("SELECT DISTINCT source FROM places")}
    finally:
        con.close()
    return ids, sources


def refresh_gazetteer(target: Path | None = None, force: bool = False) -> RefreshReport:
    """Rebuild the user's gazetteer on the shipped embedded default, keeping what was imported; a file
    already built on it is left as it is unless `force`."""
    target = target or settings().gazetteer_path
    if not target.is_file():
        raise GazetteerError(f"{target}: no user gazetteer; marsad uses the embedded default, which is "
                             "always current (nothing to refresh)")
    if not EMBEDDED_PATH.is_file():
        raise GazetteerError(f"{EMBEDDED_PATH} is missing (reinstall marsad or run scripts/build_gazetteer.py)")
    old = _read(target)
    base_before = old.meta.get("base_digest", old.meta.get("content_digest", ""))
    if base_before == embedded_digest() and not force:
        n = len(old.places)
        return RefreshReport(str(target), base_before, base_before, True, 0, 0, 0, 0, 0, n, n)
    ids, sources = _embedded_ids_and_sources()
    imported = [Record(p, old.names.get(p.id, []), i) for i, p in enumerate(old.places) if p.source not in sources]
    own = [p for p in old.places if p.id in ids]
    retired = sum(1 for p in old.places if p.source in sources and p.id not in ids)

    def change(con: sqlite3.Connection) -> tuple[int, int, int]:
        before = con.execute("SELECT COUNT(*) FROM names").fetchone()[0]
        for p in own:
            add_names(con, p.id, old.names.get(p.id, []))
            con.execute("UPDATE places SET admin2 = COALESCE(admin2, ?), admin2_ar = COALESCE(admin2_ar, ?), "
                        "geonames_id = COALESCE(geonames_id, ?) WHERE id = ?",
                        (p.admin2, p.admin2_ar, p.geonames_id, p.id))
        carried = con.execute("SELECT COUNT(*) FROM names").fetchone()[0] - before
        added, merged, _ = merge_records(con, imported)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('built_from', 'import')")
        con.execute("INSERT OR REPLACE INTO meta SELECT 'base_digest', value FROM meta WHERE key = 'content_digest'")
        if old.meta.get("imports"):
            con.execute("INSERT OR REPLACE INTO meta VALUES ('imports', ?)", (old.meta["imports"],))
        return added, merged, carried

    (added, merged, carried), total = rewrite(EMBEDDED_PATH, target, change)
    return RefreshReport(str(target), base_before, embedded_digest(), base_before == embedded_digest(),
                         len(imported), added, merged, carried, retired, len(old.places), total)
