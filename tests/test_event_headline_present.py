"""Round 48: a headline tells its news in the present, its subject first ("مسلحون يقتلون أربعة
جنود في كمين"). The present of killing counts the dead there, and the present of ramming,
stabbing, opening fire and regaining is the incident itself; in a body with no day of its own the
same present tells what goes on, or what someone is, and makes no record and no death. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, place
from marsad.models import Article, Event
from marsad.pipeline import extract_events

PUB = date(2017, 3, 9)
BODY = "وقال شهود عيان إن سيارات الإسعاف هرعت إلى المكان."


def headlined(title: str, body: str = BODY) -> list[Event]:
    return [e for e in extract_events(Article(id="t", title=title, body=body, published=PUB, language="ar"))
            if not e.background and not e.aggregate]


@pytest.mark.parametrize(("title", "dead"), [
    ("طائرات حربية تقصف سوقا في بلدة سراقب وتقتل ستة مدنيين", 6),
    ("انتحاري يفجر نفسه عند حاجز للشرطة في مدينة كركوك ويقتل أربعة عناصر", 4),
    ("شاحنة مسرعة تدهس المارة في شارع تجاري بمدينة ستوكهولم فتقتل خمسة أشخاص", 5),
])
def test_the_present_of_killing_counts_the_dead_of_a_headline(title: str, dead: int) -> None:
    found = headlined(title)
    assert [e.fatalities for e in found] == [dead]


@pytest.mark.parametrize(("title", "doer", "done_to", "dead"), [
    ("مسلحون يقتلون أربعة جنود في كمين قرب بلدة الرطبة", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq", 4),
    ("التنظيم يعدم 14 شخصا في ساحة عامة بمدينة الميادين", "Islamic State", "Civilians (Syria)", 14),
    # the party that opens the headline did it; the one after the verb, in a relative clause, did not
    ("التنظيم يختطف مقاتلين دربتهم الولايات المتحدة في ريف حلب", "Islamic State", "New Syrian Force", None),
])
def test_the_subject_of_a_headline_did_it(title: str, doer: str, done_to: str, dead: int | None) -> None:
    found = headlined(title)
    assert [(actor1(e), actor2(e), e.fatalities) for e in found] == [(doer, done_to, dead)]


@pytest.mark.parametrize(("title", "sub", "town"), [
    ("مسلحون يطلقون النار على حافلة ركاب في مدينة الرمادي", "Attack", "Ramadi"),
    ("شاب يطعن ثلاثة من المارة قرب محطة القطارات في هامبورغ", "Attack", "Hamburg"),
    ("سيارة تدهس حشدا من المشاة في مدينة نيس", "Attack", "Nice"),
    ("الشرطة تطلق النار على محتجين أمام مبنى المحافظة في مدينة الكوت", "Excessive force against protesters", "Al-Kut"),
    ("القوات العراقية تستعيد بلدة بيجي من التنظيم", "Government regains territory", "Bayjī"),
    ("الحوثيون يطلقون صاروخا على مدينة نجران", "Shelling/artillery/missile attack", "Najran"),
])
def test_the_present_of_a_headline_is_the_incident(title: str, sub: str, town: str) -> None:
    found = headlined(title)
    assert [(e.sub_event_type, place(e)) for e in found] == [(sub, town)]


@pytest.mark.parametrize("text", [
    "وقال المعلق إن من هدم الجسر في الموصل هو من يقتل أهلها اليوم.",
    "وقال ناشطون إن قوات الأمن تطلق النار على المتظاهرين في مدينة الكوت.",
    "ويقول المحللون إن المهاجمين يطعنون ضحاياهم في الأسواق المزدحمة بمدينة هامبورغ.",
])
def test_the_present_of_a_body_is_no_incident(text: str) -> None:
    assert events(text, PUB) == []


def test_the_present_of_a_headline_is_not_an_incident_recalled() -> None:
    """"الشرطة التركية تعتقل عشرة صحفيين": this week's arrest, not the one the body recalls from years ago."""
    found = headlined("الشرطة التركية تعتقل عشرة صحفيين في إسطنبول",
                      "وتشبه القضية حادثة في عام 2013 حين اعتقلت السلطات التركية عشرين صحفيا في أنقرة.")
    assert [(e.event_date, place(e)) for e in found] == [(PUB, "Istanbul")]


def test_a_headline_toll_since_an_event_is_no_incident() -> None:
    """"منذ سيطرته عليها": the toll of a headline runs over the period its event opened."""
    assert headlined("التنظيم يعدم 900 شخص في مدينة الرقة منذ سيطرته عليها") == []
