"""Round 46: an air raid whose own sentence names a state's aircraft later on takes no party from
the raid told before it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from event_support import actor1, news, place

PUB = date(2015, 7, 24)


def test_the_raid_keeps_the_aircraft_its_sentence_names() -> None:
    found = news("قالت أنقرة إن مقاتلات تركية قصفت مواقع للتنظيم قرب الحدود فجر أمس. وقتل خمسة مدنيين جراء قصف "
                 "للطيران الحربي على منزل في قرية كفرنبل بريف إدلب صباح أمس، جراء غارات طائرات النظام السوري على "
                 "المنطقة.", PUB)
    raid = next(e for e in found if place(e) == "Kafranbel")
    assert actor1(raid) == "Military Forces of Syria"


def test_a_raid_that_names_no_aircraft_goes_on_with_the_one_before() -> None:
    found = news("قالت أنقرة إن مقاتلات تركية قصفت مواقع للتنظيم قرب بلدة الراعي فجر أمس. وقتل خمسة مسلحين جراء "
                 "قصف للطيران الحربي على مقر لهم قرب البلدة صباح أمس.", PUB)
    assert [actor1(e) for e in found] == ["Military Forces of Turkey"]
