"""Round 49: a killing verb with its killer and a count of the dead ("قتلت قوات الأمن الباكستانية
عشرة مسلحين"): a foreign state's forces may be the killer (a clash), and the party counted after the
killer and a day ("أمس 20 من عناصر داعش", "أمس عشرة مسلحين") is the one fought. A general staff speaks for its
army, and those it "neutralised" ("تحييد") were struck, their count no toll. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news


@pytest.mark.parametrize(("text", "maker", "fought"), [
    ("قتلت قوات الأمن الباكستانية أمس عشرة مسلحين في إقليم بلوشستان.",
     "Military Forces of Pakistan", "Unidentified Armed Group (Pakistan)"),
    ("قتلت القوات العراقية أمس 20 من عناصر داعش في مدينة الرمادي.", "Military Forces of Iraq", "Islamic State"),
    ("قتل الجيش التركي أمس 15 من مسلحي حزب العمال الكردستاني في ولاية هكاري.",
     "Military Forces of Turkey", "Kurdistan Workers' Party"),
])
def test_the_killer_and_the_counted_dead(text: str, maker: str, fought: str) -> None:
    found = news(text)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in found] == [("Armed clash", maker, fought)], \
        [(e.sub_event_type, actor1(e), actor2(e), e.fatalities) for e in found]


def test_a_raid_of_a_force_named_by_its_nationality_that_killed_is_a_fight() -> None:
    text = "أعلن المتحدث العسكري المصري أمس مقتل 14 مسلحا في مداهمات نفذتها القوات المسلحة بشمال سيناء."
    assert [(e.sub_event_type, e.fatalities) for e in news(text)] == [("Armed clash", 14)], \
        [(e.sub_event_type, actor1(e), actor2(e), e.fatalities) for e in news(text)]


@pytest.mark.parametrize(("text", "maker", "struck"), [
    # the general staff speaks for its army; those it "neutralised" were struck, no toll
    ("أعلنت هيئة الأركان التركية أمس تحييد 20 إرهابيا من حزب العمال الكردستاني في غارات جوية على مواقع في شمال العراق.",
     "Military Forces of Turkey", "Kurdistan Workers' Party"),
])
def test_who_was_neutralised(text: str, maker: str, struck: str) -> None:
    found = news(text)
    assert [(actor1(e), actor2(e)) for e in found] == [(maker, struck)], \
        [(e.sub_event_type, actor1(e), actor2(e), e.fatalities) for e in found]
