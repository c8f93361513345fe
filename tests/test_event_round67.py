"""Forms of news tuned in round 67: one assault told by its phases, the deed told as known after an
attack's general word. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, news

PUB = date(2017, 3, 9)  # a Thursday; the Wednesday before it is 2017-03-08


@pytest.mark.parametrize("how", [
    "وبدأ الهجوم حين فجر انتحاري نفسه عند مدخل الفندق، ثم دخل مسلحان الردهة وأطلقا النار على النزلاء.",
    "وقال مسؤول أمني إن الهجوم بدأ بتفجير انتحاري نفسه عند البوابة قبل أن يطلق مسلحون النار على النزلاء في الفندق.",
])
def test_a_suicide_bombing_and_the_shooting_one_sentence_tells_in_a_town_are_one_assault(how: str) -> None:
    found = news("قتل 14 شخصا على الأقل في هجوم على فندق في مدينة مقديشو مساء الأربعاء، بحسب الشرطة الصومالية. "
                 f"{how}", PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_a_fight_told_beside_a_bombing_in_one_town_stays_a_fight() -> None:
    # guard: the police fought gunmen at a consulate; a car bomb hit a police station across the city
    found = news("هاجم مسلحون القنصلية في مدينة إسطنبول أمس الأربعاء وتبادلوا إطلاق النار مع الشرطة، فيما انفجرت "
                 "سيارة مفخخة قرب مركز للشرطة في حي آخر من المدينة وتبادل مسلحون إطلاق النار مع الشرطة بعد الانفجار.", PUB)
    assert "Armed clash" in [e.sub_event_type for e in found]


@pytest.mark.parametrize("deed", [
    "وقال ضابط في الشرطة إن انتحاريا فجر سيارة مفخخة عند مدخل الفندق.",
    "وقال ضابط في الشرطة إن انتحاريا فجر سيارة مفخخة عند مدخل الفندق، قبل أن تنفجر سيارة مفخخة ثانية بعد دقائق.",
])
def test_a_deed_told_after_an_attacks_general_word_gives_it_its_kind(deed: str) -> None:
    found = news("قتل 14 شخصا في هجوم على فندق في مدينة مقديشو مساء الأربعاء. " + deed, PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_an_attackers_word_is_no_party_of_a_protest_word() -> None:
    # guard: "تظاهر بالموت" feigns death; the gunman named beside it makes it no protest
    found = news("قتل 20 شخصا في هجوم مسلح على مطعم في مدينة أنقرة مساء الأربعاء. وقال أحد الناجين إن بعض الزبائن "
                 "تظاهروا بالموت حتى غادر المسلح المكان.", PUB)
    assert "Protests" not in [e.event_type for e in found]


@pytest.mark.parametrize("cause", ["جراء قذيفة أطلقتها الميليشيات الحوثية", "بسبب قذيفة أطلقتها الميليشيات الحوثية"])
def test_an_explosion_told_as_the_result_of_a_weapons_act_is_that_act(cause: str) -> None:
    found = news(f"أعلن الجيش مقتل ثلاثة جنود إثر انفجار مخزن للذخيرة في معسكر بمحافظة مأرب يوم الأربعاء، {cause}.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Shelling/artillery/missile attack", "Ansar Allah (Houthi Movement)")]


def test_an_act_told_after_an_attack_it_followed_keeps_its_own_kind() -> None:
    # guard: "إثر" tells what came before the strikes, not what made an explosion
    found = news("شنت المقاتلات التركية غارات على مواقع التنظيم في ريف حلب أمس الأربعاء إثر الهجوم الانتحاري الذي "
                 "استهدف بلدة حدودية.", PUB)
    assert "Air/drone strike" in [e.sub_event_type for e in found]


@pytest.mark.parametrize("outlet", ["قناة «المسيرة»", "قناة \"المسيرة\""])
def test_a_channel_in_quotes_named_like_a_weapon_types_nothing(outlet: str) -> None:
    found = news(f"قالت {outlet} التابعة للحوثيين إن القوة الصاروخية أطلقت صاروخا باليستيا على قاعدة الملك خالد الجوية "
                 "في خميس مشيط أمس.", PUB)
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
