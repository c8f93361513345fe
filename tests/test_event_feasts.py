"""Incidents dated by a feast, and a journey's end (round 29): "في أول أيام عيد الفطر" dates the
incident; "ثالث أيام العيد" after an incident noun is its day, not a third incident; where someone
went ("غادر إلى مالي") is no place of a bombing told in another clause. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news, place

AFTER_EID = date(2015, 7, 22)  # Eid al-Fitr 1436 began on Friday 17 July 2015


@pytest.mark.parametrize(("text", "day"), [
    ("قتل عشرة مدنيين في غارات لطيران النظام على مدينة دوما في أول أيام عيد الفطر.", date(2015, 7, 17)),
    ("وفي ثاني أيام عيد الفطر اشتبك مقاتلو المعارضة مع قوات النظام في مدينة درعا.", date(2015, 7, 18)),
    ("انفجرت سيارة مفخخة في سوق مدينة بعقوبة مساء ثالث أيام عيد الفطر المبارك.", date(2015, 7, 19)),
])
def test_a_feast_day_dates_the_incident(text: str, day: date) -> None:
    assert [e.event_date for e in news(text, AFTER_EID)] == [day], \
        [(e.sub_event_type, e.event_date, place(e)) for e in news(text, AFTER_EID)]


def test_the_day_of_a_feast_after_an_incident_noun_is_no_other_incident() -> None:
    text = ("قتل شاب سوداني بعد أن فجر نفسه في مدينة الرقة في ثالث أيام عيد الفطر. "
            "وكان الشاب قد انضم إلى التنظيم قبل عام، قبل أن ينفذ عملية انتحارية ثالث أيام عيد الفطر.")
    bombs = news(text, AFTER_EID)
    assert [(e.sub_event_type, e.event_date) for e in bombs] == [("Suicide bomb", date(2015, 7, 19))], \
        [(e.sub_event_type, e.event_date, place(e)) for e in bombs]


def test_where_someone_went_is_no_place_of_a_bombing_in_another_clause() -> None:
    text = ("قال أقارب الشاب إنه غادر إلى ليبيا قبل أشهر، ثم عاد إلى بلاده، قبل أن يفجر نفسه في عملية "
            "انتحارية أمس.")
    assert all(place(e) != "Libya" for e in news(text, AFTER_EID)), \
        [(e.sub_event_type, place(e)) for e in news(text, AFTER_EID)]
