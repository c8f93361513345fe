"""What the alert tests share: two reports of one incident (from two outlets, a day apart) and a
report of another, a store they are ingested into through `marsad.ingest`, and a real HTTP
receiver on 127.0.0.1 that records every request and answers from a script (500 first, then 200
…), checking nothing itself: the tests check the signature with hashlib, not with marsad's code."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from marsad.ingest.runner import ingest
from marsad.store import Store

REPORT_A = {"id": "inc-a", "published": "2024-05-02", "url": "https://news-a.example.org/1", "source": "Outlet A",
            "title": "قصف على ريف إدلب الجنوبي",
            "text": "قتل مدنيان في قصف مدفعي لقوات النظام السوري على بلدة كفرنبل في ريف إدلب الجنوبي يوم الأربعاء."}
# another outlet's report of the same incident, a day later: deduplication joins it to A's
REPORT_A2 = {"id": "inc-c", "published": "2024-05-03", "url": "https://news-c.example.org/3", "source": "Outlet C",
             "title": "قصف كفرنبل",
             "text": "أفاد مراسلنا بأن قوات النظام السوري قصفت بالمدفعية بلدة كفرنبل في ريف إدلب أمس الأربعاء "
                     "مما أدى إلى مقتل مدنيين اثنين."}
# another incident, elsewhere (not in a view of Idlib)
REPORT_B = {"id": "inc-k", "published": "2022-06-21", "url": "https://news-k.example.org/k", "source": "Outlet K",
            "title": "احتجاجات في كركوك",
            "text": "تظاهر مئات من سكان كركوك يوم الثلاثاء احتجاجا على انقطاع الكهرباء وفرقت قوات الأمن المحتجين."}


def ingest_docs(store: Store, folder: Path, *docs: dict[str, Any]) -> None:
    """Ingest `docs`, one batch each (as separate `marsad ingest` runs would)."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in docs:
        path = folder / f"{doc['id']}.jsonl"
        path.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
        summary = ingest(store, [str(path)])
        assert summary.documents_failed == 0, summary


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    """A webhook receiver on 127.0.0.1: `script` holds the statuses of the next answers (then
    200); `delays` the seconds to wait before answering (then none)."""

    script: list[int] = field(default_factory=list)
    delays: list[float] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)

    def __post_init__(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                receiver.hits.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, body))
                if receiver.delays:
                    time.sleep(receiver.delays.pop(0))
                status = receiver.script.pop(0) if receiver.script else 200
                self.send_response(status)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(h.body) for h in self.hits]


def running_receiver() -> Iterator[Receiver]:
    """A pytest fixture body: a receiver, closed after the test."""
    r = Receiver()
    try:
        yield r
    finally:
        r.close()
