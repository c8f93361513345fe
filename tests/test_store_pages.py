"""The page queries of the store: the indexes migration 3 adds (SQLite and PostgreSQL), the
upgrade of an older database opened read-only, the query plans of the slow shapes the API
benchmark found, and the change token the API's cache relies on."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from marsad.dedup import deduplicate
from marsad.store import EventQuery, open_store, query_events, save_document
from marsad.store import schema as t
from marsad.store.changes import ChangeWatch
from marsad.store.migrations import SCHEMA_VERSION, current_version
from marsad.store.queries import _page_select
from pg import pg_server, pg_url  # noqa: F401  (fixtures)
from test_store import new_doc, report

PAGE_INDEXES = {"ix_events_type_fatalities", "ix_events_fatalities", "ix_clusters_type_fatalities",
                "ix_clusters_fatalities", "ix_events_document_date", "ix_events_lonlat_date",
                "ix_clusters_lonlat_date", "ix_event_actors_actor_date", "ix_cluster_members_document_date",
                "ix_cluster_actors_actor_date"}


def _fill(store) -> None:  # type: ignore[no-untyped-def]
    specs = [("f1", 3, "Battles", "Group A"), ("f2", None, "Battles", "Group B"), ("f3", 12, "Battles", "Group A"),
             ("f4", 7, "Protests", None), ("f5", 0, "Battles", "Group B")]
    for i, (key, fat, et, actor) in enumerate(specs):
        sub = "Armed clash" if et == "Battles" else "Peaceful protest"
        ev = report(key, date(2015, 7, 1 + 5 * i), place=f"p{i}", lat=33.0 + i, et=et, sub=sub, actor1=actor, fat=fat)
        save_document(store, new_doc(key, f"نص الخبر {key} مدينة", [ev], source=f"s-{key}"), origin="test")
    deduplicate(store)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path):  # type: ignore[no-untyped-def]
    db = str(tmp_path / "p.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = open_store(db)
    yield s
    s.close()


def _index_names(store) -> set[str]:  # type: ignore[no-untyped-def]
    sql = ("SELECT name FROM sqlite_master WHERE type = 'index'" if store.dialect == "sqlite"
           else "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")
    with store.engine.connect() as conn:
        return {r[0] for r in conn.execute(text(sql))}


def test_page_indexes_exist_and_replace_the_narrower_ones(store) -> None:  # type: ignore[no-untyped-def]
    names = _index_names(store)
    assert names >= PAGE_INDEXES
    assert not {"ix_events_document", "ix_events_lonlat", "ix_clusters_lonlat", "ix_event_actors_actor",
                "ix_cluster_members_event_cluster"} & names


@pytest.mark.parametrize("sort", ["-fatalities", "fatalities", "-date", "date"])
@pytest.mark.parametrize("view", ["reports", "clusters"])
def test_fatality_order_and_paging(store, sort: str, view: str) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    q = EventQuery(view=view, types=("Battles",), sort=sort)
    full = query_events(store, q).items
    fat = [-1 if i["fatalities"] is None else i["fatalities"] for i in full]
    if sort.endswith("fatalities"):
        assert fat == sorted(fat, reverse=sort.startswith("-"))
    assert len(full) == 4
    seen, cursor = [], None
    while True:
        page = query_events(store, EventQuery(view=view, types=("Battles",), sort=sort, limit=1, cursor=cursor))
        seen += [i["id"] for i in page.items]
        if not (cursor := page.next_cursor):
            break
    assert seen == [i["id"] for i in full]


def test_member_filters_of_the_clusters_view(store) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    by_actor = query_events(store, EventQuery(actors=("Group A",)))
    assert len(by_actor.items) == 2 and {i["kind"] for i in by_actor.items} == {"cluster"}
    both = query_events(store, EventQuery(actors=("Group A",), q="f3"))
    assert [i["fatalities"] for i in both.items] == [12]
    assert query_events(store, EventQuery(actors=("Group B",), q="f3")).items == []
    assert [i["fatalities"] for i in query_events(store, EventQuery(q="f4 مدينة")).items] == [7]


def test_report_rows_carry_their_first_evidence_sentence(store) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    items = query_events(store, EventQuery(view="reports")).items
    assert items and all(i["evidence"] for i in items)
    assert "record" not in items[0]


def _plan(store, q: EventQuery) -> str:  # type: ignore[no-untyped-def]
    tbl = t.clusters if q.view == "clusters" else t.events
    sql = str(_page_select(store, tbl, q).compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        return " | ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_sqlite_plans_of_the_slow_shapes(tmp_path: Path) -> None:
    s = open_store(tmp_path / "plan.db")
    try:
        _fill(s)
        fat = _plan(s, EventQuery(view="reports", country=("Syria",), types=("Battles",), sort="-fatalities"))
        assert "ix_events_type_fatalities" in fat and "TEMP B-TREE FOR ORDER BY" in fat.split(" | ")[-1]
        assert "ix_clusters_type_fatalities" in _plan(s, EventQuery(types=("Battles",), sort="fatalities"))
        text_plan = _plan(s, EventQuery(q="مدينة"))
        assert "CORRELATED" not in text_plan  # one set of clusters, not a test per cluster
        assert "COVERING INDEX ix_clusters_lonlat_date" in _plan(s, EventQuery(bbox=(36.0, 32.0, 38.0, 40.0)))
    finally:
        s.close()


def _pages(store) -> list[list[str]]:  # type: ignore[no-untyped-def]
    qs = [EventQuery(), EventQuery(view="reports"), EventQuery(actors=("Group A",)), EventQuery(q="مدينة"),
          EventQuery(actors=("Group B",), view="reports"), EventQuery(actors=("Group A",), q="f3"),
          EventQuery(types=("Battles",), sort="-fatalities")]
    return [[i["id"] for i in query_events(store, q).items] for q in qs]


def test_readonly_open_upgrades_an_older_database(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    s = open_store(db)
    _fill(s)
    pages = _pages(s)
    s.close()
    conn = sqlite3.connect(db)  # back to schema version 2, as an earlier marsad left it
    for name in PAGE_INDEXES:
        conn.execute(f"DROP INDEX {name}")
    conn.execute("DROP TABLE cluster_actors")
    conn.execute("ALTER TABLE event_actors DROP COLUMN date_key")
    conn.execute("ALTER TABLE cluster_members DROP COLUMN document_id")
    conn.execute("ALTER TABLE cluster_members DROP COLUMN date_key")
    conn.execute("CREATE INDEX ix_events_document ON events (document_id)")
    conn.execute("CREATE INDEX ix_event_actors_actor ON event_actors (actor, event_id)")
    conn.execute("DELETE FROM schema_migrations WHERE version > 2")
    conn.commit()
    conn.close()
    ro = open_store(db, readonly=True)
    try:
        assert current_version(ro.engine) == SCHEMA_VERSION
        assert _index_names(ro) >= PAGE_INDEXES
        assert not {"ix_events_document", "ix_event_actors_actor"} & _index_names(ro)
        assert _pages(ro) == pages  # the copies were filled from what was stored
    finally:
        ro.close()


def test_copies_follow_reclustering(store) -> None:  # type: ignore[no-untyped-def]
    _fill(store)
    with store.engine.connect() as conn:
        bad = conn.execute(text(
            "SELECT count(*) FROM cluster_members cm JOIN clusters c ON c.id = cm.cluster_id "
            "JOIN events e ON e.id = cm.event_id WHERE cm.date_key != c.date_key "
            "OR cm.document_id != e.document_id")).scalar()
        links = conn.execute(text("SELECT actor, count(*) FROM cluster_actors GROUP BY actor ORDER BY actor")).all()
        stale = conn.execute(text("SELECT count(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id "
                                  "WHERE ea.date_key != e.date_key")).scalar()
    assert bad == 0 and stale == 0
    assert [tuple(r) for r in links] == [("Group A", 2), ("Group B", 2)]
    # a late report joins the incident of f1: the copies follow the cluster
    late = report("f1b", date(2015, 7, 2), place="p0", lat=33.0, et="Battles", sub="Armed clash", actor1="Group A")
    save_document(store, new_doc("f1b", "نص متأخر", [late], source="s-late"), origin="test")
    deduplicate(store)
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT ca.actor, c.n_reports FROM cluster_actors ca JOIN clusters c "
                                 "ON c.id = ca.cluster_id ORDER BY ca.actor, c.n_reports")).all()
    assert [tuple(r) for r in rows] == [("Group A", 1), ("Group A", 2), ("Group B", 1), ("Group B", 1)]
    assert sorted(i["n_reports"] for i in query_events(store, EventQuery(actors=("Group A",))).items) == [1, 2]
    assert [i["n_reports"] for i in query_events(store, EventQuery(q="متأخر")).items] == [2]


def test_change_token_moves_with_every_commit(store) -> None:  # type: ignore[no-untyped-def]
    watch = ChangeWatch(store)
    try:
        first = watch.token()
        if store.dialect == "sqlite":
            assert watch.token() == first  # nothing committed
        save_document(store, new_doc("c1", "نص", [report("c1", date(2015, 7, 1))]), origin="test")
        assert watch.token() != first
    finally:
        watch.close()
