"""Paragraphs, sentences and clitic-aware tokens keep offsets into the text they were given."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text import norm, paragraphs, segment, sentences, tokens


@pytest.mark.parametrize(
    ("word", "prefix", "stem"),
    [
        ("وبالرقه", "وبال", "رقه"),
        ("للمدنيين", "لل", "مدنيين"),
        ("فالقوات", "فال", "قوات"),
        ("والجيش", "وال", "جيش"),
        ("بغداد", "ب", "غداد"),  # a candidate split only: callers try the whole word first
        ("وحلب", "و", "حلب"),
        ("كالعاده", "كال", "عاده"),
        ("سوريا", "", "سوريا"),
        ("في", "", "في"),
        ("و", "", "و"),
    ],
)
def test_proclitic_candidates(word: str, prefix: str, stem: str) -> None:
    (tok,) = tokens(word)
    assert (tok.prefix, tok.stem) == (prefix, stem)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("قصفت الطائرات البلدة. وقتل ثلاثة أشخاص.", 2),
        ("هل قصفت الطائرات البلدة؟ نعم", 2),
        ("بلغ عدد النازحين 3.1 مليون شخص في العراق.", 1),  # a decimal point ends no sentence
        ("وسيطر التنظيم على المدينة عام 2014. وفي تطور منفصل قتل جنديان.", 2),  # a full stop after a year does
        ("العنوان\nالفقرة الأولى.", 2),  # a line break ends a sentence
        ("قال: \"قصفنا المواقع.\" ثم انسحب.", 2),
        ("قصف التحالف.وفرض داعش سيطرته", 2),  # no space after the full stop
        ("أوقفت الشرطة عناصر من «ب.ك.ك» بمدينة إسطنبول.", 1),  # initials: a lone letter, a period, a letter
        ("قال د.سمير إن القصف توقف. ثم غادر.", 2),
        ("", 0),
    ],
)
def test_sentences(text: str, count: int) -> None:
    assert len(sentences(text)) == count


def test_paragraphs_are_blank_line_separated() -> None:
    text = "الأول سطر\nوسطر ثان\n\nالثاني\n\n\nالثالث"
    assert [p.text for p in paragraphs(text)] == ["الأول سطر\nوسطر ثان", "الثاني", "الثالث"]


@given(st.text(st.sampled_from(list("ابتسوال ،.؟\n0123")), max_size=80))
def test_spans_index_the_given_text(text: str) -> None:
    for seg in sentences(text) + paragraphs(text):
        assert text[seg.start:seg.end] == seg.text
        assert seg.text == seg.text.strip()
    for tok in tokens(norm(text)):
        assert norm(text)[tok.start:tok.end] == tok.text


# The sentence end as written plainly, a branch per kind of end (round 50: a full stop after a
# digit ends a sentence, "عام 2014. وفي"; a decimal point, a digit after it, does not).
_SENT_END_AS_WRITTEN = re.compile(r"[.!?؟…](?![\d.])[\"')\]»”]*(?=\s|$|[\u0621-\u064a])|\n+|؛")


@given(st.text(alphabet="قتل 17.!?؟…؛\n\"')]»”a", max_size=40))
def test_sentence_ends_are_those_of_the_pattern_as_written(text: str) -> None:
    assert [m.span() for m in segment._SENT_END.finditer(text)] == \
        [m.span() for m in _SENT_END_AS_WRITTEN.finditer(text)]


# the sentence-end patterns start with one character class (the engine then skips to the next
# candidate itself): the same matches as the branches written out
_ENDS_ALPHABET = st.sampled_from(list(".!?؟…\n؛ \ta1\"')]»”بة"))
_SENT_END_BRANCHES = re.compile(r"[.!?؟…](?![\d.])[\"')\]»”]*(?=\s|$|[\u0621-\u064a])|[\n]+|؛")
_ANCHOR_END_BRANCHES = re.compile(r"[.!؟?؛]+(?=\s|$)|\n")


@given(st.text(_ENDS_ALPHABET, max_size=40))
def test_sentence_end_patterns_match_as_their_branches(text: str) -> None:
    from marsad.geo.anchors import _SENTENCE_END

    assert [m.span() for m in segment._SENT_END.finditer(text)] == \
        [m.span() for m in _SENT_END_BRANCHES.finditer(text)]
    assert [m.span() for m in _SENTENCE_END.finditer(text)] == [m.span() for m in _ANCHOR_END_BRANCHES.finditer(text)]
