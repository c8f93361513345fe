"""Benchmark of the date reader: milliseconds to find and resolve the temporal expressions of
100 KB of Arabic news text.

    marsad bench dates [--corpus FILE.jsonl] [--kb 500] [--repeat 5]

The text is the `text` field of a JSON-lines corpus (default: the SaudiNewsNet sample of the
shared material, found through MARSAD_SHARED or ../shared); when it is absent, generated news-like
text is used instead and the output says so. Prints one JSON object: ms per 100 KB for
`find_times` on normalized text (median of the runs, wall clock and CPU time of the process: the
CPU figure is steadier on a busy machine), the same including normalization, and the number of
expressions found (by kind).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import time
from collections import Counter
from datetime import date
from pathlib import Path

from marsad.extract.times import find_times
from marsad.text.normalize import normalize

_DEFAULT_CORPUS = "corpus/saudinewsnet-syria-iraq-2015.jsonl"

# For the generated fallback: sentences with and without dates, in the register of the news.
_FILLER = [
    "وقال مصدر محلي إن الاشتباكات تواصلت بين قوات النظام وفصائل المعارضة في ريف المدينة الشرقي،",
    "وأفاد المرصد السوري لحقوق الإنسان بمقتل عدد من العناصر وإصابة آخرين بجروح متفاوتة،",
    "فيما أعلنت وزارة الدفاع أن قواتها نفذت عمليات تمشيط واسعة في المنطقة الحدودية،",
    "وأضاف البيان أن الطائرات استهدفت مواقع ومستودعات للأسلحة والذخيرة قرب الطريق الدولي،",
    "ودعت الأمم المتحدة الأطراف كافة إلى وقف إطلاق النار وفتح ممرات آمنة لإيصال المساعدات،",
]
_DATES = [
    "فجر الجمعة", "أمس الخميس", "قبل يومين", "في الـ17 من تشرين الأول", "الأسبوع الماضي",
    "صباح اليوم", "يوم 20 يوليو الماضي", "15 رمضان 1436 هـ", "في 9/8/2017", "ليل الجمعة - السبت",
    "بين السابع عشر والرابع والعشرين من تشرين الأول", "الشهر الماضي", "عام 2014",
]


def _default_corpus() -> Path:
    shared = Path(os.environ.get("MARSAD_SHARED") or Path.cwd().parent / "shared")
    return shared / _DEFAULT_CORPUS


def _corpus_text(path: Path, kb: int) -> str:
    parts: list[str] = []
    size = 0
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            t = json.loads(line).get("text") or ""
            parts.append(t)
            size += len(t)
            if size >= kb * 1000:
                break
    return "\n\n".join(parts)[: kb * 1000]


def _generated_text(kb: int) -> str:
    rng = random.Random(7)
    out: list[str] = []
    size = 0
    while size < kb * 1000:
        s = rng.choice(_FILLER)
        if rng.random() < 0.3:
            s = f"{s} {rng.choice(_DATES)}."
        out.append(s)
        size += len(s) + 1
    return " ".join(out)[: kb * 1000]


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench dates", description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=None, help="JSON-lines file with a `text` field")
    ap.add_argument("--kb", type=int, default=500, help="how much text to read (KB, default 500)")
    ap.add_argument("--repeat", type=int, default=5, help="runs; the median is reported")
    ap.add_argument("--published", default="2015-08-04", help="publication date to resolve against")
    a = ap.parse_args(argv)
    path = a.corpus or _default_corpus()
    if path.is_file():
        text, source = _corpus_text(path, a.kb), str(path)
    else:
        text, source = _generated_text(a.kb), "generated (corpus not found: " + str(path) + ")"
    published = date.fromisoformat(a.published)
    find_times("أمس", published)  # load the vocabulary outside the timing
    per_100kb = 100_000 / max(len(text), 1)
    norm_ms: list[float] = []
    find_ms: list[float] = []
    find_cpu: list[float] = []
    found = []
    for _ in range(max(a.repeat, 1)):
        t0 = time.perf_counter()
        nt = normalize(text)
        t1, c1 = time.perf_counter(), time.process_time()
        found = find_times(nt.text, published)
        t2, c2 = time.perf_counter(), time.process_time()
        norm_ms.append((t1 - t0) * 1000)
        find_ms.append((t2 - t1) * 1000)
        find_cpu.append((c2 - c1) * 1000)
    kinds = Counter(t.kind for t in found)
    print(json.dumps({
        "benchmark": "dates",
        "source": source,
        "chars": len(text),
        "ms_per_100kb": round(statistics.median(find_ms) * per_100kb, 2),
        "cpu_ms_per_100kb": round(statistics.median(find_cpu) * per_100kb, 2),
        "ms_per_100kb_with_normalize": round(statistics.median(
            [n + f for n, f in zip(norm_ms, find_ms, strict=True)]) * per_100kb, 2),
        "expressions": len(found),
        "expressions_per_100kb": round(len(found) * per_100kb, 1),
        "by_kind": dict(kinds.most_common()),
        "repeat": a.repeat,
    }, ensure_ascii=False))
    return 0
