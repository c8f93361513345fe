"""Rules for calendar spans: weeks, months, years and seasons, whole or in parts
(الأسبوع الماضي, مطلع الشهر الجاري, الأسبوع الأول من آب, أيار 2015, عام 2014, ربيع العام 2003),
and the days of feasts (أول أيام عيد الفطر).
"""

from __future__ import annotations

from datetime import date, timedelta

from marsad.extract.times import datemath as R
from marsad.extract.times.pieces import (
    ANY_PREFIX,
    MONTH_KW,
    NO_PREFIX,
    THIS,
    YEAR_MAX,
    YEAR_MIN,
    Cand,
    Tokens,
    YearTail,
)
from marsad.extract.times.pieces import strip_len as _strip
from marsad.extract.times.vocab import ARTICLE_PREFIXES, CONJ_PREFIXES, PREP_PREFIXES
from marsad.text.morphology import morphology

_LAST = frozenset({"اخير"})
FEAST_SOON = 20  # days: a feast this near after publication is the one meant, not last year's
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
# ب with or without a conjunction ("بأيار", "وبأيار"): a month name after it is a date
_BI = frozenset(morphology().proclitics(prepositions=("ب",), article=False)) - CONJ_PREFIXES


class SpanRules(Tokens):
    """Weeks, months, years and seasons."""

    def period(self, i: int) -> Cand | None:
        """[مطلع|منتصف|أواخر] (الأسبوع|الشهر|العام) dir, هذا الأسبوع, مطلع أيار, منتصف 2014."""
        j, pp, strip = i, None, 0
        h = self.hit(j, "period_part", ANY_PREFIX)
        if h is not None and self.joined(h.end):
            pp, j, strip = str(h.term.value), h.end, _strip(h.prefix)
        this = self.stem_in(j, THIS, PREP_PREFIXES)
        if this is not None and self.joined(j + 1):
            if j == i:
                strip = _strip(this)
            j += 1
        u = self.hit(j, "unit", ARTICLE_PREFIXES)
        if u is not None and int(u.term.value["count"]) == 1 and u.term.value["unit"] in ("week", "month", "year"):
            unit, k = u.term.value["unit"], u.end
            if j == i:
                strip = _strip(u.prefix)
            if unit == "week" and pp is None and this is None:
                wk = self._week_of_month(i, k, strip)
                if wk is not None:
                    return wk
            d = self.dir_at(k)
            mode = "current" if this is not None else None
            if d is not None:
                mode, k = d
            if mode is None and pp is None:
                return None
            c = Cand(i, k, "period", relative=True, strip=strip, future=mode == "next")
            self._period_dates(c, unit, mode or "current", pp)
            return c
        if pp is None or this is not None:
            return None
        got = self.month(j, context=True) if self.month_at(j) is not None else self.year(j, context=True)
        if got is None:
            return None
        c = got
        c.i, c.strip = i, strip
        if c.date is not None and c.date_end is not None:
            c.date, c.date_end, c.precision = self._part_of(c.date, c.date_end, pp)
        return c

    def _week_of_month(self, i: int, k: int, strip: int) -> Cand | None:
        """الأسبوع الأول/الثاني/الأخير من آب (من الشهر الماضي): the middle of that week."""
        if not self.joined(k):
            return None
        r = self.number(k)
        if r is not None and r.ordinal and 1 <= r.value <= 5:
            nth, k = r.value, r.end
        elif self.stem_in(k, _LAST, frozenset({"ال"})) is not None:
            nth, k = 0, k + 1
        else:
            return None
        if self.w(k) != "من" or not self.joined(k) or not self.joined(k + 1):
            return None
        month = self.month(k + 1, context=True) if self.month_at(k + 1) else self.period(k + 1)
        if month is None:
            return None
        if month.date is not None and month.date_end is not None and (month.date_end - month.date).days > 31:
            return None  # الأسبوع الأول من العام: not a month
        c = Cand(i, month.j, "period", precision=2, relative=month.relative, strip=strip)
        if month.date is not None and month.date_end is not None:
            end = month.date_end
            c.date = end - timedelta(days=3) if nth == 0 else min(end, month.date + timedelta(days=7 * nth - 4))
            c.future = self.p is not None and c.date > self.p
        return c

    def _part_of(self, start: date, end: date, pp: str) -> tuple[date, date | None, int]:
        if (end - start).days > 40:  # a year: thirds of it
            a, b = {"early": (1, 3), "mid": (6, 8), "late": (10, 12)}[pp]
            return date(start.year, a, 1), R.month_end(start.year, b), 3
        rep = {"early": 3, "mid": 15, "late": 28}[pp]
        return start.replace(day=min(rep, end.day)), None, 2

    def _period_dates(self, c: Cand, unit: str, mode: str, pp: str | None) -> None:
        p = self.p
        c.precision = {"week": 2, "month": 3, "year": 3}[unit]
        if p is None:
            return
        shift = {"current": 0, "past": -1, "before_last": -2, "next": 1}[mode]
        if unit == "week":
            sunday = p - timedelta(days=p.isoweekday() % 7) + timedelta(weeks=shift)
            if pp is not None:
                # the end of a week is its Saturday, a day of both the Arab and the Western weekend
                c.date = sunday + timedelta(days={"early": 1, "mid": 3, "late": 6}[pp])
                if mode == "current" and c.date > p:
                    c.date -= timedelta(weeks=1)  # نهاية الأسبوع said on a Monday: the weekend just past
            elif mode == "current":
                c.date = sunday + (p - sunday) // 2
            else:
                c.date = p + timedelta(weeks=shift)
            return
        if unit == "month":
            base = R.add_months(p.replace(day=1), shift)
            start, end = R.month_range(base.year, base.month)
        else:
            start, end = date(p.year + shift, 1, 1), date(p.year + shift, 12, 31)
        if pp is not None:
            c.date, c.date_end, c.precision = self._part_of(start, end, pp)
        else:
            c.date, c.date_end = start, end

    def month(self, i: int, context: bool = False) -> Cand | None:
        """[شهر] month [paired] [year | dir]: the whole month (precision 3)."""
        j, strip = i, 0
        kw = self.stem_in(j, MONTH_KW, PREP_PREFIXES)
        if kw is not None and self.joined(j + 1):
            strip, j = _strip(kw), j + 1
        mo = self.month_at(j)
        if mo is None:
            return None
        cal, m, k, amb, paired, prefix = mo
        if j == i:
            strip = _strip(prefix)
        tail = self.year_tail(k)
        strong = kw is not None or paired or tail.year is not None or tail.year_rel is not None or \
            tail.mode is not None or context
        if not strong and (amb or not self._month_context(i, prefix)):
            return None
        c = Cand(i, tail.end, "month" if cal == "g" else "hijri", precision=3, strip=strip)
        y = tail.year
        if y is None:
            c.relative = True
            y = self._month_year(cal, m, tail)
            if y is None:
                return c
        return self._dated_month(c, cal, y, m)

    def _month_context(self, i: int, prefix: str) -> bool:
        """A bare month name is a date only after a word that asks for one ("في", "شهر") or ب."""
        return (i > 0 and self.joined(i) and self.in_set(i - 1, "month_context")) or prefix in _BI

    def _month_year(self, cal: str, m: int, tail: YearTail) -> int | None:
        """The year of a month named without one, from the publication date."""
        if self.p is None:
            return None
        if tail.year_rel is not None:
            return (self.p.year if cal == "g" else (R.hijri_today(self.p) or (0,))[0]) + tail.year_rel
        return R.month_year(self.p, m, tail.mode) if cal == "g" else R.hijri_month_year(self.p, m, tail.mode)

    def _dated_month(self, c: Cand, cal: str, y: int, m: int) -> Cand | None:
        if cal == "g":
            if not YEAR_MIN <= y <= YEAR_MAX:
                return None
            c.date, c.date_end = R.month_range(y, m)
        else:
            rng = R.hijri_month_range(y, m)
            if rng is None:
                return None
            c.date, c.date_end = rng
        c.future = self.p is not None and c.date > self.p
        return c

    def year(self, i: int, context: bool = False) -> Cand | None:
        """عام 2014, العام 2014, سنة 1436 هـ, في 2014, 2015م, عامي 2014 و2015: the whole year."""
        yw = self.hit(i, "year_word", ANY_PREFIX)
        strip = 0
        if yw is not None and self.joined(yw.end):
            y = self.year_at(yw.end)
            strip = _strip(yw.prefix)
        else:
            y = self.year_at(i)
            if y is None:
                return None
            explicit_era = y[1] is not None and (y[1] == "hijri" or self.w(i + 1) != "م" or self.gap(i + 1) == "")
            ctx = i > 0 and self.joined(i) and self.in_set(i - 1, "month_context")
            if not (context or ctx or explicit_era):
                return None
            after = self.w(i + 1) if self.joined(i + 1) else ""
            if not explicit_era and (y[0] < YEAR_MIN or (len(after) > 2 and after.endswith("ا") and not self.hits(i + 1))):
                return None  # في 1446 حالة, في 2015 قتيلاً: a count; a Hijri year needs its mark here
            strip = len(self.w(i)) - 4
        if y is None:
            return None
        y1, era, k = y
        hijri = era == "hijri" or y1 < YEAR_MIN
        y2, k = self._second_year(y1, hijri, k)
        c = Cand(i, k, "year", precision=3, strip=strip)
        if hijri:
            a, b = R.hijri_year_range(y1), R.hijri_year_range(y2 or y1)
            if a is None or b is None:
                return None
            c.date, c.date_end = a[0], b[1]
        else:
            c.date, c.date_end = date(y1, 1, 1), date(y2 or y1, 12, 31)
        c.future = self.p is not None and c.date > self.p
        return c

    def _second_year(self, y1: int, hijri: bool, k: int) -> tuple[int | None, int]:
        """"عامي 2014 و2015", "2014-2015": the year that closes a span, and where it ends."""
        if k < self.n and (self.gap(k).strip() == "-" or (self.joined(k) and self.w(k).startswith("و"))):
            nxt = self.year_at(k)
            if nxt is not None and (nxt[1] == "hijri" or nxt[0] < YEAR_MIN) == hijri and nxt[0] > y1:
                return nxt[0], nxt[2]
        return None, k

    def season(self, i: int) -> Cand | None:
        h = self.hit(i, "season", ANY_PREFIX)
        if h is None:
            return None
        tail = self.year_tail(h.end)
        if tail.end == h.end:
            return None
        a, b = _SEASONS[str(h.term.value)]
        c = Cand(i, tail.end, "period", precision=3, strip=_strip(h.prefix))
        y = tail.year
        if y is None:
            c.relative = True
            if self.p is None:
                return c
            y = self.p.year + (tail.year_rel or 0)
            if tail.year_rel is None:
                end_month = R.month_end(y, b)
                if (tail.mode in ("past", "before_last") and end_month >= self.p) or (tail.mode is None and \
                        date(y if a <= b else y - 1, a, 1) > self.p):
                    y -= 1
        c.date = date(y if a <= b else y - 1, a, 1)
        c.date_end = R.month_end(y, b)
        return c

    def feast(self, i: int) -> Cand | None:
        """"في أول أيام عيد الفطر", "عيد الأضحى الماضي", "ثاني أيام عيد الأضحى عام 2014": a day of a
        feast (`feast_days`), or all its days; without a year, the feast nearest before publication
        (or one that comes within `FEAST_SOON` days of it)."""
        day = self.hit(i, "feast_day")
        j = day.end if day is not None else i
        if day is not None and not self.joined(j):
            return None
        h = self.hit(j, "feast", NO_PREFIX if day is not None else PREP_PREFIXES)
        if h is None:
            return None
        v = h.term.value
        cal = "h" if v["calendar"] == "hijri" else "g"
        tail = self.year_tail(h.end)
        c = Cand(i, tail.end, "hijri" if cal == "h" else "absolute", relative=tail.year is None,
                 strip=_strip((day or h).prefix), cal=cal)
        start = self._feast_start(cal, int(v["month"]), int(v["day"]), tail)
        if start is None:
            return c if self.p is None and tail.year is None else None
        if day is not None:
            c.date = start + timedelta(days=int(day.term.value))
        elif int(v["days"]) > 1:
            c.kind, c.date, c.date_end = "range", start, start + timedelta(days=int(v["days"]) - 1)
            c.precision = R.span_precision(c.date, c.date_end)
        else:
            c.date = start
        c.future = self.p is not None and c.date > self.p
        return c

    def _feast_start(self, cal: str, m: int, d: int, tail: YearTail) -> date | None:
        """The first day of a feast in the year its tail names, or the one publication is nearest."""
        year = tail.year
        if year is None and tail.year_rel is not None and self.p is not None:
            year = self.p.year + tail.year_rel
        if year is not None and cal == "h" and year < YEAR_MIN:
            return R.hijri(year, m, d)
        ref = date(year, 7, 1) if year is not None else self.p
        if ref is None:
            return None
        days = _feast_days(cal, m, d, ref)
        if year is not None:
            return next((x for x in days if x.year == year), None)
        return _nearest_feast(days, ref, tail.mode)


def _feast_days(cal: str, m: int, d: int, ref: date) -> list[date]:
    """The first days of a feast in the years around `ref` (Hijri or Gregorian), in order."""
    if cal == "g":
        found = [R.make_date(y, m, d) for y in (ref.year - 1, ref.year, ref.year + 1)]
    else:
        hy = (R.hijri_today(ref) or (0,))[0]
        found = [R.hijri(y, m, d) for y in (hy - 1, hy, hy + 1)]
    return sorted(x for x in found if x is not None)


def _nearest_feast(days: list[date], p: date, mode: str | None) -> date | None:
    """The feast a direction word names ("الماضي", "المقبل"); with none, one coming within
    `FEAST_SOON` days of publication, else the last one before it."""
    before = [x for x in days if x <= p]
    after = [x for x in days if x > p]
    if mode == "next":
        return after[0] if after else None
    if mode in ("past", "before_last"):
        past = [x for x in before if x < p]
        k = 1 if mode == "past" else 2
        return past[-k] if len(past) >= k else None
    if after and (after[0] - p).days <= FEAST_SOON:
        return after[0]
    return before[-1] if before else None
