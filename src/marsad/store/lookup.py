"""Reading single items and summaries: an event or cluster with every source, a document with
its events and spans, and the database statistics (`marsad stats`, `/api/stats`)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, func, select

from marsad.store import schema as t
from marsad.store.engine import Store
from marsad.store.provenance import display_origin
from marsad.store.queries import EventQuery, event_filters
from marsad.text.normalize import normalize


def _document_brief(row: Any) -> dict[str, Any]:
    return {"id": row.id, "doc": row.doc_key, "title": row.title, "url": row.url, "source": row.source,
            "published": row.published, "near_dup_of": row.near_dup_of}


def _full_event(conn: Connection, row: Any) -> dict[str, Any]:
    rec = json.loads(row.record)
    rec["id"] = row.id
    rec["document_id"] = row.document_id
    rec["source"] = row.source
    rec["review_status"] = row.review_status
    rec["cluster_id"] = conn.execute(select(t.cluster_members.c.cluster_id)
                                     .where(t.cluster_members.c.event_id == row.id)).scalar()
    doc = conn.execute(select(t.documents).where(t.documents.c.id == row.document_id)).first()
    rec["document"] = _document_brief(doc) if doc else None
    return rec


def get_event(store: Store, ident: str) -> dict[str, Any] | None:
    """An event report (`e…`) with its document, or a cluster (`c…`) with all its reports and
    sources; None when there is no such id."""
    with store.engine.connect() as conn:
        if ident.startswith("c"):
            return _cluster(conn, ident)
        row = conn.execute(select(t.events).where(t.events.c.id == ident)).first()
        if row is None:
            return None
        rec = _full_event(conn, row)
        if rec["cluster_id"]:
            cl = _cluster(conn, rec["cluster_id"])
            rec["sources"] = cl["reports"] if cl else []
        return rec


def _cluster(conn: Connection, ident: str) -> dict[str, Any] | None:
    row = conn.execute(select(t.clusters).where(t.clusters.c.id == ident)).mappings().first()
    if row is None:
        return None
    out = dict(row)
    out["kind"] = "cluster"
    out["sources"] = json.loads(out["sources"] or "[]")
    out.pop("date_key", None)
    members = conn.execute(select(t.events).join(t.cluster_members, t.cluster_members.c.event_id == t.events.c.id)
                           .where(t.cluster_members.c.cluster_id == ident)
                           .order_by(t.events.c.date_key, t.events.c.id)).all()
    out["reports"] = [_full_event(conn, m) for m in members]
    return out


def _spans_to_body(rec: dict[str, Any], nt: Any) -> None:
    """Add `span_body` (offsets in the article's own text) beside every `span` of a record."""
    def fix(obj: Any) -> None:
        if isinstance(obj, dict):
            sp = obj.get("span")
            if isinstance(sp, list) and len(sp) == 2 and all(isinstance(x, int) for x in sp):
                obj["span_body"] = list(nt.to_original(sp[0], sp[1]))
            for v in obj.values():
                fix(v)
        elif isinstance(obj, list):
            for v in obj:
                fix(v)
    fix(rec)


def get_document(store: Store, ident: str) -> dict[str, Any] | None:
    """A document: metadata, article text (`body`), normalized text (`norm_text`, which the spans
    index) and its events; every `span` also comes as `span_body`, offsets into `body`."""
    with store.engine.connect() as conn:
        row = conn.execute(select(t.documents).where(t.documents.c.id == ident)).first()
        if row is None:
            return None
        evs = conn.execute(select(t.events).where(t.events.c.document_id == ident).order_by(t.events.c.seq)).all()
        events = [_full_event(conn, e) for e in evs]
    nt = normalize(row.body)
    aligned = nt.text == row.norm_text
    if aligned:
        for rec in events:
            _spans_to_body(rec, nt)
    return {
        **_document_brief(row), "language": row.language, "section": json.loads(row.section or "[]"),
        "author": row.author, "site_name": row.site_name, "body": row.body, "norm_text": row.norm_text,
        "spans_map_to_body": aligned, "meta": json.loads(row.meta or "{}"), "ingested_at": row.ingested_at,
        "events": events,
    }


def _count(conn: Connection, table: Any) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _group(conn: Connection, col: Any, tbl: Any, conds: list[Any], limit: int | None = None) -> dict[str, int]:
    stmt = select(col, func.count()).select_from(tbl).where(*conds).group_by(col).order_by(func.count().desc(), col)
    if limit:
        stmt = stmt.limit(limit)
    return {(k if k is not None else "(unknown)"): int(n) for k, n in conn.execute(stmt).all()}


def stats(store: Store, query: EventQuery | None = None, top_actors: int = 50) -> dict[str, Any]:
    """Totals (`documents`, `events`, `clusters`, `failures`: integers) and breakdowns by type,
    governorate (admin1), day and actor, for the view and filters of `query` (default: clusters,
    no filter)."""
    qy = query or EventQuery(limit=None)
    tbl = t.clusters if qy.view == "clusters" else t.events
    with store.engine.connect() as conn:
        conds = event_filters(store, tbl, qy)
        out: dict[str, Any] = {
            "documents": _count(conn, t.documents),
            "events": _count(conn, t.events),
            "clusters": _count(conn, t.clusters),
            "failures": _count(conn, t.failures),
            "near_duplicate_documents": int(conn.execute(select(func.count()).select_from(t.documents)
                                                         .where(t.documents.c.near_dup_of.is_not(None))).scalar_one()),
            "sources": _count(conn, t.sources),
            "view": qy.view,
            "matching": int(conn.execute(select(func.count()).select_from(tbl).where(*conds)).scalar_one()),
            "by_type": _group(conn, tbl.c.event_type, tbl, conds),
            "by_sub_type": _group(conn, tbl.c.sub_event_type, tbl, conds),
            "by_admin1": _group(conn, tbl.c.admin1, tbl, conds),
            "by_country": _group(conn, tbl.c.country, tbl, conds),
            "by_day": dict(sorted(_group(conn, tbl.c.event_date, tbl, conds).items())),
            "failures_by_stage": _group(conn, t.failures.c.stage, t.failures, []),
        }
        ev_conds = event_filters(store, t.events, qy) if qy.view == "reports" else [
            t.events.c.id.in_(select(t.cluster_members.c.event_id).join(
                t.clusters, t.clusters.c.id == t.cluster_members.c.cluster_id).where(*conds))] if conds else []
        actor_tbl = t.event_actors.join(t.events, t.events.c.id == t.event_actors.c.event_id)
        out["by_actor"] = _group(conn, t.event_actors.c.actor, actor_tbl,
                                 [t.event_actors.c.role.in_(("actor1", "actor2")), *ev_conds], top_actors)
        last = conn.execute(select(t.ingest_runs).order_by(t.ingest_runs.c.id.desc()).limit(1)).mappings().first()
        out["last_run"] = {k: (json.loads(v) if k in ("sources", "versions") and v else v)
                           for k, v in last.items()} if last else None
        if out["last_run"] and out["last_run"].get("sources"):  # local paths by their names only
            out["last_run"]["sources"] = [display_origin(x) for x in out["last_run"]["sources"]]
    return out
