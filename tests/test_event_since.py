"""What "منذ" starts, and what it does not (round 34): an incident's own day told before the start
of what goes on dates the act; the dead counted since a year are no incident's toll; a superlative
before "منذ" compares, it starts no campaign. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news, place

MONDAY = date(2015, 7, 27)


def _kinds(text: str) -> list[tuple[str, str | None, date | None, int | None]]:
    return [(e.sub_event_type, place(e), e.event_date, e.fatalities) for e in news(text, MONDAY)]


def test_an_act_with_its_own_day_in_a_campaign_told_since_a_year_is_an_incident() -> None:
    text = ("وذكرت مصادر أن مقاتلات تركية قصفت مخابئ لمقاتلي حزب العمال الكردستاني في جبال قنديل يوم الأحد "
            "في حملة قد تقوض مفاوضات السلام مع الحزب الذي يحارب الدولة منذ عام 1984.")
    raids = [e for e in news(text, MONDAY) if e.sub_event_type == "Air/drone strike"]
    assert [e.event_date for e in raids] == [date(2015, 7, 26)], _kinds(text)


def test_the_dead_counted_since_a_year_are_no_toll_of_the_incident() -> None:
    text = ("ضربت طائرات تركية مخابئ لمقاتلي حزب العمال الكردستاني في جبال قنديل يوم الأحد، "
            "في نزاع أسفر عن مقتل 40 ألف شخص منذ عام 1984.")
    assert [e.fatalities for e in news(text, MONDAY)] == [None], _kinds(text)


@pytest.mark.parametrize("text", [
    "قتل خمسة جنود أمس في هجوم هو الأعنف منذ يونيو في مدينة هكاري.",
    "قتل سبعة مدنيين أمس في القصف الأكثر دموية منذ مارس على مدينة دوما.",
])
def test_a_superlative_before_since_starts_no_campaign(text: str) -> None:
    assert len(news(text, MONDAY)) == 1, _kinds(text)
