"""Opening the store: a database URL or SQLite path → a migrated `Store` (SQLAlchemy engine).

SQLite is opened in WAL mode (readers never block the writer), with foreign keys on and write
transactions that begin IMMEDIATE (one writer at a time, no lock upgrades that deadlock).
PostgreSQL URLs (`postgresql://…`) use psycopg 3.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.pool import NullPool

from marsad.config import settings
from marsad.errors import StoreError
from marsad.store.migrations import SCHEMA_VERSION, current_version, migrate


@dataclass(frozen=True, slots=True)
class Store:
    """An open event store. Every function of `marsad.store` takes one as its first argument."""

    engine: Engine
    url: str
    readonly: bool = False

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()


def database_url(db: str | Path | None = None) -> str:
    """`None` → the configured database; a path → a SQLite URL; a URL stays as it is
    (`postgresql://` and `postgres://` select psycopg 3)."""
    if db is None:
        return settings().db_url
    value = str(db)
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def _sqlite_engine(url: str, readonly: bool) -> Engine:
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


def _upgrade(url: str, version: int) -> None:
    """Apply the pending migrations of an existing database through a writable connection of its
    own (a read-only store over an older database: the queries need the newer schema)."""
    engine = _sqlite_engine(url, False) if url.startswith("sqlite") else create_engine(url)
    try:
        migrate(engine)
    except OperationalError as e:
        raise StoreError(f"{url} has schema version {version}, this marsad needs {SCHEMA_VERSION}, and "
                         f"upgrading it failed: {e.orig}") from e
    finally:
        engine.dispose()


def open_store(db: str | Path | None = None, *, create: bool = True, readonly: bool = False) -> Store:
    """Open (and, unless `readonly`, create and migrate) the store at `db` (see `database_url`).

    `readonly` opens an existing database for queries only (the web API); it raises StoreError
    when the database does not exist or was written by a newer marsad. A database of an older
    schema version is upgraded first (its pending migrations, through a writable connection).
    """
    url = database_url(db)
    try:
        if url.startswith("sqlite"):
            path = make_url(url).database
            if (readonly or not create) and path and path != ":memory:" and not Path(path).exists():
                raise StoreError(f"no database at {path} (run `marsad ingest` first)")
            engine = _sqlite_engine(url, readonly)
        else:
            engine = create_engine(url, pool_pre_ping=True)
    except (ArgumentError, ImportError) as e:
        raise StoreError(f"cannot open database {url}: {e}") from e
    store = Store(engine=engine, url=url, readonly=readonly)
    try:
        if readonly or not create:
            version = current_version(engine)
            if version == 0:
                raise StoreError(f"{url} is not a marsad database (no schema_migrations table)")
            if version > SCHEMA_VERSION:
                raise StoreError(f"the database has schema version {version}, newer than this marsad "
                                 f"({SCHEMA_VERSION}); upgrade marsad")
            if version < SCHEMA_VERSION:
                _upgrade(url, version)
                engine.dispose()  # connections opened before the upgrade hold the old schema
        else:
            migrate(engine)
    except OperationalError as e:
        engine.dispose()
        raise StoreError(f"cannot open database {url}: {e.orig}") from e
    except StoreError:
        engine.dispose()
        raise
    return store
