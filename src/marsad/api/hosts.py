"""Only the configured host names are answered (against DNS rebinding): a page on another site
whose name an attacker points at 127.0.0.1 sends its own name in the `Host` header, so a server
that checks the header never answers it.

`allowed_hosts` are names or addresses (`localhost`, `127.0.0.1`, `::1`, `events.example.org`),
`*.example.org` for any subdomain, or `*` for every host (behind a proxy that checks them itself).
A request with another `Host` gets 400 in the API's error format. `marsad serve` allows the bind
address and localhost by default, more with `--allowed-host` (or MARSAD_ALLOWED_HOSTS, comma
separated); an app made by `create_app` without the setting checks nothing (tests, embedding).
"""

from __future__ import annotations

from collections.abc import Iterable

from marsad.api.responses import UTF8JSONResponse, error_payload
from marsad.api.security import ASGIApp, Receive, Scope, Send

LOCAL_NAMES = ("localhost", "127.0.0.1", "::1")


def default_hosts(bind: str, extra: Iterable[str] = ()) -> tuple[str, ...]:
    """The bind address (unless it is a wildcard address), localhost and the extra names."""
    names = [*LOCAL_NAMES]
    if bind not in ("0.0.0.0", "::", ""):
        names.append(bind)
    names.extend(extra)
    return tuple(dict.fromkeys(normalize_host(n) for n in names if n.strip()))


def normalize_host(name: str) -> str:
    name = name.strip().lower().rstrip(".")
    return name[1:-1] if name.startswith("[") and name.endswith("]") else name


def host_of(header: str) -> str:
    """The host name of a Host header, without the port (IPv6 literals in brackets too)."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        return header[1:end] if end > 0 else header
    return header.rsplit(":", 1)[0].rstrip(".") if header.count(":") == 1 else header.rstrip(".")


def allowed(host: str, patterns: tuple[str, ...]) -> bool:
    return any(p == "*" or host == p or (p.startswith("*.") and host.endswith(p[1:])) for p in patterns)


class TrustedHosts:
    """ASGI middleware: HTTP requests whose Host is not allowed are answered 400."""

    def __init__(self, app: ASGIApp, hosts: tuple[str, ...]) -> None:
        self.app = app
        self.hosts = tuple(normalize_host(h) for h in hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            header = next((v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"host"), "")
            if not allowed(host_of(header), self.hosts):
                message = f"host {header!r} is not served here (see --allowed-host)"
                response = UTF8JSONResponse(error_payload(400, message, []), status_code=400)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
