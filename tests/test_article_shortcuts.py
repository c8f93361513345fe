"""The article reader's shortcuts against their definitions: the mojibake and control-character
counts of `check_text`, the furniture prefixes looked up by first word, the furniture tail of the
last line found from its end."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from marsad.article import encoding
from marsad.article.furniture import Furniture, furniture, line_key
from marsad.article.scraped import _SENTENCE_END, _split_trailing_furniture

_CHARS = st.sampled_from(list("ØÙÚÛ\u00a7\u0084\u2019\u20acab \n\t\x00\x01\x0b\x1f\x7fسلام.") + ["ق"])


@given(st.text(_CHARS, max_size=60))
def test_mojibake_and_control_counts(text: str) -> None:
    assert encoding._mojibake_hits(text) == len(encoding._MOJIBAKE.findall(text))
    assert any(c in text for c in encoding._CONTROLS) == bool(encoding._CONTROL.search(text))


def _is_line_key_by_definition(f: Furniture, k: str) -> bool:
    if not k or k in f.lines:
        return True
    n = k.count(" ") + 1
    if n > f.max_prefix_words:
        return False
    return any(n <= limit and k.startswith(p) and (len(k) == len(p) or k[len(p)] == " ") for p, limit in f.prefixes)


_PREFIXES = sorted(p for p, _ in furniture().prefixes)
_WORDS = st.sampled_from(["الخبر", "رابط", "اقرا", "ايضا", "قال", "المصدر", "", " ", "x"])


@given(st.sampled_from(_PREFIXES), st.lists(_WORDS, max_size=6), st.booleans(), st.integers(0, 3))
def test_line_prefixes_by_first_word(prefix: str, words: list[str], before: bool, cut: int) -> None:
    f = furniture()
    key = " ".join([*words, prefix] if before else [prefix[:len(prefix) - cut], *words])
    for k in (key, " ".join(key.split()), prefix + "ه"):
        assert f.is_line_key(k) == _is_line_key_by_definition(f, k)


def _split_by_definition(lines: list[str], f: Furniture) -> list[str]:
    """`_split_trailing_furniture` as first written: every sentence end of the last line, the
    short tails found from the end of the list."""
    last = lines[-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(last)]
    if unicodedata.is_normalized("NFKC", last):
        first = len(ends)
        while first > 0 and len(line_key(last[ends[first - 1]:]).split()) <= f.max_line_words:
            first -= 1
        ends = ends[first:]
    for end in ends:
        tail = last[end:]
        if tail and f.is_line(tail):
            return [*lines[:-1], last[:end].rstrip(), tail]
    return lines


_SENTENCES = ["قصفت الطائرات مواقع في ريف المدينة الشرقي.", "وقال مصدر محلي إن الاشتباكات تواصلت!",
              "رابط الخبر بصحيفة الوئام: قصف جديد", "اقرأ أيضاً: تقارير", "شارك", "، ، .",
              " ".join(["كلمة"] * 45) + ".", " ".join(["خبر،"] * 150) + ".", "ﻻ شيء؟", "هذا ١٢ خبر."]


@given(st.lists(st.sampled_from(_SENTENCES), min_size=1, max_size=60))
def test_trailing_furniture_found_from_the_end(sentences: list[str]) -> None:
    f = furniture()
    lines = ["عنوان", " ".join(" ".join(sentences).split())]
    assert _split_trailing_furniture(lines, f) == _split_by_definition(lines, f)
