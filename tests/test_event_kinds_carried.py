"""Round 47: a bombardment with no weapon named continues the kind of the attack told in the
sentence before, but an explosion ("انفجار", "تفجير") is a bomb: it takes a bomb's kind from
the sentence before (a suicide bombing told again), never a raid's; nor does a verb whose
subject is the explosion named right after it ("واستهدف انفجار"). Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news

PUB = date(2015, 8, 5)

RAIDS = "شنت طائرات حربية تركية غارات على مواقع للمتمردين في جبال قنديل شمال العراق أمس."


@pytest.mark.parametrize("text", [
    f"{RAIDS} وفي تركيا، استهدف انفجار أمس خط أنابيب للنفط في ولاية ماردين.",
    f"{RAIDS} وفي تركيا، قتل جنديان في انفجار أمس قرب مدينة ماردين.",
])
def test_an_explosion_is_no_raid(text: str) -> None:
    kinds = [e.sub_event_type for e in news(text, PUB)]
    assert "Remote explosive/landmine/IED" in kinds
    assert kinds.count("Air/drone strike") == 1


def test_the_explosion_of_a_suicide_bombing_told_again() -> None:
    found = news("فجر انتحاري نفسه بحزام ناسف وسط حشد من المصلين في مدينة الدمام أمس. "
                 "وقال شهود إن الانفجار وقع عند مدخل المسجد في الدمام أمس.", PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_a_bombardment_goes_on_with_the_raids() -> None:
    found = news(f"{RAIDS} كما قصفت مواقع أخرى للمتمردين في منطقة الزاب شمال العراق أمس.", PUB)
    assert {e.sub_event_type for e in found} == {"Air/drone strike"}


@pytest.mark.parametrize("text", [
    "ويمنع التنظيم السكان من مغادرة المدينة، بينما باتت المعارك بين القوات الكردية ومسلحي التنظيم على أطراف المدينة.",
    "وأصبحت الاشتباكات بين الجيش والمسلحين أمرا يوميا في ريف درعا.",
])
def test_what_the_fighting_has_become_is_a_state(text: str) -> None:
    """"باتت المعارك على أطراف المدينة" (grammar `becoming_verbs`), no day of its own: no incident."""
    assert not news(text, PUB)


def test_the_fighting_that_broke_out_is_an_incident() -> None:
    assert [e.sub_event_type for e in news("اندلعت المعارك أمس بين القوات الكردية ومسلحي التنظيم على أطراف مدينة الرقة.", PUB)] \
        == ["Armed clash"]


def test_the_state_of_the_fighting_in_an_explainer() -> None:
    from marsad.models import Article
    from marsad.pipeline import extract_events
    found = extract_events(Article(id="t", title="مدينة الرقة: ما نعرفه عن المدينة", published=PUB, language="ar",
                                   body="ويقدر عدد سكان المدينة حاليا بأقل من مئتي ألف، بينما باتت المعارك بين "
                                        "القوات الكردية التي تحاصرها ومسلحي التنظيم على أطراف المدينة."))
    assert not [e for e in found if not e.background and not e.aggregate]


def test_the_sum_of_several_is_no_ones_toll() -> None:
    """"قتل 25 شخصا في تفجيرات في أنحاء العراق" then each bombing with its own dead: the first keeps its own toll."""
    found = news("وقالت الشرطة إن 25 شخصا قتلوا أمس في تفجيرات ضربت مناطق مختلفة من العراق. وفي أعنف الهجمات "
                 "انفجرت سيارة مفخخة في سوق شعبي في مدينة الحلة ما أسفر عن مقتل 11 شخصا. وقتل خمسة آخرون في "
                 "انفجار عبوة ناسفة في قضاء المقدادية.", PUB)
    assert sorted(e.fatalities or 0 for e in found) == [5, 11]
