"""Provenance: the outlet a document is stored under is a name (its own source, the site it
declares, the site's part of the page title, the URL's host, else the file name), never a local
path; migration 5 renames the paths earlier versions stored and fills the columns of the words
behind dates and tolls from the stored records."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from marsad.dedup import deduplicate
from marsad.models import Evidence
from marsad.store import get_event, open_store, save_document, stats
from marsad.store.provenance import display_origin, is_local_path, site_from_title, source_name
from pg import pg_server, pg_url  # noqa: F401  (fixtures)
from test_store import new_doc, report


@pytest.mark.parametrize(("args", "expected"), [
    (("Al Jazeera",), "Al Jazeera"),
    (("marsad-sample", "Site"), "marsad-sample"),
    (("/work/main/src/marsad/data/samples/a.html", "شبكة الفرات الإخبارية"), "شبكة الفرات الإخبارية"),
    (("/srv/in/a.html", None, "https://www.example.org/2024/x"), "example.org"),
    (("/srv/in/a.html", None, None, "صحيفة الرافدين :: مقتل خمسة جنود", "مقتل خمسة جنود"), "صحيفة الرافدين"),
    (("/srv/in/a.html", None, None, "مقتل خمسة جنود | Example News", "مقتل خمسة جنود"), "Example News"),
    (("/srv/in/a.html", None, None, "مقتل خمسة جنود", "مقتل خمسة جنود"), "a.html"),
    (("C:\\data\\news\\b.txt",), "b.txt"),
    (("./corpus/c.jsonl",), "c.jsonl"),
    (("~/news/d.html",), "d.html"),
    (("https://news.example.com/feed.xml",), "news.example.com"),
    ((None, None, "http://host.example:8080/a"), "host.example"),
    ((None,), None),
])
def test_source_name(args: tuple, expected: str | None) -> None:  # type: ignore[type-arg]
    assert source_name(*args) == expected


@pytest.mark.parametrize(("value", "local"), [
    ("/abs/x.html", True), ("./x.txt", True), ("../x", True), ("~/x", True), ("C:/x/y.html", True),
    ("dir/x.html", True), ("file:///x.html", True), ("Al Jazeera", False), ("BBC Arabic / Middle East", False),
    ("https://example.org/a.html", False), ("", False),
])
def test_is_local_path(value: str, local: bool) -> None:
    assert is_local_path(value) == local


def test_site_from_title_and_origins() -> None:
    assert site_from_title("Headline only", "Headline only") is None
    assert site_from_title("A very long first part that is a sentence of many words - Site", "x") == "Site"
    assert display_origin("/work/main/src/marsad/data/samples") == "samples"
    assert display_origin("https://example.org/feed.xml") == "https://example.org/feed.xml"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = str(tmp_path / "prov.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = open_store(db)
    yield s
    s.close()


def _words_event(key: str):  # type: ignore[no-untyped-def]
    ev = report(key, date(2015, 7, 1))
    return replace(ev, date_words=Evidence("صباح أمس", (3, 11)), fatality_words=Evidence("مقتل ثلاثة", (20, 30)))


def test_a_file_is_stored_under_a_name_with_its_words(store) -> None:  # type: ignore[no-untyped-def]
    d = new_doc("p1", "نص الخبر", [_words_event("p1")], source="/home/someone/news/p1.html")
    save_document(store, d, origin="/home/someone/news")
    deduplicate(store)
    with store.engine.connect() as conn:
        row = conn.execute(text("SELECT d.source, e.source, e.date_words, e.date_span_start, e.date_span_end, "
                                "e.fatalities_words, e.fatalities_span_end FROM documents d "
                                "JOIN events e ON e.document_id = d.id")).one()
        names = [r[0] for r in conn.execute(text("SELECT name FROM sources"))]
        cl = conn.execute(text("SELECT sources FROM clusters")).scalar()
    assert tuple(row) == ("p1.html", "p1.html", "صباح أمس", 3, 11, "مقتل ثلاثة", 30)
    assert names == ["p1.html"] and json.loads(cl) == ["p1.html"]


def test_migration_renames_paths_and_fills_words(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    s = open_store(db)
    save_document(s, new_doc("p1", "نص", [_words_event("p1")], source="/srv/in/p1.html"), origin="x")
    save_document(s, new_doc("p2", "نص آخر", [report("p2", date(2015, 7, 1), place="p1")],
                             source="/srv/in/p2.html", url="https://www.example.org/p2"), origin="x")
    deduplicate(s)
    s.close()
    conn = sqlite3.connect(db)  # as schema version 4 left it: paths as sources, no word columns filled
    for key in ("p1", "p2"):
        path = f"/srv/in/{key}.html"
        doc_id = conn.execute("SELECT id FROM documents WHERE doc_key = ?", (key,)).fetchone()[0]
        conn.execute("UPDATE documents SET source = ? WHERE id = ?", (path, doc_id))
        conn.execute("UPDATE events SET source = ? WHERE document_id = ?", (path, doc_id))
        conn.execute("INSERT INTO sources (name, kind) VALUES (?, 'file')", (path,))
    conn.execute("DELETE FROM sources WHERE name NOT LIKE '/%'")
    conn.execute("UPDATE clusters SET sources = ?, n_sources = 2", (json.dumps(["/srv/in/p1.html", "/srv/in/p2.html"]),))
    conn.execute("UPDATE events SET date_words = NULL, date_span_start = NULL, date_span_end = NULL, "
                 "fatalities_words = NULL, fatalities_span_start = NULL, fatalities_span_end = NULL")
    conn.execute("DELETE FROM schema_migrations WHERE version >= 5")  # and every later one
    conn.commit()
    conn.close()
    ro = open_store(db, readonly=True)
    try:
        with ro.engine.connect() as c:
            docs = dict(c.execute(text("SELECT doc_key, source FROM documents")).all())
            words = c.execute(text("SELECT date_words, fatalities_span_start FROM events WHERE doc_key = 'p1'")).one()
            cl = c.execute(text("SELECT sources, n_sources, id FROM clusters")).one()
            names = sorted(r[0] for r in c.execute(text("SELECT name FROM sources")))
        assert docs == {"p1": "p1.html", "p2": "example.org"}
        assert tuple(words) == ("صباح أمس", 20)
        assert (json.loads(cl[0]), cl[1]) == (["example.org", "p1.html"], 2)
        assert names == ["example.org", "p1.html"]
        incident = get_event(ro, cl[2])
        assert incident is not None and len(incident["reports"]) == 2
        assert "/srv/" not in json.dumps(incident, ensure_ascii=False) and stats(ro)["documents"] == 2
    finally:
        ro.close()
