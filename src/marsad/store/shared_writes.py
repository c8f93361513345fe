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
  does. A run stopped before settling leaves them marked: the next run settles them
  (`pending_documents`, then `settle_near_duplicates`).
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from marsad.store import schema as t
from marsad.store.engine import Store
from marsad.store.reference import actor_row, place_row
from marsad.store.repository import (
    NEAR_DUP_THRESHOLD,
    NewDocument,
    SaveResult,
    _save,
    _similarity,
    document_source,
    find_document,
    insert_ignore,
    now,
    place_id,
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
            if ev.location is not None:
                pid = place_id(ev.location)
                if pid not in places:
                    places[pid] = place_row(pid, ev.location)
            for a in (ev.actor1, ev.actor2, *ev.assoc_actor_1, *ev.assoc_actor_2, *ev.claimed_by):
                if a is not None and a.name not in actors:
                    actors[a.name] = actor_row(a.name)
    return tuple([rows[k] for k in sorted(rows)] for rows in (sources, places, actors))


def _retryable(e: OperationalError) -> bool:
    return getattr(e.orig, "sqlstate", None) in RETRY_CODES


def save_batch(store: Store, batch: Sequence[tuple[NewDocument, str, int]], *, run_id: int) -> list[SaveResult]:
    """Store a worker's documents ((document, origin, position in the run) triples) in one
    transaction, their near-duplicate links pending (see the module's docstring). A batch that
    meets a unique-key conflict is stored document by document, each in its own transaction."""
    refs = _reference_rows(batch)
    for attempt in range(RETRIES + 1):
        try:
            with store.engine.begin() as conn:
                for table, rows in zip((t.sources, t.places, t.actors), refs, strict=True):
                    insert_ignore(conn, table, rows)
                return [_save(conn, new, origin, run_id, pending=pos) for new, origin, pos in batch]
        except IntegrityError:
            return [_save_one(store, new, origin, pos, run_id) for new, origin, pos in batch]
        except OperationalError as e:
            if not _retryable(e) or attempt == RETRIES:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _save_one(store: Store, new: NewDocument, origin: str, pos: int, run_id: int) -> SaveResult:
    try:
        with store.engine.begin() as conn:
            return _save(conn, new, origin, run_id, pending=pos)
    except IntegrityError:  # another writer stored the same URL or content first
        found = find_document(store, url=new.doc.url or new.article.url, content_hash=new.content_hash)
        if found:
            return SaveResult(found, False, f"already stored as {found}")
        raise


def pending_documents(store: Store) -> list[str]:
    """The documents whose near-duplicate link is still pending, in run and position order."""
    with store.engine.connect() as conn:
        return list(conn.execute(select(t.near_dup_pending.c.document_id)
                                 .order_by(t.near_dup_pending.c.run_id, t.near_dup_pending.c.position)).scalars())


def settle_near_duplicates(store: Store, doc_ids: Sequence[str]) -> dict[str, str | None]:
    """Give each pending document of `doc_ids`, taken in that order (the order the sources gave
    them), the near-duplicate link `save_document` would have given it: the earliest document of
    the family of the most similar settled document sharing a MinHash band bucket with it, when
    the estimated similarity reaches NEAR_DUP_THRESHOLD. Documents still pending after it are
    not compared. Returns each document's link (None: none); one transaction."""
    if not doc_ids:
        return {}
    mb, d, p = t.minhash_bands, t.documents, t.near_dup_pending
    with store.engine.begin() as conn:
        mine = {r[0] for r in conn.execute(select(p.c.document_id).where(p.c.document_id.in_(doc_ids)))}
        order = [i for i in doc_ids if i in mine]
        if not order:
            return {}
        other = mb.alias("other")
        pairs: dict[str, set[str]] = {i: set() for i in order}
        for ids in _chunks(order):
            for doc, cand in conn.execute(
                    select(mb.c.document_id, other.c.document_id).join(
                        other, (other.c.band == mb.c.band) & (other.c.bucket == mb.c.bucket)
                        & (other.c.document_id != mb.c.document_id)).where(mb.c.document_id.in_(ids))):
                pairs[doc].add(cand)
        wanted = sorted(set(order).union(*pairs.values()))
        rows: dict[str, tuple[bytes | None, str | None, bool]] = {}
        for ids in _chunks(wanted):
            for ident, sig, root, pend in conn.execute(
                    select(d.c.id, d.c.minhash, d.c.near_dup_of, p.c.document_id)
                    .select_from(d.outerjoin(p, p.c.document_id == d.c.id)).where(d.c.id.in_(ids))):
                rows[ident] = (bytes(sig) if sig is not None else None, root, pend is not None)
        links: dict[str, str | None] = {}
        for ident in order:
            links[ident] = _best(rows, ident, pairs[ident])
            sig, _root, _pend = rows[ident]
            rows[ident] = (sig, links[ident], False)  # settled: the next ones compare with it
            if links[ident] is not None:
                conn.execute(update(d).where(d.c.id == ident).values(near_dup_of=links[ident]))
        for ids in _chunks(order):
            conn.execute(delete(p).where(p.c.document_id.in_(ids)))
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
        s = _similarity(sig, csig)
        if s >= NEAR_DUP_THRESHOLD and (best is None or (s, root or cand) > best):
            best = (s, root or cand)
    return best[1] if best else None
