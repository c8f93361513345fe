"""find_times as a whole: passages, offsets, parts of day, kinds, no publication date."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.extract.numbers import word_tokens
from marsad.extract.times import PARTS_OF_DAY, find_times
from marsad.extract.times.parser import parse
from marsad.text.normalize import norm, normalize

PASSAGE = (
    "ذكرت وزارة الدفاع التركية أن طائراتها قصفت، فجر الجمعة، مواقع للمسلحين. "
    "وأوضحت أن العمليات انطلقت في الـ12 من تشرين الأول. "
    "وأمس الخميس، سقطت قذائف على بلدة حدودية. "
    "وقبل يومين، قال الجيش إن دورياته تعرضت لتسعة هجمات متفرقة، "
    "خلال الفترة بين الثالث عشر والحادي والعشرين تشرين الأول الجاري."
)


def test_passage_in_order_with_original_offsets() -> None:
    nt = normalize(PASSAGE)
    found = find_times(nt.text, date(2023, 10, 27))
    got = [(nt.original_text(t.start, t.end), t.date.isoformat() if t.date else None) for t in found]
    assert got == [
        ("فجر الجمعة", "2023-10-27"),
        ("الـ12 من تشرين الأول", "2023-10-12"),
        ("أمس الخميس", "2023-10-26"),
        ("قبل يومين", "2023-10-25"),
        ("خلال الفترة بين الثالث عشر والحادي والعشرين تشرين الأول الجاري", "2023-10-13"),
    ]
    assert [t.kind for t in found] == ["weekday", "absolute", "relative_day", "ago", "range"]
    assert found[0].part_of_day == "dawn"
    assert found[-1].date_end == date(2023, 10, 21)
    assert all(t.text == nt.text[t.start:t.end] for t in found)


@pytest.mark.parametrize(
    ("text", "part"),
    [("فجر الجمعة", "dawn"), ("صباح السبت", "morning"), ("ظهر الأحد", "noon"), ("عصر الاثنين", "afternoon"),
     ("مساء الثلاثاء", "evening"), ("ليل الأربعاء", "night"), ("ليلة الخميس", "night"),
     ("في وقت متأخر من ليل الجمعة", "night"), ("الجمعة صباحاً", "morning"), ("الخميس ليلاً", "night"),
     ("الليلة الماضية", "night"), ("مساء أمس", "evening"), ("الجمعة", None), ("ليل الجمعة - السبت", "night")],
)
def test_part_of_day(text: str, part: str | None) -> None:
    (t,) = find_times(norm(text), date(2023, 10, 27))
    assert t.part_of_day == part
    assert part is None or part in PARTS_OF_DAY


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("28 آب/أغسطس 2013", "absolute", "2013-08-28"),
        ("15 رمضان 1436 هـ", "hijri", "2015-07-02"),
        ("9/8/2017", "numeric", "2017-08-09"),
        ("عام 2014", "year", "2014-01-01"),
        ("أيار 2015", "month", "2015-05-01"),
        ("الجمعة", "weekday", None),
        ("أمس", "relative_day", None),
        ("قبل يومين", "ago", None),
        ("الأسبوع الماضي", "period", None),
        ("الـ17 من تشرين الأول", "absolute", None),
        ("17 الجاري", "absolute", None),
    ],
)
def test_without_publication_date_only_years_resolve(text: str, kind: str, expected: str | None) -> None:
    (t,) = find_times(norm(text), None)
    assert t.kind == kind
    assert (t.date.isoformat() if t.date else None) == expected
    assert t.relative is (expected is None)


def test_future_is_flagged() -> None:
    (t,) = find_times(norm("يوم السبت المقبل"), date(2023, 10, 27))
    assert t.future and t.date == date(2023, 10, 28)
    (t,) = find_times(norm("يوم السبت"), date(2023, 10, 27))
    assert not t.future


def test_weekday_on_publication_day_is_today_unless_past() -> None:
    friday = date(2023, 10, 27)
    assert find_times(norm("يوم الجمعة"), friday)[0].date == friday
    assert find_times(norm("الجمعة الماضي"), friday)[0].date == date(2023, 10, 20)


def test_to_row() -> None:
    (t,) = find_times(norm("ليل الجمعة - السبت"), date(2023, 10, 27))
    row = t.to_row()
    assert row["date"] == "2023-10-20" and row["date_end"] == "2023-10-21"
    assert row["part_of_day"] == "night" and row["kind"] == "range" and row["time_precision"] == 1
    assert set(row) >= {"text", "start", "end", "date", "date_end", "time_precision", "part_of_day", "kind"}


def test_proclitic_is_left_out_of_the_span() -> None:
    (t,) = find_times(norm("وأمس"), date(2023, 10, 27))
    assert t.text == "امس" and t.start == 1


def test_empty_text() -> None:
    assert find_times("", date(2023, 10, 27)) == []


_SNIPPETS = [
    "وقال مصدر محلي إن الاشتباكات تواصلت في ريف المدينة الشرقي", "قتل 17 شخصا وأصيب 40 آخرون",
    "فجر الجمعة", "أمس الخميس", "قبل يومين", "في الـ17 من تشرين الأول", "الأسبوع الماضي",
    "خلال الفترة بين الثالث عشر والحادي والعشرين تشرين الأول الجاري", "15 رمضان 1436 هـ الموافق 2 تموز 2015 م",
    "في 9/8/2017", "ليل الجمعة - السبت", "خلال الساعات الـ24 الماضية", "عام 2014", "يوم الأحد المصادف 22 تشرين الأول",
    "في وقت متأخر من ليل الخميس", "منذ أكثر من ثلاثة أشهر", "17 الجاري", "،", ".", "\n\n",
]


@given(st.lists(st.sampled_from(_SNIPPETS), min_size=1, max_size=40))
def test_windows_find_what_a_full_parse_finds(parts: list[str]) -> None:
    """Only text near anchor words is parsed; that must never lose or change an expression."""
    text = norm(" ".join(parts))
    published = date(2023, 10, 27)
    toks = word_tokens(text)
    full = []
    for c in parse(text, toks, published):
        start = toks[c.i][1] + c.strip
        full.append((start, toks[c.j - 1][2], c.date, c.date_end))
    assert [(t.start, t.end, t.date, t.date_end) for t in find_times(text, published)] == full
