"""The function words of `data/grammar.yaml` as sets of normalized terms (loaded once).

The event engine asks these sets instead of spelling Arabic words in code.
"""

from __future__ import annotations

from functools import cache

from marsad import lexicon


@cache
def words(section: str) -> frozenset[str]:
    """The normalized terms of one section of grammar.yaml."""
    return frozenset(k for e in lexicon.section("grammar.yaml", section) for k in e["ar_norm"])


@cache
def suffixes(section: str) -> tuple[str, ...]:
    """The terms of a section as a tuple for `str.endswith` / `str.startswith`, longest first."""
    return tuple(sorted(words(section), key=len, reverse=True))
