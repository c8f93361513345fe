"""Polite HTTP fetching of feeds and article pages (httpx).

Every request: a timeout for each read and a total deadline for the whole fetch (redirects,
retries and a server that sends one byte at a time included), a size cap (read in chunks,
stopped as soon as it is exceeded), connections only to public addresses unless the operator
allows others (`marsad.netguard`: every hop resolved, checked, and connected to the checked
address), redirects followed by hand up to a cap (each hop checked against robots.txt), robots.txt honoured
per host (cached), a minimum interval between two requests to one host, retries with exponential
back-off on connection errors, timeouts, 429 and 5xx (Retry-After honoured up to a cap), and
conditional GET (If-None-Match / If-Modified-Since) from the validators stored per URL.

Errors raise `FetchError(stage, reason)`; the ingest runner records them as failures and goes on.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from marsad import __version__
from marsad.errors import MarsadError
from marsad.netguard import AddressPolicy, BlockedAddress, guarded_transport

if TYPE_CHECKING:  # (httpx is imported where something is fetched: 0.04-0.06 s of every ingest's start)
    import httpx

USER_AGENT = f"marsad/{__version__} (+https://pypi.org/project/marsad/)"
HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
              "application/rdf+xml", "application/feed+json")


class FetchError(MarsadError):
    def __init__(self, stage: str, reason: str, url: str) -> None:
        self.stage, self.reason, self.url = stage, reason, url
        super().__init__(f"{url}: {reason}")


@dataclass(frozen=True, slots=True)
class FetchOptions:
    timeout: float = 20.0  # seconds, connect and each read
    deadline: float = 120.0  # seconds for the whole fetch of one URL (redirects and retries included)
    feed_deadline: float = 900.0  # seconds for a feed and all its entries
    allow_addresses: tuple[str, ...] = ()  # non-public networks that may be fetched (CIDR or addresses)
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2  # further attempts after the first
    backoff: float = 1.0  # seconds, doubled at each retry
    max_retry_after: float = 60.0
    per_host_interval: float = 1.0  # seconds between two requests to one host
    robots: bool = True
    user_agent: str = USER_AGENT


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # the URL asked for
    final_url: str  # after redirects
    status: int
    content_type: str
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def is_feed(self) -> bool:
        if self.content_type in FEED_TYPES or self.content_type.endswith(("+xml", "/xml")):
            return True
        head = self.body[:1024].lstrip().lower()
        return head.startswith(b"<?xml") and (b"<rss" in self.body[:4096].lower()
                                             or b"<feed" in self.body[:4096].lower())


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    reason: str
    headers: httpx.Headers
    body: bytes

    @property
    def is_redirect(self) -> bool:
        return self.status in (301, 302, 303, 307, 308)


Validators = Callable[[str], tuple[str | None, str | None]]


@dataclass
class Fetcher:
    options: FetchOptions = field(default_factory=FetchOptions)
    validators: Validators | None = None  # url → (etag, last_modified) stored from an earlier fetch
    sleep: Callable[[float], None] = time.sleep
    _client: httpx.Client | None = None
    _robots: dict[str, urllib.robotparser.RobotFileParser | str] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)

    @property
    def client(self) -> httpx.Client:
        import httpx  # (where something is fetched only, as in _request)

        if self._client is None:
            # No proxy from the environment: the address guard must see the real destination.
            policy = AddressPolicy.of(self.options.allow_addresses)
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.options.timeout), follow_redirects=False, trust_env=False,
                transport=guarded_transport(policy, trust_env=False),
                headers={"User-Agent": self.options.user_agent, "Accept-Encoding": "gzip, deflate"})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            wait = self.options.per_host_interval - (time.monotonic() - last)
            if wait > 0:
                self.sleep(wait)
        self._last[host] = time.monotonic()

    def _allowed(self, url: str, deadline: float) -> None:
        if not self.options.robots:
            return
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        rp = self._robots.get(origin)
        if rp is None:
            rp = self._load_robots(origin, deadline)
            self._robots[origin] = rp
        if isinstance(rp, str):
            raise FetchError("robots", rp, url)
        if not rp.can_fetch(self.options.user_agent, url):
            raise FetchError("robots", "disallowed by robots.txt", url)

    def _load_robots(self, origin: str, deadline: float) -> urllib.robotparser.RobotFileParser | str:
        rp = urllib.robotparser.RobotFileParser()
        try:
            resp = self._request("GET", origin + "/robots.txt", {}, deadline, stage="robots")
        except FetchError as e:
            if e.stage == "deadline":
                raise
            return f"robots.txt not readable: {e.reason}"
        if resp.status >= 500:
            return f"robots.txt answered HTTP {resp.status}: the host is not crawled for now"
        if resp.status >= 400 or resp.is_redirect:
            rp.parse([])  # no robots.txt: everything is allowed
        else:
            rp.parse(resp.body[:512 * 1024].decode("utf-8", errors="replace").splitlines())
        return rp

    def _request(self, method: str, url: str, headers: dict[str, str], deadline: float,
                 stage: str = "fetch") -> _Answer:
        """One request with retries, within `deadline` (time.monotonic()); the body is read up to
        the size cap."""
        import httpx  # (where something is fetched only: not at every ingest's start)

        host = urlsplit(url).netloc
        delay = self.options.backoff
        last_error = ""
        for attempt in range(self.options.retries + 1):
            if attempt:
                if time.monotonic() + delay >= deadline:
                    break
                self.sleep(delay)
                delay *= 2
            self._wait_turn(host)
            left = deadline - time.monotonic()
            if left <= 0:
                raise FetchError("deadline", self._late(), url)
            try:
                with self.client.stream(method, url, headers=headers,
                                        timeout=httpx.Timeout(min(self.options.timeout, left))) as resp:
                    if resp.status_code == 429 or resp.status_code >= 500:
                        last_error = f"HTTP {resp.status_code}"
                        ra = _retry_after(resp.headers.get("retry-after"))
                        if ra is not None and attempt < self.options.retries:
                            delay = min(max(delay, ra), self.options.max_retry_after)
                        if attempt < self.options.retries:
                            continue
                        return _Answer(resp.status_code, resp.reason_phrase, resp.headers, b"")
                    body = _read_capped(resp, self.options.max_bytes, url, deadline, self._late)
                    return _Answer(resp.status_code, resp.reason_phrase, resp.headers, body)
            except BlockedAddress as e:  # no retry: the address will not become public
                raise FetchError(stage, e.reason, url) from e
            except httpx.TimeoutException:
                if time.monotonic() >= deadline:
                    raise FetchError("deadline", self._late(), url) from None
                last_error = f"timed out after {self.options.timeout:g} s"
            except httpx.TransportError as e:
                last_error = f"unreachable: {type(e).__name__}: {e}".rstrip(": ")
            except httpx.HTTPError as e:  # invalid URL and the like: no retry helps
                raise FetchError(stage, f"{type(e).__name__}: {e}", url) from e
        raise FetchError(stage, f"{last_error} (after {self.options.retries + 1} attempts)", url)

    def _late(self) -> str:
        return f"the fetch took longer than its deadline of {self.options.deadline:g} s (--deadline)"

    def get(self, url: str, *, conditional: bool = True, deadline: float | None = None) -> Fetched:
        """GET `url` (redirects followed, robots honoured) within the fetch deadline (or the
        earlier absolute `deadline`, in time.monotonic() seconds); raises FetchError for anything
        but a 2xx answer or a 304 Not Modified (stage `deadline` when time ran out)."""
        end = time.monotonic() + self.options.deadline
        end = min(end, deadline) if deadline is not None else end
        if urlsplit(url).scheme not in ("http", "https"):
            raise FetchError("fetch", "only http and https URLs are fetched", url)
        headers: dict[str, str] = {}
        if conditional and self.validators is not None:
            etag, modified = self.validators(url)
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
        current = url
        for _hop in range(self.options.max_redirects + 1):
            self._allowed(current, end)
            resp = self._request("GET", current, headers, end)
            if resp.is_redirect:
                loc = resp.headers.get("location")
                if not loc:
                    raise FetchError("fetch", f"HTTP {resp.status} without a Location", current)
                current = urljoin(current, loc)
                if urlsplit(current).scheme not in ("http", "https"):
                    raise FetchError("fetch", f"redirected to a non-HTTP URL {current}", url)
                continue
            if resp.status != 304 and not 200 <= resp.status < 300:
                raise FetchError("fetch", f"HTTP {resp.status} {resp.reason}".strip(), current)
            ctype = resp.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(url, current, resp.status, ctype, resp.body,
                           resp.headers.get("etag"), resp.headers.get("last-modified"))
        raise FetchError("fetch", f"more than {self.options.max_redirects} redirects", url)


def _read_capped(resp: httpx.Response, cap: int, url: str, deadline: float, late: Callable[[], str]) -> bytes:
    declared = resp.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > cap:
        raise FetchError("fetch", f"body of {declared} bytes exceeds the cap of {cap}", url)
    chunks, size = [], 0
    for chunk in resp.iter_bytes():
        if time.monotonic() > deadline:  # a server trickling bytes: each read is quick, the whole is not
            raise FetchError("deadline", late(), url)
        size += len(chunk)
        if size > cap:
            raise FetchError("fetch", f"body exceeds the cap of {cap} bytes", url)
        chunks.append(chunk)
    return b"".join(chunks)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return None
