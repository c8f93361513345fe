"""Forms of words that decide a role (round 41): a party in the indefinite accusative ("جنودا",
"أطفالا") is an object, never a subject; a word read both as a verb and as a noun is the noun after
the noun that heads it in a construct ("حادث دهس"); a verb right after a noun cue has the incident
as its subject and the party after it as its object; a place of civilian life owned with "ل" by a
state's forces is theirs; a group's men named by its nisba ("مسلحين حوثيين", round 42) are its own.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news

IRAQ = "Military Forces of Iraq"


@pytest.mark.parametrize(("text", "first", "second"), [
    ("هاجم مسلحون مجهولون جنودا عند حاجز قرب مدينة سامراء أمس", "Unidentified Armed Group (Iraq)", IRAQ),
    ("أعدم تنظيم داعش ضباطا في مدينة الموصل أمس", "Islamic State", IRAQ),
    # a headline's order: the subject before the verb, the soldiers after it in the accusative
    ("داعش يعدم جنودا عراقيين قرب مدينة بيجي", "Islamic State", IRAQ),
])
def test_a_party_in_the_accusative_is_the_object(text: str, first: str, second: str) -> None:
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [(first, second)], text


@pytest.mark.parametrize(("text", "second"), [
    ("قتلت غارة جوية أطفالا في قرية قرب مدينة معرة النعمان أمس", "Civilians (Syria)"),
    ("اعتقلت الشرطة ناشطا في مدينة الحلة أمس", "Civilians (Iraq)"),
])
def test_people_in_the_accusative_are_the_victims(text: str, second: str) -> None:
    evs = news(text)
    assert [actor2(e) for e in evs] == [second], text


def test_a_subject_in_the_nominative_still_acts() -> None:
    # guard: "جنود" with no accusative ending, right after the verb, is its subject
    evs = news("هاجم جنود الجيش مسلحين قرب مدينة سامراء أمس")
    assert [actor1(e) for e in evs] == [IRAQ]


@pytest.mark.parametrize(("text", "second"), [
    ("وقع حادث دهس استهدف جنودا عند حاجز قرب مدينة كركوك أمس", IRAQ),
    ("قتل ثلاثة في تفجير استهدف دورية للشرطة في مدينة بعقوبة أمس", "Police Forces of Iraq"),
    ("أصيب خمسة أشخاص في هجوم استهدف جنودا قرب مدينة الفلوجة أمس", IRAQ),
])
def test_the_verb_after_a_noun_cue_names_its_target(text: str, second: str) -> None:
    evs = news(text)
    assert [actor2(e) for e in evs] == [second], [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]
    assert actor1(evs[0]) != second  # the soldiers were run over; they ran over nobody


def test_soldiers_run_over_are_a_battle() -> None:
    evs = news("وقع حادث دهس استهدف جنودا عند حاجز قرب مدينة كركوك أمس")
    assert [e.sub_event_type for e in evs] == ["Armed clash"]


@pytest.mark.parametrize(("text", "second"), [
    ("فجر انتحاري نفسه داخل مسجد لقوات الأمن في مدينة تكريت أمس", IRAQ),
    # guard (both before and after the round): the mosque in the accusative, owned with "ل"
    ("قتل عشرة في التفجير الذي استهدف مسجدا لقوات الأمن في مدينة تكريت أمس", IRAQ),
])
def test_a_place_of_civilian_life_owned_with_lam_is_the_forces(text: str, second: str) -> None:
    evs = news(text)
    assert [actor2(e) for e in evs] == [second], text


@pytest.mark.parametrize("text", [
    # a group's men named by its plural or its nisba in any case (round 42)
    "قتل ثمانية مسلحين حوثيين أمس في اشتباكات مع الجيش في مدينة عدن",
    "قتل مسلحا حوثيا وأصيب آخر أمس في اشتباكات مع الجيش في مدينة عدن",
    "اندلعت اشتباكات أمس بين الجيش وميليشيات الحوثيين في مدينة عدن",
])
def test_a_group_s_men_named_by_its_nisba_are_its_own(text: str) -> None:
    fights = [e for e in news(text) if e.sub_event_type == "Armed clash"]
    assert fights and {actor1(e) for e in fights} | {actor2(e) for e in fights} >= {"Ansar Allah (Houthi Movement)"}, \
        [(actor1(e), actor2(e)) for e in fights]
