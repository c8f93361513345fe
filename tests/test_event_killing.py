"""Who killed whom, and riots (round 11): a killing verb in the active voice with its subject and
the count of the dead ("قتل مسلحون جنديين"), attacks told in the dual over two provinces, the
running total after an incident, rebels named again as "المتمردون", and protesters who turn
violent; an aircraft that kills ("قتلت طائرة من دون طيار قياديا", round 39); a second killing
verb with its count after it ("اقتحم مسلحون مسجدا وقتلوا ثلاثة مصلين", round 42). Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

ISIS = "Islamic State"
PKK = "Kurdistan Workers' Party"


@pytest.mark.parametrize(("text", "killer", "dead"), [
    ("قتل مسلحون مجهولون شرطيا أمس في مدينة الموصل", "Unidentified Armed Group (Iraq)", 1),
    ("قتل مسلحون جنديين أمس في هجوم على حاجز بمدينة الرمادي", "Unidentified Armed Group (Iraq)", 2),
    ("قتلت داعش ثلاثة جنود أمس في هجوم بمدينة بيجي", ISIS, 3),
    ("قتل تنظيم داعش أربعة من أفراد الشرطة أمس في مدينة تكريت", ISIS, 4),
    ("قتلت قوات الأمن العراقية خمسة مسلحين أمس في قضاء الخالدية", "Military Forces of Iraq", 5),
    # a leader of a group is one of the dead a killing verb counts (round 42)
    ("قتل مسلحون أمس قياديا في تنظيم داعش في مدينة الموصل", "Unidentified Armed Group (Iraq)", 1),
    ("قتل مسلحون مجهولون أمس قياديين في تنظيم داعش في مدينة الموصل", "Unidentified Armed Group (Iraq)", 2),
])
def test_the_subject_of_an_active_killing_verb_killed(text: str, killer: str, dead: int) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) == killer
    assert actor2(evs[0]) != killer
    assert evs[0].fatalities == dead


@pytest.mark.parametrize(("text", "dead_party"), [
    ("قتل 20 من عناصر داعش أمس في قصف على مدينة الرمادي", ISIS),  # the count first: passive
    ("قتل جنديان وأصيب اثنان آخران أمس بانفجار عبوة ناسفة في بلدة الضلوعية", "Military Forces of Iraq"),
    ("قتل جندي عراقي وجرح سبعة آخرون أمس بانفجار لغم في قضاء الطارمية", "Military Forces of Iraq"),
])
def test_the_dead_after_a_passive_killing_verb_did_not_kill(text: str, dead_party: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) != dead_party


@pytest.mark.parametrize(("text", "sub", "whom"), [
    # a second verb of killing with the count after it shares the first verb's subject (round 42)
    ("اقتحم مسلحون مسجدا في الموصل وقتلوا ثلاثة مصلين أمس", "Attack", "Civilians (Iraq)"),
    ("هاجم مسلحون حاجزا للجيش في الرمادي وقتلوا جنديين أمس", "Armed clash", "Military Forces of Iraq"),
])
def test_the_subject_of_a_second_killing_verb_killed(text: str, sub: str, whom: str) -> None:
    evs = news(text)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in evs] == [(sub, "Unidentified Armed Group (Iraq)", whom)]


def test_men_killed_in_a_raid_are_its_dead() -> None:
    """A guard: "قتلوا" with no count after it is the passive; the men before it died."""
    evs = news("قال الجيش إن مسلحين قتلوا في غارة جوية على مدينة الرمادي أمس")
    assert [actor2(e) for e in evs] == ["Unidentified Armed Group (Iraq)"]


def test_attacks_in_the_dual_over_two_provinces_are_two_incidents() -> None:
    evs = news("وفي هجومين منفصلين بإقليمي ماردين وشرناق قتل مسلحون جنديين")
    assert sorted(place(e) or "" for e in evs) == ["Mardin", "Sirnak"]
    assert all(actor1(e) == "Unidentified Armed Group (Turkey)" for e in evs)


@pytest.mark.parametrize("text", [
    "قتل مسلحون شرطيين في هجوم على مخفر بإقليم ماردين",
    "قتل شرطي في هجوم شنه مسلحون على دورية في ولاية ديار بكر",
])
def test_a_plain_attack_with_its_dead_and_its_town_is_news_on_the_day_published(text: str) -> None:
    evs = news(text)
    assert evs, text


def test_the_attack_known_before_and_recalled_with_its_toll_is_no_fresh_news() -> None:
    evs = news("وبعد يومين على الهجوم الذي خلف 30 قتيلا في مدينة كلس، تبنت الحركة خطف شرطيين")
    assert all(place(e) != "Kilis" or e.event_type != "Battles" for e in evs)


def test_two_attacks_done_by_the_men_of_a_group_are_its() -> None:
    evs = news("أعلنت الولاية أمس مقتل أربعة من الشرطة في هجومين منفصلين نفذهما عناصر من حزب العمال الكردستاني في ولاية ماردين")
    assert evs and actor1(evs[0]) == PKK


def test_a_running_total_since_a_day_leaves_the_incident_fresh() -> None:
    evs = news("قتل مسلحون جنديين في هجوم بإقليم ماردين ليرتفع عدد قتلى قوات الأمن منذ مطلع الشهر إلى 15 قتيلا")
    assert evs and place(evs[0]) == "Mardin"


@pytest.mark.parametrize(("text", "first"), [
    ("هاجم مسلحون من حزب العمال الكردستاني مخفرا للشرطة في ديار بكر أمس. وقتل المتمردون جنديين في هجوم آخر بإقليم ماردين", PKK),
    ("قصفت طائرات التحالف مواقع للحوثيين في صعدة أمس. وقتل المتمردون ثلاثة مدنيين بقذائف على مدينة تعز",
     "Ansar Allah (Houthi Movement)"),
])
def test_the_rebels_named_again_are_the_rebel_group_named_before(text: str, first: str) -> None:
    evs = news(text)
    assert evs and actor1(evs[-1]) == first


def test_the_men_of_the_party_named_before_are_its_men() -> None:
    evs = news("تظاهر أنصار حزب العمال الكردستاني أمس إثر مقتل أربعة أشخاص خلال مواجهات بين الشرطة ومقاتلي الحزب في بلدة نصيبين")
    clash = [e for e in evs if e.event_type == "Battles"]
    assert clash and {actor1(clash[0]), actor2(clash[0])} == {"Police Forces of Turkey", PKK}


@pytest.mark.parametrize(("text", "kind"), [
    ("تظاهر مئات من أنصار المعارضة أمس في مدينة ديار بكر. ورشق المحتجون عناصر الشرطة بالحجارة", "Violent demonstration"),
    ("تظاهر مئات من العمال أمس في مدينة البصرة احتجاجا على تأخر الرواتب. وأضرموا النار في إطارات السيارات",
     "Violent demonstration"),
    ("تظاهر مئات من أنصار المعارضة أمس في مدينة ديار بكر. واستخدمت الشرطة خراطيم المياه لتفريق المتظاهرين",
     "Protest with intervention"),
    ("تظاهر مئات من أنصار المعارضة أمس في مدينة ديار بكر. وردد المتظاهرون شعارات تطالب بالإصلاح", "Peaceful protest"),
])
def test_what_the_protesters_and_the_police_did_types_the_protest(text: str, kind: str) -> None:
    evs = news(text)
    assert [e.sub_event_type for e in evs] == [kind]


def test_protesters_who_stone_the_police_met_with_tear_gas_are_one_riot() -> None:
    evs = news("تظاهر مئات من أنصار المعارضة أمس في مدينة ديار بكر. ورشق المحتجون عناصر الشرطة بالحجارة، "
               "فردت الشرطة بالغاز المسيل للدموع")
    assert [(e.event_type, actor2(e)) for e in evs] == [("Riots", "Police Forces of Turkey")]


def test_the_police_of_the_clash_before_do_not_attack_their_own_army() -> None:
    evs = news("اشتبكت الشرطة مع مسلحين من حزب العمال الكردستاني أمس في بلدة سيلوبي. "
               "وقتل مقاتلون جنديين تركيين في هجوم بإقليم ماردين")
    attack = [e for e in evs if place(e) == "Mardin"]
    assert attack and actor1(attack[0]) != "Police Forces of Turkey"


@pytest.mark.parametrize("text", [
    "ونقلت وكالة محلية أن شرطيا قتل وأصيب آخر بجروح أمس في هجوم وقع في مدينة مديات",
    "وقالت مصادر أمنية إن جنديا قتل أمس في هجوم على دورية قرب مدينة ماردين",
])
def test_the_victim_before_a_passive_killing_verb_is_hit(text: str) -> None:
    evs = news(text)
    assert evs and actor1(evs[0]) not in ("Police Forces of Turkey", "Military Forces of Turkey")
    assert actor2(evs[0]) in ("Police Forces of Turkey", "Military Forces of Turkey")


def test_the_party_the_next_sentence_ascribes_the_attack_to_made_it() -> None:
    evs = news("ونقلت وكالة محلية أن شرطيا قتل وأصيب آخر بجروح أمس في هجوم وقع في مدينة مديات. "
               "ونسب الهجوم إلى حزب العمال الكردستاني")
    assert [(actor1(e), place(e)) for e in evs] == [(PKK, "Midyat")]


def test_an_attack_named_by_another_place_and_ascribed_does_not_lend_its_maker() -> None:
    evs = news("قتل شرطي أمس في هجوم وقع في أحد أحياء مدينة ديار بكر. ويأتي الهجوم بعد يومين على هجوم سروج "
               "الدامي الذي نسب إلى تنظيم داعش")
    attack = [e for e in evs if place(e) == "Diyarbakir"]
    assert attack and actor1(attack[0]) != ISIS


# Round 39: an aircraft that kills made an air strike; the negation word inside a drone's name
@pytest.mark.parametrize(("text", "maker"), [
    ("قتلت طائرة من دون طيار قياديا في تنظيم القاعدة في بلدة سرمدا أمس", None),
    ("قال مسؤول إن طائرة من دون طيار قتلت قياديا في تنظيم القاعدة في بلدة سرمدا أمس", None),
    ("قال مسؤول إن طائرة (درون) قتلت، في ريف إدلب أمس، قياديا في تنظيم القاعدة", None),
    ("قتل الطيران الروسي عشرة مدنيين في بلدة سرمدا أمس", "Military Forces of Russia"),
    ("قتلت طائرة أمريكية بدون طيار ثلاثة مسلحين في بلدة سرمدا أمس", "Military Forces of the United States"),
])
def test_an_aircraft_that_killed_made_an_air_strike(text: str, maker: str | None) -> None:
    evs = news(text, published=date(2015, 8, 3))
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"], text
    assert maker is None or actor1(evs[0]) == maker


@pytest.mark.parametrize("text", [
    "قتلت مقاتلة كردية ثلاثة جنود في بلدة سرمدا أمس",  # a woman fighter, not a fighter jet
    "قتل طيار الطائرة في بلدة سرمدا أمس",  # the pilot died
    "قتلت طائرة حربية ثلاثة مدنيين",  # no place named
])
def test_no_air_strike_without_an_aircraft_that_killed_somewhere(text: str) -> None:
    assert all(e.sub_event_type != "Air/drone strike" for e in news(text, published=date(2015, 8, 3))), text


@pytest.mark.parametrize("text", [
    "طائرة من دون طيار استهدفت سيارة في بلدة سرمدا أمس",
    "وقالت المصادر إن طائرات بدون طيار قصفت مواقع للتنظيم في بلدة سرمدا أمس",
])
def test_the_without_of_a_drones_name_negates_nothing(text: str) -> None:
    assert [e.sub_event_type for e in news(text, published=date(2015, 8, 3))] == ["Air/drone strike"], text


def test_a_negated_raid_is_still_none() -> None:
    assert not news("لم تقصف الطائرات بلدة سرمدا أمس", published=date(2015, 8, 3))


@pytest.mark.parametrize(("text", "side"), [
    ("وأفاد ناشطون أمس بمقتل 9 من عناصر قوات النظام خلال اشتباكات في مدينة حلب.", "Military Forces of Syria"),
    ("وأعلن مصدر أمني أمس مقتل ستة من عناصر الشرطة العراقية في قرية قرب مدينة بيجي.", "Police Forces of Iraq"),
])
def test_the_toll_of_a_state_force_s_men_with_its_town_is_a_clash(text: str, side: str) -> None:
    """"مقتل 9 من عناصر قوات النظام في مدينة حلب": the men of a state force, counted dead in a town
    with no incident word, fell in a fight, as those of an armed group do."""
    evs = news(text)
    assert [e.sub_event_type for e in evs] == ["Armed clash"] and actor2(evs[0]) == side


def test_a_state_force_s_dead_in_a_told_bombing_are_its_toll() -> None:
    evs = news("وأعلن مصدر أمني أمس مقتل ستة من عناصر الشرطة العراقية بانفجار عبوة ناسفة في قرية قرب مدينة بيجي.")
    assert [e.sub_event_type for e in evs] == ["Remote explosive/landmine/IED"]
