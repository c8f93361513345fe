"""Round 48: the means joined by "و" to the means of an incident noun ("في هجوم بسيارة مفخخة
وإطلاق نار على حاجز") belong to the same attack: one record, not a bombing and a clash. Two
incidents told in two clauses stay two. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news, place

PUB = date(2017, 3, 14)


@pytest.mark.parametrize(("text", "dead"), [
    ("قتل ستة جنود في هجوم بسيارة مفخخة وإطلاق نار على حاجز أمني في مدينة العريش يوم الأحد.", 6),
    ("قتل شرطيان في هجوم بقذائف الهاون وإطلاق النار على مركز للشرطة في مدينة رفح أمس.", 2),
])
def test_two_means_of_one_attack(text: str, dead: int) -> None:
    assert [e.fatalities for e in news(text, PUB)] == [dead]


def test_two_attacks_in_two_clauses() -> None:
    text = "قتل جنديان في هجوم بسيارة مفخخة في مدينة العريش، وقتل شرطي في إطلاق نار في مدينة رفح أمس."
    assert sorted(place(e) or "" for e in news(text, PUB)) == ["Arīsh", "Rafah (Egypt)"]
