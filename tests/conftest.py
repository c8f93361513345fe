"""Shared fixtures. The ../shared evaluation material is found through MARSAD_SHARED (default
../shared next to the repository); tests that need it skip with a clear reason when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    return Path(os.environ.get("MARSAD_SHARED") or REPO.parent / "shared").resolve()


def require_shared(*parts: str) -> Path:
    """The path of a file under ../shared, or skip the test saying what is missing."""
    path = shared_dir().joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared material not found: {path} (set MARSAD_SHARED to the shared folder)")
    return path


@pytest.fixture()
def shared() -> Path:
    return require_shared()


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test gets its own MARSAD_HOME, so nothing touches the user's data directory."""
    from marsad import config

    home = tmp_path_factory.mktemp("marsad-home")
    monkeypatch.setenv("MARSAD_HOME", str(home))
    monkeypatch.delenv("MARSAD_DB", raising=False)
    config.reset()
