"""Exports stream their rows: one server-side cursor on PostgreSQL, keyset pages on SQLite; both
give the rows, in the order, of the paged query the API uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from marsad.config import SAMPLES_DIR
from marsad.export import export_text
from marsad.ingest.runner import ingest
from marsad.store import EventQuery, iter_rows, open_store
from marsad.store.queries import stream_rows
from pg import pg_server, pg_url  # noqa: F401  (fixtures)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
@pytest.mark.parametrize("view", ["reports", "clusters"])
def test_streamed_rows_are_the_paged_rows(backend: str, view: str, tmp_path: Path,
                                          request: pytest.FixtureRequest) -> None:
    db = str(tmp_path / "db.sqlite") if backend == "sqlite" else request.getfixturevalue("pg_url")
    store = open_store(db)
    ingest(store, [str(SAMPLES_DIR)])
    qy = EventQuery(view=view)
    paged = [tuple(r) for r in iter_rows(store, qy, batch=1000)]
    streamed = [tuple(r) for r in stream_rows(store, qy, batch=3)]  # many fetches of 3 rows
    assert len(paged) > 10
    assert streamed == paged
    store.close()


def test_postgresql_and_sqlite_exports_agree(tmp_path: Path, pg_url: str) -> None:  # noqa: F811
    out = []
    for db in (str(tmp_path / "db.sqlite"), pg_url):
        store = open_store(db)
        ingest(store, [str(SAMPLES_DIR)])
        out.append(export_text(store, EventQuery(), "acled-csv", timestamp=0))
        store.close()
    assert out[0] == out[1] and out[0].count("\n") > 10
