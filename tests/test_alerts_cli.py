"""`marsad alerts`: JSON out of every command, a view from a map permalink, a webhook refused on a
private address without the setting, a round delivered to a real receiver, the log, removal."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from alerts_support import REPORT_A, REPORT_A2, Receiver, ingest_docs, running_receiver
from marsad.cli import app
from marsad.store import open_store

runner = CliRunner()
SECRET = "cli-secret-0123456789abcdef"


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    yield from running_receiver()


@pytest.fixture()
def db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    store = open_store(path)
    try:
        ingest_docs(store, tmp_path / "docs", REPORT_A)
    finally:
        store.close()
    return str(path)


def lines(output: str) -> list[dict[str, object]]:
    return [json.loads(x) for x in output.splitlines() if x.strip()]


@pytest.mark.parametrize("command", [["alerts"], ["alerts", "views"], ["alerts", "add"], ["alerts", "remove"],
                                     ["alerts", "run"], ["alerts", "log"]])
def test_every_command_has_help(command: list[str]) -> None:
    res = runner.invoke(app, [*command, "--help"])
    assert res.exit_code == 0 and "Usage" in res.output


def test_views_webhooks_rounds_and_log(db: str, receiver: Receiver, monkeypatch: pytest.MonkeyPatch,
                                       tmp_path: Path) -> None:
    permalink = "#lang=ar&admin1=Idlib&type=Explosions%2FRemote+violence&event=c123&inview=1"
    res = runner.invoke(app, ["alerts", "add", "idlib", "--query", permalink, "--title", "إدلب", "--db", db])
    assert res.exit_code == 0, res.output
    assert lines(res.output)[0]["view"]["filters"] == {"admin1": ["Idlib"], "type": ["Explosions/Remote violence"]}

    refused = runner.invoke(app, ["alerts", "add", "idlib", "--webhook", receiver.url, "--db", db])
    assert refused.exit_code == 2 and "loopback" in refused.output and "MARSAD_ALERT_ALLOW_PRIVATE" in refused.output

    monkeypatch.setenv("MARSAD_ALERT_ALLOW_ADDRESSES", "127.0.0.1")
    monkeypatch.setenv("MARSAD_ALERT_BACKOFF", "0.01")
    short = runner.invoke(app, ["alerts", "add", "idlib", "--webhook", receiver.url, "--secret", "short", "--db", db])
    assert short.exit_code == 2 and "16 characters" in short.output
    res = runner.invoke(app, ["alerts", "add", "idlib", "--webhook", receiver.url, "--secret", SECRET, "--db", db])
    assert res.exit_code == 0, res.output
    added = lines(res.output)[0]
    assert added["webhook"]["secret"] == SECRET and added["view"]["title"] == "إدلب"  # the title was kept

    views = lines(runner.invoke(app, ["alerts", "views", "--db", db]).output)
    assert [(v["name"], [h["url"] for h in v["webhooks"]]) for v in views] == [("idlib", [receiver.url])]
    assert SECRET not in json.dumps(views)

    receiver.script = [500]
    res = runner.invoke(app, ["alerts", "run", "--db", db])
    assert res.exit_code == 0, res.output
    [round1] = lines(res.output)
    assert (round1["delivered"], round1["new"], round1["updated"]) == (1, 1, 0)
    assert len(receiver.hits) == 2 and all(
        h.headers["x-marsad-signature"] == "sha256=" + hmac.new(SECRET.encode(), h.body, hashlib.sha256).hexdigest()
        for h in receiver.hits)

    store = open_store(db)
    try:
        ingest_docs(store, tmp_path / "more", REPORT_A2)
    finally:
        store.close()
    res = runner.invoke(app, ["alerts", "run", "--every", "1", "--rounds", "2", "--db", db])
    assert res.exit_code == 0, res.output
    assert [(r["deliveries"], r["updated"]) for r in lines(res.output)] == [(1, 1), (0, 0)]
    assert len(receiver.hits) == 3

    log = lines(runner.invoke(app, ["alerts", "log", "--db", db]).output)
    assert [(d["status"], d["attempts"], d["n_new"], d["n_updated"]) for d in log] == [
        ("delivered", 1, 0, 1), ("delivered", 2, 1, 0)]
    assert "payload" not in log[0]
    [with_body] = lines(runner.invoke(app, ["alerts", "log", "--limit", "1", "--payload", "--db", db]).output)
    assert with_body["payload"].encode() == receiver.hits[-1].body
    assert runner.invoke(app, ["alerts", "log", "--status", "lost", "--db", db]).exit_code == 2

    gone = runner.invoke(app, ["alerts", "remove", "idlib", "--webhook", receiver.url, "--db", db])
    assert gone.exit_code == 0 and lines(gone.output)[0]["removed"] is True
    assert runner.invoke(app, ["alerts", "remove", "idlib", "--webhook", receiver.url, "--db", db]).exit_code == 1
    assert runner.invoke(app, ["alerts", "remove", "idlib", "--db", db]).exit_code == 0
    assert lines(runner.invoke(app, ["alerts", "views", "--db", db]).output) == []
    assert len(lines(runner.invoke(app, ["alerts", "log", "--db", db]).output)) == 2  # the log stays


def test_from_now_starts_after_what_matches(db: str, receiver: Receiver, monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    monkeypatch.setenv("MARSAD_ALERT_ALLOW_PRIVATE", "1")
    res = runner.invoke(app, ["alerts", "add", "all", "--webhook", receiver.url, "--from-now", "--db", db])
    assert res.exit_code == 0, res.output
    assert lines(res.output)[0]["webhook"]["baseline"] == 1
    assert lines(runner.invoke(app, ["alerts", "run", "--db", db]).output)[0]["deliveries"] == 0
    store = open_store(db)
    try:
        ingest_docs(store, tmp_path / "more", REPORT_A2)
    finally:
        store.close()
    [round2] = lines(runner.invoke(app, ["alerts", "run", "--db", db]).output)
    assert (round2["new"], round2["updated"]) == (0, 1)


@pytest.mark.parametrize(("args", "message"), [
    (["alerts", "add", "bad name"], "view name"),
    (["alerts", "add", "v", "--query", "from=2024-02-30"], "from"),
    (["alerts", "add", "v", "--query", "colour=red"], "colour"),
    (["alerts", "add", "v", "--webhook", "ftp://example.org/x"], "http"),
])
def test_bad_input_is_a_clean_error(db: str, args: list[str], message: str) -> None:
    res = runner.invoke(app, [*args, "--db", db])
    assert res.exit_code == 2, res.output
    assert message in res.output and "Traceback" not in res.output


def test_a_missing_database_is_not_created(tmp_path: Path) -> None:
    res = runner.invoke(app, ["alerts", "views", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2 and not (tmp_path / "none.db").exists()
