"""Days an earlier sentence lends (round 42): "المعركة التي بدأت في 4 يوليو" dates the start of a
battle or a campaign going on, and the sentences after it, with no day of their own, do not take
that day; a topic shift after a subheading the page ran into the sentence ("عمليات الأنبار ميدانيا،
أعلنت ...") opens another story that borrows nothing from before. Sentences written for these tests."""

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


@pytest.mark.parametrize("heading", ["عمليات الأنبار ميدانيا،", "تطورات الكرمة على الأرض،", "ميدانيا،"])
def test_a_topic_shift_after_a_run_in_subheading_borrows_no_day(heading: str) -> None:
    text = ("وتشهد محافظة ديالى حوادث أمنية متفرقة، رغم إعلان القوات العراقية استعادة السيطرة عليها أواخر يناير الماضي. "
            f"{heading} أعلنت خلية الإعلام الحربي أن القوات الأمنية قتلت 21 إرهابيا في ناحية الكرمة.")
    fights = [e for e in events(text, PUB) if e.sub_event_type == "Armed clash"]
    assert [(str(e.event_date), e.background) for e in fights] == [("2015-07-21", False)]


@pytest.mark.parametrize(("text", "day"), [
    # round 43: "منذ" after a participle of a lasting state counts how long it lasts
    ("تظاهر عشرات الطلاب أمام سجن في مدينة أربيل للمطالبة بالإفراج عن زميلهم المضرب عن الطعام منذ 40 يوما.",
     "2015-07-21"),
    ("قصفت الطائرات الحربية بلدة الفوعة المحاصرة منذ 50 يوما.", "2015-07-21"),
    # a guard: "منذ" right after the incident is its day
    ("قتل ثلاثة مدنيين منذ يومين في قصف على حي جوبر.", "2015-07-19"),
])
def test_since_after_a_lasting_state_dates_no_incident(text: str, day: str) -> None:
    assert [(str(e.event_date), e.background) for e in events(text, PUB)][:1] == [(day, False)]
