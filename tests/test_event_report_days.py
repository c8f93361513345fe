"""Round 47: the day a report was given ("بحسب ما أفاد المرصد الخميس") dates the incident only
loosely (that day or shortly before): a later sentence that tells the incident with its own day
joins it. And a bare noun of a party's men right before their verb ("إن عناصر النصرة خطفوا") is
its subject, not the target a bare "عناصر" names after a verb of targeting. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, events, place

PUB = date(2015, 7, 31)  # a Friday


def test_the_report_day_and_the_own_day_are_one_incident() -> None:
    found = events("خطفت جبهة النصرة ثمانية مقاتلين من فصيل معارض في ريف حلب، بحسب ما أفاد المرصد السوري "
                   "الخميس. وقال المرصد إن مسلحي النصرة خطفوا قائد الفصيل وسبعة من مرافقيه مساء الأربعاء قرب "
                   "مدينة اعزاز.", PUB)
    assert len(found) == 1
    assert found[0].event_date == date(2015, 7, 29)
    assert place(found[0]) == "I‘zāz"
    assert actor1(found[0]) == "Jabhat al-Nusra"


def test_the_report_day_dates_what_nothing_else_dates() -> None:
    found = events("أعلن الجيش العراقي الخميس أنه استعاد السيطرة على قرية البوعيثة جنوب بغداد بعد معارك مع التنظيم.", PUB)
    assert [e.event_date for e in found] == [date(2015, 7, 30)]
    assert found[0].time_precision == 2


@pytest.mark.parametrize("text", [
    "وقال المرصد إن عناصر النصرة خطفوا قائد الفصيل مساء الأربعاء قرب مدينة اعزاز.",
    "وأكد ناشطون أن عناصر التنظيم اختطفوا عشرين مدنيا من قرية قرب مدينة اعزاز أمس.",
])
def test_the_mens_noun_before_their_verb_is_its_subject(text: str) -> None:
    found = events(text, PUB)
    assert [actor1(e) for e in found] in (["Jabhat al-Nusra"], ["Islamic State"])


def test_the_mens_noun_after_a_verb_of_targeting_is_the_target() -> None:
    found = events("استهدفت طائرات التحالف عناصر التنظيم قرب مدينة الباب أمس.", PUB)
    assert [actor1(e) for e in found] == ["International Coalition (Operation Inherent Resolve)"]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة التونسية رجلا كان على صلة بخلية فككتها الشرطة الإيطالية في الشهر الماضي، وفق ما أعلنت وزارة الداخلية الخميس.",
    "أوقفت السلطات الأردنية شابا قاتل مع جماعة هزمها الجيش العراقي في العام الماضي، بحسب بيان لدائرة المخابرات الخميس.",
])
def test_a_bare_relative_keeps_its_time(text: str) -> None:
    found = events(text, PUB)
    assert [e.event_date for e in found] == [date(2015, 7, 30)]
