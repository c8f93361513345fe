"""Arabic numbers in words and digits → integers, over NORMALIZED text.

Callers normalize first (`marsad.text.normalize`): the reader expects folded letters (ة→ه, ى→ي,
أ/إ/آ→ا) and ASCII digits, exactly what normalization produces. The vocabulary is data
(`data/numbers.yaml`); this module holds only the grammar:

* digits, with a thousands separator or decimals ("1,500", "3.1 مليون"), also after the article
  ("ال17", "الـ 24" → 17, 24);
* cardinals 1-10 in every gender and case form, teens (ثلاثة عشر, ثلاث عشرة, أحد عشر, اثنتي عشرة),
  tens (عشرون/عشرين), units + و + tens (خمسة وعشرين = 25), hundreds (مئة, مئتين, ثلاثمئة,
  ثلاث مئة) + و + the rest (مئة وعشرون = 120), scales (ألف, ألفين, ثلاثة آلاف, 10 آلاف, مليون)
  + و + the rest (ألفين وسبعة عشر = 2017);
* ordinals (الأول/الأولى, العاشر, الحادي عشر, السابع عشر = 17, الرابع والعشرين = 24); a lone tens
  word with the article (العشرين) is read as an ordinal too;
* proclitics on the first word (وثلاثة, بثلاثة, لثلاثة عشر, والـ17); following parts of a compound
  are joined by و (والعشرين).

Vague quantities (عشرات, مئات, آلاف alone) are not numbers: `parse_number` gives None for them.
With the article and alone, الاثنين is Monday, not "the two".
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache
from typing import Any

import ahocorasick

from marsad import lexicon
from marsad.text.match import framed_text
from marsad.text.morphology import morphology

__all__ = ["NumberMention", "Reading", "Tok", "find_numbers", "number_forms", "number_words", "parse_number",
           "read_number", "word_tokens"]

# One token regex shared with the date reader: numeric dates (9/8/2017, 2017-08-09) as one
# token, digit runs with an optional letter prefix (ال17, و24) and decimals, and letter runs.
# (Letters and digits are disjoint, so "letters* digits | letters+" is written as "digits |
# letters+ digits?": the same tokens, without running through every word twice.)
TOKEN_RE = re.compile(
    r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?!\d)"
    r"|\d+(?:[.,]\d+)*"
    r"|[^\W\d_]+(?:\d+(?:[.,]\d+)*)?"
)
_NUMERIC_DATE = re.compile(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}")
_DIGITS = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?")

# Proclitic sequences that may stand before a number word, longest first.
_PREFIXES: tuple[str, ...] = morphology().proclitics()
# A proclitic written apart from its digits by a tatweel ("الـ 17", "لـ 2") is normalized to a word of
# its own.
_ARTICLE_ALONE = frozenset(_PREFIXES)

Tok = tuple[str, int, int]  # (normalized word, start, end)


@dataclass(frozen=True, slots=True)
class NumberMention:
    """A number in normalized text: its span, integer value and whether it is an ordinal."""

    start: int
    end: int
    value: int
    ordinal: bool
    text: str


@dataclass(frozen=True, slots=True)
class Reading:
    """What `read_number` found: value, index past the last token used, ordinal flag, the
    proclitic prefix of the first word."""

    value: int
    end: int
    ordinal: bool
    prefix: str


_Atom = tuple[str, int, str]  # (kind, value, form)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, tuple[_Atom, ...]], frozenset[str], frozenset[str]]:
    data = lexicon.load("numbers.yaml")
    table: dict[str, list[_Atom]] = {}

    def add(sect: str, kind: str) -> None:
        for e in data[sect]:
            for key in e["ar_norm"]:
                table.setdefault(key, []).append((kind, int(e.get("value", 0)), str(e.get("form", ""))))

    add("cardinals", "unit")
    add("teen_units", "teen_unit")
    add("teen_marker", "teen")
    add("tens", "tens")
    add("hundreds", "hundred")
    add("scales", "scale")
    add("ordinals", "ord")
    add("ordinal_compound_units", "ord_unit")
    clash = frozenset(k for e in data["weekday_with_article"] for k in e["ar_norm"])
    never = frozenset(k for e in data["not_numbers"] for k in e["ar_norm"])
    return {k: tuple(v) for k, v in table.items()}, clash, never


def number_words() -> frozenset[str]:
    """Every normalized number word of the lexicon (without proclitics)."""
    return frozenset(_lexicon()[0])


def word_tokens(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """Tokens of normalized text (words, digit runs, numeric dates) with offsets."""
    end = len(text) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


def _digits_value(s: str) -> Fraction | None:
    m = _DIGITS.fullmatch(s)
    if not m:
        return None
    whole = m.group(1).replace(",", "")
    return Fraction(f"{whole}.{m.group(2)}") if m.group(2) else Fraction(int(whole))


# One reading of a word: (proclitic prefix, kind, value, extra): kinds unit, teen_unit, teen, tens,
# hundred, scale (extra = single/dual/plural), ord, ord_unit, digit (extra = the digits).
_Read = tuple[str, str, int, str]


@lru_cache(maxsize=8192)
def classify(word: str) -> tuple[_Read, ...]:
    """Every number reading of one normalized word: the whole word first, then proclitic splits
    (longest prefix first). Empty when the word is no number part. "واحد" reads as "one" and as
    و + أحد (in "مئتان وأحد عشر")."""
    table, _, never = _lexicon()
    if word in never:
        return ()
    out: list[_Read] = []
    for p in ("", *_PREFIXES):
        if p and (not word.startswith(p) or len(word) <= len(p)):
            continue
        rest = word[len(p):]
        if rest in table:
            out.extend((p, kind, value, extra) for kind, value, extra in table[rest])
        elif rest[0].isdigit():
            if _digits_value(rest) is not None:
                out.append((p, "digit", 0, rest))
            break
    return tuple(out)


class _Reader:
    """Recursive-descent reader over a token list (one instance per call, cheap). With `more`
    (the rest of a `TOKEN_RE.finditer` whose tokens so far are `toks`, a list) the list grows as
    far as the reader looks, and no further."""

    __slots__ = ("clash", "more", "text", "toks")

    def __init__(self, text: str, toks: Sequence[Tok], more: Iterator[re.Match[str]] | None = None) -> None:
        self.text = text
        self.toks = toks
        self.more = more
        self.clash = _lexicon()[1]

    def has(self, j: int) -> bool:
        """Whether there is a token j (read from `more` when needed)."""
        toks = self.toks
        if j < len(toks):
            return True
        more = self.more
        if more is None:
            return False
        assert isinstance(toks, list)
        for m in more:
            toks.append((m.group(), m.start(), m.end()))
            if j < len(toks):
                return True
        self.more = None
        return False

    def joined(self, j: int) -> bool:
        """Token j follows token j-1 with only spaces between (no punctuation, no line break)."""
        if not self.has(j):
            return False
        gap = self.text[self.toks[j - 1][2]:self.toks[j][1]]
        return gap.strip(" \t") == ""

    def find(self, j: int, kinds: frozenset[str], wa: bool | None = None) -> _Read | None:
        """The first reading of token j of one of `kinds`; wa=True wants a و prefix, wa=False none."""
        if not self.has(j):
            return None
        for r in classify(self.toks[j][0]):
            if wa is True and not r[0].startswith("و"):
                continue
            if wa is False and r[0]:
                continue
            if r[1] in kinds:
                return r
        return None

    # -- grammar -------------------------------------------------------------------------------
    def tens_units(self, i: int, wa: bool) -> tuple[Fraction, int, bool] | None:
        """1-99 at token i: unit [عشر | و tens], teen_unit عشر, tens; ordinal variants."""
        r = self.find(i, _TENS_UNITS, wa=True if wa else None)
        if r is None:
            return None
        prefix, kind, u, _ = r
        if kind == "tens":
            return Fraction(u), i + 1, prefix.endswith("ال") and not wa
        ordinal = kind in ("ord", "ord_unit")
        if u <= 9 and self.joined(i + 1):
            if self.find(i + 1, _TEEN, wa=False):
                return Fraction(10 + u), i + 2, ordinal
            t = self.find(i + 1, _TENS, wa=True)
            if t is not None:
                return Fraction(u + t[2]), i + 2, ordinal
        if kind in ("teen_unit", "ord_unit"):
            # "واحد" may be و + أحد; fall back to the plain unit reading of the same word
            alt = self.find(i, _UNIT, wa=True if wa else None)
            return (Fraction(alt[2]), i + 1, False) if alt is not None else None
        if kind == "unit" and u == 2 and not wa and prefix.endswith("ال") \
                and self.toks[i][0][len(prefix):] in self.clash:
            return None  # الاثنين alone: Monday
        return Fraction(u), i + 1, ordinal

    def group(self, i: int, wa: bool) -> tuple[Fraction, int, bool] | None:
        """1-999 (or a digit run) at token i."""
        want = True if wa else None
        d = self.find(i, _DIGIT, wa=want)
        if d is not None:
            v = _digits_value(d[3])
            return (v, i + 1, False) if v is not None else None
        h = self.find(i, _HUNDRED, wa=want)
        j = i + 1
        if h is not None:
            value = Fraction(h[2])
        else:
            u = self.find(i, _UNIT, wa=want)
            nxt = self.find(i + 1, _HUNDRED, wa=False) if self.joined(i + 1) else None
            if u is None or not 3 <= u[2] <= 9 or nxt is None or nxt[2] != 100:
                return self.tens_units(i, wa)
            value = Fraction(u[2] * 100)
            j = i + 2
        ordinal = False
        if self.joined(j):
            rest = self.tens_units(j, wa=True)
            if rest is not None:
                value += rest[0]
                ordinal = rest[2]
                j = rest[1]
        return value, j, ordinal

    def composite(self, i: int, wa: bool) -> tuple[Fraction, int, bool] | None:
        """A whole number: groups times scales, joined by و (ألف وخمسمئة وعشرون)."""
        if not self.has(i):
            return None
        g = self.group(i, wa)
        scale = 0
        if g is None:
            s = self.find(i, _SCALE, wa=True if wa else None)
            if s is None or s[3] == "plural":
                return None
            value, j, ordinal = Fraction(s[2] * (2 if s[3] == "dual" else 1)), i + 1, False
            scale = s[2]
        else:
            value, j, ordinal = g
            if self.joined(j):
                s = self.find(j, _SCALE, wa=False)
                if s is not None:
                    value *= s[2]
                    scale = s[2]
                    j += 1
        if scale and self.joined(j):
            rest = self.composite(j, wa=True)
            if rest is not None and rest[0] < scale:
                value += rest[0]
                j = rest[1]
                ordinal = ordinal or rest[2]
        return value, j, ordinal


_TENS_UNITS = frozenset({"unit", "ord", "teen_unit", "ord_unit", "tens"})
_TEEN = frozenset({"teen"})
_TENS = frozenset({"tens"})
_UNIT = frozenset({"unit"})
_DIGIT = frozenset({"digit"})
_HUNDRED = frozenset({"hundred"})
_SCALE = frozenset({"scale"})


def read_number(text: str, toks: Sequence[Tok], i: int, reader: _Reader | None = None) -> Reading | None:
    """The number starting at token i of normalized `text` (tokens from `word_tokens`), or None.

    An article standing alone before digits ("الـ 17" → "ال 17") is taken as the digits' prefix.
    """
    if reader is None or reader.toks is not toks:
        reader = _Reader(text, toks)
    if not reader.has(i):
        return None
    first = classify(toks[i][0])
    if not first and toks[i][0] not in _ARTICLE_ALONE:
        return None  # (every reading below starts with a reading of token i: none, at once)
    lead = ""
    if toks[i][0] in _ARTICLE_ALONE and reader.has(i + 1) and toks[i + 1][0][:1].isdigit() \
            and text[toks[i][2]:toks[i + 1][1]].strip(" \t") == "":
        lead = toks[i][0]
        i += 1
    got = reader.composite(i, wa=False)
    if got is None:
        return None
    value, end, ordinal = got
    if value.denominator != 1:
        return None
    prefix = lead or (first[0][0] if first else "")
    return Reading(int(value), end, ordinal, prefix)


def parse_number(text: str) -> int | None:
    """The integer a whole normalized number phrase stands for, or None (vague or no number)."""
    s = text.strip()
    toks = word_tokens(s)
    if not toks:
        return None
    r = read_number(s, toks, 0)
    if r is None or r.end != len(toks):
        return None
    return r.value


def _span_start(tok: Tok, prefix: str) -> int:
    """Start of a number inside its first word: after و/ف/ب/ك/ل, keeping the article."""
    if prefix.endswith("ال"):
        return tok[1] + len(prefix) - 2
    return tok[1] + len(prefix)


@lru_cache(maxsize=1)
def number_forms() -> frozenset[str]:
    """Every number word with every proclitic sequence (and every proclitic alone): a word
    outside this set and without digits is no number part (`classify` gives nothing for it), so
    most words are skipped without being classified."""
    table = _lexicon()[0]
    return frozenset(p + k for k in table for p in ("", *_PREFIXES)) | frozenset(_ARTICLE_ALONE)


@lru_cache(maxsize=1)
def _ending_words() -> Any:
    """An automaton over the framed text (`marsad.text.match.framed_text`) that finds every
    word ending in a number word of the lexicon ("number "), and every proclitic written as a
    word of its own (" ال "): each word of `number_forms` is one of them, and most words of a
    text are none."""
    auto = ahocorasick.Automaton()
    for k in _lexicon()[0]:
        auto.add_word(k + " ", len(k))
    for p in _ARTICLE_ALONE:
        auto.add_word(f" {p} ", len(p) + 1)
    auto.make_automaton()
    return auto


_DIGIT_RUN = re.compile(r"\d+")


def _stretches(text: str) -> list[tuple[int, int]]:
    """Stretches of `text` (merged, in order) holding every token that may be a number part: the
    space-delimited words that hold a digit or end in a number word (or are a lone proclitic),
    each from the space before it (where no token runs across) to the space after it."""
    framed = framed_text(text)
    ends = [m.end() for m in _DIGIT_RUN.finditer(text)]
    ends += [last - 1 for last, _ in _ending_words().iter(framed)]  # (framed index i is text index i - 1)
    if not ends:
        return []
    ends.sort()
    out: list[tuple[int, int]] = []
    for e in ends:
        if out and e <= out[-1][1]:
            continue
        a = text.rfind(" ", 0, e) + 1
        b = text.find(" ", e)
        b = len(text) if b < 0 else b
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in normalized `text`, left to right, non-overlapping.

    Numeric dates (9/8/2017) and clock times (10:30) are not numbers here; the date reader
    (`marsad.extract.times`) handles them.

    Only the stretches of text around a word that may be a number part are read: the tokens of a
    stretch are those of the whole text there (no token runs across a space, and a token found
    from a space on is the text's own), and a number read from one of them takes as many
    following tokens as it needs. Every other token would be skipped anyway.
    """
    out: list[NumberMention] = []
    forms = number_forms()
    pos = 0  # the text before `pos` is read (a token boundary)
    for a, b in _stretches(text):
        if b <= pos:
            continue
        reader = _Reader(text, [], TOKEN_RE.finditer(text, max(a, pos)))
        toks = reader.toks
        i = 0
        while reader.has(i):
            word, s, e = toks[i]
            if s >= b:
                break
            i += 1
            if word not in forms and not word[-1].isdigit() and not word[0].isdigit():
                continue
            if not classify(word) and word not in _ARTICLE_ALONE:
                continue
            if _NUMERIC_DATE.fullmatch(word) or (word[-1:].isdigit() and (
                    text[e:e + 1] == ":" or (s > 0 and text[s - 1] == ":"))):
                continue
            r = read_number(text, toks, i - 1, reader)
            if r is None:
                continue
            start = _span_start(toks[i - 1], r.prefix)
            end = toks[r.end - 1][2]
            out.append(NumberMention(start, end, r.value, r.ordinal, text[start:end]))
            i = r.end
        pos = toks[i][1] if i < len(toks) else toks[i - 1][2] if i else pos
    return out
