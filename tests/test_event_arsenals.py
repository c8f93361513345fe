"""Round 46: chemical weapons held, made, banned or destroyed are an arsenal, not an attack, and
lend no party to the attack told beside them. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, place

PUB = date(2017, 4, 9)  # a Sunday


@pytest.mark.parametrize("text", [
    "وافقت روسيا على ضمان تدمير ترسانة سوريا من الأسلحة الكيماوية في عام 2013.",
    "قال مسؤولون إن التنظيم يسعى إلى امتلاك أسلحة كيماوية في ليبيا.",
    "وتعمل منظمة حظر الأسلحة الكيماوية على التحقق من تدمير المخزون في سوريا.",
])
def test_an_arsenal_is_no_attack(text: str) -> None:
    assert not events(text, PUB)


def test_the_arsenal_lends_no_party_to_the_attack() -> None:
    found = events("قال الوزير إن روسيا تعهدت بضمان تدمير ترسانة سوريا من الأسلحة الكيماوية. وأضاف أن الحكومة "
                   "السورية شنت هجوما كيماويا يوم الثلاثاء، وأن المدنيين تعرضوا لغازات سامة في بلدة خان شيخون.", PUB)
    assert [e.sub_event_type for e in found] == ["Chemical weapon"]
    assert actor1(found[0]) == "Military Forces of Syria"
    assert actor2(found[0]) == "Civilians (Syria)"
    assert place(found[0]) == "Khan Shaykhun"
    assert found[0].event_date == date(2017, 4, 4)


def test_chemical_weapons_used_are_an_attack() -> None:
    found = events("استخدمت قوات النظام أسلحة كيماوية في قصف بلدة اللطامنة أمس.", PUB)
    assert [e.sub_event_type for e in found] == ["Chemical weapon"]
