"""Settings of the web API and page, read once from the environment.

MARSAD_API_TOKEN         enables the write endpoint (POST /api/documents) for callers that send
                         `Authorization: Bearer <token>`; unset, the API is read-only
MARSAD_TILE_URL          a raster tile URL template (`https://…/{z}/{x}/{y}.png`) for the map's
                         base layer; unset, the map shows only the offline country outlines
                         shipped with the package
MARSAD_TILE_ATTRIBUTION  the attribution line the tile provider requires (plain text)
MARSAD_API_CACHE_MB      memory for the cache of repeated API answers (default 64; 0 turns it off;
                         see `marsad.api.cache`)
MARSAD_ALLOWED_HOSTS     comma-separated host names the server answers (`Host` header; see
                         `marsad.api.hosts`); unset, every host (`marsad serve` sets its default:
                         the bind address and localhost)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from marsad.errors import ConfigError

_TILE = re.compile(r"^https?://[^\s\"'<>]+$")
MIN_TOKEN = 16


@dataclass(frozen=True, slots=True)
class ApiSettings:
    token: str | None = None
    tile_url: str | None = None
    tile_attribution: str = ""
    cache_mb: int = 64
    allowed_hosts: tuple[str, ...] | None = None  # None: no Host check (see marsad.api.hosts)

    def __post_init__(self) -> None:
        if self.cache_mb < 0:
            raise ConfigError("MARSAD_API_CACHE_MB must be 0 (no cache) or a number of megabytes")
        if self.token is not None and len(self.token) < MIN_TOKEN:
            raise ConfigError(f"MARSAD_API_TOKEN must be at least {MIN_TOKEN} characters")
        if self.tile_url is not None and (
                not _TILE.match(self.tile_url) or not all(k in self.tile_url for k in ("{z}", "{x}", "{y}"))):
            raise ConfigError("MARSAD_TILE_URL must be an http(s) URL template with {z}, {x} and {y}, "
                                  f"not {self.tile_url!r}")

    @property
    def writable(self) -> bool:
        return self.token is not None

    @property
    def tile_origin(self) -> str | None:
        """scheme://host[:port] of the tile server (for the Content-Security-Policy), or None.
        A `{s}` subdomain placeholder becomes a wildcard."""
        if not self.tile_url:
            return None
        parts = urlsplit(self.tile_url.replace("{s}", "x"))
        host = parts.netloc
        if "{s}" in self.tile_url.split("/")[2]:
            host = "*." + host.split(".", 1)[1] if "." in host else host
        return f"{parts.scheme}://{host}"

    @classmethod
    def from_env(cls) -> ApiSettings:
        return cls(token=os.environ.get("MARSAD_API_TOKEN") or None,
                   tile_url=os.environ.get("MARSAD_TILE_URL") or None,
                   tile_attribution=os.environ.get("MARSAD_TILE_ATTRIBUTION", ""),
                   cache_mb=_int_env("MARSAD_API_CACHE_MB", 64),
                   allowed_hosts=_list_env("MARSAD_ALLOWED_HOSTS"))


def _list_env(name: str) -> tuple[str, ...] | None:
    value = os.environ.get(name, "").strip()
    return tuple(v.strip() for v in value.split(",") if v.strip()) or None if value else None


def _int_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as e:
        raise ConfigError(f"{name} must be a whole number, not {value!r}") from e
