"""The Host check of the API (issue 12, item 7): host names parsed with their port and IPv6
brackets, wildcards, the default list of `marsad serve`, the 400 answer of the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from browser.support import build_store
from marsad.api import create_app
from marsad.api.hosts import allowed, default_hosts, host_of
from marsad.api.settings import ApiSettings


@pytest.mark.parametrize(("header", "host"), [
    ("localhost:8000", "localhost"), ("LOCALHOST", "localhost"), ("127.0.0.1:80", "127.0.0.1"),
    ("[::1]:8000", "::1"), ("[::1]", "::1"), ("events.example.org.", "events.example.org"), ("", ""),
])
def test_host_of(header: str, host: str) -> None:
    assert host_of(header) == host


@pytest.mark.parametrize(("host", "patterns", "ok"), [
    ("localhost", ("localhost",), True), ("evil.example", ("localhost",), False),
    ("a.example.org", ("*.example.org",), True), ("example.org", ("*.example.org",), False),
    ("evilexample.org", ("*.example.org",), False), ("anything", ("*",), True), ("", ("localhost",), False),
])
def test_allowed(host: str, patterns: tuple[str, ...], ok: bool) -> None:
    assert allowed(host, patterns) is ok


def test_default_hosts_are_the_bind_address_and_localhost() -> None:
    assert default_hosts("127.0.0.1") == ("localhost", "127.0.0.1", "::1")
    assert default_hosts("192.0.2.7", ["Events.Example.org"]) == (
        "localhost", "127.0.0.1", "::1", "192.0.2.7", "events.example.org")
    assert "0.0.0.0" not in default_hosts("0.0.0.0")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("hosts-store"), hostile=False)


def test_the_app_answers_400_to_another_host(db: Path) -> None:
    settings = ApiSettings(allowed_hosts=("localhost", "127.0.0.1", "::1"))
    with TestClient(create_app(db, settings), base_url="http://localhost") as c:
        assert c.get("/api/events?limit=1").status_code == 200
        assert c.get("/api/events?limit=1", headers={"Host": "[::1]:8000"}).status_code == 200
        r = c.get("/api/events?limit=1", headers={"Host": "evil.example"})
        assert r.status_code == 400 and r.json()["error"]["status"] == 400
        assert c.get("/", headers={"Host": "evil.example"}).status_code == 400
    with TestClient(create_app(db, ApiSettings()), base_url="http://anything.example") as c:
        assert c.get("/api/events?limit=1").status_code == 200  # no setting: no check


def test_the_setting_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MARSAD_ALLOWED_HOSTS", "events.example.org, localhost")
    assert ApiSettings.from_env().allowed_hosts == ("events.example.org", "localhost")
    monkeypatch.delenv("MARSAD_ALLOWED_HOSTS")
    assert ApiSettings.from_env().allowed_hosts is None
