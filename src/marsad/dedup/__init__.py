"""Cross-report deduplication: events that report the same incident become one cluster.

`deduplicate(store)` clusters the events not yet in a cluster together with their neighbourhood
(events within the date tolerance, and every member of a cluster any of them is in), keeps the ids
of earlier clusters, logs joins, merges and splits, and writes it all in one transaction. The
pieces are pure and usable alone: `cluster_reports` (blocking + greedy complete-link),
`summarize` (what a cluster shows), `assign_ids` (stable ids), `minhash` (near-duplicate texts).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from marsad.dedup.cluster import DedupParams, Report, cluster_reports, pair_score, word_bits
from marsad.dedup.identity import Revision, assign_ids, summarize
from marsad.store.clusters import load_neighbourhood, replace_clusters
from marsad.text.normalize import norm

__all__ = ["DedupParams", "DedupResult", "Report", "Revision", "assign_ids", "cluster_reports",
           "deduplicate", "pair_score", "report_from_row", "summarize"]


@dataclass(frozen=True, slots=True)
class DedupResult:
    pending: int  # events that were in no cluster
    reclustered: int  # events whose clusters were computed again
    clusters: int  # clusters written
    revisions: int


def report_from_row(row: Any, families: dict[str, str]) -> Report:
    """A stored event row (see `marsad.store.clusters`) → the Report clustering works on."""
    return Report(
        id=row.id, doc=row.document_id, event_type=row.event_type, sub_event_type=row.sub_event_type,
        day=date.fromisoformat(row.event_date).toordinal() if row.event_date else None,
        time_precision=row.time_precision or 1, lat=row.latitude, lon=row.longitude,
        geo_precision=row.geo_precision, country=row.country, admin1=row.admin1, admin2=row.admin2,
        place=row.place_id, location=row.location, actor1=row.actor1, actor2=row.actor2,
        fatalities=row.fatalities, source=row.source, modality=row.modality, confidence=row.confidence,
        disorder_type=row.disorder_type, civilian_targeting=bool(row.civilian_targeting),
        family_doc=families.get(row.document_id), standalone=bool(row.aggregate or row.background),
        words=word_bits(norm(row.evidence)) if getattr(row, "evidence", None) else 0,
    )


def deduplicate(store: Any, run_id: int | None = None, params: DedupParams | None = None,
                full: bool = False) -> DedupResult:
    """Cluster the store's new events (or, with `full`, all of them) and save the clusters."""
    p = params or DedupParams()
    pad = 2 * max(2 * p.date_tolerance, p.week_tolerance, p.month_tolerance)
    hood = load_neighbourhood(store, pad, full=full)
    if not hood.rows:
        return DedupResult(0, 0, 0, 0)
    reports = [report_from_row(r, hood.families) for r in hood.rows]
    previous = {r.id: r.cluster_id for r in hood.rows if r.cluster_id}
    groups = cluster_reports(reports, p)
    id_groups = [[reports[i].id for i in g] for g in groups]
    ids, revisions = assign_ids(id_groups, previous)
    clusters = []
    for cid, g in zip(ids, groups, strict=True):
        row = summarize([reports[i] for i in g])
        row["id"] = cid
        row["members"] = [reports[i].id for i in g]
        row["member_docs"] = [reports[i].doc for i in g]
        clusters.append(row)
    replace_clusters(store, [r.id for r in reports], set(previous.values()), clusters,
                     [(rv.action, rv.cluster_id, rv.other) for rv in revisions], run_id)
    return DedupResult(hood.pending, len(reports), len(clusters), len(revisions))
