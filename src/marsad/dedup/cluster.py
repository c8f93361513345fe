"""Clustering event reports into incidents: the same incident told by several documents.

Two reports are *compatible* when they come from different documents, their ACLED types are of
one family and their sub-types of one sub-type family (an air strike may be told as shelling, not
as a suicide bombing), their dates are within the tolerance (wider for week- or month-precise
dates), their places are within `distance_km` (or, when either is coarse, in the same district or
governorate), their actors do not contradict each other (when both name actors, they share one)
and their tolls are not far apart (not 2 and 20). How well they agree (the score) adds the place,
the date, the sub-type, the actors, the toll, a near-duplicate text family, and the words of
their evidence sentences (word Jaccard through 512-bit bitmaps, counted where the places agree).

Clustering is greedy complete-link: reports are taken in a fixed order (date, place precision,
id); each joins the best-scoring cluster all of whose members it is compatible with, or founds a
new one. Candidate clusters come only from blocks: a grid cell of the place (and its eight
neighbours) and the days within the tolerance; coarse reports look up their governorate by
sub-type. The result depends only on the set of reports, never on the order they arrived in.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.acled import family, subtype_family

_NO_DAY = 1 << 30
WORD_BITS = 512  # width of the bitmap of a report's evidence words
TWO_DAYS_APART = -0.25  # what two day-precise reports two days apart add to their agreement
_WORDS = re.compile(r"\w{3,}", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Report:
    """What clustering needs to know about one stored event."""

    id: str
    doc: str  # document id
    event_type: str
    sub_event_type: str
    day: int | None  # date.toordinal()
    time_precision: int = 1
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    place: str | None = None  # place id
    location: str | None = None  # place name
    actor1: str | None = None
    actor2: str | None = None
    fatalities: int | None = None
    source: str | None = None
    modality: str = "asserted"
    confidence: float = 0.5
    disorder_type: str | None = None
    civilian_targeting: bool = False
    family_doc: str | None = None  # first document of a near-duplicate family, when in one
    standalone: bool = False  # background or aggregate summaries: never merged
    words: int = 0  # bitmap of the evidence sentence's words (`word_bits`); 0: no text


@dataclass(frozen=True, slots=True)
class DedupParams:
    date_tolerance: int = 1  # days a report's date may differ from the incident's
    distance_km: float = 12.0  # how far apart two reports of one incident may place it
    week_tolerance: int = 7  # for dates known to the week (time_precision 2)
    month_tolerance: int = 31  # for dates known to the month (time_precision 3)
    min_score: float = 2.0  # the least mean agreement with a cluster's reports to join it
    text_weight: float = 3.0  # agreement added for the same wording (word Jaccard 1), less for less
    text_floor: float = 0.15  # word Jaccard that two unrelated sentences reach by chance
    subtype_strict: bool = True  # sub-types of two families are two incidents


def word_bits(text: str) -> int:
    """The words (three letters or more) of a normalized text as a bitmap of `WORD_BITS` bits:
    one bit per word (CRC-32, stable across processes). Two bitmaps compare in a few big-integer
    operations (`word_similarity`), and a report carries one integer, not a set."""
    bits = 0
    for w in set(_WORDS.findall(text)):
        bits |= 1 << (zlib.crc32(w.encode("utf-8")) % WORD_BITS)
    return bits


def word_similarity(a: int, b: int) -> float | None:
    """Jaccard similarity of two word bitmaps (None when either has no words)."""
    if not a or not b:
        return None
    return (a & b).bit_count() / (a | b).bit_count()


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def _precise(r: Report) -> bool:
    return r.lat is not None and r.lon is not None and (r.geo_precision or 1) <= 2


def day_tolerance(a: Report, b: Report, p: DedupParams) -> int:
    worst = max(a.time_precision, b.time_precision)
    if worst >= 3:
        return p.month_tolerance
    if worst == 2:
        return p.week_tolerance
    return 2 * p.date_tolerance


def _place_score(a: Report, b: Report, p: DedupParams) -> float | None:
    """How well two places agree (None: incompatible)."""
    if a.place is not None and a.place == b.place:
        return 1.0
    if _precise(a) and _precise(b):
        assert a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None
        d = haversine_km(a.lat, a.lon, b.lat, b.lon)
        limit = p.distance_km * (2 if max(a.geo_precision or 1, b.geo_precision or 1) == 2 else 1)
        if d <= limit:
            return 1.0 - 0.7 * d / limit
        return 0.2 if (a.geo_precision == 2 or b.geo_precision == 2) and a.admin2 and a.admin2 == b.admin2 else None
    if a.admin1 is None or b.admin1 is None or a.country != b.country or a.admin1 != b.admin1:
        return None
    # At least one side is coarse: the same district when both name one, else the governorate.
    if a.admin2 and b.admin2 and min(a.geo_precision or 3, b.geo_precision or 3) <= 2 and \
            max(a.geo_precision or 3, b.geo_precision or 3) <= 2:
        return 0.2 if a.admin2 == b.admin2 else None
    return 0.1


def _tolls_differ(a: int | None, b: int | None) -> bool:
    """Two tolls too far apart to be one incident's (a report's count grows, but not tenfold)."""
    if a is None or b is None:
        return False
    lo, hi = min(a, b), max(a, b)
    return hi - lo > 5 and hi > 3 * lo


def _day_score(a: Report, b: Report, dd: int) -> float:
    """Agreement of two reports' days: the same day 1, a day apart 0.5; two days apart, for days
    known to the day, is the widest two reports of one incident drift (each a day off) and also
    what separates two incidents in one town (a strike every other day), so it weighs against."""
    if dd == 0:
        return 1.0
    if dd >= 2 and max(a.time_precision, b.time_precision) <= 1:
        return TWO_DAYS_APART
    return 0.5 / dd


def pair_score(a: Report, b: Report, p: DedupParams) -> float | None:
    """Agreement of two reports (higher is better), or None when they cannot be one incident."""
    if a.doc == b.doc or a.standalone or b.standalone:
        return None
    if family(a.event_type) != family(b.event_type):
        return None
    if p.subtype_strict and subtype_family(a.sub_event_type) != subtype_family(b.sub_event_type):
        return None
    if a.day is None or b.day is None:
        return None
    dd = abs(a.day - b.day)
    if dd > day_tolerance(a, b, p):
        return None
    acts_a = {x for x in (a.actor1, a.actor2) if x}
    acts_b = {x for x in (b.actor1, b.actor2) if x}
    if not acts_a & acts_b and ((a.actor1 and b.actor1) or (a.actor2 and b.actor2)):
        return None  # the same role names different actors (and no actor is shared)
    if _tolls_differ(a.fatalities, b.fatalities):
        return None
    same_family_doc = a.family_doc is not None and a.family_doc == b.family_doc
    if a.lat is None and a.admin1 is None and b.lat is None and b.admin1 is None:
        place = 0.5 if same_family_doc else None  # no place on either side: only copies of one text
    else:
        place = _place_score(a, b, p)
    if place is None:
        return None
    score = place + _day_score(a, b, dd)
    score += 1.0 if a.sub_event_type == b.sub_event_type else (0.3 if a.event_type == b.event_type else 0.0)
    if acts_a and acts_b:
        score += len(acts_a & acts_b) / len(acts_a | acts_b)
    if a.fatalities is not None and a.fatalities == b.fatalities:
        score += 0.3
    if same_family_doc:
        score += 1.0
    sim = word_similarity(a.words, b.words)
    if sim is not None:
        # The same words vouch for the same incident only where the places agree: one story
        # often tells of two places (two incidents), and its copies repeat both.
        score += p.text_weight * (sim - p.text_floor) * (place if sim > p.text_floor else 1.0)
    return score


def _cell(r: Report, size: float) -> tuple[int, int]:
    assert r.lat is not None and r.lon is not None
    return math.floor(r.lat / size), math.floor(r.lon / size)


def _order(r: Report) -> tuple[int, int, int, float, str]:
    # Precise reports first, so that clusters form around them and vaguer reports join after.
    return (r.geo_precision or 4, r.time_precision, r.day if r.day is not None else _NO_DAY, -r.confidence, r.id)


def cluster_reports(reports: Sequence[Report], params: DedupParams | None = None) -> list[list[int]]:
    """Groups of indices into `reports`, each one incident; every report is in exactly one group.
    Groups are listed by their first member in the clustering order."""
    p = params or DedupParams()
    # A cell of twice the distance in latitude degrees keeps every neighbour within reach up to 60°N/S.
    size = 2 * p.distance_km / 111.0
    order = sorted(range(len(reports)), key=lambda i: _order(reports[i]))
    members: list[list[int]] = []
    grid: dict[tuple[str, int, int, int], list[int]] = defaultdict(list)  # (family, cy, cx, day) → clusters
    area: dict[tuple[str, str | None, str, int], list[int]] = defaultdict(list)  # (sub-type, country, admin1, day)
    copies: dict[tuple[str, int], list[int]] = defaultdict(list)  # (family document, day)
    max_tol = max(2 * p.date_tolerance, p.week_tolerance, p.month_tolerance)
    for i in order:
        r = reports[i]
        best: tuple[float, int] | None = None
        if r.day is not None and not r.standalone:
            tol = 2 * p.date_tolerance if r.time_precision <= 1 else max_tol
            fam = family(r.event_type)
            cands: set[int] = set()
            for d in range(r.day - tol, r.day + tol + 1):
                if _precise(r):
                    cy, cx = _cell(r, size)
                    for dy in (-1, 0, 1):
                        for dx in (-1, 0, 1):
                            cands.update(grid.get((fam, cy + dy, cx + dx, d), ()))
                if r.admin1 is not None:
                    cands.update(area.get((r.sub_event_type, r.country, r.admin1, d), ()))
                if r.family_doc is not None:
                    cands.update(copies.get((r.family_doc, d), ()))
            for c in sorted(cands):
                total = 0.0
                for j in members[c]:
                    s = pair_score(r, reports[j], p)
                    if s is None:
                        break
                    total += s
                else:
                    score = total / len(members[c])
                    if score >= p.min_score and (best is None or score > best[0]):
                        best = (score, c)
        if best is None:
            c = len(members)
            members.append([i])
        else:
            c = best[1]
            members[c].append(i)
        if r.day is not None and not r.standalone:
            if _precise(r):
                cy, cx = _cell(r, size)
                key = (family(r.event_type), cy, cx, r.day)
                if not grid[key] or grid[key][-1] != c:
                    grid[key].append(c)
            if r.admin1 is not None:
                akey = (r.sub_event_type, r.country, r.admin1, r.day)
                if c not in area[akey][-1:]:
                    area[akey].append(c)
            if r.family_doc is not None:
                fkey = (r.family_doc, r.day)
                if c not in copies[fkey][-1:]:
                    copies[fkey].append(c)
    return members
