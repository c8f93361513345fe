"""Ingestion of corpora, files and directories into the store: idempotence, failures with their
reasons, near-duplicate documents, clusters across reports, workers, the commands."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text
from typer.testing import CliRunner

from marsad.cli import app
from marsad.ingest.runner import IngestOptions, ingest
from marsad.models import Failure
from marsad.store import open_store, query_events, stats
from marsad.store.queries import EventQuery
from marsad.store.schema import CONTENT_TABLES
from pg import pg_server, pg_url  # noqa: F401  (fixtures)

# Sentences written for these tests (not taken from any corpus): one incident per template.
STRIKE = ("قصفت طائرات حربية روسية مدينة {place} في ريف حلب الغربي يوم أمس، ما أدى إلى مقتل {n} مدنيين "
          "وإصابة آخرين بجروح.")
STRIKE_2 = ("أفاد ناشطون بأن غارات جوية روسية استهدفت مدينة {place} بريف حلب يوم أمس وأسفرت عن مقتل {n} مدنيين، "
            "بينهم أطفال.")
CLASH = ("اندلعت اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة في مدينة {place} صباح اليوم، "
         "وقتل فيها {n} مقاتلين من الطرفين.")
ARREST = "اعتقلت قوات الأمن العراقية {n} شخصا في مدينة {place} يوم الثلاثاء بتهمة الانتماء إلى تنظيم داعش."
PLACES = {"strike": ["الأتارب", "إعزاز", "منبج", "الباب", "دارة عزة"], "clash": ["درعا", "حماة", "إدلب", "حمص"],
          "arrest": ["الموصل", "الرمادي", "تكريت", "الفلوجة"]}
# Table contents a re-run must reproduce; columns that say when, not what, are left out.
VOLATILE = {"run_id", "ingested_at", "meta", "created_run", "updated_run", "first_seen", "attempts", "first_run",
            "last_run", "last_seen"}


def corpus_docs(n: int, day0: int = 1) -> list[dict[str, Any]]:
    docs = []
    kinds = [("strike", STRIKE), ("clash", CLASH), ("arrest", ARREST)]
    for i in range(n):
        kind, tpl = kinds[i % 3]
        places = PLACES[kind]
        place = places[(i // 3) % len(places)]
        docs.append({"id": f"t{i:03d}", "published": date(2015, 7, day0 + i % 25).isoformat(),
                     "source": f"outlet{i % 4}", "url": f"http://news.example/{i}",
                     "title": f"خبر رقم {i}", "text": tpl.format(place=place, n=3 + i % 5)})
    return docs


def write_jsonl(path: Path, docs: list[dict[str, Any]], extra_lines: list[str] = ()) -> Path:  # type: ignore[assignment]
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
        for line in extra_lines:
            f.write(line + "\n")
    return path


def snapshot(db: str | Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every content table's rows (volatile columns left out), sorted: equal for equal databases."""
    s = open_store(db)
    out = {}
    with s.engine.connect() as conn:
        for name in (*CONTENT_TABLES, "failures"):
            cols = [c["name"] for c in inspect(conn).get_columns(name)
                    if c["name"] not in VOLATILE and c["name"] != "tsv"]
            rows = conn.execute(text(f"SELECT {', '.join(cols)} FROM {name}")).all()
            out[name] = sorted((tuple(r) for r in rows), key=repr)
    s.close()
    return out


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_corpus_ingest_is_idempotent(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    db = str(tmp_path / "db.sqlite") if backend == "sqlite" else request.getfixturevalue("pg_url")
    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(12))
    store = open_store(db)
    first = ingest(store, [str(src)])
    assert (first.documents_seen, first.documents_added, first.documents_failed) == (12, 12, 0)
    assert first.events_added >= 12 and first.clusters >= 1 and first.docs_per_s > 0
    before = snapshot(db)
    second = ingest(store, [str(src)])
    assert (second.documents_added, second.events_added, second.documents_skipped) == (0, 0, 12)
    assert second.skip_reasons == {"already stored": 12}
    assert snapshot(db) == before
    assert query_events(store, EventQuery(view="reports", q="الأتارب")).items
    with store.engine.connect() as conn:
        runs = conn.execute(text("SELECT status, documents_added FROM ingest_runs ORDER BY id")).all()
    assert [tuple(r) for r in runs] == [("done", 12), ("done", 0)]
    store.close()


def test_bad_lines_duplicates_and_copies_are_recorded_and_the_run_goes_on(tmp_path: Path) -> None:
    docs = corpus_docs(4)
    copy = dict(docs[0], id="other-id", url=None)  # same content under another id
    src = write_jsonl(tmp_path / "c.jsonl", [*docs, copy],
                      ["{not json", json.dumps({"id": "t001", "text": "نص آخر"}), json.dumps({"id": "x"})])
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [str(src), str(tmp_path / "missing.jsonl")])
    assert s.documents_added == 4
    assert s.skip_reasons == {"duplicate of a document earlier in this run": 1}
    assert s.documents_failed == 4 and s.failure_stages == {"read": 4}
    with store.engine.connect() as conn:
        reasons = sorted(r for (r,) in conn.execute(text("SELECT reason FROM failures")))
    assert any("invalid JSON" in r for r in reasons)
    assert any("duplicate document id" in r for r in reasons)
    assert any("neither 'text' nor 'html'" in r for r in reasons)
    assert any("no such file" in r for r in reasons)
    again = ingest(store, [str(src)])  # the same failures are counted again, not added again
    assert again.documents_added == 0
    assert stats(store)["failures"] == 4
    store.close()


def test_files_and_directories(tmp_path: Path) -> None:
    d = tmp_path / "pages"
    d.mkdir()
    (d / "a.txt").write_text(CLASH.format(place="درعا", n=7), encoding="utf-8")
    (d / "b.html").write_text("<html><head><title>غارات</title></head><body><article><p>"
                              + STRIKE.format(place="منبج", n=4) + "</p></article></body></html>", encoding="utf-8")
    (d / "empty.txt").write_text("  ", encoding="utf-8")
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [str(d)])
    assert s.documents_added == 2 and s.documents_failed == 1
    page = query_events(store, EventQuery(view="reports"))
    assert {i["event_type"] for i in page.items} >= {"Battles", "Explosions/Remote violence"}
    store.close()


def test_reports_of_one_strike_become_one_cluster_and_a_late_report_joins_it(tmp_path: Path) -> None:
    a = {"id": "a", "published": "2015-07-20", "source": "outlet-a", "text": STRIKE.format(place="الأتارب", n=5)}
    b = {"id": "b", "published": "2015-07-20", "source": "outlet-b", "text": STRIKE_2.format(place="الأتارب", n=6)}
    c = {"id": "c", "published": "2015-07-21", "source": "outlet-c",
         "text": "قتل خمسة مدنيين في غارات جوية روسية على مدينة الأتارب بريف حلب أمس الأول، بحسب ناشطين."}
    store = open_store(tmp_path / "db.sqlite")
    ingest(store, [str(write_jsonl(tmp_path / "ab.jsonl", [a, b]))])
    [cl] = [i for i in query_events(store, EventQuery()).items if i["event_type"] == "Explosions/Remote violence"]
    assert cl["n_reports"] == 2 and cl["sources"] == ["outlet-a", "outlet-b"]
    assert (cl["fatalities_min"], cl["fatalities_max"]) == (5, 6)
    ingest(store, [str(write_jsonl(tmp_path / "c.jsonl", [c]))])
    [late] = [i for i in query_events(store, EventQuery()).items if i["event_type"] == "Explosions/Remote violence"]
    assert late["id"] == cl["id"] and late["n_reports"] == 3
    with store.engine.connect() as conn:
        log = conn.execute(text("SELECT action, cluster_id FROM cluster_revisions")).all()
    assert ("join", cl["id"]) in [tuple(r) for r in log]
    store.close()


def test_near_duplicate_documents_are_recognised(tmp_path: Path) -> None:
    body = " ".join([STRIKE.format(place="منبج", n=4), CLASH.format(place="حماة", n=6), ARREST.format(place="تكريت", n=9)])
    docs = [{"id": "orig", "source": "agency", "text": body},
            {"id": "copy", "source": "paper", "text": body.replace("بجروح", "بجراح") + " المصدر: وكالات."}]
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [str(write_jsonl(tmp_path / "c.jsonl", docs))])
    assert s.documents_added == 2 and s.near_duplicates == 1
    with store.engine.connect() as conn:
        rows = dict(conn.execute(text("SELECT doc_key, near_dup_of FROM documents")).all())
        orig_id = conn.execute(text("SELECT id FROM documents WHERE doc_key = 'orig'")).scalar()
    assert rows == {"orig": None, "copy": orig_id}
    store.close()


@pytest.mark.slow
def test_workers_build_the_same_database(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(30))
    for name, workers in (("one.sqlite", 1), ("two.sqlite", 2)):
        store = open_store(tmp_path / name)
        ingest(store, [str(src)], IngestOptions(workers=workers))
        store.close()
    assert snapshot(tmp_path / "one.sqlite") == snapshot(tmp_path / "two.sqlite")


def test_commands_ingest_stats_json(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(6), ["{broken"])
    db = str(tmp_path / "db.sqlite")
    runner = CliRunner()
    res = runner.invoke(app, ["ingest", str(src), "--db", db, "--json", "--no-progress"])
    assert res.exit_code == 1, res.output  # one line failed
    out = json.loads(res.stdout.strip().splitlines()[-1])
    assert (out["documents_added"], out["documents_failed"]) == (6, 1)
    res = runner.invoke(app, ["ingest", str(src), "--db", db, "--no-progress"])
    assert "0 added" in res.stdout and "documents/s" in res.stdout
    res = runner.invoke(app, ["stats", "--db", db, "--json"])
    assert res.exit_code == 0, res.output
    st = json.loads(res.stdout)
    assert all(isinstance(st[k], int) for k in ("documents", "events", "clusters", "failures"))
    assert (st["documents"], st["failures"]) == (6, 1) and st["by_type"] and st["by_admin1"]
    res = runner.invoke(app, ["stats", "--db", db])
    assert "by governorate" in res.stdout
    res = runner.invoke(app, ["stats", "--db", str(tmp_path / "none.sqlite")])
    assert res.exit_code == 2 and "no database" in res.output


def test_published_dates_the_documents_that_carry_none(tmp_path: Path) -> None:
    body = "شنت مقاتلات روسية أمس غارات على مدينة إدلب، ما أدى إلى مقتل ثلاثة مدنيين."
    src = write_jsonl(tmp_path / "u.jsonl", [{"id": "u1", "text": body},
                                            {"id": "d1", "text": body + " د", "published": "2016-01-10"}])
    db = str(tmp_path / "db.sqlite")
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", db, "--no-progress", "--published", "2016-05-12"])
    assert res.exit_code == 0, res.output
    s = open_store(db, readonly=True)
    with s.engine.connect() as conn:
        days = dict(conn.execute(text("SELECT d.doc_key, e.event_date FROM events e "
                                      "JOIN documents d ON d.id = e.document_id")).all())
    s.close()
    assert days == {"u1": "2016-05-11", "d1": "2016-01-09"}  # a document's own date wins
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", db, "--no-progress", "--published", "12.05.2016"])
    assert res.exit_code == 2


def test_a_local_run_signs_the_documents_where_it_stores_them(tmp_path: Path) -> None:
    # one worker: extracted without the signature, each batch signed just before it is stored
    # (more than a batch): the signatures and bands `prepare` gives in a worker process
    from marsad.dedup import minhash as mh
    from marsad.ingest.runner import prepare, with_signature
    from marsad.models import Document

    docs = corpus_docs(40)
    store = open_store(tmp_path / "db.sqlite")
    ingest(store, [str(write_jsonl(tmp_path / "c.jsonl", docs))], IngestOptions(workers=1))
    with store.engine.connect() as conn:
        stored = {k: (bytes(sig), text_) for k, sig, text_ in
                  conn.execute(text("SELECT doc_key, minhash, norm_text FROM documents")).all()}
        n_bands = conn.execute(text("SELECT COUNT(*) FROM minhash_bands")).scalar()
    store.close()
    assert len(stored) == 40 and n_bands == 40 * mh.BANDS
    assert all(sig == mh.signature(norm_text) for sig, norm_text in stored.values())
    doc = Document(id=docs[0]["id"], text=docs[0]["text"], title=docs[0]["title"])
    signed, unsigned = prepare(doc, "text"), prepare(doc, "text", signed=False)
    assert not isinstance(signed, Failure) and not isinstance(unsigned, Failure)
    assert unsigned.minhash is None and unsigned.bands == ()
    assert with_signature(unsigned) == replace(signed, meta=unsigned.meta)  # (meta: the stage timings)


def test_a_one_process_run_stores_in_turn_as_the_writer_thread_did(tmp_path: Path, monkeypatch: Any) -> None:
    # one worker: each batch is stored by the extracting thread itself (no writer thread), the
    # same tables as the batches written on a thread beside the extraction (the way before)
    from marsad.ingest import runner

    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(70))  # more than two batches
    started: list[bool] = []
    real_init = runner.Run.__init__

    def seen(self: Any, *a: Any, **k: Any) -> None:
        real_init(self, *a, **k)
        started.append(self.background)

    monkeypatch.setattr(runner.Run, "__init__", seen)
    store = open_store(tmp_path / "turn.sqlite")
    ingest(store, [str(src)], IngestOptions(workers=1))
    store.close()
    assert started == [False]

    def beside(self: Any, *a: Any, **k: Any) -> None:
        real_init(self, *a, **k)
        self.background = True

    monkeypatch.setattr(runner.Run, "__init__", beside)
    store = open_store(tmp_path / "thread.sqlite")
    ingest(store, [str(src)], IngestOptions(workers=1))
    store.close()
    assert snapshot(tmp_path / "turn.sqlite") == snapshot(tmp_path / "thread.sqlite")
