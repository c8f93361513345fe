"""Benchmark of the article reader, side by side with bare trafilatura on the same pages.

    marsad bench extract [--html DIR] [--corpus FILE.jsonl ...] [--repeat N] [--runs 3]

HTML: every page of DIR (default: the shared `html/` pages, found through MARSAD_SHARED or
../shared, plus the bundled sample pages) is read `--repeat` times per run by
`marsad.article.read_article` (decoding, one selectolax parse, trafilatura for the body, dates,
title, furniture, language) and by `trafilatura.extract` on the already decoded page (its default:
no metadata), and by `trafilatura.extract(with_metadata=True)` for reference. The best of
`--runs` runs counts. `ratio_vs_trafilatura` is our CPU time over bare trafilatura's (wall-time
ratio beside it; wall time suffers from other load on the machine).

Corpus: the plain-text documents of the JSON-lines corpora (default: the shared corpus) go
through our scraped-text path (furniture, headline, date lines, language). `ms_per_3kb` scales
the time to a 3 KB article.

Figures are single-process: documents per second of wall time, and per core = documents per
second of CPU time of this process. Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

from marsad.article import read_article
from marsad.article.encoding import decode_bytes
from marsad.config import SAMPLES_DIR
from marsad.documents import iter_jsonl
from marsad.models import Document


def _shared() -> Path:
    return Path(os.environ.get("MARSAD_SHARED") or Path.cwd().parent / "shared")


def _timed(fn: Callable[[], int], runs: int) -> tuple[float, float, int]:
    """Best (wall, cpu) seconds over `runs` runs of fn, and what fn returned (documents done)."""
    best_wall = best_cpu = float("inf")
    n = 0
    for _ in range(runs):
        w, c = time.perf_counter(), time.process_time()
        n = fn()
        best_wall = min(best_wall, time.perf_counter() - w)
        best_cpu = min(best_cpu, time.process_time() - c)
    return best_wall, best_cpu, n


def _figures(wall: float, cpu: float, n: int) -> dict[str, float]:
    return {"documents": n, "seconds": round(wall, 4), "docs_per_s": round(n / wall, 1) if wall else 0.0,
            "docs_per_s_per_core": round(n / cpu, 1) if cpu else 0.0,
            "ms_per_doc": round(1000 * wall / n, 3) if n else 0.0}


def bench_html(pages: list[Path], repeat: int, runs: int) -> dict[str, Any]:


    raw = [(p.stem, p.read_bytes()) for p in pages]
    decoded = [decode_bytes(b, name) for name, b in raw]

    def ours() -> int:
        for _ in range(repeat):
            for name, b in raw:
                read_article(Document(id=name, html_bytes=b))
        return repeat * len(raw)

    def bare() -> int:
        for _ in range(repeat):
            for s in decoded:
                trafilatura.extract(s)
        return repeat * len(raw)

    def bare_meta() -> int:
        for _ in range(repeat):
            for s in decoded:
                trafilatura.extract(s, with_metadata=True)
        return repeat * len(raw)

    ours(), bare()  # warm-up: imports, lazy tables, lingua models
    o, t, tm = _timed(ours, runs), _timed(bare, runs), _timed(bare_meta, runs)
    return {
        "pages": [p.name for p in pages],
        "page_kb": round(sum(len(b) for _, b in raw) / len(raw) / 1024, 1),
        "marsad": _figures(*o),
        "trafilatura_extract": _figures(*t),
        "trafilatura_extract_with_metadata": _figures(*tm),
        # CPU time of this process: robust to other load on the machine (wall time is not).
        "ratio_vs_trafilatura": round(o[1] / t[1], 3) if t[1] else None,
        "ratio_vs_trafilatura_with_metadata": round(o[1] / tm[1], 3) if tm[1] else None,
        "ratio_vs_trafilatura_wall": round(o[0] / t[0], 3) if t[0] else None,
    }


def bench_corpus(files: list[Path], runs: int) -> dict[str, Any]:
    docs: list[Document] = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            docs += [d for d in iter_jsonl(fh, str(f)) if isinstance(d, Document) and d.text]

    def ours() -> int:
        for d in docs:
            read_article(d)
        return len(docs)

    ours()
    wall, cpu, n = _timed(ours, runs)
    chars = sum(len(d.text or "") for d in docs)
    out = _figures(wall, cpu, n)
    out["avg_kb"] = round(chars / n / 1000, 2) if n else 0.0
    out["ms_per_3kb"] = round(1000 * wall / (chars / 3000), 3) if chars else 0.0
    return {"files": [f.name for f in files], "marsad_scraped_text": out}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench extract", description=__doc__.split("\n\n")[0])
    ap.add_argument("--html", type=Path, default=None, help="directory of HTML pages")
    ap.add_argument("--corpus", type=Path, nargs="*", default=None, help="JSON-lines corpora (text)")
    ap.add_argument("--repeat", type=int, default=10, help="times each page is read per run")
    ap.add_argument("--runs", type=int, default=3, help="runs; the best counts")
    a = ap.parse_args(argv)
    shared = _shared()
    html_dir = a.html or shared / "html"
    pages = sorted(html_dir.glob("*.htm*")) if html_dir.is_dir() else []
    if a.html is None:
        pages += sorted(SAMPLES_DIR.glob("*.htm*"))
    corpus = a.corpus if a.corpus is not None else sorted((shared / "corpus").glob("*.jsonl"))
    report: dict[str, Any] = {"benchmark": "extract", "cpu_count": os.cpu_count()}
    if pages:
        report["html"] = bench_html(pages, a.repeat, a.runs)
    if corpus:
        report["corpus"] = bench_corpus(corpus, a.runs)
    else:
        report["corpus"] = f"no corpus found (looked in {shared / 'corpus'}); pass --corpus"
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0
