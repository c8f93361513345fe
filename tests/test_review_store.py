"""Reviews in the store, on SQLite and PostgreSQL: decisions and their history, and decisions that
stick: re-ingesting the source, extracting the documents again with a different engine (here:
aliases that change the reports' places, hence their ids) and deduplication joining and merging
never overwrite a reviewed field; the reviewed incident shows the reports "new since review".
A corrected place or actor becomes a local alias used by later documents."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from marsad import aliases
from marsad.cli.events import from_review
from marsad.ingest.reextract import reextract
from marsad.ingest.runner import ingest
from marsad.models import Document
from marsad.pipeline import process
from marsad.store import EventQuery, Store, get_event, open_store, query_events
from marsad.store import review as rv
from marsad.store import schema as t
from marsad.store.clusters import replace_clusters
from marsad.text.normalize import norm_key
from pg import pg_server, pg_url  # noqa: F401  (fixtures)

A = {"id": "a", "published": "2024-05-02", "url": "https://a.example.org/1", "source": "Example News",
     "title": "قصف على ريف إدلب",
     "text": "قتل مدنيان في قصف مدفعي لقوات النظام السوري على بلدة كفرنبل في ريف إدلب الجنوبي يوم الأربعاء."}
B = {"id": "b", "published": "2024-05-02", "url": "https://b.example.org/2", "source": "Other News",
     "title": "مقتل مدنيين بقصف على كفرنبل",
     "text": "قصفت قوات النظام السوري بالمدفعية بلدة كفرنبل في ريف إدلب الجنوبي يوم الأربعاء ما أدى إلى مقتل "
             "مدنيين اثنين."}
C = {"id": "c", "published": "2024-06-10", "url": "https://c.example.org/3", "source": "Third News",
     "title": "اشتباكات قرب كفرنبل",
     "text": "اندلعت اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة قرب بلدة كفرنبل في ريف إدلب يوم الأحد."}
FARM = {"name": "Test Farm", "country": "Syria", "admin1": "Idlib", "admin2": None, "latitude": 35.5,
        "longitude": 36.5, "geo_precision": 1, "gazetteer_id": None}


def corpus(folder: Path, *docs: dict[str, Any]) -> str:
    path = folder / f"docs-{'-'.join(d['id'] for d in docs)}.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return str(path)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    url = str(tmp_path / "review.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = open_store(url)
    yield s
    s.close()


def clusters(store: Store) -> list[dict[str, Any]]:
    return query_events(store, EventQuery(limit=1000, review="all")).items


def test_decision_history_and_overlay(store: Store, tmp_path: Path) -> None:
    ingest(store, [corpus(tmp_path, A)])
    (cl,) = clusters(store)
    report = cl["representative"]
    engine = get_event(store, report)
    assert engine is not None and engine["fatalities"] != 3  # the correction changes what the engine said
    out = rv.submit_review(store, report, rv.Decision("correct", changes={"fatalities": 3, "location": FARM}), "ana")
    assert out["status"] == "corrected" and out["key"].startswith("r:d") and out["corrected"] == ["fatalities", "location"]
    ev = get_event(store, report)
    assert ev is not None and ev["review_status"] == "corrected"
    row = query_events(store, EventQuery(view="reports")).items[0]
    assert (row["fatalities"], row["location"], row["latitude"]) == (3, "Test Farm", 35.5)
    rv.submit_review(store, report, rv.Decision("reject", reason="duplicate"), "omar")
    assert query_events(store, EventQuery(view="reports")).items == []
    fields = [(h["reviewer"], h["field"], h["old"], h["new"]) for h in rv.history(store, report)]
    assert fields[:2] == [("ana", "status", "unreviewed", "corrected"), ("ana", "fatalities", engine["fatalities"], 3)]
    assert ("omar", "status", "corrected", "rejected") in fields and ("omar", "reason", None, "duplicate") in fields
    with pytest.raises(rv.StoreError):
        rv.Decision("reject")
    with pytest.raises(rv.StoreError):
        rv.submit_review(store, "cnothere", rv.Decision("accept"), "ana")


def test_corrections_stick_through_reingest_reextraction_and_dedup(store: Store, tmp_path: Path) -> None:
    ingest(store, [corpus(tmp_path, A)])
    (cl,) = clusters(store)
    report = cl["representative"]
    rv.submit_review(store, cl["id"], rv.Decision("correct", changes={"fatalities": 9, "actor1": "Islamic State"}), "ana")
    rv.submit_review(store, report, rv.Decision("correct", changes={"event_date": "2024-04-30"}), "ana")

    ingest(store, [corpus(tmp_path, A)])  # the same source again: nothing is overwritten
    assert (clusters(store)[0]["fatalities"], clusters(store)[0]["actor1"]) == (9, "Islamic State")

    # a second report of the incident joins it: the reviewed values win, the report is new since review
    ingest(store, [corpus(tmp_path, B)])
    (joined,) = clusters(store)
    assert joined["id"] == cl["id"] and joined["n_reports"] == 2
    assert (joined["fatalities"], joined["actor1"], joined["review_status"]) == (9, "Islamic State", "corrected")
    new = rv.new_since_review(store, cl["id"])
    assert len(new) == 1 and new[0] != report

    # extraction again with another engine: an alias moves the place, so every report gets a new id
    aliases.add_place(aliases.PlaceAlias(ar="بلدة كفرنبل", key=norm_key("بلدة كفرنبل"), name="Test Farm",
                                         country="Syria", admin1="Idlib", latitude=35.6, longitude=36.55))
    summary = reextract(store)
    assert summary.documents == 2 and summary.failed == 0
    reports = query_events(store, EventQuery(view="reports", limit=1000, review="all")).items
    assert report not in {r["id"] for r in reports}  # new ids ...
    mine = [r for r in reports if r["review_status"] == "corrected"]
    assert len(mine) == 1 and mine[0]["event_date"] == "2024-04-30"  # ... and the review followed its report
    # every field the reviewer saw is a reviewed field: the place stays the one accepted with the date
    assert mine[0]["location"] == "Kafranbel"
    (again,) = clusters(store)
    assert (again["fatalities"], again["actor1"], again["review_status"]) == (9, "Islamic State", "corrected")
    assert again["id"] == cl["id"]  # the reviewed incident keeps its id (and its permalinks)
    assert rv.get_review(store, again["id"]) is not None
    assert [h["field"] for h in rv.history(store, again["id"])][:1] == ["status"]


def test_a_merge_keeps_the_reviewed_values_under_the_surviving_id(store: Store, tmp_path: Path) -> None:
    ingest(store, [corpus(tmp_path, A, C)])
    first, second = sorted(clusters(store), key=lambda c: c["event_date"])
    rv.submit_review(store, first["id"], rv.Decision("correct", changes={"fatalities": 7}), "ana")
    with store.engine.connect() as conn:
        members = list(conn.execute(t.cluster_members.select()).mappings())
    merged = dict(second)
    for k in ("kind", "review_status"):
        merged.pop(k)
    merged.update(members=[m["event_id"] for m in members], fatalities=1, n_reports=2, n_documents=2)
    merged["date_key"] = merged["event_date"]
    # the unreviewed incident's id survives the merge (as when it has more reports)
    replace_clusters(store, [m["event_id"] for m in members], {first["id"], second["id"]}, [merged],
                     [("merge", second["id"], [first["id"]])], None)
    (only,) = clusters(store)
    assert only["id"] == second["id"] and only["fatalities"] == 7 and only["review_status"] == "corrected"
    assert rv.get_review(store, second["id"])["reviewer"] == "ana"  # type: ignore[index]
    assert rv.new_since_review(store, second["id"]) == sorted(
        m["event_id"] for m in members if m["cluster_id"] == second["id"])


def test_a_corrected_place_and_actor_are_reused_by_later_documents(tmp_path: Path) -> None:
    text = "قتل مدنيان في قصف مدفعي لقوات النظام السوري على بلدة كفرنبل في ريف إدلب الجنوبي يوم الأربعاء."
    before = process(Document(id="x", text=text)).events[0]
    assert before.location is not None and before.location.name == "Kafranbel"
    aliases.add_place(aliases.PlaceAlias(ar=before.location.text, key=norm_key(before.location.text),
                                         name="Test Farm", country="Syria", latitude=35.5, longitude=36.5,
                                         by="ana", at="2026-01-01"))
    aliases.add_actor(aliases.ActorAlias(ar="قوات النظام السوري", key=norm_key("قوات النظام السوري"),
                                         name="Syrian Arab Army (review)", by="ana", at="2026-01-01"))
    after = process(Document(id="y", text=text.replace("الأربعاء", "الخميس"))).events[0]
    assert after.location is not None and (after.location.name, after.location.latitude) == ("Test Farm", 35.5)
    actors = {a.name for a in (after.actor1, after.actor2) if a}
    assert "Syrian Arab Army (review)" in actors
    why = dict(from_review(after, aliases.load()))
    assert "from a review" in why["location"] and "ana" in why["location"]
    assert aliases.load().place("بلده كفرنبل") is not None  # one normalization: ة / ه meet


def test_migration_adds_the_review_tables_to_an_older_database(tmp_path: Path) -> None:
    import sqlite3

    from marsad.store.migrations import SCHEMA_VERSION

    db = tmp_path / "old.db"
    s = open_store(db)
    s.close()
    con = sqlite3.connect(db)
    con.execute("DROP TABLE reviews")
    con.execute("DROP TABLE review_history")
    con.execute("ALTER TABLE events DROP COLUMN review_status")
    con.execute("DELETE FROM schema_migrations WHERE version >= 7")
    con.commit()
    con.close()
    s = open_store(db, readonly=True)
    try:
        with s.engine.connect() as conn:
            assert max(conn.execute(t.schema_migrations.select()).scalars()) == SCHEMA_VERSION
        assert query_events(s, EventQuery(view="reports")).items == []
    finally:
        s.close()
