"""The web API over a store of the bundled samples (and a hostile document), ingested through the
real pipeline: listing and filters, paging, one event, one document with spans, statistics,
exports, errors, security headers, UTF-8 JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from browser.support import HOSTILE, build_store
from marsad.api import ApiSettings, create_app
from marsad.export import ACLED_COLUMNS, REGISTRY
from marsad.store import EventQuery, open_store, stats
from marsad.text.normalize import normalize


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("api-store"))


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db, ApiSettings())) as c:
        yield c


def all_items(client: TestClient, query: str = "", limit: int = 7) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        url = f"/api/events?limit={limit}" + (f"&{query}" if query else "") + (f"&cursor={cursor}" if cursor else "")
        r = client.get(url)
        assert r.status_code == 200, r.text
        page = r.json()
        items += page["items"]
        cursor = page["next_cursor"]
        if not cursor:
            return items


def test_events_list_clusters_by_default(client: TestClient, db: Path) -> None:
    r = client.get("/api/events")
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"items", "next_cursor"}
    store = open_store(db, readonly=True)
    try:
        totals = stats(store)
    finally:
        store.close()
    assert len(body["items"]) == min(100, totals["matching"])  # background and aggregate records left out
    assert {i["kind"] for i in body["items"]} == {"cluster"}
    dates = [i["event_date"] or "" for i in body["items"]]
    assert dates == sorted(dates, reverse=True)


def test_paging_visits_every_row_once(client: TestClient) -> None:
    paged = all_items(client, "view=reports", limit=7)
    whole = client.get("/api/events?view=reports&limit=1000").json()["items"]
    assert [i["id"] for i in paged] == [i["id"] for i in whole]
    assert len({i["id"] for i in paged}) == len(paged)


@pytest.mark.parametrize("query, check", [
    ("type=Battles", lambda i: i["event_type"] == "Battles"),
    ("type=Battles&type=Protests", lambda i: i["event_type"] in ("Battles", "Protests")),
    ("sub_type=Air%2Fdrone%20strike", lambda i: i["sub_event_type"] == "Air/drone strike"),
    ("admin1=Daraa", lambda i: i["admin1"] == "Daraa"),
    ("country=Iraq", lambda i: i["country"] == "Iraq"),
    ("from=2023-09-01&to=2023-12-31", lambda i: "2023-09-01" <= i["event_date"] <= "2023-12-31"),
    ("bbox=35.5,32.0,37.0,33.5", lambda i: 35.5 <= i["longitude"] <= 37.0 and 32.0 <= i["latitude"] <= 33.5),
    ("modality=asserted", lambda i: i["modality"] == "asserted"),
])
@pytest.mark.parametrize("view", ["clusters", "reports"])
def test_filters_select_matching_rows_only(client: TestClient, query: str, check: Any, view: str) -> None:
    everything = all_items(client, f"view={view}", limit=1000)
    chosen = all_items(client, f"view={view}&{query}", limit=1000)
    assert chosen, f"the samples have rows for {query}"
    assert len(chosen) < len(everything)
    assert all(check(i) for i in chosen)
    assert len(chosen) == sum(1 for i in everything if i.get("event_date") and check_safe(check, i))


def check_safe(check: Any, item: dict[str, Any]) -> bool:
    try:
        return bool(check(item))
    except TypeError:  # a None coordinate or date does not match
        return False


def test_actor_and_text_filters(client: TestClient) -> None:
    reports = all_items(client, "view=reports", limit=1000)
    actor = next(i["actor1"] for i in reports if i["actor1"])
    by_actor = all_items(client, f"view=reports&actor={actor}", limit=1000)
    assert by_actor and len(by_actor) < len(reports)
    # Text search runs over the stored article text: the hostile document's words find it.
    found = all_items(client, "view=reports&q=الأتارب", limit=1000)
    assert found and all(i["doc"] == HOSTILE["id"] for i in found if i["doc"] == HOSTILE["id"])
    assert any(i["doc"] == HOSTILE["id"] for i in found)
    assert all_items(client, "q=كلمةلاتوجدابدا") == []


def test_sort_by_fatalities(client: TestClient) -> None:
    items = client.get("/api/events?sort=-fatalities&limit=1000").json()["items"]
    values = [i["fatalities"] if i["fatalities"] is not None else -1 for i in items]
    assert values == sorted(values, reverse=True)


@pytest.mark.parametrize("query, fragment", [
    ("from=2024-13-01", "from"),
    ("from=yesterday", "from"),
    ("from=2024-03-01&to=2024-01-01", "'from' is after 'to'"),
    ("limit=100000", "limit"),
    ("limit=0", "limit"),
    ("limit=ten", "limit"),
    ("colour=red", "colour: unknown parameter"),
    ("bbox=1,2,3", "bbox"),
    ("bbox=10,50,20,40", "south <= north"),
    ("bbox=a,b,c,d", "bbox"),
    ("view=maps", "view"),
    ("sort=name", "sort"),
    ("modality=rumoured", "modality"),
    ("cursor=!!!", "cursor"),
    ("cursor=bm90LWEtY3Vyc29y", "invalid cursor"),
    ("q=a%00b", "control characters"),
    ("type=" + "x" * 400, "type"),
])
def test_bad_parameters_answer_422_with_a_message(client: TestClient, query: str, fragment: str) -> None:
    r = client.get(f"/api/events?{query}")
    assert r.status_code == 422, r.text
    err = r.json()["error"]
    assert err["status"] == 422
    assert fragment in err["message"]


def test_unknown_ids_answer_404(client: TestClient) -> None:
    for path in ("/api/events/cnotthere", "/api/events/enotthere", "/api/documents/dnotthere"):
        r = client.get(path)
        assert r.status_code == 404
        assert r.json()["error"]["status"] == 404
    assert client.get("/api/events/" + "x" * 100).status_code == 422
    assert client.get("/api/nothing").status_code == 404


def test_cluster_detail_has_every_report_with_its_article_and_url(client: TestClient) -> None:
    item = client.get("/api/events?limit=1").json()["items"][0]
    detail = client.get(f"/api/events/{item['id']}").json()
    assert detail["kind"] == "cluster" and detail["id"] == item["id"]
    assert len(detail["reports"]) == detail["n_reports"] >= 1
    for rep in detail["reports"]:
        assert rep["evidence"] and all(len(e["span"]) == 2 for e in rep["evidence"])
        assert rep["document"]["id"] == rep["document_id"]
        assert "url" in rep["document"] and "title" in rep["document"]


def test_report_detail_and_document_spans_point_at_the_words(client: TestClient) -> None:
    reports = all_items(client, "view=reports", limit=1000)
    checked = 0
    for item in reports:
        detail = client.get(f"/api/events/{item['id']}").json()
        assert detail["kind"] == "report" and detail["document"]["id"] == item["document_id"]
        doc = client.get(f"/api/documents/{item['document_id']}").json()
        assert doc["norm_text"] == normalize(doc["body"]).text
        assert doc["spans_map_to_body"] is True
        record = next(e for e in doc["events"] if e["id"] == item["id"])
        for ev in record["evidence"]:
            s, e = ev["span"]
            bs, be = ev["span_body"]
            assert doc["body"][bs:be] == ev["text"]
            assert doc["norm_text"][s:e] == normalize(ev["text"]).text
        for role in ("actor1", "actor2", "location"):
            ref = record.get(role)
            if ref and ref["span"][1] > ref["span"][0]:
                bs, be = ref["span_body"]
                assert normalize(doc["body"][bs:be]).text == normalize(ref["text"]).text
                checked += 1
    assert checked > 10


def test_stats_counts_agree_with_the_listing(client: TestClient) -> None:
    st = client.get("/api/stats").json()
    items = all_items(client, limit=1000)
    assert st["matching"] == len(items) == st["clusters"]
    assert sum(st["by_type"].values()) == len(items)
    assert sum(st["by_day"].values()) == len(items)
    assert sum(sum(v.values()) for v in st["by_day_type"].values()) == sum(1 for i in items if i["event_date"])
    battles = client.get("/api/stats?type=Battles&view=reports").json()
    assert battles["view"] == "reports" and set(battles["by_type"]) == {"Battles"}
    assert battles["by_actor"]
    assert client.get("/api/stats?sort=-date").status_code == 422


def test_export_formats(client: TestClient, db: Path) -> None:
    n = stats_of(db)["clusters"]
    r = client.get("/api/export?format=acled-csv")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.reader(io.StringIO(r.text)))
    complete = [x for x in client.get("/api/export?format=jsonl").text.splitlines()
                if json.loads(x)["event_date"] and json.loads(x)["iso"]]  # ACLED rows have both
    assert tuple(rows[0]) == ACLED_COLUMNS and len(rows) == len(complete) + 1 and len(complete) <= n
    lines = client.get("/api/export?format=jsonl&view=reports&background=true").text.splitlines()
    assert len(lines) == stats_of(db)["events"] and all(json.loads(x)["record"] for x in lines)
    default = client.get("/api/export?format=jsonl&view=reports").text.splitlines()
    assert default and not any(json.loads(x)["record"]["background"] or json.loads(x)["record"]["aggregate"]
                               for x in default)
    geo = client.get("/api/export?format=geojson&type=Battles").json()
    assert geo["type"] == "FeatureCollection" and geo["features"]
    assert all(f["properties"]["event_type"] == "Battles" for f in geo["features"])
    parquet = client.get("/api/export?format=parquet")
    assert parquet.status_code == 200 and parquet.content[:4] == b"PAR1"
    assert client.get("/api/export?format=xlsx").status_code == 422
    for name, spec in REGISTRY.items():  # media types and file names from the one registry
        answer = client.get(f"/api/export?format={name}&raw=true")
        assert answer.status_code == 200 and answer.headers["content-type"] == spec.media_type
        assert f'marsad-events.{spec.suffix}"' in answer.headers["content-disposition"]


def stats_of(db: Path) -> dict[str, Any]:
    store = open_store(db, readonly=True)
    try:
        return stats(store, EventQuery(limit=None))
    finally:
        store.close()


def test_large_export_streams_in_chunks(db: Path) -> None:
    from marsad.api.exporting import CHUNK, stream_text

    store = open_store(db, readonly=True)
    try:
        chunks = list(stream_text(store, EventQuery(limit=None, view="reports"), "jsonl"))
        again = list(stream_text(store, EventQuery(limit=None, view="reports"), "jsonl"))
        # A reader that stops early ends the writer thread instead of blocking it.
        gen = stream_text(store, EventQuery(limit=None, view="reports"), "jsonl")
        next(gen)
        gen.close()
    finally:
        store.close()
    assert len(chunks) >= 2 and all(len(c) >= CHUNK for c in chunks[:-1])
    # the same records in the same order (each export stamps its own second: "timestamp" may differ)
    assert _unstamped(chunks) == _unstamped(again)


def _unstamped(chunks: list[bytes]) -> list[dict[str, Any]]:
    rows = [json.loads(line) for line in b"".join(chunks).decode().splitlines()]
    return [{k: v for k, v in row.items() if k != "timestamp"} for row in rows]


def test_json_is_utf8_without_escapes(client: TestClient) -> None:
    r = client.get("/api/events?view=reports&q=الأتارب")
    assert r.headers["content-type"].startswith("application/json")
    assert "الأتارب".encode() in r.content or "حلب".encode() in r.content
    assert b"\\u" not in r.content


def test_security_headers_on_every_answer(client: TestClient) -> None:
    for path in ("/", "/api/events?limit=1", "/static/app.css", "/docs", "/api/events?limit=0"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer"


def test_pages_carry_no_inline_script(client: TestClient) -> None:
    import re

    for path in ("/", "/?lang=en", "/docs"):
        html = client.get(path).text
        scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", html, re.S)
        assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
        assert not re.search(r"\son[a-z]+=", html)
    assert 'dir="rtl"' in client.get("/").text and 'dir="ltr"' in client.get("/?lang=en").text
    assert client.get("/?lang=fr").status_code == 422


def test_configuration_reaches_the_page_escaped(db: Path) -> None:
    settings = ApiSettings(tile_url="https://{s}.tiles.example.org/{z}/{x}/{y}.png",
                           tile_attribution='<b onclick="x()">© Example</b>')
    with TestClient(create_app(db, settings)) as c:
        html = c.get("/").text
        assert 'data-tile-url="https://{s}.tiles.example.org/{z}/{x}/{y}.png"' in html
        assert "&lt;b onclick=&#34;x()&#34;&gt;" in html
        assert "img-src 'self' data: https://*.tiles.example.org" in c.get("/").headers["content-security-policy"]
        assert c.get("/api/config").json()["tile_url"] == settings.tile_url


@pytest.mark.parametrize("kwargs", [{"tile_url": "ftp://x/{z}/{x}/{y}"}, {"tile_url": "https://x/tiles"},
                                    {"token": "short"}])
def test_bad_settings_are_refused(kwargs: dict[str, str]) -> None:
    from marsad.errors import ConfigError

    with pytest.raises(ConfigError):
        ApiSettings(**kwargs)


def test_openapi_schema_lists_the_endpoints(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/events/{event_id}", "/api/documents/{document_id}", "/api/stats",
                 "/api/export", "/api/documents"):
        assert path in schema["paths"]
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"from", "to", "type", "sub_type", "actor", "admin1", "country", "bbox", "modality", "q", "sort",
            "limit", "cursor", "view"} <= names


def test_missing_database_is_an_error(tmp_path: Path) -> None:
    from marsad.errors import StoreError

    with pytest.raises(StoreError):
        create_app(tmp_path / "none.db", ApiSettings())


def test_no_local_path_leaves_the_server(client: TestClient, db: Path) -> None:
    from marsad.config import SAMPLES_DIR

    local = (str(SAMPLES_DIR.resolve()), str(db.parent.resolve()))
    reports = client.get("/api/events?view=reports&limit=1000").json()["items"]
    paths = ["/api/stats", "/api/stats?view=reports", "/api/events?limit=1000", "/", "/api/config"]
    paths += [f"/api/events/{i['id']}" for i in reports]
    paths += [f"/api/documents/{d}" for d in {i["document_id"] for i in reports}]
    paths += [f"/api/export?format={f}&view={v}" for f in ("acled-csv", "geojson", "jsonl")
              for v in ("clusters", "reports")]
    for path in paths:
        r = client.get(path)
        assert r.status_code == 200, path
        assert not any(p in r.text for p in local), path
    outlets = {i["source"] for i in reports}
    assert outlets and all(o and not o.startswith("/") for o in outlets), outlets
