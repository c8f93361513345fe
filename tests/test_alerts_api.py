"""Saved views over the API (auth, validation, 404) and their Atom feeds, parsed by feedparser:
valid Atom 1.0, stable entry ids, Arabic titles, links to the map, newest first, escaping, and an
entry that says "2 sources" once a second outlet reports its incident."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import pytest
from fastapi.testclient import TestClient

from alerts_support import REPORT_A, REPORT_A2, REPORT_B, ingest_docs
from marsad.api import ApiSettings, create_app
from marsad.store import open_store

TOKEN = "views-token-0123456789abcdef"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
HOSTILE_OUTLET = {**REPORT_B, "id": "inc-h", "url": "https://news-h.example.org/h",
                  "source": "<b>Outlet & \"Co\"</b>]]>", "published": "2022-06-22"}


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "views.db"
    store = open_store(path)
    try:
        ingest_docs(store, tmp_path / "docs", REPORT_A, HOSTILE_OUTLET)
    finally:
        store.close()
    return path


@pytest.fixture()
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, ApiSettings(token=TOKEN))) as c:
        yield c


def save(c: TestClient, body: dict[str, Any], headers: dict[str, str] | None = AUTH) -> Any:
    return c.post("/api/views", json=body, headers=headers or {})


def test_a_view_is_saved_listed_replaced_and_removed(client: TestClient) -> None:
    r = save(client, {"name": "idlib", "title": "إدلب", "filters": {"admin1": "Idlib", "type": ["Explosions/Remote violence"],
                                                                 "from": "2024-01-01", "view": "clusters"}})
    assert r.status_code == 201, r.text
    view = r.json()
    assert view["filters"] == {"admin1": ["Idlib"], "type": ["Explosions/Remote violence"], "from": "2024-01-01"}
    assert view["feed"] == "http://testserver/feeds/idlib.atom" and view["webhooks"] == 0
    assert view["map"] == "http://testserver/#lang=ar&admin1=Idlib&from=2024-01-01&type=Explosions%2FRemote+violence"
    assert client.get("/api/views/idlib").json() == view
    assert [v["name"] for v in client.get("/api/views").json()["items"]] == ["idlib"]
    again = save(client, {"name": "idlib", "filters": {"country": "Syria"}})
    assert again.status_code == 200 and again.json()["filters"] == {"country": ["Syria"]}
    assert again.json()["created_at"] == view["created_at"]
    assert client.delete("/api/views/idlib", headers=AUTH).status_code == 204
    assert client.get("/api/views/idlib").status_code == 404
    assert client.get("/api/views").json() == {"items": []}


@pytest.mark.parametrize(("method", "path"), [("POST", "/api/views"), ("DELETE", "/api/views/idlib")])
@pytest.mark.parametrize(("settings", "headers", "status"), [
    (ApiSettings(), AUTH, 403),
    (ApiSettings(token=TOKEN), {}, 401),
    (ApiSettings(token=TOKEN), {"Authorization": "Bearer wrong-token-0123456789"}, 401),
    (ApiSettings(token=TOKEN), {"Authorization": f"Basic {TOKEN}"}, 401),
])
def test_writes_need_the_token(db: Path, method: str, path: str, settings: ApiSettings, headers: dict[str, str],
                               status: int) -> None:
    with TestClient(create_app(db, settings)) as c:
        r = c.request(method, path, json={"name": "idlib", "filters": {}} if method == "POST" else None,
                      headers=headers)
        assert r.status_code == status, r.text
        assert r.json()["error"]["status"] == status
        assert c.get("/api/views").json() == {"items": []}


@pytest.mark.parametrize(("body", "word"), [
    ({"name": "x y", "filters": {}}, "name"),
    ({"name": "", "filters": {}}, "name"),
    ({"name": "-x", "filters": {}}, "name"),
    ({"name": "a" * 65, "filters": {}}, "name"),
    ({"name": "عرض", "filters": {}}, "name"),
    ({"name": "ok", "filters": {"from": "2024-02-30"}}, "from"),
    ({"name": "ok", "filters": {"from": "2024-03-01", "to": "2024-02-01"}}, "after"),
    ({"name": "ok", "filters": {"colour": "red"}}, "colour"),
    ({"name": "ok", "filters": {"cursor": "abc"}}, "cursor"),
    ({"name": "ok", "filters": {"bbox": "1,2,3"}}, "bbox"),
    ({"name": "ok", "filters": {"modality": "rumoured"}}, "modality"),
    ({"name": "ok", "filters": {"limit": 0}}, "limit"),
    ({"name": "ok", "filters": {"view": "maps"}}, "view"),
    ({"name": "ok", "filters": {"q": "a\x00b"}}, "q"),
    ({"name": "ok", "title": "\x07", "filters": {}}, "title"),
    ({"name": "ok", "filters": {}, "webhook": "http://10.0.0.1/"}, "webhook"),
])
def test_invalid_views_answer_422_naming_the_parameter(client: TestClient, body: dict[str, Any], word: str) -> None:
    r = save(client, body)
    assert r.status_code == 422, r.text
    assert word in r.json()["error"]["message"]
    assert client.get("/api/views").json() == {"items": []}


@pytest.mark.parametrize("path", ["/api/views/nothing", "/feeds/nothing.atom"])
def test_unknown_views_answer_404(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 404 and "nothing" in r.json()["error"]["message"]
    assert client.delete("/api/views/nothing", headers=AUTH).status_code == 404


def parse(client: TestClient, name: str) -> Any:
    r = client.get(f"/feeds/{name}.atom")
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "application/atom+xml; charset=utf-8"
    assert "content-security-policy" in r.headers
    feed = feedparser.parse(r.content)
    assert feed.bozo == 0, feed.bozo_exception
    assert feed.version == "atom10"
    return feed


def test_the_feed_is_valid_atom_with_arabic_titles_and_links(db: Path, client: TestClient, tmp_path: Path) -> None:
    save(client, {"name": "all", "title": "كل شيء <script>alert(1)</script> & more", "filters": {}})
    feed = parse(client, "all")
    assert feed.feed.title == "كل شيء <script>alert(1)</script> & more"  # escaped in the XML, back as text
    assert feed.feed.id.startswith("urn:uuid:") and feed.feed.updated_parsed
    assert {link.rel: link.href for link in feed.feed.links}["self"] == "http://testserver/feeds/all.atom"
    assert len(feed.entries) == 2
    dates = [re.search(r"\d{4}-\d\d-\d\d", e.title).group(0) for e in feed.entries]  # type: ignore[union-attr]
    assert dates == sorted(dates, reverse=True) == ["2024-05-01", "2022-06-21"]  # newest first
    idlib = feed.entries[0]
    event_id = idlib.link.rsplit("=", 1)[1]
    assert idlib.link == f"http://testserver/#lang=ar&event={event_id}"
    incident = client.get(f"/api/events/{event_id}").json()
    what = client.get("/static/i18n.json").json()["sub_types"][incident["sub_event_type"]]
    assert idlib.title == f"{what} في كفر نبل، سوريا، 2024-05-01"  # what, where, when, in Arabic
    assert idlib.id.startswith("urn:uuid:") and idlib.updated_parsed
    assert "التقارير: 1، المصادر: 1 (Outlet A)" in idlib.summary
    assert '<b>Outlet & "Co"</b>]]>' in feed.entries[1].summary  # markup of an outlet name stays text
    first_id, first_updated = idlib.id, idlib.updated

    store = open_store(db)
    try:
        ingest_docs(store, tmp_path / "more", REPORT_A2)
    finally:
        store.close()
    later = parse(client, "all")
    same = [e for e in later.entries if e.id == first_id]
    assert len(same) == 1 and len(later.entries) == 2  # the same entry, updated: not a new one
    assert "المصادر: 2 (Outlet A، Outlet C)" in same[0].summary
    assert same[0].updated >= first_updated


def test_the_feed_follows_the_view_filters(client: TestClient) -> None:
    save(client, {"name": "kirkuk", "filters": {"admin1": "Kirkuk"}})
    save(client, {"name": "none", "filters": {"q": "كلمةغيرموجودة"}})
    save(client, {"name": "reports", "filters": {"view": "reports", "background": True}})
    [kirkuk] = parse(client, "kirkuk").entries
    assert kirkuk.title.startswith("احتجاج") and kirkuk.title.endswith(" في كركوك، العراق، 2022-06-21")
    assert parse(client, "none").entries == []
    assert len(parse(client, "reports").entries) == 2  # incidents, whatever the map shows


def test_a_database_of_an_earlier_version_gets_the_alert_tables(db: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(db)  # back to schema version 5, as marsad left it before alerts
    for table in ("alert_deliveries", "alert_state", "alert_targets", "alert_views"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DELETE FROM schema_migrations WHERE version >= 6")
    conn.commit()
    conn.close()
    with TestClient(create_app(db, ApiSettings(token=TOKEN))) as c:  # read-only: upgraded on opening
        assert c.get("/api/views").json() == {"items": []}
        assert save(c, {"name": "after", "filters": {}}).status_code == 201
        assert parse(c, "after").entries
