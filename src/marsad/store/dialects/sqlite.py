"""SQLite, the default back end: a file (or `:memory:`), WAL mode, FTS5 full-text search.

Opened in WAL mode (readers never block the writer), with foreign keys on and write transactions
that begin IMMEDIATE (one writer at a time, no lock upgrades that deadlock). Queries run under a
time limit through the progress handler; the change token is `PRAGMA data_version`.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Executable, Table, create_engine, event, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from marsad.errors import StoreError
from marsad.store import schema as t
from marsad.store.dialects.base import OverTime

PROGRESS_STEPS = 2000  # SQLite virtual machine steps between two looks at the clock (time limits)


def path_url(value: str) -> str:
    """The URL of a database file path."""
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _engine(url: str, readonly: bool) -> Engine:
    path = make_url(url).database
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    args: dict[str, Any] = {"connect_args": {"timeout": 30, "check_same_thread": False}}
    if path and path != ":memory:":
        # A pool of connections (a new SQLite connection reads the whole schema again before its
        # first query: about 2 ms per API request without one), sized for uvicorn's thread pool.
        args.update(pool_size=8, max_overflow=56)
    elif readonly:
        args["poolclass"] = NullPool
    engine = create_engine(url, **args)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # transactions are begun below, explicitly
        cur = dbapi_conn.cursor()
        if not readonly:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        if readonly:
            cur.execute("PRAGMA query_only=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


class _DataVersion:
    """`PRAGMA data_version` on a read-only connection of its own (thread-safe)."""

    def __init__(self, path: str) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = sqlite3.connect(f"file:{path}?mode=ro", uri=True,
                                                                check_same_thread=False)

    def token(self) -> object:
        with self._lock:
            if self._conn is None:
                return object()
            return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


class SQLite:
    name = "sqlite"
    queries_on_event_loop = True
    server = False

    def own_url(self, value: str) -> str | None:
        return value if value.startswith("sqlite:") else None

    def open_engine(self, url: str, *, readonly: bool, create: bool) -> Engine:
        path = make_url(url).database
        if (readonly or not create) and path and path != ":memory:" and not Path(path).exists():
            raise StoreError(f"no database at {path} (run `marsad ingest` first)")
        return _engine(url, readonly)

    def insert(self, table: Table) -> sqlite.Insert:
        return sqlite.insert(table)

    def create_full_text(self, conn: Connection) -> None:
        # External-content FTS5 over the normalized article text; Datasette recognises it
        # (content="documents") and offers a search box on the documents table.
        conn.exec_driver_sql(
            "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
            'norm_text, content="documents", content_rowid="rowid", '
            "tokenize='unicode61 remove_diacritics 2')"
        )
        conn.exec_driver_sql(
            "INSERT INTO documents_fts(rowid, norm_text) SELECT rowid, norm_text FROM documents"
        )
        # Keep the index in step with the table whatever writes to it (Datasette users too).
        conn.exec_driver_sql(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_ai AFTER INSERT ON documents BEGIN "
            "INSERT INTO documents_fts(rowid, norm_text) VALUES (new.rowid, new.norm_text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER IF NOT EXISTS documents_fts_ad AFTER DELETE ON documents BEGIN "
            "INSERT INTO documents_fts(documents_fts, rowid, norm_text) "
            "VALUES ('delete', old.rowid, old.norm_text); END"
        )

    def batch_full_text(self, conn: Connection) -> None:
        # The insert trigger indexes a row unless `documents_fts_batch` has a row: a batch of
        # documents inserted with that row there (in the batch's own transaction, which removes it
        # again: no other writer ever sees it) is indexed in one statement after them. Run per row,
        # the trigger took a quarter of the store's time over SaudiNewsNet (docs/performance.md).
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS documents_fts_batch (started INTEGER NOT NULL)")
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS documents_fts_ai")
        conn.exec_driver_sql(
            "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents "
            "WHEN NOT EXISTS (SELECT 1 FROM documents_fts_batch) BEGIN "
            "INSERT INTO documents_fts(rowid, norm_text) VALUES (new.rowid, new.norm_text); END"
        )

    def insert_documents(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
        if len(rows) < 2:
            conn.execute(t.documents.insert(), list(rows))
            return
        # (a new row's rowid is one more than the largest: the batch's rows are those above it)
        last = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM documents").scalar_one()
        conn.exec_driver_sql("INSERT INTO documents_fts_batch (started) VALUES (1)")
        conn.execute(t.documents.insert(), list(rows))
        conn.exec_driver_sql("INSERT INTO documents_fts(rowid, norm_text) "
                             "SELECT rowid, norm_text FROM documents WHERE rowid > ? ORDER BY rowid", (last,))
        conn.exec_driver_sql("DELETE FROM documents_fts_batch")

    def documents_matching(self, terms: list[str]) -> Any:
        match = " ".join('"' + w.replace('"', '""') + '"' for w in terms)
        return text("SELECT d.id FROM documents d JOIN documents_fts f ON f.rowid = d.rowid "
                    "WHERE documents_fts MATCH :fts").bindparams(fts=match).columns(t.documents.c.id)

    def lock_for_migration(self, conn: Connection) -> bool:
        return False  # the transaction began IMMEDIATE: it holds the write lock already

    def change_token(self, engine: Engine, url: str) -> _DataVersion | None:
        path = make_url(url).database
        return _DataVersion(path) if path and path != ":memory:" else None

    def run_limited(self, conn: Connection, stmt: Executable, time_limit: float | None) -> Sequence[Any]:
        """Interrupt the query when it has used `time_limit` seconds of CPU time, or ten times that
        much wall time (waiting for the disk)."""
        if time_limit is None:
            return conn.execute(stmt).fetchall()
        raw: Any = conn.connection.dbapi_connection
        cpu_end = time.thread_time() + time_limit
        wall_end = time.perf_counter() + 10 * time_limit

        def over() -> bool:
            return time.thread_time() > cpu_end or time.perf_counter() > wall_end

        raw.set_progress_handler(over, PROGRESS_STEPS)
        try:
            return conn.execute(stmt).fetchall()
        except OperationalError as e:
            if over():
                raise OverTime(f"the page query ran past its limit ({time_limit * 1000:.0f} ms)") from e
            raise
        finally:
            raw.set_progress_handler(None, 0)
