"""`GET /api/events` answered by the fast path (`marsad.api.fastpath`) and by FastAPI's own route
(`routes.list_events`, which documents it) must be the same answer, byte for byte, for valid and
invalid requests alike; a page query that overruns its time limit on the event loop is answered
from a worker thread with the same bytes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api import ApiSettings, create_app, fastpath
from marsad.store import EventQuery, open_store, query_events
from marsad.store.dialects import OverTime
from marsad.store.dialects import sqlite as sqlite_dialect
from test_store_pages import _fill

QUERIES = [
    "", "view=reports", "type=Battles&type=Protests", "view=reports&actor=Group%20A", "actor=Group%20B",
    "q=%D9%85%D8%AF%D9%8A%D9%86%D8%A9", "q=f3&actor=Group%20A", "sort=-fatalities&type=Battles",
    "view=reports&sort=fatalities&limit=2", "from=2015-07-05&to=2015-07-20", "bbox=36,32,38,36",
    "modality=asserted&modality=claimed", "limit=1&limit=3",
    # invalid: each must be the same 422 on both paths
    "limit=0", "limit=abc", "from=2015-13-01", "from=2015-07-20&to=2015-07-01", "sort=size", "view=map",
    "unknown=1", "bbox=1,2,3", "bbox=10,20,5,10", "cursor=not*a*cursor", "cursor=bm90LWEtY3Vyc29y",
    "type=%01", "modality=maybe", "q=" + "x" * 201,
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fast") / "fast.db"
    s = open_store(path)
    try:
        _fill(s)
    finally:
        s.close()
    return path


@pytest.fixture(scope="module")
def clients(db: Path) -> Iterator[tuple[TestClient, TestClient]]:
    settings = ApiSettings(cache_mb=0)
    with TestClient(create_app(db, settings)) as fast, \
            TestClient(create_app(db, settings, fast_path=False)) as slow:
        yield fast, slow


@pytest.mark.parametrize("query", QUERIES)
def test_fast_path_answers_as_the_documented_route(clients: tuple[TestClient, TestClient], query: str) -> None:
    fast, slow = clients
    a, b = fast.get(f"/api/events?{query}"), slow.get(f"/api/events?{query}")
    assert (a.status_code, a.json()) == (b.status_code, b.json())
    assert a.headers["content-type"] == b.headers["content-type"]
    if a.status_code == 200:
        assert a.content == b.content


def test_paging_through_the_fast_path(clients: tuple[TestClient, TestClient]) -> None:
    fast, _slow = clients
    ids, cursor = [], ""
    while True:
        page = fast.get(f"/api/events?view=reports&limit=2{cursor}").json()
        ids += [i["id"] for i in page["items"]]
        if not page["next_cursor"]:
            break
        cursor = f"&cursor={page['next_cursor']}"
    assert len(ids) == len(set(ids)) == 5


def test_an_overrunning_query_is_interrupted_and_answered_from_a_thread(
        db: Path, clients: tuple[TestClient, TestClient], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_dialect, "PROGRESS_STEPS", 1)  # look at the clock at every step
    s = open_store(db, readonly=True)
    try:
        with pytest.raises(OverTime):
            query_events(s, EventQuery(view="reports"), time_limit=0.0)
        assert len(query_events(s, EventQuery(view="reports"), time_limit=5.0).items) == 5
    finally:
        s.close()
    fast, slow = clients
    expected = slow.get("/api/events?view=reports&actor=Group%20A").content
    monkeypatch.setattr(fastpath, "INLINE_LIMIT", 0.0)
    assert fast.get("/api/events?view=reports&actor=Group%20A").content == expected
