"""`save_documents` (a batch in one transaction, its rows written together) gives the same rows
and results as `save_document` on each document in turn: duplicates of stored documents and of
documents earlier in the batch, near-duplicates of both, failures cleared."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from marsad.dedup import minhash as mh
from marsad.store import open_store, record_failure, save_document, save_documents
from marsad.store import schema as t
from pg import pg_server, pg_url  # noqa: F401  (fixtures)
from test_store import new_doc, report

BASE = ("قصفت طائرات حربية مدينة حلب صباح اليوم وقتل ثلاثة مدنيين في حي الشعار بحسب ناشطين "
        "وقال المرصد السوري إن الغارات استهدفت سوقا شعبيا وأسفرت عن دمار كبير في المباني ") * 3


def _signed(key: str, body: str, **kw: Any) -> Any:
    d = new_doc(key, body, [report(key, date(2015, 7, 20))], **kw)
    sig = mh.signature(d.norm_text)
    return replace(d, minhash=sig, bands=mh.bands(sig) if sig else ())


def _batch() -> list[Any]:
    return [
        _signed("a", BASE, url="http://x/a"),
        _signed("b", BASE, url="http://x/b"),  # the same content as a
        _signed("c", BASE + " حمص", url="http://x/a"),  # the same URL as a
        _signed("d", BASE + " وأضاف"),  # a near-duplicate of a
        _signed("e", BASE + " وأضاف المصدر"),  # of d, so of a's family
        _signed("f", "تفجير في بغداد"),
        _signed("g", "تفجير في بغداد"),  # the same content as f
        _signed("s", "خبر مخزن من قبل"),  # stored before the batch
        _signed("h", BASE + " حماة"),
    ]


def _rows(store: Any) -> dict[str, list[Any]]:
    out = {}
    with store.engine.connect() as conn:
        for table in (t.documents, t.minhash_bands, t.events, t.event_actors, t.evidence, t.places, t.actors,
                      t.sources, t.failures):
            cols = [c for c in table.c if c.name not in ("ingested_at", "first_seen", "last_seen")]
            out[table.name] = sorted(repr(tuple(r)) for r in conn.execute(select(*cols)))
    return out


def _prepare(store: Any) -> None:
    save_document(store, _signed("s", "خبر مخزن من قبل"), origin="test")
    record_failure(store, origin="test", doc_key="d", stage="extract", reason="boom")
    record_failure(store, origin="test", doc_key="e", stage="read", reason="kept")


def _one_by_one(tmp_path: Path) -> tuple[list[Any], dict[str, list[Any]]]:
    one = open_store(str(tmp_path / "one.db"))
    try:
        _prepare(one)
        return [save_document(one, n, origin="test") for n in _batch()], _rows(one)
    finally:
        one.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_batch_same_as_one_by_one(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    singles, expected = _one_by_one(tmp_path)
    many = open_store(str(tmp_path / "many.db") if backend == "sqlite" else request.getfixturevalue("pg_url"))
    try:
        _prepare(many)
        batched = save_documents(many, [(n, "test") for n in _batch()])
        assert batched == singles
        assert sum(r.added for r in batched) == 5 and sum(r.near_dup_of is not None for r in batched) == 3
        got = _rows(many)
        if backend == "sqlite":
            assert got == expected
            # the full-text index holds the same words of the same documents (its entries of a
            # batch inserted in one statement after the rows: `SQLite.insert_documents`)
            assert _fts(tmp_path / "many.db") == _fts(tmp_path / "one.db") != []
        else:  # the same rows, counted (PostgreSQL gives booleans and floats their own way)
            assert {k: len(v) for k, v in got.items()} == {k: len(v) for k, v in expected.items()}
    finally:
        many.close()


def _fts(path: Path) -> list[Any]:
    """The full-text index's entries (term, document, column, offset) and the batch marker's rows."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, documents_fts, instance)")
        conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        assert conn.execute("SELECT count(*) FROM documents_fts_batch").fetchone() == (0,)
        return conn.execute("SELECT * FROM temp.v ORDER BY 1, 2, 3, 4").fetchall()
    finally:
        conn.close()


def test_full_text_of_a_batch_after_migration_9(tmp_path: Path) -> None:
    """A database made before migration 9 (the insert trigger without its WHEN) is upgraded: the
    trigger leaves a batch's documents to the one statement after them, and every document,
    saved alone or in a batch, is indexed once."""
    path = tmp_path / "old.db"
    open_store(str(path)).close()
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TRIGGER documents_fts_ai; DROP TABLE documents_fts_batch;"
        "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
        "INSERT INTO documents_fts(rowid, norm_text) VALUES (new.rowid, new.norm_text); END;"
        "DELETE FROM schema_migrations WHERE version = 9;")
    conn.close()
    s = open_store(str(path))
    try:
        _prepare(s)
        save_documents(s, [(n, "test") for n in _batch()])
        with s.engine.connect() as c:
            sql = c.exec_driver_sql("SELECT sql FROM sqlite_master WHERE name = 'documents_fts_ai'").scalar_one()
            docs = c.exec_driver_sql("SELECT count(*) FROM documents").scalar_one()
    finally:
        s.close()
    assert "documents_fts_batch" in sql
    entries = _fts(path)
    assert len({doc for _term, doc, _col, _off in entries}) == docs == 6
    assert len(entries) == len(set(entries))


def test_batch_in_parts(tmp_path: Path) -> None:
    """A batch cut anywhere gives the same rows."""
    batch = _batch()
    ref = open_store(str(tmp_path / "ref.db"))
    _prepare(ref)
    want = save_documents(ref, [(n, "test") for n in batch])
    expected = _rows(ref)
    ref.close()
    for cut in (1, 3, 5):
        s = open_store(str(tmp_path / f"cut{cut}.db"))
        _prepare(s)
        got = save_documents(s, [(n, "test") for n in batch[:cut]]) + save_documents(
            s, [(n, "test") for n in batch[cut:]])
        assert got == want
        assert _rows(s) == expected
        s.close()


def test_with_ids_keeps_the_events_whose_id_is_set_and_sets_the_others() -> None:
    # the store's `with_ids` (events from the pipeline carry their ids already) is `marsad.ids.with_ids`
    from marsad import ids
    from marsad.store.repository import with_ids

    evs = [report("a", date(2015, 7, 20)), report("a", date(2015, 7, 21), place="p2"),
           report("a", date(2015, 7, 20))]  # the same key again: its own id
    right = ids.with_ids("d1", evs)
    mixed = [right[0], evs[1], replace(right[2], id="e-wrong")]
    for events in (evs, right, mixed, ids.with_ids("d2", evs), []):
        assert with_ids("d1", events) == ids.with_ids("d1", events)
    kept = with_ids("d1", right)
    assert all(a is b for a, b in zip(kept, right, strict=True))
