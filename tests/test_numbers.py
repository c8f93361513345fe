"""Arabic number words and digits → integers (marsad.extract.numbers)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from marsad.extract.numbers import (
    _ARTICLE_ALONE,
    _NUMERIC_DATE,
    Reading,
    _Reader,
    classify,
    find_numbers,
    parse_number,
    read_number,
    word_tokens,
)
from marsad.text.normalize import norm, normalize


def p(text: str) -> int | None:
    return parse_number(norm(text))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17", 17),
        ("١٧", 17),
        ("الـ17", 17),
        ("الـ 24", 24),
        ("10 آلاف", 10000),
        ("1,500", 1500),
        ("3.1 مليون", 3100000),
        ("ثلاثة", 3),
        ("ثلاث", 3),
        ("ثلاثةُ", 3),
        ("اثنان", 2),
        ("اثنين", 2),
        ("اثنتين", 2),
        ("اثنتان", 2),
        ("واحد", 1),
        ("عشرة", 10),
        ("ثلاثة عشر", 13),
        ("ثلاث عشرة", 13),
        ("ثلاثة عشرة", 13),
        ("أحد عشر", 11),
        ("إحدى عشرة", 11),
        ("اثنا عشر", 12),
        ("اثنتي عشرة", 12),
        ("خمسة وعشرين", 25),
        ("خمسة وعشرون", 25),
        ("واحد وعشرون", 21),
        ("ثلاثين", 30),
        ("عشرين", 20),
        ("تسعون", 90),
        ("مئة", 100),
        ("مائة", 100),
        ("مئة وعشرون", 120),
        ("مائة وخمسة وعشرون", 125),
        ("مئتين", 200),
        ("مئتان", 200),
        ("مائتي", 200),
        ("ثلاثمئة", 300),
        ("ثلاثمائة", 300),
        ("ثلاث مئة", 300),
        ("تسعمائة وتسعة وتسعون", 999),
        ("ألف", 1000),
        ("ألفين", 2000),
        ("ألفان", 2000),
        ("ثلاثة آلاف", 3000),
        ("عشرة آلاف", 10000),
        ("عشرين ألفاً", 20000),
        ("مئة ألف", 100000),
        ("ألف وخمسمئة", 1500),
        ("ألفين وسبعة عشر", 2017),
        ("ثلاثة آلاف وخمسمئة وعشرين", 3520),
        ("مليون", 1000000),
        ("مليونين", 2000000),
        ("ثلاثة ملايين", 3000000),
        ("مليون ومئتي ألف", 1200000),
        ("الأول", 1),
        ("الأولى", 1),
        ("أول", 1),
        ("الثاني", 2),
        ("الثانية", 2),
        ("العاشر", 10),
        ("الحادي عشر", 11),
        ("الحادية عشرة", 11),
        ("الثاني عشر", 12),
        ("السابع عشر", 17),
        ("الرابع والعشرين", 24),
        ("الحادي والعشرين", 21),
        ("العشرين", 20),
        ("الثلاثين", 30),
        ("وثلاثة", 3),
        ("بثلاثة", 3),
        ("لثلاثة عشر", 13),
        ("والعشرين", 20),
        ("والـ17", 17),
        ("الأحد عشر", 11),
    ],
)
def test_parse_number(text: str, value: int) -> None:
    assert p(text) == value


@pytest.mark.parametrize(
    "text",
    [
        "عشرات",  # tens of: vague
        "مئات",
        "آلاف",  # thousands: vague alone
        "ملايين",
        "الأحد",  # Sunday
        "أحد",  # "one of", never a number alone
        "الاثنين",  # Monday
        "لست",  # "I am not"
        "2.5",  # not an integer
        "ثلاثة أشخاص",  # not a whole number phrase
        "",
        "حادي",
    ],
)
def test_not_a_number(text: str) -> None:
    assert p(text) is None


@pytest.mark.parametrize(
    ("text", "ordinal"),
    [("السابع عشر", True), ("الرابع والعشرين", True), ("العشرين", True), ("الخمسة والعشرين", False),
     ("ثلاثة عشر", False), ("17", False), ("الأولى", True)],
)
def test_ordinal_flag(text: str, ordinal: bool) -> None:
    found = find_numbers(norm(text))
    assert len(found) == 1
    assert found[0].ordinal is ordinal


def test_find_numbers_in_a_sentence() -> None:
    text = "وقبل يومين تعرضت القوات لثلاثة عشر هجوماً، وتم تنفيذ 10 هجمات على الأقل وثلاث في سوريا والتي بدأت في الـ17 من الشهر."
    n = normalize(text)
    found = find_numbers(n.text)
    assert [(m.value, m.ordinal) for m in found] == [(13, False), (10, False), (3, False), (17, False)]
    first = found[0]
    assert n.original_text(first.start, first.end) == "ثلاثة عشر"
    assert n.original_text(found[3].start, found[3].end) == "الـ17"


def test_find_numbers_skips_dates_clock_times_and_vague_words() -> None:
    found = find_numbers(norm("في 9/8/2017 الساعة 10:30 قتل عشرات الأشخاص ومئات الجرحى يوم الاثنين"))
    assert found == []


def test_numbers_do_not_join_across_punctuation() -> None:
    found = find_numbers(norm("ثلاثة، عشرون"))
    assert [m.value for m in found] == [3, 20]


def test_two_numbers_side_by_side_stay_apart() -> None:
    assert [m.value for m in find_numbers(norm("ثلاثة وثلاثة"))] == [3, 3]


# -- property: integers 1..999 rendered in Arabic words (several spellings) read back ------------

_UNIT_M = {1: ["واحد"], 2: ["اثنان", "اثنين"], 3: ["ثلاثة"], 4: ["أربعة"], 5: ["خمسة"], 6: ["ستة"],
           7: ["سبعة"], 8: ["ثمانية"], 9: ["تسعة"], 10: ["عشرة"]}
_UNIT_F = {1: ["واحدة"], 2: ["اثنتان", "اثنتين"], 3: ["ثلاث"], 4: ["أربع"], 5: ["خمس"], 6: ["ست"],
           7: ["سبع"], 8: ["ثماني", "ثمان"], 9: ["تسع"], 10: ["عشر"]}
_TENS = {2: "عشر", 3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}
_HUNDRED_STEM = {3: "ثلاث", 4: "أربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "ثمان", 9: "تسع"}


def _render_below_100(n: int, draw: st.DrawFn) -> str:
    fem = draw(st.booleans())
    if n <= 10:
        return draw(st.sampled_from((_UNIT_F if fem else _UNIT_M)[n]))
    if n <= 19:
        u = n - 10
        if u == 1:
            return "إحدى عشرة" if fem else "أحد عشر"
        if u == 2:
            return draw(st.sampled_from(["اثنتا عشرة", "اثنتي عشرة"] if fem else ["اثنا عشر", "اثني عشر"]))
        return draw(st.sampled_from(_UNIT_F[u] if fem else _UNIT_M[u])) + (" عشرة" if fem else " عشر")
    t, u = divmod(n, 10)
    tens = _TENS[t] + draw(st.sampled_from(["ون", "ين"]))
    if u == 0:
        return tens
    unit = draw(st.sampled_from((_UNIT_F if fem else _UNIT_M)[u]))
    return f"{unit} و{tens}"


def _render(n: int, draw: st.DrawFn) -> str:
    h, r = divmod(n, 100)
    parts = []
    if h == 1:
        parts.append(draw(st.sampled_from(["مئة", "مائة"])))
    elif h == 2:
        parts.append(draw(st.sampled_from(["مئتان", "مئتين", "مائتين"])))
    elif h:
        stem = _HUNDRED_STEM[h]
        parts.append(draw(st.sampled_from([f"{stem}مئة", f"{stem}مائة", f"{stem} مئة"])))
    if r:
        parts.append(_render_below_100(r, draw))
    return " و".join(parts)


@given(st.integers(1, 999), st.data())
def test_rendered_words_read_back(n: int, data: st.DataObject) -> None:
    words = _render(n, data.draw)
    assert p(words) == n, words


_ORD = {1: ["الأول", "الأولى"], 2: ["الثاني", "الثانية"], 3: ["الثالث", "الثالثة"], 4: ["الرابع", "الرابعة"],
        5: ["الخامس", "الخامسة"], 6: ["السادس", "السادسة"], 7: ["السابع", "السابعة"],
        8: ["الثامن", "الثامنة"], 9: ["التاسع", "التاسعة"], 10: ["العاشر", "العاشرة"]}


@given(st.integers(1, 99), st.data())
def test_rendered_ordinals_read_back(n: int, data: st.DataObject) -> None:
    t, u = divmod(n, 10)
    if n <= 10:
        words = data.draw(st.sampled_from(_ORD[n]))
    elif n < 20:
        first = data.draw(st.sampled_from(["الحادي", "الحادية"] if u == 1 else _ORD[u]))
        words = f"{first} {data.draw(st.sampled_from(['عشر', 'عشرة']))}"
    else:
        tens = "ال" + _TENS[t] + data.draw(st.sampled_from(["ون", "ين"]))
        if u == 0:
            words = tens
        else:
            first = data.draw(st.sampled_from(["الحادي", "الحادية"] if u == 1 else _ORD[u]))
            words = f"{first} و{tens}"
    found = find_numbers(norm(words))
    assert [(m.value, m.ordinal) for m in found] == [(n, True)], words


@given(st.integers(0, 10**7))
def test_digits_read_back(n: int) -> None:
    assert p(str(n)) == n
    assert p(f"{n:,}") == n


# The token regex as first written ("letters* digits | letters+"): `TOKEN_RE` writes it "digits |
# letters+ digits?" (letters and digits are disjoint) and must give the same tokens.
_TOKEN_RE_AS_DEFINED = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?!\d)|[^\W\d_]*\d+(?:[.,]\d+)*|[^\W\d_]+")


@given(st.text(alphabet="ال١٢39بو_.,/-: x²\n", max_size=60))
def test_token_regex_gives_the_tokens_of_its_definition(text: str) -> None:
    assert word_tokens(text) == [(m.group(), m.start(), m.end()) for m in _TOKEN_RE_AS_DEFINED.finditer(text)]


def test_token_regex_on_dates_prefixed_digits_and_words() -> None:
    text = "في 9/8/2017 قتل ال17 و24 و1,500.5 مدنيا و12345/6/7 والـ3"
    assert [t[0] for t in word_tokens(text)] == ["في", "9/8/2017", "قتل", "ال17", "و24", "و1,500.5", "مدنيا",
                                                "و12345", "6", "7", "والـ3"]


def _every_token_read(text: str) -> list[tuple[int, int, int, bool]]:
    """`find_numbers` as it reads when every token of the text is looked at (the definition
    the stretches of `find_numbers` must give the same numbers as)."""
    toks = word_tokens(text)
    out: list[tuple[int, int, int, bool]] = []
    i = 0
    while i < len(toks):
        word, s, e = toks[i]
        if (not classify(word) and word not in _ARTICLE_ALONE) or _NUMERIC_DATE.fullmatch(word) or (
                word[-1:].isdigit() and (text[e:e + 1] == ":" or (s > 0 and text[s - 1] == ":"))):
            i += 1
            continue
        r = read_number(text, toks, i)
        if r is None:
            i += 1
            continue
        start = toks[i][1] + len(r.prefix) - (2 if r.prefix.endswith("ال") else 0)
        out.append((start, toks[r.end - 1][2], r.value, r.ordinal))
        i = r.end
    return out


_SOUP_WORDS = ["ثلاثه", "عشر", "وعشرين", "الف", "الاف", "مليون", "ميه", "مايه", "ثلاثميه", "الاول", "الحادي",
               "واحد", "اثنين", "الاثنين", "17", "1,500", "3.5", "9/8/2017", "10:30", "٣", "ال", "الـ", "و", "ب",
               "بالعشرين", "لثلاثه", "قتل", "مدينه", "x1", "ال17ب", "عشرات", "سته", "ستين", "الستين", "2015م"]
_SOUP_GAPS = [" ", " ", "  ", "\n", "، ", " و", "\t", "-", "_", ":", "", "."]


@settings(max_examples=400)
@given(st.lists(st.tuples(st.sampled_from(_SOUP_WORDS), st.sampled_from(_SOUP_GAPS)), max_size=30))
@example([("ال", " "), ("17", " ")])
@example([("قتل", " "), ("ثلاثه", " "), ("الاف", " و"), ("ميه", "")])
def test_find_numbers_reads_only_stretches_with_the_same_result(parts: list[tuple[str, str]]) -> None:
    # find_numbers tokenizes only the words around a digit or a number word (and reads on as far
    # as a number needs): the same numbers as looking at every token of the text
    text = "".join(w + g for w, g in parts)
    got = [(m.start, m.end, m.value, m.ordinal) for m in find_numbers(text)]
    assert got == _every_token_read(text)


def _read_at_every_start(text: str, toks: list[tuple[str, int, int]], i: int) -> Reading | None:
    """`read_number` as the grammar reads it, without its quick answer for a token that is no
    number part (the definition it must give the same readings as)."""
    lead, j = "", i
    if toks[j][0] in _ARTICLE_ALONE and j + 1 < len(toks) and toks[j + 1][0][:1].isdigit() \
            and text[toks[j][2]:toks[j + 1][1]].strip(" \t") == "":
        lead, j = toks[j][0], j + 1
    got = _Reader(text, toks).composite(j, wa=False)
    if got is None or got[0].denominator != 1:
        return None
    first = classify(toks[i][0])
    return Reading(int(got[0]), got[1], got[2], lead or (first[0][0] if first else ""))


@settings(max_examples=300)
@given(st.lists(st.tuples(st.sampled_from(_SOUP_WORDS), st.sampled_from(_SOUP_GAPS)), max_size=20))
@example([("قتل", " "), ("ثلاثه", " "), ("الاف", " و"), ("ميه", "")])
@example([("الـ", " "), ("17", " ")])
def test_read_number_at_every_token_is_the_grammar_s_reading(parts: list[tuple[str, str]]) -> None:
    # the date reader asks `read_number` at tokens that are no number part (half of its
    # questions): it answers None at once, as the grammar would after trying every rule
    text = "".join(w + g for w, g in parts)
    toks = word_tokens(text)
    for i in range(len(toks)):
        assert read_number(text, toks, i) == _read_at_every_start(text, toks, i), (text, i)
