"""The sides of a fight and the people struck (round 33): the parties of "بين X و Y" when the
second side is no party we know, or some men of a party joined by "و"; townspeople and women
counted among the dead are civilians. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2015, 7, 23)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "who", "whom"), [
    # the other side is a unit we do not know: the first party fought, against nobody we name
    ("اندلعت أمس اشتباكات عنيفة بين قوات النظام ومقاتلي الفرقة 13 في حي الخالدية بمدينة حلب.",
     "Military Forces of Syria", None),
    ("دارت اشتباكات أمس بين تنظيم داعش وأبناء قبيلة الشعيطات قرب مدينة الميادين.", "Islamic State", None),
    # some men of a party joined by "و" are the second party's, and the first keeps its place
    ("اندلعت أمس اشتباكات بين جبهة النصرة ومقاتلين من فصائل مقاتلة في محيط مدينة أعزاز.",
     "Jabhat al-Nusra", "Opposition Rebels (Syria)"),
    ("تجددت أمس المعارك بين قوات النظام وعناصر من الفصائل الإسلامية في محيط بلدة مورك.",
     "Military Forces of Syria", "Opposition Rebels (Syria)"),
    # both sides known: as before
    ("اندلعت أمس اشتباكات بين جبهة النصرة وقوات النظام في محيط مدينة أعزاز.",
     "Jabhat al-Nusra", "Military Forces of Syria"),
])
def test_the_parties_between_when_one_side_is_unknown(text: str, who: str, whom: str | None) -> None:
    fights = [e for e in news(text, PUB) if e.sub_event_type == "Armed clash"]
    assert [(actor1(e), actor2(e)) for e in fights] == [(who, whom)], _kinds(text)


def test_men_of_a_party_after_a_party_and_a_conjunction_do_not_hide_it() -> None:
    """"X ومقاتلين من Y": the men are Y's; X is named as a party all the same."""
    text = "اندلعت أمس اشتباكات بين جيش الإسلام وعناصر من تنظيم داعش في منطقة القلمون الشرقي."
    assert {actor1(e) for e in news(text, PUB)} == {"Jaish al-Islam"}, _kinds(text)


@pytest.mark.parametrize("text", [
    "قتل 14 مواطنا أمس في غارة جوية على بلدة كفرنبل في ريف إدلب.",
    "قتلت امرأة وأطفالها الثلاثة أمس في قصف جوي على مدينة سراقب.",
    "قتل خمسة أشخاص بينهم امرأتين أمس في غارات جوية على بلدة سرمين.",
])
def test_townspeople_and_women_among_the_dead_are_civilians(text: str) -> None:
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert raids and all(actor2(e) == "Civilians (Syria)" for e in raids), _kinds(text)
