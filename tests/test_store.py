"""The event store on SQLite and PostgreSQL: schema and migrations, one-transaction saves,
idempotence, stable ids, filtered keyset pages, full-text search, lookups, stats, failures."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from marsad.bench.synthetic import to_event
from marsad.dedup import deduplicate
from marsad.dedup.cluster import Report
from marsad.errors import StoreError
from marsad.models import ActorRef, Article, Document, Event, Evidence
from marsad.store import (
    EventQuery,
    NewDocument,
    content_hash,
    find_document,
    get_document,
    get_event,
    open_store,
    query_events,
    record_failure,
    save_document,
    stats,
)
from marsad.store import schema as t
from marsad.store.migrations import SCHEMA_VERSION, current_version
from marsad.store.queries import parse_bbox
from marsad.store.repository import count_rows
from marsad.text.normalize import normalize
from pg import pg_server, pg_url  # noqa: F401  (fixtures)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = str(tmp_path / "t.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = open_store(db)
    yield s
    s.close()


def new_doc(key: str, body: str, events: list[Event] = (), *, title: str | None = None,  # type: ignore[assignment]
            url: str | None = None, source: str = "outlet", published: date | None = None) -> NewDocument:
    doc = Document(id=key, text=body, title=title, url=url, source=source, published=published)
    art = Article(id=key, title=title, body=body, published=published, url=url, source=source, language="ar")
    return NewDocument(doc=doc, article=art, norm_text=normalize(art.full_text).text,
                       events=tuple(replace(e, doc=key) for e in events), content_hash=content_hash(doc),
                       language="ar", meta={"kind": "test"})


def report(doc: str, day: date, *, place: str = "p1", lat: float = 36.2, lon: float = 37.15,
           admin1: str = "Aleppo", et: str = "Explosions/Remote violence", sub: str = "Air/drone strike",
           actor1: str | None = "Synthetic armed group 01", fat: int | None = 3, gp: int = 1) -> Event:
    r = Report(id="", doc=doc, event_type=et, sub_event_type=sub, day=day.toordinal(), lat=lat, lon=lon,
               geo_precision=gp, country="Syria", admin1=admin1, admin2="Jebel Saman", place=place,
               location=place, actor1=actor1, fatalities=fat, source="outlet")
    return to_event(r)


AR_BODY = "قصفت طائرات حربية بلدة الأتارب في ريف حلب الغربي صباح أمس، ما أدى إلى مقتل ثلاثة مدنيين."


def test_open_creates_and_records_migrations(tmp_path: Path) -> None:
    s = open_store(tmp_path / "a.db")
    assert current_version(s.engine) == SCHEMA_VERSION
    with s.engine.connect() as conn:
        versions = conn.execute(text("SELECT version, name FROM schema_migrations ORDER BY version")).all()
    assert [v for v, _ in versions] == list(range(1, SCHEMA_VERSION + 1))
    s.close()
    again = open_store(tmp_path / "a.db")  # nothing left to apply
    assert current_version(again.engine) == SCHEMA_VERSION
    with again.engine.begin() as conn:
        conn.execute(text("INSERT INTO schema_migrations VALUES (999, 'future', 'x')"))
    again.close()
    with pytest.raises(StoreError, match="newer than this marsad"):
        open_store(tmp_path / "a.db")


def test_readonly_open_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database"):
        open_store(tmp_path / "missing.db", readonly=True)
    open_store(tmp_path / "b.db").close()
    ro = open_store(tmp_path / "b.db", readonly=True)
    assert stats(ro)["documents"] == 0
    with pytest.raises(Exception, match=r"readonly|read-only|query_only|attempt to write"):
        record_failure(ro, origin="x", doc_key="y", stage="read", reason="z")


def test_sqlite_file_is_plain_wal_and_searchable_without_marsad(tmp_path: Path) -> None:
    s = open_store(tmp_path / "c.db")
    save_document(s, new_doc("a1", AR_BODY, [report("a1", date(2015, 7, 20))], title="غارات على الأتارب"),
                  origin="test")
    s.close()
    conn = sqlite3.connect(tmp_path / "c.db")  # the stock sqlite3 module, as Datasette opens it
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    assert {"documents", "events", "evidence", "event_actors", "actors", "places", "clusters",
            "cluster_members", "cluster_revisions", "ingest_runs", "failures", "documents_fts"} <= names
    sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").fetchone()[0]
    assert "fts5" in sql and 'content="documents"' in sql  # the form Datasette recognises
    hits = conn.execute("SELECT d.doc_key FROM documents d JOIN documents_fts f ON f.rowid = d.rowid "
                        "WHERE documents_fts MATCH ?", ("الاتارب",)).fetchall()
    assert hits == [("a1",)]
    conn.close()


def test_save_is_idempotent_by_content_and_url(store) -> None:  # type: ignore[no-untyped-def]
    d = new_doc("a1", AR_BODY, [report("a1", date(2015, 7, 20))], url="http://example.org/a1")
    first = save_document(store, d, origin="test")
    assert first.added and first.events == 1
    again = save_document(store, d, origin="test")
    assert not again.added and "same content" in (again.reason or "")
    other = new_doc("a2", AR_BODY + " تحديث", url="http://example.org/a1")
    moved = save_document(store, other, origin="test")
    assert not moved.added and "same URL" in (moved.reason or "")
    assert find_document(store, url="http://example.org/a1") == first.document_id
    assert find_document(store, content_hash=d.content_hash) == first.document_id
    assert count_rows(store, t.documents) == 1 and count_rows(store, t.events) == 1


def test_ids_derive_from_content(tmp_path: Path) -> None:
    evs = [report("a1", date(2015, 7, 20)), report("a1", date(2015, 7, 21), place="p2")]
    ids = []
    for name in ("x.db", "y.db"):
        s = open_store(tmp_path / name)
        res = save_document(s, new_doc("a1", AR_BODY, evs), origin="test")
        with s.engine.connect() as conn:
            ids.append((res.document_id, sorted(conn.execute(text("SELECT id FROM events")).scalars())))
        s.close()
    assert ids[0] == ids[1] and len(ids[0][1]) == 2 and ids[0][0].startswith("d")


def test_a_failing_save_leaves_nothing_behind(store) -> None:  # type: ignore[no-untyped-def]
    bad = replace(report("a1", date(2015, 7, 20)), evidence=(Evidence(None, (0, 1)),))  # type: ignore[arg-type]
    with pytest.raises(Exception, match=r"(?i)null|not-null"):
        save_document(store, new_doc("a1", AR_BODY, [bad]), origin="test")
    for table in (t.documents, t.events, t.event_actors, t.places, t.actors, t.minhash_bands):
        assert count_rows(store, table) == 0, table.name


def test_record_failure_counts_attempts_and_success_clears_it(store) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        record_failure(store, origin="feed.xml", doc_key="a1", stage="extract", reason="boom", run_id=1)
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT stage, reason, attempts FROM failures")).all()
    assert [tuple(r) for r in rows] == [("extract", "boom", 3)]
    save_document(store, new_doc("a1", AR_BODY), origin="feed.xml")
    assert count_rows(store, t.failures) == 0


def _fill(store) -> None:  # type: ignore[no-untyped-def]
    specs = [  # key, day, place, lat, lon, admin1, type, sub, actor
        ("n1", date(2015, 7, 1), "Atarib", 36.14, 36.83, "Aleppo", "Explosions/Remote violence", "Air/drone strike", "Group A"),
        ("n2", date(2015, 7, 2), "Atarib", 36.14, 36.83, "Aleppo", "Explosions/Remote violence", "Air/drone strike", "Group A"),
        ("n3", date(2015, 7, 5), "Douma", 33.57, 36.40, "Rif Dimashq", "Battles", "Armed clash", "Group B"),
        ("n4", date(2015, 7, 9), "Mosul", 36.34, 43.13, "Ninewa", "Strategic developments", "Arrests", None),
        ("n5", date(2015, 7, 10), "Raqqa", 35.95, 39.01, "Raqqa", "Violence against civilians", "Attack", "Group B"),
    ]
    for key, day, place, lat, lon, a1, et, sub, actor in specs:
        ev = report(key, day, place=place, lat=lat, lon=lon, admin1=a1, et=et, sub=sub, actor1=actor)
        body = f"{AR_BODY} {key}" if key != "n3" else "اشتباكات عنيفة في مدينة دوما بريف دمشق"
        save_document(store, new_doc(key, body, [ev], source=f"src-{key}"), origin="test")
    undated = replace(report("n6", date(2015, 7, 1), place="Homs", lat=34.73, lon=36.71, admin1="Homs"), event_date=None)
    save_document(store, new_doc("n6", "حمص", [undated]), origin="test")


@pytest.mark.parametrize(("query", "expected"), [
    (EventQuery(view="reports", limit=100), ["n5", "n4", "n3", "n2", "n1", "n6"]),
    (EventQuery(view="reports", sort="date"), ["n6", "n1", "n2", "n3", "n4", "n5"]),
    (EventQuery(view="reports", date_from=date(2015, 7, 2), date_to=date(2015, 7, 5)), ["n3", "n2"]),
    (EventQuery(view="reports", types=("Battles", "Strategic developments")), ["n4", "n3"]),
    (EventQuery(view="reports", sub_types=("Air/drone strike",)), ["n2", "n1", "n6"]),
    (EventQuery(view="reports", actors=("Group B",)), ["n5", "n3"]),
    (EventQuery(view="reports", admin1=("Aleppo", "Ninewa")), ["n4", "n2", "n1"]),
    (EventQuery(view="reports", country=("Syria",), bbox=(36.0, 33.0, 37.0, 34.0)), ["n3"]),
    (EventQuery(view="reports", q="دوما"), ["n3"]),
    (EventQuery(view="reports", q="الأتارب n4"), ["n4"]),  # normalized: أ ~ ا, every word required
    (EventQuery(view="reports", q="!!!"), []),
    (EventQuery(view="reports", modality=("claimed",)), []),
])
def test_query_filters(store, query: EventQuery, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    page = query_events(store, query)
    assert [i["doc"] for i in page.items] == expected
    assert page.next_cursor is None


def test_keyset_pages_cover_everything_once(store) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    for sort in ("-date", "date", "-fatalities", "fatalities"):
        full = [i["id"] for i in query_events(store, EventQuery(view="reports", sort=sort)).items]
        seen, cursor = [], None
        while True:
            page = query_events(store, EventQuery(view="reports", sort=sort, limit=2, cursor=cursor))
            seen.extend(i["id"] for i in page.items)
            cursor = page.next_cursor
            if cursor is None:
                break
        assert seen == full and len(full) == 6


@pytest.mark.parametrize("bad", [dict(sort="size"), dict(view="map"), dict(limit=0), dict(limit=5000),
                                 dict(bbox=(0.0, 10.0, 1.0, 5.0))])
def test_query_rejects_bad_parameters(bad: dict) -> None:  # type: ignore[type-arg]
    with pytest.raises(StoreError):
        EventQuery(**bad)


def test_bad_cursor_and_bbox_are_store_errors(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StoreError, match="cursor"):
        query_events(store, EventQuery(cursor="not-a-cursor"))
    with pytest.raises(StoreError, match="bbox"):
        parse_bbox("1,2,3")
    assert parse_bbox("35.5,32,42.5,37.5") == (35.5, 32.0, 42.5, 37.5)


def test_clusters_view_lookups_and_stats(store) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    res = deduplicate(store)
    assert res.pending == 6
    page = query_events(store, EventQuery(view="clusters"))
    # n1 and n2 (same place, one day apart, same type and actor) are one incident.
    sizes = sorted(i["n_reports"] for i in page.items)
    assert sizes == [1, 1, 1, 1, 2]
    merged = next(i for i in page.items if i["n_reports"] == 2)
    assert merged["sources"] == ["src-n1", "src-n2"] and merged["date_min"] == "2015-07-01"
    assert [i["n_reports"] for i in query_events(store, EventQuery(actors=("Group A",))).items] == [2]
    cl = get_event(store, merged["id"])
    assert cl is not None and len(cl["reports"]) == 2
    assert {r["document"]["doc"] for r in cl["reports"]} == {"n1", "n2"}
    ev = get_event(store, cl["reports"][0]["id"])
    assert ev is not None and ev["cluster_id"] == merged["id"] and len(ev["sources"]) == 2
    assert get_event(store, "e0000") is None and get_event(store, "c0000") is None
    doc = get_document(store, ev["document_id"])
    assert doc is not None and doc["spans_map_to_body"] and doc["events"][0]["id"] == ev["id"]
    assert get_document(store, "nope") is None
    st = stats(store)
    assert {k: st[k] for k in ("documents", "events", "clusters", "failures")} == \
        {"documents": 6, "events": 6, "clusters": 5, "failures": 0}
    assert st["by_type"]["Explosions/Remote violence"] == 2  # clusters: n1+n2 and n6
    assert st["by_admin1"]["Aleppo"] == 1
    json.dumps(st)
    rst = stats(store, EventQuery(view="reports", limit=None, admin1=("Aleppo",)))
    assert rst["matching"] == 2 and rst["by_actor"] == {"Group A": 2}


def test_spans_map_back_to_the_article_text(store) -> None:  # type: ignore[no-untyped-def]
    body = "قُتل ثلاثةٌ في الأتارب"  # diacritics: normalized offsets differ from the body's
    nt = normalize(body)
    i = nt.text.index("الاتارب")
    ev = replace(report("s1", date(2015, 7, 1)), evidence=(Evidence(nt.text[i:], (i, len(nt.text))),),
                 actor1=ActorRef("Group A", "الاتارب", (i, len(nt.text))))
    res = save_document(store, new_doc("s1", body, [ev]), origin="test")
    doc = get_document(store, res.document_id)
    assert doc is not None
    a, b = doc["events"][0]["evidence"][0]["span_body"]
    assert body[a:b] == "الأتارب"
