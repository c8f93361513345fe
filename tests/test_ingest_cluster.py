"""`marsad ingest --cluster`: extraction on a real dask.distributed LocalCluster (worker processes).

The cluster path must write the same store as one process (documents, events, evidence, clusters,
failures); a worker killed mid-run loses nothing and stores nothing twice; an interrupted run
resumes. The readers of large inputs (Parquet, fsspec URLs) give the documents JSON lines give.
"""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path
from typing import Any

import pytest

from marsad.config import SAMPLES_DIR
from marsad.errors import ConfigError
from marsad.ingest import cluster as cl
from marsad.ingest import readers, synthetic
from marsad.ingest.runner import Counts, ingest, prepare
from marsad.models import Document, Failure
from marsad.store import open_store
from pg import pg_server, pg_url, pg_urls  # noqa: F401  (fixtures)
from test_ingest import corpus_docs, snapshot, write_jsonl

distributed = pytest.importorskip("distributed", reason="dask.distributed (the 'cluster' extra) is not installed")


@pytest.mark.parametrize(("address", "expected"), [
    ("local:2", ("local", 2)),
    ("local:1", ("local", 1)),
    ("tcp://10.0.0.5:8786", ("tcp://10.0.0.5:8786", 0)),
    ("scheduler:8786", ("tcp://scheduler:8786", 0)),
])
def test_cluster_addresses(address: str, expected: tuple[str, int]) -> None:
    assert cl.parse_address(address) == expected


@pytest.mark.parametrize("address", ["local:x", "local:0", "tcp://:8786"])
def test_bad_cluster_addresses_are_refused(address: str) -> None:
    with pytest.raises(ConfigError):
        cl.parse_address(address)


@pytest.mark.parametrize(("server", "address", "ok"), [
    (False, "local:2", True), (False, "tcp://127.0.0.1:8786", True),
    (False, "tcp://10.0.0.5:8786", False), (True, "tcp://10.0.0.5:8786", True),
])
def test_sqlite_only_for_a_cluster_on_this_machine(server: bool, address: str, ok: bool) -> None:
    if ok:
        cl.check_store(server, address)
    else:
        with pytest.raises(ConfigError, match="PostgreSQL"):
            cl.check_store(server, address)


def _two_stores(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> tuple[str, str]:
    """Two new, empty stores: SQLite files, or databases on the test PostgreSQL server."""
    if backend == "sqlite":
        return str(tmp_path / "plain.sqlite"), str(tmp_path / "cluster.sqlite")
    new = request.getfixturevalue("pg_urls")
    return new(), new()


def _plain_and_cluster(dbs: tuple[str, str], sources: list[str], address: str,
                       window: int = 3) -> tuple[Any, Any, Any, Any]:
    plain_db, cluster_db = dbs
    plain = ingest(open_store(plain_db), sources)
    clustered = ingest(open_store(cluster_db), sources, cl.cluster_options(address, window=window))
    return plain, clustered, snapshot(plain_db), snapshot(cluster_db)


def _pending(db: str) -> int:
    from marsad.store.shared_writes import pending_documents

    return len(pending_documents(open_store(db)))


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_cluster_and_one_process_write_the_same_store(backend: str, tmp_path: Path,
                                                      request: pytest.FixtureRequest) -> None:
    """Bundled samples and a broken line: the same documents, events, clusters and failures.
    With PostgreSQL the workers store the documents, with SQLite the client."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(9), extra_lines=["{not json"])
    dbs = _two_stores(backend, tmp_path, request)
    plain, clustered, a, b = _plain_and_cluster(dbs, [str(SAMPLES_DIR), str(src)], "local:2", window=8)
    assert plain.documents_added == clustered.documents_added >= 15
    assert plain.documents_failed == clustered.documents_failed == 1
    assert clustered.events_added == plain.events_added > 0
    assert clustered.near_duplicates == plain.near_duplicates
    assert a == b
    st = cl.LAST_RUN
    assert st is not None and st.documents == clustered.documents_added
    assert st.writer == ("workers" if backend == "postgresql" else "client")
    assert st.tasks < st.documents if backend == "postgresql" else st.tasks == st.documents
    assert set(st.peak_rss_mb) >= {"client"} and len(st.peak_rss_mb) == 3
    assert _pending(dbs[1]) == 0


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_cluster_and_one_process_agree_on_200_corpus_documents(backend: str, tmp_path: Path,
                                                               request: pytest.FixtureRequest) -> None:
    from conftest import require_shared

    corpus = require_shared("corpus", "saudinewsnet-syria-iraq-2015.jsonl")
    with corpus.open(encoding="utf-8") as f:
        lines = [next(f) for _ in range(200)]
    src = tmp_path / "first200.jsonl"  # a temporary file of the test, not in the repository
    src.write_text("".join(lines), encoding="utf-8")
    dbs = _two_stores(backend, tmp_path, request)
    plain, clustered, a, b = _plain_and_cluster(dbs, [str(src)], "local:2", window=3 if backend == "sqlite" else 48)
    assert plain.documents_seen == clustered.documents_seen == 200
    assert clustered.events_added == plain.events_added > 0
    assert clustered.near_duplicates == plain.near_duplicates
    assert a == b


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(backend: str, tmp_path: Path,
                                                                        request: pytest.FixtureRequest) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(40))
    plain_db, cluster_db = _two_stores(backend, tmp_path, request)
    ingest(open_store(plain_db), [str(src)])
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=50) as local, distributed.Client(local) as client:
        killed: list[int] = []

        def kill_once(c: Counts) -> None:
            if c.added >= 3 and not killed:
                busy = [w for w, keys in client.processing().items() if keys]  # tasks assigned to it
                if busy:
                    victim = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                    os.kill(victim, signal.SIGKILL)
                    killed.append(victim)

        s = ingest(open_store(cluster_db), [str(src)],
                   cl.cluster_options(local.scheduler_address, window=20), on_progress=kill_once)
        assert killed, "no worker was killed while it had tasks"
        client.wait_for_workers(2, timeout=60)
        assert killed[0] not in client.run(os.getpid).values()  # the nanny started a new one
    assert (s.documents_seen, s.documents_added, s.documents_failed) == (40, 40, 0)
    assert snapshot(cluster_db) == snapshot(plain_db)
    assert _pending(cluster_db) == 0


@pytest.mark.slow
def test_an_interrupted_cluster_run_resumes(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(12))
    db = tmp_path / "db.sqlite"

    def stop(c: Counts) -> None:
        if c.added >= 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(open_store(db), [str(src)], cl.cluster_options("local:1"), on_progress=stop)
    again = ingest(open_store(db), [str(src)], cl.cluster_options("local:1"))
    assert again.documents_skipped == 4 and again.documents_added == 8
    plain_db = tmp_path / "plain.sqlite"
    ingest(open_store(plain_db), [str(src)])
    assert snapshot(db) == snapshot(plain_db)


@pytest.mark.slow
def test_an_interrupted_run_whose_workers_store_resumes(tmp_path: Path, pg_urls: Any) -> None:  # noqa: F811
    """PostgreSQL: tasks in flight when the client stops may still store their documents (their
    near-duplicate links pending); the next run skips them as stored and settles the links."""
    src = write_jsonl(tmp_path / "c.jsonl", [*_near_copies(), *corpus_docs(20)])
    db, plain_db = pg_urls(), pg_urls()

    def stop(c: Counts) -> None:
        if c.added >= 4:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ingest(open_store(db), [str(src)], cl.cluster_options("local:2", window=12), on_progress=stop)
    again = ingest(open_store(db), [str(src)], cl.cluster_options("local:2"))
    assert again.documents_added + again.documents_skipped == 24 and again.documents_skipped >= 4
    ingest(open_store(plain_db), [str(src)])
    assert _pending(db) == 0
    assert snapshot(db) == snapshot(plain_db)


def _near_copies() -> list[dict[str, Any]]:
    """A long report, two near copies of it (a sentence added) and a near copy of a copy."""
    base = " ".join(d["text"] for d in corpus_docs(6))
    extra = ["وقال شهود عيان إن الطائرات عادت مساء.", "وأكدت مصادر محلية الحصيلة.", "ولم يصدر تعليق رسمي."]
    return [{"id": "n0", "published": "2015-07-03", "source": "outlet9", "url": "http://near.example/0",
             "text": base},
            *({"id": f"n{i + 1}", "published": "2015-07-03", "source": "outlet9",
               "url": f"http://near.example/{i + 1}", "text": f"{base} {x}"} for i, x in enumerate(extra[:2])),
            {"id": "n3", "published": "2015-07-03", "source": "outlet9", "url": "http://near.example/3",
             "text": f"{base} {extra[0]} {extra[2]}"}]


def _links(db: str) -> dict[str, str | None]:
    from sqlalchemy import text

    with open_store(db).engine.connect() as conn:
        return dict(conn.execute(text("SELECT doc_key, near_dup_of FROM documents")).all())  # type: ignore[arg-type]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_near_duplicate_links_stored_out_of_order_are_settled_in_source_order(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Workers store in any order; settling in source order gives the links of one writer. A
    retried task finds its documents stored by this run and counts them as added once."""
    from marsad.store import start_run
    from marsad.store.shared_writes import pending_documents, save_batch, settle_near_duplicates

    docs = _near_copies()
    plain_db, db = _two_stores(backend, tmp_path, request)
    plain = ingest(open_store(plain_db), [str(write_jsonl(tmp_path / "n.jsonl", docs))])
    expected = _links(plain_db)
    assert plain.near_duplicates == 3 and len(set(expected.values()) - {None}) == 1
    store = open_store(db)
    run_id = start_run(store, ["n.jsonl"], 2)
    news = [prepare(Document(id=d["id"], text=d["text"], url=d["url"], source=d["source"]), "corpus")
            for d in docs]
    first = {}
    for pos in (3, 1, 2, 0):  # the last document first
        (first[pos],) = save_batch(store, [(news[pos], "n.jsonl", pos)], run_id=run_id)  # type: ignore[list-item]
        assert first[pos].added and first[pos].near_dup_of is None and first[pos].events > 0
    assert _links(db) == dict.fromkeys(expected)  # no link before they are settled
    (again,) = save_batch(store, [(news[1], "n.jsonl", 1)], run_id=run_id)  # type: ignore[list-item]
    assert again.added and again.events == first[1].events
    assert len(pending_documents(store)) == 4
    ids = [n.id for n in news]  # type: ignore[union-attr]
    links = settle_near_duplicates(store, [(n.id, n.bands) for n in news])  # type: ignore[union-attr]
    assert [links[i] is not None for i in ids] == [False, True, True, True]
    assert _links(db) == expected and pending_documents(store) == []
    other = save_batch(store, [(news[0], "n.jsonl", 0)], run_id=run_id + 1)  # type: ignore[list-item]
    assert not other[0].added and "same content" in (other[0].reason or "")


@pytest.mark.slow
def test_cluster_into_postgresql(pg_url: str) -> None:  # noqa: F811
    s = ingest(open_store(pg_url), [str(SAMPLES_DIR)], cl.cluster_options("local:1"))
    assert s.documents_added >= 6 and s.documents_failed == 0 and s.events_added > 0


def _docs(items: list[Document | Failure]) -> list[tuple[Any, ...]]:
    return [(d.id, d.title, d.text, d.published) if isinstance(d, Document) else ("failure", d.reason)
            for d in items]


def test_parquet_corpus_reads_like_json_lines(tmp_path: Path) -> None:
    pool = synthetic.pool([str(SAMPLES_DIR)])
    jl, pq = tmp_path / "s.jsonl", tmp_path / "s.parquet"
    with jl.open("w", encoding="utf-8") as f:
        synthetic.write_jsonl(f, pool, 25)
    synthetic.write_parquet(pq, pool, 25, row_group=10)
    from_parquet = list(readers.iter_parquet(pq.open("rb"), str(pq), batch_rows=7))
    assert len(from_parquet) == 25
    assert _docs(from_parquet) == _docs(list(readers.iter_source(str(jl))))
    # a directory gives its JSON lines, then its Parquet files
    assert len(list(readers.iter_source(str(tmp_path)))) == 50


def test_parquet_without_the_columns_is_a_recorded_failure(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"name": ["x"]}), path)
    (item,) = list(readers.iter_source(str(path)))
    assert isinstance(item, Failure) and "needs the columns id and text" in item.reason
    (junk,) = list(readers.iter_source(str(tmp_path / "junk.parquet")))
    assert isinstance(junk, Failure)


def test_fsspec_urls_are_read_as_streams() -> None:
    fsspec = pytest.importorskip("fsspec", reason="fsspec (the 's3' extra) is not installed")
    pool = synthetic.pool([str(SAMPLES_DIR)])
    fs = fsspec.filesystem("memory")
    with fs.open("/marsad-test/corpus/a.jsonl", "w") as f:
        synthetic.write_jsonl(f, pool, 5)
    with fs.open("/marsad-test/corpus/notes.txt", "w") as f:
        f.write("not a corpus")
    try:
        items = list(readers.iter_source("memory://marsad-test/corpus"))
        assert [d.id for d in items if isinstance(d, Document)] == [f"synth-0-{i}" for i in range(5)]
        (missing,) = list(readers.iter_source("memory://marsad-test/none.jsonl"))
        assert isinstance(missing, Failure) and "no such file" in missing.reason
    finally:
        fs.rm("/marsad-test", recursive=True)


def test_synthetic_documents_do_not_depend_on_n() -> None:
    pool = synthetic.pool([str(SAMPLES_DIR)])
    assert list(synthetic.documents(pool, 3, seed=4))[2] == synthetic.document(pool, 2, seed=4)
    assert len({json.loads(synthetic.to_json(d))["text"] for d in synthetic.documents(pool, 50)}) == 50


@pytest.mark.parametrize("how", ["option", "environment"])
def test_cli_refuses_sqlite_for_a_remote_cluster(how: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from marsad.cli import app

    args = ["ingest", "--samples", "--db", str(tmp_path / "db.sqlite"), "--no-progress"]
    if how == "option":
        args += ["--cluster", "tcp://10.0.0.5:8786"]
    else:
        monkeypatch.setenv("MARSAD_CLUSTER", "tcp://10.0.0.5:8786")
    res = CliRunner().invoke(app, args)
    assert res.exit_code == 2
    assert "SQLite is only for local:N" in " ".join(res.output.split())
