"""Writing the store: documents with their events and evidence, failures, ingest runs.

Every write here is one transaction: a document, its events, actors, places, evidence, full-text
entry and MinHash bands go in together or not at all (`save_document`), so a process killed at any
moment leaves the database as it was before that document or after it, never in between.

Identifiers derive from content (see `schema.py`), so a re-run produces the same rows:
`document_id(content_hash)`, `event_id(document_id, seq, event)` (both `marsad.ids`, the one scheme
the pipeline uses too), `place_id(location)`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Select, Table, and_, bindparam, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError

from marsad import __version__
from marsad.errors import StoreError
from marsad.ids import document_id, event_id, raw_content, sha256
from marsad.models import ActorRef, Article, Document, Event, Evidence, Location
from marsad.store import review
from marsad.store import schema as t
from marsad.store.dialects import dialect_named
from marsad.store.engine import Store
from marsad.store.migrations import SCHEMA_VERSION
from marsad.store.provenance import source_name, title_tag
from marsad.store.reference import actor_row, place_row

NEAR_DUP_THRESHOLD = 0.8  # estimated Jaccard similarity of word shingles


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def place_id(loc: Location) -> str:
    if loc.gazetteer_id:
        return str(loc.gazetteer_id)[:80]
    key = f"{loc.name}|{loc.country}|{loc.admin1}|{loc.admin2}|{loc.latitude}|{loc.longitude}|{loc.geo_precision}"
    return "p" + sha256(key)[:16]


def failure_id(origin: str, doc_key: str, stage: str) -> str:
    return sha256(f"{origin}|{doc_key}|{stage}")[:24]


def with_ids(doc_id: str, events: Iterable[Event]) -> list[Event]:
    """`marsad.ids.with_ids`: the events with their stable ids set, an event that has its id
    already kept as it is (the pipeline gives a document's events the ids the store gives them:
    `dataclasses.replace` of each again cost 15 µs a record)."""
    out = []
    for seq, ev in enumerate(events):
        eid = event_id(doc_id, seq, ev)
        out.append(ev if ev.id == eid else replace(ev, id=eid))
    return out


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def insert_ignore(conn: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows, leaving alone the ones whose primary key is already there."""
    if not rows:
        return
    conn.execute(dialect_named(conn.dialect.name).insert(table).on_conflict_do_nothing(), list(rows))


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A processed document ready to store (built by the ingest runner)."""

    doc: Document
    article: Article
    norm_text: str
    events: tuple[Event, ...]
    content_hash: str
    language: str | None = None
    minhash: bytes | None = None  # MinHash signature, 8-byte unsigned values
    bands: tuple[str, ...] = ()  # LSH band buckets of the signature
    meta: dict[str, Any] = field(default_factory=dict)
    raw_text: str | None = None  # the raw page decoded (for `html_bytes` input)

    @property
    def id(self) -> str:
        return document_id(self.content_hash)


@dataclass(frozen=True, slots=True)
class SaveResult:
    document_id: str
    added: bool
    reason: str | None = None  # why it was not added (already stored)
    events: int = 0
    near_dup_of: str | None = None


def find_document(store: Store, *, url: str | None = None, content_hash: str | None = None) -> str | None:
    """The id of the stored document with this URL or this content hash, or None."""
    if not url and not content_hash:
        return None
    params = {"url": url, "content_hash": content_hash}
    with store.engine.connect() as conn:
        return conn.execute(_find_query(bool(url), bool(content_hash)), params).scalar()


def stored_keys(store: Store, hashes: Sequence[str], urls: Sequence[str]) -> set[str]:
    """Which of these content hashes and URLs the stored documents have (one query for many
    documents: `find_document` for a batch)."""
    if not hashes and not urls:
        return set()
    d = t.documents
    found: set[str] = set()
    with store.engine.connect() as conn:
        for h, u in conn.execute(select(d.c.content_hash, d.c.url).where(
                or_(d.c.content_hash.in_(list(hashes)), *([d.c.url.in_(list(urls))] if urls else [])))):
            found.add(h)
            if u:
                found.add(u)
    return found


@cache
def _find_query(by_url: bool, by_hash: bool) -> Select[Any]:
    """`find_document`'s query, built once per kind (asked for every document of a run)."""
    conds = ([t.documents.c.url == bindparam("url")] if by_url else []) + \
        ([t.documents.c.content_hash == bindparam("content_hash")] if by_hash else [])
    return select(t.documents.c.id).where(or_(*conds)).limit(1)


def signature_similarity(a: bytes, b: bytes) -> float:
    n = min(len(a), len(b)) // 8
    if n == 0:
        return 0.0
    same = sum(1 for i in range(0, n * 8, 8) if a[i:i + 8] == b[i:i + 8])
    return same / n


@cache
def _near_duplicate_query(n_bands: int) -> Select[Any]:
    """The stored documents sharing a band bucket with a signature of `n_bands` bands (built once,
    the buckets bound as b0, b1 …: building the expression anew cost more than running it)."""
    conds = [and_(t.minhash_bands.c.band == i, t.minhash_bands.c.bucket == bindparam(f"b{i}"))
             for i in range(n_bands)]
    cand = select(t.minhash_bands.c.document_id).where(or_(*conds)).distinct()
    return select(t.documents.c.id, t.documents.c.minhash, t.documents.c.near_dup_of).where(t.documents.c.id.in_(cand))


def _near_duplicate(conn: Connection, new: NewDocument) -> str | None:
    if not new.minhash or not new.bands:
        return None
    rows = conn.execute(_near_duplicate_query(len(new.bands)), {f"b{i}": b for i, b in enumerate(new.bands)}).all()
    best: tuple[float, str] | None = None
    for doc_id, sig, root in rows:
        if sig is None:
            continue
        s = signature_similarity(new.minhash, bytes(sig))
        if s >= NEAR_DUP_THRESHOLD and (best is None or (s, root or doc_id) > best):
            best = (s, root or doc_id)  # point at the first of the family, not at a copy
    return best[1] if best else None


def _actor_rows(ev_id: str, ev: Event) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    roles: list[tuple[str, Iterable[ActorRef | None]]] = [
        ("actor1", [ev.actor1]), ("actor2", [ev.actor2]), ("assoc_actor_1", ev.assoc_actor_1),
        ("assoc_actor_2", ev.assoc_actor_2), ("claimed_by", ev.claimed_by)]
    links, actors = [], []
    date_key = ev.event_date.isoformat() if ev.event_date else ""
    for role, refs in roles:
        for pos, a in enumerate(r for r in refs if r is not None):
            links.append({"event_id": ev_id, "role": role, "position": pos, "actor": a.name, "text": a.text,
                          "span_start": a.span[0], "span_end": a.span[1], "date_key": date_key})
            actors.append({"name": a.name, "inter": a.inter, "country": a.country, "parent": a.parent})
    return links, actors


def _event_row(ev: Event, doc_id: str, seq: int, source: str | None, pid: str | None) -> dict[str, Any]:
    loc = ev.location
    return {
        "id": ev.id, "document_id": doc_id, "doc_key": ev.doc, "seq": seq,
        "event_type": ev.event_type, "sub_event_type": ev.sub_event_type, "disorder_type": ev.disorder_type,
        "event_date": ev.event_date.isoformat() if ev.event_date else None,
        "date_key": ev.event_date.isoformat() if ev.event_date else "",
        "time_precision": ev.time_precision,
        "actor1": ev.actor1.name if ev.actor1 else None, "actor2": ev.actor2.name if ev.actor2 else None,
        "place_id": pid, "location": loc.name if loc else None, "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None, "admin2": loc.admin2 if loc else None,
        "latitude": loc.latitude if loc else None, "longitude": loc.longitude if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "fatalities": ev.fatalities, "quantity": ev.quantity, "modality": ev.modality,
        "aggregate": ev.aggregate, "background": ev.background, "civilian_targeting": ev.civilian_targeting,
        "confidence": ev.confidence, "source": source, "record": _dumps(ev.to_record()),
        **_words("date", ev.date_words), **_words("fatalities", ev.fatality_words),
    }


def _words(name: str, ev: Evidence | None) -> dict[str, Any]:
    """The words behind a field and their span (columns `{name}_words`, `{name}_span_start/end`)."""
    return {f"{name}_words": ev.text if ev else None, f"{name}_span_start": ev.span[0] if ev else None,
            f"{name}_span_end": ev.span[1] if ev else None}


def save_document(store: Store, new: NewDocument, *, origin: str, run_id: int | None = None) -> SaveResult:
    """Store one processed document, its events, actors, places and evidence in one transaction.

    A document already stored (same URL or same content hash) is left alone: `added` is False and
    `reason` says which. Failures recorded earlier for the same document are cleared.
    """
    try:
        with store.engine.begin() as conn:
            return _save(conn, new, origin, run_id)
    except IntegrityError as e:  # a concurrent writer stored the same document first
        found = find_document(store, url=new.doc.url or new.article.url, content_hash=new.content_hash)
        if found:
            return SaveResult(found, False, f"already stored as {found}")
        raise e


def save_documents(store: Store, batch: Sequence[tuple[NewDocument, str]], *,
                   run_id: int | None = None) -> list[SaveResult]:
    """Store several processed documents ((document, origin) pairs) in one transaction, in order:
    the rows and results of `save_document` on each in turn (each sees the ones before it, for
    duplicates and near-duplicates), one commit instead of one per document. When the batch meets
    a conflict (a concurrent writer stored one of them first) nothing of it is kept and each
    document is saved on its own."""
    try:
        with store.engine.begin() as conn:
            return _save_batch(conn, batch, run_id)
    except IntegrityError:
        return [save_document(store, new, origin=origin, run_id=run_id) for new, origin in batch]


@dataclass
class _Writes:
    """The rows of the documents of a batch not yet written (`_save_batch`)."""

    sources: list[dict[str, Any]] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    bands: list[dict[str, Any]] = field(default_factory=list)
    events: EventRows = field(default_factory=lambda: EventRows())  # defined below
    failures: list[dict[str, Any]] = field(default_factory=list)

    def write(self, conn: Connection) -> None:
        """One statement per table for all the documents gathered, in the order `_save` writes."""
        if self.sources:
            insert_ignore(conn, t.sources, self.sources)
        if self.documents:  # (with their full-text entries: one statement for the batch's)
            dialect_named(conn.dialect.name).insert_documents(conn, self.documents)
        if self.bands:
            conn.execute(t.minhash_bands.insert(), self.bands)
        if self.documents:
            insert_event_rows(conn, self.events)
        if self.failures:
            conn.execute(_failure_delete(), self.failures)
        self.sources, self.documents, self.bands, self.events, self.failures = [], [], [], EventRows(), []


def _save_batch(conn: Connection, batch: Sequence[tuple[NewDocument, str]], run_id: int | None) -> list[SaveResult]:
    """`_save` of each document in turn, with the same rows and results, in a few statements: the
    stored documents with the same content or URL and those sharing a band bucket are asked for
    once for the batch, the documents before it in the batch are looked at here, and the rows are
    written together. A document that is already there (stored or earlier in the batch) goes
    through `_save` itself, after the rows gathered before it are written."""
    stored = _stored_keys(conn, [n.content_hash for n, _ in batch], [u for n, _ in batch if (u := _url(n))])
    cands = _band_candidates(conn, [(i, b) for n, _ in batch for i, b in enumerate(n.bands)])
    writes = _Writes()
    out: list[SaveResult] = []
    for new, origin in batch:
        url = _url(new)
        if new.content_hash in stored or (url and url in stored):
            writes.write(conn)
            res = _save(conn, new, origin, run_id)
            out.append(res)
            if not res.added:
                continue
        else:
            res = _gather(writes, new, origin, run_id, _near_in(new, cands))
            out.append(res)
        stored.add(new.content_hash)
        if url:
            stored.add(url)
        for i, b in enumerate(new.bands):
            cands.setdefault((i, b), {})[new.id] = (new.minhash, res.near_dup_of)
    writes.write(conn)
    return out


def _url(new: NewDocument) -> str | None:
    return new.doc.url or new.article.url


def _gather(writes: _Writes, new: NewDocument, origin: str, run_id: int | None, near: str | None) -> SaveResult:
    """The rows `_save` writes for a document that is not stored yet, gathered into `writes`."""
    events = with_ids(new.id, new.events)
    kind, decoded, source = document_source(new)
    if source:
        writes.sources.append({"name": source, "kind": new.meta.get("kind"), "first_seen": now()})
    writes.documents.append(document_row(new, kind, decoded, source, near, len(events), run_id))
    if new.bands:
        writes.bands.extend(band_rows(new))
    writes.events.add(new.id, source, events)
    writes.failures.append({"k": new.doc.id, "o": origin})
    return SaveResult(new.id, True, None, len(events), near)


_Candidates = dict[tuple[int, str], dict[str, tuple[bytes | None, str | None]]]


def _band_candidates(conn: Connection, pairs: Sequence[tuple[int, str]]) -> _Candidates:
    """The stored documents in each of these (band, bucket) pairs: id → (signature, near_dup_of)."""
    out: _Candidates = {}
    if not pairs:
        return out
    by_band: dict[int, set[str]] = {}
    for band, bucket in pairs:
        by_band.setdefault(band, set()).add(bucket)
    bands = tuple(sorted(by_band))
    params = {f"b{band}": sorted(by_band[band]) for band in bands}
    for band, bucket, doc_id, sig, root in conn.execute(_band_query(bands), params):
        out.setdefault((band, bucket), {})[doc_id] = (bytes(sig) if sig is not None else None, root)
    return out


def _near_in(new: NewDocument, cands: _Candidates) -> str | None:
    """`_near_duplicate` of a document against the candidates of its buckets."""
    if not new.minhash or not new.bands:
        return None
    best: tuple[float, str] | None = None
    seen: set[str] = set()
    for key in enumerate(new.bands):
        for doc_id, (sig, root) in cands.get(key, {}).items():
            if doc_id in seen or sig is None:
                continue
            seen.add(doc_id)
            s = signature_similarity(new.minhash, sig)
            if s >= NEAR_DUP_THRESHOLD and (best is None or (s, root or doc_id) > best):
                best = (s, root or doc_id)
    return best[1] if best else None


@cache
def _band_query(bands: tuple[int, ...]) -> Select[Any]:
    """The stored documents in some buckets of these bands (those of band i bound as b{i}): one
    index search per bucket (`(band, bucket) IN (pairs)` read the whole table instead, in
    SQLite, for every batch)."""
    mb, d = t.minhash_bands, t.documents
    return (select(mb.c.band, mb.c.bucket, d.c.id, d.c.minhash, d.c.near_dup_of)
            .select_from(mb.join(d, d.c.id == mb.c.document_id))
            .where(or_(*(and_(mb.c.band == band, mb.c.bucket.in_(bindparam(f"b{band}", expanding=True)))
                         for band in bands))))


@cache
def _keys_query() -> Select[Any]:
    d = t.documents
    return select(d.c.content_hash, d.c.url).where(or_(d.c.content_hash.in_(bindparam("h", expanding=True)),
                                                       d.c.url.in_(bindparam("u", expanding=True))))


def _stored_keys(conn: Connection, hashes: Sequence[str], urls: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for h, u in conn.execute(_keys_query(), {"h": list(hashes), "u": list(urls)}):
        found.add(h)
        if u:
            found.add(u)
    return found


@cache
def _failure_delete() -> Any:
    f = t.failures
    return delete(f).where(f.c.doc_key == bindparam("k"), f.c.origin == bindparam("o"), f.c.stage != "read")


def document_source(new: NewDocument) -> tuple[str, str, str | None]:
    """(raw kind, raw text as stored, source name) of a processed document."""
    doc, art = new.doc, new.article
    kind, raw = raw_content(doc)
    decoded = new.raw_text if new.raw_text is not None else raw.decode("utf-8", errors="replace")
    page = title_tag(decoded) if kind == "html" else None
    return kind, decoded, source_name(doc.source or art.source, art.site_name, doc.url or art.url, page, art.title)


def _save(conn: Connection, new: NewDocument, origin: str, run_id: int | None) -> SaveResult:
    doc, art = new.doc, new.article
    doc_id = new.id
    url = doc.url or art.url
    events = with_ids(doc_id, new.events)
    dup = conn.execute(select(t.documents.c.id, t.documents.c.url, t.documents.c.content_hash).where(
        or_(t.documents.c.content_hash == new.content_hash,
            *([t.documents.c.url == url] if url else [])))).first()
    if dup is not None:
        why = "same content" if dup.content_hash == new.content_hash else "same URL"
        return SaveResult(dup.id, False, f"already stored ({why}) as {dup.id}")
    kind, decoded, source = document_source(new)
    if source:
        insert_ignore(conn, t.sources, [{"name": source, "kind": new.meta.get("kind"), "first_seen": now()}])
    near = _near_duplicate(conn, new)
    conn.execute(t.documents.insert().values(
        **document_row(new, kind, decoded, source, near, len(events), run_id)))
    if new.bands:
        conn.execute(t.minhash_bands.insert(), band_rows(new))
    _insert_events(conn, doc_id, source, events)
    conn.execute(delete(t.failures).where(t.failures.c.doc_key == doc.id, t.failures.c.origin == origin,
                                          t.failures.c.stage != "read"))
    return SaveResult(doc_id, True, None, len(events), near)


def document_row(new: NewDocument, kind: str, decoded: str, source: str | None, near: str | None,
                 n_events: int, run_id: int | None) -> dict[str, Any]:
    """The `documents` row of a processed document (`document_source` gives kind, decoded, source)."""
    doc, art = new.doc, new.article
    return dict(
        id=new.id, doc_key=doc.id, source=source, url=doc.url or art.url, content_hash=new.content_hash,
        text_hash=sha256(new.norm_text), title=art.title,
        published=art.published.isoformat() if art.published else None,
        section=_dumps(list(art.section)), author=art.author, site_name=art.site_name,
        language=new.language or art.language, raw_kind=kind,
        raw=decoded,
        body=art.full_text, norm_text=new.norm_text, minhash=new.minhash, near_dup_of=near,
        n_events=n_events, meta=_dumps(new.meta),
        run_id=run_id, ingested_at=now())


def band_rows(new: NewDocument) -> list[dict[str, Any]]:
    return [{"band": i, "bucket": b, "document_id": new.id} for i, b in enumerate(new.bands)]


@dataclass
class EventRows:
    """The rows of some documents' events, gathered to be inserted together (`insert_event_rows`)."""

    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    actors: dict[str, dict[str, Any]] = field(default_factory=dict)
    events: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)

    def add(self, doc_id: str, source: str | None, events: Sequence[Event]) -> None:
        """The rows of a document's events (with their ids, `with_ids`)."""
        for seq, ev in enumerate(events):
            pid = None
            if ev.location is not None:
                loc = ev.location
                pid = place_id(loc)
                if pid not in self.places:
                    self.places[pid] = place_row(pid, loc)
            self.events.append(_event_row(ev, doc_id, seq, source, pid))
            links, actors = _actor_rows(str(ev.id), ev)
            self.links.extend(links)
            for a in actors:
                if a["name"] not in self.actors:
                    self.actors[a["name"]] = actor_row(a["name"])
            self.evidence.extend({"event_id": ev.id, "position": i, "text": e.text, "span_start": e.span[0],
                                  "span_end": e.span[1]} for i, e in enumerate(ev.evidence))


def insert_event_rows(conn: Connection, rows: EventRows, *, references: bool = True) -> None:
    """Insert the gathered rows (the places and actors "or ignore", unless `references` is False:
    the caller inserted them) and apply the reviews of the reports."""
    if references:
        insert_ignore(conn, t.places, list(rows.places.values()))
        insert_ignore(conn, t.actors, list(rows.actors.values()))
    if rows.events:
        conn.execute(t.events.insert(), rows.events)
    if rows.links:
        conn.execute(t.event_actors.insert(), rows.links)
    if rows.evidence:
        conn.execute(t.evidence.insert(), rows.evidence)
    review.apply_to_events(conn, [r["id"] for r in rows.events])  # reviewed fields stick


def _insert_events(conn: Connection, doc_id: str, source: str | None, events: Sequence[Event]) -> None:
    rows = EventRows()
    rows.add(doc_id, source, events)
    insert_event_rows(conn, rows)


def replace_events(store: Store, doc_id: str, new: NewDocument) -> tuple[int, int]:
    """Extraction run again over a stored document (a newer engine, new aliases): its reports are
    replaced by `new.events` in one transaction, reviews follow their anchors (`review`), and the
    incidents left without a report are removed (deduplication places the new reports). Returns
    (reports removed, reports written)."""
    events = with_ids(doc_id, new.events)
    with store.engine.begin() as conn:
        doc = conn.execute(select(t.documents.c.source).where(t.documents.c.id == doc_id)).first()
        if doc is None:
            raise StoreError(f"no document {doc_id}")
        old = list(conn.execute(select(t.events.c.id).where(t.events.c.document_id == doc_id)).scalars())
        touched = set(conn.execute(select(t.cluster_members.c.cluster_id)
                                   .where(t.cluster_members.c.event_id.in_(old))).scalars()) if old else set()
        for table in (t.cluster_members, t.event_actors, t.evidence):
            conn.execute(delete(table).where(table.c.event_id.in_(old)))
        conn.execute(delete(t.events).where(t.events.c.document_id == doc_id))
        empty = [c for c in sorted(touched) if conn.execute(select(t.cluster_members.c.event_id).where(
            t.cluster_members.c.cluster_id == c).limit(1)).first() is None]
        if empty:
            conn.execute(delete(t.cluster_actors).where(t.cluster_actors.c.cluster_id.in_(empty)))
            conn.execute(delete(t.clusters).where(t.clusters.c.id.in_(empty)))
        _insert_events(conn, doc_id, doc.source, events)
        conn.execute(update(t.documents).where(t.documents.c.id == doc_id).values(
            n_events=len(events), norm_text=new.norm_text, meta=_dumps(new.meta)))
    return len(old), len(events)


def record_failure(store: Store, *, origin: str, doc_key: str, stage: str, reason: str,
                   url: str | None = None, details: dict[str, Any] | None = None,
                   run_id: int | None = None) -> str:
    """Record (or count again) a document that failed at `stage`; returns the failure id.
    The same document failing at the same stage again updates its row instead of adding one."""
    fid = failure_id(origin, doc_key, stage)
    row = {"id": fid, "origin": origin, "doc_key": doc_key, "url": url, "stage": stage, "reason": reason,
           "details": _dumps(details or {}), "attempts": 1, "first_run": run_id, "last_run": run_id,
           "last_seen": now()}
    changes = {"reason": reason, "details": row["details"], "last_run": run_id, "last_seen": row["last_seen"],
               "attempts": t.failures.c.attempts + 1}
    ins = store.backend.insert(t.failures)
    with store.engine.begin() as conn:
        conn.execute(ins.values(**row).on_conflict_do_update(index_elements=[t.failures.c.id], set_=changes))
    return fid


def start_run(store: Store, sources: Sequence[str], workers: int) -> int:
    with store.engine.begin() as conn:
        res = conn.execute(t.ingest_runs.insert().values(
            started_at=now(), status="running", sources=_dumps(list(sources)), workers=workers,
            versions=_dumps({"marsad": __version__, "schema": SCHEMA_VERSION})))
        pk = res.inserted_primary_key
        assert pk is not None
        return int(pk[0])


def finish_run(store: Store, run_id: int, *, status: str = "done", **counts: Any) -> None:
    with store.engine.begin() as conn:
        conn.execute(update(t.ingest_runs).where(t.ingest_runs.c.id == run_id)
                     .values(finished_at=now(), status=status, **counts))


def http_cache_get(store: Store, url: str) -> dict[str, Any] | None:
    with store.engine.connect() as conn:
        row = conn.execute(select(t.http_cache).where(t.http_cache.c.url == url)).mappings().first()
        return dict(row) if row else None


def http_cache_put(store: Store, url: str, *, etag: str | None, last_modified: str | None, status: int,
                   content_hash: str | None) -> None:
    row = {"url": url, "etag": etag, "last_modified": last_modified, "status": status,
           "content_hash": content_hash, "fetched_at": now()}
    ins = store.backend.insert(t.http_cache)
    with store.engine.begin() as conn:
        conn.execute(ins.values(**row).on_conflict_do_update(
            index_elements=[t.http_cache.c.url], set_={k: v for k, v in row.items() if k != "url"}))


def count_rows(store: Store, table: Table) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())
