"""Local aliases learnt from reviews: a place or an actor an analyst corrected, for the Arabic words
the article used, kept in `$MARSAD_HOME/aliases.json` and applied to later documents.

* A **place alias** maps the words of a location ("مزرعة الخضر") to the place the reviewer chose:
  a gazetteer id, or a point with its name, country and governorate. The gazetteer
  (`marsad.geo.gazetteer.default_gazetteer`) adds it to its names, ahead of the others.
* An **actor alias** maps the words of an actor to the canonical name the reviewer chose; the
  actor lexicon (`marsad.extract.mentions`) adds it to its phrases.

Keys are normalized by the one normalization of the text (`norm_key`), like every term of the
language data. `version()` changes with the file, so the cached matchers are rebuilt after a
review adds an alias. `marsad review export|import` moves the file between installations.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from marsad.config import Settings, settings
from marsad.errors import ConfigError
from marsad.text.normalize import norm_key

FILE_NAME = "aliases.json"
FORMAT = 1


@dataclass(frozen=True, slots=True)
class PlaceAlias:
    ar: str  # the article's words
    key: str  # norm_key(ar)
    name: str  # the place's English name
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    gazetteer_id: str | None = None
    by: str | None = None  # reviewer
    at: str | None = None  # ISO timestamp
    event: str | None = None  # the reviewed event or incident


@dataclass(frozen=True, slots=True)
class ActorAlias:
    ar: str
    key: str
    name: str  # canonical actor name
    by: str | None = None
    at: str | None = None
    event: str | None = None


@dataclass(frozen=True, slots=True)
class Aliases:
    places: tuple[PlaceAlias, ...] = ()
    actors: tuple[ActorAlias, ...] = ()

    def place(self, words: str) -> PlaceAlias | None:
        key = norm_key(words)
        return next((a for a in reversed(self.places) if a.key == key), None)

    def actor(self, words: str) -> ActorAlias | None:
        key = norm_key(words)
        return next((a for a in reversed(self.actors) if a.key == key), None)

    def to_json(self) -> dict[str, Any]:
        return {"format": FORMAT, "places": [asdict(a) for a in self.places],
                "actors": [asdict(a) for a in self.actors]}


def path() -> Path:
    return settings().home / FILE_NAME


NO_FILE = ("", 0.0, 0)  # the version of a home with no alias file


def version() -> tuple[str, float, int]:
    """Changes whenever the alias file does (path, mtime, size); cached readers key on it (asked
    for every document: one `os.stat` of the path's string, made once per settings)."""
    p = _path_of(settings())
    try:
        st = os.stat(p)
    except OSError:
        return NO_FILE  # (one key for every home without the file: the readers keyed on it are shared)
    return p, st.st_mtime_ns / 1e9, st.st_size


@lru_cache(maxsize=4)
def _path_of(s: Settings) -> str:
    return str(s.home / FILE_NAME)


def _place(d: dict[str, Any]) -> PlaceAlias:
    ar = str(d["ar"])
    return PlaceAlias(ar=ar, key=norm_key(ar), name=str(d["name"]), country=d.get("country"),
                      admin1=d.get("admin1"), admin2=d.get("admin2"),
                      latitude=float(d["latitude"]) if d.get("latitude") is not None else None,
                      longitude=float(d["longitude"]) if d.get("longitude") is not None else None,
                      gazetteer_id=d.get("gazetteer_id"), by=d.get("by"), at=d.get("at"), event=d.get("event"))


def _actor(d: dict[str, Any]) -> ActorAlias:
    ar = str(d["ar"])
    return ActorAlias(ar=ar, key=norm_key(ar), name=str(d["name"]), by=d.get("by"), at=d.get("at"),
                      event=d.get("event"))


def parse(data: Any, where: str) -> Aliases:
    """Aliases from their JSON form (ConfigError naming `where` when it is not one)."""
    if not isinstance(data, dict):
        raise ConfigError(f"{where}: not an alias file (a JSON object with 'places' and 'actors')")
    try:
        places = tuple(_place(d) for d in data.get("places") or [])
        actors = tuple(_actor(d) for d in data.get("actors") or [])
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ConfigError(f"{where}: invalid alias entry ({e})") from e
    return Aliases(tuple(a for a in places if a.key), tuple(a for a in actors if a.key))


@lru_cache(maxsize=4)  # (the versions of a few files: an edited file's older versions are let go)
def _read(p: str, _mtime: float, _size: int) -> Aliases:
    if not p:
        return Aliases()
    try:
        data = json.loads(Path(p).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Aliases()
    except (OSError, ValueError) as e:
        raise ConfigError(f"{p}: cannot read the local aliases: {e}") from e
    return parse(data, p)


def load() -> Aliases:
    """The local aliases (empty when there is no file); cached per file version."""
    return _read(*version())


def save(aliases: Aliases) -> None:
    """Write the alias file atomically (a temporary file renamed over it)."""
    p = path()
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".aliases-", suffix=".json", dir=str(p.parent))
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(aliases.to_json(), f, ensure_ascii=False, indent=1)
    os.replace(tmp, p)


def merge(base: Aliases, more: Aliases) -> tuple[Aliases, int]:
    """`base` with the aliases of `more` added; an alias for the same key replaces the earlier
    one. Returns the result and how many aliases were added or changed."""
    places = {a.key: a for a in base.places}
    actors = {a.key: a for a in base.actors}
    changed = 0
    for pa in more.places:
        if places.get(pa.key) != pa:
            places[pa.key] = pa
            changed += 1
    for aa in more.actors:
        if actors.get(aa.key) != aa:
            actors[aa.key] = aa
            changed += 1
    return Aliases(tuple(places.values()), tuple(actors.values())), changed


def add_place(alias: PlaceAlias) -> None:
    merged, changed = merge(load(), Aliases(places=(alias,)))
    if changed:
        save(merged)


def add_actor(alias: ActorAlias) -> None:
    merged, changed = merge(load(), Aliases(actors=(alias,)))
    if changed:
        save(merged)
