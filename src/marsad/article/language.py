"""Language of an article: lingua restricted to the languages of the region's press (Arabic,
English, Persian, French, Turkish, Hebrew), built once on first use. Lingua has no Kurdish model:
Sorani (Central Kurdish, "ckb") is recognised by its own letters (ێ ۆ ڵ ڕ ە), which Arabic and
Persian do not use. A sample of the text is enough (at most `SAMPLE_CHARS` characters)."""

from __future__ import annotations

from functools import cache
from typing import Any

from lingua import Language, LanguageDetectorBuilder

SAMPLE_CHARS = 300
_SORANI = frozenset("ێۆڵڕە")


@cache
def _detector() -> Any:
    langs = [Language.ARABIC, Language.ENGLISH, Language.PERSIAN, Language.FRENCH, Language.TURKISH,
             Language.HEBREW]
    return LanguageDetectorBuilder.from_languages(*langs).build()


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    # From the middle of the first part of the text: past any leftover heading or dateline.
    start = min(len(text) - SAMPLE_CHARS, 200)
    return text[start:start + SAMPLE_CHARS]


def detect_language(text: str) -> str | None:
    """ISO 639-1 code ("ar", "en", "fa", ...; "ckb" for Sorani), or None when undecided."""
    sample = _sample(text)
    letters = sum(map(str.isalpha, sample))
    if letters < 10:
        return None
    if not _SORANI.isdisjoint(sample) and sum(sample.count(c) for c in _SORANI) >= max(3, letters // 100):
        return "ckb"
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return None
    return str(lang.iso_code_639_1.name.lower())
