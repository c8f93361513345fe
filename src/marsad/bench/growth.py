"""Growth benchmark: how the cost of one document grows with its length.

    marsad bench growth [--corpus FILE.jsonl] [--doc ID] [--html FILE] [--factors 1 4 16] [--runs 3]
                        [--one-paragraph]

One article (default: the longest text of the bundled sample corpus, or `--doc ID` of
`--corpus`, or the page `--html`) is repeated 1×, 4× and 16× (paragraphs appended, the headline
kept once) and each size goes through `marsad.pipeline.process` plus what the ingest worker adds
(the MinHash signature). The CPU time of each stage (article, normalize, mentions, events,
minhash) and the total is the best of `--runs` runs; the exponent is the least-squares slope of
log(seconds) over log(size): 1.0 is linear, 2.0 quadratic. Issue 12 asks for ≤ 1.1 everywhere.
`ok` is false (and the exit code 1) when an exponent is above `--max-exponent`.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import math
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from marsad.article import read_article
from marsad.config import SAMPLES_DIR
from marsad.dedup import minhash as mh
from marsad.documents import iter_documents
from marsad.models import Document
from marsad.pipeline import extract_events
from marsad.text.normalize import normalize

STAGES = ("article", "normalize", "mentions", "events", "minhash")
ANALYSIS = ("dates", "mentions", "segment", "places")


def base_document(corpus: Path | None, doc_id: str | None, html: Path | None) -> Document:
    if html is not None:
        return Document(id=html.stem, html_bytes=html.read_bytes())
    docs = [d for d in iter_documents(str(corpus or SAMPLES_DIR / "reports.jsonl")) if isinstance(d, Document)]
    if doc_id is not None:
        docs = [d for d in docs if d.id == doc_id]
        if not docs:
            raise SystemExit(f"no document {doc_id!r}")
    return max(docs, key=lambda d: len(d.text or d.html or ""))


def grown(doc: Document, factor: int, joiner: str = "\n\n") -> Document:
    """The document with its body repeated `factor` times (headline once), as paragraphs or, with
    joiner " ", as one long paragraph."""
    if doc.html_bytes is not None:
        data = doc.html_bytes
        lo, hi = data.lower().find(b"<body"), data.lower().rfind(b"</body>")
        if lo < 0 or hi < 0:
            return replace(doc, html_bytes=data * factor)
        start = data.index(b">", lo) + 1
        return replace(doc, html_bytes=data[:start] + data[start:hi] * factor + data[hi:])
    if doc.html is not None:
        return replace(doc, html=doc.html * factor)
    return replace(doc, text=joiner.join([doc.text or ""] * factor))


def time_once(doc: Document) -> dict[str, float]:
    """CPU seconds of each stage for one document (CPU time of this process, so that other jobs
    on the machine do not bend the curve; the split between mentions and events follows the
    pipeline's own wall-clock timings of its stages)."""
    out: dict[str, float] = {}
    t = time.process_time()
    article = read_article(doc)
    out["article"] = time.process_time() - t
    t = time.process_time()
    nt = normalize(article.full_text)
    out["normalize"] = time.process_time() - t
    wall: dict[str, float] = {}
    t = time.process_time()
    extract_events(article, nt, timings=wall)
    cpu = time.process_time() - t
    # the analysis stages (dates, mentions, sentences, places) against the event rules and merging
    share = sum(wall.get(k, 0.0) for k in ANALYSIS) / (sum(wall.values()) or 1.0)
    out["mentions"], out["events"] = cpu * share, cpu * (1 - share)
    t = time.process_time()
    mh.signature(nt.text)
    out["minhash"] = time.process_time() - t
    return out


def slope(xs: list[float], ys: list[float]) -> float:
    lx = [math.log(x) for x in xs]
    ly = [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    den = sum((x - mx) ** 2 for x in lx)
    return sum((x - mx) * (y - my) for x, y in zip(lx, ly, strict=True)) / den if den else 0.0


def measure(doc: Document, factors: list[int], runs: int, joiner: str = "\n\n") -> dict[str, Any]:
    time_once(doc)  # warm the lexicons and the gazetteer
    sizes: list[int] = []
    best: dict[str, list[float]] = {s: [] for s in (*STAGES, "total")}
    for f in factors:
        d = grown(doc, f, joiner)
        sizes.append(len(d.html_bytes or b"") or len((d.text or d.html or "").encode("utf-8")))
        per: dict[str, float] = {}
        for _ in range(runs):
            t = time_once(d)
            t["total"] = sum(t.get(s, 0.0) for s in STAGES)
            for k in best:
                per[k] = min(per.get(k, math.inf), t.get(k, 0.0))
        for k in best:
            best[k].append(per[k])
    return {"sizes_bytes": sizes,
            "seconds": {k: [round(v, 5) for v in vs] for k, vs in best.items()},
            "exponent": {k: round(slope([float(s) for s in sizes], vs), 3) for k, vs in best.items()}}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench growth", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=None, help="JSON-lines corpus to take the article from")
    ap.add_argument("--doc", default=None, help="id of the article in the corpus (default: the longest)")
    ap.add_argument("--html", type=Path, default=None, help="an HTML page instead of a corpus article")
    ap.add_argument("--factors", type=int, nargs="+", default=[1, 4, 16], help="repetitions of the article")
    ap.add_argument("--runs", type=int, default=3, help="runs per size; the best counts")
    ap.add_argument("--one-paragraph", action="store_true",
                    help="repeat a text article as one long paragraph (no paragraph breaks)")
    ap.add_argument("--max-exponent", type=float, default=1.1, help="the highest exponent that passes")
    a = ap.parse_args(argv)
    doc = base_document(a.corpus, a.doc, a.html)
    report: dict[str, Any] = {"benchmark": "growth", "document": doc.id, "factors": a.factors,
                              "one_paragraph": a.one_paragraph,
                              **measure(doc, a.factors, a.runs, " " if a.one_paragraph else "\n\n")}
    # Stages too fast to time (under a millisecond at the largest size) are not judged.
    judged = {k: e for k, e in report["exponent"].items() if report["seconds"][k][-1] >= 0.001}
    report["ok"] = all(e <= a.max_exponent for e in judged.values())
    report["over"] = sorted(k for k, e in judged.items() if e > a.max_exponent)
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0 if report["ok"] else 1
