"""Outgoing connections (issue 12, items 4 and 5): non-public addresses refused at every hop
(redirects, feed entry links) unless allowed, the checked address is the one connected to, and a
total deadline per fetch and per feed turns a trickling server into a recorded failure."""

from __future__ import annotations

import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from marsad.errors import ConfigError
from marsad.ingest.fetch import Fetcher, FetchError, FetchOptions
from marsad.ingest.runner import IngestOptions, ingest
from marsad.netguard import AddressPolicy, BlockedAddress, parse_networks, why_not_public
from marsad.store import open_store
from test_ingest_net import ARTICLE, BODY, LOCAL, Route, Site, failures, rss


@pytest.mark.parametrize(("address", "kind"), [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("192.168.1.1", "private"), ("fd00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("100.64.0.1", "non-public"),
    ("0.0.0.0", "unspecified"), ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"),
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:169.254.169.254", "link-local"), ("2002:a00:1::", "private"),
    ("8.8.8.8", None), ("2606:4700:4700::1111", None), ("151.101.1.1", None),
])
def test_what_is_public(address: str, kind: str | None) -> None:
    assert why_not_public(ipaddress.ip_address(address)) == kind


def test_policy_allows_only_the_listed_networks() -> None:
    p = AddressPolicy.of(["127.0.0.1", "10.0.0.0/8"])
    p.check("h", "127.0.0.1")
    p.check("h", "10.200.0.1")
    p.check("h", "8.8.8.8")
    for refused in ("127.0.0.2", "192.168.0.1", "169.254.169.254", "::1"):
        with pytest.raises(BlockedAddress):
            p.check("h", refused)
    with pytest.raises(ConfigError):
        parse_networks(["not-a-network"])


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    s.routes["/robots.txt"] = Route(body=b"User-agent: *\n", ctype="text/plain")
    html = ARTICLE.format(title="اشتباكات في درعا", body=BODY.format(place="درعا"))
    s.routes["/a1"] = Route(body=html.encode("utf-8"))
    yield s
    s.close()


QUICK = dict(timeout=2.0, backoff=0.01, per_host_interval=0.0, retries=0)


def test_loopback_is_refused_by_default(site: Site, tmp_path: Path) -> None:
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [f"{site.base}/a1"], IngestOptions(fetch=FetchOptions(**QUICK)))  # type: ignore[arg-type]
    got = failures(store)
    store.close()
    assert s.documents_added == 0 and s.documents_failed == 1
    assert "refused to connect to 127.0.0.1 (127.0.0.1): loopback address" in got[f"{site.base}/a1"][1]
    assert not site.hits  # not even robots.txt was asked for


def test_every_redirect_hop_is_checked(site: Site) -> None:
    port = site.server.server_address[1]
    site.routes["/to-metadata"] = Route(status=302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})
    site.routes["/to-other-loopback"] = Route(status=301, headers={"Location": f"http://127.0.0.2:{port}/a1"})
    site.routes["/to-private"] = Route(status=307, headers={"Location": "http://10.0.0.1/admin"})
    f = Fetcher(FetchOptions(allow_addresses=LOCAL, **QUICK))  # type: ignore[arg-type]
    assert f.get(f"{site.base}/a1").status == 200  # the allowed address itself
    for path, kind in (("/to-metadata", "link-local"), ("/to-other-loopback", "loopback"), ("/to-private", "private")):
        with pytest.raises(FetchError, match=f"refused to connect .*{kind} address"):
            f.get(site.base + path)
    f.close()


def test_feed_entry_links_to_private_addresses_are_refused(site: Site, tmp_path: Path) -> None:
    items = "".join(f"<item><title>t</title><link>{u}</link></item>" for u in (
        f"{site.base}/a1", "http://169.254.169.254/latest/meta-data/iam", "http://192.168.1.1/"))
    site.routes["/feed.xml"] = Route(body=f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{items}'
                                          '</channel></rss>'.encode(), ctype="application/rss+xml")
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [f"{site.base}/feed.xml"], IngestOptions(fetch=FetchOptions(allow_addresses=LOCAL, **QUICK)))  # type: ignore[arg-type]
    got = failures(store)
    store.close()
    assert s.documents_added == 1 and s.documents_failed == 2
    assert "link-local address" in got["http://169.254.169.254/latest/meta-data/iam"][1]
    assert "private address" in got["http://192.168.1.1/"][1]


def test_the_checked_address_is_the_one_connected_to(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """A name is resolved once per connection, and the connection goes to that answer: a resolver
    (standing in for DNS) that would answer differently a second time is never asked again."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def resolver(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "rebind.test":
            asked.append(host)
            answer = "127.0.0.1" if len(asked) == 1 else "169.254.169.254"
            return real(answer, port, *args, **kwargs)
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    f = Fetcher(FetchOptions(allow_addresses=LOCAL, robots=False, **QUICK))  # type: ignore[arg-type]
    got = f.get(f"http://rebind.test:{site.server.server_address[1]}/a1")
    f.close()
    assert got.status == 200 and asked == ["rebind.test"]
    f = Fetcher(FetchOptions(allow_addresses=LOCAL, robots=False, **QUICK))  # type: ignore[arg-type]
    with pytest.raises(FetchError, match="link-local"):  # the second answer is checked in its turn
        f.get(f"http://rebind.test:{site.server.server_address[1]}/a1")
    f.close()


class Trickle:
    """A server that answers 200 and then sends one byte every `pause` seconds (at most `limit`)."""

    def __init__(self, pause: float = 0.3, limit: int = 60) -> None:
        outer = self
        self.stop = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                if self.path == "/robots.txt":
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if self.path == "/feed.xml":
                    body = rss(outer, ["/slow1", "/slow2", "/slow3", "/slow4"])  # type: ignore[arg-type]
                    self.send_response(200)
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Content-Length", str(limit))
                self.end_headers()
                try:
                    for _ in range(limit):
                        if outer.stop.wait(pause):
                            return
                        self.wfile.write(b"x")
                        self.wfile.flush()
                except OSError:
                    return

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def close(self) -> None:
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def trickle() -> Iterator[Trickle]:
    t = Trickle()
    yield t
    t.close()


def test_a_trickling_server_meets_the_fetch_deadline(trickle: Trickle, tmp_path: Path) -> None:
    opts = FetchOptions(allow_addresses=LOCAL, deadline=1.0, **QUICK)  # type: ignore[arg-type]
    t = time.monotonic()
    with pytest.raises(FetchError) as err:
        Fetcher(opts).get(f"{trickle.base}/page")
    assert time.monotonic() - t < 1.0 + 2.0  # the deadline plus at most one read
    assert err.value.stage == "deadline" and "deadline of 1 s" in err.value.reason
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [f"{trickle.base}/page"], IngestOptions(fetch=opts))
    got = failures(store)
    store.close()
    assert s.failure_stages == {"deadline": 1} and "deadline" in got[f"{trickle.base}/page"][1]


def test_a_feed_meets_its_deadline_and_the_rest_is_one_failure(trickle: Trickle, tmp_path: Path) -> None:
    opts = FetchOptions(allow_addresses=LOCAL, deadline=0.8, feed_deadline=1.5, **QUICK)  # type: ignore[arg-type]
    store = open_store(tmp_path / "db.sqlite")
    t = time.monotonic()
    s = ingest(store, [f"{trickle.base}/feed.xml"], IngestOptions(fetch=opts))
    elapsed = time.monotonic() - t
    got = failures(store)
    store.close()
    assert elapsed < 1.5 + 2.0
    assert s.documents_added == 0 and s.failure_stages.get("deadline", 0) >= 2
    assert any("entries not read" in reason for _stage, reason in got.values())
