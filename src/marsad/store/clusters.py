"""The SQL side of deduplication: which events need clustering, loading them with their
neighbourhood, and replacing their clusters in one transaction (`marsad.dedup` does the rest)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, not_, or_, select

from marsad.store import review
from marsad.store import schema as t
from marsad.store.engine import Store
from marsad.store.repository import now

CHUNK = 500
_COLS = (t.events.c.id, t.events.c.document_id, t.events.c.event_type, t.events.c.sub_event_type,
         t.events.c.disorder_type, t.events.c.event_date, t.events.c.time_precision, t.events.c.latitude,
         t.events.c.longitude, t.events.c.geo_precision, t.events.c.country, t.events.c.admin1,
         t.events.c.admin2, t.events.c.place_id, t.events.c.location, t.events.c.actor1, t.events.c.actor2,
         t.events.c.fatalities, t.events.c.source, t.events.c.modality, t.events.c.confidence,
         t.events.c.aggregate, t.events.c.background, t.events.c.civilian_targeting,
         t.cluster_members.c.cluster_id,
         select(t.evidence.c.text).where(t.evidence.c.event_id == t.events.c.id, t.evidence.c.position == 0)
         .scalar_subquery().label("evidence"))


def _chunks(items: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    """Events to re-cluster (rows with the `_COLS` fields) and the near-duplicate families."""

    rows: list[Any]
    families: dict[str, str]  # document id → first document of its near-duplicate family
    pending: int  # how many of the rows were not in any cluster yet


# Records of earlier incidents told as context and summaries of several incidents are no
# incidents to deduplicate or count: they are never clustered (the reports view shows them on
# request).
INCIDENT = not_(or_(t.events.c.background, t.events.c.aggregate))


def _select() -> Any:
    return select(*_COLS).select_from(
        t.events.outerjoin(t.cluster_members, t.cluster_members.c.event_id == t.events.c.id)).where(INCIDENT)


def _intervals(days: Iterable[str], pad: int) -> list[tuple[str, str]]:
    spans: list[list[date]] = []
    for d in sorted({date.fromisoformat(x) for x in days}):
        lo, hi = d - timedelta(days=pad), d + timedelta(days=pad)
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    return [(a.isoformat(), b.isoformat()) for a, b in spans]


def load_neighbourhood(store: Store, pad_days: int, full: bool = False) -> Neighbourhood:
    """The events not yet clustered, every event within `pad_days` of their dates, and every
    member of a cluster any of those belongs to (so a cluster is always re-clustered whole).
    `full` loads every event instead."""
    with store.engine.connect() as conn:
        pending = conn.execute(select(t.events.c.id, t.events.c.date_key).select_from(
            t.events.outerjoin(t.cluster_members, t.cluster_members.c.event_id == t.events.c.id))
            .where(t.cluster_members.c.event_id.is_(None), INCIDENT)).all()
        if not pending and not full:
            return Neighbourhood([], {}, 0)
        rows = list(conn.execute(_select()).all()) if full else _window(conn, pending, pad_days)
        families = _families(conn)
    return Neighbourhood(rows, families, len(pending))


def _window(conn: Connection, pending: Sequence[Any], pad_days: int) -> list[Any]:
    spans = _intervals((p.date_key for p in pending if p.date_key), pad_days)
    by_id: dict[str, Any] = {}
    for part in _chunks(spans, 50):
        cond = or_(*[t.events.c.date_key.between(a, b) for a, b in part])
        for r in conn.execute(_select().where(cond)):
            by_id[r.id] = r
    undated = [p.id for p in pending if not p.date_key]
    for ids in _chunks(undated):
        for r in conn.execute(_select().where(t.events.c.id.in_(ids))):
            by_id[r.id] = r
    touched = sorted({r.cluster_id for r in by_id.values() if r.cluster_id})
    for cids in _chunks(touched):
        for r in conn.execute(_select().where(t.cluster_members.c.cluster_id.in_(cids))):
            by_id.setdefault(r.id, r)
    return [by_id[k] for k in sorted(by_id)]


def _families(conn: Connection) -> dict[str, str]:
    fam: dict[str, str] = {}
    for doc_id, root in conn.execute(select(t.documents.c.id, t.documents.c.near_dup_of)
                                     .where(t.documents.c.near_dup_of.is_not(None))):
        fam[doc_id] = root
        fam.setdefault(root, root)
    return fam


def replace_clusters(store: Store, event_ids: Sequence[str], old_ids: set[str], clusters: Sequence[dict[str, Any]],
                     revisions: Sequence[tuple[str, str, Sequence[str]]], run_id: int | None) -> None:
    """Replace, in one transaction, the clusters of `event_ids` (formerly `old_ids`) by `clusters`
    (rows of the clusters table with a `members` list of event ids and, optionally, `member_docs`,
    their document ids) and log the revisions. The copies the page queries read (member
    documents and the cluster's date beside each member, the actors of each cluster) are
    rewritten with them."""
    new_ids = [c["id"] for c in clusters]
    gone = sorted(set(new_ids) | old_ids)
    with store.engine.begin() as conn:
        created: dict[str, Any] = {}
        for ids in _chunks(gone):
            created.update(conn.execute(select(t.clusters.c.id, t.clusters.c.created_run)
                                        .where(t.clusters.c.id.in_(ids))).all())
        docs: dict[str, str] = {}
        actors: dict[str, list[str]] = {}
        for ids in _chunks(list(event_ids)):
            if any("member_docs" not in c for c in clusters):
                docs.update(conn.execute(select(t.events.c.id, t.events.c.document_id)
                                         .where(t.events.c.id.in_(ids))).all())
            for eid, actor in conn.execute(select(t.event_actors.c.event_id, t.event_actors.c.actor)
                                           .where(t.event_actors.c.event_id.in_(ids))):
                actors.setdefault(eid, []).append(actor)
            conn.execute(delete(t.cluster_members).where(t.cluster_members.c.event_id.in_(ids)))
        for ids in _chunks(gone):
            conn.execute(delete(t.cluster_actors).where(t.cluster_actors.c.cluster_id.in_(ids)))
            conn.execute(delete(t.clusters).where(and_(t.clusters.c.id.in_(ids))))
        rows: list[dict[str, Any]] = []
        members: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        for c in clusters:
            row = {k: v for k, v in c.items() if k not in ("members", "member_docs")}
            row["sources"] = json.dumps(row["sources"], ensure_ascii=False)
            row["created_run"] = created.get(c["id"], run_id)
            row["updated_run"] = run_id
            rows.append(row)
            member_docs = c.get("member_docs") or [docs.get(e) for e in c["members"]]
            members.extend({"event_id": e, "cluster_id": c["id"], "document_id": d, "date_key": row["date_key"]}
                           for e, d in zip(c["members"], member_docs, strict=True))
            names = sorted({a for e in c["members"] for a in actors.get(e, ())})
            links.extend({"cluster_id": c["id"], "actor": a, "date_key": row["date_key"]} for a in names)
        for part in _chunks(rows, 5000):
            conn.execute(t.clusters.insert(), list(part))
        for part in _chunks(members, 5000):
            conn.execute(t.cluster_members.insert(), list(part))
        for part in _chunks(links, 5000):
            conn.execute(t.cluster_actors.insert(), list(part))
        at = now()
        logs = [{"run_id": run_id, "at": at, "action": a, "cluster_id": cid,
                 "other": json.dumps(list(other), ensure_ascii=False)} for a, cid, other in revisions]
        for part in _chunks(logs, 5000):
            conn.execute(t.cluster_revisions.insert(), list(part))
        # reviewed incidents keep their reviewed values, whatever the new summary says
        review.apply_to_clusters(conn, [(c["id"], c["members"]) for c in clusters], old_ids)
