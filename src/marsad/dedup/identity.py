"""What a cluster shows (its summary over the reports) and its stable identity across re-runs.

Summary: the most precise location (the report with the lowest geo_precision, then the
best-supported date, then the highest confidence), the best-supported date (the date most reports
give, day-precise ones first; ties → the earliest), the type, sub-type and actors most reports give,
fatalities as the value most reports give (ties → the lower, ACLED's conservative reading) with the
minimum and maximum across reports, every source.

Identity: a cluster keeps the id of the earlier cluster it shares the most reports with, so ids
survive re-runs and late reports; a group that inherits nothing gets `c` + a hash of its first
report. Joins (new reports in a kept cluster), merges (several earlier clusters in one) and splits
(one earlier cluster in several) are returned as revisions for the log.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from marsad.dedup.cluster import Report


def _mode(values: Sequence[Any], prefer: Any = None) -> Any:
    """The most frequent value; ties → `prefer` when it is among the tied, else the smallest."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    tied = [v for v, n in counts.items() if n == top]
    if prefer in tied:
        return prefer
    return min(tied)


def summarize(reports: Sequence[Report]) -> dict[str, Any]:
    """The fields of one cluster (columns of the `clusters` table, without id and run columns)."""
    dated = [r for r in reports if r.day is not None]
    precise_days = [r.day for r in dated if r.time_precision == 1] or [r.day for r in dated]
    day = _mode(precise_days)
    rep = min(reports, key=lambda r: (r.geo_precision or 4, r.lat is None, r.day != day, -r.confidence, r.id))
    fats = [r.fatalities for r in reports if r.fatalities is not None]
    modalities = [r.modality for r in reports]
    sources = sorted({r.source for r in reports if r.source})
    conf = 1.0
    for r in reports:
        conf *= 1.0 - min(max(r.confidence, 0.0), 0.999)
    days = [r.day for r in dated if r.day is not None]

    def iso(d: int | None) -> str | None:
        return date.fromordinal(d).isoformat() if d is not None else None

    return {
        "event_type": _mode([r.event_type for r in reports], rep.event_type),
        "sub_event_type": _mode([r.sub_event_type for r in reports], rep.sub_event_type),
        "event_date": iso(day),
        "date_key": iso(day) or "",
        "date_min": iso(min(days)) if days else None,
        "date_max": iso(max(days)) if days else None,
        "time_precision": min((r.time_precision for r in dated if r.day == day), default=rep.time_precision),
        "actor1": _mode([r.actor1 for r in reports], rep.actor1),
        "actor2": _mode([r.actor2 for r in reports], rep.actor2),
        "disorder_type": rep.disorder_type,
        "place_id": rep.place,
        "location": rep.location,
        "country": rep.country,
        "admin1": rep.admin1,
        "admin2": rep.admin2,
        "latitude": rep.lat,
        "longitude": rep.lon,
        "geo_precision": rep.geo_precision,
        "fatalities": _mode_low(fats),
        "fatalities_min": min(fats) if fats else None,
        "fatalities_max": max(fats) if fats else None,
        "modality": "asserted" if "asserted" in modalities else _mode(modalities),
        "civilian_targeting": any(r.civilian_targeting for r in reports),
        "confidence": round(1.0 - conf, 3),
        "n_reports": len(reports),
        "n_documents": len({r.doc for r in reports}),
        "n_sources": len(sources),
        "sources": sources,
        "representative": rep.id,
    }


def _mode_low(values: Sequence[int]) -> int | None:
    counts = Counter(values)
    if not counts:
        return None
    top = max(counts.values())
    return min(v for v, n in counts.items() if n == top)


@dataclass(frozen=True, slots=True)
class Revision:
    action: str  # join | merge | split
    cluster_id: str
    other: tuple[str, ...]  # merged-in or split-off cluster ids, or the joined report ids


def new_cluster_id(first_report: str, taken: set[str]) -> str:
    base = hashlib.sha256(first_report.encode("utf-8")).hexdigest()
    n = 0
    while True:
        cid = "c" + hashlib.sha256(f"{base}#{n}".encode()).hexdigest()[:16] if n else "c" + base[:16]
        if cid not in taken:
            return cid
        n += 1


def assign_ids(groups: Sequence[Sequence[str]], previous: Mapping[str, str],
               reserved: set[str] | None = None) -> tuple[list[str], list[Revision]]:
    """Ids for `groups` (lists of report ids, first report first) given the earlier membership
    `previous` (report id → cluster id). `reserved` ids (clusters outside this re-clustering) are
    never handed out. Returns the ids, in the order of `groups`, and the revisions."""
    overlap: dict[tuple[int, str], int] = defaultdict(int)
    for g, members in enumerate(groups):
        for rid in members:
            old = previous.get(rid)
            if old is not None:
                overlap[(g, old)] += 1
    ids: list[str | None] = [None] * len(groups)
    used: set[str] = set(reserved or ())
    # Largest overlaps first; ties → the smaller group index, then the smaller old id.
    for (g, old), _n in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0][0], kv[0][1])):
        if ids[g] is None and old not in used:
            ids[g] = old
            used.add(old)
    taken = used | set(previous.values())
    for g, members in enumerate(groups):
        if ids[g] is None:
            cid = new_cluster_id(members[0], taken)
            ids[g] = cid
            taken.add(cid)
    final = [i for i in ids if i is not None]
    revisions: list[Revision] = []
    olds_by_group: dict[int, set[str]] = defaultdict(set)
    groups_by_old: dict[str, set[str]] = defaultdict(set)
    for (g, old) in overlap:
        olds_by_group[g].add(old)
        groups_by_old[old].add(final[g])
    kept = set(final)
    for g, members in enumerate(groups):
        cid = final[g]
        merged = sorted(o for o in olds_by_group[g] - {cid} if o not in kept)  # absorbed, not split off
        if merged:
            revisions.append(Revision("merge", cid, tuple(merged)))
        if cid in olds_by_group[g]:
            joined = tuple(sorted(r for r in members if r not in previous))
            if joined:
                revisions.append(Revision("join", cid, joined))
    for old, now_in in sorted(groups_by_old.items()):
        if len(now_in) > 1:
            revisions.append(Revision("split", old, tuple(sorted(now_in - {old}))))
    return final, revisions
