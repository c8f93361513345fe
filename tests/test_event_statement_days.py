"""What a statement says and when it was said (round 14): a statement's day told in a relative
clause ("البيان الذي أذيع اليوم") dates the statement; the sentences after it take the incident's
day told before it; what an allegation or a denial is about when a toll follows it. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news

# PUB is Thursday 12 May 2016: "الثلاثاء" is the 10th, "اليوم الأربعاء" would be the 11th
STRIKES = "نفذت طائرات التحالف الدولي غارات جوية يوم الثلاثاء استهدفت مواقع تنظيم داعش في العراق. "


@pytest.mark.parametrize("report", [
    "وفي العراق أصابت الغارات أهدافا قرب مدينة الرمادي وفقا للبيان العسكري الذي أذيع اليوم الخميس.",
    "وأصابت الغارات أهدافا قرب مدينة الرمادي بحسب البيان الذي نشر اليوم الخميس.",
])
def test_a_statements_day_in_its_relative_clause_dates_no_strike(report: str) -> None:
    evs = [e for e in news(STRIKES + report) if e.location and e.location.name == "Ramadi"]
    assert evs and evs[0].event_date == date(2016, 5, 10), [(e.location, e.event_date) for e in news(STRIKES + report)]


def test_the_sentence_after_the_statement_takes_the_incidents_day() -> None:
    text = STRIKES + "وقالت القيادة في بيان اليوم الخميس إن الغارات أصابت أهدافا قرب مدينة الفلوجة. " \
        "وقال البيان إن غارة دمرت مصنعا للعبوات الناسفة في مدينة تكريت."
    evs = [e for e in news(text) if e.location and e.location.name == "Tikrīt"]
    assert evs and evs[0].event_date == date(2016, 5, 10), [(e.location, e.event_date) for e in news(text)]


def test_a_statements_day_long_after_the_last_incident_still_dates_what_follows() -> None:
    text = "سيطرت القوات العراقية على البلدة قبل أربعة أشهر. وقال القائد في تصريح صحافي يوم أمس الأربعاء إن المعارك مستمرة. " \
        "وأضاف أن القوات العراقية تمكنت من التقدم وسيطرت على مواقع في مدينة الرمادي."
    evs = [e for e in news(text) if e.location and e.location.name == "Ramadi"]
    assert evs and evs[0].event_date == date(2016, 5, 11), [(e.location, e.event_date) for e in news(text)]


@pytest.mark.parametrize("text", [
    "وذكرت الخارجية أمس أن تحقيقا فتح في مزاعم سقوط قتلى من المدنيين في غارة تركية على قرية قرب مدينة دهوك",
    "ونفى الجيش أمس مقتل مدنيين في القصف الذي استهدف مدينة الموصل",
])
def test_what_is_alleged_or_denied_is_the_toll_not_the_incident(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].modality == "asserted", [(e.sub_event_type, e.modality) for e in evs]


def test_a_denied_strike_stays_denied() -> None:
    evs = news("ونفى الجيش أمس قصف مدينة الموصل")
    assert evs and evs[0].modality == "denied"

