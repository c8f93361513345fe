"""Settings of the web API and page, read once from the environment.

MARSAD_API_TOKEN         an admin token (`Authorization: Bearer <token>`): ingest documents
                         (POST /api/documents) and review events; named "admin"
MARSAD_API_TOKENS        named tokens with a role, `name:role:token` separated by commas; roles
                         `reader` (reads only), `reviewer` (POST /api/events/{id}/review), `admin`
                         (also POST /api/documents). The same lines (one a line, `#` comments) may
                         be kept in `$MARSAD_HOME/api_tokens`. A reviewer's name is the token's name.
                         Without any token the API is read-only
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
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from marsad.config import settings as marsad_settings
from marsad.errors import ConfigError

_TILE = re.compile(r"^https?://[^\s\"'<>]+$")
MIN_TOKEN = 16
ROLES = ("reader", "reviewer", "admin")  # each may do what the ones before it may
TOKENS_FILE = "api_tokens"
_NAME = re.compile(r"^[A-Za-z0-9_.@-]{1,64}$")


@dataclass(frozen=True, slots=True)
class ApiToken:
    """A named bearer token and its role; the name identifies the reviewer."""

    name: str
    role: str
    secret: str = field(repr=False)

    def __post_init__(self) -> None:
        if not _NAME.match(self.name):
            raise ConfigError(f"token name {self.name!r}: letters, digits and _.@- only (1-64 characters)")
        if self.role not in ROLES:
            raise ConfigError(f"token {self.name}: unknown role {self.role!r}; one of {', '.join(ROLES)}")
        if len(self.secret) < MIN_TOKEN:
            raise ConfigError(f"token {self.name}: a token must be at least {MIN_TOKEN} characters")

    def may(self, role: str) -> bool:
        """Whether this token's role includes `role`."""
        return ROLES.index(self.role) >= ROLES.index(role)


def parse_tokens(text: str, where: str) -> tuple[ApiToken, ...]:
    """`name:role:token` entries separated by commas or lines (`#` starts a comment line)."""
    out: list[ApiToken] = []
    for raw in re.split(r"[,\n]", text):
        item = raw.strip()
        if not item or item.startswith("#"):
            continue
        parts = item.split(":", 2)
        if len(parts) != 3:
            raise ConfigError(f"{where}: {parts[0]!r}… is not name:role:token")
        out.append(ApiToken(parts[0].strip(), parts[1].strip(), parts[2].strip()))
    names = [t.name for t in out]
    if len(set(names)) != len(names):
        raise ConfigError(f"{where}: a token name is given twice")
    return tuple(out)


@dataclass(frozen=True, slots=True)
class ApiSettings:
    token: str | None = None  # MARSAD_API_TOKEN: an admin token named "admin"
    tokens: tuple[ApiToken, ...] = ()  # named tokens with roles
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
    def all_tokens(self) -> tuple[ApiToken, ...]:
        extra = (ApiToken("admin", "admin", self.token),) if self.token is not None else ()
        return extra + tuple(t for t in self.tokens if not (extra and t.name == "admin"))

    @property
    def writable(self) -> bool:
        return any(t.role != "reader" for t in self.all_tokens)

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
                   tokens=_file_tokens() + parse_tokens(os.environ.get("MARSAD_API_TOKENS", ""), "MARSAD_API_TOKENS"),
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


def _file_tokens() -> tuple[ApiToken, ...]:
    path: Path = marsad_settings().home / TOKENS_FILE
    if not path.is_file():
        return ()
    return parse_tokens(path.read_text(encoding="utf-8"), str(path))
