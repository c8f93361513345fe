"""Integrity of every data file: loads, no presentation forms, no empty or duplicate terms, no
section written twice."""

from __future__ import annotations

import pytest

from marsad import datafiles, lexicon


@pytest.mark.parametrize("name", lexicon.data_files())
def test_data_file_is_clean(name: str) -> None:
    assert lexicon.integrity_problems(name) == []


def test_there_are_data_files() -> None:
    assert "calendar.yaml" in lexicon.data_files()


def test_terms_are_normalized_like_text() -> None:
    months = lexicon.section("calendar.yaml", "gregorian_months")
    august = next(e for e in months if e["month"] == 8 and e["set"] == "levantine")
    assert august["ar_norm"] == ["اب"]


def test_unknown_section_is_an_error() -> None:
    with pytest.raises(lexicon.LexiconError):
        lexicon.section("calendar.yaml", "no-such-section")


@pytest.mark.parametrize(("text", "twice"), [
    ("cues:\n  - {ar: [قصف]}\nweapons:\n  - {ar: [هاون]}\ncues:\n  - {ar: [غارة]}\n", ["cues"]),
    ("cues:\n  - {ar: [قصف]}\n# cues: a comment names no section\nweapons:\n  - {ar: [هاون]}\n", []),
    ("cues:\n  - {ar: [قصف], note: 'cues: inside an entry'}\n", []),
])
def test_a_section_written_twice_is_found(text: str, twice: list[str]) -> None:
    """YAML keeps the last of two sections of one name and drops the first without a word."""
    assert datafiles._sections_named_twice(text) == twice
