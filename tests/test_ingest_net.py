"""Feeds and article URLs against a server the test starts on 127.0.0.1: robots.txt, conditional
GET, retries, timeouts, size cap, content types, redirects, hostile and malformed XML."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from marsad.ingest.fetch import Fetcher, FetchError, FetchOptions
from marsad.ingest.runner import IngestOptions, ingest
from marsad.ingest.sources import parse_feed
from marsad.store import open_store

ARTICLE = ("<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{body}</p></article>"
           "</body></html>")
BODY = "اندلعت اشتباكات عنيفة بين قوات النظام السوري وفصائل المعارضة في مدينة {place} صباح اليوم، وقتل فيها ستة مقاتلين."
BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<rss version="2.0"><channel><title>&lol3;</title><item><title>x</title><link>http://x/</link></item></channel></rss>"""


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    ctype: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    fail_first: int = 0  # answer 503 to the first n requests
    chunked: bool = False


class Site:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def page(self, path: str, place: str) -> None:
        html = ARTICLE.format(title=f"اشتباكات في {place}", body=BODY.format(place=place))
        self.routes[path] = Route(body=html.encode("utf-8"))

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                path = self.path
                site.hits[path] = site.hits.get(path, 0) + 1
                r = site.routes.get(path)
                if r is None:
                    self.send_response(404)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if r.delay:
                    time.sleep(r.delay)
                if site.hits[path] <= r.fail_first:
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                etag = r.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                self.send_response(r.status)
                self.send_header("Content-Type", r.ctype)
                for k, v in r.headers.items():
                    self.send_header(k, v)
                if r.chunked:
                    self.send_header("Transfer-Encoding", "chunked")
                    self.end_headers()
                    for i in range(0, len(r.body), 65536):
                        part = r.body[i:i + 65536]
                        self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                    return
                self.send_header("Content-Length", str(len(r.body)))
                self.end_headers()
                self.wfile.write(r.body)

        return Handler

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def site() -> Iterator[Site]:
    s = Site()
    s.routes["/robots.txt"] = Route(body=b"User-agent: *\nDisallow: /private/\n", ctype="text/plain")
    yield s
    s.close()


LOCAL = ("127.0.0.1",)  # the test servers listen on loopback, which is refused unless allowed
FAST = IngestOptions(fetch=FetchOptions(timeout=1.0, backoff=0.01, per_host_interval=0.0, retries=2,
                                        allow_addresses=LOCAL))


def rss(site: Site, links: list[str]) -> bytes:
    items = "".join(f"<item><title>t{i}</title><link>{site.base}{p}</link><pubDate>Mon, 20 Jul 2015 10:00:00 GMT"
                    f"</pubDate></item>" for i, p in enumerate(links))
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>f</title>{items}</channel></rss>' \
        .encode()


def failures(store: Any) -> dict[str, tuple[str, str]]:
    with store.engine.connect() as conn:
        return {k: (s, r) for k, s, r in conn.execute(text("SELECT doc_key, stage, reason FROM failures"))}


def test_article_urls_and_rerun_without_requests(site: Site, tmp_path: Path) -> None:
    site.page("/a1", "درعا")
    site.routes["/moved"] = Route(status=301, headers={"Location": "/a1"})
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [f"{site.base}/a1"], FAST)
    assert s.documents_added == 1 and s.events_added >= 1
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT url, source FROM documents")).one() == (f"{site.base}/a1", site.base[7:])
    hits = dict(site.hits)
    again = ingest(store, [f"{site.base}/a1"], FAST)
    assert again.documents_added == 0 and again.skip_reasons == {"already stored (same URL)": 1}
    assert site.hits == hits  # nothing fetched for a stored URL
    moved = ingest(store, [f"{site.base}/moved"], FAST)  # redirect to the same page: same content
    assert moved.documents_added == 0 and moved.documents_skipped == 1
    store.close()


def test_feed_entries_and_conditional_get(site: Site, tmp_path: Path) -> None:
    for i, place in enumerate(["درعا", "حماة", "إدلب"]):
        site.page(f"/n/{i}", place)
    site.routes["/feed.xml"] = Route(body=rss(site, ["/n/0", "/n/1", "/n/2"]), ctype="application/rss+xml",
                                     headers={"ETag": '"v1"'})
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [f"{site.base}/feed.xml"], FAST)
    assert s.documents_added == 3
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT etag FROM http_cache WHERE url LIKE '%feed.xml'")).scalar() == '"v1"'
    again = ingest(store, [f"{site.base}/feed.xml"], FAST)
    assert again.documents_added == 0
    assert again.skip_reasons == {"not modified since the last fetch (HTTP 304)": 1}
    assert site.hits["/n/0"] == 1
    store.close()


def test_feed_file_with_links(site: Site, tmp_path: Path) -> None:
    site.page("/n/9", "حمص")
    feed = tmp_path / "saved.rss"
    feed.write_bytes(rss(site, ["/n/9", "/private/x"]))
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [str(feed)], FAST)
    assert s.documents_added == 1 and s.failure_stages == {"robots": 1}
    assert failures(store)[f"{site.base}/private/x"] == ("robots", "disallowed by robots.txt")
    store.close()


def test_bad_urls_are_failures_with_reasons(site: Site, tmp_path: Path) -> None:
    site.routes["/slow"] = Route(body=b"<html></html>", delay=3.0)
    site.routes["/big"] = Route(body=b"<html>" + b"x" * 300_000 + b"</html>")
    site.routes["/big-chunked"] = Route(body=b"<html>" + b"x" * 300_000 + b"</html>", chunked=True)
    site.routes["/pdf"] = Route(body=b"%PDF-1.4", ctype="application/pdf")
    site.routes["/down"] = Route(status=500, body=b"")
    site.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    site.routes["/lol.xml"] = Route(body=BILLION_LAUGHS, ctype="application/rss+xml")
    site.routes["/broken.xml"] = Route(body=b"<?xml version='1.0'?><rss><channel><item>", ctype="application/xml")
    opts = IngestOptions(fetch=FetchOptions(allow_addresses=LOCAL, timeout=0.5, backoff=0.01, per_host_interval=0.0, retries=1,
                                            max_bytes=200_000, max_redirects=3))
    urls = ["/slow", "/big", "/big-chunked", "/pdf", "/down", "/loop", "/missing", "/private/p", "/lol.xml",
            "/broken.xml"]
    closed = "http://127.0.0.1:9/unreachable"  # the discard port: nothing listens there
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [site.base + u for u in urls] + [closed], opts)
    assert s.documents_added == 0 and s.documents_failed == len(urls) + 1
    got = failures(store)
    expect = {"/slow": "timed out", "/big": "exceeds the cap", "/big-chunked": "exceeds the cap",
              "/pdf": "unsupported content type 'application/pdf'", "/down": "HTTP 500",
              "/loop": "more than 3 redirects", "/missing": "HTTP 404", "/private/p": "disallowed by robots.txt",
              "/lol.xml": "hostile XML", "/broken.xml": "malformed feed"}
    for path, words in expect.items():
        assert words in got[site.base + path][1], (path, got[site.base + path])
    assert "robots.txt not readable: unreachable" in got[closed][1]
    assert site.hits["/down"] == 2  # one retry
    store.close()


def test_retries_recover_and_robots_5xx_blocks_the_host(site: Site) -> None:
    site.routes["/flaky"] = Route(body=b"<html>ok</html>", fail_first=2)
    sleeps: list[float] = []
    f = Fetcher(FetchOptions(allow_addresses=LOCAL, backoff=0.05, retries=2, per_host_interval=0.0), sleep=sleeps.append)
    assert f.get(f"{site.base}/flaky").body == b"<html>ok</html>"
    assert sleeps == [0.05, 0.1] and site.hits["/flaky"] == 3
    site.routes["/robots.txt"] = Route(status=503, fail_first=0)
    g = Fetcher(FetchOptions(allow_addresses=LOCAL, retries=0))
    with pytest.raises(FetchError, match=r"robots\.txt answered HTTP 503"):
        g.get(f"{site.base}/flaky")
    f.close()
    g.close()


def test_retry_after_and_per_host_interval(site: Site) -> None:
    site.routes["/busy"] = Route(status=429, headers={"Retry-After": "2"})
    site.routes["/ok"] = Route(body=b"<html>ok</html>")
    sleeps: list[float] = []
    f = Fetcher(FetchOptions(allow_addresses=LOCAL, backoff=0.01, retries=1, per_host_interval=5.0), sleep=sleeps.append)
    f.get(f"{site.base}/ok")
    f.get(f"{site.base}/ok")  # a second request to the host waits for its turn
    assert sleeps and 4.0 < sleeps[-1] <= 5.0
    sleeps.clear()
    f.options = FetchOptions(allow_addresses=LOCAL, backoff=0.01, retries=1, per_host_interval=0.0)
    with pytest.raises(FetchError, match="HTTP 429"):
        f.get(f"{site.base}/busy")
    assert sleeps == [2.0]
    f.close()


@pytest.mark.parametrize(("data", "words"), [
    (BILLION_LAUGHS, "hostile XML"),
    (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss>&x;</rss>', "hostile XML"),
    (b"not xml at all", "malformed feed"),
    (b'<?xml version="1.0"?><rss version="2.0"><channel><title>empty</title></channel></rss>', "without usable entries"),
])
def test_parse_feed_refuses_hostile_and_empty_documents(data: bytes, words: str) -> None:
    from marsad.errors import InputError

    with pytest.raises(InputError, match=words):
        parse_feed(data, "test")


def test_parse_feed_reads_atom_entries() -> None:
    atom = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    <entry><title>a</title><link href="http://h/a"/><updated>2015-07-20T10:00:00Z</updated></entry>
    <entry><title>b</title><content type="text">\xd9\x86\xd8\xb5</content></entry></feed>"""
    entries = parse_feed(atom, "atom")
    assert (entries[0].link, entries[0].title, str(entries[0].published)) == ("http://h/a", "a", "2015-07-20")
    assert entries[1].link is None and entries[1].content == "نص"
