"""Forms of news tuned in round 64: a political opposition's supporters in the street.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, news, place

PUB = date(2017, 8, 10)  # a Thursday; the Wednesday before it is 2017-08-09


@pytest.mark.parametrize("crowd", ["أنصار المعارضة", "مؤيدو زعيم المعارضة", "مناصرو المعارضة"])
def test_supporters_of_the_opposition_who_fight_the_police_riot(crowd: str) -> None:
    found = news(f"اشتبك {crowd} مع الشرطة في مدينة مومباسا الكينية يوم الأربعاء ورشقوا عناصرها بالحجارة.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Violent demonstration", "Rioters (Kenya)")]


def test_other_raids_after_those_of_a_named_force_are_its_raids() -> None:
    found = news("نفذت طائرات التحالف الدولي ثلاث غارات قرب مدينة الرقة يوم الأربعاء، بينما ضربت غارات أخرى مواقع "
                 "للتنظيم قرب مدينة الميادين.", PUB)
    assert [actor1(e) for e in found] == ["International Coalition (Operation Inherent Resolve)"] * 2
    assert len({place(e) for e in found}) == 2


def test_a_similar_shelling_is_not_by_that_word_the_maker_of_the_one_before() -> None:
    found = news("اندلعت اشتباكات بين الفصائل وقوات النظام في بلدة حيان يوم الأربعاء، تزامنا مع قصف بالبراميل على "
                 "بلدة عندان، وقصف مماثل على بلدة تل رفعت أسفر عن مقتل مدنيين.", PUB)
    assert "Opposition Rebels (Syria)" not in [actor1(e) for e in found if e.event_type != "Battles"]
