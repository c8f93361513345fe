"""Reviews: an analyst accepts, corrects or rejects a report (`e…`) or an incident (`c…`), and the
decision sticks.

* `submit_review(store, target, Decision(...), reviewer)` records the decision, a line of history
  per changed field (who, when, old, new), and writes the reviewed values over the target's row.
* The reviewed values are an **overlay**: whenever a report's or an incident's row is written
  again (re-extraction of its document, `repository.replace_events`; re-clustering,
  `clusters.replace_clusters`) the overlay is applied again in the same transaction
  (`apply_to_events`, `apply_to_clusters`), so no later run overwrites a reviewed field.
* Identity: a report's review is keyed by its **anchor**, the report's document and the span of
  its first evidence sentence (`anchor`), which a newer engine keeps even when the report's id
  (a hash of its fields) changes. An incident's review remembers the anchors of its reports: when
  re-clustering gives the incident another id (a merge, or reports extracted again), the review
  follows the incident holding most of them. Reports that joined since are "new since review".

Values are JSON: `event_type`, `sub_event_type`, `event_date` (ISO day), `location` (a mapping:
name, country, admin1, admin2, latitude, longitude, geo_precision, gazetteer_id), `actor1`,
`actor2` (canonical names), `fatalities` (an integer or null), `modality`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, delete, select, update

from marsad import acled
from marsad.errors import StoreError
from marsad.ids import sha256
from marsad.store import schema as t
from marsad.store.dialects import dialect_named
from marsad.store.engine import Store
from marsad.store.reference import actor_row

STATUSES = ("unreviewed", "accepted", "corrected", "rejected")
REASONS = ("not_an_event", "duplicate", "background", "wrong_place", "other")
FIELDS = ("event_type", "sub_event_type", "event_date", "location", "actor1", "actor2", "fatalities", "modality")
MODALITIES = ("asserted", "claimed", "alleged", "denied", "planned")
_LOC_KEYS = ("name", "country", "admin1", "admin2", "latitude", "longitude", "geo_precision", "gazetteer_id")


@dataclass(frozen=True, slots=True)
class Decision:
    """What a reviewer decided: `accept`, `reject` (with a reason) or `correct` (new values)."""

    action: str  # accept | reject | correct
    reason: str | None = None
    note: str | None = None
    changes: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.action not in ("accept", "reject", "correct"):
            raise StoreError(f"unknown review action {self.action!r}; accept, reject or correct")
        if self.action == "reject" and self.reason not in REASONS:
            raise StoreError(f"a rejection needs a reason: one of {', '.join(REASONS)}")
        if self.action == "correct" and not self.changes:
            raise StoreError("a correction needs at least one changed field")
        unknown = set(self.changes) - set(FIELDS)
        if unknown:
            raise StoreError(f"unknown review field(s) {', '.join(sorted(unknown))}; one of {', '.join(FIELDS)}")
        check_values(self.changes)


def check_values(values: dict[str, Any]) -> None:
    """StoreError when a reviewed value is not one the store can hold."""
    et, st = values.get("event_type"), values.get("sub_event_type")
    if et is not None and et not in acled.EVENT_TYPES:
        raise StoreError(f"event_type {et!r} is not an ACLED event type")
    if st is not None and st not in acled.EVENT_TYPE_OF:
        raise StoreError(f"sub_event_type {st!r} is not an ACLED sub-event type")
    if et is not None and st is not None and acled.EVENT_TYPE_OF[st] != et:
        raise StoreError(f"sub_event_type {st!r} belongs to {acled.EVENT_TYPE_OF[st]!r}, not {et!r}")
    if values.get("modality") is not None and values["modality"] not in MODALITIES:
        raise StoreError(f"modality must be one of {', '.join(MODALITIES)}")
    fat = values.get("fatalities")
    if fat is not None and (not isinstance(fat, int) or isinstance(fat, bool) or fat < 0):
        raise StoreError("fatalities must be a whole number, 0 or more")
    loc = values.get("location")
    if loc is not None and (not isinstance(loc, dict) or not loc.get("name")):
        raise StoreError("location must be an object with at least a name")


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# ---------------------------------------------------------------- anchors


def anchors(conn: Connection, event_ids: Iterable[str]) -> dict[str, str]:
    """The anchor of each event: "document:start-end:n", the span of its first evidence sentence
    and its rank among the document's events of that sentence (n: 0 for the first)."""
    ids = sorted(set(event_ids))
    docs: set[str] = set()
    for i in range(0, len(ids), 500):
        docs.update(conn.execute(select(t.events.c.document_id).where(t.events.c.id.in_(ids[i:i + 500]))).scalars())
    return _document_anchors(conn, sorted(docs), set(ids))


def _document_anchors(conn: Connection, docs: Sequence[str], wanted: set[str] | None = None) -> dict[str, str]:
    ev = t.evidence
    out: dict[str, str] = {}
    for i in range(0, len(docs), 200):
        rows = conn.execute(
            select(t.events.c.id, t.events.c.document_id, t.events.c.seq, ev.c.span_start, ev.c.span_end)
            .select_from(t.events.outerjoin(ev, (ev.c.event_id == t.events.c.id) & (ev.c.position == 0)))
            .where(t.events.c.document_id.in_(docs[i:i + 200]))
            .order_by(t.events.c.document_id, t.events.c.seq)).all()
        rank: dict[str, int] = {}
        for r in rows:
            span = f"{r.span_start}-{r.span_end}" if r.span_start is not None else f"seq{r.seq}"
            base = f"{r.document_id}:{span}"
            n = rank.get(base, 0)
            rank[base] = n + 1
            if wanted is None or r.id in wanted:
                out[r.id] = f"{base}:{n}"
    return out


# ---------------------------------------------------------------- reading


def _row(conn: Connection, ident: str) -> Any:
    tbl = t.clusters if ident.startswith("c") else t.events
    return conn.execute(select(tbl).where(tbl.c.id == ident)).mappings().first()


def values_of(row: Any) -> dict[str, Any]:
    """The reviewable fields of an event or cluster row, as review values."""
    loc = None
    if row["location"] or row["latitude"] is not None:
        loc = {"name": row["location"], "country": row["country"], "admin1": row["admin1"],
               "admin2": row["admin2"], "latitude": row["latitude"], "longitude": row["longitude"],
               "geo_precision": row["geo_precision"], "gazetteer_id": row["place_id"]}
    return {"event_type": row["event_type"], "sub_event_type": row["sub_event_type"],
            "event_date": row["event_date"], "location": loc, "actor1": row["actor1"], "actor2": row["actor2"],
            "fatalities": row["fatalities"], "modality": row["modality"]}


def _review_out(r: Any) -> dict[str, Any]:
    return {"key": r.key, "kind": r.kind, "target_id": r.target_id, "status": r.status, "reason": r.reason,
            "note": r.note, "fields": json.loads(r.fields), "corrected": json.loads(r.corrected),
            "anchors": json.loads(r.anchors), "reviewer": r.reviewer, "reviewed_at": r.reviewed_at}


def get_review(store: Store, target_id: str) -> dict[str, Any] | None:
    """The review that applies to `target_id` now (the latest, when several followed it)."""
    with store.engine.connect() as conn:
        r = conn.execute(select(t.reviews).where(t.reviews.c.target_id == target_id)
                         .order_by(t.reviews.c.reviewed_at.desc()).limit(1)).first()
        return _review_out(r) if r else None


def reviews_of(store: Store, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """The review of each of `ids` that has one (latest first wins)."""
    out: dict[str, dict[str, Any]] = {}
    with store.engine.connect() as conn:
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(t.reviews).where(t.reviews.c.target_id.in_(list(ids[i:i + 500])))
                                  .order_by(t.reviews.c.reviewed_at)):
                out[r.target_id] = _review_out(r)
    return out


def history(store: Store, target_id: str) -> list[dict[str, Any]]:
    """Every change made by reviews of `target_id`, oldest first: who, when, field, old, new."""
    with store.engine.connect() as conn:
        keys = select(t.reviews.c.key).where(t.reviews.c.target_id == target_id)
        h = t.review_history
        rows = conn.execute(select(h).where((h.c.review_key.in_(keys)) | (h.c.target_id == target_id))
                            .order_by(h.c.id)).all()
    return [{"target_id": r.target_id, "reviewer": r.reviewer, "at": r.at, "field": r.field,
             "old": json.loads(r.old) if r.old is not None else None,
             "new": json.loads(r.new) if r.new is not None else None} for r in rows]


def new_since_review(store: Store, cluster_id: str) -> list[str]:
    """The reports of a reviewed incident that were not among its reports when it was reviewed."""
    review = get_review(store, cluster_id)
    if review is None or review["kind"] != "cluster":
        return []
    with store.engine.connect() as conn:
        members = list(conn.execute(select(t.cluster_members.c.event_id)
                                    .where(t.cluster_members.c.cluster_id == cluster_id)).scalars())
        now_anchors = anchors(conn, members)
    seen = set(review["anchors"])
    return sorted(e for e in members if now_anchors.get(e) not in seen)


# ---------------------------------------------------------------- deciding


def submit_review(store: Store, target_id: str, decision: Decision, reviewer: str) -> dict[str, Any]:
    """Record `decision` on the report or incident `target_id` by `reviewer` and apply it.
    Returns the review. StoreError when there is no such report or incident."""
    with store.engine.begin() as conn:
        row = _row(conn, target_id)
        if row is None:
            raise StoreError(f"no event {target_id}")
        kind = "cluster" if target_id.startswith("c") else "report"
        members = ([target_id] if kind == "report" else list(conn.execute(
            select(t.cluster_members.c.event_id).where(t.cluster_members.c.cluster_id == target_id)).scalars()))
        member_anchors = anchors(conn, members)
        old = conn.execute(select(t.reviews).where(t.reviews.c.target_id == target_id)
                           .order_by(t.reviews.c.reviewed_at.desc()).limit(1)).first()
        if old is not None:
            key = old.key
        elif kind == "report":
            key = "r:" + member_anchors[target_id]
        else:
            key = "k:" + target_id
        current = values_of(row)
        fields = dict(json.loads(old.fields)) if old is not None else {}
        fields.update({k: v for k, v in current.items() if k not in fields})
        corrected = set(json.loads(old.corrected)) if old is not None else set()
        stamp = now()
        hist: list[tuple[str, Any, Any]] = []
        for name, value in decision.changes.items():
            if _norm(fields.get(name)) != _norm(value):
                hist.append((name, fields.get(name), value))
                fields[name] = value
                corrected.add(name)
        check_values(fields)
        status = {"accept": "corrected" if corrected else "accepted", "reject": "rejected",
                  "correct": "corrected" if corrected else "accepted"}[decision.action]
        before = (old.status if old is not None else "unreviewed", old.reason if old is not None else None,
                  old.note if old is not None else None)
        for name, a, b in (("status", before[0], status), ("reason", before[1], decision.reason),
                           ("note", before[2], decision.note)):
            if a != b and not (name != "status" and a is None and b is None):
                hist.insert(0, (name, a, b))
        evidence = conn.execute(select(t.evidence.c.text).where(
            t.evidence.c.event_id == (target_id if kind == "report" else row["representative"]),
            t.evidence.c.position == 0)).scalar()
        values = {"kind": kind, "target_id": target_id, "status": status,
                  "reason": decision.reason if status == "rejected" else None, "note": decision.note,
                  "fields": _dumps(fields), "corrected": _dumps(sorted(corrected)),
                  "anchors": _dumps(sorted(set(member_anchors.values()) | set(json.loads(old.anchors) if old else []))),
                  "evidence": evidence, "sub_event_type": row["sub_event_type"], "reviewer": reviewer,
                  "reviewed_at": stamp}
        if old is None:
            conn.execute(t.reviews.insert().values(key=key, **values))
        else:
            conn.execute(update(t.reviews).where(t.reviews.c.key == key).values(**values))
        if hist:
            conn.execute(t.review_history.insert(), [
                {"review_key": key, "target_id": target_id, "reviewer": reviewer, "at": stamp, "field": n,
                 "old": _dumps(a), "new": _dumps(b)} for n, a, b in hist])
        apply_overlay(conn, target_id, status, fields)
        out = conn.execute(select(t.reviews).where(t.reviews.c.key == key)).first()
    return _review_out(out)


def _norm(v: Any) -> Any:
    if isinstance(v, dict):
        return {k: v.get(k) for k in _LOC_KEYS if v.get(k) is not None}
    return v


# ---------------------------------------------------------------- the overlay


def _columns(fields: dict[str, Any]) -> dict[str, Any]:
    """Column values of the events or clusters table for reviewed values."""
    out: dict[str, Any] = {}
    if fields.get("event_type"):
        out["event_type"] = fields["event_type"]
        out["disorder_type"] = acled.DISORDER.get(fields["event_type"])
    if fields.get("sub_event_type"):
        out["sub_event_type"] = fields["sub_event_type"]
    if "event_date" in fields:
        out["event_date"] = fields["event_date"]
        out["date_key"] = fields["event_date"] or ""
    if "location" in fields:
        loc = fields["location"] or {}
        out.update(location=loc.get("name"), country=loc.get("country"), admin1=loc.get("admin1"),
                   admin2=loc.get("admin2"), latitude=loc.get("latitude"), longitude=loc.get("longitude"),
                   geo_precision=loc.get("geo_precision") or (1 if loc.get("latitude") is not None else None),
                   place_id=place_key(loc) if loc else None)
    for name in ("actor1", "actor2", "fatalities", "modality"):
        if name in fields:
            out[name] = fields[name]
    return out


def place_key(loc: dict[str, Any]) -> str:
    """The `places` id of a reviewed location: its gazetteer id, or `p` + a hash of its fields."""
    if loc.get("gazetteer_id"):
        return str(loc["gazetteer_id"])[:80]
    return "p" + sha256("|".join(str(loc.get(k)) for k in _LOC_KEYS))[:16]


def _ensure_references(conn: Connection, cols: dict[str, Any], fields: dict[str, Any]) -> None:
    ins = dialect_named(conn.dialect.name).insert
    for name in (cols.get("actor1"), cols.get("actor2")):
        if name:
            conn.execute(ins(t.actors).on_conflict_do_nothing(), [actor_row(name)])
    loc = fields.get("location")
    if cols.get("place_id") and loc:
        conn.execute(ins(t.places).on_conflict_do_nothing(), [{
            "id": cols["place_id"], "name": loc.get("name"), "name_ar": None, "country": loc.get("country"),
            "admin1": loc.get("admin1"), "admin2": loc.get("admin2"), "admin3": None,
            "latitude": loc.get("latitude"), "longitude": loc.get("longitude"),
            "geo_precision": cols.get("geo_precision")}])


def apply_overlay(conn: Connection, target_id: str, status: str, fields: dict[str, Any]) -> None:
    """Write the reviewed values and the status over the row of `target_id` and the copies the
    page queries read (actors and dates beside members)."""
    is_cluster = target_id.startswith("c")
    tbl: Table = t.clusters if is_cluster else t.events
    cols = _columns(fields)
    _ensure_references(conn, cols, fields)
    conn.execute(update(tbl).where(tbl.c.id == target_id).values(review_status=status, **cols))
    date_key = cols.get("date_key")
    if is_cluster:
        if date_key is not None:
            conn.execute(update(t.cluster_members).where(t.cluster_members.c.cluster_id == target_id)
                         .values(date_key=date_key))
            conn.execute(update(t.cluster_actors).where(t.cluster_actors.c.cluster_id == target_id)
                         .values(date_key=date_key))
        have = set(conn.execute(select(t.cluster_actors.c.actor)
                                .where(t.cluster_actors.c.cluster_id == target_id)).scalars())
        key = date_key if date_key is not None else conn.execute(
            select(t.clusters.c.date_key).where(t.clusters.c.id == target_id)).scalar() or ""
        for name in {cols.get("actor1"), cols.get("actor2")} - have - {None}:
            conn.execute(t.cluster_actors.insert().values(cluster_id=target_id, actor=name, date_key=key))
        return
    ea = t.event_actors
    for role in ("actor1", "actor2"):
        if role not in cols:
            continue
        if cols[role] is None:
            conn.execute(delete(ea).where(ea.c.event_id == target_id, ea.c.role == role))
        elif conn.execute(update(ea).where(ea.c.event_id == target_id, ea.c.role == role, ea.c.position == 0)
                          .values(actor=cols[role])).rowcount == 0:
            conn.execute(ea.insert().values(event_id=target_id, role=role, position=0, actor=cols[role],
                                            date_key=date_key if date_key is not None else ""))
    if date_key is not None:
        conn.execute(update(ea).where(ea.c.event_id == target_id).values(date_key=date_key))


def apply_to_events(conn: Connection, event_ids: Sequence[str]) -> int:
    """After a document's reports were written (again): the reviews of their anchors follow the
    new ids and are applied. Returns how many reports got a review."""
    if not event_ids or conn.execute(select(t.reviews.c.key).where(t.reviews.c.kind == "report").limit(1)).first() is None:
        return 0
    by_anchor = {a: e for e, a in anchors(conn, event_ids).items()}
    n = 0
    keys = ["r:" + a for a in by_anchor]
    for i in range(0, len(keys), 500):
        for r in conn.execute(select(t.reviews).where(t.reviews.c.key.in_(keys[i:i + 500]))).all():
            eid = by_anchor[r.key[2:]]
            if r.target_id != eid:
                conn.execute(update(t.reviews).where(t.reviews.c.key == r.key).values(target_id=eid))
            apply_overlay(conn, eid, r.status, json.loads(r.fields))
            n += 1
    return n


def apply_to_clusters(conn: Connection, clusters: Sequence[tuple[str, Sequence[str]]], gone: set[str]) -> int:
    """After re-clustering wrote `clusters` ((id, member event ids)) in place of the clusters
    `gone`: every review of one of those ids follows its incident (the same id, else the new
    cluster holding most of the reports it saw) and is applied again. Returns how many."""
    ids = sorted({cid for cid, _ in clusters} | gone)
    rv = t.reviews
    reviewed = [r for i in range(0, len(ids), 500) for r in conn.execute(
        select(rv).where(rv.c.kind == "cluster", rv.c.target_id.in_(ids[i:i + 500]))).all()]
    # incidents whose reports were all extracted again (their cluster was removed)
    seen = {r.key for r in reviewed}
    reviewed += [r for r in conn.execute(select(rv).where(rv.c.kind == "cluster", rv.c.target_id.not_in(
        select(t.clusters.c.id)))).all() if r.key not in seen]
    if not reviewed:
        return 0
    new_ids = {cid for cid, _ in clusters}
    member_anchor = anchors(conn, [e for _, members in clusters for e in members])
    anchor_cluster = {member_anchor[e]: cid for cid, members in clusters for e in members if e in member_anchor}
    for r in sorted(reviewed, key=lambda r: r.reviewed_at):  # the latest review is applied last: it wins
        target = r.target_id
        if target not in new_ids:
            votes: dict[str, int] = {}
            for a in json.loads(r.anchors):
                if a in anchor_cluster:
                    votes[anchor_cluster[a]] = votes.get(anchor_cluster[a], 0) + 1
            if not votes:
                continue  # its reports are gone: the review waits for them
            target = min(votes, key=lambda c: (-votes[c], c))
            if target not in gone and not _cluster_exists(conn, r.target_id):
                # a cluster made anew of the reviewed incident's reports takes back the incident's id
                _rename_cluster(conn, target, r.target_id)
                new_ids = (new_ids - {target}) | {r.target_id}
                anchor_cluster = {a: (r.target_id if c == target else c) for a, c in anchor_cluster.items()}
                target = r.target_id
            conn.execute(update(t.reviews).where(t.reviews.c.key == r.key).values(target_id=target))
        apply_overlay(conn, target, r.status, json.loads(r.fields))
    return len(reviewed)


def _cluster_exists(conn: Connection, ident: str) -> bool:
    return conn.execute(select(t.clusters.c.id).where(t.clusters.c.id == ident)).first() is not None


def _rename_cluster(conn: Connection, old: str, new: str) -> None:
    row = dict(conn.execute(select(t.clusters).where(t.clusters.c.id == old)).mappings().one())
    conn.execute(t.clusters.insert().values(**{**row, "id": new}))
    for table in (t.cluster_members, t.cluster_actors, t.cluster_revisions):
        conn.execute(update(table).where(table.c.cluster_id == old).values(cluster_id=new))
    conn.execute(delete(t.clusters).where(t.clusters.c.id == old))


def rejected_ids() -> Any:
    """A selectable of the ids of rejected reports and incidents (the default views leave them out)."""
    return select(t.reviews.c.target_id).where(t.reviews.c.status == "rejected")


def words_of(store: Store, target_id: str) -> dict[str, Any]:
    """The article's words behind the location and the actors of a report (an incident: its
    representative report), with the extracted country: what a correction teaches (aliases)."""
    with store.engine.connect() as conn:
        ident: str | None = target_id
        if target_id.startswith("c"):
            ident = conn.execute(select(t.clusters.c.representative).where(t.clusters.c.id == target_id)).scalar()
        record = conn.execute(select(t.events.c.record).where(t.events.c.id == ident)).scalar() if ident else None
    rec = json.loads(record) if record else {}
    loc = rec.get("location") or {}
    return {"location": loc.get("text"), "country": loc.get("country"),
            "actor1": (rec.get("actor1") or {}).get("text"), "actor2": (rec.get("actor2") or {}).get("text")}


def actor_names(store: Store, q: str, limit: int = 20) -> list[str]:
    """Canonical actor names of the store containing `q` (any case), shortest first."""
    with store.engine.connect() as conn:
        names = conn.execute(select(t.actors.c.name).where(t.actors.c.name.ilike(f"%{_like(q)}%", escape="\\"))
                             .order_by(t.actors.c.name).limit(500)).scalars().all()
    return sorted(names, key=lambda n: (len(n), n))[:limit]


def _like(q: str) -> str:
    return q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def exists(store: Store, ident: str) -> bool:
    """Whether a report or incident `ident` is stored."""
    with store.engine.connect() as conn:
        return _row(conn, ident) is not None
