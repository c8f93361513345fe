"""Settings, validated once: where marsad keeps its data and which database it uses.

MARSAD_HOME      data directory (default: the per-user data directory, e.g. ~/.local/share/marsad)
MARSAD_DB        database URL or SQLite path (default: $MARSAD_HOME/marsad.db)
MARSAD_SHARED    the shared evaluation material (tests and benchmarks only; default ../shared)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import platformdirs

from marsad.errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
SAMPLES_DIR = DATA_DIR / "samples"


@dataclass(frozen=True, slots=True)
class Settings:
    home: Path
    db_url: str

    @property
    def gazetteer_path(self) -> Path:
        """The user's gazetteer (embedded default plus imports), created by `marsad gazetteer import`."""
        return self.home / "gazetteer.sqlite"


def _db_url(value: str) -> str:
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


@lru_cache(maxsize=1)
def settings() -> Settings:
    raw_home = os.environ.get("MARSAD_HOME")
    home = Path(raw_home).expanduser() if raw_home else Path(platformdirs.user_data_dir("marsad"))
    if home.exists() and not home.is_dir():
        raise ConfigError(f"MARSAD_HOME={home} exists and is not a directory")
    db = os.environ.get("MARSAD_DB") or str(home / "marsad.db")
    return Settings(home=home, db_url=_db_url(db))


def reset() -> None:
    """Forget cached settings (tests change the environment)."""
    settings.cache_clear()
