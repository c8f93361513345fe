"""What follows an incident (round 12): an act told "في أعقاب الهجوم" takes the day the lead gives
the attack, not an earlier sentence's; who arrests a suspect did not do the deed; an attempt told
as failed was made. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, news

LEAD = "قتل خمسة جنود في هجوم شنه مسلحون على حاجز في مدينة الرمادي ليلة السبت الماضي. "
ASIDE = "واتصل أحد الجيران بالشرطة في عام 2015 للإبلاغ عن أحد المهاجمين. "


@pytest.mark.parametrize("sequel", [
    "واعتقلت الشرطة ثمانية أشخاص في حي التأميم في أعقاب الهجوم.",
    "واعتقلت قوات الأمن ستة مشتبه بهم في مدينة الرمادي عقب الهجوم.",
    "واعتقلت الشرطة عشرة أشخاص في مدينة الرمادي إثر التفجير، وأطلقت سراحهم لاحقا.",
])
def test_an_act_after_the_attack_takes_the_attacks_day(sequel: str) -> None:
    evs = news(LEAD + ASIDE + sequel, published=date(2017, 6, 5))
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests, sequel
    assert arrests[0].event_date == date(2017, 6, 3)
    assert not arrests[0].background


def test_an_act_with_its_own_day_keeps_it() -> None:
    evs = news(LEAD + "واعتقلت الشرطة ثمانية أشخاص في مدينة الرمادي يوم الاثنين في أعقاب الهجوم.",
               published=date(2017, 6, 6))
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].event_date == date(2017, 6, 5)


@pytest.mark.parametrize("text", [
    "الشرطة الفرنسية تعتقل مشتبها به في حادث دهس استهدف مارة في مدينة ليون أمس",
    "اعتقلت الشرطة التركية أمس ثلاثة مشتبه بهم في التفجير الذي استهدف حافلة في مدينة إسطنبول",
    "ألقت الشرطة العراقية القبض على ثلاثة مشتبه بهم في تفجير سيارة مفخخة في مدينة كركوك أمس",
])
def test_who_arrests_a_suspect_did_not_do_the_deed(text: str) -> None:
    evs = news(text, published=date(2017, 6, 5))
    arrests = [e for e in evs if e.sub_event_type == "Arrests"]
    deeds = [e for e in evs if e.sub_event_type != "Arrests"]
    assert arrests and deeds, text
    assert all(actor1(e) == actor1(arrests[0]) for e in arrests)
    assert all(actor1(e) != actor1(arrests[0]) for e in deeds)


@pytest.mark.parametrize(("text", "dead"), [
    ("قتل 12 مسلحا أمس خلال محاولة هجوم فاشلة على حاجز للجيش في مدينة الرمادي", 12),
    ("قتل ثمانية مسلحين أمس في محاولة هجوم فاشلة على مقر للشرطة في مدينة بيجي", 8),
])
def test_an_attempt_told_as_failed_was_made(text: str, dead: int) -> None:
    evs = news(text)
    assert evs, text
    assert evs[0].fatalities == dead


def test_an_attempt_not_told_as_failed_is_no_incident() -> None:
    assert not news("ويخطط التنظيم لمحاولة هجوم على مدينة الرمادي")
