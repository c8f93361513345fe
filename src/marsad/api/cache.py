"""An in-process cache of the API's JSON answers (pure ASGI middleware).

The page and its users ask the same questions again and again (the first page of a filter, the
counts of the timeline, an incident's panel). A successful `GET` of `/api/events`,
`/api/events/{id}`, `/api/documents/{id}` or `/api/stats` is kept, whole, under its normalized
request (the path and its query parameters sorted, percent-escapes decoded: `type=A&view=reports`
and `view=reports&type=A` are one entry), and served again without touching the framework or the
database, for as long as the store has not changed: every entry carries the store's change token
(`marsad.store.changes`), read before the answer was computed, and an entry whose token is not the
current one is a miss. So an ingest running beside the server is seen at its next commit.

Only `200` answers of JSON are kept (errors, exports and pages are not), at most `max_bytes` in all
(least recently used first out). `MARSAD_API_CACHE_MB=0` turns the cache off.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl

from anyio import to_thread

from marsad.api.security import ASGIApp, Message, Receive, Scope, Send

CACHED_PATHS = ("/api/events", "/api/documents/", "/api/stats")
MAX_ENTRY = 4 * 1024 * 1024  # bytes; a larger answer is not kept


def cache_key(path: str, query_string: bytes) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The normalized request: the path and the sorted, decoded query parameters."""
    pairs = parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)
    return path, tuple(sorted(pairs))


class ResponseCache:
    """ASGI middleware: answers repeated GETs of the API from memory while the store is unchanged."""

    def __init__(self, app: ASGIApp, token: Callable[[], object], max_bytes: int, in_thread: bool = False) -> None:
        self.app = app
        self.token = token
        self.max_bytes = max_bytes
        self.in_thread = in_thread  # read the token in a worker thread (a network round trip)
        self.entries: OrderedDict[Any, tuple[object, list[tuple[bytes, bytes]], bytes]] = OrderedDict()
        self.size = 0
        self.last_token: object = None
        self.hits = 0
        self.misses = 0

    def clear(self) -> None:
        self.entries.clear()
        self.size = 0

    def _put(self, key: Any, entry: tuple[object, list[tuple[bytes, bytes]], bytes]) -> None:
        old = self.entries.pop(key, None)
        if old is not None:
            self.size -= len(old[2])
        self.entries[key] = entry
        self.size += len(entry[2])
        while self.size > self.max_bytes and self.entries:
            _k, (_t, _h, body) = self.entries.popitem(last=False)
            self.size -= len(body)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if scope["type"] != "http" or not path.startswith(CACHED_PATHS):
            await self.app(scope, receive, send)
            return
        if scope["method"] != "GET":
            # A write through the API: what is kept may be stale (the token says so too, unless
            # the back end's token is coarse).
            self.clear()
            await self.app(scope, receive, send)
            return
        key = cache_key(path, scope.get("query_string", b""))
        token = await to_thread.run_sync(self.token) if self.in_thread else self.token()
        if token != self.last_token:  # the store changed: everything kept is stale
            self.clear()
            self.last_token = token
        found = self.entries.get(key)
        if found is not None and found[0] == token:
            self.entries.move_to_end(key)
            self.hits += 1
            await send({"type": "http.response.start", "status": 200, "headers": list(found[1])})
            await send({"type": "http.response.body", "body": found[2], "more_body": False})
            return
        self.misses += 1
        start: Message = {}
        parts: list[bytes] = []
        keep = True

        async def capture(message: Message) -> None:
            nonlocal keep
            if message["type"] == "http.response.start":
                start.update(message)
                headers = dict(message.get("headers", []))
                keep = message["status"] == 200 and headers.get(b"content-type", b"").startswith(b"application/json")
            elif message["type"] == "http.response.body" and keep:
                parts.append(message.get("body", b""))
                if sum(len(p) for p in parts) > MAX_ENTRY:
                    keep = False
                elif not message.get("more_body", False):
                    self._put(key, (token, list(start.get("headers", [])), b"".join(parts)))
            await send(message)

        await self.app(scope, receive, capture)
