"""Ingest with several workers in a process of its own: the workers fork from the process that
runs the ingest, and the test session's process holds every test's caches (many gigabytes by the
corpus tests); forked from it, two workers over the whole corpus could exhaust the machine's memory.
The summary is the CLI's `--json` line (`IngestResult`'s fields)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace


def ingest_in_a_process(db: Path, sources: list[str], workers: int) -> SimpleNamespace:
    """`marsad ingest SOURCES --db DB --workers N --json` in a fresh interpreter; its summary."""
    cmd = [sys.executable, "-m", "marsad", "ingest", *sources, "--db", str(db), "--workers", str(workers),
           "--json", "--no-progress"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    assert done.returncode in (0, 1), done.stderr[-2000:]  # 1: some document failed (recorded)
    return SimpleNamespace(**json.loads(done.stdout.strip().splitlines()[-1]))
