"""Armed men attacked out of a fight, and who "targets" whom with no weapon (round 34): soldiers or
police attacked on their way home, or whose killing a group claims, are the victims of an attack
on civilians' terms; gunmen who "target" people shell nobody; a country joined to a place after a
locative word is a place, not the owner of the forces named next; a common noun that is also a
village's name is no place without a word of place. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2015, 8, 6)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e), e.modality) for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "who"), [
    # on their way home
    ("استهدف مسلحون من حزب العمال الكردستاني أمس شرطيين أثناء عودتهما إلى منزلهما في مدينة ماردين.",
     "Kurdistan Workers' Party"),
    ("أفاد مصدر أمني بأن مجموعة مسلحة من حزب العمال الكردستاني هاجمت أمس جنديين في طريق عودتهما إلى منزلهما بولاية هكاري.",
     "Kurdistan Workers' Party"),
    # a killing of policemen claimed by a group, no fight told
    ("وتبنى حزب العمال الكردستاني أمس قتل ضابطين في الشرطة بمدينة أضنة.", "Kurdistan Workers' Party"),
])
def test_soldiers_or_police_attacked_off_duty_or_whose_killing_is_claimed(text: str, who: str) -> None:
    attacks = [e for e in news(text, PUB) if e.sub_event_type == "Attack"]
    assert [actor1(e) for e in attacks] == [who], _kinds(text)
    assert all(actor2(e) and actor2(e).endswith("of Turkey") for e in attacks), _kinds(text)


@pytest.mark.parametrize("text", [
    # on duty: a post attacked and soldiers killed is a fight
    "هاجم مسلحون من حزب العمال الكردستاني أمس نقطة عسكرية في ولاية هكاري وقتلوا جنديين.",
    # gunmen who target a patrol fight it
    "استهدف مسلحون مجهولون أمس دورية للشرطة في مدينة الرمادي.",
    "قال مصدر إن مسلحين من تنظيم داعش استهدفوا أمس ثلاثة جنود قرب مدينة بيجي.",
])
def test_armed_men_targeting_men_on_duty_fight_them(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"], _kinds(text)


def test_gunmen_targeting_civilians_attack_them() -> None:
    text = "استهدف مسلحون أمس ثلاثة مدنيين في حي الأعظمية ببغداد."
    assert [(e.sub_event_type, actor2(e)) for e in news(text, PUB)] == [("Attack", "Civilians (Iraq)")], _kinds(text)


def test_a_group_targeting_villages_still_shells_them() -> None:
    text = "استهدفت فصائل المعارضة مساء أمس بلدتي نبل والزهراء شمال حلب."
    subs = {e.sub_event_type for e in news(text, PUB)}
    assert subs == {"Shelling/artillery/missile attack"}, _kinds(text)


def test_a_country_joined_to_a_destination_owns_no_forces() -> None:
    text = ("أكد ضابط فرار عناصر التنظيم من بيجي إلى سوريا وتركيا بعد تقدم القوات الأمنية "
            "وفرض سيطرتها على المصفاة أمس.")
    assert {actor1(e) for e in news(text, PUB)} == {"Military Forces of Iraq"}, _kinds(text)


def test_a_common_noun_that_names_a_village_is_no_place_alone() -> None:
    """"والديها بالتبني": adoptive parents, not the town of at-Tibni."""
    text = "يحتجز تنظيم داعش منذ أمس فتاة فرت من منزل والديها بالتبني في مدينة حلب."
    assert "At Tibnī" not in {place(e) for e in news(text, PUB)}, _kinds(text)

