"""Settings of the webhook deliveries, read once from the environment.

MARSAD_ALERT_ALLOW_PRIVATE    1: webhooks may target any address, loopback and private networks
                              included (a receiver on the same machine or network)
MARSAD_ALERT_ALLOW_ADDRESSES  comma-separated addresses or CIDR blocks webhooks may target besides
                              public addresses (e.g. `127.0.0.1,10.0.0.0/8`)
MARSAD_PUBLIC_URL             the address of `marsad serve` as readers reach it: the links to the
                              map and to the feed inside webhook payloads (default
                              http://127.0.0.1:8000)
MARSAD_ALERT_ATTEMPTS         attempts per delivery in one run (default 5)
MARSAD_ALERT_BACKOFF          seconds before the first retry, doubled for each next one (default 1)
MARSAD_ALERT_TIMEOUT          seconds for one attempt (default 10)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from marsad.errors import ConfigError
from marsad.netguard import AddressPolicy, parse_networks

ANY_ADDRESS = ("0.0.0.0/0", "::/0")
_URL = re.compile(r"^https?://[^\s/?#]+(/[^\s]*)?$")


@dataclass(frozen=True, slots=True)
class AlertSettings:
    allow_private: bool = False
    allow_addresses: tuple[str, ...] = ()
    public_url: str = "http://127.0.0.1:8000"
    attempts: int = 5
    backoff: float = 1.0
    timeout: float = 10.0
    batch: int = 100  # incidents per delivery at most

    def __post_init__(self) -> None:
        parse_networks(self.allow_addresses)  # ConfigError for a bad entry
        if not _URL.match(self.public_url):
            raise ConfigError(f"MARSAD_PUBLIC_URL must be an http(s) URL, not {self.public_url!r}")
        if self.attempts < 1 or self.backoff < 0 or self.timeout <= 0 or not 1 <= self.batch <= 1000:
            raise ConfigError("alert settings out of range: attempts >= 1, backoff >= 0, timeout > 0, "
                              "batch 1..1000")

    @property
    def policy(self) -> AddressPolicy:
        """The addresses webhooks may reach: public ones, plus what the operator allowed."""
        return AddressPolicy.of(ANY_ADDRESS if self.allow_private else self.allow_addresses)

    @property
    def base_url(self) -> str:
        return self.public_url.rstrip("/")

    @classmethod
    def from_env(cls) -> AlertSettings:
        env = os.environ.get
        try:
            return cls(allow_private=env("MARSAD_ALERT_ALLOW_PRIVATE", "").strip().lower() in ("1", "true", "yes"),
                       allow_addresses=tuple(v.strip() for v in env("MARSAD_ALERT_ALLOW_ADDRESSES", "").split(",")
                                             if v.strip()),
                       public_url=env("MARSAD_PUBLIC_URL", "").strip() or "http://127.0.0.1:8000",
                       attempts=int(env("MARSAD_ALERT_ATTEMPTS", "") or 5),
                       backoff=float(env("MARSAD_ALERT_BACKOFF", "") or 1.0),
                       timeout=float(env("MARSAD_ALERT_TIMEOUT", "") or 10.0))
        except ValueError as e:
            raise ConfigError(f"an alert setting is not a number: {e}") from e
