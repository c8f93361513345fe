"""PostgreSQL through psycopg 3: `postgresql://` and `postgres://` URLs.

Full-text search is a generated `tsvector` column with a GIN index; concurrent first opens take an
advisory lock to migrate one at a time; the change token is the server's WAL insert position
(every commit on the server advances it, so it may change without a change to this database: a
cache then only misses). Queries are not run under a time limit (the web API runs them in threads).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, Executable, Table, create_engine, text

from marsad.store import schema as t

if TYPE_CHECKING:
    from sqlalchemy.dialects import postgresql

MIGRATION_LOCK = 7261001  # pg_advisory_xact_lock key of marsad's migrations


class _WalPosition:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def token(self) -> object:
        with self.engine.connect() as conn:
            return conn.execute(text("SELECT pg_current_wal_insert_lsn()::text")).scalar_one()

    def close(self) -> None:
        pass


class PostgreSQL:
    name = "postgresql"
    queries_on_event_loop = False
    server = True

    def own_url(self, value: str) -> str | None:
        if value.startswith(("postgresql://", "postgres://")):
            return "postgresql+psycopg://" + value.split("://", 1)[1]
        return value if value.startswith("postgresql+") else None

    def open_engine(self, url: str, *, readonly: bool, create: bool) -> Engine:
        return create_engine(url, pool_pre_ping=True)

    def insert(self, table: Table) -> postgresql.Insert:
        from sqlalchemy.dialects import postgresql  # (only where PostgreSQL is written: 0.03-0.05 s)

        return postgresql.insert(table)

    def create_full_text(self, conn: Connection) -> None:
        conn.exec_driver_sql(
            "ALTER TABLE documents ADD COLUMN IF NOT EXISTS tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', coalesce(norm_text, ''))) STORED"
        )
        conn.exec_driver_sql("CREATE INDEX IF NOT EXISTS ix_documents_tsv ON documents USING gin (tsv)")

    def batch_full_text(self, conn: Connection) -> None:
        pass  # (the `tsv` column is computed with each row)

    def insert_documents(self, conn: Connection, rows: Sequence[dict[str, Any]]) -> None:
        conn.execute(t.documents.insert(), list(rows))

    def documents_matching(self, terms: list[str]) -> Any:
        return text("SELECT id FROM documents WHERE tsv @@ plainto_tsquery('simple', :tsq)") \
            .bindparams(tsq=" ".join(terms)).columns(t.documents.c.id)

    def lock_for_migration(self, conn: Connection) -> bool:
        # Two processes opening a fresh database at once: one migrates, the other waits.
        conn.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        return True

    def change_token(self, engine: Engine, url: str) -> _WalPosition:
        return _WalPosition(engine)

    def run_limited(self, conn: Connection, stmt: Executable, time_limit: float | None) -> Sequence[Any]:
        return conn.execute(stmt).fetchall()
