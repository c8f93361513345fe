"""The figure blocks of the docs and the last recorded run of scripts/figures.py (docs/figures.json)
agree in format: every page quoting a figure set has its block, every block is a set's, and each
block is what the recorded run renders to, up to the numbers (the values are noisy: a new run
changes them; a new figure, a dropped key or a hand-written row changes the format)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def _load_script() -> ModuleType:
    # scripts/ is no package: load the script by its path
    spec = importlib.util.spec_from_file_location("figures_script", REPO / "scripts" / "figures.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


figures = _load_script()
PAIRS = [(name, page) for name, fs in figures.SETS.items() for page in fs.pages]


def masked(text: str) -> str:
    return re.sub(r"\d+(?:[.,]\d+)*", "#", text)


def recorded() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(figures.RECORD.read_text(encoding="utf-8"))
    return data


def test_every_figure_set_has_a_recorded_run() -> None:
    runs = recorded()
    assert set(runs) == set(figures.SETS)
    for name, run in runs.items():
        assert {"date", "commit", "cores", "load", "figures"} <= set(run), name


def test_every_block_of_the_docs_is_a_figure_set_of_its_page() -> None:
    found = {(name, page.name) for page in (REPO / "docs").glob("*.md")
             for name in figures.page_blocks(page.read_text(encoding="utf-8"))}
    assert found == set(PAIRS)


@pytest.mark.parametrize("name, page", PAIRS, ids=[f"{n}@{p}" for n, p in PAIRS])
def test_a_page_block_has_the_format_of_the_recorded_run(name: str, page: str) -> None:
    shown = figures.page_blocks((REPO / "docs" / page).read_text(encoding="utf-8"))[name]
    expected = figures.block(name, recorded()[name])
    assert masked(shown) == masked(expected), f"docs/{page}: rerun `python scripts/figures.py {name}`"


def test_the_format_check_ignores_values_and_catches_keys() -> None:
    run = recorded()["dev-events"]
    noisy = json.loads(json.dumps(run).replace("0.9", "0.8"))
    assert masked(figures.block("dev-events", noisy)) == masked(figures.block("dev-events", run))
    fewer = json.loads(json.dumps(run))
    fewer["figures"]["field_accuracy"].popitem()
    assert masked(figures.block("dev-events", fewer)) != masked(figures.block("dev-events", run))
