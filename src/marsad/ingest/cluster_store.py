"""A cluster run into PostgreSQL: the workers store what they extract (`marsad ingest --cluster`).

The client (`store_on_workers`) reads the sources, hashes each document and skips the known ones
as always, then sends the admitted documents to the workers DOCS_PER_TASK at a time. A task
(`extract_and_store`) extracts its documents and stores them in one transaction through the
worker's own engine (opened once per worker process), and sends back a small summary per
document (its id, added or not, events, or a failure with its reason) instead of the processed
document. The client takes the summaries in the order the sources gave the documents: it records
the failures, settles the near-duplicate links of the stored documents in that order
(`marsad.store.shared_writes`: the links one writer would have made), counts, and applies the
feed marks; deduplication runs at the end as always. So the store is the one a single process
writes (`tests/test_ingest_cluster.py` compares them on PostgreSQL).

* Never more than `window` documents are in flight; the client holds their hashes and URLs only.
* A worker that dies mid-task: the scheduler runs the task again elsewhere; a transaction that
  committed before the death is found by the retry (same documents, same run: counted as added
  once), one that did not was rolled back by the server.
* A run stopped with tasks in flight: their documents may be stored with their links pending;
  the next run skips them as stored and settles their links when the sources reach them (then
  the rest, in run and position order, at its end).
"""

from __future__ import annotations

import pickle
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from marsad.ids import content_hash, document_id
from marsad.ingest.cluster import RETRIES, WINDOW_PER_WORKER, ClusterStats
from marsad.ingest.limits import Limits
from marsad.ingest.runner import IngestOptions, Run, prepare
from marsad.ingest.sources import Mark, SourceItem
from marsad.models import Document, Failure
from marsad.store import Store, open_store
from marsad.store.repository import NewDocument
from marsad.store.shared_writes import pending_documents, save_batch, settle_near_duplicates

DOCS_PER_TASK = 8  # documents a task extracts and stores in one transaction
TASKS_PER_WORKER = 3  # tasks in flight per worker thread when `window` is not given (one running)

_STORES: dict[str, Store] = {}  # a worker process's engines, by database URL


def worker_store(url: str) -> Store:
    """The store of `url` in this (worker) process: opened on the first task, then reused."""
    store = _STORES.get(url)
    if store is None:
        store = _STORES[url] = open_store(url, create=False)
    return store


@dataclass(frozen=True, slots=True)
class Stored:
    """What a worker says of a document it stored (or found stored)."""

    document_id: str
    added: bool
    reason: str | None
    events: int


def extract_and_store(url: str, run_id: int, batch: list[tuple[int, Document, str, str]],
                      limits: Limits | None = None) -> tuple[list[Stored | Failure], float, float]:
    """The task: extract each (position, document, kind, origin) of `batch` and store the
    processed ones in one transaction. Returns a summary per document, in order, and the seconds
    of extraction and of storing."""
    t0 = time.perf_counter()
    out: list[Stored | Failure | None] = []
    news: list[tuple[int, NewDocument, str, int]] = []
    for pos, doc, kind, origin in batch:
        res = prepare(doc, kind, limits)
        if isinstance(res, NewDocument):
            news.append((len(out), res, origin, pos))
        out.append(res if isinstance(res, Failure) else None)
    t1 = time.perf_counter()
    if news:
        saved = save_batch(worker_store(url), [(n, origin, pos) for _i, n, origin, pos in news], run_id=run_id)
        for (i, _n, _o, _p), r in zip(news, saved, strict=True):
            out[i] = Stored(r.document_id, r.added, r.reason, r.events)
    done = [x for x in out if x is not None]
    assert len(done) == len(out)
    return done, t1 - t0, time.perf_counter() - t1


@dataclass(slots=True)
class _Batch:
    """A submitted task: its documents (source item, content hash, document id), in order."""

    future: Any
    docs: list[tuple[SourceItem, str, str]]


_Entry = _Batch | SourceItem | str  # a task, a feed mark to apply, a leftover document to settle


def store_on_workers(run: Run, items: Iterator[SourceItem], opts: IngestOptions, client: Any,
                     stats: ClusterStats, threads: int) -> None:
    """Submit the admitted documents of `items` in tasks of DOCS_PER_TASK, never more than the
    window in flight, and take the summaries in source order (see the module's docstring)."""
    window = opts.window or max(WINDOW_PER_WORKER, TASKS_PER_WORKER * DOCS_PER_TASK) * threads
    leftovers = set(pending_documents(run.store))  # stored by a run that stopped before settling
    pending: deque[_Entry] = deque()
    current: list[tuple[SourceItem, str, str]] = []
    in_flight = 0
    position = 0

    def submit() -> None:
        nonlocal current, in_flight
        if not current:
            return
        t0 = time.perf_counter()
        batch = [(position - len(current) + i, si.item, si.kind, si.origin) for i, (si, _h, _d) in enumerate(current)]
        stats.bytes_out += len(pickle.dumps(batch, protocol=5))
        fut = client.submit(extract_and_store, run.store.url, run.run_id, batch, opts.limits,
                            pure=False, retries=RETRIES)
        stats.client_submit_s += time.perf_counter() - t0
        stats.tasks += 1
        stats.documents += len(current)
        in_flight += len(current)
        pending.append(_Batch(fut, current))
        current = []

    try:
        for si in items:
            if isinstance(si.item, Mark):
                submit()
                pending.append(si)  # applied once everything before it is stored
            else:
                left = _leftover(si, leftovers)
                doc = run.admit(si)
                if doc is not None:
                    h = content_hash(doc)
                    current.append((si, h, document_id(h)))
                    position += 1
                    if len(current) >= DOCS_PER_TASK:
                        submit()
                elif left is not None:
                    submit()
                    pending.append(left)
                    leftovers.discard(left)
            while in_flight + len(current) > window or (pending and _ready(pending[0])):
                if not pending:
                    submit()
                    continue
                in_flight -= _drain_one(run, pending, stats)
        submit()
        while pending:
            in_flight -= _drain_one(run, pending, stats)
        if leftovers:  # not met in these sources: in the order they were stored in
            settle_near_duplicates(run.store, [d for d in pending_documents(run.store) if d in leftovers])
    except BaseException:
        for entry in pending:
            if isinstance(entry, _Batch):
                entry.future.cancel()
        raise


def _leftover(si: SourceItem, leftovers: set[str]) -> str | None:
    """The id of the stored, unsettled document this item is, if any."""
    if not leftovers or not isinstance(si.item, Document):
        return None
    ident = document_id(content_hash(si.item))
    return ident if ident in leftovers else None


def _ready(entry: _Entry) -> bool:
    return not isinstance(entry, _Batch) or bool(entry.future.done())


def _drain_one(run: Run, pending: deque[_Entry], stats: ClusterStats) -> int:
    """Take the first entry's outcome into the store and the counts; returns its documents."""
    entry = pending.popleft()
    if isinstance(entry, str):
        settle_near_duplicates(run.store, [entry])
        return 0
    if not isinstance(entry, _Batch):
        run.admit(entry)  # a Mark
        return 0
    t0 = time.perf_counter()
    try:
        summaries, compute_s, store_s = entry.future.result()
    except Exception as e:  # the worker died too often (KilledWorker), or the store refused
        why = f"worker process failed: {type(e).__name__}: {e}"
        summaries = [Failure(si.item.id if isinstance(si.item, Document) else "?", "extract", why)
                     for si, _h, _d in entry.docs]
        compute_s = store_s = 0.0
    t1 = time.perf_counter()
    stats.client_wait_s += t1 - t0
    stats.worker_compute_s += compute_s
    stats.worker_store_s += store_s
    stats.bytes_back += len(pickle.dumps(summaries, protocol=5))
    entry.future.release()
    added: list[str] = []
    for (si, h, ident), res in zip(entry.docs, summaries, strict=True):
        run.seen_hashes.discard(h)  # the store remembers it now (or the failure was recorded)
        if isinstance(si.item, Document) and si.item.url:
            run.seen_urls.discard(si.item.url)
        if isinstance(res, Failure):
            run.fail(si.origin, res)
        elif res.added:
            run.counts.added += 1
            run.counts.events += res.events
            added.append(ident)
        else:
            run.skip(res.reason or "already stored")
    links = settle_near_duplicates(run.store, [d for _si, _h, d in entry.docs])
    run.counts.near_duplicates += sum(1 for d in added if links.get(d))
    stats.client_store_s += time.perf_counter() - t1
    for _ in entry.docs:
        run.tick()
    return len(entry.docs)
