"""`marsad serve` as a user runs it: prints the address once it listens, answers there, refuses a
missing database with exit code 2 and the reason."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from browser.support import build_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("serve-store"), hostile=False)


def serve(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "marsad", "serve", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


@pytest.fixture()
def running(request: pytest.FixtureRequest, db: Path) -> Iterator[tuple[str, str]]:
    proc = serve("--db", str(db), "--port", "0", *request.param)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        yield line, line.split(" at ", 1)[1].split()[0] if " at " in line else ""
    finally:
        proc.terminate()
        proc.wait(15)


@pytest.mark.parametrize("running", [(), ("--workers", "2")], indirect=True, ids=["one process", "two workers"])
def test_serve_prints_the_address_and_answers_there(running: tuple[str, str], db: Path) -> None:
    line, url = running
    assert line.startswith("marsad: serving ") and str(db) in line, line
    assert url.startswith("http://127.0.0.1:") and url.endswith("/")
    for _ in range(100):
        try:
            r = httpx.get(url + "api/events?limit=1", timeout=5)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        pytest.fail(f"nothing answers at {url}")
    assert r.status_code == 200 and r.json()["items"]
    assert "Content-Security-Policy" in httpx.get(url, timeout=5).headers


def test_missing_database_exits_2_with_the_reason(tmp_path: Path) -> None:
    proc = serve("--db", str(tmp_path / "nothing.db"), "--port", "0")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2
    assert "no database" in err and "marsad ingest" in err
    assert out == ""


def _get(url: str, host: str | None = None) -> httpx.Response:
    for _ in range(100):
        try:
            return httpx.get(url, timeout=5, headers={"Host": host} if host else None)
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail(f"nothing answers at {url}")


@pytest.mark.parametrize("running", [("--allowed-host", "events.example.org"),
                                     ("--workers", "2", "--allowed-host", "events.example.org")],
                         indirect=True, ids=["one process", "two workers"])
def test_serve_answers_only_its_own_host_names(running: tuple[str, str]) -> None:
    """DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 sends its own
    name in Host; the server answers 400 and nothing else."""
    _line, url = running
    port = url.rsplit(":", 1)[1].rstrip("/")
    api = url + "api/events?limit=1"
    assert _get(api).status_code == 200  # Host 127.0.0.1:port, the bind address
    assert _get(api, f"localhost:{port}").status_code == 200
    assert _get(api, "events.example.org").status_code == 200
    for hostile in ("evil.example", f"evil.example:{port}", "127.0.0.1.evil.example", "events.example.org.evil"):
        r = _get(api, hostile)
        assert r.status_code == 400 and "not served here" in r.json()["error"]["message"], hostile
        assert "items" not in r.text
