"""Webhook targets and one delivery: the URL check, the signature, and the POST with retries.

A delivery is a JSON body sent byte for byte the same on every attempt, with headers

    Content-Type: application/json; charset=utf-8
    X-Marsad-Delivery: <delivery id>           the receiver's idempotency key
    X-Marsad-Timestamp: <unix seconds>          when this attempt was made
    X-Marsad-Signature: sha256=<hex>            HMAC-SHA256 of the raw body with the target's secret

Retried with exponential backoff (`backoff`, then twice that, …) after a 5xx, 408 or 429 answer,
a timeout or a connection error; any other answer outside 2xx (a 4xx: the receiver refuses this
body) ends the delivery as rejected. Connections go through the address guard of
`marsad.netguard`: loopback, private and link-local addresses are refused unless the settings
allow them, checked again at every connection (a host name that resolves elsewhere later is
caught), and redirects are not followed.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from marsad import __version__
from marsad.alerts.settings import AlertSettings
from marsad.errors import ConfigError
from marsad.netguard import AddressPolicy, BlockedAddress, guarded_transport
from marsad.store.alerts import DELIVERED, PENDING, REJECTED
from marsad.store.repository import now

SIGNATURE, TIMESTAMP, DELIVERY = "X-Marsad-Signature", "X-Marsad-Timestamp", "X-Marsad-Delivery"
RETRYABLE = frozenset({408, 429})
MIN_SECRET = 16


def sign(secret: str, body: bytes) -> str:
    """The signature header's value: `sha256=` and the hex HMAC-SHA256 of the raw body."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def verify(secret: str, body: bytes, header: str) -> bool:
    """What a receiver does (constant-time comparison)."""
    return hmac.compare_digest(sign(secret, body), header or "")


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def check_url(url: str, policy: AddressPolicy) -> str:
    """`url` when it is an http(s) URL whose host resolves only to addresses `policy` allows;
    ConfigError (with the reason) otherwise. (Checked again at every connection.)"""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"a webhook must be an http or https URL, not {url!r}")
    if parts.username or parts.password:
        raise ConfigError("a webhook URL carries no user or password (the secret signs each delivery)")
    if any(ch.isspace() for ch in url) or len(url) > 2000:
        raise ConfigError("a webhook URL has no spaces and at most 2000 characters")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        policy.resolve(parts.hostname, port)
    except BlockedAddress as e:
        raise ConfigError(f"{e.reason}; MARSAD_ALERT_ALLOW_PRIVATE=1 or MARSAD_ALERT_ALLOW_ADDRESSES allows it") from e
    except (OSError, ValueError) as e:
        raise ConfigError(f"webhook {url}: {e}") from e
    return url


def check_secret(secret: str) -> str:
    if len(secret) < MIN_SECRET:
        raise ConfigError(f"a webhook secret has at least {MIN_SECRET} characters")
    return secret


@dataclass
class Sender:
    """POSTs deliveries (one httpx client, guarded, no proxy from the environment, no redirects)."""

    settings: AlertSettings
    sleep: Callable[[float], None] = time.sleep
    _client: httpx.Client | None = field(default=None, repr=False)

    @property
    def client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                timeout=httpx.Timeout(self.settings.timeout), follow_redirects=False, trust_env=False,
                transport=guarded_transport(self.settings.policy, trust_env=False),
                headers={"User-Agent": f"marsad/{__version__} (webhook)"})
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    def _attempt(self, url: str, secret: str, delivery_id: str, body: bytes) -> dict[str, Any]:
        start = time.monotonic()
        record: dict[str, Any] = {"at": now(), "status": None, "error": None}
        headers = {"Content-Type": "application/json; charset=utf-8", DELIVERY: delivery_id,
                   TIMESTAMP: str(int(time.time())), SIGNATURE: sign(secret, body)}
        try:
            resp = self.client.post(url, content=body, headers=headers)
            record["status"] = resp.status_code
            if not 200 <= resp.status_code < 300:
                record["error"] = f"HTTP {resp.status_code}"
        except BlockedAddress as e:
            record["error"] = e.reason
            record["blocked"] = True
        except httpx.TimeoutException:
            record["error"] = f"timed out after {self.settings.timeout:g} s"
        except httpx.HTTPError as e:
            record["error"] = f"unreachable: {type(e).__name__}: {e}".rstrip(": ")
        record["seconds"] = round(time.monotonic() - start, 3)
        return record

    def deliver(self, url: str, secret: str, delivery_id: str, body: bytes) -> tuple[str, list[dict[str, Any]]]:
        """Send until the receiver accepts (2xx: delivered), refuses (4xx other than 408 and 429:
        rejected) or the attempts of this run are spent (pending: the next run tries again, with
        the same id and body). Returns the status and the attempts."""
        attempts: list[dict[str, Any]] = []
        delay = self.settings.backoff
        for n in range(self.settings.attempts):
            if n:
                self.sleep(delay)
                delay *= 2
            record = self._attempt(url, secret, delivery_id, body)
            attempts.append(record)
            code = record["status"]
            if code is not None and 200 <= code < 300:
                return DELIVERED, attempts
            if code is not None and code < 500 and code not in RETRYABLE:
                return REJECTED, attempts
            if record.pop("blocked", False):  # the address is refused: no retry helps in this run
                break
        return PENDING, attempts
