"""Round 47: a plural of attacks no number counts is a record only when counted ("10 هجمات"),
unless the dead counted before it fell at one town after it ("قتل شخصان في هجمات بقنابل في حي
الزعفرانية"): one incident there, as ACLED codes one event per place and day. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor2, news

PUB = date(2015, 7, 22)


@pytest.mark.parametrize("text", [
    "وقتل مدنيان في هجمات بالرصاص في حي الكرادة وسط بغداد أمس.",
    "قتل سبعة أشخاص على الأقل في هجمات على فندق في مدينة مقديشو أمس.",
])
def test_the_dead_of_attacks_at_one_town(text: str) -> None:
    found = news(text, PUB)
    assert len(found) == 1
    assert actor2(found[0]) is not None and actor2(found[0]).startswith("Civilians")


@pytest.mark.parametrize("text", [
    "قتل ثلاثة جنود في هجمات متفرقة في محافظتي ديالى وصلاح الدين أمس.",
    "تتعرض القوات الأمنية لهجمات في مدينة الرمادي منذ أشهر.",
    "وقال المسؤول إن الهجمات على القوافل في مدينة الرمادي تراجعت.",
])
def test_attacks_uncounted_over_many_places_or_none(text: str) -> None:
    assert not news(text, PUB)
