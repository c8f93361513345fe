"""Synthetic incidents and the reports several outlets would write about them, with known truth:
the dedup benchmark's data and the store tests' events.

An incident has a place, a day, a type, actors and a toll. Each of its reports repeats it the way
real outlets diverge: the date shifted by a day ("yesterday" read against another publication
date), a nearby village or only the governorate named, an actor left out, another sub-type of the
same type, another toll. Places come from a gazetteer (the benchmark can read the shared Who's On
First files) or from a generated geography; incidents concentrate on busy places (Zipf weights).
"""

from __future__ import annotations

import csv
import math
import random
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from marsad.acled import (
    BATTLES,
    EXPLOSIONS,
    POLITICAL_VIOLENCE,
    PROTESTS,
    RIOTS,
    STRATEGIC,
    VAC,
    subtype_family,
)
from marsad.dedup.cluster import Report, word_bits
from marsad.models import ActorRef, Event, Evidence, Location

TYPES: dict[str, tuple[str, ...]] = {
    EXPLOSIONS: ("Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                 "Suicide bomb"),
    BATTLES: ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    VAC: ("Attack", "Abduction/forced disappearance"),
    STRATEGIC: ("Arrests", "Looting/property destruction", "Disrupted weapons use"),
    PROTESTS: ("Peaceful protest", "Protest with intervention"),
    RIOTS: ("Violent demonstration", "Mob violence"),
}
TYPE_WEIGHTS = {EXPLOSIONS: 0.5, BATTLES: 0.3, VAC: 0.08, STRATEGIC: 0.07, PROTESTS: 0.05}
ZIPF = 0.8  # busy places: the busiest of 30,000 gets about 3 % of the incidents
ACTORS = tuple(f"Synthetic armed group {i:02d}" for i in range(1, 31))


@dataclass(frozen=True, slots=True)
class SyntheticPlace:
    id: str
    name: str
    country: str
    admin1: str
    admin2: str | None
    lat: float
    lon: float


@dataclass(frozen=True, slots=True)
class Incident:
    place: SyntheticPlace
    day: date
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    texts: tuple[str, ...] = ()  # sentences that tell it (each report rewords one of them)


VOCABULARY = tuple(f"w{i:04d}" for i in range(3000))  # the words of generated sentences
_VOCAB_WEIGHTS = [1.0 / (k + 1) ** 0.9 for k in range(len(VOCABULARY))]


def sentence(inc_words: Sequence[str], rng: random.Random, n: int = 14) -> str:
    """A generated evidence sentence: the incident's own words among `n` common ones (Zipf)."""
    words = list(inc_words) + rng.choices(VOCABULARY, weights=_VOCAB_WEIGHTS, k=n)
    rng.shuffle(words)
    return " ".join(words)


def reword(text: str, rng: random.Random, pool: Sequence[str]) -> str:
    """Another outlet's wording of `text`: about a fifth of its words left out, up to three
    words from `pool` added, two neighbours swapped now and then."""
    words = [w for w in text.split() if rng.random() >= 0.2] or text.split()[:1]
    for _ in range(rng.randrange(4)):
        if pool:
            words.insert(rng.randrange(len(words) + 1), rng.choice(pool))
    if len(words) > 1 and rng.random() < 0.3:
        i = rng.randrange(len(words) - 1)
        words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def generated_places(n: int, rng: random.Random) -> list[SyntheticPlace]:
    """A made-up geography in a 6°x6° box: governorates of 1.5°, districts of 0.5°."""
    out = []
    for i in range(n):
        lat, lon = 32.5 + rng.random() * 6, 36.0 + rng.random() * 6
        a1 = f"Governorate {int((lat - 32.5) / 1.5)}-{int((lon - 36.0) / 1.5)}"
        a2 = f"District {int((lat - 32.5) / 0.5)}-{int((lon - 36.0) / 0.5)}"
        out.append(SyntheticPlace(f"gen:{i}", f"SyntheticPlace {i}", "Syntheland", a1, a2, round(lat, 5), round(lon, 5)))
    return out


def gazetteer_places(paths: Iterable[Path]) -> list[SyntheticPlace]:
    """Localities of Who's On First CSV files (columns of the shared gazetteer files)."""
    countries = {"SY": "Syria", "IQ": "Iraq"}
    out = []
    for path in paths:
        with path.open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if row.get("placetype") != "locality" or not row.get("region_name") or not row.get("lat"):
                    continue
                out.append(SyntheticPlace(f"wof:{row['wof_id']}", row["name"], countries.get(row["country"], row["country"]),
                                 row["region_name"], row.get("county_name") or None,
                                 float(row["lat"]), float(row["lon"])))
    return out


class _Near:
    """Places within a radius, through a grid of ~11 km cells."""

    def __init__(self, places: Sequence[SyntheticPlace]) -> None:
        self.cells: dict[tuple[int, int], list[SyntheticPlace]] = defaultdict(list)
        for p in places:
            self.cells[(int(p.lat * 10), int(p.lon * 10))].append(p)

    def within(self, p: SyntheticPlace, km: float) -> list[SyntheticPlace]:
        cy, cx = int(p.lat * 10), int(p.lon * 10)
        out = []
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for q in self.cells.get((cy + dy, cx + dx), ()):
                    if q is not p and _km(p, q) <= km:
                        out.append(q)
        return out


def _km(a: SyntheticPlace, b: SyntheticPlace) -> float:
    dy = (a.lat - b.lat) * 111.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians(a.lat))
    return math.hypot(dx, dy)


def incidents(n: int, places: Sequence[SyntheticPlace], rng: random.Random, per_day: float = 40.0,
              zipf: float = ZIPF, start: date = date(2015, 1, 1)) -> list[Incident]:
    """`n` incidents, about `per_day` a day, on places weighted by a Zipf law of exponent `zipf`
    (busy towns). As in ACLED's coding, one place, day, type and first actor make one incident:
    a draw that repeats all four is drawn again."""
    order = list(places)
    rng.shuffle(order)
    weights = [1.0 / (k + 1) ** zipf for k in range(len(order))]
    days = max(1, round(n / per_day))
    types = list(TYPE_WEIGHTS)
    type_weights = [TYPE_WEIGHTS[x] for x in types]
    seen: set[tuple[str, date, str, str | None]] = set()
    out: list[Incident] = []
    while len(out) < n:
        for place in rng.choices(order, weights=weights, k=n - len(out)):
            et = rng.choices(types, weights=type_weights)[0]
            a1 = rng.choice(ACTORS) if rng.random() < 0.85 else None
            a2 = rng.choice(ACTORS) if rng.random() < 0.4 else None
            fat = rng.choice((0, 1, 2, 3, 5, 8, 12, 20)) if rng.random() < 0.6 else None
            day = start + timedelta(days=rng.randrange(days))
            if (place.id, day, et, a1) in seen:
                continue
            seen.add((place.id, day, et, a1))
            sub = rng.choice(TYPES[et])
            text = sentence((place.name.replace(" ", "_"), sub.split("/")[0].replace(" ", "_")), rng)
            out.append(Incident(place, day, et, sub, a1, a2 if a2 != a1 else None, fat, (text,)))
    return out


def incident_key(inc: Incident) -> str:
    """What tells one incident from another, whatever else was drawn."""
    return f"{inc.place.id}|{inc.day}|{inc.event_type}|{inc.sub_event_type}|{inc.actor1}|{inc.actor2}|{inc.fatalities}"


def reports(incs: Sequence[Incident], places: Sequence[SyntheticPlace], rng: random.Random,
            mean_reports: float = 2.5, pool: Sequence[str] = VOCABULARY,
            keyed: bool = False) -> tuple[list[Report], list[int]]:
    """Reports of the incidents (each from its own document) and, for each, its incident's index.
    Reworded sentences take their added words from `pool`. `keyed`: each incident's reports are
    drawn from a generator seeded by the run's seed and the incident itself, so adding or removing
    one incident leaves the others' reports as they were."""
    near = _Near(places)
    centroids: dict[tuple[str, str], tuple[float, float]] = {}
    acc: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for p in places:
        a = acc[(p.country, p.admin1)]
        a[0] += p.lat
        a[1] += p.lon
        a[2] += 1
    for key, (la, lo, c) in acc.items():
        centroids[key] = (la / c, lo / c)
    out: list[Report] = []
    truth: list[int] = []
    p_more = 1.0 - 1.0 / mean_reports
    n_doc = 0
    base = rng.getrandbits(64) if keyed else 0
    for idx, inc in enumerate(incs):
        r = random.Random(f"{base}|{incident_key(inc)}") if keyed else rng
        k = 1
        while r.random() < p_more and k < 12:
            k += 1
        for _ in range(k):
            n_doc += 1
            out.append(_one_report(inc, f"r{n_doc}", f"doc{n_doc}", near, centroids, r, pool))
            truth.append(idx)
    return out, truth


def _one_report(inc: Incident, rid: str, doc: str, near: _Near,
                centroids: dict[tuple[str, str], tuple[float, float]], rng: random.Random,
                pool: Sequence[str]) -> Report:
    shift = rng.choices((-1, 0, 1), weights=(0.15, 0.7, 0.15))[0]
    day = inc.day + timedelta(days=shift)
    tp = 1
    if rng.random() < 0.04:
        tp = 2
    place, gp = inc.place, 1
    u = rng.random()
    if u < 0.2:
        around = near.within(inc.place, 10.0)
        if around:
            place = rng.choice(around)
    elif u < 0.3:
        gp = 2
    lat, lon, admin2, pid, loc = place.lat, place.lon, place.admin2, place.id, place.name
    if u > 0.9:  # only the governorate
        gp = 3
        lat, lon = centroids[(place.country, place.admin1)]
        admin2, pid, loc = None, f"admin1:{place.admin1}", place.admin1
    sub = inc.sub_event_type
    if rng.random() >= 0.85:  # another sub-type of its family (an air strike told as shelling)
        kin = [x for x in TYPES.get(inc.event_type, ()) if subtype_family(x) == subtype_family(sub)]
        sub = rng.choice(kin or [sub])
    a1 = inc.actor1 if rng.random() < 0.85 else None
    a2 = inc.actor2 if rng.random() < 0.7 else None
    fat = inc.fatalities
    if fat is not None and rng.random() < 0.3:
        fat = max(0, fat + rng.choice((-2, -1, 1, 2, 3)))
    words = word_bits(reword(rng.choice(inc.texts), rng, pool)) if inc.texts else 0
    return Report(id=rid, doc=doc, event_type=inc.event_type, sub_event_type=sub, day=day.toordinal(),
                  time_precision=tp, lat=lat, lon=lon, geo_precision=gp, country=place.country,
                  admin1=place.admin1, admin2=admin2, place=pid, location=loc, actor1=a1, actor2=a2,
                  fatalities=fat, source=f"outlet{rng.randrange(12)}", confidence=0.5 + rng.random() / 2,
                  words=words)


def pairwise_scores(groups: Sequence[Sequence[int]], truth: Sequence[int]) -> dict[str, float]:
    """Pairwise precision, recall and F1 of a clustering against the true incident of each report."""
    def pairs(n: int) -> int:
        return n * (n - 1) // 2

    pred = sum(pairs(len(g)) for g in groups)
    true_sizes: dict[int, int] = defaultdict(int)
    for t in truth:
        true_sizes[t] += 1
    gold = sum(pairs(n) for n in true_sizes.values())
    tp = 0
    for g in groups:
        cell: dict[int, int] = defaultdict(int)
        for i in g:
            cell[truth[i]] += 1
        tp += sum(pairs(n) for n in cell.values())
    precision = tp / pred if pred else 1.0
    recall = tp / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "true_pairs": gold, "predicted_pairs": pred, "correct_pairs": tp}


def to_event(r: Report, text: str = "") -> Event:
    """A full Event record for a synthetic report (store, export and API tests)."""
    def actor(name: str | None) -> ActorRef | None:
        return ActorRef(name=name, text=name, span=(0, 0), inter=2) if name else None

    loc = None
    if r.lat is not None and r.admin1 is not None:
        loc = Location(name=r.location or r.admin1, name_ar=None, country=r.country, admin1=r.admin1,
                       admin2=r.admin2, admin3=None, latitude=r.lat, longitude=r.lon,
                       geo_precision=r.geo_precision or 1, gazetteer_id=r.place, text=r.location or "",
                       span=(0, 0))
    ev_text = text or f"{r.sub_event_type} in {r.location}"
    return Event(doc=r.doc, event_type=r.event_type, sub_event_type=r.sub_event_type,
                 event_date=date.fromordinal(r.day) if r.day is not None else None, time_precision=r.time_precision,
                 actor1=actor(r.actor1), actor2=actor(r.actor2), location=loc, fatalities=r.fatalities,
                 modality=r.modality, evidence=(Evidence(ev_text, (0, len(ev_text))),),
                 confidence=r.confidence, disorder_type=POLITICAL_VIOLENCE)
