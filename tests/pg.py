"""PostgreSQL for the store tests: the server `.ci/postgres.sh` starts (or $MARSAD_TEST_PG_URL).

`pg_url` (a pytest fixture, import it into a test module) gives a fresh, empty database per test
and drops it afterwards. Without a server the tests skip, except in CI (CI=true), where a missing
PostgreSQL is a failure: CI is where the PostgreSQL back end must be proven.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Callable, Iterator

import pytest

DEFAULT_URL = "postgresql://postgres@127.0.0.1:54329/postgres"


def server_url() -> str:
    return os.environ.get("MARSAD_TEST_PG_URL") or DEFAULT_URL


def _connect(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=3)


def server_problem() -> str | None:
    """None when the server answers, else why not."""
    try:
        with _connect(server_url()):
            return None
    except Exception as e:  # any failure to connect means "no server" here
        return f"{type(e).__name__}: {e}".strip()


@pytest.fixture(scope="session")
def pg_server() -> str:
    problem = server_problem()
    if problem is not None:
        msg = f"PostgreSQL not reachable at {server_url()} (start it with .ci/postgres.sh): {problem}"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(msg)
        pytest.skip(msg)
    return server_url()


@pytest.fixture()
def pg_url(pg_server: str) -> Iterator[str]:
    with _databases(pg_server) as new:
        yield new()


@pytest.fixture()
def pg_urls(pg_server: str) -> Iterator[Callable[[], str]]:
    """A maker of fresh, empty databases (each dropped after the test), for tests that compare two."""
    with _databases(pg_server) as new:
        yield new


@contextlib.contextmanager
def _databases(server: str) -> Iterator[Callable[[], str]]:
    names: list[str] = []
    base, _, _db = server.rpartition("/")

    def new() -> str:
        name = "marsad_test_" + uuid.uuid4().hex[:12]
        with _connect(server) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        names.append(name)
        return f"{base}/{name}"

    try:
        yield new
    finally:
        with _connect(server) as conn:
            for name in names:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
