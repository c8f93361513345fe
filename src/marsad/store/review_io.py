"""Reviews out of one installation and into another (`marsad review export|import`), and what the
rejections say about the rules (`marsad review stats`).

An export holds the local aliases (`marsad.aliases`), every review with its anchors and its
history. Documents have the same ids wherever the same input is ingested (content hashes), so an
imported review finds its report by anchor and its incident by its reports, as after a
re-extraction, and is applied at once to what the store holds (and to what is ingested later).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from sqlalchemy import Connection, select

from marsad import aliases
from marsad.errors import StoreError
from marsad.extract.mention_scan import cue_matcher, marker_matcher
from marsad.store import review
from marsad.store import schema as t
from marsad.store.engine import Store
from marsad.text.normalize import norm

FORMAT = "marsad-reviews/1"
_REVIEW_COLUMNS = ("key", "kind", "target_id", "status", "reason", "note", "fields", "corrected", "anchors",
                   "evidence", "sub_event_type", "reviewer", "reviewed_at")
_JSON_COLUMNS = ("fields", "corrected", "anchors")


def export_reviews(store: Store) -> dict[str, Any]:
    """Aliases, reviews and history as one JSON-able object."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.reviews).order_by(t.reviews.c.key)).mappings().all()
        hist = conn.execute(select(t.review_history).order_by(t.review_history.c.id)).mappings().all()
    return {
        "format": FORMAT,
        "aliases": aliases.load().to_json(),
        "reviews": [{k: (json.loads(r[k]) if k in _JSON_COLUMNS else r[k]) for k in _REVIEW_COLUMNS} for r in rows],
        "history": [{k: v for k, v in h.items() if k != "id"} for h in hist],
    }


def import_reviews(store: Store, data: Any) -> dict[str, int]:
    """Merge an export into this installation: aliases (the same words: the imported alias wins),
    reviews (a review newer than the one here replaces it) and their history; then apply them to
    the stored reports and incidents. Returns counts."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreError(f"not a marsad review export (format {FORMAT!r})")
    merged, n_aliases = aliases.merge(aliases.load(), aliases.parse(data.get("aliases") or {}, "the export"))
    added = replaced = 0
    with store.engine.begin() as conn:
        have = {r.key: r.reviewed_at for r in conn.execute(select(t.reviews.c.key, t.reviews.c.reviewed_at))}
        for r in data.get("reviews") or []:
            row = _review_row(r)
            if row["key"] in have and have[row["key"]] >= row["reviewed_at"]:
                continue
            if row["key"] in have:
                conn.execute(t.reviews.delete().where(t.reviews.c.key == row["key"]))
                replaced += 1
            else:
                added += 1
            conn.execute(t.reviews.insert().values(**row))
            conn.execute(t.review_history.insert(), [
                _history_row(h) for h in data.get("history") or [] if h.get("review_key") == row["key"]])
        applied = _apply_all(conn)
    if n_aliases:
        aliases.save(merged)
    return {"aliases": n_aliases, "reviews_added": added, "reviews_replaced": replaced, "applied": applied}


def _review_row(r: Any) -> dict[str, Any]:
    try:
        row = {k: r.get(k) for k in _REVIEW_COLUMNS}
        for k in _JSON_COLUMNS:
            row[k] = json.dumps(row[k], ensure_ascii=False, sort_keys=True)
        if row["kind"] not in ("report", "cluster") or row["status"] not in review.STATUSES:
            raise ValueError(f"kind {row['kind']!r}, status {row['status']!r}")
        review.check_values(json.loads(row["fields"]))
        if not all(isinstance(row[k], str) and row[k] for k in ("key", "target_id", "reviewer", "reviewed_at")):
            raise ValueError("key, target_id, reviewer and reviewed_at are required")
    except (AttributeError, TypeError, ValueError, StoreError) as e:
        raise StoreError(f"invalid review in the export: {e}") from e
    return row


def _history_row(h: dict[str, Any]) -> dict[str, Any]:
    return {"review_key": h["review_key"], "target_id": h["target_id"], "reviewer": h["reviewer"], "at": h["at"],
            "field": h["field"], "old": h.get("old"), "new": h.get("new")}


def _apply_all(conn: Connection) -> int:
    """Apply every review to the reports of the documents its anchors name, and to their incidents."""
    docs = sorted({a.split(":", 1)[0] for (anchors,) in conn.execute(select(t.reviews.c.anchors))
                   for a in json.loads(anchors)})
    events: list[str] = []
    for i in range(0, len(docs), 500):
        events += conn.execute(select(t.events.c.id).where(t.events.c.document_id.in_(docs[i:i + 500]))).scalars()
    n = review.apply_to_events(conn, events)
    members: dict[str, list[str]] = {}
    for i in range(0, len(events), 500):
        for cid, eid in conn.execute(select(t.cluster_members.c.cluster_id, t.cluster_members.c.event_id)
                                     .where(t.cluster_members.c.event_id.in_(events[i:i + 500]))):
            members.setdefault(cid, []).append(eid)
    for cid in list(members):  # whole incidents: a review counts the reports of every document
        members[cid] = list(conn.execute(select(t.cluster_members.c.event_id)
                                         .where(t.cluster_members.c.cluster_id == cid)).scalars())
    return n + review.apply_to_clusters(conn, sorted(members.items()), set())


def cue_and_context(sentence: str) -> tuple[str, str]:
    """The event cue words of a sentence and its context: the modality and discourse markers
    around them (negation, future, background ...), "plain" when there are none."""
    text = norm(sentence)
    cues = sorted({text[m.start:m.end] for m in cue_matcher().find(text)})
    markers = sorted({m.payload for m in marker_matcher().find_longest(text) if m.payload != "idiom"})
    return " | ".join(cues) or "(no cue)", ", ".join(markers) or "plain"


def rejection_stats(store: Store) -> dict[str, Any]:
    """Counts of reviews by status and rejection reason, and the rejections "not an event" grouped
    by cue and context, most frequent first: which rules fail most."""
    with store.engine.connect() as conn:
        rows = conn.execute(select(t.reviews.c.status, t.reviews.c.reason, t.reviews.c.evidence,
                                   t.reviews.c.sub_event_type)).all()
    by_status = Counter(r.status for r in rows)
    by_reason = Counter(r.reason for r in rows if r.status == "rejected")
    groups: Counter[tuple[str, str, str]] = Counter()
    for r in rows:
        if r.status == "rejected" and r.reason == "not_an_event":
            cue, context = cue_and_context(r.evidence or "")
            groups[(cue, context, r.sub_event_type or "")] += 1
    return {
        "reviews": len(rows),
        "by_status": dict(sorted(by_status.items())),
        "rejected_by_reason": dict(sorted(by_reason.items())),
        "not_an_event": [{"cue": c, "context": x, "sub_event_type": s, "count": n}
                         for (c, x, s), n in sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))],
    }
