"""Benchmark of the whole pipeline: documents per second (and per core), from plain text and from
HTML, with the share of time per stage, and events per article over the corpus.

    marsad bench events [--corpus DIR] [--limit N] [--html DIR] [--stages] [--only NAME]

Prints one JSON object. Plain-text documents are the corpus's JSON lines (about 3 KB each).
With --stages each run also gives the milliseconds per document and per 1,000 characters of every
stage (read, normalize, segment, mentions, dates, places, roles, merge, serialize: the records
written as JSON lines, as `marsad events` does), so that a regression has a name.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

from marsad.cli.common import dumps
from marsad.documents import iter_documents
from marsad.errors import MarsadError
from marsad.models import Document
from marsad.pipeline import process


def _default_shared() -> Path:
    return Path(os.environ.get("MARSAD_SHARED") or Path.cwd().parent / "shared")


STAGE_ORDER = ("read", "normalize", "segment", "mentions", "dates", "places", "roles", "merge", "serialize")


def _run(docs: list[Document], stages: bool = False) -> dict[str, object]:
    stage: dict[str, float] = {}
    n_events = 0
    with_none = 0
    failures = 0
    chars = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for d in docs:
        try:
            r = process(d)
        except MarsadError:
            failures += 1
            continue
        for k, v in r.timings.items():
            stage[k] = stage.get(k, 0.0) + v
        if stages:
            t = time.perf_counter()
            for ev in r.events:
                dumps(ev.to_record())
            stage["serialize"] = stage.get("serialize", 0.0) + time.perf_counter() - t
        n_events += len(r.events)
        with_none += not r.events
        chars += len(r.article.body)
    elapsed = time.perf_counter() - t0
    cpu = time.process_time() - c0
    total = sum(stage.values()) or 1.0
    n = len(docs)
    out: dict[str, object] = {
        "documents": n, "seconds": round(elapsed, 3), "cpu_seconds": round(cpu, 3),
        "docs_per_second": round(n / elapsed, 1) if elapsed else None,
        # one process on one core: CPU time is the per-core figure, whatever else loads the machine
        "docs_per_second_per_core": round(n / cpu, 1) if cpu else None,
        "ms_per_document_cpu": round(1000 * cpu / n, 2) if n else None,
        "mean_body_chars": round(chars / max(1, n - failures)),
        "mean_input_kb_utf8": round(sum(len(d.html_bytes or (d.text or d.html or "").encode("utf-8")) for d in docs)
                                    / max(1, n) / 1024, 2),
        "events": n_events, "events_per_article": round(n_events / max(1, n - failures), 2),
        "share_articles_without_events": round(with_none / max(1, n - failures), 3),
        "failures": failures,
        "stage_share": {k: round(v / total, 3) for k, v in sorted(stage.items())},
    }
    if stages:
        kchars = max(1, chars) / 1000
        order = [k for k in STAGE_ORDER if k in stage] + sorted(set(stage) - set(STAGE_ORDER))
        out["stages"] = {k: {"ms_per_document": round(1000 * stage[k] / n, 3),
                             "ms_per_1000_chars": round(1000 * stage[k] / kchars, 3)} for k in order}
    return out


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench events", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=_default_shared() / "corpus", help="folder of JSON-lines corpora")
    ap.add_argument("--html", type=Path, default=_default_shared() / "html", help="folder of HTML pages")
    ap.add_argument("--limit", type=int, default=0, help="at most this many corpus documents (0: all)")
    ap.add_argument("--repeat-html", type=int, default=20, help="how many times the HTML pages are processed")
    ap.add_argument("--max-chars", type=int, default=0, help="only documents of at most this many characters (0: all)")
    ap.add_argument("--stages", action="store_true",
                    help="milliseconds per document and per 1,000 characters of every stage")
    ap.add_argument("--only", default=None, help="only the corpus files whose name contains this")
    a = ap.parse_args(argv)
    docs: list[Document] = []
    for f in sorted(a.corpus.glob("*.jsonl")):
        if a.only and a.only not in f.name:
            continue
        docs.extend(d for d in iter_documents(str(f)) if isinstance(d, Document))
    if a.max_chars:
        docs = [d for d in docs if len(d.text or "") <= a.max_chars]
    if a.limit:
        docs = docs[: a.limit]
    if not docs:
        print(json.dumps({"error": f"no documents under {a.corpus}"}))
        return 1
    if docs:  # warm up: lexicons, gazetteer, language detector
        process(docs[0])
    report: dict[str, object] = {"text": _run(docs, a.stages)}
    # The unit: plain-text articles of about 3 KB (UTF-8), here those of 2-4 KB.
    band = [d for d in docs if 2048 <= len((d.text or "").encode("utf-8")) <= 4096]
    if band:
        report["text_3kb"] = _run(band, a.stages)
    pages = [d for d in iter_documents(str(a.html)) if isinstance(d, Document)] if a.html.is_dir() else []
    if pages:
        report["html"] = _run(pages * a.repeat_html, a.stages)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0
