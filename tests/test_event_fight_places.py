"""Where a fight was fought (round 42): a place of civilian life told as where two sides clashed
("اشتباكات بين X وY في محيط مسجد", "معارك قرب المستشفى") is the place of the fight, never one of
its sides nor its target; a place of civilian life struck or entered stays the target; an
unnamed military site or vehicle named by its adjective ("قاعدة عسكرية", "السيارة العسكرية") stands
for the forces that hold it, so fire opened on it is a fight, unless ل names its owner right after. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2020, 5, 10)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "who"), [
    # the other side no party we know, the fight told near a mosque, a school, a hospital
    ("دارت اشتباكات فجر أمس بين قوات النظام وكتائب محلية في محيط مسجد الحي الكبير بمدينة حلب.",
     "Military Forces of Syria"),
    ("اندلعت مواجهات عنيفة مساء أمس بين الجيش وأبناء العشائر قرب مدرسة البلدة في مدينة الرقة.",
     "Military Forces of Syria"),
    ("تجددت المعارك صباح اليوم بين قوات النظام وكتائب محلية بمحيط المستشفى الوطني في مدينة حماة.",
     "Military Forces of Syria"),
    # no side named that we know: a fight all the same, nobody attacked the mosque
    ("اندلعت مواجهات صباح أمس بين مجموعتي البرق والرعد من جهة، وجنود الجيش من جهة ثانية، "
     "في محيط مسجد الحي الكبير بمدينة حلب.", None),
])
def test_a_place_of_civilian_life_where_sides_fought_is_no_side(text: str, who: str | None) -> None:
    kinds = _kinds(text)
    assert [k[0] for k in kinds] == ["Armed clash"], kinds
    assert kinds[0][3] != "Civilians (Syria)" and (who is None or kinds[0][2] == who), kinds


@pytest.mark.parametrize(("text", "sub"), [
    # guards: both sides known, the place told as where (as before)
    ("دارت اشتباكات فجر أمس بين قوات النظام وفصائل المعارضة في محيط مسجد الحي الكبير بمدينة حلب.",
     "Armed clash"),
    # a place of civilian life struck stays the target
    ("وقع انفجار أمس قرب مسجد في مدينة حلب.", "Remote explosive/landmine/IED"),
    ("قصفت قوات النظام أمس مستشفى في مدينة حماة مما أسفر عن مقتل طفلين.", "Shelling/artillery/missile attack"),
])
def test_a_place_of_civilian_life_struck_is_still_hit(text: str, sub: str) -> None:
    kinds = _kinds(text)
    assert [k[0] for k in kinds] == [sub], kinds
    if sub != "Armed clash":
        assert kinds[0][3] == "Civilians (Syria)", kinds


@pytest.mark.parametrize("text", [
    "وفي ولاية ماردين، فتح مسلحون النار أمس على قاعدة عسكرية.",
    "وفي ولاية ماردين، فتح مسلحون النار أمس على نقطة عسكرية، مما أدى إلى اشتباك قصير.",
    "هاجم مسلحون مجهولون مقرا عسكريا في ولاية ماردين أمس.",
    # a military vehicle stands for the men in it
    "وقال بيان عسكري إن مسلحين فتحوا النار على العربة العسكرية في ولاية ماردين أمس.",
])
def test_fire_opened_on_a_military_site_is_a_fight_with_its_forces(text: str) -> None:
    kinds = [(e.sub_event_type, actor2(e)) for e in news(text, PUB)]
    assert kinds == [("Armed clash", "Military Forces of Turkey")], kinds


@pytest.mark.parametrize(("text", "owner"), [
    # a guard: "قاعدة للجيش الإسرائيلي" names the army after it, not the forces of the place
    ("هاجم مسلحون أمس قاعدة للجيش الإسرائيلي قرب مدينة رفح.", "Military Forces of Israel"),
    # a military site or vehicle joined with ل to its owner is the owner's
    ("دمرت طائرات التحالف أمس سيارة عسكرية لتنظيم داعش في مدينة الرقة.", "Islamic State"),
    ("قصفت طائرات التحالف أمس موقعا عسكريا لتنظيم داعش في مدينة الرقة.", "Islamic State"),
])
def test_a_military_site_owned_by_a_named_party_is_that_party_s(text: str, owner: str) -> None:
    assert {actor2(e) for e in news(text, PUB)} == {owner}, _kinds(text)


@pytest.mark.parametrize("text", [
    # the town a place faces across a border is not where the incident was (round 42)
    "ضربت مقاتلات تركية أمس مخازن لتنظيم داعش داخل سوريا المقابلة لبلدة كلس.",
    "قصفت المدفعية التركية أمس مواقع لتنظيم داعش في سوريا قبالة مدينة كلس.",
])
def test_a_strike_across_the_border_from_a_town_is_not_in_that_town(text: str) -> None:
    strikes = news(text, PUB)
    assert strikes and all(e.location is not None and e.location.country == "Syria" for e in strikes), \
        [(e.sub_event_type, place(e), e.location and e.location.country) for e in strikes]
