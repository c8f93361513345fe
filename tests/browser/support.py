"""A store of the bundled samples plus a hostile document, ingested through `marsad.ingest`; a
uvicorn server on a free loopback port in a thread; chromium from Debian for Playwright.

Chromium is installed by `.ci/browser.sh` (called by `.ci/run`); outside CI a missing chromium or
Playwright skips the browser tests with the reason, in CI (CI=true) it fails them.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("MARSAD_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# Markup in every field an outlet controls: each payload sets window.__pwned if it ever runs.
HOSTILE = {
    "id": "hostile-1",
    "published": "2024-02-10",
    "url": "javascript:window.__pwned=4",
    "source": "<img src=x onerror=\"window.__pwned=5\">",
    "title": "<script>window.__pwned=1</script> قصف مدفعي على ريف حلب",
    "text": ("<img src=x onerror=\"window.__pwned=2\">قتل ثلاثة مدنيين في قصف مدفعي لقوات النظام السوري على "
             "بلدة الأتارب في ريف حلب الغربي يوم الجمعة <b onmouseover=\"window.__pwned=3\">بحسب مصادر "
             "محلية</b>.\n\n<svg onload=\"window.__pwned=6\"></svg> وقال الدفاع المدني إن القصف استهدف "
             "منازل المدنيين في \"الأتارب\" <a href=\"javascript:window.__pwned=7\">التفاصيل</a>."),
}


def build_store(folder: Path, hostile: bool = True) -> Path:
    """Ingest the bundled samples (and the hostile document) into folder/marsad.db."""
    from marsad import config
    from marsad.config import SAMPLES_DIR
    from marsad.ingest.runner import ingest
    from marsad.store import open_store

    folder.mkdir(parents=True, exist_ok=True)
    sources = [str(SAMPLES_DIR)]
    if hostile:
        corpus = folder / "hostile.jsonl"
        corpus.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
        sources.append(str(corpus))
    db = folder / "marsad.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("MARSAD_HOME", str(folder / "home"))
        mp.delenv("MARSAD_DB", raising=False)
        config.reset()
        store = open_store(db)
        try:
            summary = ingest(store, sources)
        finally:
            store.close()
        config.reset()
    assert summary.documents_failed == 0, summary
    assert summary.events_added > 0, summary
    return db


class LiveServer:
    """uvicorn serving `app` on 127.0.0.1 and a free port, in a daemon thread."""

    def __init__(self, app: Any) -> None:
        import uvicorn

        from marsad.cli.serve import address, bind

        self.sock = bind("127.0.0.1", 0)
        self.url = address(self.sock).rstrip("/")
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                                    timeout_graceful_shutdown=1))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


def chromium_problem() -> str | None:
    """None when Playwright and Debian's chromium are there, else what is missing."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -e '.[dev]')"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no chromium at {CHROMIUM} (run .ci/browser.sh, or apt-get install chromium)"
    return None


@contextmanager
def browser() -> Iterator[Any]:
    """A headless chromium (Playwright), or skip (fail in CI) when it cannot start."""
    problem = chromium_problem()
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests need chromium in CI: {problem}")
        pytest.skip(problem)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


def wait_until(pg: Any, predicate: str, arg: Any = None, timeout: float = 30_000) -> None:
    """Poll `predicate` (a JavaScript function source, called with `arg`) from the test until it
    is true. Playwright's `wait_for_function` polls with `eval` inside the page, which the app's
    Content Security Policy (script-src 'self') forbids: it fails whenever the condition is not
    true at once, as on a loaded machine. `page.evaluate` runs through the DevTools protocol."""
    deadline = time.monotonic() + timeout / 1000
    while not pg.evaluate(predicate, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"not true after {timeout / 1000:.0f} s: {predicate}")
        time.sleep(0.05)
