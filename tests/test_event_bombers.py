"""Who blows himself up: the reflexive verb makes a suicide bombing without the word "انتحاري"
("حاول أحد المطلوبين تفجير نفسه"), and a state's force named before it is the one that stopped
or reported it, never the bomber. Sentences written for these tests (round 26)."""

from __future__ import annotations

import pytest

from event_support import actor1, news


@pytest.mark.parametrize("text", [
    "حاول أحد المطلوبين تفجير نفسه أمام مركز للشرطة في مدينة الدمام أمس",
    "قامت امرأة بتفجير نفسها وسط سوق شعبي في مدينة بعقوبة أمس",
    "دخل مسلحان إلى مقر البلدية في مدينة سامراء أمس وفجروا أنفسهم",
])
def test_blowing_oneself_up_is_a_suicide_bombing(text: str) -> None:
    subs = [e.sub_event_type for e in news(text)]
    assert subs == ["Suicide bomb"], (text, subs)


@pytest.mark.parametrize("text", [
    "كشفت العمليات التي أحبطتها قوات الأمن، وآخرها يوم الاثنين عندما حاول أحد المطلوبين تفجير نفسه أمام نقطة تفتيش في الرياض",
    "أعلنت الشرطة العراقية أن انتحاريا فجر نفسه أمس عند مدخل سوق في مدينة الخالص",
])
def test_a_state_force_named_before_is_no_suicide_bomber(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].sub_event_type == "Suicide bomb", text
    assert actor1(evs[0]) not in ("Military Forces of Saudi Arabia", "Police Forces of Saudi Arabia",
                                  "Police Forces of Iraq", "Military Forces of Iraq"), (text, actor1(evs[0]))


def test_a_mined_car_after_a_suicide_attack_is_its_own_device() -> None:
    # "سيارة ملغومة" names the device: the sub-type of the attack told before does not carry over
    evs = news("قتل خمسة جنود في هجوم انتحاري استهدف حاجزا في بلدة الدور أمس. "
               "وقتل أربعة أشخاص آخرين عندما انفجرت سيارة ملغومة قرب سوق في بلدة الخالص.")
    assert sorted(e.sub_event_type for e in evs) == ["Remote explosive/landmine/IED", "Suicide bomb"]


def test_the_toll_of_a_device_told_before_an_aside_goes_to_the_attack() -> None:
    # "جراء انفجار سيارة مفخخة، يقودها انتحاري، استهدف ...": the noun has the toll, the verb the place
    evs = news("أفاد سكان أمس بمقتل 12 من عناصر داعش جراء انفجار سيارة مفخخة، يقودها انتحاري، استهدف "
               "مقرا للتنظيم في قضاء تلعفر.")
    assert len(evs) == 1 and evs[0].fatalities == 12 and evs[0].sub_event_type == "Suicide bomb", \
        [(e.sub_event_type, e.fatalities) for e in evs]
