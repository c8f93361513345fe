"""`marsad bench dedup`: deduplication quality and speed on synthetic reports with known truth.

Incidents are drawn on real places (the shared Who's On First gazetteer when present, else a
generated geography) at about `--per-day` incidents a day, busy places weighted by a Zipf law;
each incident gets reports the way outlets diverge (dates ±1 day, a nearby village or only the
governorate, actors left out, another sub-type of its family, another toll, its sentence
reworded: `marsad.bench.synthetic`). `--from-store DB` takes the incidents from a store's events
instead (e.g. after ingesting the shared corpus): its events grouped into the incidents they tell
(`_store_incidents`), their evidence sentences reworded by the reports generated as above.

Prints JSON: pairwise precision/recall/F1 at `--incidents`, then clustering time (blocking,
summaries and ids, in memory) at `--scale` reports (default 1,000,000; 0 to skip).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import time
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from marsad.acled import family, subtype_family
from marsad.bench import synthetic as syn
from marsad.dedup import DedupParams, assign_ids, cluster_reports, summarize
from marsad.dedup.cluster import haversine_km, word_bits, word_similarity
from marsad.store import open_store
from marsad.store.schema import events, evidence
from marsad.text.normalize import norm


def _places(use_shared: bool) -> tuple[list[syn.SyntheticPlace], str]:
    shared = Path(os.environ.get("MARSAD_SHARED") or Path(__file__).resolve().parents[3].parent / "shared")
    files = [shared / "gazetteer" / f"wof_{c}_places.csv" for c in ("syria", "iraq")]
    if use_shared and all(f.exists() for f in files):
        return syn.gazetteer_places(files), "shared Who's On First localities (Syria, Iraq)"
    return syn.generated_places(30000, random.Random(0)), "generated geography (30,000 places)"


def _actors_agree(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """No role names two different actors unless the two name a common one (roles swapped)."""
    if {x for x in a if x} & {x for x in b if x}:
        return True
    return not ((a[0] and b[0]) or (a[1] and b[1]))


@dataclass
class _Base:
    """A base incident being drawn from the corpus's events: the first event's fields, and the
    sentences of every event found to tell the same incident."""

    incident: syn.Incident
    texts: list[str]
    bits: list[int]


def _same_incident(b: _Base, r: Any, day: date, bits: int) -> bool:
    """Is the corpus event `r` another report of the base incident `b` (see `_store_incidents`)?"""
    inc = b.incident
    if inc.event_type != r.event_type or subtype_family(inc.sub_event_type) != subtype_family(r.sub_event_type):
        return False
    if inc.place.id != (r.place_id or r.id) and \
            haversine_km(inc.place.lat, inc.place.lon, r.latitude, r.longitude) > SAME_TOWN_KM:
        return False
    gap = abs((day - inc.day).days)
    if gap == 0:
        return True
    if gap == 1 and _actors_agree((inc.actor1, inc.actor2), (r.actor1, r.actor2)) and \
            (inc.fatalities is None or r.fatalities is None or inc.fatalities == r.fatalities):
        return True
    return gap <= 2 and any((word_similarity(bits, x) or 0.0) >= SAME_WORDS for x in b.bits)


SAME_TOWN_KM = 5.0  # two gazetteer entries this close name one town (a town and its district seat)
SAME_WORDS = 0.5  # word Jaccard of two sentences that are one text reworded


def _store_incidents(db: str, rng: random.Random, spacing: int = 0) -> tuple[list[syn.Incident], list[str]]:
    """The incidents of a store's events, and the words of their evidence sentences.

    The corpus reports many incidents more than once (that is what dedup is for), so its events
    are grouped into incidents first, in date order. An event is another report of an incident
    already drawn when both have one type and sub-type family, one place (the same gazetteer
    entry or two within 5 km: a town and its district), and either the same day; or a day apart
    with actors that do not contradict and tolls that do not differ (the corpus's own dates are a
    day off as often as the synthetic reports'); or up to two days apart with the same sentence
    (word Jaccard ≥ 0.5: one text copied by two outlets). Anything else is another incident: a
    clash and an air strike in one town on one day are two, as ACLED codes them. With `spacing`,
    base incidents of one place and type family also keep that many days apart (the older,
    stricter benchmark)."""


    store = open_store(db, readonly=True)
    first = (select(evidence.c.text).where(evidence.c.event_id == events.c.id, evidence.c.position == 0)
             .scalar_subquery().label("evidence"))
    with store.engine.connect() as conn:
        rows = conn.execute(select(events, first).where(
            events.c.event_date.is_not(None), events.c.latitude.is_not(None), events.c.admin1.is_not(None),
            events.c.geo_precision <= 2)).all()
    store.close()
    bases: list[_Base] = []
    near: dict[tuple[int, int], list[int]] = {}  # 0.1° cells → bases
    last: dict[tuple[str, str], list[date]] = {}
    for r in sorted(rows, key=lambda r: (r.event_date, r.id)):
        day = date.fromisoformat(r.event_date)
        text = norm(r.evidence or "")
        bits = word_bits(text)
        cy, cx = int(r.latitude * 10), int(r.longitude * 10)
        found = next((bases[i] for dy in (-1, 0, 1) for dx in (-1, 0, 1) for i in near.get((cy + dy, cx + dx), ())
                      if _same_incident(bases[i], r, day, bits)), None)
        if found is not None:
            if text:
                found.texts.append(text)
                found.bits.append(bits)
            continue
        key = (r.place_id or r.id, family(r.event_type))
        if spacing and any(abs((day - d).days) <= spacing for d in last.get(key, [])):
            continue
        last.setdefault(key, []).append(day)
        place = syn.SyntheticPlace(r.place_id or r.id, r.location or "", r.country or "", r.admin1, r.admin2,
                          r.latitude, r.longitude)
        near.setdefault((cy, cx), []).append(len(bases))
        bases.append(_Base(syn.Incident(place, day, r.event_type, r.sub_event_type, r.actor1, r.actor2,
                                        r.fatalities), [text] if text else [], [bits] if text else []))
    out = [replace(b.incident, texts=tuple(b.texts)) for b in bases]
    # an order and a word pool that one incident more or less does not reshuffle
    salt = rng.getrandbits(64)
    out.sort(key=lambda inc: hashlib.sha256(f"{salt}|{syn.incident_key(inc)}".encode()).digest())
    pool = sorted(w for inc in out for t in inc.texts for w in t.split())
    return out, pool


def quality(incidents: int, per_day: float, seed: int, places: list[syn.SyntheticPlace],
            from_store: str | None = None, spacing: int = 0) -> dict[str, object]:
    rng = random.Random(seed)
    pool: list[str] = list(syn.VOCABULARY)
    if from_store:
        incs, pool = _store_incidents(from_store, rng, spacing)
        places = list({i.place.id: i.place for i in incs}.values())  # one naming of places and governorates
    else:
        incs = syn.incidents(incidents, places, rng, per_day)
    reps, truth = syn.reports(incs, places, rng, pool=pool, keyed=bool(from_store))
    t0 = time.perf_counter()
    groups = cluster_reports(reps, DedupParams())
    took = time.perf_counter() - t0
    return {"incidents": len(incs), "reports": len(reps), "clusters": len(groups), "seconds": round(took, 3),
            **syn.pairwise_scores(groups, truth)}


def speed(n_reports: int, per_day: float, seed: int, places: list[syn.SyntheticPlace]) -> dict[str, object]:
    rng = random.Random(seed)
    incs = syn.incidents(int(n_reports / 2.5), places, rng, per_day)
    reps, truth = syn.reports(incs, places, rng)
    t0 = time.perf_counter()
    groups = cluster_reports(reps, DedupParams())
    t1 = time.perf_counter()
    ids, _rev = assign_ids([[reps[i].id for i in g] for g in groups], {})
    for g in groups:
        summarize([reps[i] for i in g])
    t2 = time.perf_counter()
    scores = syn.pairwise_scores(groups, truth)
    return {"reports": len(reps), "incidents": len(incs), "days": round(len(incs) / per_day),
            "clusters": len(ids), "cluster_seconds": round(t1 - t0, 1), "summary_and_id_seconds": round(t2 - t1, 1),
            "total_seconds": round(t2 - t0, 1), "reports_per_s": round(len(reps) / (t2 - t0)),
            "f1": scores["f1"], "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench dedup", description=__doc__.split("\n\n")[0])
    ap.add_argument("--incidents", type=int, default=20000, help="incidents for the quality figures")
    ap.add_argument("--per-day", type=float, default=40.0, help="incidents a day (Syria and Iraq, 2015: ~40)")
    ap.add_argument("--scale", type=int, default=1_000_000, help="reports for the timing (0: skip)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--generated", action="store_true", help="use the generated geography even if shared exists")
    ap.add_argument("--from-store", default=None, help="take the incidents from this store's events")
    ap.add_argument("--spacing", type=int, default=0,
                    help="with --from-store: days kept between two base incidents of one place and type family")
    args = ap.parse_args(argv)
    places, where = _places(not args.generated)
    params = DedupParams()
    out: dict[str, object] = {"benchmark": "dedup", "places": where,
                              "params": {k: getattr(params, k) for k in DedupParams.__dataclass_fields__},
                              "quality": quality(args.incidents, args.per_day, args.seed, places, args.from_store,
                                                 args.spacing)}
    print(json.dumps(out, ensure_ascii=False), flush=True)
    if args.scale:
        out["speed"] = speed(args.scale, args.per_day, args.seed, places)
        print(json.dumps(out, ensure_ascii=False))
    return 0
