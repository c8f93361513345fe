"""Calendar arithmetic for resolving expressions against the publication date.

"mode" is what a direction word says: None (no word: the most recent on or before publication,
news being about the past), "past" (الماضي: strictly before), "before_last" (قبل الماضي: one
further back), "current" (الجاري: this month / this year), "next" (المقبل: strictly after).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from hijridate import Gregorian, Hijri

DAY = timedelta(days=1)


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def make_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def add_months(d: date, n: int) -> date:
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def shift(p: date, unit: str, n: int) -> date:
    """p minus n units (hour, day, week, month, year)."""
    if unit == "hour":
        return p - timedelta(days=n // 24)
    if unit == "day":
        return p - n * DAY
    if unit == "week":
        return p - 7 * n * DAY
    if unit == "month":
        return add_months(p, -n)
    return add_months(p, -12 * n)


def weekday(p: date, iso: int, mode: str | None) -> date:
    """The weekday `iso` (Monday = 1) relative to p under `mode`."""
    back = (p.isoweekday() - iso) % 7
    if mode in ("past", "before_last") and back == 0:
        back = 7
    if mode == "before_last":
        back += 7
    if mode == "next":
        ahead = (iso - p.isoweekday()) % 7 or 7
        return p + ahead * DAY
    return p - back * DAY


def nearest_weekday(target: date, iso: int) -> date:
    """The day with weekday `iso` nearest to `target` (within 3 days)."""
    diff = (iso - target.isoweekday()) % 7
    return target + (diff if diff <= 3 else diff - 7) * DAY


def month_year(p: date, m: int, mode: str | None) -> int:
    """The year of month m (no day given) relative to p."""
    if mode == "current":
        return p.year
    if mode == "next":
        return p.year if m > p.month else p.year + 1
    if mode in ("past", "before_last"):
        y = p.year if m < p.month else p.year - 1
        return y - 1 if mode == "before_last" else y
    return p.year if m <= p.month else p.year - 1


def day_month(p: date, m: int, d: int, mode: str | None) -> date | None:
    """Day d of month m without a year, relative to p."""
    if mode == "current":
        return make_date(p.year, m, d)
    if mode == "next":
        for y in range(p.year, p.year + 5):
            x = make_date(y, m, d)
            if x is not None and x > p:
                return x
        return None
    for y in range(p.year, p.year - 5, -1):
        x = make_date(y, m, d)
        if x is not None and (x < p or (mode is None and x == p)):
            return x
    return None


def month_range(y: int, m: int) -> tuple[date, date]:
    return date(y, m, 1), month_end(y, m)


# -- Hijri ---------------------------------------------------------------------------------------

def hijri(y: int, m: int, d: int) -> date | None:
    """Gregorian date of a Hijri date (day clamped to the month's length); None out of range."""
    try:
        length = Hijri(y, m, 1).month_length()
        g = Hijri(y, m, min(d, length)).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


def hijri_today(p: date) -> tuple[int, int, int] | None:
    try:
        h = Gregorian(p.year, p.month, p.day).to_hijri()
    except (ValueError, OverflowError):
        return None
    return h.year, h.month, h.day


def hijri_day_month(p: date, m: int, d: int, mode: str | None) -> date | None:
    """Hijri day d of month m without a year, relative to p (same modes as `day_month`)."""
    today = hijri_today(p)
    if today is None:
        return None
    hy = today[0]
    if mode == "current":
        return hijri(hy, m, d)
    years = (hy + 1, hy) if mode == "next" else (hy, hy - 1, hy - 2)
    found = None
    for y in years:
        x = hijri(y, m, d)
        if x is None:
            continue
        if mode == "next":
            if x > p:
                found = x
            continue
        if (mode in ("past", "before_last") and x < p) or (mode is None and x <= p):
            return x
    return found


def hijri_month_range(y: int, m: int) -> tuple[date, date] | None:
    start = hijri(y, m, 1)
    end = hijri(y, m, 30)
    return (start, end) if start and end else None


def hijri_month_year(p: date, m: int, mode: str | None) -> int | None:
    today = hijri_today(p)
    if today is None:
        return None
    hy, hm, _ = today
    if mode == "current":
        return hy
    if mode == "next":
        return hy if m > hm else hy + 1
    if mode in ("past", "before_last"):
        y = hy if m < hm else hy - 1
        return y - 1 if mode == "before_last" else y
    return hy if m <= hm else hy - 1


def hijri_year_range(y: int) -> tuple[date, date] | None:
    start = hijri(y, 1, 1)
    nxt = hijri(y + 1, 1, 1)
    return (start, nxt - DAY) if start and nxt else None


def span_precision(start: date, end: date) -> int:
    """Precision of a range: one night or day → 1, up to ten days → 2, longer → 3."""
    n = (end - start).days
    return 1 if n <= 1 else 2 if n <= 10 else 3
