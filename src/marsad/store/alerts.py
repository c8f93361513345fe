"""The SQL of alerts (docs/alerts.md): saved views, their webhook targets, what each target was
last sent of each incident (`alert_state`), and the delivery log (`alert_deliveries`).

An incident (cluster) is *new* for a target when the target has no state row for it, *updated*
when its number of reports or of sources differs from the row's. `claim` hands a set of such
changes to one delivery and moves the state forward in the same transaction as it records the
delivery, so each revision of an incident goes into exactly one delivery, however a run ends.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update

from marsad.errors import StoreError
from marsad.store import schema as t
from marsad.store.engine import Store
from marsad.store.queries import EventQuery, event_filters
from marsad.store.repository import now

CHUNK = 500
PENDING, DELIVERED, REJECTED = "pending", "delivered", "rejected"


class ClaimConflict(StoreError):
    """Another run moved a target's state while this one prepared a delivery (nothing claimed)."""


@dataclass(frozen=True, slots=True)
class Target:
    id: int
    view: str
    url: str
    secret: str
    created_at: str


@dataclass(frozen=True, slots=True)
class Change:
    """An incident to tell a target about: `previous` is None for a new one, else the numbers of
    reports and sources the target was last told."""

    cluster_id: str
    n_reports: int
    n_sources: int
    previous: tuple[int, int] | None


# ---------------------------------------------------------------- views

def _view_row(r: Any, n_targets: int = 0) -> dict[str, Any]:
    return {"name": r.name, "title": r.title, "filters": json.loads(r.filters), "created_at": r.created_at,
            "updated_at": r.updated_at, "webhooks": n_targets}


def save_view(store: Store, name: str, title: str | None, filters: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Create or replace the view `name`; returns it and whether it is new."""
    v = t.alert_views
    stamp = now()
    text = json.dumps(filters, ensure_ascii=False, sort_keys=True)
    with store.engine.begin() as conn:
        created = conn.execute(select(v.c.created_at).where(v.c.name == name)).scalar()
        if created is None:
            conn.execute(v.insert().values(name=name, title=title, filters=text, created_at=stamp, updated_at=stamp))
        else:
            conn.execute(update(v).where(v.c.name == name).values(title=title, filters=text, updated_at=stamp))
    found = get_view(store, name)
    assert found is not None
    return found, created is None


def list_views(store: Store) -> list[dict[str, Any]]:
    v, tg = t.alert_views, t.alert_targets
    counts = select(tg.c.view, func.count().label("n")).group_by(tg.c.view).subquery()
    stmt = (select(v, func.coalesce(counts.c.n, 0)).select_from(v.outerjoin(counts, counts.c.view == v.c.name))
            .order_by(v.c.name))
    with store.engine.connect() as conn:
        return [_view_row(r, r[-1]) for r in conn.execute(stmt)]


def get_view(store: Store, name: str) -> dict[str, Any] | None:
    v, tg = t.alert_views, t.alert_targets
    with store.engine.connect() as conn:
        row = conn.execute(select(v).where(v.c.name == name)).first()
        if row is None:
            return None
        n = conn.execute(select(func.count()).select_from(tg).where(tg.c.view == name)).scalar() or 0
    return _view_row(row, n)


def delete_view(store: Store, name: str) -> bool:
    """Remove a view with its targets and their state (the delivery log stays)."""
    with store.engine.begin() as conn:
        ids = list(conn.execute(select(t.alert_targets.c.id).where(t.alert_targets.c.view == name)).scalars())
        if ids:
            conn.execute(delete(t.alert_state).where(t.alert_state.c.target_id.in_(ids)))
            conn.execute(delete(t.alert_targets).where(t.alert_targets.c.id.in_(ids)))
        gone = conn.execute(delete(t.alert_views).where(t.alert_views.c.name == name)).rowcount
    return bool(gone)


# ---------------------------------------------------------------- targets

def add_target(store: Store, view: str, url: str, secret: str) -> Target:
    """A webhook target of `view` (StoreError when the view is unknown or has this URL already)."""
    tg = t.alert_targets
    with store.engine.begin() as conn:
        if conn.execute(select(t.alert_views.c.name).where(t.alert_views.c.name == view)).first() is None:
            raise StoreError(f"no saved view {view!r}")
        if conn.execute(select(tg.c.id).where(tg.c.view == view, tg.c.url == url)).first() is not None:
            raise StoreError(f"view {view!r} already has the webhook {url}")
        conn.execute(tg.insert().values(view=view, url=url, secret=secret, created_at=now()))
    found = [x for x in targets(store, view) if x.url == url]
    return found[0]


def remove_target(store: Store, view: str, url: str) -> bool:
    tg = t.alert_targets
    with store.engine.begin() as conn:
        ids = list(conn.execute(select(tg.c.id).where(tg.c.view == view, tg.c.url == url)).scalars())
        if not ids:
            return False
        conn.execute(delete(t.alert_state).where(t.alert_state.c.target_id.in_(ids)))
        conn.execute(delete(tg).where(tg.c.id.in_(ids)))
    return True


def targets(store: Store, view: str | None = None) -> list[Target]:
    tg = t.alert_targets
    stmt = select(tg).order_by(tg.c.view, tg.c.id)
    if view is not None:
        stmt = stmt.where(tg.c.view == view)
    with store.engine.connect() as conn:
        return [Target(r.id, r.view, r.url, r.secret, r.created_at) for r in conn.execute(stmt)]


# ---------------------------------------------------------------- changes and claims

def _changed(store: Store, target_id: int, query: EventQuery) -> Any:
    c, s = t.clusters, t.alert_state
    return (select(c.c.id, c.c.n_reports, c.c.n_sources, s.c.n_reports.label("prev_reports"),
                   s.c.n_sources.label("prev_sources"))
            .select_from(c.outerjoin(s, and_(s.c.cluster_id == c.c.id, s.c.target_id == target_id)))
            .where(*event_filters(store, c, query),
                   or_(s.c.cluster_id.is_(None), s.c.n_reports != c.c.n_reports, s.c.n_sources != c.c.n_sources)))


def pending_changes(store: Store, target_id: int, query: EventQuery, limit: int) -> list[Change]:
    """Up to `limit` incidents matching `query` (its filters, on incidents) that are new or
    updated for the target, oldest event date first (so a backlog goes out in order)."""
    c = t.clusters
    stmt = _changed(store, target_id, query).order_by(c.c.date_key, c.c.id).limit(limit)
    with store.engine.connect() as conn:
        return [Change(r.id, r.n_reports, r.n_sources,
                       None if r.prev_reports is None else (r.prev_reports, r.prev_sources))
                for r in conn.execute(stmt)]


def baseline(store: Store, target_id: int, query: EventQuery) -> int:
    """Record every incident now matching `query` as already told to the target (`--from-now`):
    only later incidents and later reports of these are delivered. Returns how many."""
    rows = _changed(store, target_id, query)
    stamp = now()
    with store.engine.begin() as conn:
        found = conn.execute(rows).all()
        _move_state(store, conn, target_id, [Change(r.id, r.n_reports, r.n_sources, None) for r in found], None, stamp)
    return len(found)


def _move_state(store: Store, conn: Any, target_id: int, changes: Sequence[Change], delivery_id: str | None,
                stamp: str) -> None:
    s = t.alert_state
    for ch in changes:
        ins = store.backend.insert(s).values(target_id=target_id, cluster_id=ch.cluster_id, n_reports=ch.n_reports,
                                              n_sources=ch.n_sources, delivery_id=delivery_id, at=stamp)
        conn.execute(ins.on_conflict_do_update(
            index_elements=[s.c.target_id, s.c.cluster_id],
            set_={"n_reports": ch.n_reports, "n_sources": ch.n_sources, "delivery_id": delivery_id, "at": stamp}))


def claim(store: Store, target: Target, delivery_id: str, payload: str, changes: Sequence[Change]) -> None:
    """Record a delivery (status pending, its body) and move the target's state to `changes`, in
    one transaction. ClaimConflict (nothing written) when the state is no longer what the changes
    were computed from (another run claimed them meanwhile)."""
    s = t.alert_state
    stamp = datetime.now(UTC).isoformat(timespec="microseconds")  # orders the log: several a second
    with store.engine.begin() as conn:
        ids = [ch.cluster_id for ch in changes]
        have: dict[str, tuple[int, int]] = {}
        for i in range(0, len(ids), CHUNK):
            for cid, nr, ns in conn.execute(select(s.c.cluster_id, s.c.n_reports, s.c.n_sources).where(
                    s.c.target_id == target.id, s.c.cluster_id.in_(ids[i:i + CHUNK]))):
                have[cid] = (nr, ns)
        if any(have.get(ch.cluster_id) != ch.previous for ch in changes):
            raise ClaimConflict(f"the state of webhook {target.url} moved; run again")
        conn.execute(t.alert_deliveries.insert().values(
            id=delivery_id, target_id=target.id, view=target.view, url=target.url, created_at=stamp, status=PENDING,
            n_new=sum(ch.previous is None for ch in changes), n_updated=sum(ch.previous is not None for ch in changes),
            payload=payload, attempts=0, history="[]"))
        _move_state(store, conn, target.id, changes, delivery_id, stamp)


def pending_deliveries(store: Store, target_id: int) -> list[dict[str, Any]]:
    """The target's deliveries not yet accepted by the receiver, oldest first."""
    d = t.alert_deliveries
    with store.engine.connect() as conn:
        rows = conn.execute(select(d).where(d.c.target_id == target_id, d.c.status == PENDING)
                            .order_by(d.c.created_at, d.c.id)).all()
    return [dict(r._mapping) for r in rows]


def record_attempts(store: Store, delivery_id: str, attempts: Sequence[dict[str, Any]], status: str) -> None:
    """Append `attempts` (each: at, status, error, seconds) to a delivery's history and set its
    status (pending: to be tried again at the next run; delivered; rejected: final)."""
    d = t.alert_deliveries
    with store.engine.begin() as conn:
        row = conn.execute(select(d.c.attempts, d.c.history).where(d.c.id == delivery_id)).first()
        if row is None:
            raise StoreError(f"no delivery {delivery_id}")
        history = json.loads(row.history or "[]") + list(attempts)
        last = attempts[-1] if attempts else {}
        conn.execute(update(d).where(d.c.id == delivery_id).values(
            status=status, attempts=row.attempts + len(attempts), history=json.dumps(history, ensure_ascii=False),
            last_status=last.get("status"), last_error=last.get("error"), last_attempt_at=last.get("at"),
            delivered_at=last.get("at") if status == DELIVERED else None))


def delivery_log(store: Store, *, view: str | None = None, status: str | None = None, limit: int = 100,
                 with_payload: bool = False) -> list[dict[str, Any]]:
    """The newest deliveries first (each with its attempts)."""
    d = t.alert_deliveries
    cols = [c for c in d.c if with_payload or c.name != "payload"]
    stmt = select(*cols).order_by(d.c.created_at.desc(), d.c.id.desc()).limit(limit)
    if view is not None:
        stmt = stmt.where(d.c.view == view)
    if status is not None:
        stmt = stmt.where(d.c.status == status)
    with store.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
    for r in rows:
        r["history"] = json.loads(r["history"] or "[]")
    return rows


# ---------------------------------------------------------------- incidents for feeds and payloads

_FIELDS = ("id", "event_type", "sub_event_type", "event_date", "date_min", "date_max", "actor1", "actor2",
           "location", "country", "admin1", "admin2", "latitude", "longitude", "geo_precision", "fatalities",
           "modality", "civilian_targeting", "n_reports", "n_documents", "n_sources", "sources")


def incidents(store: Store, cluster_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The fields of each incident, its place's Arabic name (`location_ar`), and `updated`: when
    its latest report was stored (UTC, ISO)."""
    c, cm, d = t.clusters, t.cluster_members, t.documents
    latest = (select(cm.c.cluster_id, func.max(d.c.ingested_at).label("updated"))
              .select_from(cm.join(d, d.c.id == cm.c.document_id)).group_by(cm.c.cluster_id))
    out: dict[str, dict[str, Any]] = {}
    ids = list(cluster_ids)
    with store.engine.connect() as conn:
        for i in range(0, len(ids), CHUNK):
            part = ids[i:i + CHUNK]
            times = dict(conn.execute(latest.where(cm.c.cluster_id.in_(part))).all())
            stmt = (select(*[c.c[f] for f in _FIELDS], t.places.c.name_ar)
                    .select_from(c.outerjoin(t.places, t.places.c.id == c.c.place_id)).where(c.c.id.in_(part)))
            for r in conn.execute(stmt):
                item = dict(zip(_FIELDS, r, strict=False))
                item["sources"] = json.loads(item["sources"] or "[]")
                item["civilian_targeting"] = bool(item["civilian_targeting"])
                item["location_ar"] = r.name_ar
                item["updated"] = times.get(r.id)
                out[r.id] = item
    return out
