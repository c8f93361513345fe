"""Incidents told as entries of a chronology, or as what a side practises (round 44): a sentence
that opens a timeline ("وفيما يلي تسلسل زمني ...") makes the undated incidents after it its entries,
earlier ones; "عمليات الخطف التي يمارسها" names a practice. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import events, news

PUB = date(2017, 6, 4)

NEWS = "قتل ثلاثة أشخاص في هجوم بسكين نفذه رجل في محطة للقطارات في مدينة مانشستر مساء الجمعة.\n\n"
TIMELINE = [
    "وفيما يلي تسلسل زمني لأبرز تلك الهجمات:\n\n",
    "وهذه أبرز محطات العنف في البلاد خلال العقد الماضي:\n\n",
]
ENTRIES = ("فجر انتحاري نفسه في قاعة للحفلات في مدينة مانشستر مما أدى إلى مقتل 22 شخصا.\n\n"
           "دهس رجل المارة بسيارة على جسر وستمنستر في لندن ثم طعن شرطيا.")


@pytest.mark.parametrize("opener", TIMELINE)
def test_the_entries_of_a_chronology_are_background(opener: str) -> None:
    found = events(NEWS + opener + ENTRIES, PUB)
    entries = [e for e in found if e.evidence[0].text.startswith(("فجر انتحاري", "دهس رجل"))]
    assert entries
    assert all(e.background for e in entries)


def test_the_news_before_the_chronology_stays_news() -> None:
    found = news(NEWS + TIMELINE[0] + ENTRIES, PUB)
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert found[0].event_date == date(2017, 6, 2)


def test_entries_without_an_opener_stay_news() -> None:
    assert len(news(NEWS + ENTRIES, PUB)) >= 2


@pytest.mark.parametrize("text", [
    # what a side practises is a practice, no one incident
    "وباتت المدينة مرتبطة بعمليات الإعدام والخطف التي مارسها التنظيم بحق سكان مدينة الرقة.",
    "وتحدث التقرير عن الاعتقالات التي تمارسها قوات الأمن بحق الناشطين في مدينة حمص.",
])
def test_a_practice_is_no_incident(text: str) -> None:
    assert news(text, PUB) == []


def test_an_execution_done_yesterday_is_news() -> None:
    assert news("ونفذ التنظيم أمس عمليات إعدام بحق ثلاثة من سكان مدينة الرقة.", PUB)


@pytest.mark.parametrize(("text", "earlier"), [
    # "بعد 20 يوما من كشف ملابسات تفجير": a span of more than a week before what the sentence tells,
    # the incident the object of a verbal noun after the link
    ("وبعد 20 يوما من كشف ملابسات تفجير الكنيسة في حي الأشرفية، ألقت الشرطة أمس القبض على أربعة مشتبه بهم في بيروت.",
     "Remote explosive/landmine/IED"),
    ("وقالت الحكومة أمس إنها ستبدأ حملة على المسلحين قريبا، بعد ثلاثة أسابيع على انطلاق ضربات جوية ضد معاقلهم في جبال قنديل.",
     "Air/drone strike"),
])
def test_an_incident_told_weeks_before_is_background(text: str, earlier: str) -> None:
    found = events(text, date(2015, 8, 6))
    assert any(e.sub_event_type == earlier for e in found)
    assert all(e.background for e in found if e.sub_event_type == earlier)


def test_an_incident_told_days_before_stays_news() -> None:
    found = news("وبعد أربعة أيام من كشف ملابسات تفجير الكنيسة في حي الأشرفية، ألقت الشرطة أمس القبض على أربعة مشتبه بهم في بيروت.",
                 date(2015, 8, 6))
    assert "Remote explosive/landmine/IED" in {e.sub_event_type for e in found}


@pytest.mark.parametrize("text", [
    # "منذ بدء المعارك": the start of the fighting is the time counted from, no incident reported
    "ونزح آلاف السكان من مدينة تلعفر منذ بدء المعارك في المدينة.",
    "وقال الطبيب إن المستشفى في بلدة كفرزيتا يستقبل الجرحى منذ بدء الاشتباكات بين الطرفين.",
])
def test_the_start_counted_from_is_no_news(text: str) -> None:
    found = events(text, date(2015, 7, 22))
    assert found and all(e.background for e in found)
