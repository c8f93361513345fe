"""Absolute dates as news pages write them: the publication date of a page.

A compact parser for *absolute* calendar dates only (relative expressions such as "أمس" belong to
`marsad.extract.times`):

* day, month name, year, with every month-name set of `data/calendar.yaml` (Levantine "آب",
  Egyptian "أغسطس", Maghrebi "أوت") and paired names "آب/اغسطس", "آب (أغسطس)";
  optionally preceded by a weekday ("الأربعاء، 28 آب/اغسطس 2013");
* month name, day, year ("أغسطس 28، 2013");
* numeric dates: 2013-08-28, 2013/08/28, 28/08/2013, 28-8-2013, 28.08.2013 (day first, as Arabic
  sites write them; month first only when the day-first reading is impossible);
* Hijri dates with a Hijri month name ("21 شوال 1434 هـ"), converted to Gregorian;
* machine values of meta tags: ISO 8601, RFC 2822, compact 20130828.

Month names are never written here: they come from the calendar lexicon through
`marsad.lexicon`. Matching runs on normalized text (`marsad.text.norm`), whose length equals the
original's for ordinary text, so offsets are usable for proximity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from functools import cache

from hijridate import Hijri

from marsad import lexicon
from marsad.text.normalize import norm

MIN_YEAR = 1990


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A date found in a text: offsets into the normalized text, and how it was written."""

    value: date
    start: int
    end: int
    kind: str  # "named" (month name), "numeric" or "hijri"
    weekday: bool = False  # a weekday name stands just before it


def _alternation(terms: list[str]) -> str:
    # Longest first, so "تشرين الاول" wins over a shorter name; spaces match any run of spaces.
    uniq = sorted(set(terms), key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in uniq)


@dataclass(frozen=True, slots=True)
class _Patterns:
    months: dict[str, int]
    hijri: dict[str, int]
    named: re.Pattern[str]
    month_first: re.Pattern[str]
    hijri_date: re.Pattern[str]
    weekday_before: re.Pattern[str]


@cache
def _patterns() -> _Patterns:
    months: dict[str, int] = {}
    for e in lexicon.section("calendar.yaml", "gregorian_months"):
        for t in e["ar_norm"]:
            months[t] = int(e["month"])
    hijri: dict[str, int] = {}
    for e in lexicon.section("calendar.yaml", "hijri_months"):
        for t in e["ar_norm"]:
            hijri[t] = int(e["month"])
    weekdays = [t for e in lexicon.section("calendar.yaml", "weekdays") for t in e["ar_norm"]]
    m = _alternation(list(months))
    h = _alternation(list(hijri))
    wd = _alternation(weekdays)
    not_letter = r"(?![\u0621-\u064a])"
    pair = rf"(?:\s*(?:/|\\|-|\(|،|,)\s*(?P<m2>{m}){not_letter}\s*\)?)?"
    year = r"(?:\s*(?:سنه|عام|لعام|من\s+عام))?\s*(?P<y>\d{4})(?!\d)"
    named = re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})(?:\s*(?:من)?\s*|\s*[-/.]\s*)(?:شهر\s+)?(?P<m1>{m}){not_letter}{pair}"
        rf"\s*[,،-]?{year}"
    )
    month_first = re.compile(
        rf"(?<![\u0621-\u064a])(?P<m1>{m}){not_letter}{pair}\s+(?P<d>\d{{1,2}})(?!\d)\s*[,،]?\s*(?P<y>\d{{4}})(?!\d)"
    )
    hijri_date = re.compile(
        rf"(?<!\d)(?P<d>\d{{1,2}})\s*(?:من\s+)?(?P<m1>{h}){not_letter}\s*[,،]?\s*(?P<y>1[34]\d\d)(?!\d)"
    )
    weekday_before = re.compile(rf"(?:{wd})\s*[,،-]?\s*(?:الموافق\s*)?$")
    return _Patterns(months, hijri, named, month_first, hijri_date, weekday_before)


_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?:(?P<y1>\d{4})[-/.](?P<m1>\d{1,2})[-/.](?P<d1>\d{1,2})"
    r"|(?P<d2>\d{1,2})[-/.](?P<m2>\d{1,2})[-/.](?P<y2>\d{4}))(?![\d/.\-]?\d)"
)
_SPACES = re.compile(r"\s+")


def _month_key(s: str) -> str:
    return _SPACES.sub(" ", s)


def make_date(y: int, m: int, d: int, today: date | None = None) -> date | None:
    """A plausible news date (MIN_YEAR to tomorrow), or None."""
    try:
        value = date(y, m, d)
    except ValueError:
        return None
    latest = (today or date.today()).toordinal() + 1
    if value.year < MIN_YEAR or value.toordinal() > latest:
        return None
    return value


def find_dates(text: str, *, normalized: bool = False, today: date | None = None) -> list[DateMatch]:
    """Every absolute date in `text`, in order of position (offsets into the normalized text)."""
    t = text if normalized else norm(text)
    if not any(c.isdigit() for c in t):
        return []
    p = _patterns()
    out: list[DateMatch] = []
    taken: list[tuple[int, int]] = []

    def add(value: date | None, start: int, end: int, kind: str) -> None:
        if value is None or any(a < end and start < b for a, b in taken):
            return
        weekday = bool(p.weekday_before.search(t, max(0, start - 24), start))
        out.append(DateMatch(value, start, end, kind, weekday))
        taken.append((start, end))

    for rx in (p.named, p.month_first):
        for mo in rx.finditer(t):
            m1 = p.months[_month_key(mo.group("m1"))]
            if mo.group("m2") and p.months[_month_key(mo.group("m2"))] != m1:
                continue
            add(make_date(int(mo.group("y")), m1, int(mo.group("d")), today), mo.start(), mo.end(), "named")
    for mo in _NUMERIC.finditer(t):
        if mo.group("y1"):
            y, a, b = int(mo.group("y1")), int(mo.group("m1")), int(mo.group("d1"))
            value = make_date(y, a, b, today)
        else:
            y, d, m = int(mo.group("y2")), int(mo.group("d2")), int(mo.group("m2"))
            value = make_date(y, m, d, today) or make_date(y, d, m, today)
        add(value, mo.start(), mo.end(), "numeric")
    for mo in p.hijri_date.finditer(t):
        add(_hijri(int(mo.group("y")), p.hijri[_month_key(mo.group("m1"))], int(mo.group("d")), today),
            mo.start(), mo.end(), "hijri")
    out.sort(key=lambda dm: dm.start)
    return out


def _hijri(y: int, m: int, d: int, today: date | None) -> date | None:
    try:
        g = Hijri(y, m, d).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return make_date(g.year, g.month, g.day, today)


_ISO = re.compile(r"^\s*(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s_])")


def parse_machine_date(value: str | None, today: date | None = None) -> date | None:
    """A date from a meta tag, JSON-LD or `<time datetime>` value: ISO 8601 ("2026-01-08T11:42:50Z":
    the date as written, no time-zone shift), RFC 2822, compact "20130828", or any form
    `find_dates` reads."""
    if not value:
        return None
    value = value.strip()
    mo = _ISO.match(value)
    if mo:
        return make_date(int(mo.group(1)), int(mo.group(2)), int(mo.group(3)), today)
    if re.match(r"^[A-Za-z]{3},", value):
        try:
            dt: datetime = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            dt = None  # type: ignore[assignment]
        if dt is not None:
            return make_date(dt.year, dt.month, dt.day, today)
    found = find_dates(value[:200], today=today)
    return found[0].value if found else None


@cache
def _print_dailies() -> tuple[frozenset[str], tuple[str, ...]]:
    entries = lexicon.section("outlets.yaml", "print_dailies")
    names = frozenset(n.lower() for e in entries for n in e["names"])
    return names, tuple(d.lower() for e in entries for d in e["domains"])


def print_daily(source: str | None, url: str | None) -> bool:
    """The outlet is a printed daily (`data/outlets.yaml`), known by its source name or its URL's
    host: its undated news is the day before the issue's."""
    names, domains = _print_dailies()
    if source and source.strip().lower() in names:
        return True
    if not url:
        return False
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    return any(host == d or host.endswith(f".{d}") for d in domains)

