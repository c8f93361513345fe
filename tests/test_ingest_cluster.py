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
from marsad.ingest.runner import Counts, ingest
from marsad.models import Document, Failure
from marsad.store import open_store
from pg import pg_server, pg_url  # noqa: F401  (fixtures)
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


def _plain_and_cluster(tmp_path: Path, sources: list[str], address: str) -> tuple[Any, Any, Any, Any]:
    plain_db, cluster_db = tmp_path / "plain.sqlite", tmp_path / "cluster.sqlite"
    plain = ingest(open_store(plain_db), sources)
    clustered = ingest(open_store(cluster_db), sources, cl.cluster_options(address, window=3))
    return plain, clustered, snapshot(plain_db), snapshot(cluster_db)


@pytest.mark.slow
def test_cluster_and_one_process_write_the_same_store(tmp_path: Path) -> None:
    """Bundled samples and a broken line: the same documents, events, clusters and failures."""
    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(9), extra_lines=["{not json"])
    plain, clustered, a, b = _plain_and_cluster(tmp_path, [str(SAMPLES_DIR), str(src)], "local:2")
    assert plain.documents_added == clustered.documents_added >= 15
    assert plain.documents_failed == clustered.documents_failed == 1
    assert clustered.events_added == plain.events_added > 0
    assert a == b
    assert cl.LAST_RUN is not None and cl.LAST_RUN.tasks == clustered.documents_added
    assert set(cl.LAST_RUN.peak_rss_mb) >= {"client"} and len(cl.LAST_RUN.peak_rss_mb) == 3


@pytest.mark.slow
@pytest.mark.shared
def test_cluster_and_one_process_agree_on_200_corpus_documents(tmp_path: Path) -> None:
    from conftest import require_shared

    corpus = require_shared("corpus", "saudinewsnet-syria-iraq-2015.jsonl")
    with corpus.open(encoding="utf-8") as f:
        lines = [next(f) for _ in range(200)]
    src = tmp_path / "first200.jsonl"  # a temporary file of the test, not in the repository
    src.write_text("".join(lines), encoding="utf-8")
    plain, clustered, a, b = _plain_and_cluster(tmp_path, [str(src)], "local:2")
    assert plain.documents_seen == clustered.documents_seen == 200
    assert clustered.events_added == plain.events_added > 0
    assert a == b


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_nothing_and_stores_nothing_twice(tmp_path: Path) -> None:
    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(40))
    plain_db, cluster_db = tmp_path / "plain.sqlite", tmp_path / "cluster.sqlite"
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
