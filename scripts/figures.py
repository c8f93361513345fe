"""Measure the figures the docs quote, record them, and rewrite the docs' figure blocks.

    python scripts/figures.py                 # every figure set
    python scripts/figures.py dev-events      # some of them
    python scripts/figures.py --list          # the sets, their pages and what they need
    python scripts/figures.py --render        # rewrite the blocks from docs/figures.json only

A figure set runs one measurement (a `marsad bench` benchmark, or `marsad events` scored by
../shared/tools/score.py over ../shared/gold), keeps the figures the docs quote in
docs/figures.json (with the date, the commit and the machine's cores and load), and rewrites each
block `<!-- figures:NAME -->` … `<!-- /figures:NAME -->` of the pages that quote it with a table
rendered from that run. Sets that need the shared folder ($MARSAD_SHARED, default ../shared) are
skipped with a note when it is absent; their last recorded run and their blocks stay as they were.
tests/test_figures.py fails when a page's block and the recorded run differ in format (which
figures, which keys), whatever the values.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO / "docs"
RECORD = DOCS / "figures.json"


def shared_dir() -> Path:
    return Path(os.environ.get("MARSAD_SHARED") or REPO.parent / "shared").resolve()


# ---------------------------------------------------------------- measurements


def marsad(*args: str, env: dict[str, str] | None = None) -> str:
    """Run a marsad command with this Python; its standard output."""
    done = subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, check=False)
    if done.returncode not in (0, 1):  # 1: some document failed, which the figures show
        raise RuntimeError(f"marsad {' '.join(args)} exited {done.returncode}: {done.stderr[-2000:]}")
    return done.stdout


def score(kind: str, gold: Path, pred: Path) -> dict[str, Any]:
    scorer = shared_dir() / "tools" / "score.py"
    done = subprocess.run([sys.executable, str(scorer), kind, str(gold), str(pred), "--json"],
                          capture_output=True, text=True, check=True)
    report: dict[str, Any] = json.loads(done.stdout)
    report.pop("per_doc", None)
    return report


def strip_gold(gold: Path, folder: Path) -> Path:
    out = folder / "in.jsonl"
    with out.open("w", encoding="utf-8") as f:
        subprocess.run([sys.executable, str(shared_dir() / "tools" / "score.py"), "strip", str(gold)],
                       stdout=f, check=True)
    return out


def wof_home(folder: Path) -> dict[str, str]:
    """A MARSAD_HOME with the shared Who's On First files of Syria and Iraq imported."""
    env = {"MARSAD_HOME": str(folder / "wof-home")}
    for name in ("wof_syria_places.csv", "wof_iraq_places.csv"):
        marsad("gazetteer", "import", str(shared_dir() / "gazetteer" / name), "--json", env=env)
    return env


def dev_events(wof: bool) -> dict[str, Any]:
    gold = shared_dir() / "gold" / "dev-events.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = wof_home(folder) if wof else {}
        docs = strip_gold(gold, folder)
        pred = folder / "out.jsonl"
        marsad("events", str(docs), "-o", str(pred), "--no-progress", env=env)
        rep = score("events", gold, pred)
    keep = ("documents", "gold_events", "predicted_events", "precision", "recall", "f1",
            "complete_record_rate", "geo_error_km_median", "field_accuracy")
    return {k: rep[k] for k in keep}


def _half(doc_id: str) -> str:
    """The first tuning split of dev-events-2 (rounds 1-2): documents whose id ends in an odd digit
    are tuned on, the even ones were held back (their score read before their errors)."""
    digits = [c for c in doc_id if c.isdigit()]
    return "tuned" if digits and int(digits[-1]) % 2 else "held-back"


def _round3(doc_id: str) -> str:
    """Round 3 tunes on the odd half and on the even documents whose second-to-last digit is odd;
    the even documents whose second-to-last digit is even stay held back."""
    digits = [int(c) for c in doc_id if c.isdigit()]
    if _half(doc_id) == "tuned" or len(digits) < 2 or digits[-2] % 2:
        return "tuned"
    return "held-back"


def _round11(doc_id: str) -> str:
    """Round 11 read the errors of the round-3 held-back part (after ten rounds of scores only)
    and holds back, for its own tuning, the part of the first split's even half that round 3 had
    tuned on (even last digit, odd second-to-last digit): scored before and after, not read."""
    return "held-back" if _half(doc_id) == "held-back" and _round3(doc_id) == "tuned" else "tuned"


def dev_events_2() -> dict[str, Any]:
    """Both development files with the WOF import: all, the tuned and held-back halves of
    dev-events-2, its source families, and the two files together."""
    golds = {name: shared_dir() / "gold" / f"{name}.jsonl" for name in ("dev-events", "dev-events-2")}
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = wof_home(folder)
        preds: dict[str, Path] = {}
        for name, gold in golds.items():
            sub_folder = folder / name
            sub_folder.mkdir()
            preds[name] = sub_folder / "out.jsonl"
            marsad("events", str(strip_gold(gold, sub_folder)), "-o", str(preds[name]), "--no-progress", env=env)
        rows = [json.loads(x) for x in golds["dev-events-2"].read_text(encoding="utf-8").splitlines() if x.strip()]
        slices = {
            "the whole file": lambda d: True,
            "tuned half": lambda d: _half(d["id"]) == "tuned",
            "held-back half": lambda d: _half(d["id"]) == "held-back",
            "round 3: tuned": lambda d: _round3(d["id"]) == "tuned",
            "round 3: held back": lambda d: _round3(d["id"]) == "held-back",
            "round 11: tuned": lambda d: _round11(d["id"]) == "tuned",
            "round 11: held back": lambda d: _round11(d["id"]) == "held-back",
            "BBC Arabic": lambda d: str(d["id"]).startswith("bbc"),
            "Saudi outlets": lambda d: not str(d["id"]).startswith("bbc"),
        }
        for label, keep in slices.items():
            gold = folder / f"gold-{len(out)}.jsonl"
            gold.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in rows if keep(d)), encoding="utf-8")
            out[label] = _brief(score("events", gold, preds["dev-events-2"]))
        both_gold, both_pred = folder / "both-gold.jsonl", folder / "both-pred.jsonl"
        both_gold.write_text("".join(g.read_text(encoding="utf-8") for g in golds.values()), encoding="utf-8")
        both_pred.write_text("".join(p.read_text(encoding="utf-8") for p in preds.values()), encoding="utf-8")
        out["both files"] = _brief(score("events", both_gold, both_pred))
    return out


def _brief(rep: dict[str, Any]) -> dict[str, Any]:
    return {k: rep[k] for k in ("documents", "gold_events", "predicted_events", "precision", "recall", "f1",
                                "complete_record_rate")}


def dev_places() -> dict[str, Any]:
    gold = shared_dir() / "gold" / "dev-events.jsonl"
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, env in (("embedded", {"MARSAD_HOME": str(Path(tmp) / "home")}), ("wof", wof_home(Path(tmp)))):
            rep = json.loads(marsad("bench", "places", "--gold", str(gold), env=env))
            out[label] = {"places": rep["places"], "gold_places": rep["gold"]["gold_places"],
                          "within_radius": rep["gold"]["within_radius"],
                          "load_total_s": rep["load_total_s"], "load_rss_mb": rep["load_rss_mb"],
                          "resolve_ms_median": rep["resolve_ms_median"]}
    return out


def dev_extraction() -> dict[str, Any]:
    gold = shared_dir() / "gold" / "dev-extraction.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        docs = strip_gold(gold, Path(tmp))
        pred = Path(tmp) / "out.jsonl"
        marsad("extract", str(docs), "-o", str(pred), "--no-progress")
        rep = score("extraction", gold, pred)
    return {k: rep[k] for k in ("documents", "precision", "recall", "f1", "title_exact", "published_exact")}


def bench_events() -> dict[str, Any]:
    rep = json.loads(marsad("bench", "events"))
    pick = ("documents", "docs_per_second_per_core", "ms_per_document_cpu", "mean_input_kb_utf8",
            "events_per_article", "share_articles_without_events", "failures")
    out = {k: {f: rep[k][f] for f in pick} for k in ("text", "text_3kb") if k in rep}
    out["stage_share"] = rep["text"]["stage_share"]
    return out


def bench_dates() -> dict[str, Any]:
    out = {}
    corpus = shared_dir() / "corpus"
    for label, path in (("saudinewsnet", corpus / "saudinewsnet-syria-iraq-2015.jsonl"),
                        ("bbc", corpus / "bbc-arabic-2017.jsonl"), ("generated", Path("/nonexistent"))):
        rep = json.loads(marsad("bench", "dates", "--corpus", str(path), "--repeat", "9"))
        out[label] = {k: rep[k] for k in ("chars", "ms_per_100kb", "cpu_ms_per_100kb", "ms_per_100kb_with_normalize",
                                          "expressions_per_100kb")}
    return out


def bench_extract() -> dict[str, Any]:
    rep = json.loads(marsad("bench", "extract", "--runs", "5"))
    html, text = rep["html"], rep["corpus"]["marsad_scraped_text"]
    return {"html": {"pages": len(html["pages"]), "page_kb": html["page_kb"],
                     "docs_per_s_per_core": html["marsad"]["docs_per_s_per_core"],
                     "ratio_vs_trafilatura": html["ratio_vs_trafilatura"],
                     "ratio_vs_trafilatura_with_metadata": html["ratio_vs_trafilatura_with_metadata"]},
            "text": {k: text[k] for k in ("documents", "avg_kb", "ms_per_doc", "ms_per_3kb", "docs_per_s_per_core")}}


def bench_ingest() -> dict[str, Any]:
    corpus = sorted(str(p) for p in (shared_dir() / "corpus").glob("*.jsonl"))
    rep = json.loads(marsad("bench", "ingest", *corpus, "--workers", "2"))
    keep = ("documents_added", "documents_skipped", "documents_failed", "events_added", "clusters", "seconds",
            "docs_per_s")
    return {r["run"]: {k: r[k] for k in keep} for r in rep["runs"]}


def bench_dedup() -> dict[str, Any]:
    # the quality figures on generated incidents (20,000); the one-million-report timing
    # (`marsad bench dedup`, about a minute and 1.2 GB) is not part of this run
    lines = marsad("bench", "dedup", "--scale", "0").splitlines()
    q = json.loads(lines[-1])["quality"]
    return {k: q[k] for k in ("incidents", "reports", "clusters", "precision", "recall", "f1", "seconds")}


def _timed(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Wall seconds, CPU seconds and peak memory (MB) of one marsad command (its output dropped)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "marsad", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env={**os.environ, **env})
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"marsad {' '.join(args)} exited {proc.returncode}")
    return {"wall_s": round(time.perf_counter() - t0, 2), "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
            "peak_mb": round(usage.ru_maxrss / 1024, 1)}


def bench_throughput() -> dict[str, Any]:
    """Issue 15's figures: SaudiNewsNet with Who's On First imported."""
    corpus = shared_dir() / "corpus" / "saudinewsnet-syria-iraq-2015.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        env = wof_home(folder)
        rep = json.loads(marsad("bench", "events", "--only", "saudinewsnet", "--stages", "--html",
                                str(folder / "none"), env=env))["text"]
        out: dict[str, Any] = {"events_bench": {k: rep[k] for k in ("documents", "docs_per_second_per_core",
                                                                     "ms_per_document_cpu", "mean_body_chars")},
                               "stages": rep["stages"]}
        # the commands side by side on the same input: events, then ingest with 1 and 2 workers
        out["events"] = _timed(["events", str(corpus), "--no-progress", "-o", str(folder / "out.jsonl")], env)
        for n in (1, 2):
            out[f"ingest_{n}"] = _timed(["ingest", str(corpus), "--db", str(folder / f"i{n}.sqlite"), "--no-progress",
                                         "--workers", str(n)], env)
        one = folder / "one.jsonl"
        with corpus.open(encoding="utf-8") as f:
            one.write_text(f.readline(), encoding="utf-8")
        for label, home in (("embedded", {"MARSAD_HOME": str(folder / "empty-home")}), ("wof", env)):
            runs = [_timed(["events", str(one), "--no-progress"], home) for _ in range(3)]
            out[f"startup_{label}"] = min(runs, key=lambda r: r["wall_s"])
        growth = json.loads(marsad("bench", "growth", "--corpus", str(corpus), env=env))
        out["growth"] = {"sizes_bytes": growth["sizes_bytes"], "exponent": growth["exponent"]}
    return out


# ---------------------------------------------------------------- rendering


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.3f}"


def render_dev_events(f: dict[str, Any]) -> list[tuple[str, str]]:
    acc = f["field_accuracy"]
    return [
        ("gold documents / required events", f"{f['documents']} / {f['gold_events']} ({f['predicted_events']} predicted)"),
        ("F1 (precision / recall)", f"{pct(f['f1'])} ({pct(f['precision'])} / {pct(f['recall'])})"),
        ("complete records", pct(f["complete_record_rate"])),
        ("field accuracy", ", ".join(f"{k} {pct(v)}" for k, v in sorted(acc.items()))),
        ("median geocoding error", f"{f['geo_error_km_median']:.1f} km"),
    ]


SLICES = ("both files", "the whole file", "tuned half", "held-back half", "round 3: tuned", "round 3: held back",
          "round 11: tuned", "round 11: held back", "BBC Arabic", "Saudi outlets")


def render_dev_events_2(f: dict[str, Any]) -> list[tuple[str, str]]:
    return [(label, f"F1 {pct(r['f1'])} (P {pct(r['precision'])} / R {pct(r['recall'])}), complete records "
                    f"{pct(r['complete_record_rate'])}; {r['documents']} documents, {r['gold_events']} required events")
            for label in SLICES if (r := f.get(label)) is not None]


def render_dev_places(f: dict[str, Any]) -> list[tuple[str, str]]:
    rows = []
    for label, name in (("embedded", "embedded default"), ("wof", "with the SY+IQ Who's On First import")):
        g = f[label]
        rows += [
            (f"dev gold places within radius, {name}",
             f"{g['within_radius']}/{g['gold_places']} = {100 * g['within_radius'] / g['gold_places']:.1f} %"),
            (f"gazetteer load + matcher, {name}",
             f"{g['places']:,} places, {g['load_total_s']:.2f} s, +{g['load_rss_mb']:.0f} MB"),
            (f"resolving a 2.6 KB article, {name}", f"{g['resolve_ms_median']:.1f} ms median"),
        ]
    return rows


def render_dev_extraction(f: dict[str, Any]) -> list[tuple[str, str]]:
    rows = [("gold pages", str(f["documents"])),
            ("body tokens F1 (precision / recall)", f"{pct(f['f1'])} ({pct(f['precision'])} / {pct(f['recall'])})")]
    rows.append(("titles / publication dates exact", f"{pct(f['title_exact'])} / {pct(f['published_exact'])}"))
    return rows


def render_bench_events(f: dict[str, Any]) -> list[tuple[str, str]]:
    rows = []
    for key, name in (("text_3kb", "plain-text articles of 2-4 KB"), ("text", "all corpus articles")):
        if key in f:
            g = f[key]
            rows.append((f"throughput, {name} ({g['documents']:,}, mean {g['mean_input_kb_utf8']:.1f} KB)",
                         f"{g['docs_per_second_per_core']:.0f} articles/s per core ({g['ms_per_document_cpu']:.1f} ms each)"))
    g = f["text"]
    rows.append(("events per article; articles without events; failures",
                 f"{g['events_per_article']:.1f}; {100 * g['share_articles_without_events']:.0f} %; {g['failures']}"))
    rows.append(("stage shares", ", ".join(f"{k} {100 * v:.0f} %" for k, v in sorted(f["stage_share"].items()))))
    return rows


def render_bench_throughput(f: dict[str, Any]) -> list[tuple[str, str]]:
    b, ev, i1, i2 = f["events_bench"], f["events"], f["ingest_1"], f["ingest_2"]
    order = ("read", "normalize", "segment", "mentions", "dates", "places", "roles", "merge", "serialize")
    stages = ", ".join(f"{k} {f['stages'][k]['ms_per_document']:.2f} ({f['stages'][k]['ms_per_1000_chars']:.2f})"
                       for k in sorted(f["stages"], key=lambda k: (order.index(k) if k in order else len(order), k)))
    g = f["growth"]
    return [
        (f"`marsad bench events`, SaudiNewsNet ({b['documents']:,} articles, mean {b['mean_body_chars']:,} characters)",
         f"{b['docs_per_second_per_core']:.0f} articles/s per core ({b['ms_per_document_cpu']:.1f} ms each)"),
        ("per stage: ms per article (per 1,000 characters)", stages),
        ("`marsad events` over the corpus: wall, CPU, peak memory",
         f"{ev['wall_s']:.1f} s, {ev['cpu_s']:.1f} s, {ev['peak_mb']:.0f} MB"),
        ("`marsad ingest` (SQLite), 1 worker: wall, CPU, peak memory; speed against `marsad events`",
         f"{i1['wall_s']:.1f} s, {i1['cpu_s']:.1f} s, {i1['peak_mb']:.0f} MB; {ev['wall_s'] / i1['wall_s']:.2f}×"),
        ("`marsad ingest --workers 2`: wall; speed against 1 worker",
         f"{i2['wall_s']:.1f} s; {i1['wall_s'] / i2['wall_s']:.2f}×"),
        ("startup, `marsad events` of one article: embedded gazetteer / Who's On First (wall, CPU)",
         f"{f['startup_embedded']['wall_s']:.2f} s, {f['startup_embedded']['cpu_s']:.2f} s / "
         f"{f['startup_wof']['wall_s']:.2f} s, {f['startup_wof']['cpu_s']:.2f} s"),
        (f"growth exponent, the longest article 1×, 4×, 16× ({g['sizes_bytes'][-1] // 1000:,} KB)",
         ", ".join(f"{k} {g['exponent'][k]:.2f}" for k in ("article", "normalize", "mentions", "events", "minhash",
                                                            "total") if k in g["exponent"])),
    ]


def render_bench_dates(f: dict[str, Any]) -> list[tuple[str, str]]:
    names = {"saudinewsnet": "SaudiNewsNet sample (../shared/corpus)", "bbc": "BBC Arabic 2017 sample",
             "generated": "generated news-like text (no corpus)"}
    return [(f"{names[label]}: find + resolve, ms per 100 KB (wall / cpu); with normalization; expressions per 100 KB",
             f"{f[label]['ms_per_100kb']:.0f} / {f[label]['cpu_ms_per_100kb']:.0f}; "
             f"{f[label]['ms_per_100kb_with_normalize']:.0f}; "
             f"{f[label]['expressions_per_100kb']:.0f}") for label in names]


def render_bench_extract(f: dict[str, Any]) -> list[tuple[str, str]]:
    h, t = f["html"], f["text"]
    return [
        ("HTML cost vs bare `trafilatura.extract` on the same pages (CPU time; vs `with_metadata=True`)",
         f"{h['ratio_vs_trafilatura']:.2f}× ({h['ratio_vs_trafilatura_with_metadata']:.2f}×)"),
        (f"HTML throughput (shared pages + samples, {h['pages']} pages of {h['page_kb']:.0f} KB on average)",
         f"{h['docs_per_s_per_core']:.0f} docs/s per core"),
        (f"scraped-text path on the corpus ({t['documents']:,} documents, {t['avg_kb']:.1f} KB on average)",
         f"{t['ms_per_doc']:.2f} ms/doc, {t['ms_per_3kb']:.2f} ms per 3 KB, {t['docs_per_s_per_core']:,.0f} docs/s per core"),
    ]


def render_bench_ingest(f: dict[str, Any]) -> list[tuple[str, str]]:
    first, again = f["first"], f["rerun"]
    return [
        ("documents added / skipped / failed", f"{first['documents_added']:,} / {first['documents_skipped']:,} / "
                                               f"{first['documents_failed']:,}"),
        ("events / incidents (clusters)", f"{first['events_added']:,} / {first['clusters']:,}"),
        ("first run, 2 workers", f"{first['seconds']:.1f} s, {first['docs_per_s']:.1f} documents/s"),
        ("second run (everything skipped)", f"{again['documents_added']} documents and {again['events_added']} events "
                                            f"added, {again['docs_per_s']:,.0f} documents/s"),
    ]


def render_bench_dedup(f: dict[str, Any]) -> list[tuple[str, str]]:
    return [
        ("generated incidents / reports / clusters", f"{f['incidents']:,} / {f['reports']:,} / {f['clusters']:,}"),
        ("pairwise precision / recall / F1", f"{pct(f['precision'])} / {pct(f['recall'])} / {pct(f['f1'])}"),
        ("clustering time", f"{f['seconds']:.1f} s"),
    ]


@dataclass(frozen=True)
class FigureSet:
    name: str
    measure: Callable[[], dict[str, Any]]
    render: Callable[[dict[str, Any]], list[tuple[str, str]]]
    command: str  # what a reader runs to see the same figures
    pages: tuple[str, ...]
    needs_shared: bool = True


SETS = {s.name: s for s in (
    FigureSet("dev-events", lambda: dev_events(False), render_dev_events,
              "score.py strip dev-events.jsonl; marsad events; score.py events", ("events.md", "places.md")),
    FigureSet("dev-events-wof", lambda: dev_events(True), render_dev_events,
              "the same after `marsad gazetteer import` of wof_syria_places.csv and wof_iraq_places.csv",
              ("events.md", "places.md")),
    FigureSet("dev-events-2", dev_events_2, render_dev_events_2,
              "both dev files with the WOF import, scored whole, by half of dev-events-2 (odd/even last digit "
              "of the id: tuned/held back) and by source family", ("events.md",)),
    FigureSet("dev-places", dev_places, render_dev_places,
              "marsad bench places --gold ../shared/gold/dev-events.jsonl (embedded; then with the WOF import)",
              ("places.md",)),
    FigureSet("dev-extraction", dev_extraction, render_dev_extraction,
              "score.py strip dev-extraction.jsonl; marsad extract; score.py extraction", ("article.md",)),
    FigureSet("bench-extract", bench_extract, render_bench_extract, "marsad bench extract --runs 5", ("article.md",)),
    FigureSet("bench-events", bench_events, render_bench_events, "marsad bench events", ("events.md",)),
    FigureSet("bench-ingest", bench_ingest, render_bench_ingest,
              "marsad bench ingest ../shared/corpus/*.jsonl --workers 2", ("ingest.md",)),
    FigureSet("bench-throughput", bench_throughput, render_bench_throughput,
              "marsad bench events --only saudinewsnet --stages, marsad events / ingest --workers 1|2 timed side by "
              "side, a one-article marsad events, marsad bench growth; Who's On First imported", ("performance.md",)),
    FigureSet("bench-dedup", bench_dedup, render_bench_dedup,
              "marsad bench dedup --scale 0 (the quality part)", ("dedup.md",)),
    FigureSet("bench-dates", bench_dates, render_bench_dates,
              "marsad bench dates --corpus ../shared/corpus/FILE.jsonl --repeat 9, and --corpus /nonexistent", ("dates.md",)),
)}


def block(name: str, run: dict[str, Any]) -> str:
    """The Markdown of a figure block (between its markers) for a recorded run."""
    fs = SETS[name]
    lines = ["| figure | value |", "|---|---|"]
    lines += [f"| {label} | {value} |" for label, value in fs.render(run["figures"])]
    lines.append("")
    lines.append(f"Last run {run['date']} ({run['commit']}, {run['cores']} cores, load {run['load']:.1f}): "
                 f"`python scripts/figures.py {name}` ({fs.command}).")
    return "\n".join(lines)


def marker(name: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- figures:{re.escape(name)} -->\n)(.*?)(\n?<!-- /figures:{re.escape(name)} -->)", re.S)


def page_blocks(text: str) -> dict[str, str]:
    """The figure blocks of a page: name → content between the markers."""
    return {m[1]: m[2] for m in re.finditer(r"<!-- figures:([\w-]+) -->\n(.*?)\n?<!-- /figures:\1 -->", text, re.S)}


def rewrite(name: str, run: dict[str, Any]) -> list[str]:
    """Rewrite the block of `name` in each of its pages; the pages that lack the markers."""
    missing = []
    for page in SETS[name].pages:
        path = DOCS / page
        text = path.read_text(encoding="utf-8")
        new, n = marker(name).subn(lambda m: m[1] + block(name, run) + "\n" + m[3].lstrip("\n"), text)
        if n == 0:
            missing.append(page)
        elif new != text:
            path.write_text(new, encoding="utf-8")
    return missing


# ---------------------------------------------------------------- main


def load_record() -> dict[str, Any]:
    return json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {}


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*", help=f"figure sets (default: all): {', '.join(SETS)}")
    ap.add_argument("--list", action="store_true", help="list the sets, their pages and what they need")
    ap.add_argument("--render", action="store_true", help="only rewrite the blocks from docs/figures.json")
    a = ap.parse_args(argv)
    unknown = [n for n in a.names if n not in SETS]
    if unknown:
        ap.error(f"unknown figure set(s) {', '.join(unknown)}; known: {', '.join(SETS)}")
    if a.list:
        for fs in SETS.values():
            need = "  (needs the shared folder)" if fs.needs_shared else ""
            print(f"{fs.name:<16} {', '.join(fs.pages):<24} {fs.command}{need}")
        return 0
    record = load_record()
    status = 0
    for name in a.names or list(SETS):
        fs = SETS[name]
        if not a.render:
            if fs.needs_shared and not shared_dir().is_dir():
                print(f"{name}: skipped, shared folder not found at {shared_dir()} (set MARSAD_SHARED); "
                      "its last recorded run stays", file=sys.stderr)
                continue
            t0 = time.perf_counter()
            figures = fs.measure()
            record[name] = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "commit": commit(),
                            "cores": os.cpu_count() or 0, "load": os.getloadavg()[0], "figures": figures}
            RECORD.write_text(json.dumps(record, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            print(f"{name}: measured in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
        if name not in record:
            print(f"{name}: no recorded run yet", file=sys.stderr)
            continue
        missing = rewrite(name, record[name])
        if missing:
            print(f"{name}: no <!-- figures:{name} --> block in {', '.join(missing)}", file=sys.stderr)
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
