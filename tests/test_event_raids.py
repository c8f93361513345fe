"""Round 48: a raid or an arrest by a state's force that killed people of its own clause, no
civilians among its parties ("قتل أربعة مسلحين خلال مداهمة نفذتها قوات الأمن", "تصفية ستة عناصر
إرهابية في مداهمة"), was a fight: ACLED codes the armed clash, not the arrests. "تصفية" counts the
dead; "دهمت" is a raid. A raid with no dead stays arrests. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news

PUB = date(2017, 4, 11)


@pytest.mark.parametrize(("text", "dead"), [
    ("قتل أربعة مسلحين خلال مداهمة نفذتها قوات الأمن في حي الصدر ببغداد أمس.", 4),
    ("أعلنت وزارة الداخلية المصرية تصفية ستة عناصر إرهابية في مداهمة لوكر بمدينة العريش أمس.", 6),
    ("دهمت قوات الأمن وكرا للمسلحين في مدينة الشيخ زويد وقتلت ثلاثة منهم أمس.", 3),
])
def test_a_raid_that_killed_was_a_fight(text: str, dead: int) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in news(text, PUB)] == [("Armed clash", dead)]


def test_a_raid_with_no_dead_stays_arrests() -> None:
    assert [e.sub_event_type for e in news("اعتقلت قوات الأمن خمسة مشتبه بهم في مداهمة بمدينة الموصل أمس.", PUB)] \
        == ["Arrests"]
