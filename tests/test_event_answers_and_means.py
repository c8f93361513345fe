"""Forms of news tuned in round 56: the places of Bahrain's Sitra and of the Palestinian
territories. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news, place

PUB = date(2017, 6, 5)  # a Monday


@pytest.mark.parametrize("text, where", [
    ("انفجرت عبوة ناسفة استهدفت دورية للشرطة في منطقة سترة الليلة الماضية.", "Sitrah"),
    ("قتل فلسطيني أمس برصاص جنود إسرائيليين في قطاع غزة.", "Gaza Strip"),
    ("أصيب ثلاثة فلسطينيين أمس برصاص جنود إسرائيليين في قطاع غزة والضفة الغربية.", "West Bank"),
])
def test_the_places_of_bahrain_and_the_palestinian_territories(text: str, where: str) -> None:
    assert where in [place(e) for e in news(text, PUB)], text


@pytest.mark.parametrize("text, not_there", [
    ("عثرت الشرطة أمس على سترة ناسفة في منزل بمدينة المنامة وفككتها.", "Sitrah"),
    ("أطلق مسلحان النار على القنصلية في حي يقع على الضفة الغربية للبوسفور في إسطنبول أمس.", "West Bank"),
])
def test_a_vest_and_a_river_bank_are_no_places(text: str, not_there: str) -> None:
    assert not_there not in [place(e) for e in news(text, PUB)], text
