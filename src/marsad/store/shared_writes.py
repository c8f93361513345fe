"""Writes of several processes at once: cluster workers storing their own documents (PostgreSQL).

A `marsad ingest --cluster` run into PostgreSQL has each worker store the documents it extracted
(`save_batch`, one transaction a task) while the client only reads, hashes and skips the known
ones. What one writer decides from the order of the documents is kept:

* **Same content or URL.** The client admits each content hash and URL once per run and skips
  the stored ones, so two workers never store the same document; the unique keys of `documents`
  refuse it if they tried (a batch meeting a conflict is stored document by document). A task
  run again after its worker died finds its documents stored by its first try with this run's id
  and reports them as added (idempotent).
* **Reference rows** (sources, places, actors) are inserted first in each transaction, in key
  order, "on conflict do nothing": their values come from reference data, not from the order of
  the documents, and two transactions take the row locks in the same order (no deadlock). A
  deadlock or serialization failure all the same is retried.
* **Near-duplicate links** (`documents.near_dup_of`) depend on which documents came before. A
  worker stores its documents without one and marks them pending (`near_dup_pending`: run and
  position); the client settles them in the order the sources gave them (`settle_near_duplicates`),
  comparing each with the settled documents only, i.e. the ones before it, as `save_document`
  does. The client knows each document's band buckets (the worker's summary), so finding the
  documents that share one is an index lookup. A run stopped before settling leaves them
  marked: the next run settles them (`pending_documents`, then `settle_near_duplicates`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from marsad.store import schema as t
from marsad.store.engine import Store
from marsad.store.reference import actor_row, place_row
from marsad.store.repository import (
    NEAR_DUP_THRESHOLD,
    EventRows,
    NewDocument,
    SaveResult,
    band_rows,
    document_row,
    document_source,
    find_document,
    insert_event_rows,
    insert_ignore,
    now,
    place_id,
    signature_similarity,
    with_ids,
)

RETRIES = 4  # a transaction that lost a deadlock or a serialization conflict is run again
RETRY_CODES = {"40P01", "40001"}  # deadlock detected, serialization failure
CHUNK = 500


def _chunks(items: Sequence[Any], n: int = CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _reference_rows(batch: Sequence[tuple[NewDocument, str, int]]) -> tuple[list[dict[str, Any]], ...]:
    """The sources, places and actors rows the batch's documents need, each sorted by key."""
    sources: dict[str, dict[str, Any]] = {}
    places: dict[str, dict[str, Any]] = {}
    actors: dict[str, dict[str, Any]] = {}
    for new, _origin, _pos in batch:
        source = document_source(new)[2]
        if source and source not in sources:
            sources[source] = {"name": source, "kind": new.meta.get("kind"), "first_seen": now()}
        for ev in new.events:
            if ev.location is not None and (pid := place_id(ev.location)) not in places:
                places[pid] = place_row(pid, ev.location)
            for a in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2, *ev.claimed_by):
                if a is not None and a.name not in actors:
                    actors[a.name] = actor_row(a.name)
    return tuple([rows[k] for k in sorted(rows)] for rows in (sources, places, actors))


def _retryable(e: OperationalError) -> bool:
    return getattr(e.orig, "sqlstate", None) in RETRY_CODES


def save_batch(store: Store, batch: Sequence[tuple[NewDocument, str, int]], *, run_id: int) -> list[SaveResult]:
    """Store a worker's documents ((document, origin, position in the run) triples) in one
    transaction, their near-duplicate links pending (see the module's docstring): the rows
    `save_document` writes for each, inserted table by table. A batch that meets a unique-key
    conflict is stored document by document, each in its own transaction."""
    refs = _reference_rows(batch)
    for attempt in range(RETRIES + 1):
        try:
            with store.engine.begin() as conn:
                for table, rows in zip((t.sources, t.places, t.actors), refs, strict=True):
                    insert_ignore(conn, table, rows)
                return _save_many(conn, batch, run_id)
        except IntegrityError:
            if len(batch) == 1:
                found = find_document(store, url=batch[0][0].doc.url or batch[0][0].article.url,
                                      content_hash=batch[0][0].content_hash)
                if found:  # another writer stored the same URL or content first
                    return [SaveResult(found, False, f"already stored as {found}")]
                raise
            return [r for item in batch for r in save_batch(store, [item], run_id=run_id)]
        except OperationalError as e:
            if not _retryable(e) or attempt == RETRIES:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


@dataclass(frozen=True, slots=True)
class _Known:
    id: str
    url: str | None
    content_hash: str
    run_id: int | None
    n_events: int


def _save_many(conn: Connection, batch: Sequence[tuple[NewDocument, str, int]], run_id: int) -> list[SaveResult]:
    d, f = t.documents, t.failures
    hashes = [new.content_hash for new, _o, _p in batch]
    urls = sorted({u for new, _o, _p in batch if (u := new.doc.url or new.article.url)})
    by_hash: dict[str, _Known] = {}
    by_url: dict[str, _Known] = {}
    for r in conn.execute(select(d.c.id, d.c.url, d.c.content_hash, d.c.run_id, d.c.n_events).where(
            or_(d.c.content_hash.in_(hashes), *([d.c.url.in_(urls)] if urls else [])))):
        k = _Known(r.id, r.url, r.content_hash, r.run_id, r.n_events)
        by_hash[k.content_hash] = k
        if k.url:
            by_url[k.url] = k
    results: list[SaveResult] = []
    docs: list[dict[str, Any]] = []
    bands: list[dict[str, Any]] = []
    pending: list[dict[str, Any]] = []
    rows = EventRows()
    stored: list[tuple[str, str]] = []
    for new, origin, pos in batch:
        url = new.doc.url or new.article.url
        dup = by_hash.get(new.content_hash) or (by_url.get(url) if url else None)
        if dup is not None:
            if dup.id == new.id and dup.run_id == run_id:  # stored by an earlier try of this task
                results.append(SaveResult(new.id, True, None, dup.n_events))
            else:
                why = "same content" if dup.content_hash == new.content_hash else "same URL"
                results.append(SaveResult(dup.id, False, f"already stored ({why}) as {dup.id}"))
            continue
        kind, decoded, source = document_source(new)
        events = with_ids(new.id, new.events)
        docs.append(document_row(new, kind, decoded, source, None, len(events), run_id))
        bands.extend(band_rows(new))
        pending.append({"document_id": new.id, "run_id": run_id, "position": pos})
        rows.add(new.id, source, events)
        stored.append((new.doc.id, origin))
        results.append(SaveResult(new.id, True, None, len(events)))
        k = _Known(new.id, url, new.content_hash, run_id, len(events))
        by_hash[new.content_hash] = k  # a later one of the batch with its URL or content: a duplicate
        if url:
            by_url[url] = k
    if not docs:
        return results
    conn.execute(d.insert(), docs)
    if bands:
        conn.execute(t.minhash_bands.insert(), bands)
    conn.execute(t.near_dup_pending.insert(), pending)
    insert_event_rows(conn, rows, references=False)
    for part in _chunks(stored, 100):
        conn.execute(delete(f).where(f.c.stage != "read", or_(*[and_(f.c.doc_key == key, f.c.origin == origin)
                                                                 for key, origin in part])))
    return results


def pending_documents(store: Store) -> list[tuple[str, bytes | None]]:
    """The documents whose near-duplicate link is still pending, in run and position order, with
    their MinHash signatures (the caller computes their band buckets)."""
    p, d = t.near_dup_pending, t.documents
    with store.engine.connect() as conn:
        return [(i, bytes(sig) if sig is not None else None) for i, sig in conn.execute(
            select(p.c.document_id, d.c.minhash).join(d, d.c.id == p.c.document_id)
            .order_by(p.c.run_id, p.c.position))]


def settle_near_duplicates(store: Store, docs: Sequence[tuple[str, Sequence[str]]]) -> dict[str, str | None]:
    """Give each pending document of `docs` ((document id, its MinHash band buckets) pairs),
    taken in that order (the order the sources gave them), the near-duplicate link
    `save_document` would have given it: the earliest document of the family of the most
    similar settled document sharing a band bucket with it, when the estimated similarity
    reaches NEAR_DUP_THRESHOLD. Documents still pending after it are not compared. Returns each
    settled document's link (None: none); one transaction."""
    if not docs:
        return {}
    mb, d, p = t.minhash_bands, t.documents, t.near_dup_pending
    with store.engine.begin() as conn:
        ids = [i for i, _b in docs]
        mine = {r[0] for part in _chunks(ids) for r in conn.execute(
            select(p.c.document_id).where(p.c.document_id.in_(part)))}
        order = [(i, b) for i, b in docs if i in mine]
        if not order:
            return {}
        # a bucket names its band (`dedup.minhash.bands`); the band filter lets the key's index serve
        buckets = sorted({(band, bucket) for _i, b in order for band, bucket in enumerate(b)})
        wanted_buckets = {bucket for _band, bucket in buckets}
        holders: dict[tuple[int, str], set[str]] = {}
        for part in _chunks(buckets):
            for band, bucket, ident in conn.execute(
                    select(mb.c.band, mb.c.bucket, mb.c.document_id).where(
                        mb.c.band.in_(sorted({band for band, _b in part})),
                        mb.c.bucket.in_([bucket for _band, bucket in part]))):
                if bucket in wanted_buckets:
                    holders.setdefault((band, bucket), set()).add(ident)
        pairs = {i: set().union(*(holders.get((band, bucket), ()) for band, bucket in enumerate(b))) - {i}
                 for i, b in order}
        wanted = sorted(set(mine).union(*pairs.values()))
        rows: dict[str, tuple[bytes | None, str | None, bool]] = {}
        for part in _chunks(wanted):
            for ident, sig, root, pend in conn.execute(
                    select(d.c.id, d.c.minhash, d.c.near_dup_of, p.c.document_id)
                    .select_from(d.outerjoin(p, p.c.document_id == d.c.id)).where(d.c.id.in_(part))):
                rows[ident] = (bytes(sig) if sig is not None else None, root, pend is not None)
        links: dict[str, str | None] = {}
        for ident, _b in order:
            links[ident] = _best(rows, ident, pairs[ident])
            rows[ident] = (rows[ident][0], links[ident], False)  # settled: the next ones compare with it
            if links[ident] is not None:
                conn.execute(update(d).where(d.c.id == ident).values(near_dup_of=links[ident]))
        for part in _chunks([i for i, _b in order]):
            conn.execute(delete(p).where(p.c.document_id.in_(part)))
    return links


def _best(rows: dict[str, tuple[bytes | None, str | None, bool]], ident: str, candidates: set[str]) -> str | None:
    """`repository._near_duplicate` over the settled candidates (same similarity, same tie-break)."""
    sig = rows[ident][0]
    if not sig:
        return None
    best: tuple[float, str] | None = None
    for cand in candidates:
        csig, root, pend = rows.get(cand, (None, None, True))
        if pend or csig is None:
            continue
        s = signature_similarity(sig, csig)
        if s >= NEAR_DUP_THRESHOLD and (best is None or (s, root or cand) > best):
            best = (s, root or cand)
    return best[1] if best else None
