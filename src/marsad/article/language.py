"""Language of an article: lingua restricted to the languages of the region's press (Arabic,
English, Persian, French, Turkish, Hebrew), built once on first use. Lingua has no Kurdish model:
Sorani (Central Kurdish, "ckb") is recognised by its own letters (ێ ۆ ڵ ڕ ە), which Arabic and
Persian do not use. A sample of the text is enough (at most `SAMPLE_CHARS` characters)."""

from __future__ import annotations

import re
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


# Plainly Arabic: letters of the Arabic alphabet's own block (hamza to yeh, U+0621-U+064A) and
# none of the letters other languages add to the script (U+0671-U+06FF: Persian پ چ ژ گ ک ی,
# Urdu, Kurdish; the presentation forms), several teh marbuta (ة, which Persian does not write)
# and the article on a good share of the words (ال, after a one-letter proclitic or none). A
# Persian text typed with Arabic letters has neither. Lingua answers Arabic for all of these with
# confidence 1.0 (tests/test_language.py checks the two agree on every text of the corpora and
# gold files); it decides the rest.
_ARABIC_BLOCK = frozenset(map(chr, range(0x0621, 0x064B)))
_OTHER_ARABIC_SCRIPT = re.compile("[\u0671-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]")
_ARTICLE_WORD = re.compile("(?:^|\\s)[\u0648\u0641\u0628\u0643\u0644]?\u0627\u0644")  # (و ف ب ك ل)? ال
_TEH_MARBUTA = "\u0629"
PLAIN_ARABIC_SHARE = 0.9  # of the sample's letters
PLAIN_ARABIC_TEH_MARBUTA = 3
PLAIN_ARABIC_ARTICLE_SHARE = 0.15  # of the sample's words (the median in the corpora: 0.26)


def plainly_arabic(sample: str, letters: int) -> bool:
    """The sample is Arabic by its letters alone (`letters`: how many it has)."""
    if sample.count(_TEH_MARBUTA) < PLAIN_ARABIC_TEH_MARBUTA or _OTHER_ARABIC_SCRIPT.search(sample):
        return False
    if len(_ARTICLE_WORD.findall(sample)) < PLAIN_ARABIC_ARTICLE_SHARE * len(sample.split()):
        return False
    return sum(map(_ARABIC_BLOCK.__contains__, sample)) >= PLAIN_ARABIC_SHARE * letters


def detect_language(text: str) -> str | None:
    """ISO 639-1 code ("ar", "en", "fa", ...; "ckb" for Sorani), or None when undecided."""
    sample = _sample(text)
    letters = sum(map(str.isalpha, sample))
    if letters < 10:
        return None
    if not _SORANI.isdisjoint(sample) and sum(sample.count(c) for c in _SORANI) >= max(3, letters // 100):
        return "ckb"
    if plainly_arabic(sample, letters):
        return "ar"
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return None
    return str(lang.iso_code_639_1.name.lower())
