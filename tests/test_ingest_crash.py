"""kill -9 at several points of an ingest run, then a normal re-run: the database must equal the
one an uninterrupted run builds. The child process counts the SQL statements it sends and kills
itself with SIGKILL right after statement K, so the kill points are exact and repeatable: inside
document transactions, between them, and during deduplication."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from test_ingest import corpus_docs, snapshot, write_jsonl

CHILD = r"""
import os, signal, sys
from sqlalchemy import event
from sqlalchemy.engine import Engine

kill_at, count_file = int(sys.argv[1]), sys.argv[2]
seen = [0]

@event.listens_for(Engine, "after_cursor_execute")
def _count(*_args):
    seen[0] += 1
    if kill_at and seen[0] >= kill_at:
        os.kill(os.getpid(), signal.SIGKILL)

from marsad.cli import app
try:
    app(sys.argv[3:], standalone_mode=False)
finally:
    with open(count_file, "w") as f:
        f.write(str(seen[0]))
"""


def run_child(tmp: Path, kill_at: int, db: Path, source: Path) -> tuple[int, int]:
    script = tmp / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    count = tmp / "count.txt"
    count.unlink(missing_ok=True)
    env = dict(os.environ, MARSAD_HOME=str(tmp / "home"))
    proc = subprocess.run([sys.executable, str(script), str(kill_at), str(count), "ingest", str(source),
                           "--db", str(db), "--no-progress"], env=env, capture_output=True, text=True, timeout=300)
    n = int(count.read_text()) if count.exists() else -1
    return proc.returncode, n


@pytest.mark.slow
def test_killed_runs_finish_as_an_uninterrupted_run(tmp_path: Path) -> None:
    source = write_jsonl(tmp_path / "c.jsonl", corpus_docs(15) + [{"id": "bad"}])
    ref = tmp_path / "ref.sqlite"
    rc, total = run_child(tmp_path, 0, ref, source)
    assert rc in (0, 1) and total > 50, (rc, total)  # 1: the bad line is a recorded failure
    expected = snapshot(ref)
    assert len(expected["documents"]) == 15 and expected["clusters"] and len(expected["failures"]) == 1
    points = sorted({3, total // 5, total // 2, (4 * total) // 5, total - 8})
    print("statements in a run:", total, "kill points:", points)
    for k in points:
        db = tmp_path / f"killed-{k}.sqlite"
        rc, _ = run_child(tmp_path, k, db, source)
        assert rc == -9, f"the child was not killed at statement {k}"
        rc, _ = run_child(tmp_path, 0, db, source)
        assert rc in (0, 1)
        assert snapshot(db) == expected, f"killed at statement {k} of {total}"
