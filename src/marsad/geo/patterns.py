"""The place patterns of `marsad/data/place_patterns.yaml`, compiled once.

`patterns()` returns a `Patterns` value: one clitic-aware matcher over every pattern word (type
words such as "مدينة", countryside "ريف", "قرب", directions, "وسط", distance units), the
countryside direction adjectives that follow a name ("ريف حلب الشمالي"), and the word lists that
guard resolution (names never matched, names matched only after a cue, heads of compound names,
words that are never a name).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from marsad import lexicon
from marsad.text.match import PhraseMatcher
from marsad.text.normalize import norm_key

FILE = "place_patterns.yaml"


@dataclass(frozen=True, slots=True)
class Cue:
    """One pattern word: what it says about the place that follows."""

    category: str  # type | countryside | near | direction | centre | unit
    term: str  # the normalized phrase
    kinds: tuple[str, ...] = ()
    precision: int = 1
    plural: bool = False
    unknown: bool = False  # an unknown name after it is still returned (unresolved)
    anchored: bool = False  # ... only when its sentence names a place to locate it at
    bearing: float | None = None
    offset_km: float = 0.0


@dataclass(frozen=True)
class Patterns:
    matcher: PhraseMatcher[Cue]
    cues: dict[str, Cue]
    countryside_directions: dict[str, tuple[float, float]]  # adjective → (bearing, offset km)
    direction_offsets: dict[str, tuple[float, int]]  # kind → (offset km, precision)
    name_heads: frozenset[str]
    not_names: frozenset[str]
    list_followers: frozenset[str]
    locatives: frozenset[str]
    joinable_heads: tuple[str, ...]
    cue_only: frozenset[str]
    locative_only: frozenset[str]
    adjective_endings: tuple[str, ...]  # "الشمالي", "الواقعتين": the endings of an adjective, no name's second word
    never_keys: frozenset[str]
    name_fixes: dict[int, frozenset[str]]
    site_heads: frozenset[str] = frozenset()  # "مسجد X": a site named after a place
    inside_links: frozenset[str] = frozenset()  # "حي X بـY": what puts a quarter inside the place after it

    def direction_offset(self, kind: str) -> tuple[float, int]:
        return self.direction_offsets.get(kind) or self.direction_offsets["default"]


def _terms(sect: str) -> list[str]:
    return [t for e in lexicon.section(FILE, sect) for t in e["ar_norm"]]


@cache
def patterns() -> Patterns:
    cues: dict[str, Cue] = {}
    for e in lexicon.section(FILE, "types"):
        for t in e["ar_norm"]:
            unknown = e.get("unknown", False)
            cues[t] = Cue("type", t, tuple(e["kinds"]), int(e["precision"]), bool(e.get("plural", False)),
                          bool(unknown), anchored=unknown == "anchored")
    for e in lexicon.section(FILE, "countryside"):
        for t in e["ar_norm"]:
            cues[t] = Cue("countryside", t, precision=int(e["precision"]), offset_km=float(e["offset_km"]))
        for t in e.get("plural_ar", []):
            k = norm_key(t)
            cues[k] = Cue("countryside", k, precision=int(e["precision"]), plural=True)
    for e in lexicon.section(FILE, "near"):
        for t in e["ar_norm"]:
            cues[t] = Cue("near", t, precision=2)
    for e in lexicon.section(FILE, "directions"):
        for t in e["ar_norm"]:
            cues[t] = Cue("direction", t, precision=2, bearing=float(e["bearing"]))
    for e in lexicon.section(FILE, "centre"):
        for t in e["ar_norm"]:
            cues[t] = Cue("centre", t, precision=1)
    for e in lexicon.section(FILE, "distance_units"):
        for t in e["ar_norm"]:
            cues[t] = Cue("unit", t)
    cs_dirs = {t: (float(e["bearing"]), float(e["offset_km"]))
               for e in lexicon.section(FILE, "countryside_directions") for t in e["ar_norm"]}
    offsets = {str(e["kind"]): (float(e["offset_km"]), int(e["precision"]))
               for e in lexicon.section(FILE, "direction_offsets")}
    never = set(_terms("never")) | set(cues) | set(cs_dirs)
    fixes = {int(e["geonames_id"]): frozenset(e["ar_norm"]) for e in lexicon.section(FILE, "name_fixes")}
    return Patterns(
        matcher=PhraseMatcher(cues.items(), shared=True),
        cues=cues,
        countryside_directions=cs_dirs,
        direction_offsets=offsets,
        name_heads=frozenset(_terms("name_heads")),
        not_names=frozenset(_terms("not_names")),
        list_followers=frozenset(_terms("list_followers")),
        locatives=frozenset(_terms("locatives")),
        joinable_heads=tuple(sorted(_terms("joinable_heads"), key=len, reverse=True)),
        cue_only=frozenset(_terms("cue_only")),
        locative_only=frozenset(_terms("locative_only")),
        adjective_endings=tuple(_terms("adjective_endings")),
        never_keys=frozenset(never),
        name_fixes=fixes,
        site_heads=frozenset(_terms("site_heads")),
        inside_links=frozenset(_terms("inside_links")),
    )
