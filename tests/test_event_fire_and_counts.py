"""Shots and the people counted (round 29): fire opened from one place on another; the fire a
subject opens is shooting, not the strike told beside it; "N آخرين" counts more of the people
counted before; "المتطرفين" names the jihadists; a state's bombardment is no planted bomb; a
planted bomb's victims are not the enemy its makers fight elsewhere. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, events, news, place
from marsad.extract.mention_scan import _split_cues
from marsad.text.normalize import norm


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in news(text)]


@pytest.mark.parametrize(("text", "where"), [
    # the place the shots came from ("من X") stands between the fire and its target
    ("فتح مسلحون مجهولون النار من سيارة مسرعة على دورية للشرطة في مدينة الموصل أمس.", "Mosul"),
    ("وكان مسلحون فتحوا أمس النار من الأراضي السورية على مخفر للشرطة في مدينة كركوك.", "Kirkuk"),
    ("أطلق مسلحون النار من بنادق آلية على حاجز للجيش في مدينة الرمادي أمس.", "Ramadi"),
])
def test_fire_opened_from_one_place_on_another(text: str, where: str) -> None:
    shots = news(text)
    assert [place(e) for e in shots] == [where], _kinds(text)


def test_the_fire_a_subject_opens_is_shooting_beside_a_raid() -> None:
    """The jets of the clause before do not make the shooting a strike."""
    text = ("قصفت طائرات التحالف مواقع في محيط مدينة تلعفر أمس، وكان مسلحون فتحوا النار "
            "على دورية للشرطة في مدينة الموصل.")
    at_mosul = [e for e in news(text) if place(e) == "Mosul"]
    assert [e.event_type for e in at_mosul] == ["Battles"], _kinds(text)


@pytest.mark.parametrize(("text", "others"), [
    # "N آخرين" after civilians were counted: more civilians
    ("قتل 20 مدنيا في غارات على مدينة دوما أمس. وأفاد المرصد أن سبعة آخرين قتلوا في قصف على بلدة حرستا.",
     "Civilians (Syria)"),
    # after soldiers were counted: more soldiers
    ("قتل ثلاثة جنود في هجوم لمسلحين على حاجز في مدينة الرمادي أمس، وقتل خمسة آخرون في قصف على مدينة هيت.",
     "Military Forces of Iraq"),
])
def test_others_counted_after_people_are_more_of_them(text: str, others: str) -> None:
    last = news(text)[-1]
    assert (actor2(last), last.actor2.text if last.actor2 else "") == (others, last.actor2.text) \
        and last.actor2 is not None and "آخر" in last.actor2.text, _kinds(text)


@pytest.mark.parametrize("text", [
    # no number before "آخرين", or no people counted before them: nobody is named
    "قصفت طائرات النظام بلدة حرستا أمس وقتلت آخرين.",
    "قال المرصد إن قصفا استهدف بلدة حرستا أمس أوقع سبعة آخرين.",
])
def test_others_without_count_or_people_before_name_nobody(text: str) -> None:
    assert all(e.actor2 is None or "آخر" not in e.actor2.text for e in news(text)), _kinds(text)


@pytest.mark.parametrize(("text", "who"), [
    ("قصف تنظيم داعش مدينة هيت أمس. وهاجم متطرفون حاجزا للجيش في مدينة الرمادي اليوم.", "Islamic State"),
    ("قصف تنظيم داعش مدينة هيت أمس. وهاجم الجهاديون حاجزا للجيش في مدينة الرمادي اليوم.", "Islamic State"),
    # with no jihadist group named before, the extremists are nobody known: an unidentified armed
    # group fought the army (ACLED's convention, round 45)
    ("وهاجم متطرفون حاجزا للجيش في مدينة الرمادي أمس.", "Unidentified Armed Group (Iraq)"),
])
def test_extremists_are_the_jihadist_group_named_before(text: str, who: str | None) -> None:
    ramadi = [e for e in news(text) if place(e) == "Ramadi"]
    assert [actor1(e) for e in ramadi] == [who], _kinds(text)


def test_extremists_are_the_jihadist_group_named_before_not_another_rebel() -> None:
    text = ("قصف حزب العمال الكردستاني مخفرا في مدينة شرناق أمس. وذكرت جبهة النصرة أن مقاتليها سيطروا على قرية "
            "في ريف إدلب. وهاجم متطرفون حاجزا للجيش في مدينة حماة اليوم.")
    hama = [e for e in news(text) if place(e) == "Ḩamāh"]
    assert [actor1(e) for e in hama] == ["Jabhat al-Nusra"], _kinds(text)


def test_a_states_bombardment_after_a_car_bomb_is_no_bomb() -> None:
    text = ("قتل ثلاثة جنود في انفجار سيارة مفخخة استهدف رتلا للجيش قرب مدينة ديار بكر أمس. "
            "وقصف الجيش التركي مواقع للمسلحين في ولاية هكاري.")
    turkish = [e for e in events(text) if actor1(e) == "Military Forces of Turkey"]
    assert turkish and all(e.sub_event_type != "Remote explosive/landmine/IED" for e in turkish), \
        [(e.sub_event_type, actor1(e)) for e in events(text)]


def test_a_planted_bombs_victims_are_not_the_enemy_its_makers_fight_elsewhere() -> None:
    text = ("اشتبك مسلحو تنظيم داعش مع الجيش التركي قرب مدينة كيليس أمس. "
            "وقتل 30 شخصا في تفجير انتحاري تبناه تنظيم داعش في مدينة سروج الاثنين.")
    bombs = [e for e in news(text) if e.sub_event_type == "Suicide bomb"]
    assert bombs and all(actor2(e) != "Military Forces of Turkey" for e in bombs), _kinds(text)


def test_a_militia_named_after_a_city_is_no_place() -> None:
    text = "اندلعت اشتباكات أمس بين قوات النظام مدعومة بلواء القدس الفلسطيني والكتائب الإسلامية في ريف حلب الجنوبي."
    assert news(text) and all(place(e) != "Jerusalem" for e in news(text)), _kinds(text)


@pytest.mark.parametrize(("text", "who"), [
    # who replies by an attack made it, not the party of the attack replied to
    ("وردت الولايات المتحدة على هجوم النصرة بقصف مواقع تابعة لها في ريف إدلب أمس.", "Military Forces of the United States"),
    ("وردت القوات التركية على هجوم داعش بقصف مواقع التنظيم قرب مدينة جرابلس أمس.", "Military Forces of Turkey"),
])
def test_who_replies_by_an_attack_made_it(text: str, who: str) -> None:
    replies = [e for e in news(text) if e.event_type == "Explosions/Remote violence"]
    assert [actor1(e) for e in replies] == [who], _kinds(text)


def test_two_massacres_are_an_incident() -> None:
    text = "شهدت مدينة دوما مجزرتين أمس نفذهما طيران النظام الحربي."
    assert [(e.sub_event_type, place(e)) for e in news(text)] == [("Air/drone strike", "Dūmā")], _kinds(text)


@pytest.mark.parametrize("text", [
    "ويقول سكان إن مسلحي داعش أصدروا تعليمات بإعدام كل شخص يحاول الفرار من مدينة الرمادي.",
    "وأصدر قائد الفصيل أوامر بقصف مواقع قوات النظام في مدينة درعا.",
])
def test_orders_to_do_it_are_no_deed(text: str) -> None:
    assert news(text) == [], _kinds(text)


@pytest.mark.parametrize("text", [
    # with people hurt (round 34: with nobody told hurt, no party acted on, tests/test_event_allies.py)
    "قصفت قوات النظام مناطق سكنية في مدينة دوما أمس ما أدى إلى مقتل ثلاثة أشخاص.",
    "استهدفت طائرات النظام سوقا شعبية في مدينة دوما أمس وأصيب عشرة أشخاص.",
    "سقطت قذائف على المباني السكنية في مدينة حلب أمس وقتل طفلان.",
])
def test_homes_and_markets_struck_with_people_hurt_are_civilians(text: str) -> None:
    assert [actor2(e) for e in news(text)] == ["Civilians (Syria)"], _kinds(text)


def test_the_regime_named_after_its_president_is_the_syrian_army() -> None:
    text = "اتهمت المعارضة نظام بشار الأسد بقصف بلدة الغارية الغربية بالبراميل المتفجرة أمس."
    assert [actor1(e) for e in news(text)] == ["Military Forces of Syria"], _kinds(text)


def test_an_actor_in_an_aside_does_not_own_the_deed_told_after_it() -> None:
    text = ("وأعلن جيش الفتح -الذي يضم فصائل معارضة لنظام بشار الأسد- سيطرته على قرية المشيك "
            "في سهل الغاب أمس.")
    assert [actor1(e) for e in news(text)] == ["Jaish al-Fath"], _kinds(text)


def test_the_deed_a_permission_is_for_is_no_incident() -> None:
    text = ("وذكر مسؤول أمريكي أمس أن أنقرة سمحت للولايات المتحدة باستخدام قواعدها العسكرية، ولا سيما قاعدة "
            "إنجرليك، في شن ضربات جوية على مواقع داعش.")
    assert news(text) == [], _kinds(text)


@pytest.mark.parametrize("text", [
    "وذكر مصدر أن مسلحي داعش أطلقوا مساء اليوم نحو عشرين صاروخا على بلدة مخمور.",
    "وكان عناصر التنظيم قد أطلقوا ليل أمس قرابة عشرة صواريخ مستهدفة مقاتلي البيشمركة في بلدة مخمور.",
])
def test_rockets_fired_at_a_target_with_words_between_are_a_shelling(text: str) -> None:
    assert [(e.sub_event_type, actor1(e)) for e in events(text)] == \
        [("Shelling/artillery/missile attack", "Islamic State")], _kinds(text)


@pytest.mark.parametrize("text", [
    # a launch with no target is a test; "على نحو مفاجئ" is a manner, not a target
    "وأطلقت كوريا الشمالية صباح اليوم أربعة صواريخ باليستية سقطت في البحر.",
    "وقال الحاكم إن كوريا الشمالية أطلقت مرارا صواريخ على نحو مفاجئ.",
])
def test_rockets_launched_at_nothing_are_no_attack(text: str) -> None:
    assert [e for e in events(text) if e.event_type == "Explosions/Remote violence"] == [], _kinds(text)


@pytest.mark.parametrize(("text", "sub"), [
    ("وفوجئت قوات الجيش أمس بإطلاق نيران كثيف على دوريتها من مسلحين قرب مدينة السويس.", "Armed clash"),
    ("وأطلق عناصر داعش أمس صاروخين مستهدفة مقرا لقوات البيشمركة في بلدة مخمور جنوب أربيل.",
     "Shelling/artillery/missile attack"),
])
def test_fire_told_by_its_plural_and_missiles_told_with_their_target(text: str, sub: str) -> None:
    """"بإطلاق نيران", "أطلق ... صاروخين مستهدفة ثكنات": words of fire and of missiles with their aim."""
    assert [e.sub_event_type for e in news(text)] == [sub]


@pytest.mark.parametrize(("text", "found"), [
    ("وكانت غرفة عمليات فتح حلب، الرصاص على المدنيين", False),  # the verb's clause ends at the comma
    ("وفتح مسلحان صباح اليوم، النار على القنصلية", True),  # a day between commas stays in it
    ("وفتح مسلحان النار على القنصلية", True),
])
def test_a_split_cue_s_object_stands_in_the_verb_s_clause(text: str, found: bool) -> None:
    assert bool(_split_cues(norm(text))) is found
