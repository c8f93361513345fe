"""The function words of `data/grammar.yaml` as sets of normalized terms (loaded once).

The event engine asks these sets instead of spelling Arabic words in code.
"""

from __future__ import annotations

from functools import cache, lru_cache

from marsad import lexicon
from marsad.text.morphology import morphology


@cache
def words(section: str) -> frozenset[str]:
    """The normalized terms of one section of grammar.yaml."""
    return frozenset(k for e in lexicon.section("grammar.yaml", section) for k in e["ar_norm"])


@cache
def suffixes(section: str) -> tuple[str, ...]:
    """The terms of a section as a tuple for `str.endswith` / `str.startswith`, longest first."""
    return tuple(sorted(words(section), key=len, reverse=True))


@cache
def _proclitics(prepositions: bool) -> tuple[str, ...]:
    return morphology().proclitics(prepositions=None if prepositions else (), article=False)


@lru_cache(maxsize=1 << 13)
def has(word: str, section: str, prepositions: bool = False) -> bool:
    """`word` is a term of `section`, alone or behind a proclitic of the inventory ("وكانت" for
    "كانت"; with `prepositions`, "لقاعدة" for "قاعدة"). Remembered: the event rules ask about the
    same words over and over (300,000 questions over SaudiNewsNet)."""
    terms = words(section)
    return word in terms or any(word.startswith(p) and word[len(p):] in terms for p in _proclitics(prepositions))
