"""The day something began (round 42): "المعركة التي بدأت في 4 يوليو" dates the start of a battle
or a campaign going on; the sentences after it, with no day of their own, do not take that day
(they are no background of three weeks ago). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import events, news

PUB = date(2015, 7, 21)  # a Tuesday


@pytest.mark.parametrize("start", ["المعركة التي بدأت في 4 يوليو الحالي", "المعركة التي بدأت مطلع الشهر الجاري",
                                   "الهجوم الذي بدأ في 4 يوليو الحالي"])
def test_a_beginning_lends_no_day_to_the_sentences_after_it(start: str) -> None:
    text = (f"تواصل قوات النظام حصار مدينة الزبداني، بعدما أظهرت نتائج {start} حجم الخسائر. "
            "وأعلن ناشطون أن سيارة مفخخة انفجرت في حي الميدان بدمشق ما أدى إلى سقوط إصابات.")
    bombs = [e for e in events(text, PUB) if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [(str(e.event_date), e.background) for e in bombs] == [("2015-07-21", False)]


def test_a_day_told_as_a_day_of_fighting_is_still_lent() -> None:
    """A guard: a day that dates an act ("قصفت ... في 19 يوليو") goes on to the next sentence."""
    text = ("قصفت قوات النظام مدينة الزبداني في 19 يوليو الحالي. "
            "وأعلن ناشطون أن سيارة مفخخة انفجرت في حي الميدان بدمشق ما أدى إلى سقوط إصابات.")
    bombs = [e for e in news(text, PUB) if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [str(e.event_date) for e in bombs] == ["2015-07-19"]
