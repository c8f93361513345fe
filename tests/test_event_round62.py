"""Forms of news tuned in round 62: the bare area an incident is told in, a joint force and the
parties it is made of. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, news, place

PUB = date(2015, 10, 20)  # a Tuesday; the Monday before it is 2015-10-19


@pytest.mark.parametrize("area", ["في المنطقة", "بالمنطقة"])
def test_the_bare_area_an_incident_is_told_in_is_the_place_named_before(area: str) -> None:
    found = news("قصفت طائرات التحالف مواقع للحوثيين في مديرية صرواح غربي مأرب صباح الاثنين. وبعد ساعات، دارت "
                 f"مواجهات عنيفة {area} بين قوات الجيش الوطني والمسلحين الحوثيين قتل فيها تسعة من المسلحين.", PUB)
    assert [(e.event_type, place(e)) for e in found] == [("Explosions/Remote violence", "Sirwah"), ("Battles", "Sirwah")]


def test_a_fight_in_the_bare_area_later_that_day_is_an_incident_of_its_own() -> None:
    found = news("أغارت مقاتلات التحالف على تجمعات للمتمردين في مديرية حرض بمحافظة حجة يوم الاثنين. وسمع السكان دوي "
                 "انفجارات قوية. وفي وقت لاحق، اندلعت اشتباكات في المنطقة بين رجال القبائل والحوثيين أسفرت عن مقتل ستة "
                 "مسلحين.", PUB)
    assert [(e.event_type, place(e)) for e in found] == [("Explosions/Remote violence", "Harad"), ("Battles", "Harad")]


def test_an_area_a_definite_word_describes_is_another_place() -> None:
    found = news("قتل جنديان في هجوم على حاجز بمدينة العريش يوم الاثنين. وفي المنطقة الشرقية، اعتقلت الشرطة ثلاثة "
                 "مطلوبين في مدينة القطيف.", PUB)
    assert [place(e) for e in found] == ["Arīsh", "Al Qaţīf"]


@pytest.mark.parametrize("text, actor", [
    ("وقصفت القوات المشتركة مواقع الحوثيين في مديرية حيس جنوبي الحديدة مساء الاثنين.", "Military Forces of Yemen"),
    ("وقصفت القوات المشتركة مواقع داعش في حي الضباط وسط الرمادي مساء الاثنين.", "Military Forces of Iraq"),
])
def test_the_joint_forces_are_the_state_forces_of_the_land_they_fight_in(text: str, actor: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == [actor]


@pytest.mark.parametrize("force, actor", [
    ("تمكنت القوات المشتركة من الجيش الوطني والمقاومة الشعبية أمس من استعادة السيطرة على منطقة العمري في مديرية "
     "ذباب غربي تعز", "Military Forces of Yemen"),
    ("شنت قوة مشتركة من الجيش والشرطة وأبناء العشائر أمس هجوما على مواقع داعش في منطقة البوعيثة جنوبي الرمادي",
     "Military Forces of Iraq"),
])
def test_the_first_party_a_joint_force_is_made_of_leads_it(force: str, actor: str) -> None:
    assert [actor1(e) for e in news(f"{force} بعد معارك عنيفة.", PUB)] == [actor]
