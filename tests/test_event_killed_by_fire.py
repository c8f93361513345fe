"""Killed or wounded "by the fire of" someone ("بنيران مسلحين", "بنيران المدفعية"): an attack by
whoever fired, its kind decided by the target and by a weapon named with it (round 43). Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from marsad.models import Article, Event
from marsad.pipeline import extract_events

PUB = date(2016, 3, 9)


def news(text: str) -> list[Event]:
    evs = extract_events(Article(id="t", title=None, body=text, published=PUB, language="ar"))
    return [e for e in evs if not e.background and not e.aggregate]


@pytest.mark.parametrize(("text", "sub", "fatalities"), [
    ("لقي سائق أجرة مصرعه بنيران مسلحين مجهولين في مدينة كركوك.", "Attack", 1),
    ("قتل شرطي بنيران مسلحين اعترضوا سيارته في مدينة الرمادي.", "Armed clash", 1),  # on a policeman: a fight
    ("قتلت امرأتان بنيران المدفعية التركية في قرية الكريز.", "Shelling/artillery/missile attack", 2),
    ("أصيب صبي بنيران قناص في حي جوبر.", "Attack", None),
    ("قتل أربعة مدنيين بنيران الطائرات الحربية في بلدة سرمين.", "Air/drone strike", 4),
])
def test_killed_by_the_fire_of_someone(text: str, sub: str, fatalities: int | None) -> None:
    evs = news(text)
    assert [e.sub_event_type for e in evs] == [sub]
    assert evs[0].fatalities == fatalities


@pytest.mark.parametrize("text", [
    "اشتعلت النيران في مخزن للحبوب في مدينة كركوك.",  # flames, nobody's fire
    "أخمد رجال الإطفاء النيران في سوق المدينة.",
])
def test_flames_are_no_fire_of_anyone(text: str) -> None:
    assert news(text) == []


@pytest.mark.parametrize(("text", "sub", "fatalities"), [
    # round 48: the dead between the killing verb and the manner ("قتل [شرطي بريطاني] طعنا")
    ("قتل حارس أمن طعنا أمام مدخل محطة للقطارات في مدينة ميونيخ.", "Attack", 1),
    ("قتل ثلاثة أشخاص طعنا في سوق مزدحمة بمدينة كونمينغ.", "Attack", 3),
])
def test_killed_by_stabbing(text: str, sub: str, fatalities: int | None) -> None:
    evs = news(text)
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [(sub, fatalities)]
