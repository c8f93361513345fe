"""`marsad bench ingest`: documents/s of `marsad ingest` into a fresh SQLite store.

Ingests the given JSON-lines corpora (default: the shared corpus when present, else the bundled
samples) once per `--workers` value into a new temporary database, then once more into the same
database (the idempotent re-run: every document skipped). Prints JSON per run: documents added,
skipped, failed, events, clusters, seconds, documents/s, documents/s per worker.
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path

from marsad.config import SAMPLES_DIR
from marsad.ingest.runner import IngestOptions, ingest
from marsad.store import open_store


def _default_sources() -> list[str]:
    shared = Path(os.environ.get("MARSAD_SHARED") or Path(__file__).resolve().parents[3].parent / "shared")
    corpus = sorted(str(p) for p in (shared / "corpus").glob("*.jsonl"))
    return corpus or [str(SAMPLES_DIR)]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench ingest", description=__doc__.split("\n\n")[0])
    ap.add_argument("sources", nargs="*", help="corpora to ingest (default: the shared corpus)")
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    args = ap.parse_args(argv)
    sources = args.sources or _default_sources()
    results = []
    for w in (int(x) for x in args.workers.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "bench.sqlite")
            for label in ("first", "rerun"):
                s = ingest(store, sources, IngestOptions(workers=w))
                results.append({"workers": w, "run": label, "documents_added": s.documents_added,
                                "documents_skipped": s.documents_skipped, "documents_failed": s.documents_failed,
                                "events_added": s.events_added, "clusters": s.clusters, "seconds": s.seconds,
                                "docs_per_s": s.docs_per_s, "docs_per_s_per_worker": round(s.docs_per_s / w, 2)})
            store.close()
    print(json.dumps({"benchmark": "ingest", "sources": sources, "cores": os.cpu_count(), "runs": results},
                     ensure_ascii=False))
    return 0
