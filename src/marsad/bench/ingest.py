"""`marsad bench ingest`: documents/s of `marsad ingest`, one process, a process pool or a dask cluster.

Ingests the given corpora (default: the shared corpus when present, else the bundled samples)
into a new store once per `--workers` value and once per `--cluster` address (`local:1,local:2`
start LocalClusters; a `tcp://` scheduler is used as it is), then once more into the same store
(the idempotent re-run: every document skipped). `--synthetic N` ingests N generated documents
instead (`marsad.ingest.synthetic`: paragraphs of the corpora recombined; JSON lines or, with
`--synthetic-format parquet`, a Parquet corpus in a temporary directory). `--db postgresql://…`
writes to a new database on that server (dropped afterwards) instead of a temporary SQLite file.

Prints JSON per run: documents added, skipped, failed, events, clusters, seconds, documents/s
(and without the cluster's start-up), peak RSS of the client and of each worker (MB), the client's
resident memory every 500 documents (Linux), and for a
cluster where the time went: compute on the workers, submitting (serialization) on the client,
dask's own metrics of the workers (`execute:*`, `get-data:serialize|network`), bytes each way,
and the share of transfer and serialization in the work. CPU seconds: the client's during the
run (`client_cpu_s`, with the scheduler of a `local:N` cluster) and, for one process or a
cluster, `cpu_s` (the client's plus each worker process's whole life, start-up included) and
`cpu_ms_per_document`: what a run costs whatever the machine's load (the database server's CPU
is not counted).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from marsad.config import SAMPLES_DIR
from marsad.ingest import synthetic
from marsad.ingest.cluster import cluster_options, cpu_seconds, peak_rss_mb
from marsad.ingest.runner import Counts, IngestOptions, ingest
from marsad.store import open_store

TRANSFER = ("serialize", "deserialize", "compress", "decompress", "network", "memory-read", "disk-read",
            "disk-write", "pickle")
RSS_EVERY = 500  # documents between two samples of the client's memory


def _rss_now_mb() -> float:
    with open("/proc/self/statm") as f:
        return round(int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)


def _default_sources() -> list[str]:
    shared = Path(os.environ.get("MARSAD_SHARED") or Path(__file__).resolve().parents[3].parent / "shared")
    corpus = sorted(str(p) for p in (shared / "corpus").glob("*.jsonl"))
    return corpus or [str(SAMPLES_DIR)]


@contextlib.contextmanager
def _database(server: str | None, tmp: str, label: str) -> Iterator[str]:
    """A new, empty store: a SQLite file in `tmp`, or a new database on the PostgreSQL `server`."""
    if not server:
        yield str(Path(tmp) / f"{label}.sqlite")
        return
    # the PostgreSQL driver only for --db
    import psycopg

    plain = server.replace("postgresql+psycopg://", "postgresql://")
    name = f"marsad_bench_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{plain.rpartition('/')[0]}/{name}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _cluster_figures(seconds: float, seen: int) -> dict[str, Any]:
    # dask.distributed only for cluster runs
    from marsad.ingest import cluster

    st = cluster.LAST_RUN
    if st is None:
        return {}
    transfer = st.client_submit_s + sum(v for k, v in st.worker_metrics.items()
                                        if k.split(":", 1)[1] in TRANSFER)
    steady = seconds - st.startup_s
    return {"startup_s": round(st.startup_s, 2),
            "docs_per_s_after_startup": round(seen / steady, 2) if steady > 0 else None,
            "transfer_serialization_s": round(transfer, 3),
            "transfer_share": round(transfer / (transfer + st.worker_compute_s), 4) if st.worker_compute_s else None,
            "cluster": st.to_dict()}


def _run(sources: list[str], db: str, label: str, workers: int, cluster: str | None,
         rerun: bool) -> list[dict[str, Any]]:
    out = []
    store = open_store(db)
    try:
        for run in ("first", "rerun") if rerun else ("first",):
            rss: dict[int, float] = {}

            def sample(c: Counts, rss: dict[int, float] = rss) -> None:  # the client's memory along the run
                if c.seen >= RSS_EVERY * (len(rss) + 1):
                    rss[c.seen] = _rss_now_mb()

            opts = cluster_options(cluster) if cluster else IngestOptions(workers=workers)
            cpu0 = cpu_seconds()
            s = ingest(store, sources, opts, on_progress=sample)
            cpu = cpu_seconds() - cpu0
            row: dict[str, Any] = {
                "mode": label, "run": run, "documents_seen": s.documents_seen, "documents_added": s.documents_added,
                "documents_skipped": s.documents_skipped, "documents_failed": s.documents_failed,
                "events_added": s.events_added, "clusters": s.clusters, "seconds": s.seconds,
                "docs_per_s": s.docs_per_s, "client_cpu_s": round(cpu, 2)}
            if cluster:
                row.update(_cluster_figures(s.seconds, s.documents_seen))
                row["cpu_s"] = round(cpu + sum(row.get("cluster", {}).get("worker_cpu_s", {}).values()), 2)
            elif workers <= 1:
                row["cpu_s"] = round(cpu, 2)
            if "cpu_s" in row and s.documents_seen:
                row["cpu_ms_per_document"] = round(1000 * row["cpu_s"] / s.documents_seen, 2)
            else:
                row["docs_per_s_per_worker"] = round(s.docs_per_s / workers, 2)
            row["peak_rss_mb"] = {**row.get("cluster", {}).get("peak_rss_mb", {}), "client": round(peak_rss_mb(), 1)}
            row["client_rss_mb_by_documents_seen"] = rss
            out.append(row)
    finally:
        store.close()
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench ingest", description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="*", help="corpora to ingest (default: the shared corpus)")
    ap.add_argument("--workers", default=None,
                    help="comma-separated process counts (default 1,2; 1 with --cluster; 0 for none)")
    ap.add_argument("--cluster", default="", help="comma-separated cluster addresses, e.g. local:1,local:2")
    ap.add_argument("--synthetic", type=int, default=0, metavar="N",
                    help="ingest N generated documents made of the corpora's paragraphs")
    ap.add_argument("--synthetic-format", choices=("jsonl", "parquet"), default="jsonl")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--db", default=None, help="a PostgreSQL server URL: each run in a new database on it")
    ap.add_argument("--no-rerun", action="store_true", help="skip the idempotent re-run")
    args = ap.parse_args(argv)
    sources = args.sources or _default_sources()
    clusters = [c for c in args.cluster.split(",") if c.strip()]
    workers_arg = args.workers if args.workers is not None else ("1" if clusters else "1,2")
    workers = [int(x) for x in workers_arg.split(",") if x.strip() and int(x) > 0]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        inputs = sources
        if args.synthetic:
            pool = synthetic.pool(sources)
            if args.synthetic_format == "parquet":
                path = Path(tmp) / "synthetic.parquet"
                synthetic.write_parquet(path, pool, args.synthetic, args.seed)
            else:
                path = Path(tmp) / "synthetic.jsonl"
                with path.open("w", encoding="utf-8") as f:
                    synthetic.write_jsonl(f, pool, args.synthetic, args.seed)
            inputs = [str(path)]
        plan: list[tuple[str, int, str | None]] = [(f"workers={w}", w, None) for w in workers]
        plan += [(f"cluster={c}", 1, c) for c in clusters]
        for label, w, c in plan:
            with _database(args.db, tmp, label.replace(":", "-").replace("=", "-")) as db:
                results += _run(inputs, db, label, w, c, not args.no_rerun)
    print(json.dumps({"benchmark": "ingest", "sources": sources, "synthetic": args.synthetic or None,
                      "store": "postgresql" if args.db else "sqlite", "cores": os.cpu_count(),
                      "load_average": os.getloadavg(), "runs": results}, ensure_ascii=False))
    return 0
