"""`grammar.has`: a word is a term of a grammar.yaml section alone or behind a proclitic of the
inventory, answered by one lookup in the section's forms."""

from __future__ import annotations

import pytest

from marsad import lexicon
from marsad.extract import grammar
from marsad.text.morphology import morphology


def _by_definition(word: str, section: str, prepositions: bool) -> bool:
    terms = grammar.words(section)
    m = morphology()
    return word in terms or any(word.startswith(p) and (word[len(p):] in terms or (
        p[-1:] in m.elided_after and m.article[0] + word[len(p):] in terms and word[len(p):].startswith(m.article[1:])))
        for p in grammar._proclitics(prepositions))


@pytest.mark.parametrize("prepositions", [False, True])
def test_has_is_the_definition_for_every_section(prepositions: bool) -> None:
    sections = list(lexicon.load("grammar.yaml"))
    procl = grammar._proclitics(True)
    for section in sections:
        terms = sorted(grammar.words(section))
        # each term alone, behind every proclitic (with and without prepositions), cut, run on,
        # and the terms of the other sections
        words = {*terms, *(p + t for p in procl for t in terms), *(t[1:] for t in terms), *(t + "ه" for t in terms),
                 *(p + t[1:] for p in procl for t in terms), *(w for s in sections[:12] for w in grammar.words(s))}
        assert [w for w in sorted(words) if grammar.has(w, section, prepositions)
                != _by_definition(w, section, prepositions)] == [], section


def test_has_reads_proclitics() -> None:
    section = next(s for s in lexicon.load("grammar.yaml") if grammar.words(s))
    term = sorted(grammar.words(section))[0]
    assert grammar.has(term, section)
    assert grammar.has("و" + term, section)
    assert not grammar.has(term + "ونن", section)


@pytest.mark.parametrize(("word", "section", "found"), [
    ("للبيان", "statement_nouns", True),  # ل + البيان: the article loses its alef
    ("وللبيان", "statement_nouns", True),
    ("لالبيان", "statement_nouns", True),  # as the proclitics are spelled (never written so)
    ("بلبيان", "statement_nouns", False),  # only ل elides the alef
])
def test_has_reads_the_article_behind_lam(word: str, section: str, found: bool) -> None:
    assert grammar.has(word, section, prepositions=True) is found
    assert not grammar.has(word, section) or word == "لالبيان"


def test_suffixes_come_longest_first_then_in_letter_order() -> None:
    """The order --explain reads phrases in (the first that matches is named) is the same in every
    process, whatever the string hashes."""
    from marsad.extract import grammar
    for section in ("ongoing_relatives", "pronoun_suffixes", "nisba_endings"):
        terms = grammar.suffixes(section)
        assert list(terms) == sorted(terms, key=lambda t: (-len(t), t))
