"""Reports from many fronts (round 31): a group's head noun before the marks around its name
("لتنظيم «داعش»") belongs to the name, so the words before it give the name's role. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news, place


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in events(text)]


@pytest.mark.parametrize(("text", "who", "whom"), [
    # the head noun with its proclitic outside the marks: what was hit is the group's
    ("قصفت طائرة أميركية أمس هدفا لتنظيم «داعش» في مدينة الرقة.", "Military Forces of the United States", "Islamic State"),
    ("شنت طائرات التحالف أمس غارات على مواقع لتنظيم \"داعش\" قرب مدينة الرقة.",
     "International Coalition (Operation Inherent Resolve)", "Islamic State"),
    # a noun of its men before the head: they act, as "عناصر تنظيم داعش" do without the marks
    ("قصف عناصر تنظيم «داعش» أمس بقذائف الهاون أحياء في مدينة دير الزور.", "Islamic State", None),
])
def test_a_head_noun_before_a_quoted_name_belongs_to_it(text: str, who: str, whom: str | None) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text)] == [(who, whom)], _kinds(text)


@pytest.mark.parametrize("text", [
    # the fight goes on beside the strike of the same clause: two incidents
    "ألقى الطيران المروحي أمس براميل متفجرة على مدينة داريا مع استمرار الاشتباكات بين قوات النظام "
    "وفصائل المعارضة في المدينة.",
    "قصفت قوات النظام أمس بلدة مورك في ظل استمرار المعارك بين قوات النظام وفصائل المعارضة في البلدة.",
])
def test_a_fight_going_on_beside_a_strike_is_an_incident(text: str) -> None:
    kinds = sorted(e.event_type for e in news(text))
    assert kinds == ["Battles", "Explosions/Remote violence"], _kinds(text)


@pytest.mark.parametrize(("text", "who", "whom"), [
    # a noun of a group's men after "بين" or after the conjunction of the second party
    ("دارت أمس اشتباكات بين مقاتلي الفصائل المعارضة من جهة، وقوات النظام من جهة أخرى في مدينة داريا.",
     "Opposition Rebels (Syria)", "Military Forces of Syria"),
    ("اندلعت أمس اشتباكات بين قوات النظام ومقاتلي فصائل المعارضة في مدينة داريا.",
     "Military Forces of Syria", "Opposition Rebels (Syria)"),
])
def test_the_men_of_a_party_between_two_sides(text: str, who: str, whom: str) -> None:
    clashes = [e for e in news(text) if e.sub_event_type == "Armed clash"]
    assert [(actor1(e), actor2(e)) for e in clashes] == [(who, whom)], _kinds(text)


def test_after_a_second_between_come_the_parties_of_one_side() -> None:
    """"بينها وبين مقاتلي فصائل المعارضة وجبهة النصرة": the opposition and al-Nusra are one side."""
    text = "قصفت قوات النظام أمس حي جوبر، حيث تدور اشتباكات بينها وبين مقاتلي فصائل المعارضة وجبهة النصرة."
    pairs = [(actor1(e), actor2(e)) for e in events(text)]
    assert ("Opposition Rebels (Syria)", "Jabhat al-Nusra") not in pairs, _kinds(text)


@pytest.mark.parametrize(("text", "where"), [
    ("شن طيران النظام أمس غارتين على مدينة عربين، وسط قصف مدفعي لقوات النظام من الحواجز المحيطة.", "Arbin"),
    ("ألقى الطيران المروحي أمس براميل متفجرة على مدينة داريا، ترافق مع قصف صاروخي لقوات النظام.", "Dārayyā"),
])
def test_a_deed_told_beside_another_is_at_its_place(text: str, where: str) -> None:
    shelling = [e for e in news(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [place(e) for e in shelling] == [where], _kinds(text)


@pytest.mark.parametrize("text", [
    # a statement of the week makes known an incident of the past weeks: news
    "قالت وزارة الدفاع الأمريكية في بيان أمس إن قياديا في تنظيم القاعدة قتل في ضربة جوية أمريكية قرب "
    "بلدة سرمدا في الثامن من يوليو.",
    "أعلن الجيش العراقي، الخميس، أن طائراته قصفت في 12 يوليو مواقع لتنظيم داعش في مدينة الفلوجة.",
])
def test_an_incident_a_statement_of_the_week_makes_known_is_news(text: str) -> None:
    found = events(text, date(2015, 7, 25))
    assert [(e.event_type, e.background) for e in found] == [("Explosions/Remote violence", False)], _kinds(text)


@pytest.mark.parametrize("text", [
    # the same incident recalled, or a report "lately" that names no day: context
    "وكانت طائرات التحالف قصفت مدينة الرقة في الثامن من يوليو.",
    "يقول تقرير صدر مؤخرا إن مسلحين فجروا عبوة ناسفة في مدينة العريش في الثامن من يوليو.",
])
def test_an_incident_of_past_weeks_recalled_is_context(text: str) -> None:
    assert [e.background for e in events(text, date(2015, 7, 25))] == [True], _kinds(text)
