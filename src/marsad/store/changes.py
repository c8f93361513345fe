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

from marsad.store.dialects import ChangeToken
from marsad.store.engine import Store


class ChangeWatch:
    """The change token of one store (thread-safe); each back end says how (`Dialect.change_token`)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._source: ChangeToken | None = store.backend.change_token(store.engine, store.url)

    def token(self) -> object:
        """A value equal to the previous one only if nothing was committed in between."""
        if self._source is not None:
            return self._source.token()
        return object()  # in-memory database: never equal, never cached

    def close(self) -> None:
        if self._source is not None:
            self._source.close()
            self._source = None
