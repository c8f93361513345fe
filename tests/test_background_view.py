"""Background and aggregate records are stored, and left out of the default view of the store,
the API, the exports and the map's queries; each offers them on request."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from marsad.api.app import create_app
from marsad.cli import app
from marsad.dedup import deduplicate
from marsad.store import EventQuery, open_store, query_events, save_document
from test_store import AR_BODY, new_doc, report


@pytest.fixture()
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "bg.db"
    s = open_store(path)
    news = report("news", date(2016, 5, 11), place="Atarib", lat=36.14, lon=36.83)
    past = replace(report("past", date(2014, 6, 1), place="Raqqa", lat=35.95, lon=39.01, admin1="Raqqa"), background=True)
    summary = replace(report("sum", date(2016, 5, 10), place="Syria", lat=35.0, lon=38.5, gp=3), aggregate=True)
    for key, ev in (("news", news), ("past", past), ("sum", summary)):
        save_document(s, new_doc(key, f"{AR_BODY} {key}", [ev]), origin="test")
    deduplicate(s)
    s.close()
    return path


@pytest.mark.parametrize(("view", "asked"), [("clusters", 1), ("reports", 3)])
def test_the_store_leaves_context_out_unless_asked(store_path: Path, view: str, asked: int) -> None:
    """Context records are never clustered; the reports view shows them when asked."""
    s = open_store(store_path, readonly=True)
    default = query_events(s, EventQuery(view=view, limit=100)).items
    every = query_events(s, EventQuery(view=view, limit=100, include_background=True)).items
    s.close()
    assert len(default) == 1 and len(every) == asked


def test_the_api_leaves_context_out_unless_asked(store_path: Path) -> None:
    client = TestClient(create_app(store_path))
    for view, asked in (("clusters", 1), ("reports", 3)):
        assert len(client.get("/api/events", params={"view": view}).json()["items"]) == 1
        assert len(client.get("/api/events", params={"view": view, "background": "true"}).json()["items"]) == asked


def test_exports_leave_context_out_unless_asked(store_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "e.jsonl"
    r = runner.invoke(app, ["export", "--db", str(store_path), "--format", "jsonl", "-o", str(out), "--reports"])
    assert r.exit_code == 0, r.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    r = runner.invoke(app, ["export", "--db", str(store_path), "--format", "jsonl", "-o", str(out), "--reports",
                            "--include-background"])
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
