"""Round 49: forms of the news of a city's battle. A side of the town before "من" ("في الجانب
الأيسر من الموصل", grammar `side_words`) is where fire fell, not where it came from; a quarter named
whole, tied to a town hundreds of kilometres from its namesake ("حي المنصور غربي الموصل"), is not
that namesake; an attack made by means of aircraft or drones ("هاجم التنظيم بطائرات مسيرة") is an
air or drone strike, aircraft that back a force ("المدعمة بطائرات التحالف") are not its means.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import news, place


def test_a_side_of_the_town_is_where_fire_fell() -> None:
    text = "قتل خمسة مدنيين أمس بقذائف هاون أطلقها التنظيم على أحياء محررة في الجانب الأيسر من الموصل."
    assert [place(e) for e in news(text)] == ["Mosul"], [(e.sub_event_type, place(e)) for e in news(text)]


def test_a_quarter_tied_to_a_far_town_is_no_namesake() -> None:
    text = "هاجم مسلحو التنظيم أمس مواقع للقوات العراقية في حي المنصور غربي الموصل."
    assert [place(e) for e in news(text)] != ["Al-Mansour (Baghdad)"], [(e.sub_event_type, place(e)) for e in news(text)]


@pytest.mark.parametrize(("text", "sub"), [
    ("هاجم التنظيم أمس بطائرات مسيرة مواقع للقوات العراقية في حي الموصل الجديدة.", "Air/drone strike"),
    # guard: aircraft that back the force on the ground
    ("اشتبكت الوحدات الكردية المدعمة بطائرات التحالف أمس مع مسلحي التنظيم في محيط بلدة تل أبيض.", "Armed clash"),
])
def test_an_attack_by_means_of_aircraft(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text)] == [sub], [(e.sub_event_type, place(e)) for e in news(text)]
