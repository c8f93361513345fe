"""Storage back ends behind one interface: every difference between SQLite and PostgreSQL lives in
`marsad.store.dialects` (one module per back end); nothing else branches on the back end's name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from marsad.errors import StoreError
from marsad.store import open_store
from marsad.store.dialects import DIALECTS, database_url, dialect_named, dialect_of_url
from marsad.store.dialects.base import Dialect

SRC = Path(__file__).resolve().parents[1] / "src" / "marsad"
BRANCH = re.compile(r"""dialect(\.name)?\s*[!=]=|["'](sqlite|postgresql)["']\s*(==|!=|in)|startswith\(["']sqlite""")


def test_no_module_outside_the_dialects_branches_on_the_back_end() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        if "dialects" in path.parts or path.parts[-2:] == ("cli", "ingest.py"):
            continue  # (cli/ingest.py prints a SQLite URL as the path the user gave)
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if BRANCH.search(line):
                found.append(f"{path.relative_to(SRC)}:{n}: {line.strip()}")
    assert found == []


@pytest.mark.parametrize("name", sorted(DIALECTS))
def test_every_back_end_implements_the_interface(name: str) -> None:
    d = dialect_named(name)
    assert d.name == name
    for member in [m for m in dir(Dialect) if not m.startswith("_")] + ["name", "queries_on_event_loop"]:
        assert hasattr(d, member), (name, member)


@pytest.mark.parametrize(("value", "url"), [
    ("postgres://u@h:5432/db", "postgresql+psycopg://u@h:5432/db"),
    ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
    ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
    ("sqlite:///tmp/x.db", "sqlite:///tmp/x.db"),
])
def test_urls_are_spelled_the_way_their_back_end_opens_them(value: str, url: str) -> None:
    assert database_url(value) == url


def test_a_path_is_a_sqlite_database(tmp_path: Path) -> None:
    assert database_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    assert dialect_of_url(database_url(str(tmp_path / "a.db"))).name == "sqlite"


def test_an_unsupported_back_end_is_refused() -> None:
    with pytest.raises(StoreError, match="unsupported database"):
        open_store("mysql://u@h/db")
    with pytest.raises(StoreError, match="unsupported database"):
        dialect_named("oracle")
