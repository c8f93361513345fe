"""`marsad review export|import|stats`, `marsad reextract` and `--explain` "from a review", as
commands (subprocesses with their own MARSAD_HOME): JSON output, --help, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO
from marsad import aliases, config
from marsad.ingest.runner import ingest
from marsad.store import EventQuery, open_store, query_events
from marsad.store import review as rv
from test_review_store import A, B, C, corpus


def marsad(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MARSAD_HOME": str(home)}
    env.pop("MARSAD_DB", None)
    return subprocess.run([sys.executable, "-m", "marsad", *args], capture_output=True, text=True, cwd=REPO, env=env,
                          timeout=300)


@pytest.fixture()
def reviewed(tmp_path: Path) -> Path:
    """A store with a corrected incident and another rejected as "not an event" (whatever the engine
    says of it today: the mechanics are under test), and an actor alias."""
    db = tmp_path / "one.db"
    s = open_store(db)
    try:
        ingest(s, [corpus(tmp_path, A, C)])
        items = query_events(s, EventQuery(limit=100)).items
        assert len(items) >= 2, items
        first = next(i for i in items if i["location"] == "Kafranbel" and i["sources"] == ["Example News"]
                     and i["event_date"] == "2024-05-01")
        rv.submit_review(s, first["id"], rv.Decision("correct", changes={"fatalities": 3}), "ana")
        for other in items:
            if other["id"] != first["id"]:
                rv.submit_review(s, other["id"], rv.Decision("reject", reason="not_an_event"), "omar")
    finally:
        s.close()
    aliases.add_actor(aliases.ActorAlias(ar="قوات النظام السوري", key="قوات النظام السوري",
                                         name="Syrian Regime Forces (review)", by="ana", at="2026-01-01"))
    return db


@pytest.mark.parametrize("args", [["review", "--help"], ["review", "export", "--help"], ["review", "import", "--help"],
                                  ["review", "stats", "--help"], ["reextract", "--help"]])
def test_help(tmp_path: Path, args: list[str]) -> None:
    p = marsad(tmp_path, *args)
    assert p.returncode == 0 and "Usage" in p.stdout


def test_export_import_and_stats_move_reviews_between_installations(reviewed: Path, tmp_path: Path) -> None:
    home = config.settings().home
    out = tmp_path / "reviews.json"
    p = marsad(home, "review", "export", str(out), "--db", str(reviewed))
    assert p.returncode == 0, p.stderr
    counts = json.loads(p.stdout)
    assert counts["reviews"] >= 2 and counts["actor_aliases"] == 1 and counts["history"] >= 3
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "marsad-reviews/1" and data["aliases"]["actors"][0]["name"].endswith("(review)")

    stats = json.loads(marsad(home, "review", "stats", "--db", str(reviewed)).stdout)
    assert stats["by_status"]["corrected"] == 1 and stats["rejected_by_reason"]["not_an_event"] >= 1
    group = stats["not_an_event"][0]
    assert group["count"] >= 1 and group["cue"] != "(no cue)" and group["context"]

    # another installation ingests the same documents (and one more report), then imports
    other_home, other_db = tmp_path / "home2", tmp_path / "two.db"
    other_home.mkdir()
    p = marsad(other_home, "ingest", corpus(tmp_path, A, C, B), "--db", str(other_db), "--no-progress")
    assert p.returncode == 0, p.stderr
    p = marsad(other_home, "review", "import", str(out), "--db", str(other_db))
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["reviews_added"] == counts["reviews"] and json.loads(p.stdout)["aliases"] == 1
    s = open_store(other_db, readonly=True)
    try:
        rows = query_events(s, EventQuery(limit=100, review="all")).items
    finally:
        s.close()
    statuses = sorted(r["review_status"] for r in rows)
    assert statuses.count("corrected") == 1 and "rejected" in statuses
    assert next(r for r in rows if r["review_status"] == "corrected")["fatalities"] == 3
    assert json.loads((other_home / "aliases.json").read_text(encoding="utf-8"))["actors"]
    again = marsad(other_home, "review", "import", str(out), "--db", str(other_db))
    assert json.loads(again.stdout)["reviews_added"] == 0  # nothing twice


def test_import_refuses_what_is_not_an_export(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"reviews": []}', encoding="utf-8")
    p = marsad(tmp_path, "review", "import", str(bad), "--db", str(tmp_path / "x.db"))
    assert p.returncode == 2 and "not a marsad review export" in p.stderr


def test_reextract_keeps_reviews_and_explain_names_the_review(reviewed: Path, tmp_path: Path) -> None:
    home = config.settings().home
    p = marsad(home, "reextract", "--db", str(reviewed), "--no-progress")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["documents"] == 2
    s = open_store(reviewed, readonly=True)
    try:
        rows = query_events(s, EventQuery(limit=100, review="all")).items
    finally:
        s.close()
    assert [r["fatalities"] for r in rows if r["review_status"] == "corrected"] == [3]
    inp = tmp_path / "in.jsonl"
    inp.write_text(json.dumps(A, ensure_ascii=False) + "\n", encoding="utf-8")
    p = marsad(home, "events", str(inp), "-o", str(tmp_path / "out.jsonl"), "--explain", "--no-progress")
    assert p.returncode == 0, p.stderr
    assert "from a review: 'قوات النظام السوري' is Syrian Regime Forces (review) (ana, 2026-01-01)" in p.stderr
