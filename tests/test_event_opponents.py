"""Round 21: the other party of a fight. A strike "ضد تنظيم" names its target; a target is looked
for no further than the next reporting verb; a decision ("قرارها دخول المعركة") is no incident; a
fight or a strike whose sentences leave the other party unnamed takes the one its actor1 fights in
the article's other records, unless the strike names a town as what it hit. Sentences written for
these tests. Round 42: a "special operation" ("عملية نوعية") is a military operation."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news, place


@pytest.mark.parametrize(("text", "target"), [
    ("نفذت الولايات المتحدة أمس ضربة جوية ضد تنظيم داعش في مدينة الرقة.", "Islamic State"),
    ("شنت المقاتلات التركية أمس غارات ضد تنظيم الدولة في ريف حلب الشمالي.", "Islamic State"),
    ("أطلقت قوات البيشمركة أمس عملية عسكرية ضد تنظيم داعش قرب مدينة سنجار.", "Islamic State"),
])
def test_a_strike_against_the_organization_names_its_target(text: str, target: str) -> None:
    evs = news(text)
    assert evs and all(actor2(e) == target for e in evs), [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


def test_the_coalition_against_the_organization_stays_a_name() -> None:
    text = "وقال المتحدث باسم التحالف الدولي ضد تنظيم داعش إن مسلحين هاجموا أمس نقطة للشرطة في مدينة كركوك."
    evs = news(text)
    assert evs and "Islamic State" not in [actor2(e) for e in evs], [(actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "اختطف مسلحون مجهولون أمس أربعة تجار في مدينة الموصل، وقال مسؤول محلي إن التجار كانوا يعملون على تنظيم قافلة ضد داعش.",
    "خطف مسلحون مجهولون أمس مهندسين في مدينة كركوك، وذكر مصدر أن المهندسين كانوا يعدون لحملة على مواقع داعش.",
])
def test_a_target_is_looked_for_no_further_than_the_next_reporting_verb(text: str) -> None:
    evs = news(text)
    assert evs and all(actor2(e) != "Islamic State" for e in evs), [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "وقالت الحكومة أمس إن قرارها شن غارات على مواقع المسلحين في الشمال سيحمي حدود البلاد.",
    "وقالت تركيا أمس إن قرارها دخول المعركة ضد المسلحين جاء بعد مقتل 12 شخصا في مدينة ماردين.",
])
def test_a_decision_to_fight_is_no_incident(text: str) -> None:
    evs = news(text)
    assert not evs, [(e.sub_event_type, e.modality, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize(("text", "where", "target"), [
    ("نفذت طائرات التحالف أمس عشر غارات ضد تنظيم داعش في سوريا. وقال البيان إن ست غارات منها نفذت قرب مدينة الحسكة "
     "ودمرت مستودعات وعربات.", "Al Ḩasakah", "Islamic State"),
    ("اندلعت أمس اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف إدلب. وفي مدينة درعا، تجددت المعارك في حي "
     "المنشية أمس وقتل فيها ستة عناصر من قوات النظام.", "Dar‘ā", "Opposition Rebels (Syria)"),
])
def test_the_other_party_named_in_the_articles_other_records(text: str, where: str, target: str) -> None:
    evs = [e for e in news(text) if place(e) == where]
    assert evs and all(actor2(e) == target for e in evs), [(place(e), actor1(e), actor2(e)) for e in news(text)]


def test_a_town_struck_names_no_party_whoever_fights_for_it_elsewhere() -> None:
    text = ("اندلعت أمس اشتباكات عنيفة بين قوات النظام وفصائل المعارضة في ريف إدلب. "
            "وقصفت قوات النظام أمس بلدة تلبيسة في ريف حمص الشمالي بالمدفعية الثقيلة.")
    shelled = [e for e in news(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelled and all(actor2(e) is None for e in shelled), [(place(e), actor1(e), actor2(e)) for e in news(text)]


@pytest.mark.parametrize("text", [
    # a "special operation" is a military operation (round 42)
    "وقال قائد الفرقة إن قوة من الجيش نفذت عملية نوعية في قضاء حديثة أسفرت عن مقتل 12 مسلحا من تنظيم داعش.",
    "نفذت قوات الأمن العراقية أمس عملية نوعية ضد تنظيم داعش في قضاء حديثة.",
])
def test_a_special_operation_is_a_fight(text: str) -> None:
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in news(text)] == [
        ("Armed clash", "Military Forces of Iraq", "Islamic State")]
