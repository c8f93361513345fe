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
from dataclasses import dataclass, field
from typing import Any

from marsad.dedup import minhash as mh
from marsad.ids import content_hash, document_id
from marsad.ingest.limits import Limits
from marsad.ingest.runner import IngestOptions, Run, prepare, settle_pending
from marsad.ingest.sources import Mark, SourceItem
from marsad.models import Document, Failure
from marsad.store import Store, open_store
from marsad.store.repository import NewDocument, stored_keys
from marsad.store.shared_writes import pending_documents, save_batch, settle_near_duplicates

WINDOW_PER_WORKER = 16  # documents in flight per worker thread when `window` is not given
RETRIES = 2  # a task that raises (not a dead worker: that is the scheduler's allowed-failures)
DOCS_PER_TASK = 8  # documents a task extracts and stores in one transaction
TASKS_PER_WORKER = 3  # tasks in flight per worker thread when `window` is not given (one running)
SETTLE_EVERY = 64  # documents taken back between two settlings of near-duplicate links

@dataclass
class ClusterStats:
    """Where the time of a cluster run went (read by `marsad bench ingest --cluster`)."""

    address: str = ""
    writer: str = "client"  # who stores the documents: the client (SQLite) or the workers (PostgreSQL)
    workers: int = 0
    tasks: int = 0
    documents: int = 0  # documents sent to the workers
    startup_s: float = 0.0  # starting or joining the cluster, workers warmed up
    worker_compute_s: float = 0.0  # `prepare` on the workers, summed
    worker_store_s: float = 0.0  # the workers' transactions (when they store), summed
    client_store_s: float = 0.0  # the client's writes: failures, near-duplicate links (workers store)
    client_submit_s: float = 0.0  # building and serializing the tasks (client side)
    client_wait_s: float = 0.0  # blocked on a result (window full or end of input)
    bytes_out: int = 0  # pickled size of the documents sent
    bytes_back: int = 0  # pickled size of the results
    worker_metrics: dict[str, float] = field(default_factory=dict)  # dask's fine metrics, by activity
    peak_rss_mb: dict[str, float] = field(default_factory=dict)  # client and each worker
    worker_cpu_s: dict[str, float] = field(default_factory=dict)  # each worker process's CPU seconds

    def to_dict(self) -> dict[str, Any]:
        return {k: (round(v, 3) if isinstance(v, float) else v) for k, v in self.__dict__.items()}


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
    bands: tuple[str, ...] = ()  # its MinHash band buckets (the client settles its near-duplicate link)


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
        for (i, n, _o, _p), r in zip(news, saved, strict=True):
            out[i] = Stored(r.document_id, r.added, r.reason, r.events, n.bands if r.added else ())
    done = [x for x in out if x is not None]
    assert len(done) == len(out)
    return done, t1 - t0, time.perf_counter() - t1


@dataclass(slots=True)
class _Batch:
    """A submitted task: its documents (source item, content hash), in order."""

    future: Any
    docs: list[tuple[SourceItem, str]]


_Entry = _Batch | SourceItem | str  # a task, a feed mark to apply, a leftover document to settle


class _Client:
    """The client's side of a run whose workers store (see the module's docstring)."""

    def __init__(self, run: Run, opts: IngestOptions, client: Any, stats: ClusterStats, threads: int) -> None:
        self.run, self.opts, self.client, self.stats = run, opts, client, stats
        self.window = opts.window or max(WINDOW_PER_WORKER, TASKS_PER_WORKER * DOCS_PER_TASK) * threads
        self.per_task = max(1, min(DOCS_PER_TASK, self.window))
        self.pending: deque[_Entry] = deque()
        self.current: list[tuple[SourceItem, str]] = []
        self.in_flight = 0  # documents submitted and not yet taken back
        self.position = 0  # documents admitted so far in this run
        self.to_settle: list[tuple[str, tuple[str, ...]]] = []  # stored, link pending, in source order
        self.added: set[str] = set()  # of those, the ones this run added
        # documents stored by a run that stopped before settling their links: settled in order
        # when the sources reach them
        self.leftovers = {i for i, _sig in pending_documents(run.store)}

    def feed(self, chunk: list[SourceItem]) -> None:
        """Admit a few items (their hashes and URLs looked up in one query), submit full tasks."""
        docs = [si.item for si in chunk if isinstance(si.item, Document)]
        stored = stored_keys(self.run.store, [content_hash(d) for d in docs], [d.url for d in docs if d.url])
        for si in chunk:
            if isinstance(si.item, Mark):
                self.submit()
                self.pending.append(si)  # applied once everything before it is stored
                continue
            doc = self.run.admit(si, stored)
            if doc is not None:
                self.current.append((si, content_hash(doc)))
                if len(self.current) >= self.per_task:
                    self.submit()
            elif self.leftovers and isinstance(si.item, Document) and \
                    (ident := document_id(content_hash(si.item))) in self.leftovers:
                self.submit()
                self.pending.append(ident)
                self.leftovers.discard(ident)

    def submit(self) -> None:
        if not self.current:
            return
        t0 = time.perf_counter()
        first = self.position
        batch = [(first + i, si.item, si.kind, si.origin) for i, (si, _h) in enumerate(self.current)]
        self.position += len(batch)
        self.stats.bytes_out += len(pickle.dumps(batch, protocol=5))
        fut = self.client.submit(extract_and_store, self.run.store.url, self.run.run_id, batch,
                                 self.opts.limits, pure=False, retries=RETRIES)
        self.stats.client_submit_s += time.perf_counter() - t0
        self.stats.tasks += 1
        self.stats.documents += len(batch)
        self.in_flight += len(batch)
        self.pending.append(_Batch(fut, self.current))
        self.current = []

    def drain(self, everything: bool = False) -> None:
        """Take back what is done (everything: all), and whatever keeps the window over its size."""
        while self.pending and (everything or self.in_flight > self.window or _ready(self.pending[0])):
            self.take(self.pending.popleft())
        if len(self.to_settle) >= SETTLE_EVERY or (everything and self.to_settle):
            self.settle()

    def take(self, entry: _Entry) -> None:
        """One entry's outcome into the store and the counts."""
        run = self.run
        if isinstance(entry, str):
            self.to_settle.append((entry, ()))
            return
        if not isinstance(entry, _Batch):
            self.settle()
            run.admit(entry)  # a Mark
            return
        t0 = time.perf_counter()
        try:
            summaries, compute_s, store_s = entry.future.result()
        except Exception as e:  # the worker died too often (KilledWorker), or the store refused
            why = f"worker process failed: {type(e).__name__}: {e}"
            summaries = [Failure(si.item.id if isinstance(si.item, Document) else "?", "extract", why)
                         for si, _h in entry.docs]
            compute_s = store_s = 0.0
        t1 = time.perf_counter()
        st = self.stats
        st.client_wait_s += t1 - t0
        st.worker_compute_s += compute_s
        st.worker_store_s += store_s
        st.bytes_back += len(pickle.dumps(summaries, protocol=5))
        entry.future.release()
        self.in_flight -= len(entry.docs)
        for (si, h), res in zip(entry.docs, summaries, strict=True):
            run.seen_hashes.discard(h)  # the store remembers it now (or the failure was recorded)
            if isinstance(si.item, Document) and si.item.url:
                run.seen_urls.discard(si.item.url)
            if isinstance(res, Failure):
                run.fail(si.origin, res)
            elif res.added:
                run.counts.added += 1
                run.counts.events += res.events
                self.to_settle.append((res.document_id, res.bands))
                self.added.add(res.document_id)
            else:
                run.skip(res.reason or "already stored")
            run.tick()
        st.client_store_s += time.perf_counter() - t1

    def settle(self) -> None:
        """Settle the near-duplicate links of the documents taken back so far, in source order.
        A leftover's band buckets are read from the store."""
        if not self.to_settle:
            return
        t0 = time.perf_counter()
        docs, self.to_settle = self.to_settle, []
        if any(not b for _i, b in docs):
            sigs = dict(pending_documents(self.run.store))
            docs = [(i, b or (mh.bands(sig) if (sig := sigs.get(i)) else ())) for i, b in docs]
        links = settle_near_duplicates(self.run.store, docs)
        self.run.counts.near_duplicates += sum(1 for i, link in links.items() if link and i in self.added)
        self.added.clear()
        self.stats.client_store_s += time.perf_counter() - t0

    def cancel(self) -> None:
        for entry in self.pending:
            if isinstance(entry, _Batch):
                entry.future.cancel()


def store_on_workers(run: Run, items: Iterator[SourceItem], opts: IngestOptions, client: Any,
                     stats: ClusterStats, threads: int) -> None:
    """Submit the admitted documents of `items` in tasks of DOCS_PER_TASK, never more than the
    window in flight (plus one chunk of reading), and take the summaries in source order (see
    the module's docstring)."""
    c = _Client(run, opts, client, stats, threads)
    try:
        chunk: list[SourceItem] = []
        for si in items:
            chunk.append(si)
            if len(chunk) >= c.per_task:
                c.feed(chunk)
                chunk = []
                c.drain()
        c.feed(chunk)
        c.submit()
        c.drain(everything=True)
        if c.leftovers:  # not met in these sources: in the order they were stored in
            settle_pending(run.store, c.leftovers)
    except BaseException:
        c.cancel()
        raise


def _ready(entry: _Entry) -> bool:
    return not isinstance(entry, _Batch) or bool(entry.future.done())
