"""The token pieces of the time grammar (`marsad.extract.times.pieces.Tokens`) against their
definitions: the shortcuts taken for speed give the same answers."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.numbers import read_number, word_tokens
from marsad.extract.times.pieces import Hit, Tokens
from marsad.extract.times.vocab import splits, starter_forms, vocab
from marsad.text.normalize import norm

_WORDS = sorted(starter_forms())[::23] + [
    "في", "من", "ال", "و", "17", "2015", "9/8/2017", "1,500", "وقال", "المدينه", "تشرين", "الاول", "الثاني",
    "عشر", "وعشرين", "السابع", "ساعه", "الماضي", "امس", "ثلاثه", "ايام", "،", "-", "(", ")", "\n",
]


def _hits_by_definition(t: Tokens, j: int) -> list[Hit]:
    """Every term read at token j: a split of the word and the term's other words joined after it."""
    out = []
    if 0 <= j < t.n:
        for prefix, stem in splits(t.toks[j][0]):
            for term in vocab().first[stem]:
                k = j + 1
                for word in term.rest:
                    gap = t.text[t.toks[k - 1][2]:t.toks[k][1]] if k < t.n else None
                    if gap is None or gap.strip(" \t") != "" or t.toks[k][0] != word:
                        break
                    k += 1
                else:
                    out.append(Hit(term, prefix, k))
    return out


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30), st.sampled_from([" ", "  ", " ، ", "\n"]))
def test_pieces_as_defined(words: list[str], sep: str) -> None:
    text = norm(sep.join(words))
    toks = word_tokens(text)
    t = Tokens(text, toks, date(2015, 7, 1))
    for j in range(-1 if toks else 0, len(toks) + 1):  # (-1: the last token, as `read_number` reads it)
        assert t.number(j) == (read_number(text, toks, j) if j < len(toks) else None)
        assert t.hits(j) == _hits_by_definition(t, j)
        joined = 0 < j < len(toks) and text[toks[j - 1][2]:toks[j][1]].strip(" \t") == ""
        assert t.joined(j) == joined
