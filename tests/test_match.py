from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.text import norm
from marsad.text.match import PhraseMatcher, framed_text

M = PhraseMatcher([("الرقة", "raqqa"), ("دير الزور", "deir"), ("استهدف*", "target"), ("حلب", "aleppo"),
                   ("قوات التحالف الدولي", "coalition"), ("التحالف", "coalition-short")])


@pytest.mark.parametrize(
    ("text", "payloads"),
    [
        ("في الرقة", ["raqqa"]),
        ("وفي الرقة", ["raqqa"]),
        ("بالرقة", ["raqqa"]),
        ("وبالرقة", ["raqqa"]),
        ("للرقة", ["raqqa"]),
        ("والرقة", ["raqqa"]),
        ("الرقتين", []),
        ("بدير الزور", ["deir"]),
        ("استهدفت الطائرات", ["target"]),
        ("واستهدفوا", ["target"]),
        ("مستهدف", []),
        ("حلبية", []),
        ("وحلب", ["aleppo"]),
        ("لقوات التحالف الدولي", ["coalition"]),
    ],
)
def test_clitic_aware_matching(text: str, payloads: list[str]) -> None:
    found = [m.payload for m in M.find_longest(norm(text))]
    assert found == payloads


def test_longest_match_wins_and_spans_are_exact() -> None:
    t = norm("انتشرت قوات التحالف الدولي في المنطقة")
    ms = M.find_longest(t)
    assert [m.payload for m in ms] == ["coalition"]
    assert t[ms[0].start:ms[0].end] == "قوات التحالف الدولي"


def test_empty_matcher() -> None:
    assert PhraseMatcher([]).find("أي شيء") == []


@pytest.mark.parametrize(
    ("text", "found"),
    [("شنت الطائرات غارات", False), ("شنت غارات على القرية", True), ("شنوا غارات", True), ("شن غارات", True),
     ("شنتها غارات", True)],
)
def test_inner_wildcard(text: str, found: bool) -> None:
    m = PhraseMatcher([("شن* غارات", "air")])
    assert bool(m.find(norm(text))) is found


def test_expand_inner_wildcards() -> None:
    from marsad.text.match import expand_inner_wildcards

    forms = expand_inner_wildcards("شن* غارات")
    assert "شنت غارات" in forms and "شن غارات" in forms
    assert expand_inner_wildcards("غارات") == ["غارات"]


@given(st.text(alphabet=" _\n\t،.-:«»ـ١٧abcكتبالرقة\u00a0\u200f", max_size=60))
def test_framed_text_turns_every_non_word_character_into_a_space(text: str) -> None:
    # (a space is not replaced, only every other non-word character and "_": the same text)
    framed = framed_text(text)
    assert framed == " " + "".join(" " if not c.isalnum() else c for c in text) + " "
