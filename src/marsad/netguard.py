"""Outgoing connections only to public addresses (against SSRF), for every fetch marsad makes
(article pages, feeds, their redirects and entry links, robots.txt; webhooks later).

A URL names a host; a host resolves to addresses. The guard resolves the host itself, refuses the
connection when any address is not public (loopback, private, link-local such as the cloud
metadata service 169.254.169.254, carrier-grade NAT, multicast, reserved, unspecified, and the
IPv6 forms that embed such an IPv4 address), and then connects to the very address it checked,
so a DNS answer that changes between the check and the connection (rebinding) changes nothing.
It sits under httpx as the connection backend (`guarded_transport`), so every hop of a redirect
is checked the same way. TLS still verifies the certificate against the host name.

The operator may allow networks (`allow`: CIDR blocks or addresses, e.g. `127.0.0.1`, `10.0.0.0/8`)
for their own servers: `marsad ingest --allow-address`, or MARSAD_ALLOW_ADDRESSES (comma separated).
"""

from __future__ import annotations

import ipaddress
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from marsad.errors import ConfigError, MarsadError

if TYPE_CHECKING:
    import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
ENV = "MARSAD_ALLOW_ADDRESSES"


class BlockedAddress(MarsadError):
    """A connection to a non-public address that the operator did not allow."""

    def __init__(self, host: str, address: str, why: str) -> None:
        self.host, self.address, self.why = host, address, why
        self.reason = f"refused to connect to {host} ({address}): {why} address (see --allow-address)"
        super().__init__(self.reason)


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """CIDR blocks or single addresses → networks; ConfigError for anything else."""
    out = []
    for v in values:
        v = v.strip()
        if not v:
            continue
        try:
            out.append(ipaddress.ip_network(v, strict=False))
        except ValueError as e:
            raise ConfigError(f"not an address or CIDR block: {v!r}") from e
    return tuple(out)


def networks_from_env() -> tuple[str, ...]:
    return tuple(v.strip() for v in os.environ.get(ENV, "").split(",") if v.strip())


def why_not_public(ip: IPAddress) -> str | None:
    """The kind of a non-public address ("loopback", "private" …), None for a public one."""
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = ip.ipv4_mapped or ip.sixtofour or (ip.teredo[1] if ip.teredo else None)
        if embedded is not None:
            return why_not_public(embedded)
    for kind, flag in (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
                       ("unspecified", ip.is_unspecified), ("multicast", ip.is_multicast),
                       ("reserved", ip.is_reserved), ("private", ip.is_private)):
        if flag:
            return kind
    return None if ip.is_global else "non-public"


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    allow: tuple[IPNetwork, ...] = ()

    @classmethod
    def of(cls, allow: Iterable[str]) -> AddressPolicy:
        return cls(parse_networks(allow))

    def check(self, host: str, address: str) -> None:
        """BlockedAddress unless `address` is public or inside an allowed network."""
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if any(ip in net for net in self.allow):
            return
        why = why_not_public(ip)
        if why is not None:
            raise BlockedAddress(host, str(ip), why)

    def resolve(self, host: str, port: int) -> list[str]:
        """The addresses of `host` (resolved once), every one checked; BlockedAddress when any is
        refused (a name with one private address among public ones is refused too)."""
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise OSError(f"cannot resolve {host}: {e.strerror}") from e
        addresses = list(dict.fromkeys(str(info[4][0]) for info in infos))
        for a in addresses:
            self.check(host, a)
        return addresses


@cache
def guarded_backend() -> Any:
    """The class GuardedBackend: httpcore's socket backend that connects only to checked
    addresses (made on first use: httpx and httpcore are imported where something is fetched,
    not by every command that reads this module's settings)."""
    import httpcore  # (where something is fetched only)

    class GuardedBackend(httpcore.SyncBackend):
        def __init__(self, policy: AddressPolicy) -> None:
            self.policy = policy

        def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                        local_address: str | None = None,
                        socket_options: Iterable[Any] | None = None) -> httpcore.NetworkStream:
            last: Exception | None = None
            for address in self.policy.resolve(host, port):
                try:
                    return super().connect_tcp(address, port, timeout, local_address, socket_options)
                except httpcore.ConnectError as e:
                    last = e
            raise last or httpcore.ConnectError(f"no address for {host}")

    return GuardedBackend


def guarded_transport(policy: AddressPolicy, **kwargs: Any) -> httpx.HTTPTransport:
    """An httpx transport whose every connection goes through `GuardedBackend(policy)`."""
    import httpx  # (where something is fetched only)

    transport = httpx.HTTPTransport(**kwargs)
    pool = transport._pool
    if not hasattr(pool, "_network_backend"):  # pragma: no cover - a new httpcore would show here
        raise RuntimeError("httpcore's connection pool has no network backend to guard")
    pool._network_backend = guarded_backend()(policy)
    return transport
