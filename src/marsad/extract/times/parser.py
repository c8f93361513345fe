"""The grammar of Arabic temporal expressions, over normalized tokens (`word_tokens`).

`Parser.scan()` walks the tokens; at each token that can start an expression it tries every
rule and keeps the longest match. Rules return a `Cand` (token span + resolved dates); the
publication date `p` anchors everything relative (None: relative expressions get no date).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from marsad.extract.numbers import Tok
from marsad.extract.times import datemath as R
from marsad.extract.times.pieces import (
    HIJRI_MAX,
    HIJRI_MIN,
    MONTH_KW,
    NO_PREFIX,
    YEAR_MAX,
    YEAR_MIN,
    Cand,
    YearTail,
)
from marsad.extract.times.pieces import strip_len as _strip
from marsad.extract.times.spans import SpanRules
from marsad.extract.times.vocab import (
    ARTICLE_PREFIXES,
    CONJ_PREFIXES,
    PREP_PREFIXES,
    STARTERS,
    starter_forms,
    trigger,
    vocab,
)
from marsad.text.morphology import morphology

_SOFT_GAP = re.compile(r"[\s,،(\-]*")
_NUMERIC = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})")
_SLASH_GAP = re.compile(r"\s*[/\-]\s*")  # "14 / 10 / 1436": the slashes of a date written with spaces
HIJRI_SLACK_DAYS = 2  # a Hijri date this many days from the weekday told with it: the moon was sighted otherwise
_DAY_KW = frozenset({"يوم", "يومي"})
_FEW = frozenset({"القليله", "القليلين"})
_ARTICLE = morphology().article  # "الـ48 ساعة": a count with the article
# before a relative day only ب with its article (بالأمس): not فل, "فلامس" is a name
_RELDAY_PREFIXES = frozenset(("", *morphology().proclitics(prepositions=("ب",), article="after_preposition")))
# Which rules can start at a token, by the categories of its vocabulary hits.
_PERIOD_CATS = frozenset({"period_part", "this", "unit"})
_DAY_CATS = frozenset({"part", "relday", "weekday", "day_word", "unit", "gmonth", "hmonth"})
_MONTH_CATS = frozenset({"gmonth", "hmonth", "unit"})
_FEAST_CATS = frozenset({"feast", "feast_day"})
ABLE_VERB_WORDS = 4  # "تمكنت [القوات العراقية صباح] اليوم من": from the verb of being able to the day
_NAME_CONTEXT_PREFIXES = PREP_PREFIXES | ARTICLE_PREFIXES


class Parser(SpanRules):
    """The rules; `scan()` finds every expression."""

    # -- rules ---------------------------------------------------------------------------------
    def range_second(self, k: int, bare: bool = False) -> int | None:
        """Where the second member of a range starts at token k: after "-" or "/", after a range
        connector, or at a word joined with و ("والسبت"; any joined word when `bare`)."""
        if self.gap(k).strip() in ("-", "/"):
            return k
        conn = self.hit(k, "range_connector", CONJ_PREFIXES)
        if conn is not None and self.joined(k):
            return int(conn.end)
        if self.joined(k) and (self.w(k).startswith("و") or bare):
            return k
        return None

    def date_core(self, j: int) -> Cand | None:
        """Day [-day] [من] [شهر] month [year | الجاري | ...], or day الجاري, or a numeric date."""
        num = self.numeric(j)
        if num is not None:
            return num
        d1 = self.day_num(j)
        if d1 is None:
            return None
        v1, k, prefix = d1
        v2 = None
        if k < self.n:
            after = self.range_second(k)
            if after is not None:
                d2 = self.day_num(after)
                if d2 is not None and d2[0] > v1:
                    v2, k = d2[0], d2[1]
        m_j = k
        if self.w(m_j) == "من" and self.joined(m_j):
            m_j += 1
        if self.stem_in(m_j, MONTH_KW, NO_PREFIX) is not None and self.joined(m_j):
            m_j += 1
        mo = self.month_at(m_j) if self.joined(m_j) else None
        if mo is not None:
            cal, m, k3, _, _, _ = mo
            tail = self.year_tail(k3)
            return self._day_month(j, tail.end, cal, m, v1, v2, tail, prefix)
        found = self._relative_month(k, m_j)
        if found is None:
            return None
        mode, end = found
        c = Cand(j, end, "absolute" if v2 is None else "range", relative=True, strip=_strip(prefix), cal="g")
        if self.p is not None:
            shift = {"current": 0, "past": -1, "before_last": -2, "next": 1}[mode]
            base = R.add_months(self.p.replace(day=1), shift)
            c.date = R.make_date(base.year, base.month, v1)
            c.date_end = R.make_date(base.year, base.month, v2) if v2 else None
            if c.date is None:
                return None
            c.future = c.date > self.p
        c.precision = R.span_precision(c.date, c.date_end) if c.date and c.date_end else 1
        return c

    def _relative_month(self, k: int, m_j: int) -> tuple[str, int] | None:
        """The month a day number counts in, relative to publication: "17 الجاري" (current),
        "السابع عشر من الشهر الماضي" (past): its direction and where the words end."""
        d = self.dir_at(k)
        if d is not None and d[0] == "current":
            return "current", d[1]
        if not self.joined(m_j):
            return None
        this = self.stem_in(m_j, frozenset({"هذا"}), NO_PREFIX) is not None
        u = self.hit(m_j + 1 if this else m_j, "unit", ARTICLE_PREFIXES)
        if u is None or u.term.value["unit"] != "month" or u.term.value["count"] != 1:
            return None
        if this:
            return "current", u.end
        dd = self.dir_at(u.end)
        return (dd[0], dd[1]) if dd is not None else None

    def _day_month(self, i: int, j: int, cal: str, m: int, v1: int, v2: int | None, tail: YearTail,
                   prefix: str) -> Cand | None:
        c = Cand(i, j, ("absolute" if cal == "g" else "hijri") if v2 is None else "range",
                 strip=_strip(prefix), cal=cal)
        y = tail.year
        if y is None and tail.year_rel is not None:
            c.relative = True
            if self.p is not None:
                y = (self.p.year if cal == "g" else (R.hijri_today(self.p) or (0,))[0]) + tail.year_rel
        last = v2 or v1
        if y is not None:
            if (cal == "h") != (tail.era == "hijri" or (tail.year is not None and tail.year < YEAR_MIN)) \
                    and tail.year is not None:
                return None  # a Hijri year after a Gregorian month, or the reverse
            end = R.make_date(y, m, last) if cal == "g" else R.hijri(y, m, last)
        else:
            c.relative = True
            if self.p is None:
                return c
            # a range is placed by its first day (a visit "on the 2nd and 3rd" published on the 2nd)
            first = (R.day_month if cal == "g" else R.hijri_day_month)(self.p, m, v1, tail.mode)
            if first is None:
                return None
            end = first + timedelta(days=last - v1)
        if end is None:
            return None
        if v2 is None:
            c.date = end
        else:
            start = R.make_date(end.year, end.month, v1) if cal == "g" else end - timedelta(days=v2 - v1)
            if start is None:
                return None
            c.date, c.date_end = start, end
            c.precision = R.span_precision(start, end)
        c.future = self.p is not None and c.date > self.p
        return c

    def numeric(self, j: int) -> Cand | None:
        """"28/8/2013", "2013-08-28", and a Hijri date by its year or its mark ("22/9/1436هـ",
        "22/9/1436 هـ")."""
        m = _NUMERIC.match(self.w(j))
        if m is not None:
            groups, last, glued = m.groups(), j, self.w(j)[m.end():]
        elif (spaced := self._spaced_numeric(j)) is not None:
            groups, last, glued = spaced, j + 2, ""
        else:
            return None
        era, end = self._numeric_era(last, glued)
        if era == "":
            return None
        a, b, y_s = groups
        if len(a) == 4:
            y, mo, d = int(a), int(b), int(y_s)
        elif len(y_s) in (2, 4):
            d, mo, y = int(a), int(b), int(y_s)
            if len(y_s) == 2:
                pivot = (self.p.year % 100 + 1) if self.p else 30
                y += 2000 if y <= pivot else 1900
            if mo > 12 and d <= 12:
                d, mo = mo, d
        else:
            return None
        if era == "hijri" or (era is None and HIJRI_MIN <= y <= HIJRI_MAX):
            x = R.hijri(y, mo, d) if HIJRI_MIN <= y <= HIJRI_MAX and mo <= 12 else None
            return None if x is None else Cand(j, end, "numeric", x, cal="h", future=self.p is not None and x > self.p)
        if not YEAR_MIN <= y <= YEAR_MAX:
            return None
        x = R.make_date(y, mo, d)
        if x is None:
            return None
        return Cand(j, end, "numeric", x, cal="g", future=self.p is not None and x > self.p)

    def _spaced_numeric(self, j: int) -> tuple[str, str, str] | None:
        """"14 / 10 / 1436": a day, a month and a year of four figures, slashes between them."""
        if j + 2 >= self.n or not all(_SLASH_GAP.fullmatch(self.gap(k)) for k in (j + 1, j + 2)):
            return None
        a, b, y = self.w(j), self.w(j + 1), self.w(j + 2)
        if not (a.isdigit() and b.isdigit() and y.isdigit() and len(a) <= 2 and len(b) <= 2 and len(y) == 4):
            return None
        return a, b, y

    def _numeric_era(self, j: int, glued: str) -> tuple[str | None, int]:
        """The era a numeric date's mark says (glued to it, or the next word) and the token past it;
        "" when something else is glued to the date."""
        if glued:
            terms = [t for t in vocab().first.get(glued, ()) if t.cat == "era" and not t.rest]
            return (str(terms[0].value["era"]), j + 1) if terms else ("", j + 1)
        h = self.hit(j + 1, "era", NO_PREFIX) if j + 1 < self.n and self.gap(j + 1).strip(" \t") == "" else None
        return (str(h.term.value["era"]), h.end) if h is not None else (None, j + 1)

    def day_phrase(self, i: int) -> Cand | None:
        """[part of day] [يوم] (relative day [weekday] | weekday [dir] [range] [date] | date) [part]."""
        j, part, strip, next_day = i, None, 0, False
        pb = self.part_before(j)
        if pb is not None:
            part, j, strip, next_day = pb[0], pb[1], _strip(pb[2]), pb[3]
        day_kw = self.stem_in(j, _DAY_KW, PREP_PREFIXES)
        if day_kw is not None and self.joined(j + 1):
            if j == i:
                strip = _strip(day_kw)
            j += 1
        c = self._relday(i, j, part, day_kw is not None) or self._weekday(i, j, part == "night")
        if c is not None and next_day and c.kind == "weekday" and c.date is not None \
                and (self.p is None or c.date < self.p):
            c.date += timedelta(days=1)  # "بعد منتصف ليل الأحد": the night of Sunday, after midnight
        if c is None:
            c = self.date_core(j)
            if c is None:
                return None
            c.i = i
        if j != i:
            c.strip = strip
        pa = self.part_after(c.j)
        if pa is not None:
            c.part, c.j = pa
        if part and not c.part:
            c.part = part
        return c

    def _relday(self, i: int, j: int, part: str | None, day_kw: bool) -> Cand | None:
        h = self.hit(j, "relday", _RELDAY_PREFIXES)
        if h is None:
            return None
        off = int(h.term.value["offset"])
        word = self.w(j)[len(h.prefix):]
        # اليوم التالي, في اليوم نفسه, تلك الليلة: the narrative's day, not today ("أمس من" is
        # yesterday all the same: "تمكنت القوات أمس من تحرير")
        if off == 0 and self.joined(h.end) and self.in_set(h.end, "day_not_today", NO_PREFIX) \
                and not (self.in_set(h.end, "day_then_from", NO_PREFIX)
                         and any(self.in_set(k, "able_verbs") for k in range(max(0, i - ABLE_VERB_WORDS), i))):
            return None
        if i > 0 and self.joined(i) and self.in_set(i - 1, "day_not_today_before"):
            return None
        if word == "غدا" and h.end < self.n and self.joined(h.end) and not (part or day_kw) and \
                self.w(h.end).startswith("ال") and self.weekday_at(h.end) is None:
            return None  # غدا الوضع أسوأ: the verb "became", before its subject
        k = h.end
        named = self.weekday_at(k) if self.joined(k) or self.gap(k).strip() in (",", "،") else None
        c = Cand(i, k, "relative_day", relative=True, part=h.term.value.get("part") or part,
                 strip=_strip(h.prefix) if j == i else 0, future=off > 0)
        if named is not None:
            c.j = named[1]
        if self.p is not None:
            c.date = _named_day(self.p, off, named[0] if named else None)
        self._attach_date(c)
        return c

    def _weekday(self, i: int, j: int, night: bool) -> Cand | None:
        wd = self.weekday_at(j)
        if wd is None:
            return None
        back = i - 1 if self.stem_in(i - 1, _DAY_KW) is None or not self.joined(i) else i - 2
        if back >= 0 and self.joined(back + 1) and self.in_set(back, "habitual"):
            return None  # كل يوم جمعة, أيام السبت
        iso, k, prefix = wd
        mode = None
        d = self.dir_at(k)
        if d is not None:
            mode, k = d
        iso2 = None
        if k < self.n:
            after = self.range_second(k, bare=night)  # ليل الخميس الجمعة: the night between the two
            wd2 = self.weekday_at(after) if after is not None else None
            if wd2 is not None and night and (wd2[0] - iso) % 7 != 1:
                wd2 = None  # a night spans two consecutive days
            if wd2 is not None and wd2[0] != iso:
                iso2, k = wd2[0], wd2[1]
                d2 = self.dir_at(k)
                if d2 is not None:
                    mode, k = d2
        c = Cand(i, k, "weekday" if iso2 is None else "range", relative=True, strip=_strip(prefix) if j == i else 0,
                 future=mode == "next")
        if self.p is not None:
            if iso2 is None:
                c.date = R.weekday(self.p, iso, mode)
            else:
                c.date_end = R.weekday(self.p, iso2, mode)
                c.date = c.date_end - timedelta(days=(iso2 - iso) % 7)
                c.precision = R.span_precision(c.date, c.date_end)
        self._attach_date(c)
        return c

    def _attach_date(self, c: Cand) -> None:
        """A date written after a weekday or a relative day ("الأربعاء، 28 آب 2013") decides; but a
        Hijri date a day or two from the weekday's ("أمس الأربعاء (16 ذي الحجة 1436هـ)") was read
        by the calendar the moon's sighting set, which the reckoned one may miss: the weekday decides."""
        k = c.j
        if k >= self.n or not _SOFT_GAP.fullmatch(self.gap(k)):
            return
        conc = self.hit(k, "concord", CONJ_PREFIXES)
        if conc is not None:
            k = conc.end
        dc = self.date_core(k)
        if dc is None:
            return
        sighted = c.date if dc.cal == "h" and c.date is not None and dc.date is not None and dc.date_end is None \
            and 0 < abs((dc.date - c.date).days) <= HIJRI_SLACK_DAYS else None
        c.j, c.kind, c.date, c.date_end, c.precision = dc.j, dc.kind, sighted or dc.date, dc.date_end, dc.precision
        c.relative, c.future, c.cal = dc.relative, dc.future, dc.cal

    def ago(self, i: int) -> Cand | None:
        """قبل/منذ [نحو] N unit: N units before publication."""
        h = self.hit(i, "ago", CONJ_PREFIXES)
        if h is None or not self.joined(h.end):
            return None
        j = h.end
        while True:
            f = self.hit(j, "filler", NO_PREFIX)
            if f is None or not self.joined(f.end):
                break
            j = f.end
        q = self._quantity(j)
        if q is None:
            return None
        n, unit, k, vague = q
        if self.joined(k) and self.w(k) in ("من", "على") and self.w(k + 1) not in ("الان",):
            return None  # قبل يومين من الانتخابات: before another event
        if vague and unit == "year":
            return None
        c = Cand(i, k, "ago", relative=True, strip=_strip(h.prefix))
        c.precision = {"hour": 1, "day": 2 if vague else 1, "week": 2 if n <= 2 else 3}.get(unit, 3)
        if self.p is not None:
            c.date = R.shift(self.p, unit, n)
        return c

    def _quantity(self, j: int) -> tuple[int, str, int, bool] | None:
        """(count, unit, end, vague) of "يومين", "ثلاثة أيام", "أسبوع واحد", "أيام"."""
        u = self.hit(j, "unit", NO_PREFIX)
        if u is not None:
            unit, count = u.term.value["unit"], int(u.term.value["count"])
            k = u.end
            if count == 0:
                return {"hour": 1, "day": 3, "week": 2, "month": 3, "year": 0}[unit], unit, k, True
            if count == 1 and self.joined(k) and self.w(k) in ("واحد", "واحده"):
                k += 1
            elif count == 1 and self.joined(k) and (self.year_at(k) or self.month_at(k)):
                return None  # منذ عام 2013, منذ شهر رمضان: a year or a month, not "a year ago"
            return count, unit, k, False
        got = self.count_unit(j)
        return None if got is None else (*got, False)

    def count_unit(self, i: int) -> tuple[int, str, int] | None:
        """A cardinal and the unit right after it, without proclitics ("3 أيام", "48 ساعة"):
        (count, unit, index past the unit)."""
        r = self.number(i)
        if r is None or r.ordinal or not self.joined(r.end):
            return None
        u = self.hit(r.end, "unit", NO_PREFIX)
        return None if u is None else (r.value, u.term.value["unit"], u.end)

    def recent(self, i: int) -> Cand | None:
        """الساعات الـ24 الماضية, اليومين الماضيين, الأيام القليلة الماضية, الـ48 ساعة الماضية."""
        u = self.hit(i, "unit", ARTICLE_PREFIXES)
        n: int | None = None
        strip = 0
        if u is not None and int(u.term.value["count"]) in (0, 2):
            unit, k, strip = u.term.value["unit"], u.end, _strip(u.prefix)
            if int(u.term.value["count"]) == 2:
                n = 2
            elif self.joined(k):
                r = self.number(k)
                if r is not None and not r.ordinal:
                    n, k = r.value, r.end
        else:
            got = self.count_unit(i)
            if got is None:
                return None
            n, unit, k = got
        if self.joined(k) and self.w(k) in _FEW:
            k += 1
        closed = self._window_end(i, k, u is None, unit)
        if closed is None:
            return None
        k = closed
        vague = n is None
        if n is None:
            n = {"hour": 1, "day": 3, "week": 2, "month": 3, "year": 0}[unit]
        if n == 0:
            return None
        c = Cand(i, k, "recent", relative=True, strip=strip)
        if unit == "hour":
            c.precision = 1 if n <= 24 else 2
        elif unit == "day":
            c.precision = 1 if n <= 1 else 2 if n <= 7 or vague else 3
        else:
            c.precision = 2 if unit == "week" and n <= 1 else 3
        if self.p is not None:
            c.date, c.date_end = R.shift(self.p, unit, n), self.p
        return c

    def _window_end(self, i: int, k: int, counted: bool, unit: str) -> int | None:
        """Past the word of the past that closes a window ("الساعات الـ24 الماضية"); a count of hours
        or days with the article ("خلال الـ48 ساعة") closes it alone, unless a direction other than
        the past follows ("الـ72 ساعة القادمة": the hours ahead). None: no window."""
        if self.joined(k) and self.in_set(k, "recent_markers", NO_PREFIX):
            return k + 1
        ahead = self.dir_at(k)
        if counted and unit in ("hour", "day") and self.w(i).startswith(_ARTICLE) and (ahead is None or ahead[0] == "past"):
            return k
        return None

    def ranged(self, i: int) -> Cand | None:
        """بين/من + a range, or + date وإلى/حتى date ("من 28 أيلول إلى 3 تشرين الأول")."""
        h = self.hit(i, "range_opener", CONJ_PREFIXES)
        if h is None or not self.joined(h.end):
            return None
        c = self.day_phrase(h.end)
        if c is None or (c.date_end is not None and c.kind == "range"):
            if c is not None:
                c.i, c.strip = i, _strip(h.prefix)
            return c
        if c.cal is None:
            return None
        k = c.j
        conn = self.hit(k, "range_connector", CONJ_PREFIXES) if self.joined(k) else None
        if conn is not None and conn.term.rest == () and self.w(k) == "و":
            conn = None
        after = conn.end if conn is not None else k if (self.joined(k) and self.w(k).startswith("و")) or \
            self.gap(k).strip() == "-" else None
        if after is None:
            return None
        c2 = self.day_phrase(after)
        if c2 is None or c2.cal != c.cal:
            return None
        if c.date is not None and c2.date is not None:
            start = c.date
            if start > c2.date:
                start = R.make_date(c2.date.year, start.month, start.day) or start
                if start > c2.date:
                    start = R.make_date(start.year - 1, start.month, start.day) or start
            c.date, c.date_end = start, c2.date
            c.precision = R.span_precision(start, c2.date)
        c.i, c.j, c.kind, c.strip = i, c2.j, "range", _strip(h.prefix)
        c.future = c2.future
        return c

    # -- scan ----------------------------------------------------------------------------------
    def best_at(self, i: int) -> Cand | None:
        cats = {h.term.cat for h in self.hits(i)}
        # a definite noun is in construct with no day after it: "التحالف أمس", "التحالف الجمعة" are days
        subject = bool(cats & {"relday", "weekday"}) and self.toks[i - 1][0].startswith("ال") if i > 0 else False
        if i > 0 and self.joined(i) and not subject \
                and self.in_set(i - 1, "name_contexts", _NAME_CONTEXT_PREFIXES):
            return None  # "ثورة 25 يناير", "تيار الغد" name a movement; "التحالف أمس" is still yesterday
        digits = any(ch.isdigit() for ch in self.toks[i][0])
        numeric = digits or self.number(i) is not None
        rules = []
        if "range_opener" in cats:
            rules.append(self.ranged)
        if "ago" in cats:
            rules.append(self.ago)
        if numeric or "unit" in cats:
            rules.append(self.recent)
        if cats & _PERIOD_CATS:
            rules.append(self.period)
        if numeric or cats & _DAY_CATS:
            rules.append(self.day_phrase)
        if cats & _MONTH_CATS:
            rules.append(self.month)
        if digits or "year_word" in cats:
            rules.append(self.year)
        if "season" in cats:
            rules.append(self.season)
        if cats & _FEAST_CATS:
            rules.append(self.feast)
        best: Cand | None = None
        for rule in rules:
            c = rule(i)
            if c is not None and (best is None or c.j > best.j):
                best = c
        return best

    def scan(self) -> list[Cand]:
        out: list[Cand] = []
        toks, n = self.toks, self.n
        forms = starter_forms()
        i = 0  # the first token not yet read
        # (most words have no digit and are no form an expression starts with: `trigger` 0)
        for k in [k for k, t in enumerate(toks) if not t[0].isalpha() or t[0] in forms]:
            if k < i:
                continue  # inside the expression found last
            tag = trigger(toks[k][0])
            if tag == 0 or (tag == 2 and not (k + 1 < n and trigger(toks[k + 1][0]) == 1) and
                            not any(h.term.rest and h.term.cat in STARTERS for h in self.hits(k))):
                continue
            c = self.best_at(k)
            if c is not None:
                out.append(c)
                i = c.j
        return self._concordance(out)

    def _concordance(self, cands: list[Cand]) -> list[Cand]:
        """Join neighbours: "15 رمضان 1436 هـ الموافق 2 تموز 2015 م" (or in brackets) is one date;
        "28 أيلول وحتى 3 تشرين الأول" (a connector other than و, or a dash) is one range."""
        out: list[Cand] = []
        for c in cands:
            prev = out[-1] if out else None
            joined = None
            if prev is not None and prev.cal and c.cal and prev.date_end is None and c.date_end is None:
                joined = self._same_day(prev, c) if prev.cal != c.cal else self._range(prev, c)
            elif prev is not None:
                joined = self._bracketed(prev, c)
            if joined is not None:
                out[-1] = joined
            else:
                out.append(c)
        return out

    def _same_day(self, prev: Cand, c: Cand) -> Cand | None:
        """"15 رمضان 1436 هـ الموافق 2 تموز 2015 م": one day in two calendars."""
        k = prev.j
        conc = self.hit(k, "concord", CONJ_PREFIXES) if k < self.n else None
        if not ((conc is not None and conc.end == c.i) or (k == c.i and "(" in self.gap(k))):
            return None
        g, o = (c, prev) if c.cal == "g" else (prev, c)
        return Cand(prev.i, c.j, g.kind if g.kind != "numeric" else "absolute", g.date or o.date,
                    g.date_end, min(prev.precision, c.precision), prev.part or c.part,
                    prev.relative and c.relative, g.future, prev.strip, "g")

    def _bracketed(self, prev: Cand, c: Cand) -> Cand | None:
        """"فجر اليوم (أمس)", "مساء اليوم (الثلاثاء)": a day in brackets right after the "today" of a
        quoted source gives that day in the article's own frame; the bracket wins."""
        if prev.kind != "relative_day" or c.kind not in ("relative_day", "weekday") or prev.date is None:
            return None
        if not (prev.j == c.i and "(" in self.gap(prev.j)) or c.date is None or c.date >= prev.date:
            return None
        return Cand(prev.i, c.j, c.kind, c.date, c.date_end, c.precision, prev.part or c.part,
                    c.relative, c.future, prev.strip, c.cal)

    def _range(self, prev: Cand, c: Cand) -> Cand | None:
        """"28 أيلول وحتى 3 تشرين الأول": a connector other than و, or a dash, makes a range."""
        k = prev.j
        conn = self.hit(k, "range_connector", CONJ_PREFIXES) if k < self.n else None
        if not ((conn is not None and conn.end == c.i and self.w(k) != "و") or (k == c.i and self.gap(k).strip() == "-")):
            return None
        start = prev.date
        if start is not None and c.date is not None and start > c.date and prev.relative:
            start = R.make_date(c.date.year - (start.replace(year=c.date.year) > c.date), start.month, start.day) or start
        joined = Cand(prev.i, c.j, "range", start, c.date, 1, prev.part or c.part,
                      prev.relative or c.relative, c.future, prev.strip, c.cal)
        if start is not None and c.date is not None:
            joined.precision = R.span_precision(start, c.date)
        return joined

def parse(text: str, toks: list[Tok], published: date | None) -> list[Cand]:
    return Parser(text, toks, published).scan()


def _named_day(p: date, off: int, iso: int | None) -> date:
    """The day of a relative day (`off` days from publication `p`) that may name its weekday `iso`:
    the named weekday decides when it is within 3 days of the relative day and on the same side of
    publication (a late publication date); "اليوم الاثنين" in a paper of Saturday names the day the
    text was written, the Monday before; otherwise the relative day decides."""
    day = p + timedelta(days=off)
    if iso is None:
        return day
    near = R.nearest_weekday(day, iso)
    if (near - p).days * off > 0 or near == day or (off == 0 and near <= p):
        return near
    return R.weekday(p, iso, None) if off == 0 else day
