"""Whom an attack struck (round 25): the object after a subject and its means, the agent after the
aircraft it flew, the heads that name a state's weapons, the others killed in a second blast,
villagers, and the posts of the gendarmerie. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news

IRAQ = "Military Forces of Iraq"
TURKEY = "Military Forces of Turkey"


@pytest.mark.parametrize(("text", "second"), [
    ("استهدف انتحاري بسيارة مفخخة مركز شرطة في مدينة ماردين صباح أمس", "Police Forces of Turkey"),
    ("فجر انتحاري بحزام ناسف حاجزا للجيش قرب مدينة تكريت أمس", IRAQ),
    ("استهدف هجوم انتحاري بشاحنة مفخخة مركزا للدرك في ولاية ماردين أمس", TURKEY),
])
def test_the_object_stands_after_the_subject_and_its_means(text: str, second: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor2(evs[0]) == second


@pytest.mark.parametrize(("text", "second"), [
    ("خطف تنظيم داعش خمسة عناصر من جبهة النصرة قرب مدينة الباب أمس", "Jabhat al-Nusra"),
    ("اعتقلت الشرطة التركية ثلاثة أعضاء من حزب العمال الكردستاني في مدينة ديار بكر أمس", "Kurdistan Workers' Party"),
])
def test_the_object_is_the_party_whose_men_follow_the_subject(text: str, second: str) -> None:
    evs = news(text)
    assert evs and actor2(evs[0]) == second, [(e.sub_event_type, actor2(e)) for e in evs]


def test_a_gap_that_is_no_means_keeps_the_object_out() -> None:
    # "في المدينة" is no weapon: the party after it is not read as the object of the verb
    evs = news("استهدف انتحاري في المدينة مسلحين من الحي أمس قرب تكريت")
    assert evs and actor2(evs[0]) != "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize(("text", "first"), [
    ("قتل 20 من عناصر تنظيم داعش في غارات شنتها مروحيات الجيش العراقي على أطراف الفلوجة أمس", IRAQ),
    ("قتل 12 من مسلحي داعش في غارات نفذتها طائرات التحالف الدولي قرب الموصل أمس",
     "International Coalition (Operation Inherent Resolve)"),
    # two force nouns before the agent ("مروحيات طيران الجيش", the army's aviation helicopters)
    ("قتل 30 من عناصر تنظيم داعش في غارات شنتها مروحيات طيران الجيش قرب الفلوجة أمس", IRAQ),
])
def test_the_agent_stands_after_the_aircraft_it_flew(text: str, first: str) -> None:
    evs = news(text)
    assert evs, text
    assert (actor1(evs[0]), actor2(evs[0])) == (first, "Islamic State")


@pytest.mark.parametrize("text", [
    "قصفت الدبابات التركية قرية في ريف حلب الشمالي أمس",
    "قصفت المدافع التركية بلدة في ريف حلب الشمالي أمس",
])
def test_tanks_and_guns_with_a_nationality_are_that_states_forces(text: str) -> None:
    evs = news(text)
    assert [actor1(e) for e in evs] == [TURKEY]


def test_others_killed_by_a_second_bomb_are_civilians() -> None:
    evs = news("قتل ستة أشخاص في انفجار عبوة ناسفة في سوق بمدينة بعقوبة أمس، "
               "وقتل ثلاثة آخرون في انفجار عبوة ثانية جنوبي المدينة")
    assert [(e.fatalities, actor2(e)) for e in evs] == [(6, "Civilians (Iraq)"), (3, "Civilians (Iraq)")]


def test_villagers_killed_by_an_air_raid_are_civilians() -> None:
    evs = news("أسفرت غارات للطيران التركي أمس على قرية قرب مدينة زاخو عن مقتل تسعة قرويين")
    assert [(actor1(e), actor2(e)) for e in evs] == [(TURKEY, "Civilians (Iraq)")]


@pytest.mark.parametrize("text", [
    "وأكد المرصد أمس أن معارك عنيفة دارت في محيط قرية الزيارة التي يقطنها مواطنون من الطائفة العلوية في ريف حماة.",
    "واندلعت اشتباكات عنيفة أمس قرب بلدة تل تمر التي تسكنها عائلات آشورية في ريف الحسكة.",
])
def test_the_residents_of_a_place_are_no_party_of_its_fight(text: str) -> None:
    """"التي يقطنها مواطنون": who lives in the place named before is no target of the fight there."""
    assert [e.sub_event_type for e in news(text)] == ["Armed clash"]


def test_a_strike_on_a_quarter_still_strikes_the_civilians_named_as_its_dead() -> None:
    evs = news("وقتل خمسة مدنيين أمس في غارة جوية على حي يقطنه نازحون في مدينة إدلب.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"] and actor2(evs[0]) == "Civilians (Syria)"


@pytest.mark.parametrize("text", [
    "وقتل خمسة أشخاص بينهم ثلاثة أطفال في قصف على بلدة سراقب أمس، مع استمرار المعارك في محيط مدينة أريحا.",
    "وسقط عشرة قتلى بينهم نساء في قرية كفرنبل أمس، فيما تواصل القتال في محيط بلدة معرة النعمان.",
])
def test_civilians_dead_a_clause_before_a_battle_are_no_side_of_it(text: str) -> None:
    """"... بينهم ثلاثة أطفال في قصف على بلدة X، مع استمرار المعارك": the children died in what their
    clause tells; the battles after them are no attack on civilians."""
    assert "Attack" not in [e.sub_event_type for e in news(text)]


def test_civilians_attacked_in_their_own_clause_stay_the_target() -> None:
    evs = news("وهاجم مسلحون مجهولون قرية قرب مدينة بعقوبة أمس وقتلوا خمسة مدنيين.")
    assert [e.sub_event_type for e in evs] == ["Attack"] and actor2(evs[0]) == "Civilians (Iraq)"


@pytest.mark.parametrize("text", [
    "وقال المسؤول أمس إن التنظيم يجبر الشبان في مدينة الرقة على القتال في صفوفه.",
    "واتهم المرصد الحزب أمس بتجنيد قاصرين للقتال في مدينة الزبداني.",
    # a fight told as one someone took part in
    "واتضح أن الموقوفين جرحوا خلال معارك شاركوا بها في مدينة منبج قبل عودتهم.",
])
def test_men_drafted_to_fight_tell_no_fight(text: str) -> None:
    """"يجبر الشبان على القتال في صفوفه": a fight men are forced or drafted into is a fighter's path."""
    assert [e for e in news(text) if e.event_type == "Battles"] == []


@pytest.mark.parametrize("text", [
    "قتل سبعة قرويين في قصف بنهاية الأسبوع للطيران التركي قرب قرية في شمال العراق.",
    "قتل سبعة قرويين في غارات بعد ظهر أمس للطيران التركي قرب قرية في شمال العراق.",
])
def test_the_agent_after_a_time_with_its_preposition(text: str) -> None:
    """Round 47: "قصف [بنهاية الأسبوع] للطيران التركي": the proclitic of the time is no word between."""
    assert [actor1(e) for e in news(text)] == [TURKEY]
