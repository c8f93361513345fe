"""The places a sentence names, and what they tell about its other names.

A sentence's resolved places (its anchors) decide three things:

- namesakes: a village after a type word ("قريتي X وY") whose only gazetteer entries lie far from
  every place of its sentence is another village of the same name: it is dropped as a namesake
  and treated as unknown;
- unknown names: a village the gazetteer lacks ("قرية تل شعير"), or whose entries were namesakes,
  is located at the place its sentence ties it to: a resolved member of its own list, else the place
  named right after it ("قرب الموصل", "جنوب مدينة X", "بريف Y"), else the nearest place of the
  sentence, else the last precise place before it in the paragraph; geo_precision 2 (ACLED codes
  an unknown village at the nearest known town, precision 2);
- neighbourhoods: "حي X" that the gazetteer lacks, or knows only far away, lies in the city its
  sentence (or the document) names: ACLED codes it at that city, precision 1.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from marsad.geo.gazetteer import Place
from marsad.geo.items import Item
from marsad.geo.patterns import Patterns
from marsad.geo.scoring import fast_km, minor

_SENTENCE_END = re.compile(r"[.!؟?؛]+(?=\s|$)|\n")
_BREAK = re.compile(r"[.!؟?؛\n]")
SMALL_KINDS = frozenset({"village", "neighbourhood", "town", "area"})
# How far from a named place a village of the same sentence may lie, by the kind of that place.
REACH_KM: dict[str, float] = {
    "village": 25.0, "neighbourhood": 25.0, "town": 35.0, "city": 45.0, "district": 50.0,
    "subdistrict": 40.0, "area": 35.0, "mountain": 40.0, "governorate": 120.0,
}
SITE_REACH_KM = 30.0
FAR_KM = 300.0  # a notable town this far from the place its sentence ties it to is a namesake
TIE_CHARS = 40  # how close after a name the place it is tied to is named


@dataclass(frozen=True, slots=True)
class Anchor:
    """A resolved place of a sentence."""

    index: int  # of its item
    start: int
    end: int
    key: str
    place: Place
    latitude: float  # the mention's point ("ريف حلب الشمالي" lies north of Aleppo)
    longitude: float
    precision: int
    reach_km: float
    relational: bool  # "قرب X", "جنوب X", "ريف X": the mention names surroundings


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of `text` start (the first is 0)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def assign_sentences(text: str, items: list[Item]) -> None:
    starts = sentence_starts(text)
    for it in items:
        it.sentence = bisect.bisect_right(starts, it.name_start) - 1


def anchors_by_sentence(items: list[Item], points: list[tuple[float, float, int]]) -> dict[int, list[Anchor]]:
    """The resolved places of each sentence (countries and regions excluded)."""
    out: dict[int, list[Anchor]] = {}
    for i, it in enumerate(items):
        p = it.place
        if p is None or p.kind in {"country", "region"} or it.host:
            continue
        lat, lon, prec = points[i]
        chain = it.chain
        relational = chain is not None and any(chain.of(c) for c in ("near", "direction", "countryside"))
        reach = REACH_KM.get(p.kind, SITE_REACH_KM)
        if p.kind == "city" and p.population >= 500_000:
            reach += 15.0
        if chain is not None and chain.of("countryside"):
            reach += 30.0
        out.setdefault(it.sentence, []).append(
            Anchor(i, it.start, it.end, it.key, p, lat, lon, prec, reach, relational))
    return out


def local_points(it: Item, anchors: dict[int, list[Anchor]]) -> list[tuple[float, float]]:
    """The points of the other places of the item's sentence (not the same name again)."""
    return [(a.place.latitude, a.place.longitude) for a in anchors.get(it.sentence, ())
            if a.key != it.key and a.start != it.start]


def typed_small(it: Item) -> bool:
    """A name after a type word for villages, towns, neighbourhoods or areas, or listed after one."""
    t = it.chain.of("type") if it.chain else None
    return t is not None and bool(SMALL_KINDS & set(t.kinds))


def reject_namesakes(text: str, items: list[Item], anchors: dict[int, list[Anchor]]) -> bool:
    """Drop the place of a typed small name that lies beyond the reach of the places its sentence
    ties it to (its list, the place named right after it: "الحسينية، شمالي بغداد"), or, for a
    minor place, of every place its sentence names; returns whether any was dropped."""
    dropped = False
    for i, it in enumerate(items):
        p = it.place
        if p is None or not (it.fuzzy or (typed_small(it) and p.kind in SMALL_KINDS and p.population < 50_000)):
            continue
        others = [a for a in anchors.get(it.sentence, ()) if a.index != i and a.key != it.key]
        if not others:
            continue
        tied = _tied(text, it, items, others)
        if it.fuzzy:  # a misspelling is read as a place near the others, or not at all
            if any(_within(p, a, 2.0) for a in tied or others):
                continue
        elif minor(p):
            pool = tied or others
            if any(_within(p, a) for a in pool):
                continue
        elif not tied or any(fast_km(p.latitude, p.longitude, a.latitude, a.longitude) < FAR_KM for a in tied):
            continue
        it.place, it.namesake, dropped = None, True, True
    return dropped


def _tied(text: str, it: Item, items: list[Item], others: list[Anchor]) -> list[Anchor]:
    """The places a name is tied to: resolved members of its list, and the place named right
    after it or its list ("X، شمالي بغداد", "X قرب الموصل", "X في ريف Y")."""
    mates = [a for a in others if it.group >= 0 and items[a.index].group == it.group]
    end = max(o.end for o in items if o.group == it.group) if it.group >= 0 else it.end
    after = [a for a in others if a.start >= end and a.start - end <= TIE_CHARS
             and items[a.index].group != it.group and not _BREAK.search(text[end:a.start])]
    return mates + sorted(after, key=lambda a: a.start)[:1]


def _within(p: Place, a: Anchor, factor: float = 1.0) -> bool:
    if a.place.kind == "governorate" and p.admin1 and p.admin1 == a.place.admin1:
        return True
    return fast_km(p.latitude, p.longitude, a.place.latitude, a.place.longitude) <= a.reach_km * factor


def place_unknowns(text: str, items: list[Item], anchors: dict[int, list[Anchor]]) -> None:
    """Locate each unknown typed name at the place its sentence (or paragraph) ties it to."""
    for i, it in enumerate(items):
        if it.place is not None or it.chain is None:
            continue
        a = _anchor_for(text, i, it, items, anchors)
        if a is None:
            continue
        prec = 2 if a.precision <= 2 else a.precision
        it.anchor, it.anchor_point = a.place, (a.latitude, a.longitude, prec)


def _anchor_for(text: str, i: int, it: Item, items: list[Item], anchors: dict[int, list[Anchor]]) -> Anchor | None:
    same = [a for a in anchors.get(it.sentence, ()) if a.index != i]
    if same:
        # A resolved member of its own list: "قريتي دويزات والحود".
        mates = [a for a in same if it.group >= 0 and items[a.index].group == it.group]
        if mates:
            return min(mates, key=lambda a: abs(a.start - it.start))
        # The place named right after the name or its list: "X قرب الموصل", "X جنوب مدينة Y".
        end = max(o.end for o in items if o.group == it.group) if it.group >= 0 else it.end
        after = [a for a in same if a.start >= end and a.start - end <= 60 and a.precision <= 2]
        if after:
            return min(after, key=lambda a: a.start)
        precise = [a for a in same if a.precision <= 2] or same
        return min(precise, key=lambda a: min(abs(a.start - it.end), abs(it.start - a.end)))
    # The last precise place before it in its paragraph.
    para = text.rfind("\n", 0, it.start) + 1
    before = [a for s in range(it.sentence - 1, -1, -1) for a in anchors.get(s, ())
              if para <= a.start < it.start and a.precision <= 2]
    if before:
        return max(before, key=lambda a: a.start)
    return None


def place_in_host_city(text: str, items: list[Item]) -> None:
    """"حي X" that the gazetteer lacks, or knows only as something else or far away, lies in the city
    its sentence (or the document) names."""
    cities = [o for o in items if o.place is not None and o.place.kind in {"city", "town"} and not o.host]
    for it in items:
        t = it.chain.of("type") if it.chain else None
        if t is None or t.kinds != ("neighbourhood",) or not cities:
            continue
        near = [o for o in cities if o is not it and 0 <= o.start - it.end <= 120 and not _BREAK.search(text[it.end:o.start])]
        near = near or [o for o in cities if o is not it and 0 <= it.start - o.end <= 120
                        and not _BREAK.search(text[o.end:it.start])]
        p = it.place
        host_near = [o.place for o in near if o.place is not None]
        if p is not None and host_near:
            limit = 30.0 if p.kind == "neighbourhood" else 10.0
            if any(fast_km(p.latitude, p.longitude, h.latitude, h.longitude) < limit for h in host_near):
                continue
        if p is not None and p.kind == "neighbourhood" and not host_near:
            continue
        if host_near:
            host = host_near[0]
        else:
            counts = Counter(o.place.id for o in cities if o.place is not None and o is not it)
            if not counts:
                continue
            top = counts.most_common(1)[0][0]
            host = next(o.place for o in cities if o.place is not None and o.place.id == top)
        it.place, it.host, it.anchor, it.anchor_point = host, True, None, None


def mention_points(items: list[Item], pats: Patterns) -> list[tuple[float, float, int]]:
    """Each item's point and precision (resolved items only; (0, 0, 0) for the others)."""
    from marsad.geo.resolve import point_of

    return [point_of(it, pats) if it.place is not None else (0.0, 0.0, 0) for it in items]
