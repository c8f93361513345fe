"""Round 46: the party a noun cue's pronoun names agrees with it in gender ("انتهت بسيطرته": a
masculine party, "انتهت بسيطرتها": a feminine one, a plural of forces or a country). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2015, 8, 6)  # a Thursday


@pytest.mark.parametrize(("text", "sub", "taker", "other"), [
    # the masculine pronoun names the group, not the forces named nearer
    ("وأفاد مصدر محلي بأن داعش هاجم القرية فجرا، وخاض معارك ضارية مع القوات الحكومية انتهت بسيطرته على بلدة "
     "مهين في ريف حمص أمس.", "Non-state actor overtakes territory", "Islamic State", "Military Forces of Syria"),
    # the feminine pronoun names the forces, not the group named nearer
    ("وخاضت القوات الحكومية معارك عنيفة مع التنظيم انتهت بسيطرتها على بلدة مهين في ريف حمص أمس.",
     "Government regains territory", "Military Forces of Syria", "Islamic State"),
    # the nearest party agrees: it stays
    ("وشن حزب الله هجوما على مواقع الفصائل في محيط بلدة الزبداني، وخاض معارك مع الفصائل انتهت بسيطرته على "
     "تلة قرب البلدة أمس.", "Non-state actor overtakes territory", "Hezbollah", None),
])
def test_the_pronoun_names_the_party_of_its_gender(text: str, sub: str, taker: str, other: str | None) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == [sub]
    assert actor1(found[0]) == taker
    assert actor2(found[0]) == other


def test_a_country_is_feminine() -> None:
    # "تركيا ... مواقعها": the pronoun may name the country; the accuser is no party
    found = news("اتهمت وحدات حماية الشعب الكردية تركيا بقصف مواقعها قرب بلدة تل أبيض أمس.", PUB)
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    assert actor1(found[0]) == "Military Forces of Turkey"
    assert place(found[0]) == "Tal Abyad"
