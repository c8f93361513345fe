"""The cache of repeated API answers: a repeated GET (parameters in any order) is answered from
memory with the same bytes and headers; any commit to the store, by this process or another,
makes the next answer fresh; errors and exports are never kept; MARSAD_API_CACHE_MB=0 turns it off."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from marsad.api import ApiSettings, create_app
from marsad.api.cache import ResponseCache, cache_key
from marsad.dedup import deduplicate
from marsad.errors import ConfigError
from marsad.store import open_store, save_document
from test_store import new_doc, report


def _save(db: Path, key: str, day: date) -> None:
    s = open_store(db)
    try:
        save_document(s, new_doc(key, f"نص الخبر {key}", [report(key, day, place=key, lat=30 + day.day)],
                                 source=f"s-{key}"), origin="test")
        deduplicate(s)
    finally:
        s.close()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cache.db"
    _save(path, "k1", date(2015, 7, 1))
    return path


def _cache(client: TestClient) -> ResponseCache:
    app = client.app.middleware_stack  # type: ignore[attr-defined]
    while not isinstance(app, ResponseCache):
        app = app.app
    return app


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, ApiSettings())) as c:
        c.get("/api/config")  # builds the middleware stack
        yield c


def test_key_ignores_parameter_order_and_escapes() -> None:
    assert cache_key("/api/events", b"type=A&view=reports") == cache_key("/api/events", b"view=reports&type=A")
    assert cache_key("/api/events", b"q=%D8%AD%D9%84%D8%A8") == cache_key("/api/events", b"q=%d8%ad%d9%84%d8%a8")
    assert cache_key("/api/events", b"q=a+b") == cache_key("/api/events", b"q=a%20b")
    assert cache_key("/api/events", b"type=A&type=B") != cache_key("/api/events", b"type=A")


def test_repeated_get_is_answered_from_memory(client: TestClient) -> None:
    cache = _cache(client)
    first = client.get("/api/events?view=reports&limit=5")
    hits = cache.hits
    again = client.get("/api/events?limit=5&view=reports")
    assert cache.hits == hits + 1
    assert again.content == first.content and again.status_code == 200
    assert again.headers["content-type"] == first.headers["content-type"]
    assert again.headers["content-security-policy"] and again.headers["cache-control"] == "no-store"
    client.get("/api/stats")
    client.get("/api/stats")
    assert cache.hits == hits + 2


def test_a_commit_elsewhere_makes_the_next_answer_fresh(client: TestClient, db: Path) -> None:
    before = client.get("/api/events?view=reports").json()["items"]
    assert [i["doc"] for i in before] == ["k1"]
    _save(db, "k2", date(2015, 7, 3))  # another connection, as `marsad ingest` beside the server
    after = client.get("/api/events?view=reports").json()["items"]
    assert [i["doc"] for i in after] == ["k2", "k1"]
    assert client.get("/api/stats").json()["documents"] == 2


def test_errors_and_exports_are_not_kept(client: TestClient) -> None:
    cache = _cache(client)
    for _ in range(2):
        assert client.get("/api/events?limit=0").status_code == 422
        assert client.get("/api/events/c0000000").status_code == 404
        assert client.get("/api/export?format=jsonl").status_code == 200
    assert cache.entries == {} or all(k[0] in ("/api/events", "/api/stats") for k in cache.entries)
    assert not any(k == cache_key("/api/events", b"limit=0") for k in cache.entries)


def test_cache_can_be_turned_off(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_API_CACHE_MB", "0")
    assert ApiSettings.from_env().cache_mb == 0
    with TestClient(create_app(db)) as c:
        c.get("/api/config")
        stack = c.app.middleware_stack  # type: ignore[attr-defined]
        while hasattr(stack, "app"):
            assert not isinstance(stack, ResponseCache)
            stack = stack.app
        assert c.get("/api/events").status_code == 200
    monkeypatch.setenv("MARSAD_API_CACHE_MB", "lots")
    with pytest.raises(ConfigError, match="whole number"):
        ApiSettings.from_env()


def test_least_recently_used_answers_leave_first() -> None:
    async def app(scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        raise AssertionError("not called")

    cache = ResponseCache(app, token=lambda: 1, max_bytes=10)
    cache._put("a", (1, [], b"12345"))
    cache._put("b", (1, [], b"12345"))
    cache.entries.move_to_end("a")
    cache._put("c", (1, [], b"123"))
    assert list(cache.entries) == ["a", "c"] and cache.size == 8
