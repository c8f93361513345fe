"""Parts of place resolution written for speed against their definitions: the ranking of a name's
candidates (`marsad.geo.scoring.top_two`: the best candidate and the margin to the next are those
of the candidates sorted by score, highest first, stably) and the words after a pattern word
(`marsad.geo.resolve._words_at`: the spans the character loop over `is_word_char` gives)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from marsad.geo.resolve import _words_at
from marsad.geo.scoring import top_two
from marsad.text.segment import is_word_char


@given(st.lists(st.sampled_from([-3.0, 0.0, 0.5, 1.25, 2.0, 7.125]), min_size=2, max_size=12))
@example([1.0, 1.0])
@example([0.5, 2.0, 2.0])
def test_top_two_is_the_head_of_the_stable_sort(scores: list[float]) -> None:
    ranked = sorted(((s, i) for i, s in enumerate(scores)), key=lambda x: (-x[0], x[1]))
    assert top_two(scores) == (ranked[0][1], ranked[0][0], ranked[1][0])


def _words_at_by_characters(text: str, pos: int, n: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    k = pos
    while len(out) < n and k < len(text):
        if not is_word_char(text[k]):
            if text[k] == " " and out:
                k += 1
                continue
            break
        s = k
        while k < len(text) and is_word_char(text[k]):
            k += 1
        out.append((s, k))
        if k < len(text) and text[k] != " ":
            break
    return out


@given(st.text(st.sampled_from("قريه تل 12_،,.-\n\t\u0640٣x"), max_size=30), st.integers(0, 32), st.integers(1, 4))
@example("قريه  تل ابو", 0, 3)
@example("تل_ابو، قريه", 0, 3)
def test_words_at_is_the_character_loop(text: str, pos: int, n: int) -> None:
    assert _words_at(text, pos, n) == _words_at_by_characters(text, pos, n)
