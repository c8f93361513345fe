"""Extraction on a dask.distributed cluster (`marsad ingest --cluster ADDRESS`).

The ingest runner (`marsad.ingest.runner`) stays the client: it reads the sources, hashes each
document and skips the ones already stored. With PostgreSQL the workers store what they extract
(`marsad.ingest.cluster_store`: tasks of several documents, small summaries back). With SQLite
each admitted document becomes one task (`extract`: article → events, the same `prepare` as one
process) on the cluster's workers; results come back in the order the sources gave them, never
more than `window` documents in flight (backpressure: a ten-million-line corpus is never in
memory), and this process writes the store, then deduplicates as always. Either way the store
is the same as the one a single process writes from the same input.

* Workers load the lexicons and the gazetteer once per process (`WarmUp`, a worker plugin that
  also refuses a worker whose marsad version differs from the client's).
* A worker that dies mid-task loses nothing: the scheduler runs its tasks again on another worker
  (up to `distributed.scheduler.allowed-failures` times, then the document is a recorded failure
  "worker process failed: KilledWorker"); each document is stored once. A document that
  fails on a worker comes back as a `Failure` with its reason, recorded as today. An interrupted
  run resumes: documents already stored are skipped by the client before any task is made.
* `local:N` starts a `LocalCluster` of N single-threaded worker processes on this machine. With
  SQLite the cluster must be on this machine (`local:N` or a scheduler on a loopback address); a
  cluster of several machines writes to PostgreSQL.

dask.distributed is the `cluster` extra (`pip install 'marsad[cluster]'`), imported only here.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import resource
import time
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from marsad import __version__
from marsad.errors import ConfigError
from marsad.ingest.cluster_store import RETRIES, WINDOW_PER_WORKER, ClusterStats, store_on_workers
from marsad.ingest.limits import Limits
from marsad.ingest.runner import IngestOptions, Run, prepare, warm_up, windowed
from marsad.ingest.sources import SourceItem
from marsad.models import Document, Failure
from marsad.store.repository import NewDocument

try:
    from distributed import WorkerPlugin
except ImportError:  # the cluster extra is not installed: connect() says so
    WorkerPlugin = object  # type: ignore[assignment,misc]

LOOPBACK = {"127.0.0.1", "localhost", "::1", ""}


LAST_RUN: ClusterStats | None = None  # the figures of the last cluster run of this process


def cluster_options(address: str, **options: Any) -> IngestOptions:
    """IngestOptions that extract on the cluster at `address` (see `parse_address`)."""
    parse_address(address)
    return IngestOptions(cluster=address, extract=extract_on_cluster, **options)


def parse_address(address: str) -> tuple[str, int]:
    """`local:N` → ("local", N); a scheduler address → (address, 0). ConfigError when malformed."""
    value = address.strip()
    if value.startswith("local"):
        _, _, n = value.partition(":")
        if not n:
            return "local", os.cpu_count() or 1
        if not n.isdigit() or not 1 <= int(n) <= 256:
            raise ConfigError(f"--cluster {address!r}: local:N needs a number of workers from 1 to 256")
        return "local", int(n)
    if "://" not in value:
        value = "tcp://" + value
    parts = urlsplit(value)
    if not parts.hostname:
        raise ConfigError(f"--cluster {address!r}: give a scheduler address (tcp://host:8786) or local:N")
    return value, 0


def on_this_machine(address: str) -> bool:
    where, _n = parse_address(address)
    return where == "local" or (urlsplit(where).hostname or "") in LOOPBACK


def check_store(server: bool, address: str) -> None:
    """SQLite is for one machine: refuse it for a cluster whose scheduler is elsewhere."""
    if not server and not on_this_machine(address):
        raise ConfigError(f"--cluster {address}: a cluster of several machines writes to PostgreSQL "
                          "(--db postgresql://…); SQLite is only for local:N")


def _distributed() -> Any:
    try:
        # the 'cluster' extra: imported only when a cluster is asked for
        import distributed
    except ImportError as e:
        raise ConfigError("--cluster needs dask.distributed: pip install 'marsad[cluster]'") from e
    return distributed


class WarmUp(WorkerPlugin):
    """Worker plugin: check the worker's marsad version, then load lexicons and gazetteer once."""

    name = "marsad-warm-up"
    idempotent = False  # a client of another version registers its own check again

    def __init__(self, version: str) -> None:
        self.version = version

    def setup(self, worker: Any = None) -> None:
        if self.version != __version__:
            raise ConfigError(f"worker has marsad {__version__}, the client {self.version}: "
                              "install the same version on every machine")
        warm_up()

    def teardown(self, worker: Any = None) -> None:
        return None


def extract(doc: Document, kind: str, limits: Limits | None = None) -> tuple[NewDocument | Failure, float]:
    """The task: one document → its processed form (without the input, which the client has)
    and the seconds it took."""
    t0 = time.perf_counter()
    out = prepare(doc, kind, limits)
    if isinstance(out, NewDocument):
        out = replace(out, doc=Document(id=doc.id))
    return out, time.perf_counter() - t0


class _Task:
    """A dask future seen by `windowed`: the result comes back with its input document attached."""

    __slots__ = ("doc", "future", "stats")

    def __init__(self, future: Any, doc: Document, stats: ClusterStats) -> None:
        self.future, self.doc, self.stats = future, doc, stats

    def done(self) -> bool:
        return bool(self.future.done())

    def cancel(self) -> Any:
        return self.future.cancel()

    def result(self) -> NewDocument | Failure:
        t0 = time.perf_counter()
        out, seconds = self.future.result()
        t1 = time.perf_counter()
        self.stats.client_wait_s += t1 - t0
        self.stats.worker_compute_s += seconds
        self.stats.bytes_back += len(pickle.dumps(out, protocol=5))
        self.future.release()
        if isinstance(out, NewDocument):
            return replace(out, doc=self.doc)
        return out


@contextlib.contextmanager
def connect(address: str) -> Iterator[Any]:
    """A dask.distributed Client for `address` (a LocalCluster of worker processes for local:N),
    with the marsad plugin registered on every worker."""
    distributed = _distributed()
    where, n = parse_address(address)
    with contextlib.ExitStack() as stack:
        if where == "local":
            local = stack.enter_context(distributed.LocalCluster(
                n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None,
                silence_logs=logging.ERROR))
            client = stack.enter_context(distributed.Client(local))
        else:
            client = stack.enter_context(distributed.Client(where, timeout="30s"))
        client.register_plugin(WarmUp(__version__))
        yield client


def _metrics(dask_scheduler: Any) -> dict[str, float]:
    """dask's fine performance metrics of the workers, summed by (context, activity), seconds only."""
    out: dict[str, float] = {}
    for key, value in getattr(dask_scheduler, "cumulative_worker_metrics", {}).items():
        if isinstance(key, tuple) and len(key) >= 3 and key[-1] == "seconds":
            name = f"{key[0]}:{key[-2]}"
            out[name] = out.get(name, 0.0) + float(value)
    return out


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM (Linux; unlike ru_maxrss it is not inherited
    from the process that forked this one), else ru_maxrss."""
    with contextlib.suppress(OSError), open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """This process's CPU time (user and system) since it started."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def extract_on_cluster(run: Run, items: Iterator[SourceItem], opts: IngestOptions) -> ClusterStats:
    """Extract the admitted documents of `items` on the cluster `opts.cluster`. With PostgreSQL
    the workers store them (`marsad.ingest.cluster_store`); with SQLite `run` saves them here."""
    global LAST_RUN
    address = opts.cluster or "local:1"
    server = run.store.backend.server
    check_store(server, address)
    stats = ClusterStats(address=address, writer="workers" if server else "client")
    LAST_RUN = stats
    t0 = time.perf_counter()
    with connect(address) as client:
        stats.startup_s = time.perf_counter() - t0
        threads = sum(client.nthreads().values()) or 1
        stats.workers = len(client.nthreads())
        if server:
            store_on_workers(run, items, opts, client, stats, threads)
        else:
            _client_writes(run, items, opts, client, stats, threads)
        with contextlib.suppress(Exception):  # figures only: a scheduler without them is fine
            stats.worker_metrics = client.run_on_scheduler(_metrics)
        with contextlib.suppress(Exception):
            for addr, rss in client.run(peak_rss_mb).items():
                stats.peak_rss_mb[f"worker {addr}"] = round(rss, 1)
            for addr, cpu in client.run(cpu_seconds).items():
                stats.worker_cpu_s[f"worker {addr}"] = round(cpu, 2)
    stats.peak_rss_mb["client"] = round(peak_rss_mb(), 1)
    return stats


def _client_writes(run: Run, items: Iterator[SourceItem], opts: IngestOptions, client: Any,
                   stats: ClusterStats, threads: int) -> None:
    """One task a document; the results come back whole and `run` saves them in source order."""
    window = opts.window or WINDOW_PER_WORKER * threads

    def submit(doc: Document, kind: str) -> _Task:
        t0 = time.perf_counter()
        stats.bytes_out += len(pickle.dumps(doc, protocol=5))
        fut = client.submit(extract, doc, kind, opts.limits, pure=False, retries=RETRIES)
        stats.client_submit_s += time.perf_counter() - t0
        stats.tasks += 1
        stats.documents += 1
        return _Task(fut, doc, stats)

    windowed(run, items, window, submit)
