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
import weakref
from collections import Counter
from itertools import pairwise
from typing import NamedTuple

from rapidfuzz import fuzz

from marsad.geo.gazetteer import Gazetteer, Place
from marsad.geo.items import Item, point_of
from marsad.geo.patterns import Patterns, patterns
from marsad.geo.scoring import Local, fast_km, minor

# (one character class first, then the branches: the regular expression engine skips ahead to the
# next candidate character itself; the same matches as "[.!؟?؛]+(?=\s|$)|\n")
_SENTENCE_END = re.compile(r"[\n.!؟?؛](?:(?<=\n)|[.!؟?؛]*(?=\s|$))")
_BREAK = re.compile(r"[.!؟?؛\n]")
_WORD = re.compile(r"\w+")
SMALL_KINDS = frozenset({"village", "neighbourhood", "town", "area"})
NEIGHBOURHOOD = "neighbourhood"
FOCUS_MENTIONS = 3  # times a document names its country before a place of another it never names is doubted
NAMESAKE_KINDS = frozenset({"city", "town", "village", "district", "subdistrict", "neighbourhood", "area"})
INSIDE_CHARS = 6  # "حي X[ في ]Y": the word that puts a quarter inside the next
# How far from a named place a village of the same sentence may lie, by the kind of that place.
REACH_KM: dict[str, float] = {
    "village": 25.0, "neighbourhood": 25.0, "town": 35.0, "city": 45.0, "district": 50.0,
    "subdistrict": 40.0, "area": 35.0, "mountain": 40.0, "governorate": 120.0,
}
SITE_REACH_KM = 30.0
FAR_KM = 300.0  # a notable town this far from the place its sentence ties it to is a namesake
TIED_NEAR_KM = 80.0  # … this far, across a border, from the place whose surroundings it is said to lie in
TIE_CHARS = 40  # how close after a name the place it is tied to is named
NEAR_CHARS = 120  # an unknown name is located at a place of its sentence this close …
BEFORE_CHARS = 300  # … or at the last place named this shortly before it in its paragraph
NEAR_FUZZY_KM = 30.0  # an unknown name is compared with the names of places this close …
NEAR_FUZZY_SCORE = 88.0  # … and taken for one at this rapidfuzz score


class Anchor(NamedTuple):
    """A resolved place of a sentence (a named tuple: the anchors are made again after every
    change of the document's places, several times per document)."""

    item: int  # the index of its item
    start: int
    end: int
    key: str
    place: Place
    latitude: float  # the mention's point ("ريف حلب الشمالي" lies north of Aleppo)
    longitude: float
    precision: int
    reach_km: float
    relational: bool  # "قرب X", "جنوب X", "ريف X": the mention names surroundings

    @property
    def coarse(self) -> bool:
        return self.place.kind in {"country", "region"}


def sentence_starts(text: str) -> list[int]:
    """Offsets where the sentences of `text` start (the first is 0)."""
    return [0] + [m.end() for m in _SENTENCE_END.finditer(text)]


def assign_sentences(text: str, items: list[Item]) -> None:
    starts = sentence_starts(text)
    for it in items:
        it.sentence = bisect.bisect_right(starts, it.name_start) - 1


def anchors_by_sentence(items: list[Item], points: list[tuple[float, float, int]]) -> dict[int, list[Anchor]]:
    """The resolved places of each sentence (countries and regions are `coarse` anchors: they only
    stop an unknown name from being located at another place of the sentence)."""
    out: dict[int, list[Anchor]] = {}
    for i, it in enumerate(items):
        p = it.place
        if p is None or it.host or _bare_unplaced(it, p):
            continue
        lat, lon, prec = points[i]
        chain = it.chain
        reach = REACH_KM.get(p.kind, SITE_REACH_KM)
        if p.kind == "city" and p.population >= 500_000:
            reach += 15.0
        relational = False
        if chain is not None:
            countryside, direction = chain.of("countryside"), chain.of("direction")
            relational = countryside is not None or direction is not None or chain.of("near") is not None
            if countryside is not None:
                reach += 30.0
            if direction is not None:
                reach += 40.0  # "شمال أربيل" reaches far
        out.setdefault(it.sentence, []).append(
            Anchor(i, it.start, it.end, it.key, p, lat, lon, prec, reach, relational))
    return out


def local_points(text: str, i: int, items: list[Item], anchors: dict[int, list[Anchor]]) -> Local:
    """The points of the places the item's sentence ties it to (its list, the place named right
    after it), of the sentence's other places (never the same name again), and the countries of
    the former."""
    it = items[i]
    others = [a for a in anchors.get(it.sentence, ()) if a.item != i and a.key != it.key and not a.coarse]
    tied = _tied(text, it, items, others)
    # the mention's point: "قرية المنطار بريف حلب الجنوبي" is tied to the countryside south of Aleppo
    return ([(a.latitude, a.longitude) for a in tied],
            [(a.place.latitude, a.place.longitude) for a in others if a not in tied],
            frozenset(a.place.country_code for a in tied if a.place.country_code))


def typed_small(it: Item) -> bool:
    """A name after a type word for villages, towns, neighbourhoods or areas, or listed after one."""
    t = it.chain.of("type") if it.chain else None
    return t is not None and bool(SMALL_KINDS & set(t.kinds))


def reject_namesakes(text: str, items: list[Item], anchors: dict[int, list[Anchor]]) -> bool:
    """Drop the place of a typed small name that lies far from the places around it: a minor place
    (a village of the imported data) beyond the reach of every place of its sentence and of the
    sentences beside it in its paragraph; a notable town FAR_KM from the places its sentence ties
    it to (its list, the place named right after it: "الحسينية، شمالي بغداد"); a misspelling
    beyond twice the reach of them; a minor place named after a locative word, beyond the reach of
    the place it is tied to ("على تل [عنتر] في ريف درعا"). Returns whether any was dropped."""
    dropped = False
    for i, it in enumerate(items):
        p = it.place
        if p is None:
            continue
        if _bare_unplaced(it, p):
            # "استعادت القوات X قرب إدلب": a village named without a locative word stands only
            # where the place named right after it vouches for it (else a person: "ويشرح خليل")
            vouching = [a for a in anchors.get(it.sentence, ()) if a.item != i and not a.coarse and not minor(a.place)]
            if not any(_within(p, a) for a in _tied(text, it, items, vouching)):
                it.place, dropped = None, True
            continue
        others = [a for a in anchors.get(it.sentence, ()) if a.item != i and a.key != it.key and not a.coarse]
        tied = _tied(text, it, items, others)
        if it.chain is None and not it.listed and minor(p):
            # "سيطرت الفصائل على تل عنتر في ريف درعا الغربي": a village after a locative
            # word, tied to a place far from it, is a namesake of the place meant
            if tied and not any(_within(p, a) for a in tied):
                it.place, it.namesake, dropped = None, True, True
            continue
        # the place named right after it (list members are named for themselves: "بلدتي النخيب
        # والعلم" may span a governorate)
        after = [a for a in tied if it.group < 0 or items[a.item].group != it.group]
        if _abroad(p, after) or _city_named_as_a_quarter(it, p, others):
            it.place, it.namesake, dropped = None, True, True  # "منطقة السيدة زينب وسط قضاء سنجار"
            continue
        # (a quarter named whole, its type word in its name: "حي المنصور غربي الموصل" is no Baghdad quarter)
        small = typed_small(it) or p.kind == NEIGHBOURHOOD
        if not others or not (it.fuzzy or (small and p.kind in SMALL_KINDS and p.population < 50_000)):
            continue
        if it.fuzzy:  # a misspelling is read as a place near the others, or not at all
            if any(_within(p, a, 2.0) for a in tied or others):
                continue
        elif minor(p):
            around = [a for k in (it.sentence - 1, it.sentence + 1) for a in anchors.get(k, ())
                      if not a.coarse and a.key != it.key and "\n" not in text[min(a.start, it.start):max(a.end, it.end)]]
            # only notable places vouch for a minor one (two namesakes never vouch for each other)
            if any(_within(p, a) for a in others + around if not minor(a.place)):
                continue
        elif not after or any(fast_km(p.latitude, p.longitude, a.latitude, a.longitude) < FAR_KM for a in after):
            continue  # a notable town: only the place named right after it can call it a namesake
        it.place, it.namesake, dropped = None, True, True
    return dropped


def _city_named_as_a_quarter(it: Item, p: Place, others: list[Anchor]) -> bool:
    """"حي الجيزة البحرية، آخر معاقل التنظيم في مدينة سرت": a name after the word of a quarter that
    the gazetteer knows only as a town or city in another country, FAR_KM from every place of its
    sentence, is a quarter of the city named there, not that town."""
    t = it.chain.of("type") if it.chain else None
    return t is not None and t.kinds == (NEIGHBOURHOOD,) and p.kind != NEIGHBOURHOOD and bool(others) and all(
        a.place.country_code not in (None, p.country_code)
        and fast_km(p.latitude, p.longitude, a.latitude, a.longitude) >= FAR_KM for a in others)


def _abroad(p: Place, after: list[Anchor]) -> bool:
    """"منطقة السيدة زينب وسط قضاء سنجار": a name tied to the place named right after it, which lies
    in another country and FAR_KM away (TIED_NEAR_KM when it names the surroundings of that place:
    "قرية دوما جنوب نابلس"), is a namesake of a place we do not know."""
    return p.kind not in ("country", "region") and bool(after) and all(
        a.place.country_code not in (None, p.country_code)
        and fast_km(p.latitude, p.longitude, a.latitude, a.longitude) >= (TIED_NEAR_KM if a.relational else FAR_KM)
        for a in after)


def _bare_unplaced(it: Item, p: Place) -> bool:
    """A minor place named bare, not listed and without a locative word before it."""
    return it.chain is None and not it.listed and not it.locative and minor(p)


def _tied(text: str, it: Item, items: list[Item], others: list[Anchor]) -> list[Anchor]:
    """The places a name is tied to: resolved members of its list, and the place named right
    after it or its list ("X، شمالي بغداد", "X قرب الموصل", "X في ريف Y")."""
    mates = [a for a in others if it.group >= 0 and items[a.item].group == it.group]
    end = _group_ends(items)[it.group] if it.group >= 0 else it.end
    after = [a for a in others if a.start >= end and a.start - end <= TIE_CHARS
             and items[a.item].group != it.group and _tight(text[end:a.start])]
    return mates + sorted(after, key=lambda a: a.start)[:1]


_GROUP_ENDS: list[tuple[list[Item], int, dict[int, int]]] = []


def _group_ends(items: list[Item]) -> dict[int, int]:
    """The end of each list of names (group → end of its last name), computed once per item list
    (asking it name by name made long documents quadratic)."""
    if _GROUP_ENDS and _GROUP_ENDS[0][0] is items and _GROUP_ENDS[0][1] == len(items):
        return _GROUP_ENDS[0][2]
    ends: dict[int, int] = {}
    for o in items:
        if o.group >= 0:
            ends[o.group] = max(ends.get(o.group, o.end), o.end)
    _GROUP_ENDS[:] = [(items, len(items), ends)]
    return ends


def _tight(gap: str) -> bool:
    """Whether the words between a name and the place after it tie the two: nothing, a comma, or
    up to three locative words ("في", "القريبة من" …), no verb and no sentence end; the first of
    them may be the rest of a longer name ("تل الشيخ [حسين] في ريف درعا")."""
    if _BREAK.search(gap):
        return False
    words = _WORD.findall(gap)
    if len(words) > 3:
        return False
    pats = patterns()
    ok = pats.locatives | pats.list_followers
    if len(words) > 1 and "،" not in gap and gap[:1] == " " and _tying(words[1], ok):
        words = words[1:]
    return all(_tying(w, ok) for w in words)


def _tying(w: str, ok: frozenset[str]) -> bool:
    return w in ok or (w[:1] in "وفبل" and w[1:] in ok) or w in "وفبل"


def _within(p: Place, a: Anchor, factor: float = 1.0) -> bool:
    if a.place.kind == "governorate" and p.admin1 and a.place.admin1:
        return p.admin1 == a.place.admin1
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
    same = [a for a in anchors.get(it.sentence, ()) if a.item != i]
    fine = [a for a in same if not a.coarse]
    # A resolved member of its own list: "قريتي دويزات والحود".
    mates = [a for a in fine if it.group >= 0 and items[a.item].group == it.group]
    if mates:
        return min(mates, key=lambda a: abs(a.start - it.start))
    # The place named right after the name or its list: "X قرب الموصل", "X جنوب مدينة Y",
    # "X في محافظة ديالى" (a precise place of that governorate named in the sentence first),
    # "X شرقي سوريا" (the region, precision 3), but not a country ("مدينة سوسة بتونس").
    end = _group_ends(items)[it.group] if it.group >= 0 else it.end
    after = sorted((a for a in same if a.start >= end and a.start - end <= 1.5 * TIE_CHARS
                    and items[a.item].group != it.group and _tight(text[end:a.start])),
                   key=lambda a: a.start)
    if after:
        a = after[0]
        if a.place.kind == "country":
            return None
        if a.place.kind == "governorate":
            inside = [b for b in fine if b.precision <= 2 and b.place.admin1 == a.place.admin1]
            return min(inside, key=lambda b: abs(b.start - it.start)) if inside else a
        return a
    # The nearest precise place of the sentence, or the last one of the paragraph before it
    # (for villages and areas: an unknown "مدينة X" untied to a place is a city elsewhere).
    t = it.chain.of("type") if it.chain else None
    if t is None or not {"village", "neighbourhood", "area"} & set(t.kinds):
        return None
    near = [a for a in fine if a.precision <= 2 and min(abs(a.start - it.end), abs(it.start - a.end)) <= NEAR_CHARS]
    if near:
        return min(near, key=lambda a: min(abs(a.start - it.end), abs(it.start - a.end)))
    para = text.rfind("\n", 0, it.start) + 1
    before = [a for s in range(it.sentence - 1, -1, -1) for a in anchors.get(s, ())
              if para <= a.start and it.start - a.end <= BEFORE_CHARS and not a.coarse and a.precision <= 2]
    if before:
        return max(before, key=lambda a: a.start)
    return None


def match_near_anchors(text: str, items: list[Item], anchors: dict[int, list[Anchor]], g: Gazetteer) -> None:
    """An unknown name after a type word may be a place near the places its sentence names, spelt
    otherwise ("الدواية" / "الدوية"): compare it (without article and spaces) with the names of the
    places within NEAR_FUZZY_KM of them (rapidfuzz ratio, same first letter, length within two)
    and take the closest at NEAR_FUZZY_SCORE or more."""
    for i, it in enumerate(items):
        if it.chain is None or it.chain.of("type") is None:
            continue
        here = [a for a in anchors.get(it.sentence, ()) if a.item != i and not a.coarse]
        if not here:
            continue
        p0 = it.place
        if p0 is not None:
            # a minor place far from the places its sentence ties it to may be another spelling of
            # one near them ("بلدتي الفوعة وكفرية": Kafriya, not the Kafriyah of Latakia)
            tied = [a for a in _tied(text, it, items, here) if not minor(a.place)]
            if not (minor(p0) and tied and all(fast_km(p0.latitude, p0.longitude, a.latitude,
                                                        a.longitude) > REACH_KM["village"] for a in tied)):
                continue
            here = tied
        core = _core(it.key)
        if len(core) < 4:
            continue
        best: tuple[float, float, Place] | None = None
        seen: set[str] = set()  # the places of the anchors before (each is compared once, by its first name)
        for k, a in enumerate(here):
            pids, by_letter = _near_names(g, a.place)
            for pid, other, p in by_letter.get(core[0], ()):
                if pid in seen or pid == a.place.id or abs(len(other) - len(core)) > 2:
                    continue
                score = fuzz.ratio(core, other)
                if score >= NEAR_FUZZY_SCORE and (best is None or (score, p.importance) > best[:2]):
                    best = (score, p.importance, p)
            if k + 1 < len(here):
                seen |= pids - {a.place.id}
        if best is not None:
            it.place, it.fuzzy, it.fuzzy_ratio, it.namesake = best[2], True, best[0], False


_NearNames = tuple[frozenset[str], dict[str, list[tuple[str, str, Place]]]]
_NEAR_NAMES: weakref.WeakKeyDictionary[Gazetteer, dict[str, _NearNames]] = weakref.WeakKeyDictionary()


def _near_names(g: Gazetteer, place: Place) -> _NearNames:
    """The places within NEAR_FUZZY_KM of a place (`Gazetteer.near`): their ids, and each by the
    first name `near` gives for it as (id, `_core` of that name, place), grouped by the first
    letter of the core, in `near`'s order. Remembered per place (anchors come back)."""
    memo = _NEAR_NAMES.get(g)
    if memo is None:
        memo = _NEAR_NAMES.setdefault(g, {})
    hit = memo.get(place.id)
    if hit is not None:
        return hit
    first: dict[str, tuple[str, str, Place]] = {}
    for key, p in g.near(place.latitude, place.longitude, NEAR_FUZZY_KM):
        if p.id not in first:
            first[p.id] = (p.id, _core(key), p)
    by_letter: dict[str, list[tuple[str, str, Place]]] = {}
    for entry in first.values():
        if entry[1]:
            by_letter.setdefault(entry[1][0], []).append(entry)
    if len(memo) >= 1024:
        memo.clear()
    found = (frozenset(first), by_letter)
    memo[place.id] = found
    return found


def _core(key: str) -> str:
    """A name without its article and spaces, its last long vowel or ة folded ("ال بو عيثه" →
    "بوعيثه", "كفريا" and "كفرية" → "كفريه")."""
    key = key[2:] if key.startswith("ال") else key
    key = key.replace(" ", "")
    return key[:-1] + "ه" if len(key) > 3 and key[-1] in "اي" else key


def place_in_host_city(text: str, items: list[Item]) -> None:
    """"حي X" that the gazetteer lacks, or knows only as something else or far away, lies in the city
    its sentence (or the document) names."""
    cities = [o for o in items if o.place is not None and o.place.kind in {"city", "town"} and not o.host]
    for it in items:
        t = it.chain.of("type") if it.chain else None
        if t is None or t.kinds != (NEIGHBOURHOOD,):
            continue
        inside = _quarter_it_lies_in(text, it, items)
        if not (cities or inside):
            continue
        near = [o for o in cities if o is not it and 0 <= o.start - it.end <= 120 and not _BREAK.search(text[it.end:o.start])]
        near = inside + near
        near = near or [o for o in cities if o is not it and 0 <= it.start - o.end <= 120
                        and not _BREAK.search(text[o.end:it.start])]
        p = it.place
        if p is not None and p.kind == "city":
            continue  # "أحياء الرمادي": the city's neighbourhoods
        host_near = [o.place for o in near if o.place is not None]
        if p is not None and host_near:
            limit = 30.0 if p.kind == "neighbourhood" else 10.0
            if any(fast_km(p.latitude, p.longitude, h.latitude, h.longitude) < limit for h in host_near):
                continue
        if p is not None and p.kind == "neighbourhood" and not host_near:
            continue
        # else the last city its sentence names before it, however far ("وفي الحسكة ...، ... في حيي X وY")
        own = [o.place for o in cities if o is not it and o.end <= it.start and o.place is not None
               and not _BREAK.search(text[o.end:it.start])]
        if host_near or own:
            host = (host_near or own[-1:])[0]
        else:
            counts = Counter(o.place.id for o in cities if o.place is not None and o is not it)
            if not counts:
                continue
            top = counts.most_common(1)[0][0]
            host = next(o.place for o in cities if o.place is not None and o.place.id == top)
        it.place, it.host, it.anchor, it.anchor_point = host, True, None, None


def unknown_name_runs_on(text: str, items: list[Item]) -> None:
    """"حي جداري بولو": a bare name right after a typed name the gazetteer lacks is that name's
    next word (the quarter of Maiduguri, not Turkey's Bolu), when its country is named by no other
    place of the document."""
    for prev, it in pairwise(items):
        if prev.place is None and prev.chain is not None and prev.chain.of("type") is not None and it.chain is None \
                and it.place is not None and text[prev.end:it.start] == " " and not _land_named_otherwise(it.place, it, items):
            it.place = None


def abroad_namesakes(items: list[Item]) -> None:
    """"دهمت قوات الأمن منزلا في منطقة الرقة" in an article on Kuwait: a bare name, or one typed as an
    area, of a town or a district in a country no other place of the document lies in, where the
    document names another country again and again (`FOCUS_MENTIONS` times) and never this one, is
    a namesake of a place the gazetteer lacks."""
    countries = Counter(it.place.country_code for it in items if it.place is not None and it.place.kind == "country")
    if not countries or countries.most_common(1)[0][1] < FOCUS_MENTIONS:
        return
    for it in items:
        p = it.place
        t = it.chain.of("type") if it.chain else None
        if p is not None and p.kind in NAMESAKE_KINDS and p.country_code not in countries \
                and (t is None or "area" in t.kinds) and not _land_named_otherwise(p, it, items):
            it.place, it.namesake = None, True


def _land_named_otherwise(p: Place, it: Item, items: list[Item]) -> bool:
    """Another place of the document lies in the country of `p`."""
    return any(o is not it and o.place is not None and o.place.country_code == p.country_code for o in items)


def _quarter_it_lies_in(text: str, it: Item, items: list[Item]) -> list[Item]:
    """"حي المنشية بدرعا البلد": the quarter named right after a quarter, past a word that puts it
    inside (`inside_links`), holds it."""
    links = patterns().inside_links
    return [o for o in items if o is not it and o.place is not None and o.place.kind == NEIGHBOURHOOD and not o.host
            and 0 < o.start - it.end <= INSIDE_CHARS and len(w := text[it.end:o.start].split()) == 1 and w[0] in links]


def mention_points(items: list[Item], pats: Patterns) -> list[tuple[float, float, int]]:
    """Each item's point and precision (resolved items only; (0, 0, 0) for the others)."""
    out: list[tuple[float, float, int]] = []
    for it in items:
        p = it.place
        if p is None:
            out.append((0.0, 0.0, 0))
            continue
        if it.point is None or it.point[0] != p.id:
            it.point = (p.id, *point_of(it, pats))
        out.append(it.point[1:])
    return out
