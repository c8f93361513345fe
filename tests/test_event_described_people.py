"""Round 49: what was done to people, told in a relative clause that says who they are ("النساء
اللاتي اختطفن", "الجنود الذين قتلوا في الهجوم"), in a sentence whose main clause tells no incident,
is an earlier incident: the sentence's day is its main verb's (`recall._who_they_are`). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_support import events, news


@pytest.mark.parametrize("text", [
    "طالب المجلس أمس بالتحقيق في مصير النساء اللاتي اختطفن من قبل مسلحي التنظيم في سنجار.",
    "وطالبت المنظمة أمس بكشف مصير الفتيات والنساء الأيزيديات اللواتي اختطفهن مسلحو التنظيم في قضاء سنجار.",
    "التقى الوزير أمس بأهالي الجنود الذين قتلوا في الهجوم على قاعدة سبايكر قرب تكريت.",
    "أفرجت السلطات أمس عن المعتقلين الذين اعتقلوا خلال الاحتجاجات في البصرة.",
])
def test_a_deed_that_says_who_people_are_is_background(text: str) -> None:
    assert news(text) == [], [(e.sub_event_type, e.event_date) for e in news(text)]
    assert all(e.background for e in events(text))


@pytest.mark.parametrize("text", [
    # guards: the relative clause with a day of its own; a main clause that tells an incident
    "طالب المجلس بالتحقيق في مصير النساء اللاتي اختطفهن مسلحو التنظيم أمس في سنجار.",
    "قتل مسلحون أمس ثلاثة من الجنود الذين كانوا يحرسون الحاجز قرب مدينة الرمادي.",
    "قتل أمس ثلاثة جنود كانوا في دورية تعرضت لهجوم في مدينة الرمادي.",
])
def test_a_deed_of_its_own_day_or_beside_an_incident_stays_news(text: str) -> None:
    assert len(news(text)) == 1, [(e.sub_event_type, e.event_date) for e in news(text)]
