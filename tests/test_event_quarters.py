"""A quarter and the city it lies in (round 50): reports of one incident, one told at the city and
one at its quarter, are one record, placed at the quarter; two quarters stay two places. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from event_support import place
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2017, 6, 4)


def _news(title: str, body: str) -> list[tuple[str, str | None, int | None]]:
    art = Article(id="t", title=title, body=body, published=PUB, language="ar")
    return [(e.sub_event_type, place(e), e.fatalities) for e in extract_events(art) if not e.background and not e.aggregate]


def test_the_city_and_its_quarter_tell_one_incident() -> None:
    found = _news("مقتل تسعة في تفجير ببغداد",
                  "قتل تسعة أشخاص في تفجير سيارة مفخخة في بغداد صباح أمس.\n"
                  "وقالت مصادر في الشرطة إن السيارة انفجرت قرب سوق شعبي في حي البياع جنوب غربي العاصمة.")
    assert found == [("Remote explosive/landmine/IED", "Bayaa (Baghdad)", 9)]


def test_a_bridge_quarter_and_its_city() -> None:
    found = _news("هجوم في لندن",
                  "دهست شاحنة صغيرة عددا من المارة على جسر لندن بريدج مساء أمس.\n"
                  "وقالت الشرطة إن خمسة أشخاص قتلوا في الهجوم الذي شهدته لندن يوم السبت.")
    assert [(sub, where) for sub, where, _ in found] == [("Attack", "London Bridge")]


def test_two_quarters_of_a_city_are_two_places() -> None:
    found = _news("قصف في حلب", "قتل خمسة مدنيين بقصف جوي على حي الصاخور في حلب أمس. "
                                "وقتل ثلاثة آخرون بقصف جوي على حي الكلاسة في حلب أمس.")
    assert found == [("Air/drone strike", "Sakhour (Aleppo)", 5), ("Air/drone strike", "Kallaseh (Aleppo)", 3)]


def test_a_capital_and_its_name_are_one_place() -> None:
    """"العاصمة الأفغانية كابل": the capital and its name, two entries of one place, are one event."""
    found = _news("تفجير في كابل", "قتل سبعة أشخاص في هجوم انتحاري استهدف مسجدا في العاصمة الأفغانية كابل أمس.")
    assert [(sub, where) for sub, where, _ in found] == [("Suicide bomb", "Kabul")]
