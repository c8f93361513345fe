"""`marsad bench api`: latency of filtered /api/events pages under concurrent load, over a SQLite
store of `--events` reports (default 100,000) and their deduplicated incidents.

The store is built from synthetic reports (`marsad.bench.synthetic`: incidents on a generated
geography, several reports each) saved through `marsad.store.save_document` in documents of
`--per-doc` events, then deduplicated (`marsad.dedup.deduplicate`); `--db PATH` keeps it for the
next run (an existing file is reused as it is, upgraded to the current schema). The benchmark
then starts `marsad serve` on 127.0.0.1 and a free port in a subprocess (uvicorn,
`--server-workers` processes, `--cache-mb` for its response cache), and for each number of
`--threads` (default 1, 4 and 8) that many threads, each with its own keep-alive httpx client,
send filtered page requests in a fixed random mix until `--requests` are done or `--seconds` have
passed: one type, a governorate, a 30-day window, a type in a window, a bounding box, an actor, a
country with a type ordered by fatalities, a word of the article text, and the second page of a
listing (cursor); each in the clusters view or the reports view, 100 items a page. Each load gets
requests of its own (the same kinds, other values) after a warm-up at the highest level.

Prints JSON: the store (events, clusters, build seconds), the load (threads, requests, seconds,
requests/s, errors, the machine's load average before and after, CPU milliseconds per request of
the server and of the load generator) and latency in milliseconds (p50, p95, p99, max) overall
and per query kind.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx

from marsad.bench import synthetic as syn
from marsad.dedup import deduplicate
from marsad.models import Article, Document
from marsad.store import NewDocument, content_hash, open_store, save_document, stats
from marsad.text.normalize import normalize

VOCAB = [f"kw{i:03d}" for i in range(500)]
KINDS = ("type", "admin1", "window", "type+window", "bbox", "actor", "country+type+fatalities", "text", "page2")


def build_store(db: Path, n_events: int, per_doc: int, seed: int) -> dict[str, Any]:
    """Save `n_events` synthetic reports into a new store at `db` and deduplicate them."""
    rng = random.Random(seed)
    places = syn.generated_places(30000, rng)
    reports: list[syn.Report] = []
    while len(reports) < n_events:
        incs = syn.incidents(max(1, round((n_events - len(reports)) / 2.5)), places, rng)
        reports.extend(syn.reports(incs, places, rng)[0])
    reports = reports[:n_events]
    store = open_store(db)
    t0 = time.perf_counter()
    try:
        for k in range(0, len(reports), per_doc):
            chunk = reports[k:k + per_doc]
            doc_id = f"bench-{k // per_doc:06d}"
            body = " ".join(rng.sample(VOCAB, 12)) + "\n\n" + "\n".join(
                f"{r.sub_event_type} in {r.location} ({r.admin1})" for r in chunk)
            first = min(r.day for r in chunk if r.day is not None)
            published = date.fromordinal(first) + timedelta(days=1)
            doc = Document(id=doc_id, text=body, title=f"Synthetic report batch {k // per_doc}",
                           published=published, source=chunk[0].source)
            article = Article(id=doc_id, title=doc.title, body=body, published=published, source=doc.source)
            events = tuple(syn.to_event(replace(r, doc=doc_id, id=f"{doc_id}-{i}")) for i, r in enumerate(chunk))
            save_document(store, NewDocument(doc=doc, article=article, norm_text=normalize(article.full_text).text,
                                             events=events, content_hash=content_hash(doc)), origin="bench api")
        saved = time.perf_counter() - t0
        deduplicate(store)
        totals = stats(store)
    finally:
        store.close()
    return {"events": totals["events"], "clusters": totals["clusters"], "documents": totals["documents"],
            "save_seconds": round(saved, 1), "build_seconds": round(time.perf_counter() - t0, 1)}


def start_server(db: Path, workers: int = 1, cache_mb: int | None = None) -> tuple[subprocess.Popen[str], str]:
    """`marsad serve --db DB --port 0 --workers N` in a subprocess (with MARSAD_API_CACHE_MB set
    when `cache_mb` is given); returns it and its base URL."""
    env = dict(os.environ)
    if cache_mb is not None:
        env["MARSAD_API_CACHE_MB"] = str(cache_mb)
    proc = subprocess.Popen([sys.executable, "-m", "marsad", "serve", "--db", str(db), "--host", "127.0.0.1",
                             "--port", "0", "--workers", str(workers)], stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()
    if " at http://" not in line:
        proc.kill()
        raise RuntimeError(f"marsad serve did not start: {line!r}")
    url = line.split(" at ", 1)[1].split()[0].rstrip("/")
    for _ in range(100):
        try:
            httpx.get(url + "/api/config", timeout=2)
            break
        except httpx.TransportError:
            time.sleep(0.05)
    return proc, url


def query_mix(url: str, seed: int, n: int) -> list[tuple[str, str]]:
    """`n` (kind, path) requests in a fixed random order, drawn from the store's own values."""
    rng = random.Random(seed)
    st = httpx.get(url + "/api/stats", timeout=60).json()
    types = [t for t in st["by_type"] if t != "(unknown)"]
    admin1 = [a for a in st["by_admin1"] if a != "(unknown)"]
    countries = [c for c in st["by_country"] if c != "(unknown)"]
    actors = list(st["by_actor"])
    days = sorted(st["by_day"])
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = (last - first).days
    cursors: list[str] = []
    for view in ("clusters", "reports"):
        for t in types:
            page = httpx.get(url + "/api/events", params={"type": t, "view": view}, timeout=60).json()
            if page["next_cursor"]:
                cursors.append(urlencode({"type": t, "view": view, "cursor": page["next_cursor"]}))
    out = []
    for _ in range(n):
        kind = rng.choice(KINDS)
        p: dict[str, Any] = {"view": rng.choice(("clusters", "reports"))}
        start = first + timedelta(days=rng.randrange(max(1, span - 30)))
        window = {"from": start.isoformat(), "to": (start + timedelta(days=30)).isoformat()}
        if kind == "type":
            p["type"] = rng.choice(types)
        elif kind == "admin1":
            p["admin1"] = rng.choice(admin1)
        elif kind == "window":
            p.update(window)
        elif kind == "type+window":
            p.update(window, type=rng.choice(types))
        elif kind == "bbox":
            lat, lon = 32.5 + rng.random() * 5, 36.0 + rng.random() * 5
            p["bbox"] = f"{lon:.3f},{lat:.3f},{lon + 1:.3f},{lat + 1:.3f}"
        elif kind == "actor":
            p["actor"] = rng.choice(actors)
        elif kind == "country+type+fatalities":
            p.update(country=rng.choice(countries), type=rng.choice(types), sort="-fatalities")
        elif kind == "text":
            p["q"] = rng.choice(VOCAB)
        if kind == "page2" and cursors:
            out.append((kind, "/api/events?" + rng.choice(cursors)))
        else:
            out.append((kind, "/api/events?" + urlencode(p)))
    return out


def percentiles(ms: list[float]) -> dict[str, float]:
    if not ms:
        return {}
    q = statistics.quantiles(ms, n=100, method="inclusive") if len(ms) > 1 else [ms[0]] * 99
    return {"n": len(ms), "p50": round(q[49], 2), "p95": round(q[94], 2), "p99": round(q[98], 2),
            "max": round(max(ms), 2)}


def load(url: str, mix: list[tuple[str, str]], threads: int, seconds: float) -> dict[str, Any]:
    """Send the requests of `mix` from `threads` threads; stop at the end of the mix or after
    `seconds`. Returns latencies (ms) per kind and the error count."""
    lock = threading.Lock()
    nxt = iter(range(len(mix)))
    results: list[tuple[str, float, int]] = []
    deadline = time.monotonic() + seconds

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=30) as client:
            while time.monotonic() < deadline:
                with lock:
                    i = next(nxt, None)
                if i is None:
                    return
                kind, path = mix[i]
                t0 = time.perf_counter()
                r = client.get(path)
                r.read()
                ms = (time.perf_counter() - t0) * 1000
                with lock:
                    results.append((kind, ms, r.status_code))

    t0 = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for th in pool:
        th.start()
    for th in pool:
        th.join()
    took = time.perf_counter() - t0
    by_kind: dict[str, list[float]] = {}
    for kind, ms, _status in results:
        by_kind.setdefault(kind, []).append(ms)
    return {
        "threads": threads, "requests": len(results), "seconds": round(took, 2),
        "requests_per_s": round(len(results) / took, 1) if took else 0.0,
        "errors": sum(1 for _k, _ms, status in results if status != 200),
        "latency_ms": percentiles([ms for _k, ms, _s in results]),
        "by_kind": {k: percentiles(v) for k, v in sorted(by_kind.items())},
    }


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system) of process `pid` and its waited-for children, from /proc (0.0
    where /proc is absent)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return sum(int(x) for x in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def server_cpu(proc: subprocess.Popen[str]) -> float:
    """CPU seconds of the server: its process and, with several workers, their processes."""
    total = cpu_seconds(proc.pid)
    try:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
    except OSError:
        children = []
    return total + sum(cpu_seconds(int(c)) for c in children)


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="marsad bench api", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=100_000, help="reports in the store (default 100000)")
    ap.add_argument("--per-doc", type=int, default=50, help="events per stored document")
    ap.add_argument("--db", type=Path, help="keep the store here (reused when the file exists)")
    ap.add_argument("--threads", default="1,4,8", help="concurrent clients; a comma list runs one load per value")
    ap.add_argument("--requests", type=int, default=2000, help="requests per load (upper bound)")
    ap.add_argument("--seconds", type=float, default=60.0, help="time limit of each load (upper bound)")
    ap.add_argument("--server-workers", type=int, default=1, help="`marsad serve --workers` of the server")
    ap.add_argument("--cache-mb", type=int, default=None,
                    help="MARSAD_API_CACHE_MB of the server (0: no response cache; default: the server's own)")
    ap.add_argument("--warmup", type=int, default=200, help="requests sent before measuring")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="marsad-bench-api-") as tmp:
        db = a.db or Path(tmp) / "bench.db"
        if db.exists():
            store = open_store(db, readonly=True)
            try:
                totals = stats(store)
            finally:
                store.close()
            built: dict[str, Any] = {"events": totals["events"], "clusters": totals["clusters"],
                                     "documents": totals["documents"], "reused": str(db)}
        else:
            built = build_store(db, a.events, a.per_doc, a.seed)
        levels = [int(x) for x in str(a.threads).split(",") if x.strip()]
        proc, url = start_server(db, a.server_workers, a.cache_mb)
        try:
            # Each load gets requests of its own (the same kinds, other values), so that what one
            # load asked is not simply answered again from the server's cache in the next.
            mix = query_mix(url, a.seed, a.warmup + a.requests * len(levels))
            load(url, mix[:a.warmup], max(levels), a.seconds)
            loads = []
            for i, n in enumerate(levels):
                part = mix[a.warmup + i * a.requests:a.warmup + (i + 1) * a.requests]
                before = os.getloadavg()[0]
                cpu0, own0 = server_cpu(proc), time.process_time()
                figures = load(url, part, n, a.seconds)
                cpu1, own1 = server_cpu(proc), time.process_time()
                figures["machine_load_before"] = round(before, 2)
                figures["machine_load_after"] = round(os.getloadavg()[0], 2)
                done = max(1, figures["requests"])
                figures["server_cpu_ms_per_request"] = round((cpu1 - cpu0) * 1000 / done, 2)
                figures["client_cpu_ms_per_request"] = round((own1 - own0) * 1000 / done, 2)
                loads.append(figures)
        finally:
            proc.terminate()
            proc.wait(10)
    report = {"store": {"backend": "sqlite", **built},
              "server": f"marsad serve --workers {a.server_workers} (uvicorn), 127.0.0.1",
              "response_cache_mb": a.cache_mb if a.cache_mb is not None else os.environ.get("MARSAD_API_CACHE_MB", 64),
              "cpus": os.cpu_count(), "page_size": 100, "loads": loads}
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0 if all(x["errors"] == 0 for x in loads) else 1
