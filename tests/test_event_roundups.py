"""Long roundups of the day's strikes (round 30): "ما لا يقل عن" counts and negates nothing;
barrel bombs and bare aircraft are the air force's of the country; Kurdish forces are the YPG
in Syria and the Peshmerga in Iraq; a shell's origin after a comma names who fired it; a year
in construct with a thing ("اتفاقية عام 2014") dates no incident of an undated page. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, events, news, place


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in events(text)]


@pytest.mark.parametrize("text", [
    "شن الطيران الحربي ما لا يقل عن عشر غارات على مدينة دوما أمس.",
    "قصفت قوات النظام بما لا يقل عن عشرين قذيفة مدينة دوما أمس.",
    "أطلقت قوات النظام صواريخ على مدينة دوما أمس، لا سيما على أحيائها الشرقية.",
])
def test_idioms_with_la_negate_nothing(text: str) -> None:
    assert [place(e) for e in news(text)] == ["Dūmā"], _kinds(text)


@pytest.mark.parametrize("text", [
    "لم يشن الطيران الحربي أي غارات على مدينة دوما أمس.",
    "قالت مصادر إن قوات النظام لا تقصف مدينة دوما.",
])
def test_negation_still_negates(text: str) -> None:
    assert news(text) == [], _kinds(text)


@pytest.mark.parametrize(("text", "who"), [
    # barrel bombs nobody is named for are the Syrian air force's
    ("أدى قصف البراميل على بلدة داعل إلى مقتل سبعة مدنيين أمس.", "Military Forces of Syria"),
    # bare "الطيران" over Syria
    ("قال ناشطون إن الطيران نفذ أمس غارات على بلدة كفرنبل بريف إدلب.", "Military Forces of Syria"),
])
def test_barrels_and_bare_aircraft_are_the_air_force_of_the_country(text: str, who: str) -> None:
    strikes = news(text)
    assert [(e.sub_event_type, actor1(e)) for e in strikes] == [("Air/drone strike", who)], _kinds(text)


def test_the_aircraft_of_a_named_coalition_stay_theirs() -> None:
    text = "قال ناشطون إن طائرات التحالف نفذت أمس غارات على مدينة الرقة."
    assert [actor1(e) for e in news(text)] == ["International Coalition (Operation Inherent Resolve)"], _kinds(text)


@pytest.mark.parametrize(("text", "who", "sub"), [
    ("قالت مصادر إن القوات الكردية سيطرت أمس على قرية قرب مدينة تل أبيض في ريف الرقة.",
     "People's Protection Units", "Non-state actor overtakes territory"),
    ("قالت مصادر إن القوات الكردية سيطرت أمس على قرية قرب مدينة سنجار في محافظة نينوى.",
     "Military Forces of Iraq (Kurdistan Region) - Peshmerga", "Government regains territory"),
])
def test_kurdish_forces_by_country(text: str, who: str, sub: str) -> None:
    assert [(actor1(e), e.sub_event_type) for e in news(text)] == [(who, sub)], _kinds(text)


def test_shell_origin_after_a_comma_names_who_fired() -> None:
    text = "أصيب عشرة مدنيين بسقوط قذائف هاون على حي القصاع في دمشق أمس، مصدرها مواقع المعارضة في الغوطة الشرقية."
    assert [(actor1(e), actor2(e)) for e in news(text)] == [("Opposition Rebels (Syria)", "Civilians (Syria)")], _kinds(text)


def test_a_year_of_an_agreement_dates_no_incident_of_an_undated_page() -> None:
    text = ("قصفت طائرات حربية مدينة دوما في ريف دمشق. وقال ناشطون إن القصف أصاب سوقا شعبية. "
            "وكانت الحكومة قد وقعت اتفاقية عام 2014 تقضي بتسليم الأسلحة الكيماوية.")
    strikes = [e for e in events(text, None) if place(e) == "Dūmā"]
    assert strikes and all(e.event_date is None for e in strikes), [(e.event_date, place(e)) for e in strikes]
