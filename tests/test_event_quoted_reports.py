"""Statements quoted after their subject (round 42): "ذكر ناشطون أن فصائل معارضة «سيطرت على
مخفر في حي X»" reports the capture, as a quotation opened right after "أن" does; a
control taken whole ("السيطرة الكاملة على") is a control taken. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, news, place

PUB = date(2015, 8, 6)
TAKEN = "Non-state actor overtakes territory"
REBELS = "Opposition Rebels (Syria)"


def _kinds(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e)) for e in news(text, PUB)]


@pytest.mark.parametrize("text", [
    # the quotation opened after the subject of the reported clause
    "وأفاد ناشطون بأن فصائل المعارضة «سيطرت على مبنى البلدية في حي القابون بدمشق».",
    "وقال ناشطون إن فصائل المعارضة «تمكنت من السيطرة على مبنى البلدية في حي القابون بدمشق».",
    # the control taken whole, quoted or not
    "وذكر ناشطون أن فصائل المعارضة «بسطت السيطرة الكاملة على مخفر الشرطة في حي القابون بدمشق».",
    "وتمكنت فصائل المعارضة أمس من السيطرة الكاملة على مبنى البلدية في حي القابون بدمشق.",
])
def test_a_capture_quoted_after_its_subject_is_reported(text: str) -> None:
    kinds = _kinds(text)
    assert [(k[0], k[2]) for k in kinds] == [(TAKEN, REBELS)], kinds


@pytest.mark.parametrize("text", [
    # guards: words quoted after a speaker with no verb of reporting tell no incident of their own
    "وأضاف القيادي أن فصائل المعارضة «لن تقبل إلا بالسيطرة الكاملة على حي القابون».",
    "ويرى محللون أن «السيطرة على حي القابون بدمشق تحتاج إلى شهور».",
])
def test_talk_of_a_capture_is_no_capture(text: str) -> None:
    assert not [k for k in _kinds(text) if k[0] == TAKEN], _kinds(text)
