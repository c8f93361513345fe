"""Round 49: how many an assassination and a pronoun on a death count. An assassination with no
toll, number or vague count in its clause killed one ("اغتال مسلحون إمام مسجد"), two for a dual
victim; "ما أدى إلى مقتله" counts one, "مقتلهما" two (the verbs of an outcome beside the verbs of
meeting one's death). A toll in the clause right after a sentence-opening "منذ" and its time counts
a period; "ثلاثة منهم في مكمن" counts the dead of the incident it goes on to tell. The dead and the
wounded counted together ("66 قتيلا وجريحا") make no toll; "مقتل 5 وإصابة آخرين" counts five. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_support import news


@pytest.mark.parametrize(("text", "dead"), [
    ("اغتال مسلحون مجهولون أمس إمام مسجد في مديرية الشيخ عثمان بمدينة عدن.", 1),
    ("اغتال مسلحون أمس ضابطين في الجيش في مدينة عدن.", 2),
    ("أعلن التنظيم أمس مسؤوليته عن اغتيال قيادي في الحراك الجنوبي بمدينة عدن.", 1),
    ("أطلق مجهولون النار أمس على سيارة ضابط في مدينة عدن ما أدى إلى مقتله على الفور.", 1),
    ("فتح مسلحون النار أمس على شقيقين في سوق مدينة العريش ما أسفر عن مقتلهما.", 2),
])
def test_the_dead_of_an_assassination_and_of_a_pronoun(text: str, dead: int) -> None:
    assert [e.fatalities for e in news(text)] == [dead], [(e.sub_event_type, e.fatalities) for e in news(text)]


@pytest.mark.parametrize("text", [
    # guards: people counted vaguely, a kind in a list
    "انتفض أبناء العشائر أمس في مدينة هيت ضد التنظيم واغتالوا عددا من عناصره.",
    "سجلت مدينة العريش أمس عمليات متنوعة بين اغتيال وتفجير للعبوات.",
])
def test_no_count_is_guessed(text: str) -> None:
    assert all(e.fatalities is None for e in news(text)), [(e.sub_event_type, e.fatalities) for e in news(text)]


def test_the_dead_of_a_period_and_some_of_them() -> None:
    text = ("ومنذ اندلاع المواجهات في العاشر من الشهر الماضي، قتل 20 جنديا على الأقل، أربعة منهم في كمين "
            "استهدف أمس دورية في ولاية هكاري.")
    assert [e.fatalities for e in news(text)] == [4], [(e.sub_event_type, e.fatalities) for e in news(text)]


@pytest.mark.parametrize(("text", "dead"), [
    ("ارتفعت حصيلة تفجير السيارة المفخخة أمس في مدينة الصدر إلى 40 قتيلا وجريحا.", None),
    ("أسفر الانفجار أمس عن سقوط 25 بين قتيل وجريح في سوق مدينة بعقوبة.", None),
    ("أسفر الانفجار أمس عن مقتل 5 وإصابة آخرين في سوق مدينة بعقوبة.", 5),
    # guards: two counts
    ("قتل 5 وجرح 10 أمس في انفجار سيارة مفخخة في مدينة الصدر.", 5),
    ("أسفر الانفجار أمس عن سقوط 12 قتيلا و30 جريحا في سوق مدينة بعقوبة.", 12),
])
def test_the_dead_and_the_wounded_counted_together(text: str, dead: int | None) -> None:
    assert [e.fatalities for e in news(text)] == [dead], [(e.sub_event_type, e.fatalities) for e in news(text)]
