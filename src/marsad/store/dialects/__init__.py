"""The storage back ends, one module each (`sqlite`, `postgresql`), behind one interface
(`base.Dialect`). A new back end is one module here and one entry in `DIALECTS`."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from marsad.errors import StoreError
from marsad.store.dialects.base import ChangeToken, Dialect, OverTime
from marsad.store.dialects.postgresql import PostgreSQL
from marsad.store.dialects.sqlite import SQLite, path_url

DIALECTS: dict[str, Dialect] = {d.name: d for d in (SQLite(), PostgreSQL())}


def dialect_named(name: str) -> Dialect:
    """The back end of a SQLAlchemy dialect name (StoreError for one marsad does not support)."""
    try:
        return DIALECTS[name]
    except KeyError:
        raise StoreError(f"unsupported database: {name} (marsad supports {', '.join(DIALECTS)})") from None


def database_url(value: str) -> str:
    """A database URL or a SQLite file path → the URL in the spelling its back end opens."""
    for d in DIALECTS.values():
        url = d.own_url(value)
        if url is not None:
            return url
    if "://" in value:
        return value
    return path_url(value)


def dialect_of_url(url: str) -> Dialect:
    try:
        name = make_url(url).get_backend_name()
    except ArgumentError as e:
        raise StoreError(f"cannot open database {url}: {e}") from e
    return dialect_named(name)


__all__ = ["DIALECTS", "ChangeToken", "Dialect", "OverTime", "database_url", "dialect_named", "dialect_of_url"]
