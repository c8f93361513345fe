"""Round 46: people in the street, on a journey or on holiday as the civilians struck; a killing
by stabbing; a person named by the incident he answers for; what a pluperfect report told; a
speaker named before the verb of reporting; a state named by its country arresting at home.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news, place

PUB = date(2017, 8, 20)  # a Sunday


@pytest.mark.parametrize(("text", "where", "target"), [
    # passers-by, passengers and tourists are civilians
    ("دهست شاحنة المارة في شارع مزدحم بمدينة نيس مساء الخميس.", "Nice", "Civilians (France)"),
    ("وطعن رجل ثلاثة مسافرين في محطة قطارات بمدينة برشلونة بسكين مساء الجمعة قبل أن تعتقله الشرطة.",
     "Barcelona", "Civilians (Spain)"),
    ("أطلق مسلح النار على سياح في منتجع سوسة التونسي أمس فقتل 38 منهم.", "Sousse", "Civilians (Tunisia)"),
])
def test_people_in_the_street_on_a_journey_or_on_holiday_are_civilians(text: str, where: str, target: str) -> None:
    attacks = [e for e in news(text, PUB) if e.sub_event_type == "Attack"]
    assert len(attacks) == 1
    assert place(attacks[0]) == where
    assert actor2(attacks[0]) == target


@pytest.mark.parametrize(("text", "where"), [
    # killed by stabbing: the stabbing is the attack, one dead
    ("قتل رجل طعنا بالسكين في مدينة هامبورغ الألمانية يوم الجمعة.", "Hamburg"),
    ("لقيت امرأة حتفها طعنا في محطة للحافلات بمدينة مرسيليا أمس.", "Marseille"),
])
def test_a_killing_by_stabbing_is_an_attack(text: str, where: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert place(found[0]) == where
    assert found[0].fatalities == 1


@pytest.mark.parametrize(("text", "subs"), [
    # the man held is named by the stabbing he answers for: the arrest is the news, not the stabbing
    ("قالت الشرطة إنها اعتقلت الرجل المسؤول عن طعن ثلاثة مسافرين في محطة قطارات برشلونة.", ["Arrests"]),
    # a party said to be responsible for a bombing the sentence tells: the bombing stays
    ("أعلنت الشرطة أن التنظيم مسؤول عن التفجير الذي وقع في سوق بمدينة الموصل صباح اليوم وأسفر عن مقتل "
     "12 شخصا.", ["Remote explosive/landmine/IED"]),
])
def test_a_person_named_by_the_incident_he_answers_for(text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == subs


@pytest.mark.parametrize("text", [
    # what a pluperfect report told, with no day of its own, happened before the report: background
    "وكانت التحقيقات كشفت أن مسلحا قتل 38 سائحا في هجوم على شاطئ في مدينة سوسة.",
    "وكان المحققون أعلنوا مؤخرا أن الشاب المسؤول عن مقتل 21 سائحا خلال هجوم استهدف فندقا بمدينة الحمامات تلقى "
    "تدريبه في ليبيا.",
    "وكان المرصد أفاد بأن طائرات حربية قصفت بلدة كفرنبل في ريف إدلب.",
    "وكان مسؤول قال إن طائرات قصفت بلدة كفرنبل.",
])
def test_what_a_pluperfect_report_told_is_background(text: str) -> None:
    found = events(text, PUB)
    assert found and all(e.background for e in found)


def test_a_pluperfect_report_with_a_day_of_its_own_is_news() -> None:
    found = news("وكانت وزارة الداخلية أعلنت أن قوات الأمن اعتقلت خمسة مسلحين في مدينة الموصل صباح اليوم.", PUB)
    assert [e.sub_event_type for e in found] == ["Arrests"]


@pytest.mark.parametrize(("text", "where", "held"), [
    # a state named by its country, in the lead, arrests at home with its police
    ("تركيا تعتقل 20 صحفيا في حملة جديدة. وقالت وكالة أنباء محلية إن الحملة شملت عدة مدن.", "Turkey",
     "Civilians (Turkey)"),
    ("إيران تعتقل ثلاثة ناشطين بتهمة التواصل مع وسائل إعلام أجنبية.", "Iran", "Civilians (Iran)"),
])
def test_a_state_named_by_its_country_arrests_at_home(text: str, where: str, held: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Arrests"]
    assert place(found[0]) == where
    assert found[0].actor1 is not None and found[0].actor1.name == f"Police Forces of {where}"
    assert actor2(found[0]) == held


@pytest.mark.parametrize(("text", "maker"), [
    # the subject of a verb of reporting, before it, tells of the incident: no party of it
    ("الشرطة قالت إن حادث طعن وقع مساء السبت في مدينة مانشستر.", "Unidentified Armed Group (United Kingdom)"),
    ("والجيش أعلن أمس أن عبوة ناسفة انفجرت بدورية في مدينة الرمادي.", "Unidentified Armed Group (Iraq)"),
    # a pronoun after the verb of reporting: the speaker's own act
    ("الشرطة قالت إنها اعتقلت خمسة مشتبه بهم في مدينة مانشستر مساء السبت.", "Police Forces of the United Kingdom"),
    ("وكانت الولايات المتحدة قد ذكرت إنها كثفت غاراتها الجوية على مدينة الرقة الأسبوع الماضي.",
     "Military Forces of the United States"),
])
def test_a_speaker_named_before_the_verb_of_reporting(text: str, maker: str) -> None:
    found = events(text, PUB)
    assert len(found) == 1
    assert actor1(found[0]) == maker


@pytest.mark.parametrize(("text", "fought"), [
    # gunmen counted are an unidentified armed group: the other side of the fight
    ("وأعلنت وزارة الداخلية مقتل 16 مسلحا في اشتباكات مع الشرطة بمحافظة الإسماعيلية أمس.",
     "Unidentified Armed Group (Egypt)"),
    ("قتلت قوات الأمن عشرين مسلحا في اشتباكات بمدينة العريش أمس.", "Unidentified Armed Group (Egypt)"),
    # in a sentence that names the group, they are its men
    ("اشتبكت قوات البيشمركة مع عناصر داعش قرب ناحية هبهب أمس ما أسفر عن مقتل 22 مسلحا.", "Islamic State"),
])
def test_gunmen_counted(text: str, fought: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert actor2(found[0]) == fought


def test_armed_as_an_adjective_names_no_party() -> None:
    found = news("قتل جنديان في هجوم مسلح على حاجز للجيش في مدينة العريش أمس.", PUB)
    assert actor2(found[0]) == "Military Forces of Egypt"


@pytest.mark.parametrize(("text", "where"), [
    # the one who did the act, killed by the police that stopped him: the end of the attack, not its maker
    ("فتح مسلح النار على سياح في فندق بمدينة سوسة أمس فقتل 38 منهم، قبل أن يقتل برصاص الشرطة.", "Sousse"),
    ("فتح مسلح النار على سياح في فندق بمدينة سوسة أمس فقتل 38 منهم. وتمكن من إعادة حشو سلاحه مرتين قبل مواجهته "
     "وقتله برصاص الشرطة خارج الفندق.", "Sousse"),
    ("دهس رجل بسيارته حشدا من المارة في مدينة نيس مساء الخميس فقتل 80 شخصا، قبل أن تقتله الشرطة بالرصاص.", "Nice"),
])
def test_the_attacker_killed_by_the_police_is_no_maker(text: str, where: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Attack"]
    assert place(found[0]) == where
    assert actor1(found[0]).startswith("Unidentified Armed Group")


def test_a_man_killed_by_gunmen_after_an_arrest_is_an_incident() -> None:
    found = news("اعتقلت الشرطة شابا في مدينة سوسة أمس قبل أن يقتل برصاص مسلحين.", PUB)
    assert [e.sub_event_type for e in found] == ["Arrests", "Attack"]
