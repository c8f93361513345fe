"""Page dates: month names of every regional set (read from calendar.yaml), paired names, numeric
and Hijri dates, machine values of meta tags."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad import lexicon
from marsad.article.pubdate import find_dates, parse_machine_date, print_daily

TODAY = date(2026, 6, 30)


@pytest.mark.parametrize(("text", "expected"), [
    ("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)", date(2013, 8, 28)),
    ("الخميس 24 تشرين الأول 2023", date(2023, 10, 24)),
    ("24 تشرين أول 2023", date(2023, 10, 24)),
    ("٢٤ تشرين الثاني ٢٠٢٣", date(2023, 11, 24)),
    ("الاثنين، 15 مايو 2023 - 03:15 م", date(2023, 5, 15)),
    ("نشر في: الإثنين 5 جويلية 2021", date(2021, 7, 5)),
    ("12 أيار/مايو 2015", date(2015, 5, 12)),
    ("الاثنين 1 حزيران (يونيو) 2015", date(2015, 6, 1)),
    ("7 يونيو/حزيران 2019", date(2019, 6, 7)),
    ("3 كانون الثاني 2020", date(2020, 1, 3)),
    ("السبت 9 آذار 2019", date(2019, 3, 9)),
    ("أكتوبر 5، 2020", date(2020, 10, 5)),
    ("يوم 3 من شهر شباط عام 2016", date(2016, 2, 3)),
    ("2013-08-28T10:00", date(2013, 8, 28)),
    ("2015/07/21", date(2015, 7, 21)),
    ("28/08/2013", date(2013, 8, 28)),
    ("08/28/2013", date(2013, 8, 28)),  # day-first impossible: month first
    ("28-8-2013", date(2013, 8, 28)),
    ("21 شوال 1434 هـ", date(2013, 8, 28)),
])
def test_page_dates(text: str, expected: date) -> None:
    found = find_dates(text, today=TODAY)
    assert found and found[0].value == expected


@pytest.mark.parametrize("text", [
    "في الـ17 من تشرين الأول",  # no year: not a page date
    "قتل 28 شخصاً في 2013",
    "31 شباط 2020",  # no such day
    "12 آب 1850",  # too old for a news page
    "الساعة 14:30",
    "رقم الهاتف 0912/345/6789",
])
def test_not_page_dates(text: str) -> None:
    assert find_dates(text, today=TODAY) == []


def test_future_dates_are_refused() -> None:
    assert find_dates("5 آذار 2031", today=TODAY) == []


def test_weekday_is_noticed() -> None:
    (found,) = find_dates("الخميس 24 تشرين الأول 2023", today=TODAY)
    assert found.weekday and found.kind == "named"


@pytest.mark.parametrize(("value", "expected"), [
    ("2026-01-08T11:42:50+00:00", date(2026, 1, 8)),
    ("2021-03-14T23:30:00-05:00", date(2021, 3, 14)),  # the date as written, no time-zone shift
    ("20130828", date(2013, 8, 28)),
    ("Wed, 28 Aug 2013 10:00:00 GMT", date(2013, 8, 28)),
    ("28 آب 2013", date(2013, 8, 28)),
    ("", None),
    ("not a date", None),
])
def test_machine_dates(value: str, expected: date | None) -> None:
    assert parse_machine_date(value, TODAY) == expected


_MONTH_NAMES = [(int(e["month"]), t) for e in lexicon.section("calendar.yaml", "gregorian_months")
                for t in e["ar"]]


@given(st.dates(min_value=date(1995, 1, 1), max_value=date(2025, 12, 31)), st.data())
def test_any_month_name_round_trips(d: date, data: st.DataObject) -> None:
    names = [t for m, t in _MONTH_NAMES if m == d.month]
    name = data.draw(st.sampled_from(names))
    sep = data.draw(st.sampled_from([" ", "  ", " من "]))
    text = f"نشر بتاريخ {d.day}{sep}{name} {d.year} الساعة 10:00"
    found = find_dates(text, today=TODAY)
    assert [f.value for f in found] == [d]


@pytest.mark.parametrize(("source", "url", "printed"), [
    ("aawsat", None, True),
    ("Okaz", None, True),
    (None, "https://www.alriyadh.com/1069734", True),
    (None, "http://aawsat.com/home/article/415141", True),
    ("sabq", "https://sabq.org/abc", False),
    ("bbc-arabic", "https://www.bbc.com/arabic/middleeast-40877440", False),
    (None, "https://notaawsat.com/x", False),
    (None, None, False),
])
def test_a_printed_daily_is_known_by_its_source_or_its_host(source: str | None, url: str | None, printed: bool) -> None:
    assert print_daily(source, url) is printed
