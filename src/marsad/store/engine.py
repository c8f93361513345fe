"""Opening the store: a database URL or SQLite path → a migrated `Store` (SQLAlchemy engine).

What differs between back ends (SQLite, the default; PostgreSQL through psycopg 3) is in
`marsad.store.dialects`, one module per back end; `Store.backend` is the store's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import ArgumentError, OperationalError

from marsad.config import settings
from marsad.errors import StoreError
from marsad.store import dialects
from marsad.store.dialects import Dialect
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

    @property
    def backend(self) -> Dialect:
        """What this store's back end does its own way (`marsad.store.dialects`)."""
        return dialects.dialect_named(self.engine.dialect.name)

    def close(self) -> None:
        self.engine.dispose()


def database_url(db: str | Path | None = None) -> str:
    """`None` → the configured database; a path → a SQLite URL; a URL stays as it is
    (`postgresql://` and `postgres://` select psycopg 3)."""
    if db is None:
        return settings().db_url
    return dialects.database_url(str(db))


def _upgrade(url: str, version: int) -> None:
    """Apply the pending migrations of an existing database through a writable connection of its
    own (a read-only store over an older database: the queries need the newer schema)."""
    engine = dialects.dialect_of_url(url).open_engine(url, readonly=False, create=False)
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
        engine: Engine = dialects.dialect_of_url(url).open_engine(url, readonly=readonly, create=create)
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
