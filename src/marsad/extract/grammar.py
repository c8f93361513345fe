"""The function words of `data/grammar.yaml` as sets of normalized terms (loaded once).

The event engine asks these sets instead of spelling Arabic words in code.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from marsad import lexicon
from marsad.text.morphology import morphology

STEM_LETTERS = 3  # the shortest stem left when an ending of number is taken off


@cache
def words(section: str) -> frozenset[str]:
    """The normalized terms of one section of grammar.yaml."""
    return frozenset(k for e in lexicon.section("grammar.yaml", section) for k in e["ar_norm"])


@cache
def suffixes(section: str) -> tuple[str, ...]:
    """The terms of a section as a tuple for `str.endswith` / `str.startswith`, longest first (then
    in the order of their letters: the same order in every process, whatever the string hashes)."""
    return tuple(sorted(words(section), key=lambda t: (-len(t), t)))


@cache
def spaced(section: str) -> tuple[str, ...]:
    """The terms of `suffixes(section)`, each followed by a space: `(said + " ").endswith(...)`
    asks for all of them in one call (a whole word at the end)."""
    return tuple(t + " " for t in suffixes(section))


@cache
def _proclitics(prepositions: bool) -> tuple[str, ...]:
    return morphology().proclitics(prepositions=None if prepositions else (), article=False)


@cache
def _forms(section: str, prepositions: bool) -> frozenset[str]:
    """The terms of a section, alone and behind each proclitic of the inventory (a few thousand
    words for the largest section)."""
    terms = words(section)
    m = morphology()
    # "للبيان" = ل + "البيان": behind ل the article of a term loses its alef
    elided = [p + t[1:] for p in _proclitics(prepositions) if p[-1:] in m.elided_after
              for t in terms if t.startswith(m.article)]
    return terms | frozenset(p + t for p in _proclitics(prepositions) for t in terms) | frozenset(elided)


# the forms of each section asked for (`_forms`), without and with the prepositions: one dict
# lookup per question instead of a call of the cached function (its key tuple made and hashed)
_FORMS: tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]] = ({}, {})


def forms(section: str, prepositions: bool = False) -> frozenset[str]:
    """Every word `has` says yes to (`forms(section).isdisjoint(words)`: none of the words is a
    term of the section, one test in C for a whole sentence)."""
    known = _FORMS[prepositions]
    found = known.get(section)
    if found is None:
        found = known[section] = _forms(section, prepositions)
    return found


def has(word: str, section: str, prepositions: bool = False) -> bool:
    """`word` is a term of `section`, alone or behind a proclitic of the inventory ("وكانت" for
    "كانت"; with `prepositions`, "لقاعدة" for "قاعدة"): one lookup in the section's forms (the
    event rules ask 300,000 times over SaudiNewsNet, about words seen for the first time too)."""
    known = _FORMS[prepositions]
    forms = known.get(section)
    if forms is None:
        forms = known[section] = _forms(section, prepositions)
    return word in forms


def any_of(words: Iterable[str], section: str, prepositions: bool = False) -> bool:
    """Some word of `words` is one `has` says yes to: one test in C for the whole list (the rules
    ask it of every word before a cue, of a clause or a sentence, mostly about none)."""
    return not forms(section, prepositions).isdisjoint(words)


def first(words: list[str], section: str, prepositions: bool = False) -> str | None:
    """The first of `words` that `has` says yes to, or None: one test in C when there is none
    (the usual case), the words read one by one only when there is one."""
    found = forms(section, prepositions)
    if found.isdisjoint(words):
        return None
    return next(w for w in words if w in found)


def bare(word: str) -> str:
    """`word` without its article ("الهجوم" → "هجوم")."""
    article = morphology().article
    return word[len(article):] if word.startswith(article) else word


def noun_stem(word: str) -> str:
    """`word` without its article and the ending of its number and case (`number_endings`):
    "المسلحين" and "مسلحون" are one noun."""
    word = bare(word)
    ending = next((e for e in suffixes("number_endings") if word.endswith(e) and len(word) - len(e) >= STEM_LETTERS), "")
    return word[:len(word) - len(ending)]


def feminine_stem(word: str) -> str:
    """`word` without the ending of its feminine plural or singular (`feminine_endings`,
    `alef_feminine_endings`; at least `STEM_LETTERS` left): "ميليشيات" and "ميليشيا", "جماعات" and
    "جماعة" are one noun."""
    endings = sorted(suffixes("feminine_endings") + suffixes("alef_feminine_endings"), key=len, reverse=True)
    ending = next((e for e in endings if word.endswith(e) and len(word) - len(e) >= STEM_LETTERS), "")
    return word[:len(word) - len(ending)]


def has_bare(word: str, section: str) -> bool:
    """`word` is a term of `section` as it stands or without its article ("الفرقة" for "فرقة",
    "التابعة" for "تابعة")."""
    return has(word, section) or has(bare(word), section)


def has_with_pronoun(word: str, section: str) -> bool:
    """`word` is a term of `section` with an attached pronoun ("مواقعها", "عناصره"; the longest
    ending of `pronoun_suffixes` taken off)."""
    ending = next((e for e in suffixes("pronoun_suffixes") if word.endswith(e)), None)
    return ending is not None and has(word[:-len(ending)], section)


def first_told(text: str, section: str) -> str | None:
    """The term of `section` told first in `text` (a substring; the longest of those at the same
    place), or None: one answer whatever the order of the section's set, so that `--explain` says
    the same words from one run to the next."""
    found = [(text.find(w), -len(w), w) for w in words(section) if w in text]
    return min(found)[2] if found else None
