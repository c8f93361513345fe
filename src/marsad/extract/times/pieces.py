"""Token-level pieces of the date grammar: vocabulary hits, day numbers, months, years, weekdays,
parts of the day and direction words, over normalized tokens (`marsad.extract.numbers.word_tokens`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import NamedTuple

from marsad.extract.numbers import Reading, Tok, read_number
from marsad.extract.numbers import classify as number_readings
from marsad.extract.times.vocab import (
    ARTICLE_PREFIXES,
    CONJ_PREFIXES,
    DETACHED,
    PREP_PREFIXES,
    Term,
    all_splits,
    term_starts,
    vocab,
)

_TAIL_GAP = re.compile(r"[\s)]*[,،]?[\s]*")
ANY_PREFIX = frozenset(PREP_PREFIXES | ARTICLE_PREFIXES)
NO_PREFIX = frozenset({""})  # the word itself, without proclitics
THIS = frozenset({"هذا", "هذه"})
MONTH_KW = frozenset({"شهر", "شهري"})
_TWO_BEFORE = frozenset({"بين", "كلا", "هذين", "هاتين", "لهذين"})
YEAR_MIN, YEAR_MAX = 1900, 2100
HIJRI_MIN, HIJRI_MAX = 1343, 1500


class Hit(NamedTuple):
    """A term of the vocabulary read at a token: the term, the proclitics before its first word,
    the index past its last word (a named tuple: a few hundred are made per article)."""

    term: Term
    prefix: str
    end: int


@dataclass(slots=True)
class Cand:
    """A matched expression: token span [i, j) and what it resolves to."""

    i: int
    j: int
    kind: str
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: int = 1
    part: str | None = None
    relative: bool = False
    future: bool = False
    strip: int = 0  # proclitic characters of the first token left out of the span
    cal: str | None = None  # "g" / "h" for day dates (range and concordance merging)


@dataclass(frozen=True, slots=True)
class YearTail:
    end: int
    year: int | None = None
    year_rel: int | None = None  # من العام الماضي → -1
    mode: str | None = None  # الماضي / الجاري / المقبل after a month
    era: str | None = None


def strip_len(prefix: str) -> int:
    """How many proclitic characters to leave out of a span (the article stays in it)."""
    if prefix.endswith("ال"):
        return len(prefix) - 2
    return len(prefix) - 1 if prefix.endswith("لل") else len(prefix)


class Tokens:
    """Token access and the small pieces every rule is built from."""

    def __init__(self, text: str, toks: list[Tok], published: dt.date | None) -> None:
        self.text = text
        self.toks = toks
        self.n = len(toks)
        self.p = published
        self.v = vocab()
        self._memo: dict[int, list[Hit]] = {}
        self._numbers: dict[int, Reading | None] = {}
        # joined[j]: token j follows token j-1 with only spaces or tabs between (`joined`)
        self._joined = [False]
        self._joined += [text[a[2]:b[1]].strip(" \t") == "" for a, b in pairwise(toks)]

    # -- tokens --------------------------------------------------------------------------------
    def w(self, j: int) -> str:
        return self.toks[j][0] if 0 <= j < self.n else ""

    def gap(self, j: int) -> str:
        """The text between token j-1 and token j."""
        if j <= 0 or j >= self.n:
            return ""
        return self.text[self.toks[j - 1][2]:self.toks[j][1]]

    def joined(self, j: int) -> bool:
        return 0 < j < self.n and self._joined[j]

    def hits(self, j: int) -> list[Hit]:
        got = self._memo.get(j)
        if got is not None:
            return got
        out: list[Hit] = []
        if 0 <= j < self.n:
            toks, joined, n = self.toks, self._joined, self.n
            for prefix, term in term_starts(toks[j][0]):
                k = j + 1
                for word in term.rest:
                    if not (k < n and joined[k] and toks[k][0] == word):
                        break
                    k += 1
                else:
                    out.append(Hit(term, prefix, k))
        self._memo[j] = out
        return out

    def hit(self, j: int, cat: str, prefixes: frozenset[str] = PREP_PREFIXES) -> Hit | None:
        for h in self.hits(j):
            if h.term.cat == cat and h.prefix in prefixes:
                return h
        return None

    def stem_in(self, j: int, words: frozenset[str], prefixes: frozenset[str] = CONJ_PREFIXES) -> str | None:
        """The prefix of token j when its stem is one of `words`, else None."""
        for p, stem in all_splits(self.w(j)):
            if stem in words and p in prefixes:
                return p
        return None

    def number(self, j: int) -> Reading | None:
        """The number starting at token j (memoized: several rules ask for it)."""
        if j in self._numbers:
            return self._numbers[j]
        if j >= self.n:
            r = None
        else:
            # (a word with no number reading starts no number, unless it is a proclitic written
            # apart before digits, "ال 17": `read_number` answers None at once for the others)
            word = self.toks[j][0]
            r = read_number(self.text, self.toks, j) if number_readings(word) or word in DETACHED else None
        self._numbers[j] = r
        return r

    def in_set(self, j: int, name: str, prefixes: frozenset[str] = CONJ_PREFIXES) -> bool:
        return self.stem_in(j, self.v.sets[name], prefixes) is not None

    # -- pieces --------------------------------------------------------------------------------
    def day_num(self, j: int) -> tuple[int, int, str] | None:
        """A day of the month at token j: digits, ال17, number words (السابع عشر), غرة."""
        if j >= self.n:
            return None
        h = self.hit(j, "day_word", ANY_PREFIX)
        if h is not None:
            return int(h.term.value), h.end, h.prefix
        r = self.number(j)
        if r is None or not 1 <= r.value <= 31:
            return None
        last = self.toks[r.end - 1][0]
        if last[-1:].isdigit() and sum(ch.isdigit() for ch in last) > 2:
            return None
        return r.value, r.end, r.prefix

    def month_at(self, j: int) -> tuple[str, int, int, bool, bool, str] | None:
        """(calendar, month, end, ambiguous, paired, prefix) of a month name at token j."""
        for h in self.hits(j):
            if h.term.cat not in ("gmonth", "hmonth") or h.prefix not in PREP_PREFIXES:
                continue
            cal = "g" if h.term.cat == "gmonth" else "h"
            m, amb = h.term.value
            k, paired = h.end, False
            if cal == "g" and k < self.n and re.fullmatch(r"\s*[/\-(]?\s*", self.gap(k)):
                for h2 in self.hits(k):
                    if h2.term.cat == "gmonth" and h2.term.value[0] == m and h2.prefix in ("", "و"):
                        k, paired, amb = h2.end, True, False
                        break
            return cal, m, k, amb, paired, h.prefix
        return None

    def year_at(self, k: int) -> tuple[int, str | None, int] | None:
        """A year number at token k: (year, the era its mark says or None, end past the mark).
        Without a mark, 1343-1500 can only be a Hijri year and 1900-2100 a Gregorian one."""
        w = self.w(k)
        stem = w.lstrip("وبلف") if not w.startswith("ال") else w[2:]
        if len(stem) != 4 or not stem.isdigit():
            return None
        y = int(stem)
        era = None
        end = k + 1
        if end < self.n and self.gap(end).strip(" \t") == "":
            h = self.hit(end, "era", NO_PREFIX)
            if h is not None:
                era, end = h.term.value["era"], h.end
        hijri_ok, greg_ok = HIJRI_MIN <= y <= HIJRI_MAX, YEAR_MIN <= y <= YEAR_MAX
        if (era == "hijri" and hijri_ok) or (era == "gregorian" and greg_ok) or (era is None and (hijri_ok or greg_ok)):
            return y, era, end
        return None

    def dir_at(self, k: int) -> tuple[str, int] | None:
        if not self.joined(k):
            return None
        h = self.hit(k, "dir", NO_PREFIX)
        return (str(h.term.value), h.end) if h else None

    def year_tail(self, k: int) -> YearTail:
        """What follows a month: a year, "من العام الماضي", or a direction word."""
        if k >= self.n or not _TAIL_GAP.fullmatch(self.gap(k)):
            return YearTail(k)
        j = k
        if self.w(j) == "من" and self.joined(j + 1):
            j += 1
        this = self.stem_in(j, THIS) is not None
        if this:
            j += 1
        yw = self.hit(j, "year_word", frozenset({"", "ال"}))
        if yw is not None:
            if this:
                return YearTail(yw.end, year_rel=0)
            d = self.dir_at(yw.end)
            if d is not None:
                rel = {"past": -1, "before_last": -2, "current": 0, "next": 1}[d[0]]
                return YearTail(d[1], year_rel=rel)
            y = self.year_at(yw.end) if self.joined(yw.end) else None
            if y is not None:
                return YearTail(y[2], year=y[0], era=y[1])
            return YearTail(k)
        if j != k:
            return YearTail(k)
        y = self.year_at(k)
        if y is not None:
            return YearTail(y[2], year=y[0], era=y[1])
        h = self.hit(k, "dir", NO_PREFIX)  # the tail gap may hold a ")": أيار (مايو) الماضي
        if h is not None:
            return YearTail(h.end, mode=str(h.term.value))
        return YearTail(k)

    def weekday_at(self, j: int) -> tuple[int, int, str] | None:
        h = self.hit(j, "weekday")
        if h is None:
            return None
        # الأحد عشر = eleven
        if self.joined(h.end) and self.w(h.end) in ("عشر", "عشره"):
            return None
        # بين الاثنين, كلا الاثنين: "the two", unless a second weekday follows (بين الاثنين والخميس)
        if h.term.value == 1 and self.joined(j) and self.w(j - 1) in _TWO_BEFORE and not (
                self.joined(h.end) and self.w(h.end).startswith("و") and self.hit(h.end, "weekday")):
            return None
        return int(h.term.value), h.end, h.prefix

    def part_before(self, j: int) -> tuple[str, int, str, bool] | None:
        """The part of the day before a day: (part, end, proclitic, whether it lies on the next day:
        "بعد منتصف ليل الأحد" is Monday's small hours)."""
        for h in self.hits(j):
            if h.term.cat == "part" and h.prefix in PREP_PREFIXES and h.term.value["position"] != "after" \
                    and self.joined(h.end):
                return h.term.value["part"], h.end, h.prefix, bool(h.term.value.get("next_day"))
        return None

    def part_after(self, k: int) -> tuple[str, int] | None:
        if not self.joined(k):
            return None
        for h in self.hits(k):
            if h.term.cat == "part" and h.prefix in ("", "و") and h.term.value["position"] != "before":
                # "مساء" before a day belongs to the next expression
                if self.weekday_at(h.end) or self.hit(h.end, "relday") or self.day_num(h.end):
                    return None
                return h.term.value["part"], h.end
        return None

