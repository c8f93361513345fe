"""What follows an incident (round 12): an act told "في أعقاب الهجوم" takes the day the lead gives
the attack, not an earlier sentence's; who arrests a suspect did not do the deed; an attempt told
as failed was made, and so was one fought off (round 41); a deed told beside another ("، وسط
غارات") is on that deed's day, even when a relative clause tells it (round 41). Sentences written
for these tests."""

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


@pytest.mark.parametrize("text", [
    "صدت القوات الأمنية محاولة هجوم لتنظيم داعش على حاجز قرب مدينة الرمادي أمس",
    "صد الجيش محاولة هجوم شنها مسلحون على نقطة تفتيش في بلدة الكرمة أمس",
])
def test_an_attempt_fought_off_was_made(text: str) -> None:
    evs = news(text)
    assert [e.sub_event_type for e in evs] == ["Armed clash"], text


def test_an_attempt_planned_is_still_no_incident() -> None:
    # guard: the verb of repelling is what the forces prepare for, not what they did
    assert not news("تستعد القوات الأمنية لصد أي محاولة هجوم للتنظيم على مدينة الرمادي")


BESIDE = ("انتهت الهدنة في المنطقة قبل أسبوعين تقريبا. وتبقى معركة البلدة التي اندلعت قبل عام هدفا "
          "للنظام ولعناصر حزب الله الذين خاضوا أمس مواجهات عنيفة مع مسلحي المعارضة داخل مدينة الزبداني، ")


@pytest.mark.parametrize(("deed", "sub"), [
    ("وسط غارات مكثفة نفذها الطيران الحربي.", "Air/drone strike"),
    ("مع قصف مدفعي على أحياء المدينة.", "Shelling/artillery/missile attack"),
])
def test_a_deed_beside_another_is_on_its_day(deed: str, sub: str) -> None:
    evs = news(BESIDE + deed, published=date(2015, 8, 4))
    found = [e for e in evs if e.sub_event_type == sub]
    assert found and found[0].event_date == date(2015, 8, 3), [(e.sub_event_type, e.event_date) for e in evs]
