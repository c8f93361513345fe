"""An incident noun listed with the evils of war that are no act ("الدم", "الإرهاب", "التعذيب")
names a kind of deed, not an incident (round 43; `marsad.extract.figures.among_evils`). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news

PUB = date(2017, 3, 14)


@pytest.mark.parametrize("text", [
    "شهدت مدينة حلب أمس يوما هادئا بعيدا عن الدم والقصف والتفجيرات.",
    "وأكد المتحدث أن الحكومة لم تترك لأهالي بلدة مضايا أمس سوى الدمار والقصف.",
    "تعيش مدينة الموصل منذ أمس على وقع الإرهاب والتفجيرات.",
    "قالت الجمعية إن الجوع والقصف والتهجير من أبرز أسباب فرار العائلات من الريف.",
])
def test_a_deed_listed_with_the_evils_of_war_is_no_incident(text: str) -> None:
    assert news(text, PUB) == []


@pytest.mark.parametrize(("text", "subs"), [
    # a list of incidents alone stays incidents
    ("قتل ثلاثة مدنيين في القصف والاشتباكات في حي جوبر أمس.", {"Shelling/artillery/missile attack"}),
    ("قتل طفلان أمس في قصف مدفعي على بلدة سرمين خلف الدمار والخراب في السوق.", {"Shelling/artillery/missile attack"}),
])
def test_incidents_listed_together_stay_incidents(text: str, subs: set[str]) -> None:
    assert subs <= {e.sub_event_type for e in news(text, PUB)}
