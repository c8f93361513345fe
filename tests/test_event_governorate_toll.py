"""Round 48: a weak cue ("هجوم") with its dead and a party, placed in a governorate and no town
("مقتل خمسة جنود في هجوم في محافظة شمال سيناء"), is an incident there (ACLED codes it at the
governorate); with no toll, or placed only in a whole country, it is not. Egypt's governorates,
Saudi regions and Turkish provinces are governorates, not regions. Sentences written for these
tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor2, news, place

PUB = date(2017, 3, 9)


@pytest.mark.parametrize(("text", "town", "victims", "dead"), [
    ("مقتل خمسة جنود في هجوم على حاجز أمني في محافظة شمال سيناء.", "North Sinai", "Military Forces of Egypt", 5),
    ("قتل ثلاثة من رجال الشرطة في هجوم على دورية في محافظة الأنبار.", "Anbar", "Police Forces of Iraq", 3),
    ("قتل جندي في هجوم على موقع عسكري بمنطقة جازان.", "Jizan", "Military Forces of Saudi Arabia", 1),
    ("هاجم مسلحون مركزا للشرطة في إقليم بلوشستان وقتلوا سبعة من أفراده.", "Balochistan province", "Police Forces of Pakistan", 7),
])
def test_a_weak_cue_with_its_dead_in_a_governorate(text: str, town: str, victims: str, dead: int) -> None:
    found = news(text, PUB)
    assert [(place(e), actor2(e), e.fatalities) for e in found] == [(town, victims, dead)]


@pytest.mark.parametrize("text", [
    "وقع هجوم على حاجز أمني في محافظة الأنبار.",  # no dead, no day of its own
    "مقتل خمسة جنود في هجوم في مصر.",  # a whole country
])
def test_a_weak_cue_without_dead_or_in_a_whole_country(text: str) -> None:
    assert news(text, PUB) == []
