"""One clitic inventory (`marsad.text.morphology`, from data/grammar.yaml), accepted by every reader.

The property test draws a proclitic sequence of the inventory and a stem, writes them as one word,
and asks each reader that splits words (tokens, phrase matcher, name matcher, numbers, dates, page
furniture) whether it sees the stem behind that proclitic: none of them keeps a list of its own.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.article.furniture import furniture, line_key
from marsad.extract.numbers import classify
from marsad.extract.times.vocab import all_splits
from marsad.geo.names import NameMatcher
from marsad.text.match import PhraseMatcher
from marsad.text.morphology import morphology
from marsad.text.segment import split_proclitics

M = morphology()
PROCLITICS = M.proclitics()
# stems that start with no clitic letter (so the longest split is the drawn proclitic itself)
STEMS = ("حمص", "رقه", "سراقب", "دير الزور", "تدمر")


def test_inventory_is_conjunction_preposition_article() -> None:
    assert set(M.conjunctions) == {"و", "ف"}
    assert set(M.prepositions) == {"ب", "ك", "ل"}
    assert M.article == "ال"
    # 3 conjunction choices x 4 preposition choices x 2 article choices, less the empty one
    assert len(PROCLITICS) == 23
    assert "لل" in PROCLITICS and "ولل" in PROCLITICS and "لال" not in PROCLITICS
    assert [len(p) for p in PROCLITICS] == sorted((len(p) for p in PROCLITICS), reverse=True)


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"prepositions": (), "article": False}, {"و", "ف"}),
        ({"prepositions": ("ب",), "article": "after_preposition"}, {"و", "ف", "ب", "وب", "فب", "بال", "وبال", "فبال"}),
        ({"conjunctions": False, "prepositions": ("ل",)}, {"ل", "ال", "لل"}),
    ],
)
def test_selections(kwargs: dict[str, object], expected: set[str]) -> None:
    assert set(M.proclitics(**kwargs)) == expected  # type: ignore[arg-type]


def test_article_forms() -> None:
    written, elided = M.before_article()
    assert elided == {"ل", "ول", "فل"}
    assert "وب" in written and "" in written and not written & elided
    assert set(M.with_article()) == {p for p in PROCLITICS if p.endswith(("ال", "لل"))}


@given(st.sampled_from(PROCLITICS), st.sampled_from(STEMS))
def test_every_reader_accepts_the_same_proclitics(prefix: str, stem: str) -> None:
    word = prefix + stem
    assert split_proclitics(word) == prefix
    for matcher in (PhraseMatcher([(stem, stem)]), NameMatcher([stem])):
        hits = [(m.word_start, m.start, m.end) for m in matcher.find(word)]
        assert (0, len(prefix), len(word)) in hits, (type(matcher).__name__, word)
    assert (prefix, stem.split()[0]) in all_splits(word.split()[0])


@given(st.sampled_from(PROCLITICS))
def test_numbers_and_furniture_accept_the_same_proclitics(prefix: str) -> None:
    assert any(r[0] == prefix and r[2] == 3 for r in classify(prefix + "ثلاثه"))
    assert furniture().has_markers(line_key(prefix + "جميع الحقوق محفوظة"))


@given(st.sampled_from(sorted(M.before_article()[0] - {""})), st.sampled_from(STEMS))
def test_article_phrases_take_the_proclitics_before_the_article(prefix: str, stem: str) -> None:
    phrase = M.article + stem
    for matcher in (PhraseMatcher([(phrase, phrase)]), NameMatcher([phrase])):
        assert any(m.word_start == 0 and m.start == len(prefix) for m in matcher.find(prefix + phrase))


@pytest.mark.parametrize("prefix", sorted(M.before_article()[1]))
def test_lam_takes_the_place_of_the_alef(prefix: str) -> None:
    for matcher in (PhraseMatcher([("الرقه", 1)]), NameMatcher(["الرقه"])):
        (m,) = matcher.find(prefix + "لرقه")
        assert m.key == "الرقه" and m.word_start == 0
