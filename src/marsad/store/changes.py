"""Has the store changed? A cheap token that differs after any commit, for caches of answers.

`ChangeWatch(store).token()` returns a value that changes whenever a transaction that wrote to the
database has committed since the previous call (by this process or any other):

* SQLite: `PRAGMA data_version` on a connection of its own (it changes when another connection
  commits; a few microseconds, no lock on the database);
* PostgreSQL: the current WAL insert position (`pg_current_wal_insert_lsn()`; every commit on the server
  advances it, so it may change without a change to this database: a cache then only misses).

Read the token before reading the data the cached answer holds: a write that commits in between
makes the next token differ, so the answer is never served past the change.
"""

from __future__ import annotations

import sqlite3
import threading

from sqlalchemy import text
from sqlalchemy.engine import make_url

from marsad.store.engine import Store


class ChangeWatch:
    """The change token of one store (thread-safe)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        if store.dialect == "sqlite":
            path = make_url(store.url).database
            if path and path != ":memory:":
                self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)

    def token(self) -> object:
        """A value equal to the previous one only if nothing was committed in between."""
        if self._conn is not None:
            with self._lock:
                return self._conn.execute("PRAGMA data_version").fetchone()[0]
        if self.store.dialect == "postgresql":
            with self.store.engine.connect() as conn:
                return conn.execute(text("SELECT pg_current_wal_insert_lsn()::text")).scalar_one()
        return object()  # unknown back end or in-memory database: never equal, never cached

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
