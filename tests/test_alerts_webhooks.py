"""Webhooks (issue 14, alerts): a real receiver on 127.0.0.1 checks the HMAC-SHA256 signature of
every delivery, answers 500 before 200 (the delivery is retried with the same id and body), and
nothing is sent twice, across rounds and across a second report of a known incident, which
arrives as an update ("2 sources now"), never as a new alert. Non-public targets are refused
unless the settings allow them, at `add` time and again at every connection."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from alerts_support import REPORT_A, REPORT_A2, REPORT_B, Receiver, ingest_docs, running_receiver
from marsad.alerts.runner import run_alerts
from marsad.alerts.settings import AlertSettings
from marsad.alerts.webhooks import Sender, check_url
from marsad.api.viewspec import incident_query
from marsad.errors import ConfigError, StoreError
from marsad.store import Store, open_store
from marsad.store import alerts as saved
from pg import pg_server, pg_url  # noqa: F401  (fixtures)

SECRET = "receiver-secret-0123456789"
SETTINGS = AlertSettings(allow_addresses=("127.0.0.1",), attempts=3, backoff=0.01, timeout=2.0,
                         public_url="https://marsad.example.org")


@pytest.fixture()
def receiver() -> Iterator[Receiver]:
    yield from running_receiver()


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    db = str(tmp_path / "alerts.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    s = open_store(db)
    yield s
    s.close()


def signed_ok(secret: str, hit: Any) -> bool:
    expected = "sha256=" + hmac.new(secret.encode(), hit.body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, hit.headers.get("x-marsad-signature", ""))


def run(store: Store, settings: AlertSettings = SETTINGS) -> Any:
    return run_alerts(store, settings, incident_query)


def test_new_then_updated_never_twice(store: Store, receiver: Receiver, tmp_path: Path) -> None:
    ingest_docs(store, tmp_path / "docs", REPORT_A, REPORT_B)
    saved.save_view(store, "idlib", "إدلب", {"admin1": ["Idlib"]})
    saved.add_target(store, "idlib", check_url(receiver.url, SETTINGS.policy), SECRET)

    receiver.script = [500]  # the first attempt fails: retried after the backoff
    first = run(store)
    assert (first.deliveries, first.delivered, first.new, first.updated) == (1, 1, 1, 0), first.to_row()
    assert len(receiver.hits) == 2
    a, b = receiver.hits
    assert all(signed_ok(SECRET, h) for h in receiver.hits)
    assert not signed_ok("another-secret-0123456789", a)
    assert a.body == b.body and a.headers["x-marsad-delivery"] == b.headers["x-marsad-delivery"]
    assert a.headers["x-marsad-timestamp"].isdigit()
    assert a.headers["content-type"].startswith("application/json")
    body = json.loads(a.body)
    assert body["delivery_id"] == a.headers["x-marsad-delivery"]
    assert body["view"]["name"] == "idlib" and body["view"]["feed"] == "https://marsad.example.org/feeds/idlib.atom"
    [event] = body["events"]
    assert event["change"] == "new" and event["n_sources"] == 1 and event["sources"] == ["Outlet A"]
    assert "كفر نبل" in event["title"] and event["title"].startswith("قصف")  # Arabic: what, where, when
    assert event["url"] == f"https://marsad.example.org/#lang=ar&event={event['id']}"
    assert "previous" not in event

    assert run(store).deliveries == 0  # nothing new: nothing sent
    assert len(receiver.hits) == 2

    ingest_docs(store, tmp_path / "docs", REPORT_A2)  # a second outlet reports the same incident
    second = run(store)
    assert (second.deliveries, second.new, second.updated) == (1, 0, 1), second.to_row()
    [update] = receiver.bodies()[-1]["events"]
    assert update["id"] == event["id"] and update["change"] == "updated"
    assert update["n_sources"] == 2 and update["previous"] == {"n_reports": 1, "n_sources": 1}
    assert update["note"] == "عدد المصادر الآن: 2" and update["note_en"] == "2 sources now"
    assert signed_ok(SECRET, receiver.hits[-1])

    assert run(store).deliveries == 0
    assert len(receiver.hits) == 3
    ids = [h.headers["x-marsad-delivery"] for h in receiver.hits]
    assert ids[0] == ids[1] != ids[2]

    log = saved.delivery_log(store)
    assert [(d["status"], d["attempts"], d["n_new"], d["n_updated"]) for d in log] == [
        ("delivered", 1, 0, 1), ("delivered", 2, 1, 0)]
    assert [x["status"] for x in log[1]["history"]] == [500, 200]


def test_a_pending_delivery_is_resent_as_it_was_before_anything_newer(store: Store, receiver: Receiver,
                                                                      tmp_path: Path) -> None:
    ingest_docs(store, tmp_path / "docs", REPORT_A)
    saved.save_view(store, "all", None, {})
    saved.add_target(store, "all", receiver.url, SECRET)
    receiver.script = [503, 503, 503]  # down for the whole first round
    first = run(store)
    assert (first.delivered, first.pending) == (0, 1)
    [pending] = saved.delivery_log(store, status="pending", with_payload=True)
    ingest_docs(store, tmp_path / "docs", REPORT_A2, REPORT_B)  # meanwhile: an update and a new incident
    second = run(store)
    assert second.pending == 0 and second.delivered == 2
    resent = receiver.hits[3]
    assert resent.headers["x-marsad-delivery"] == pending["id"] and resent.body == pending["payload"].encode()
    later = receiver.bodies()[-1]["events"]
    assert sorted(e["change"] for e in later) == ["new", "updated"]  # each revision once, in a later delivery
    assert run(store).deliveries == 0


def test_a_delivery_claimed_before_a_crash_goes_out_at_the_next_run(store: Store, receiver: Receiver,
                                                                    tmp_path: Path) -> None:
    """The state moves with the delivery record, before the POST: a run that dies after the claim
    leaves a pending delivery, sent (once) by the next run, and the incident is not claimed again."""
    ingest_docs(store, tmp_path / "docs", REPORT_A)
    saved.save_view(store, "all", None, {})
    target = saved.add_target(store, "all", receiver.url, SECRET)
    changes = saved.pending_changes(store, target.id, incident_query({}), 10)
    saved.claim(store, target, "crashed-delivery-1", '{"events": "as claimed"}', changes)
    with pytest.raises(saved.ClaimConflict):  # the same changes cannot be claimed twice
        saved.claim(store, target, "crashed-delivery-2", "{}", changes)
    result = run(store)
    assert result.deliveries == 1 and [h.headers["x-marsad-delivery"] for h in receiver.hits] == ["crashed-delivery-1"]
    assert receiver.hits[0].body == b'{"events": "as claimed"}'


@pytest.mark.parametrize(("script", "status", "attempts"), [
    ([200], "delivered", 1),
    ([204], "delivered", 1),
    ([500, 200], "delivered", 2),
    ([502, 503, 200], "delivered", 3),
    ([429, 200], "delivered", 2),
    ([408, 200], "delivered", 2),
    ([400], "rejected", 1),
    ([401], "rejected", 1),
    ([404], "rejected", 1),
    ([500, 410], "rejected", 2),
    ([500, 500, 500], "pending", 3),
    ([301], "rejected", 1),  # redirects are not followed
])
def test_retry_policy(receiver: Receiver, script: list[int], status: str, attempts: int) -> None:
    receiver.script = list(script)
    waits: list[float] = []
    sender = Sender(SETTINGS, sleep=waits.append)
    try:
        got, tries = sender.deliver(receiver.url, SECRET, "d-1", b'{"x":1}')
    finally:
        sender.close()
    assert (got, len(tries)) == (status, attempts)
    assert len(receiver.hits) == attempts
    assert waits == [SETTINGS.backoff * 2 ** i for i in range(attempts - 1)]  # exponential backoff


def test_a_timeout_is_retried(receiver: Receiver) -> None:
    receiver.delays = [1.0]
    sender = Sender(AlertSettings(allow_addresses=("127.0.0.1",), attempts=2, backoff=0.0, timeout=0.3))
    try:
        status, tries = sender.deliver(receiver.url, SECRET, "d-1", b"{}")
    finally:
        sender.close()
    assert status == "delivered"
    assert "timed out" in tries[0]["error"] and tries[1]["status"] == 200


@pytest.mark.parametrize("url", [
    "http://127.0.0.1:9/hook", "http://localhost:9/hook", "http://[::1]:9/", "http://10.1.2.3/hook",
    "http://192.168.1.10/", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0:9/",
    "ftp://files.example.org/x", "file:///etc/passwd", "javascript:alert(1)", "http://user:pw@10.0.0.1/",
    "https:///nohost",
])
def test_private_and_odd_targets_are_refused_without_the_setting(url: str) -> None:
    with pytest.raises(ConfigError):
        check_url(url, AlertSettings().policy)


@pytest.mark.parametrize(("settings", "url"), [
    (AlertSettings(allow_private=True), "http://127.0.0.1:9/hook"),
    (AlertSettings(allow_private=True), "http://10.1.2.3/hook"),
    (AlertSettings(allow_addresses=("127.0.0.1",)), "http://127.0.0.1:9/hook"),
    (AlertSettings(allow_addresses=("10.0.0.0/8",)), "http://10.1.2.3/hook"),
])
def test_the_settings_allow_private_targets(settings: AlertSettings, url: str) -> None:
    assert check_url(url, settings.policy) == url


def test_the_guard_refuses_at_connection_time_too(store: Store, receiver: Receiver, tmp_path: Path) -> None:
    """A target stored while private addresses were allowed is refused when they no longer are:
    no request leaves, the delivery stays pending with the reason."""
    ingest_docs(store, tmp_path / "docs", REPORT_A)
    saved.save_view(store, "all", None, {})
    saved.add_target(store, "all", receiver.url, SECRET)
    result = run(store, AlertSettings(attempts=3, backoff=0.0))
    assert result.pending == 1 and receiver.hits == []
    [row] = saved.delivery_log(store)
    assert row["attempts"] == 1 and "refused to connect" in row["last_error"]


def test_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_ALERT_ALLOW_PRIVATE", "1")
    monkeypatch.setenv("MARSAD_PUBLIC_URL", "https://alerts.example.org/")
    s = AlertSettings.from_env()
    assert s.allow_private and s.base_url == "https://alerts.example.org"
    monkeypatch.setenv("MARSAD_ALERT_ALLOW_PRIVATE", "")
    monkeypatch.setenv("MARSAD_ALERT_ALLOW_ADDRESSES", "not-a-network")
    with pytest.raises(ConfigError):
        AlertSettings.from_env()
    monkeypatch.setenv("MARSAD_ALERT_ALLOW_ADDRESSES", "")
    monkeypatch.setenv("MARSAD_PUBLIC_URL", "javascript:alert(1)")
    with pytest.raises(ConfigError):
        AlertSettings.from_env()


def test_views_and_targets_in_the_store(store: Store, tmp_path: Path) -> None:
    ingest_docs(store, tmp_path / "docs", REPORT_A, REPORT_B)
    view, created = saved.save_view(store, "all", "كل شيء", {})
    assert created and view["webhooks"] == 0
    _, created = saved.save_view(store, "all", "كل شيء", {"country": ["Syria"]})
    assert not created
    target = saved.add_target(store, "all", "https://hooks.example.org/a", SECRET)
    with pytest.raises(StoreError):
        saved.add_target(store, "all", "https://hooks.example.org/a", SECRET)
    with pytest.raises(StoreError):
        saved.add_target(store, "nothing", "https://hooks.example.org/a", SECRET)
    assert [(v["name"], v["webhooks"], v["filters"]) for v in saved.list_views(store)] == [
        ("all", 1, {"country": ["Syria"]})]
    assert saved.baseline(store, target.id, incident_query({"country": ["Syria"]})) == 1
    assert saved.pending_changes(store, target.id, incident_query({}), 10)[0].previous is None  # Kirkuk: not baselined
    assert saved.pending_changes(store, target.id, incident_query({"country": ["Syria"]}), 10) == []
    assert saved.delete_view(store, "all") and not saved.delete_view(store, "all")
    assert saved.list_views(store) == [] and saved.targets(store) == []


def test_a_rejected_incident_is_never_alerted(store: Store, receiver: Receiver, tmp_path: Path) -> None:
    from sqlalchemy import select

    from marsad.store import schema
    from marsad.store.review import Decision, submit_review

    ingest_docs(store, tmp_path / "docs", REPORT_A)
    with store.engine.connect() as conn:
        incidents = list(conn.execute(select(schema.clusters.c.id)).scalars())
    assert incidents
    for cid in incidents:
        submit_review(store, cid, Decision("reject", reason="not_an_event"), "reviewer")
    saved.save_view(store, "idlib", "إدلب", {"admin1": ["Idlib"]})
    saved.add_target(store, "idlib", check_url(receiver.url, SETTINGS.policy), SECRET)
    assert run(store).deliveries == 0 and receiver.hits == []
