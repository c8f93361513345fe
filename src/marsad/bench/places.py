"""Benchmark of place resolution: speed and memory, and accuracy on annotated documents.

    marsad bench places [--gold GOLD.jsonl] [--article FILE] [--repeat N]

Prints one JSON object: the gazetteer in use (path, places), the time and memory to load it and
build its matcher, the time to resolve the places of a ~3 KB article (median of N runs), and, with
--gold (a gold file of ../shared/gold: documents with their annotated events), the share of
annotated event locations whose name the resolver finds and places within the annotated radius.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from marsad.geo.gazetteer import active_path, default_gazetteer, distance_km, load
from marsad.geo.resolve import context_from, find_places
from marsad.text.normalize import norm_key, normalize

SAMPLE_ARTICLE = (
    "قتل وجرح عشرات المدنيين في غارات جوية استهدفت مدينة الميادين وبلدة العشارة في ريف دير الزور "
    "الشرقي، فيما تواصلت الاشتباكات قرب حقل العمر النفطي. وقال المرصد السوري لحقوق الإنسان إن "
    "طائرات التحالف الدولي قصفت مواقع لتنظيم داعش في محيط مدينة البوكمال على الحدود مع العراق، "
    "كما استهدفت قذائف صاروخية قاعدة التنف جنوب شرقي سوريا. وفي ريف حلب الشمالي سيطرت فصائل "
    "المعارضة على قرى في محيط مدينة الباب، بينما شهدت مدينة إدلب وبلدتا الفوعة وكفريا قصفا متبادلا. "
    "وفي العراق، أعلنت قيادة العمليات المشتركة استعادة مناطق في جزيرة الرمادي وقضاء هيت بمحافظة "
    "الأنبار، وقالت إن طيران التحالف دمر مواقع في الفلوجة والكرمة. وفي محافظة نينوى تقدمت قوات "
    "البيشمركة نحو قرى قرب سد الموصل ومخمور، وسقطت قذائف هاون على حي الكرادة وسط بغداد. "
)


@dataclass(frozen=True)
class GoldPlace:
    doc: str
    title: str | None
    text: str
    name_ar: str
    lat: float
    lon: float
    radius_km: float


def gold_places(path: Path) -> Iterator[GoldPlace]:
    """The annotated event locations of a gold file that name their place in Arabic."""
    with path.open(encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            text = d.get("text") or d.get("body") or ""
            seen = set()
            for e in d.get("events") or []:
                loc = e.get("location") or {}
                name = (loc.get("name_ar") or "").strip()
                if not name or loc.get("lat") is None:
                    continue
                key = (name, loc["lat"], loc["lon"])
                if key in seen:
                    continue
                seen.add(key)
                yield GoldPlace(str(d.get("id")), d.get("title"), text, name, float(loc["lat"]),
                                float(loc["lon"]), float(loc.get("radius_km") or 25))


def _name_matches(gold_key: str, mention_text: str, mention_name: str) -> bool:
    """The mention names the gold place: one contains the other as whole words, or they differ by a
    letter or two (misspellings)."""
    g = f" {gold_key} "
    for cand in (mention_text, mention_name):
        c = f" {cand} " if cand else ""
        if c and (c in g or g in c or fuzz.ratio(gold_key, cand) >= 80):
            return True
    return False


def score_gold(path: Path) -> dict[str, Any]:
    """Share of gold places found by name and placed within the radius (first matching mention)."""
    rows = []
    g = default_gazetteer()
    cache: dict[str, tuple[str, list[Any]]] = {}
    for gp in gold_places(path):
        if gp.doc not in cache:
            full = f"{gp.title}\n\n{gp.text}" if gp.title else gp.text
            nt = normalize(full).text
            ctx = context_from(g, gp.title, None, None)
            cache[gp.doc] = (nt, find_places(nt, g, ctx))
        _nt, mentions = cache[gp.doc]
        key = norm_key(gp.name_ar)
        found = [m for m in mentions if _name_matches(key, m.text, m.name)]
        within = False
        err = None
        if found and found[0].latitude is not None:
            err = distance_km(gp.lat, gp.lon, found[0].latitude, found[0].longitude)
            within = err <= gp.radius_km
        rows.append({"doc": gp.doc, "name_ar": gp.name_ar, "found": bool(found), "ok": within,
                     "error_km": round(err, 1) if err is not None else None,
                     "resolved": found[0].place.name if found and found[0].place else None})
    n = len(rows)
    ok = sum(1 for r in rows if r["ok"])
    return {"gold_places": n, "within_radius": ok, "accuracy": round(ok / n, 3) if n else None,
            "found_by_name": sum(1 for r in rows if r["found"]), "misses": [r for r in rows if not r["ok"]]}


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench places", description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", type=Path, help="gold events file (../shared/gold/dev-events.jsonl) for accuracy")
    ap.add_argument("--article", type=Path, help="a text file to resolve (default: a built-in ~3 KB article)")
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args(argv)


    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    g = load(active_path())
    t1 = time.perf_counter()
    _ = g.matcher
    t2 = time.perf_counter()
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    article = args.article.read_text(encoding="utf-8") if args.article else SAMPLE_ARTICLE * 2
    nt = normalize(article).text
    find_places(nt, g)
    times = []
    for _i in range(max(1, args.repeat)):
        s = time.perf_counter()
        mentions = find_places(nt, g)
        times.append(time.perf_counter() - s)
    out: dict[str, Any] = {
        "gazetteer": str(active_path()), "places": len(g),
        "load_s": round(t1 - t0, 3), "matcher_s": round(t2 - t1, 3), "load_total_s": round(t2 - t0, 3),
        "load_rss_mb": round((rss1 - rss0) / 1024, 1), "max_rss_mb": round(rss1 / 1024, 1),
        "article_bytes": len(article.encode()), "mentions": len(mentions),
        "resolve_ms_median": round(statistics.median(times) * 1000, 3),
        "resolve_ms_p95": round(sorted(times)[int(0.95 * (len(times) - 1))] * 1000, 3),
    }
    if args.gold:
        out["gold"] = score_gold(args.gold)
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0
