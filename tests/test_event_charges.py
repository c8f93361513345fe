"""Round 47: a party named in the charge a deed gives as its pretext ("بتهمة التخابر مع النظام")
takes no part in the deed; young men and people named by their faith are civilians, the singular
a number of 11 to 99 takes only after such a count. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events

PUB = date(2015, 8, 8)


@pytest.mark.parametrize("text", [
    "خطف التنظيم عشرين شابا بتهمة التعامل مع النظام في بلدة القريتين أمس.",
    "أعدم التنظيم ثلاثة شبان بتهمة التخابر مع التحالف الدولي في مدينة الميادين أمس.",
    "اختطف عناصر داعش 45 مسيحيا بحجة التعاون مع الجيش السوري من قرية قرب الحسكة أمس.",
])
def test_the_party_of_the_charge_is_no_victim(text: str) -> None:
    found = events(text, PUB)
    assert [actor1(e) for e in found] == ["Islamic State"]
    assert [actor2(e) for e in found] == ["Civilians (Syria)"]


def test_a_headline_with_a_charge_joins_the_incident() -> None:
    found = events("داعش يختطف 60 شخصا بتهمة التخابر مع النظام\n"
                   "خطف التنظيم ستين مدنيا من مدينة القريتين في ريف حمص أمس، وفق ما أفاد ناشطون.", PUB, )
    assert len(found) == 1
    assert actor2(found[0]) == "Civilians (Syria)"


@pytest.mark.parametrize("text, victims", [
    ("اختطف مسلحون مجهولون 18 شابا من قرية قرب الموصل أمس.", "Civilians (Iraq)"),
    ("قالت الشرطة إن شابا في العشرين نفذ الهجوم على حاجز للجيش في كركوك أمس.", "Military Forces of Iraq"),
])
def test_the_singular_after_a_count_only(text: str, victims: str) -> None:
    assert [actor2(e) for e in events(text, PUB)] == [victims]
