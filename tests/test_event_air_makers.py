"""Round 46: an air raid whose own sentence names a state's aircraft later on takes no party from
the raid told before it; the subject before a relative aside set off by commas makes the raid after
it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, news, place

PUB = date(2015, 7, 24)


def test_the_raid_keeps_the_aircraft_its_sentence_names() -> None:
    found = news("قالت أنقرة إن مقاتلات تركية قصفت مواقع للتنظيم قرب الحدود فجر أمس. وقتل خمسة مدنيين بقصف للطيران "
                 "الحربي استهدف بيتا في بلدة كفرنبل بريف إدلب صباح أمس، ضمن غارات طائرات النظام السوري على "
                 "المنطقة.", PUB)
    raid = next(e for e in found if place(e) == "Kafranbel")
    assert actor1(raid) == "Military Forces of Syria"


def test_a_raid_that_names_no_aircraft_goes_on_with_the_one_before() -> None:
    found = news("قالت أنقرة إن مقاتلات تركية قصفت مواقع للتنظيم قرب بلدة الراعي فجر أمس. وقتل خمسة مسلحين بقصف "
                 "للطيران الحربي استهدف مقرا لهم قرب البلدة صباح أمس.", PUB)
    assert [actor1(e) for e in found] == ["Military Forces of Turkey"]


@pytest.mark.parametrize(("text", "maker"), [
    # "شن X، الذي ...، غارة": the aside describes X; the party named inside it is no maker
    ("شنت الولايات المتحدة، التي تساند قوات سوريا الديمقراطية في معركة الرقة، غارة جوية على جسر قرب مدينة "
     "الرقة أمس.", "Military Forces of the United States"),
    ("نفذ التحالف، الذي تقوده واشنطن ويدعم الجيش العراقي، ضربات جوية على مواقع قرب مدينة تلعفر فجر اليوم.",
     "International Coalition (Operation Inherent Resolve)"),
    # no aside: the subject right before the strike
    ("شنت الولايات المتحدة غارة جوية على جسر قرب مدينة الرقة أمس، التي تسيطر عليها قوات سوريا الديمقراطية.",
     "Military Forces of the United States"),
])
def test_the_subject_before_a_relative_aside_makes_the_raid(text: str, maker: str) -> None:
    assert [actor1(e) for e in news(text, date(2016, 11, 22))] == [maker]
