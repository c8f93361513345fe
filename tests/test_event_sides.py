"""Which side is which (round 12): a fight "بين الطرفين" between the two parties named before it;
verb, subject, object ("هاجم مسلحون الشرطة"); who tried to storm started the fight; quoted words
lend the maker to the incident told; the agent after an agent word and a day ("التي شنتها يوم
الجمعة الولايات المتحدة"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news

ISIS = "Islamic State"
REBELS = "Opposition Rebels (Syria)"
REGIME = "Military Forces of Syria"
NUSRA = "Jabhat al-Nusra"


@pytest.mark.parametrize(("text", "first", "second"), [
    ("قتل 15 عنصرا من الفصائل المقاتلة وتنظيم داعش أمس إثر اشتباكات بين الطرفين في بلدة مارع", REBELS, ISIS),
    ("قتل عشرة من قوات النظام وستة من جبهة النصرة أمس في اشتباكات عنيفة بين الجانبين قرب بلدة جسر الشغور",
     REGIME, NUSRA),
    ("سقط قتلى من جبهة النصرة والفصائل المقاتلة أمس في معارك بين الطرفين في بلدة سرمدا", NUSRA, REBELS),
])
def test_a_fight_between_both_sides_is_between_the_two_parties_named_before(text: str, first: str, second: str) -> None:
    evs = [e for e in news(text) if e.event_type == "Battles"]
    assert evs, text
    assert (actor1(evs[0]), actor2(evs[0])) == (first, second)


def test_both_sides_needs_two_parties_before_the_fight() -> None:
    evs = [e for e in news("دارت أمس اشتباكات بين الطرفين في بلدة مارع بين قوات النظام وتنظيم داعش") if e.event_type == "Battles"]
    assert evs
    assert {actor1(evs[0]), actor2(evs[0])} == {REGIME, ISIS}


@pytest.mark.parametrize(("text", "agent"), [
    ("ولفت المتحدث إلى الضربات الجوية التي شنتها يوم الأحد الولايات المتحدة على مقرات جبهة النصرة قرب مدينة إدلب",
     "Military Forces of the United States"),
    ("قتل عشرة مسلحين في الغارات التي نفذتها فجر أمس طائرات التحالف الدولي على مواقع قرب مدينة الباب",
     "International Coalition (Operation Inherent Resolve)"),
])
def test_the_agent_after_an_agent_word_and_a_day_struck(text: str, agent: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) == agent


@pytest.mark.parametrize(("text", "target"), [
    ("هاجم مسلحون الشرطة في مدينة الرمادي أمس", "Police Forces of Iraq"),
    ("استهدف التحالف أمس داعش في مدينة الرقة", ISIS),
    ("هاجم مسلحون أفراد شرطة في مدينة الرمادي أمس", "Police Forces of Iraq"),
])
def test_verb_subject_object(text: str, target: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor2(evs[0]) == target


def test_a_second_subject_is_no_object() -> None:
    evs = news("قصف الجيش السوري والطيران الروسي مدينة حلب أمس")
    assert evs and actor2(evs[0]) != "Military Forces of Russia"


PESHMERGA = "Military Forces of Iraq (Kurdistan Region) - Peshmerga"


@pytest.mark.parametrize(("text", "first", "second"), [
    ("اشتبكت قوات البيشمركة أمس مع مسلحي داعش لدى محاولتهم اقتحام بلدة مخمور جنوب أربيل", ISIS, PESHMERGA),
    ("اشتبكت قوات النظام أمس مع جبهة النصرة أثناء محاولتها التقدم نحو بلدة جسر الشغور", NUSRA, REGIME),
    ("اشتبكت قوات البيشمركة أمس مع مسلحي داعش قرب بلدة مخمور جنوب أربيل", PESHMERGA, ISIS),
])
def test_who_tried_to_storm_started_the_fight(text: str, first: str, second: str) -> None:
    evs = [e for e in news(text) if e.event_type == "Battles"]
    assert evs, text
    assert (actor1(evs[0]), actor2(evs[0])) == (first, second)


@pytest.mark.parametrize(("text", "maker"), [
    ('قتل خمسة مدنيين أمس في قصف على بلدة نبل بريف حلب. وقال مصدر محلي إن "القذائف التي أطلقتها جبهة النصرة '
     'سقطت على منازل المدنيين في البلدة".', NUSRA),
    ('قتل ثلاثة أطفال أمس في قصف على بلدة مارع. وقال ناشطون إن "القذائف التي أطلقها تنظيم داعش سقطت على مدرسة '
     'في البلدة".', ISIS),
])
def test_quoted_words_lend_the_maker_to_the_incident_told(text: str, maker: str) -> None:
    evs = news(text)
    assert len(evs) == 1, text
    assert actor1(evs[0]) == maker


def test_quoted_words_with_no_incident_told_make_no_record() -> None:
    assert not news('وقال المتحدث إن "الغارات التي شنتها الطائرات الروسية لم تستهدف المدنيين".')


def test_a_party_that_flies_no_aircraft_lends_no_raid() -> None:
    evs = news('قتل خمسة مدنيين أمس في غارة جوية على بلدة نبل. وقال مصدر إن "القصف الذي شنه حزب الله '
               'استهدف سوق البلدة".')
    assert evs and all(actor1(e) != "Hezbollah" for e in evs)


@pytest.mark.parametrize("text", [
    "واندلعت أمس معارك عنيفة بين مسلحي تنظيم داعش المتطرف والقوات العراقية في مدينة الفلوجة.",
    "ودارت اشتباكات أمس بين عناصر تنظيم داعش الإرهابي والقوات الحكومية قرب مدينة الفلوجة.",
])
def test_an_epithet_after_the_first_side_keeps_both_sides(text: str) -> None:
    """"بين مسلحي تنظيم داعش [المتطرف] والقوات العراقية": the first party's epithet (`party_epithets`)
    stands between it and the conjunction of the second."""
    evs = news(text)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in evs] == [("Armed clash", ISIS, "Military Forces of Iraq")]


@pytest.mark.parametrize("text", [
    "وتدور معارك عنيفة في مدينة الفلوجة منذ أمس، إلا أن السكان يغتنمون أي فرصة للخروج إلى الأسواق.",
    "واندلعت اشتباكات في محيط مدينة الرمادي أمس، لكن المدنيين ما زالوا في منازلهم.",
])
def test_people_after_a_contrary_statement_are_no_target(text: str) -> None:
    """"إلا أن السكان ...": a party named after a word that opens a contrary statement is no target."""
    assert [e.sub_event_type for e in news(text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "ودارت اشتباكات أمس بين عناصر «داعش» والقوات الحكومية قرب مدينة الفلوجة.",
    'ودارت اشتباكات أمس بين عناصر "داعش" والقوات الحكومية قرب مدينة الفلوجة.',
])
def test_the_men_of_a_quoted_name_are_the_first_side(text: str) -> None:
    """"بين عناصر «داعش» و...": a noun of men right before the marks around a group's name is part of
    the name, as "عناصر داعش" is."""
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [(ISIS, "Military Forces of Iraq")]
