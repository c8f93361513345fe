"""Who is on whose side (round 34): an air force that only bombed a party is not the side it takes
a town from, and the second of two backers joined by "و" ("بمساندة X ودعم Y") is an ally, not the
side acted on; a named unit of a party ("الكتيبة الثانية المدرعة التابعة لـ X") acts for its owner; homes or
quarters a raid or a shelling struck, with nobody told hurt, name no party acted on. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2015, 8, 6)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in news(text, PUB)]


def test_an_air_force_that_bombed_a_party_is_not_whom_it_takes_a_town_from() -> None:
    text = ("قتل عشرة من عناصر تنظيم داعش أمس في غارات لطائرات التحالف الدولي على مواقعه قرب مدينة الطبقة. "
            "وأعلن تنظيم داعش أمس سيطرته التامة على بلدة القريتين في ريف حمص الشرقي. "
            "ودارت اشتباكات أمس بين تنظيم داعش وقوات النظام في محيط مطار التيفور.")
    taken = [e for e in news(text, PUB) if e.sub_event_type == "Non-state actor overtakes territory"]
    assert [actor2(e) for e in taken] == ["Military Forces of Syria"], _kinds(text)


def test_a_strike_still_takes_whom_its_party_strikes_elsewhere() -> None:
    text = ("شنت طائرات التحالف الدولي أمس غارات على مواقع تنظيم داعش قرب مدينة الطبقة. "
            "ونفذت طائرات التحالف الدولي أمس ثلاث غارات أخرى قرب مدينة الحسكة.")
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert raids and {actor2(e) for e in raids} == {"Islamic State"}, _kinds(text)


def test_the_second_of_two_backers_is_an_ally() -> None:
    text = "وقال ضابط إن قوات الشرطة تمكنت أمس من تحرير بلدة الكرمة بمساندة قوات الحشد الشعبي ودعم طيران التحالف الدولي."
    retaken = [e for e in news(text, PUB) if e.sub_event_type == "Government regains territory"]
    assert retaken and all(actor2(e) != "International Coalition (Operation Inherent Resolve)" for e in retaken), _kinds(text)


def test_a_named_unit_of_a_party_acts_for_its_owner() -> None:
    """"استهدفت الكتيبة الثانية المدرعة التابعة لجيش الإسلام": the unit's head is definite and
    its name runs a few words before the word that joins it to its owner."""
    text = "واستهدفت الكتيبة الثانية المدرعة التابعة لجيش الإسلام أمس مواقع في مدينة دوما بقذائف الهاون."
    assert [actor1(e) for e in news(text, PUB)] == ["Jaish al-Islam"], _kinds(text)


@pytest.mark.parametrize(("text", "whom"), [
    # homes or quarters struck, nobody told hurt: no party acted on
    ("قصفت طائرات النظام أمس حيا سكنيا في مدينة دوما.", None),
    ("قصفت قوات النظام أمس منازل في بلدة كفرنبل بقذائف الهاون.", None),
    # the dead or the wounded make the people there its victims
    ("قصفت طائرات النظام أمس حيا سكنيا في مدينة دوما ما أدى إلى مقتل أربعة مدنيين.", "Civilians (Syria)"),
    ("قصفت قوات النظام أمس منازل في بلدة كفرنبل بقذائف الهاون وأصيب ثلاثة أطفال.", "Civilians (Syria)"),
])
def test_homes_struck_with_nobody_hurt_name_no_victims(text: str, whom: str | None) -> None:
    struck = [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]
    assert [actor2(e) for e in struck] == [whom], _kinds(text)


def test_the_guards_of_an_embassy_are_the_forces_attacked() -> None:
    """"حراس السفارة": the armed guards of a mission, acted on (a fight, not an attack on civilians)."""
    text = "هاجم مسلحون أمس حراس السفارة الأمريكية في مدينة أنقرة."
    fights = [(e.sub_event_type, actor2(e)) for e in news(text, PUB)]
    assert fights == [("Armed clash", "Military Forces of Turkey")], _kinds(text)
