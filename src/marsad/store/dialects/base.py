"""What a storage back end provides, as one interface (`Dialect`): how its URLs are spelled and its
engine opened, its insert with ON CONFLICT, its full-text index and search, the lock that lets one
process migrate at a time, the change token of the API cache, and whether queries can run under a
time limit. `store/` and `api/` ask the store's dialect (`Store.backend`), never the dialect's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import Connection, Engine, Executable, Table

from marsad.errors import StoreError

if TYPE_CHECKING:  # (SQLAlchemy's PostgreSQL dialect is imported where it is used: 0.03-0.05 s)
    from sqlalchemy.dialects.postgresql import Insert as PostgreSQLInsert
    from sqlalchemy.dialects.sqlite import Insert as SQLiteInsert

    # An INSERT with ON CONFLICT (each back end's own construct; a new back end adds its own here).
    Upsert = SQLiteInsert | PostgreSQLInsert


class OverTime(StoreError):
    """A query given a `time_limit` ran past it and was interrupted."""


class ChangeToken(Protocol):
    def token(self) -> object: ...

    def close(self) -> None: ...


class Dialect(Protocol):
    name: str  # SQLAlchemy's dialect name ("sqlite", "postgresql")
    # The web API runs page queries on its event loop under a time limit (cheap local queries that
    # `run_limited` can interrupt); otherwise in a worker thread.
    queries_on_event_loop: bool
    server: bool  # a database server (many machines may write; server-side cursors), not a file

    def own_url(self, value: str) -> str | None:
        """`value` in the URL spelling this back end opens, or None when it is not this back end's."""
        ...

    def open_engine(self, url: str, *, readonly: bool, create: bool) -> Engine:
        """An engine for `url` (StoreError when a read-only or no-create open finds no database)."""
        ...

    def insert(self, table: Table) -> Upsert:
        """An INSERT of `table` that supports `on_conflict_do_nothing` / `on_conflict_do_update`."""
        ...

    def create_full_text(self, conn: Connection) -> None:
        """Create the full-text index of `documents.norm_text` (a migration)."""
        ...

    def batch_full_text(self, conn: Connection) -> None:
        """Let `insert_documents` index a batch of documents in one statement (a migration; a
        back end whose index follows its rows by itself does nothing)."""
        ...

    def insert_documents(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
        """Insert `documents` rows, their full-text entries with them, in `conn`'s transaction."""
        ...

    def documents_matching(self, terms: list[str]) -> Any:
        """A selectable of the ids of documents whose text has every one of `terms` (normalized words)."""
        ...

    def lock_for_migration(self, conn: Connection) -> bool:
        """Serialize migrations across processes inside `conn`'s transaction; True when the caller
        must read the applied versions again (another process may have migrated meanwhile)."""
        ...

    def change_token(self, engine: Engine, url: str) -> ChangeToken | None:
        """A source of tokens that change whenever a write commits (None: unknown, never cache)."""
        ...

    def run_limited(self, conn: Connection, stmt: Executable, time_limit: float | None) -> Sequence[Any]:
        """The rows of `stmt`, interrupted with `OverTime` past `time_limit` seconds where the back end
        can interrupt a query (elsewhere the limit is not applied)."""
        ...
