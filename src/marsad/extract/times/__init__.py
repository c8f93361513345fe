"""Arabic temporal expressions, found in NORMALIZED text and resolved against the publication date.

    from marsad.text import normalize
    from marsad.extract.times import find_times
    nt = normalize(article_text)
    for t in find_times(nt.text, published):          # offsets are into nt.text
        print(nt.original_text(t.start, t.end), t.date, t.time_precision)

Callers normalize first (`marsad.text.normalize`); offsets refer to the normalized text and map
back with `NormalizedText.to_original`. News is about the past: a weekday is the most recent such
day on or before publication, a day or month without a year the most recent one not after it,
unless الماضي (strictly before), الجاري (this month/year) or المقبل (after; `future=True`) says
otherwise. Without a publication date only expressions that carry their year get a date.
See docs/dates.md for the whole list of forms and conventions.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from marsad import lexicon
from marsad.extract import grammar
from marsad.extract.numbers import word_tokens
from marsad.extract.times.parser import parse
from marsad.extract.times.vocab import PREFIXES, anchors, direction_in, relday_offset_in, weekday_in

__all__ = ["PARTS_OF_DAY", "TimeExpr", "find_times", "quoted_alone"]

PARTS_OF_DAY = ("dawn", "morning", "noon", "afternoon", "evening", "night")


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """One temporal expression.

    `date` is the day (or the first day of a range: a month, a year, "بين 17 و24"), `date_end` the
    last day of a range; `time_precision` 1 = the day, 2 = within a week or a few days, 3 = a month
    or longer. `kind`: weekday, relative_day, ago, recent, period, absolute, hijri, numeric, month,
    year, range, sequel (told from the day named before it: "في اليوم التالي"). `relative` says the
    date was computed from the publication date (or from that day); `future` that it
    lies after it (يوم السبت المقبل).
    """

    text: str
    start: int
    end: int
    date: dt.date | None
    date_end: dt.date | None
    time_precision: int
    part_of_day: str | None
    kind: str
    relative: bool
    future: bool = False

    def to_row(self) -> dict[str, Any]:
        return {
            "text": self.text, "start": self.start, "end": self.end,
            "date": self.date.isoformat() if self.date else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "time_precision": self.time_precision, "part_of_day": self.part_of_day, "kind": self.kind,
            "relative": self.relative, "future": self.future,
        }


# Digits that anchor by themselves: numeric dates, years, hours ("الـ24 ساعة"); a day number stands
# next to a month or a direction word, which anchor it.
_DIGITS = re.compile(r"\d[\d/.\-]*")
_HOURS = re.compile(r"\s?ساع")
_SEPARATORS = re.compile(r"[/.\-]")
_PROCLITICS = frozenset(PREFIXES)
_BEFORE, _AFTER = 60, 45  # characters of context read around an anchor word
WRITTEN_DAYS_BEFORE = range(-6, 0)  # the days a paper's text can be written before its publication date


def _windows(text: str) -> list[tuple[int, int]]:
    """Stretches of text around anchor words and digits (merged), snapped to word boundaries."""
    n = len(text)
    points: list[int] = []
    for m in _DIGITS.finditer(text):
        parts = _SEPARATORS.split(m.group().rstrip("/.-"))
        if len(parts) == 3 or any(len(p) == 4 for p in parts) or _HOURS.match(text, m.end()):
            points.append(m.start())
    for end, length in anchors().iter(text):
        if end + 1 < n and text[end + 1].isalnum():
            continue  # inside a longer word
        start = end + 1 - length
        word_start = start
        while word_start > 0 and text[word_start - 1].isalnum():
            word_start -= 1
        if start == word_start or text[word_start:start] in _PROCLITICS:
            points.append(start)
    points.sort()
    out: list[tuple[int, int]] = []
    for p in points:
        a, b = max(0, p - _BEFORE), min(n, p + _AFTER)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    snapped = []
    for a, b in out:
        while a > 0 and text[a - 1].isalnum():
            a -= 1
        while b < n and text[b].isalnum():
            b += 1
        snapped.append((a, b))
    return snapped


@cache
def _sequel_pattern() -> tuple[re.Pattern[str], dict[str, int], tuple[str, ...]]:
    """The phrases of `sequel_days` (one regular expression, a conjunction allowed before them),
    the offset of each, and the phrases that hold no other one (a text holds a phrase only when it
    holds one of these)."""
    offsets = {t: int(e["offset"]) for e in lexicon.section("time.yaml", "sequel_days") for t in e["ar_norm"]}
    alts = "|".join(re.escape(t) for t in sorted(offsets, key=len, reverse=True))
    conj = "".join(sorted(grammar.words("clitic_conjunctions")))
    needles = tuple(sorted(t for t in offsets if not any(o != t and o in t for o in offsets)))
    return re.compile(rf"(?<!\w)(?:[{conj}])?({alts})(?!\w)"), offsets, needles


def _sequels(text: str, found: list[TimeExpr]) -> list[TimeExpr]:
    """"وبعدها بيوم", "في اليوم التالي": the day after (or the same as) the latest day named before
    the phrase; nothing when no day was named before it."""
    pattern, offsets, needles = _sequel_pattern()
    # (a few substring tests in C first: the pattern, which starts with a lookbehind, is tried at
    # every position of the text, and only one text in forty holds a phrase)
    if not any(t in text for t in needles):
        return []
    out = []
    for m in pattern.finditer(text):
        before = [t.date for t in found if t.end <= m.start() and t.date is not None and t.time_precision == 1
                  and t.date_end is None]
        if before:
            day = before[-1] + dt.timedelta(days=offsets[m.group(1)])
            out.append(TimeExpr(text[m.start(1):m.end()], m.start(1), m.end(), day, None, 1, None, "sequel", True))
    return out


def _in_the_writers_frame(found: list[TimeExpr], published: dt.date | None) -> list[TimeExpr]:
    """"خطفت جبهة النصرة يوم أمس الثلاثاء" in a paper printed on Thursday: the text was written the
    day before publication ("اليوم الاثنين" in a paper of Saturday: five days before). When every
    relative day that names its weekday puts the writing the same few days before publication, the
    bare relative days ("أمس", "بعد منتصف ليل أمس") are read from that day."""
    if published is None:
        return found
    shifts: set[int] = set()
    bare: list[tuple[int, dt.date]] = []
    for i, t in enumerate(found):
        if t.kind not in ("relative_day", "weekday") or t.date is None:
            continue
        offset = relday_offset_in(t.text)
        if offset is None:
            continue
        if weekday_in(t.text) is not None:
            shifts.add((t.date - (published + dt.timedelta(days=offset))).days)
        elif t.kind == "relative_day" and t.date_end is None:
            bare.append((i, t.date))
    if len(shifts) != 1 or (shift := shifts.pop()) not in WRITTEN_DAYS_BEFORE:
        return found
    out = list(found)
    for i, day in bare:
        out[i] = replace(out[i], date=day + dt.timedelta(days=shift))
    return out


def _last_weeks_day(found: list[TimeExpr]) -> list[TimeExpr]:
    """"أمس الثلاثاء ... وكانت قذائف مماثلة قد سقطت يوم الثلاثاء الماضي": a text that names a day by
    its weekday and its relative day means, by the same weekday "الماضي", the one a week before."""
    named = {t.date for t in found if t.kind == "relative_day" and t.date is not None
             and relday_offset_in(t.text) is not None and weekday_in(t.text) is not None}
    if not named:
        return found
    return [replace(t, date=t.date - dt.timedelta(days=7))
            if t.kind == "weekday" and t.date in named and t.date is not None and t.date_end is None
            and direction_in(t.text) == "past" else t for t in found]


def quoted_alone(text: str, start: int, end: int) -> bool:
    """The words from `start` to `end` of normalized `text` (every quotation mark made '"') stand
    alone between quotation marks ("لـ«اليوم»")."""
    return start > 0 and end < len(text) and text[start - 1] == '"' == text[end]


def find_times(text: str, published: dt.date | None) -> list[TimeExpr]:
    """Every temporal expression of normalized `text`, left to right, resolved against `published`
    (and the days told from an earlier one: "في اليوم التالي")."""
    out: list[TimeExpr] = []
    last_end = 0
    for a, b in _windows(text):
        toks = word_tokens(text, max(a, last_end), b)
        for c in parse(text, toks, published):
            start = toks[c.i][1] + c.strip
            end = toks[c.j - 1][2]
            out.append(TimeExpr(text[start:end], start, end, c.date, c.date_end, c.precision, c.part, c.kind,
                                c.relative, c.future))
            last_end = end
    out = [t for t in out if not quoted_alone(text, t.start, t.end)]  # "روى شهود لـ«اليوم»": a paper's name
    out = _last_weeks_day(_in_the_writers_frame(out, published))
    sequels = _sequels(text, out)
    if sequels:
        taken = [(t.start, t.end) for t in out]
        sequels = [q for q in sequels if not any(a < q.end and q.start < b for a, b in taken)]
        out = sorted(out + sequels, key=lambda t: t.start)
    return out
