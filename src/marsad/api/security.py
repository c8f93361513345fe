"""Security at the edge: response headers on every answer (pure ASGI middleware) and the bearer
token that guards write endpoints.

The Content-Security-Policy allows scripts, styles, fonts and data only from this server (no
inline script or style, no eval), images from this server, `data:` URLs and the configured tile
server, and forbids framing, plugins and form posts elsewhere.
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import Request

from marsad.api.settings import ApiSettings, ApiToken
from marsad.errors import InputError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]


def content_security_policy(settings: ApiSettings) -> str:
    img = "'self' data:" + (f" {settings.tile_origin}" if settings.tile_origin else "")
    return "; ".join([
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        f"img-src {img}",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "object-src 'none'",
    ])


def security_headers(settings: ApiSettings) -> list[tuple[bytes, bytes]]:
    return [(k.encode("latin-1"), v.encode("latin-1")) for k, v in (
        ("content-security-policy", content_security_policy(settings)),
        ("x-content-type-options", "nosniff"),
        ("x-frame-options", "DENY"),
        ("referrer-policy", "no-referrer"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        ("permissions-policy", "geolocation=(), camera=(), microphone=(), payment=()"),
    )]


class SecurityHeaders:
    """Adds the security headers to every HTTP response (and `no-store` to API answers)."""

    def __init__(self, app: ASGIApp, settings: ApiSettings) -> None:
        self.app = app
        self.headers = security_headers(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_api = str(scope.get("path", "")).startswith("/api/")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() not in dict(self.headers)]
                headers.extend(self.headers)
                if is_api:
                    headers.append((b"cache-control", b"no-store"))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class Forbidden(InputError):
    """A write without the right token (answered 401/403 by the error handler)."""

    def __init__(self, reason: str, status: int) -> None:
        super().__init__(reason)
        self.status = status


def caller(request: Request) -> ApiToken:
    """The token of `Authorization: Bearer …` among the configured ones, compared in constant
    time with every one of them (401 when it is none of them, 403 when none is configured)."""
    settings: ApiSettings = request.app.state.settings
    known = settings.all_tokens
    if not known:
        raise Forbidden("this server is read-only (set MARSAD_API_TOKEN or MARSAD_API_TOKENS to enable writes)", 403)
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    given = value.strip().encode()
    found: ApiToken | None = None
    for tok in known:  # every comparison runs: the time says nothing about which token matched
        if hmac.compare_digest(given, tok.secret.encode()) and scheme.lower() == "bearer":
            found = tok
    if found is None:
        raise Forbidden("a valid bearer token is required", 401)
    return found


def require_role(role: str) -> Callable[[Request], ApiToken]:
    """A dependency: the caller's token, which must have `role` (or a role above it), else 403."""
    def check(request: Request) -> ApiToken:
        tok = caller(request)
        if not tok.may(role):
            raise Forbidden(f"the token {tok.name!r} has the role {tok.role}; this needs {role}", 403)
        return tok
    return check


def require_token(request: Request) -> None:
    """Dependency of the document write endpoint: a token with the admin role."""
    require_role("admin")(request)
