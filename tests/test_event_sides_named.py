"""Who acted and who suffered, told by the words around the parties (round 44): the wounded named
before their passive verb, the ally joined after the first side, the country that witnessed an
attack, the units of a side. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news

PUB = date(2017, 8, 10)


@pytest.mark.parametrize(("text", "target"), [
    # the passive verb of wounding after the people, past "قد": they were hit, they did not strike
    ("وكان أربعة عسكريين فرنسيين قد أصيبوا في عملية دهس أمام معسكر في مدينة ليون أمس.", "Military Forces of France"),
    ("وقالت الوزارة إن ثلاثة شرطيين أصيبوا في هجوم بسكين قرب محطة القطارات في باريس أمس.", "Police Forces of France"),
])
def test_the_wounded_before_their_verb_are_the_target(text: str, target: str) -> None:
    found = news(text, PUB)
    assert found
    assert all(actor1(e) != target for e in found)
    assert any(actor2(e) == target for e in found)


@pytest.mark.parametrize(("text", "first"), [
    # "X والفصيل المتحالف معه": the ally fights beside the first side, which is the first actor
    ("أفاد ناشطون أمس بأن الجيش السوري والفصيل المتحالف معه سيطرا على ثلاث قرى شمال حماة.",
     "Military Forces of Syria"),
    ("وكانت القوات العراقية والمسلحون الموالون لها قد هاجموا أمس مواقع التنظيم جنوب مدينة تكريت.",
     "Military Forces of Iraq"),
])
def test_the_side_before_its_ally_acts_first(text: str, first: str) -> None:
    found = news(text, PUB)
    assert found
    assert all(actor1(e) == first for e in found)


@pytest.mark.parametrize(("text", "country"), [
    # the country that witnessed the attack is where it happened, no party to it
    ("وعبر الوزير عن تضامنه مع تركيا التي شهدت الاثنين تفجيرا في بلدة سروج الحدودية قتل فيه 30 شخصا.", "Turkey"),
    ("وأبدى الوزير تضامنه مع تركيا التي شهدت الاثنين تفجيرا في بلدة سروج الحدودية قتل فيه 30 شخصا.", "Turkey"),
])
def test_a_country_that_witnessed_the_attack_is_no_party(text: str, country: str) -> None:
    found = news(text, PUB)
    assert found
    forces = {f"Military Forces of {country}", f"Police Forces of {country}"}
    assert all(actor1(e) not in forces and actor2(e) not in forces for e in found)


@pytest.mark.parametrize("text", [
    # "فصائل من المعارضة": units of the opposition, the subject of the verb before them
    "واستهدفت فصائل من المعارضة أمس مواقع تابعة لقوات النظام في قرية كنسبا بريف اللاذقية.",
    "وقصفت كتائب من المعارضة أمس حاجزا لقوات النظام قرب بلدة مورك.",
])
def test_units_of_the_opposition_act(text: str) -> None:
    found = news(text, PUB)
    assert found
    assert all(actor1(e) == "Opposition Rebels (Syria)" for e in found)


@pytest.mark.parametrize(("text", "first"), [
    # guards: the nearest side before the verb still acts when no ally word follows it
    ("وقالت مصادر إن مسلحي التنظيم هاجموا أمس مواقع الجيش العراقي جنوب مدينة تكريت.", "Islamic State"),
    ("وذكرت الوزارة أن الشرطة اعتقلت أمس ثلاثة أشخاص في باريس.", "Police Forces of France"),
])
def test_the_nearest_side_still_acts(text: str, first: str) -> None:
    found = news(text, PUB)
    assert found
    assert all(actor1(e) == first for e in found)


@pytest.mark.parametrize(("text", "where"), [
    # "تنظيم بيت المقدس" is a group's name (the Sinai branch of the Islamic State), no Jerusalem
    ("وقصفت مروحيات الجيش المصري أمس سيارة تقل عناصر من تنظيم بيت المقدس في مدينة رفح.", "Rafah (Egypt)"),
])
def test_a_group_named_after_jerusalem_is_no_place(text: str, where: str) -> None:
    found = news(text, PUB)
    assert [e.location.name if e.location else None for e in found] == [where]


@pytest.mark.parametrize("text", [
    # the protesters' clash with the forces is their protest's violence: one record, a riot
    "تظاهر الآلاف في العاصمة الفنزويلية كراكاس ضد الرئيس، واشتبكوا مع قوات الأمن التي أطلقت الغاز المسيل للدموع.",
    "تظاهر المئات أمس في مدينة البصرة احتجاجا على انقطاع الكهرباء، واشتبك بعضهم مع قوات الشرطة.",
])
def test_protesters_who_clash_with_the_forces_riot(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Violent demonstration"]


def test_the_state_that_leads_a_coalition_is_no_place() -> None:
    text = "قصفت طائرات التحالف بقيادة السعودية مواقع للحوثيين في العاصمة اليمنية صنعاء الليلة الماضية."
    assert [e.location.name if e.location else None for e in news(text, PUB)] == ["Sanaa"]


@pytest.mark.parametrize("text", [
    # "بدون طيار" names a drone, no negation; its nationality after it names whose
    "قال سكان إن طائرة بدون طيار أمريكية قصفت سيارة تقل عناصر من تنظيم القاعدة في محافظة شبوة اليمنية.",
    "قال سكان إن طائرة أمريكية بدون طيار قصفت سيارة في محافظة شبوة اليمنية.",
])
def test_a_drone_strikes(text: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == ["Military Forces of the United States"]


@pytest.mark.parametrize("text", [
    # storming a place to make an arrest told after it: the arrest is the record
    "اقتحمت قوات الأمن التركية مقر صحيفة معارضة في إسطنبول واعتقلت رئيس تحريرها.",
    "اقتحمت الشرطة مقر الحزب في أنقرة أمس واعتقلت عشرة من أعضائه.",
])
def test_storming_to_make_an_arrest_is_the_arrest(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Arrests"]


def test_storming_an_armed_partys_positions_is_a_fight() -> None:
    text = "اقتحمت القوات العراقية مواقع التنظيم في حي الضباط أمس واعتقلت عددا من عناصره."
    assert "Armed clash" in {e.sub_event_type for e in news(text, PUB)}


@pytest.mark.parametrize(("text", "first", "sub"), [
    # "عناصر حوثية": the Houthis by their adjective; a branch between the forces and whose they are
    ("هاجمت عناصر حوثية موقعا عسكريا في منطقة نجران أمس.", "Ansar Allah (Houthi Movement)", "Armed clash"),
    ("قصفت القوات البرية السعودية مواقع الحوثيين في صعدة أمس.", "Military Forces of Saudi Arabia", "Shelling/artillery/missile attack"),
    # the air arm of a state strikes from the air
    ("وذكر ناشطون أن سلاح الجو السوري قصف بلدة معضمية الشام صباح أمس.", "Military Forces of Syria", "Air/drone strike"),
])
def test_forces_named_by_their_branch_or_adjective(text: str, first: str, sub: str) -> None:
    assert [(actor1(e), e.sub_event_type) for e in news(text, PUB)] == [(first, sub)]


@pytest.mark.parametrize(("text", "sub"), [
    # an angry crowd that attacks riots: a force met is a violent demonstration, people a mob's prey
    ("هاجم حشد غاضب مركزا للشرطة في مدينة كراتشي وأضرموا فيه النار احتجاجا على مقتل شاب.", "Violent demonstration"),
    ("هاجمت حشود غاضبة أمس منازل لعائلات من الأقلية في قرية قرب مدينة لاهور.", "Mob violence"),
])
def test_an_angry_crowd_that_attacks_riots(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [sub]


@pytest.mark.parametrize(("text", "target"), [
    # a police officer named by his force; the state's men killed at a post of no named force
    ("اغتال مسلحون مجهولون ضابطا في الشرطة أثناء عودته إلى منزله في مدينة الشيخ زويد أمس.", "Police Forces of Egypt"),
    ("قتل شرطيان في هجوم مسلح على نقطة تفتيش في مدينة العريش أمس.", "Police Forces of Egypt"),
])
def test_the_police_struck(text: str, target: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [target]


def test_a_security_patrol_is_the_police_struck() -> None:
    text = "تعرضت دورية أمنية لإطلاق نار من مصدر مجهول أثناء تجولها في حي بمدينة سيهات أمس، دون وقوع إصابات."
    assert [actor2(e) for e in news(text, date(2015, 8, 13))] == ["Police Forces of Saudi Arabia"]


def test_those_involved_caught_are_arrested() -> None:
    text = "وأعلنت وزارة الداخلية أمس أنه تم ضبط المتورطين في إطلاق النار على رجال الأمن في بلدة العوامية."
    assert "Arrests" in {e.sub_event_type for e in news(text, date(2015, 8, 13))}


@pytest.mark.parametrize("text", [
    "واندلعت معارك أمس بين قوات الأمن ضد مسلحي تنظيم داعش شرق مدينة الرمادي.",
    "واندلعت اشتباكات عنيفة بين الجيش العراقي ضد مسلحي داعش أمس في قضاء حديثة.",
])
def test_between_one_side_against_the_other(text: str) -> None:
    """Round 47: "بين X ضد Y" (grammar `between_against`), the colloquial "بين X و Y"."""
    assert [(actor1(e), actor2(e)) for e in news(text)] == [("Military Forces of Iraq", "Islamic State")]
