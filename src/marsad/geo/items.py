"""The values place resolution works with: the document's context, the public `PlaceMention`, and
the chains of pattern words and mentions-in-progress that `marsad.geo.resolve` builds, and the
point an item stands for (`point_of`, shared by resolution and the sentence anchors)."""

from __future__ import annotations

from dataclasses import dataclass, field

from marsad.geo.gazetteer import SETTLEMENT_KINDS, Place, offset_point
from marsad.geo.patterns import Cue, Patterns


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
    """One place mention. `place` is None for a name the gazetteer lacks (or only knows as a
    far-away namesake); such a mention is still located when its sentence names a place to anchor
    it ("قرية X قرب الموصل"): then `anchor` is that place, the point is the anchor's and
    geo_precision is 2 (or 3 when the anchor is a governorate)."""

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
    anchor: Place | None = None  # the place an unknown name was located at
    distance_km: float | None = None  # "على بعد 200 كم شمال بغداد": a point told by its distance from `place`

    @property
    def name(self) -> str:
        return self.text[self.name_start - self.start:self.name_end - self.start]


TOWN_KINDS = SETTLEMENT_KINDS - {"neighbourhood"}  # the places whose neighbourhoods a name may be of


@dataclass
class Chain:
    """Pattern words before a name: what they ask of it."""

    start: int
    end: int
    cues: list[Cue]
    distance_km: float | None = None
    _first: tuple[int, dict[str, Cue]] | None = field(default=None, repr=False, compare=False)

    def of(self, category: str) -> Cue | None:
        """The first cue of a category ("near", "countryside", "direction" …); of two type words the
        last, the one the name is of ("أحياء مدينة درعا": the city of Daraa, whose neighbourhoods)."""
        if self._first is None or self._first[0] != len(self.cues):
            first: dict[str, Cue] = {}
            for c in self.cues:
                if c.category == "type" and "type" in first and set(c.kinds) <= TOWN_KINDS:
                    first["type"] = c  # the settlement the name is of, after a part of it
                first.setdefault(c.category, c)
            self._first = (len(self.cues), first)
        return self._first[1].get(category)

    @property
    def unknown_ok(self) -> bool:
        """Whether an unknown name after this chain is still a mention ("قرية X")."""
        return any(c.category == "type" and c.unknown for c in self.cues)

    @property
    def anchored_only(self) -> bool:
        """An unknown name after this chain is a mention only where its sentence locates it
        ("مناطق الشيحة والدواية شرق الرمادي"), never alone ("منطقة عازلة")."""
        t = self.of("type")
        return t is not None and t.unknown and t.anchored

    @property
    def label(self) -> str:
        return "+".join(f"{c.category}:{c.term}" for c in self.cues if c.category != "unit")


@dataclass
class Item:
    """A mention being resolved."""

    start: int
    end: int
    name_start: int
    name_end: int
    key: str
    candidates: list[Place]
    chain: Chain | None
    after_dir: tuple[str, float, float] | None = None  # countryside adjective: (term, bearing, km)
    fuzzy: bool = False
    weak_prefix: bool = False
    host: bool = False  # placed in the city around it ("حي X" unknown)
    listed: bool = False  # in a list right after another place ("الفوعة وكفريا")
    locative: bool = True  # a bare name after "في", "من", "إلى" … or with the clitic ب or ل
    fuzzy_ratio: float = 100.0
    group: int = -1  # items of one list after one chain of pattern words share a group
    sentence: int = 0
    namesake: bool = False  # its only candidates lie far from the places its sentence names
    anchor: Place | None = None  # an unknown name located at this place
    anchor_point: tuple[float, float, int] | None = None  # (lat, lon, precision) of that location
    point: tuple[str, float, float, int] | None = None  # cache: (place id, lat, lon, precision)
    place: Place | None = None
    score: float = 0.0
    margin: float = 0.0


def kind_precision(kind: str) -> int:
    """ACLED's geo_precision of a place of this kind named by itself (3 a country, governorate
    or region, 2 a district or an area, 1 a town, village or site)."""
    return 3 if kind in {"country", "governorate", "region"} else 2 if kind in {"district", "subdistrict", "area", "mountain"} else 1


def point_of(it: Item, pats: Patterns) -> tuple[float, float, int]:
    """The point and geo_precision of a resolved item: the place's, moved by countryside
    adjectives, directions and distances, less precise after "قرب", "ريف", a district …"""
    p = it.place
    assert p is not None
    chain = it.chain
    precision = kind_precision(p.kind)
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
    return lat, lon, precision
