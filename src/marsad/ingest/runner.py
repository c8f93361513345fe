"""The ingest run: sources → documents → `pipeline.process` → the store, then deduplication.

* Idempotent: a document whose URL or content hash is already stored (or was seen earlier in the
  run) is skipped before any work is done; re-running the same command adds nothing.
* Crash-safe: documents are saved in the order the sources give them, BATCH documents per
  transaction in a local run, one per transaction with a cluster (a document with its events goes
  in whole or not at all; a run killed with a batch in flight stores none of it, and the next run
  extracts those documents again); deduplication runs once at the end in one transaction and
  picks up every event not yet in a cluster, so a run killed at any moment and run again ends
  with the same database.
* `workers > 1` extracts in that many processes on this machine, and this process writes;
  `cluster` (an address, or `local:N`) extracts on a dask.distributed cluster
  (`marsad.ingest.cluster`), whose workers store what they extract into PostgreSQL (this process
  settles the near-duplicate links in source order) and send it back to be stored here with SQLite.
* Failures (unreadable input, fetch errors, extraction errors) are recorded with their stage and
  reason; the run goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.engine import make_url

from marsad import __version__
from marsad.article.encoding import decode_report
from marsad.dedup import DedupParams, deduplicate
from marsad.dedup import minhash as mh
from marsad.documents import JSONL_SUFFIXES, is_document_file
from marsad.errors import InputError, LimitError, MarsadError
from marsad.ingest.chunks import CHUNK, Chunked
from marsad.ingest.fetch import Fetcher, FetchOptions
from marsad.ingest.limits import Limits, input_size, time_budget, too_large
from marsad.ingest.sources import Mark, Reader, Skip, SourceItem, is_url, looks_like_feed
from marsad.models import Document, Failure
from marsad.store import (
    Store,
    content_hash,
    find_document,
    finish_run,
    record_failure,
    save_documents,
    start_run,
)
from marsad.store.repository import (
    NewDocument,
    SaveResult,
    count_rows,
    http_cache_get,
    http_cache_put,
    stored_keys,
)
from marsad.store.schema import clusters as clusters_table
from marsad.store.shared_writes import pending_documents, settle_near_duplicates

BATCH = 32  # processed documents stored per transaction


@dataclass(frozen=True, slots=True)
class IngestOptions:
    workers: int = 1
    fetch: FetchOptions = field(default_factory=FetchOptions)
    dedup: DedupParams = field(default_factory=DedupParams)
    window: int = 0  # documents in flight with workers (0: 24 per process, 16 per cluster worker thread)
    cluster: str | None = None  # dask.distributed scheduler address or local:N (marsad.ingest.cluster)
    # Extraction elsewhere: called with the run, the items and these options instead of the local
    # loop (`marsad.ingest.cluster.cluster_options` sets it; this module does not import the cluster).
    extract: Callable[[Run, Iterator[SourceItem], IngestOptions], object] | None = None
    limits: Limits = field(default_factory=Limits)


@dataclass
class Counts:
    seen: int = 0
    added: int = 0
    skipped: int = 0
    failed: int = 0
    events: int = 0
    near_duplicates: int = 0
    total: int | None = None  # documents expected, when the input says (local files); None for feeds/URLs
    phase: str = "documents"  # documents | dedup
    started: float = field(default_factory=time.perf_counter)

    @property
    def rate(self) -> float:
        elapsed = time.perf_counter() - self.started
        return self.seen / elapsed if elapsed > 0 else 0.0


@dataclass(frozen=True, slots=True)
class IngestSummary:
    run_id: int
    documents_seen: int
    documents_added: int
    documents_skipped: int
    documents_failed: int
    events_added: int
    near_duplicates: int
    clusters: int  # clusters in the database after the run
    clusters_updated: int
    seconds: float
    docs_per_s: float
    skip_reasons: dict[str, int]
    failure_stages: dict[str, int]

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


def prepare(doc: Document, kind: str, limits: Limits | None = None, *, signed: bool = True) -> NewDocument | Failure:
    """Extraction of one document (runs in a worker process): Processed → NewDocument, within
    the document's time budget (`marsad.ingest.limits`). Without `signed` its MinHash signature
    is left for `with_signature` (a one-process run computes a batch's just before storing it)."""
    lim = limits or Limits()
    try:
        with time_budget(lim.time_budget, doc.id):
            return _prepare(doc, kind, lim, signed)
    except LimitError as e:
        return Failure(doc.id, "limit", e.reason, {"url": doc.url} if doc.url else {})


def _prepare(doc: Document, kind: str, lim: Limits, signed: bool = True) -> NewDocument | Failure:
    from marsad.pipeline import process  # where documents are extracted only: 0.8 s to import

    try:
        p = process(doc, max_text_chars=lim.max_text_chars, published=lim.published)
    except LimitError:
        raise
    except InputError as e:
        return Failure(doc.id, "read", e.reason, {"url": doc.url} if doc.url else {})
    except MarsadError as e:
        return Failure(doc.id, "extract", getattr(e, "reason", None) or str(e), {"url": doc.url} if doc.url else {})
    except Exception as e:  # a bug in one document must not stop the batch
        return Failure(doc.id, "extract", f"internal error: {type(e).__name__}: {e}",
                       {"url": doc.url} if doc.url else {})
    sig = mh.signature(p.text.text) if signed else None
    raw_text = None
    replaced = (doc.text or "").count("\ufffd")  # bad bytes of a text file, replaced when it was read
    if doc.html_bytes is not None:
        try:
            decoded = decode_report(doc.html_bytes, where=doc.id)
            raw_text, replaced = decoded.text, decoded.replaced
        except MarsadError:
            raw_text = doc.html_bytes.decode("utf-8", errors="replace")
    meta: dict[str, Any] = {"kind": kind, "marsad": __version__,
                            "timings": {k: round(v, 5) for k, v in getattr(p, "timings", {}).items()}}
    if getattr(p, "skipped_reason", None):
        meta["note"] = p.skipped_reason
    if p.cut:
        meta["cut"] = p.cut
    if replaced:
        meta["replaced_characters"] = replaced  # invalid bytes read as U+FFFD
    return NewDocument(doc=doc, article=p.article, norm_text=p.text.text, events=tuple(p.events),
                       content_hash=content_hash(doc), language=p.language, minhash=sig,
                       bands=mh.bands(sig) if sig else (), meta=meta, raw_text=raw_text)


def with_signature(new: NewDocument) -> NewDocument:
    """The document with the MinHash signature (and bands) of its normalized text, as `prepare`
    gives it."""
    sig = mh.signature(new.norm_text)
    return replace(new, minhash=sig, bands=mh.bands(sig) if sig else ())


def _signed_and_saved(store: Store, pairs: list[tuple[NewDocument, str]], run_id: int) -> list[SaveResult]:
    """`save_documents` of documents prepared without their signature, computed first (where
    they are stored, a batch at a time)."""
    return save_documents(store, [(with_signature(new), origin) for new, origin in pairs], run_id=run_id)


def warm_up() -> None:
    """Worker initializer: load the lexicons and gazetteer once per process."""
    from marsad.pipeline import process  # where documents are extracted only: 0.8 s to import

    with contextlib.suppress(MarsadError):
        process(Document(id="warm-up", text="قصف على حلب"))
    mh.signature("قصف على حلب")  # and what computes the signatures


class Run:
    def __init__(self, store: Store, run_id: int, options: IngestOptions,
                 on_progress: Callable[[Counts], None] | None) -> None:
        self.store, self.run_id, self.options, self.on_progress = store, run_id, options, on_progress
        self.counts = Counts()
        self.skips: Counter[str] = Counter()
        self.stages: Counter[str] = Counter()
        self.seen_hashes: set[str] = set()
        self.seen_urls: set[str] = set()
        self.batch: list[tuple[SourceItem, NewDocument]] = []
        # A cluster run stores each document as it comes back (its progress and in-flight sets
        # follow the store document by document); a local run BATCH at a time.
        self.batch_size = 1 if options.cluster or options.extract is not None else BATCH
        # A local run with worker processes stores a full batch on a thread of its own while the
        # next results come in (its main thread submits and collects): one batch in flight. A
        # one-process run stores each batch in turn with the extraction: on a thread beside it the
        # store's Python holds the interpreter's lock as long and the two threads' switching cost
        # 0.3-0.7 s of CPU time over SaudiNewsNet (docs/performance.md)
        self.background = self.batch_size > 1 and options.workers > 1 and not _in_memory(store)
        self._writer: ThreadPoolExecutor | None = None
        self._writing: tuple[list[tuple[SourceItem, NewDocument]], Future[list[SaveResult]]] | None = None
        # The documents come without their signature (`prepare(signed=False)`): it is computed
        # where they are stored, a batch at a time (`_signed_and_saved`; a one-process run)
        self.unsigned = False

    def skip(self, reason: str) -> None:
        self.counts.skipped += 1
        self.skips[reason.split(" as ")[0]] += 1

    def fail(self, origin: str, f: Failure) -> None:
        self.flush()  # the documents before it are stored first, as they came
        self.counts.failed += 1
        self.stages[f.stage] += 1
        record_failure(self.store, origin=origin, doc_key=f.doc, stage=f.stage, reason=f.reason,
                       url=f.details.get("url"), details=f.details, run_id=self.run_id)

    def admit(self, si: SourceItem, stored: set[str] | None = None) -> Document | None:
        """A document to extract, or None when the item was a skip, a failure or a mark.
        `stored`: the content hashes and URLs among this item's that the store has, when the
        caller looked them up for several items at once (`stored_keys`)."""
        item = si.item
        if isinstance(item, Mark):
            self.flush()
            http_cache_put(self.store, item.url, etag=item.etag, last_modified=item.last_modified,
                           status=item.status, content_hash=None)
            return None
        self.counts.seen += 1
        if isinstance(item, Skip):
            self.skip(item.reason)
        elif isinstance(item, Failure):
            self.fail(si.origin, item)
        elif (why := too_large(input_size(item.text, item.html, item.html_bytes),
                                 self.options.limits.max_doc_bytes)):
            self.fail(si.origin, Failure(item.id, "limit", why, {"url": item.url} if item.url else {}))
        else:
            h = content_hash(item)
            if h in self.seen_hashes or (item.url and item.url in self.seen_urls):
                self.skip("duplicate of a document earlier in this run")
                return None
            self.seen_hashes.add(h)
            if item.url:
                self.seen_urls.add(item.url)
            found = (h in stored or (item.url or "") in stored) if stored is not None else \
                find_document(self.store, url=item.url, content_hash=h)
            if found:
                self.skip("already stored")
                return None
            return item
        self.tick()
        return None

    def save(self, si: SourceItem, result: NewDocument | Failure) -> None:
        """Record a failure, or queue a processed document: the queue is stored in one
        transaction every `batch_size` documents (`flush`)."""
        if isinstance(result, Failure):
            self.fail(si.origin, result)
            self.tick()
            return
        self.batch.append((si, result))
        if len(self.batch) >= self.batch_size:
            self.flush(wait=False)

    def flush(self, wait: bool = True) -> None:
        """Store the queued documents (one transaction) and count them. With `wait` False a run
        with worker processes stores them on its writer thread and returns; every flush first
        waits for the batch in flight, so the store is written in the order of the sources, one
        batch at a time."""
        self._settle()
        if not self.batch:
            return
        batch, self.batch = self.batch, []
        pairs = [(new, si.origin) for si, new in batch]
        if wait or not self.background:
            if self.unsigned:
                self._count(batch, _signed_and_saved(self.store, pairs, self.run_id))
            else:
                self._count(batch, save_documents(self.store, pairs, run_id=self.run_id))
            return
        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="marsad-store")
        if self.unsigned:
            self._writing = (batch, self._writer.submit(_signed_and_saved, self.store, pairs, self.run_id))
        else:
            self._writing = (batch, self._writer.submit(save_documents, self.store, pairs, run_id=self.run_id))

    def _settle(self) -> None:
        """Wait for the batch in flight, if any, and count it."""
        if self._writing is not None:
            batch, fut = self._writing
            self._writing = None
            self._count(batch, fut.result())

    def close(self) -> None:
        """Wait for the batch in flight and stop the writer thread."""
        try:
            self._settle()
        finally:
            if self._writer is not None:
                self._writer.shutdown()
                self._writer = None

    def _count(self, batch: list[tuple[SourceItem, NewDocument]], results: list[SaveResult]) -> None:
        for (_si, new), res in zip(batch, results, strict=True):
            if self.options.cluster:  # the store remembers it now: keep the sets to what is in flight
                self.seen_hashes.discard(new.content_hash)
                self.seen_urls.discard(new.doc.url or "")
            if res.added:
                self.counts.added += 1
                self.counts.events += res.events
                self.counts.near_duplicates += res.near_dup_of is not None
            else:
                self.skip(res.reason or "already stored")
            self.tick()

    def tick(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.counts)


def _in_memory(store: Store) -> bool:
    """An SQLite database in memory: one per connection and thread, so written by this thread."""
    url = make_url(store.url)
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def settle_pending(store: Store, only: set[str] | None = None) -> dict[str, str | None]:
    """Settle the near-duplicate links that cluster workers left pending (`store.shared_writes`),
    in the order they were stored (`only`: of these documents)."""
    return settle_near_duplicates(store, [(i, mh.bands(sig) if sig else ()) for i, sig in pending_documents(store)
                                          if only is None or i in only])


def expected_documents(sources: Sequence[str]) -> int | None:
    """How many documents the sources hold, when they are local files and directories (JSON
    lines counted by their non-empty lines); None when any is a URL, a feed or stdin."""
    total = 0
    for s in sources:
        if s == "-" or is_url(s):
            return None
        path = Path(s)
        files = sorted(q for q in path.rglob("*") if q.is_file() and not q.name.startswith(".")
                       and is_document_file(q)) if path.is_dir() else [path]
        for f in files:
            if not f.is_file():
                total += 1  # a missing file: one failure
            elif f.suffix.lower() in JSONL_SUFFIXES:
                total += _count_lines(f)
            elif looks_like_feed(f):
                return None
            else:
                total += 1
    return total


def _count_lines(path: Path) -> int:
    n = 0
    with path.open("rb") as f:
        for line in f:
            n += bool(line.strip())
    return n


def _stream(reader: Reader, sources: Sequence[str]) -> Iterator[SourceItem]:
    for s in sources:
        yield from reader.items(s)


def looked_up(store: Store, items: Iterator[SourceItem], n: int = BATCH) -> Iterator[tuple[SourceItem, set[str]]]:
    """Each item with the content hashes and URLs that the store has among those of its next
    `n` items (one query for them, `stored_keys`, instead of one per document: `Run.admit`).
    A document stored after the query is one this run saw, and `Run.admit` skips it as such."""
    chunk: list[SourceItem] = []
    for si in items:
        chunk.append(si)
        if len(chunk) >= n:
            yield from _with_stored(store, chunk)
            chunk = []
    yield from _with_stored(store, chunk)


def _with_stored(store: Store, chunk: list[SourceItem]) -> Iterator[tuple[SourceItem, set[str]]]:
    docs = [si.item for si in chunk if isinstance(si.item, Document)]
    stored = stored_keys(store, [content_hash(d) for d in docs], [d.url for d in docs if d.url]) if docs else set()
    for si in chunk:
        yield si, stored


def ingest(store: Store, sources: Sequence[str], options: IngestOptions | None = None,
           on_progress: Callable[[Counts], None] | None = None) -> IngestSummary:
    """Ingest every SOURCE into `store`, deduplicate, and return the run's summary."""
    opts = options or IngestOptions()
    run_id = start_run(store, sources, opts.workers)
    run = Run(store, run_id, opts, on_progress)
    if on_progress is not None:
        run.counts.total = expected_documents(sources)

    def validators(url: str) -> tuple[str | None, str | None]:
        row = http_cache_get(store, url)
        return (row["etag"], row["last_modified"]) if row else (None, None)

    fetcher = Fetcher(opts.fetch, validators=validators)
    reader = Reader(fetcher, known_url=lambda u: find_document(store, url=u) is not None,
                    max_doc_bytes=opts.limits.max_doc_bytes)
    status = "failed"
    clusters_updated = 0
    try:
        if opts.extract is None or not store.backend.server:
            settle_pending(store)  # links left pending by a cluster run that stopped (PostgreSQL)
        if opts.extract is not None:
            opts.extract(run, _stream(reader, sources), opts)
        elif opts.workers <= 1:
            run.unsigned = True  # (each batch's signatures computed just before it is stored)
            for si, stored in looked_up(store, _stream(reader, sources)):
                doc = run.admit(si, stored)
                if doc is not None:
                    run.save(si, prepare(doc, si.kind, opts.limits, signed=False))
        else:
            _parallel(run, _stream(reader, sources), opts)
        run.flush()
        run.counts.phase = "dedup"
        run.tick()
        clusters_updated = deduplicate(store, run_id, opts.dedup).clusters
        status = "done"
    except KeyboardInterrupt:
        status = "interrupted"
        raise
    finally:
        if run.batch or run._writing:  # stopped with documents queued: store what was extracted
            with contextlib.suppress(Exception):
                run.flush()
        with contextlib.suppress(Exception):
            run.close()
        fetcher.close()
        c = run.counts
        seconds = time.perf_counter() - c.started
        total_clusters = count_rows(store, clusters_table)
        finish_run(store, run_id, status=status, documents_seen=c.seen, documents_added=c.added,
                   documents_skipped=c.skipped, documents_failed=c.failed, events_added=c.events,
                   clusters_total=total_clusters, seconds=round(seconds, 3),
                   docs_per_s=round(c.seen / seconds, 2) if seconds > 0 else None)
    return IngestSummary(run_id, c.seen, c.added, c.skipped, c.failed, c.events, c.near_duplicates,
                         total_clusters, clusters_updated, round(seconds, 3),
                         round(c.seen / seconds, 2) if seconds > 0 else 0.0,
                         dict(run.skips), dict(run.stages))


def _parallel(run: Run, items: Iterator[SourceItem], opts: IngestOptions) -> None:
    """Extract in worker processes; save in the order the sources gave the documents. Where
    processes start by fork, this process loads the lexicons and the gazetteer first and the
    workers start with them (shared, copy-on-write, out of the collector's reach: `pipeline`)
    instead of each loading its own."""
    context = None
    if "fork" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("fork")
        warm_up()
    with ProcessPoolExecutor(max_workers=opts.workers, mp_context=context, initializer=warm_up) as pool:
        # (CHUNK documents a task: `marsad.ingest.chunks`; three tasks in flight per worker)
        tasks = Chunked(pool.submit, prepare, busy=opts.workers)
        windowed(run, looked_up(run.store, items), opts.window or 3 * CHUNK * opts.workers,
                 lambda doc, kind: tasks.submit(doc, kind, opts.limits))


class Pending(Protocol):
    """What `windowed` needs of a submitted extraction (a concurrent or a dask.distributed future)."""

    def done(self) -> bool: ...
    def result(self) -> Any: ...
    def cancel(self) -> Any: ...


def windowed(run: Run, items: Iterator[SourceItem] | Iterator[tuple[SourceItem, set[str]]], window: int,
             submit: Callable[[Document, str], Pending]) -> None:
    """Submit each admitted document with `submit`, never more than `window` in flight, and save
    the results in the order the sources gave the documents (the same store as one process).
    `items` may come with what the store has of them (`looked_up`, in a local run)."""
    pending: deque[tuple[SourceItem, Pending | None]] = deque()
    try:
        for entry in items:
            si, stored = entry if isinstance(entry, tuple) else (entry, None)
            if isinstance(si.item, Mark):
                pending.append((si, None))  # applied after everything before it is saved
            else:
                doc = run.admit(si, stored)
                if doc is not None:
                    pending.append((si, submit(doc, si.kind)))
            while len(pending) > window or (pending and _ready(pending[0][1])):
                _drain_one(run, pending)
        while pending:
            _drain_one(run, pending)
    except BaseException:
        for _si, fut in pending:
            if fut is not None:
                fut.cancel()
        raise


def _ready(fut: Pending | None) -> bool:
    return fut is None or fut.done()


def _drain_one(run: Run, pending: deque[tuple[SourceItem, Pending | None]]) -> None:
    si, fut = pending.popleft()
    if fut is None:
        run.admit(si)  # a Mark
        return
    try:
        result = fut.result()
    except Exception as e:  # the worker died (out of memory, killed): that document failed
        doc = si.item
        key = doc.id if isinstance(doc, Document) else "?"
        result = Failure(key, "extract", f"worker process failed: {type(e).__name__}: {e}")
    run.save(si, result)
