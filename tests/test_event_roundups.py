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
    # round 43: barrel bombs over another country are its government's
    ("أدى قصف بالبراميل المتفجرة على بلدة الكرمة إلى مقتل خمسة مدنيين أمس.", "Military Forces of Iraq"),
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


@pytest.mark.parametrize("text", [
    "قتل عشرة أشخاص اليوم عندما هاجم انتحاريان سوقا مزدحمة في مدينة كركوك.",
    "قالت الشرطة إن مهاجما فجر سترته الناسفة في سوق مدينة كركوك اليوم فقتل عشرة أشخاص.",
])
def test_two_suicide_attackers_and_a_vest_make_a_suicide_bombing(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Suicide bomb"], _kinds(text)


@pytest.mark.parametrize(("text", "where"), [
    # a chain from the fine to the coarse: of two as precise, the first
    ("تعرضت أحياء في أطراف مدينة دوما بالغوطة الشرقية لقصف مدفعي من قبل جيش النظام أمس.", "Dūmā"),
    # the passive verb's place before a comma goes on to the blow after it
    ("تعرضت أحياء في أطراف مدينة دوما بالغوطة الشرقية، لقصف مدفعي من قبل جيش النظام أمس.", "Dūmā"),
])
def test_the_place_of_a_passive_blow(text: str, where: str) -> None:
    assert [place(e) for e in news(text)] == [where], _kinds(text)


def test_two_towns_shelled_in_one_sentence_are_two_events() -> None:
    """Harasta and the surroundings of Douma, five kilometres apart, are two incidents."""
    text = ("قصف جيش النظام مساء أمس أحياء في مدينة حرستا، فيما تعرضت أحياء في محيط مدينة دوما، "
            "لقصف صاروخي من قبل قوات النظام.")
    assert sorted(place(e) or "" for e in news(text)) == ["Dūmā", "Ḩarastā"], _kinds(text)


def test_a_bombing_told_by_region_then_by_town_is_one() -> None:
    """"شمال العراق" in the lead, the town later: one incident at the town, dated by the lead (not
    by "في وقت سابق من الشهر الجاري" of another attack told between)."""
    text = ("قتل عشرة أشخاص اليوم الخميس عندما هاجم انتحاريان سوقا مزدحمة في شمال العراق. "
            "وشن التنظيم هجوما مماثلا في وقت سابق من الشهر الجاري بمحافظة ديالى. "
            "وقال مسؤول محلي إن مهاجما انتحاريا فجر سترته الناسفة وسط سوق مدينة طوز خورماتو.")
    bombs = [e for e in news(text) if e.sub_event_type == "Suicide bomb"]
    assert [(place(e), str(e.event_date)) for e in bombs] == [("Ţūz Khūrmātū", "2016-05-12")], _kinds(text)


def test_a_region_does_not_hold_a_town_far_from_it() -> None:
    text = ("قتل عشرة أشخاص اليوم الخميس عندما فجر انتحاري نفسه في سوق في شمال العراق. "
            "وقال مصدر في الشرطة إن انتحاريا آخر فجر حزامه الناسف اليوم في مدينة البصرة.")
    bombs = [e for e in news(text) if e.sub_event_type == "Suicide bomb"]
    assert len(bombs) == 2, _kinds(text)


def test_barrels_counted_are_one_raid_at_the_camp() -> None:
    """"بأربعة براميل" counts what one raid dropped, and the camp's description ("للاجئين
    الفلسطينيين") does not break the chain of places that locates it."""
    text = "تعرضت أطراف مخيم خان الشيح للاجئين الفلسطينيين غرب دمشق مساء أمس لقصف بأربعة براميل متفجرة على الأقل."
    raids = news(text)
    assert [(e.sub_event_type, place(e), e.aggregate) for e in raids] == [("Air/drone strike", "Khan al-Shih", False)], \
        _kinds(text)


def test_deaths_in_a_town_by_the_shelling_are_its_incident() -> None:
    """"جراء القصف" (definite) after deaths told in a town, with no shelling told elsewhere: the
    shelling of that town."""
    text = "قتل خمسة مدنيين أمس في بلدة كفرنبل بريف إدلب جراء القصف الذي تعرضت له البلدة من قبل قوات النظام."
    assert [(place(e), actor1(e)) for e in news(text)] == [("Kafranbel", "Military Forces of Syria")], _kinds(text)


@pytest.mark.parametrize(("text", "where"), [
    # the dual of a raid
    ("نفذ الطيران الحربي مساء أمس غارتين على بلدة عربين بالغوطة الشرقية.", "Arbin"),
    # the target after a comma goes on with the deed before it
    ("شن طيران النظام أمس ثلاث غارات بالصواريخ الفراغية، على مدينة دوما في الغوطة الشرقية.", "Dūmā"),
])
def test_raids_on_a_town(text: str, where: str) -> None:
    raids = news(text)
    assert [(e.sub_event_type, place(e)) for e in raids] == [("Air/drone strike", where)], _kinds(text)


def test_a_sit_in_organized() -> None:
    text = "نظم المئات اعتصاما أمس أمام مبنى المحافظة في مدينة البصرة للمطالبة بتحسين الخدمات."
    assert [e.sub_event_type for e in news(text)] == ["Peaceful protest"], _kinds(text)


def test_where_sit_ins_used_to_be_held_is_no_protest() -> None:
    text = "وتقدمت القوات أمس باتجاه الساحات التي كانت تقام فيها الاعتصامات في مدينة الرمادي."
    assert [e for e in news(text) if e.event_type == "Protests"] == [], _kinds(text)


@pytest.mark.parametrize(("text", "who", "whom"), [
    # a unit of armed men, the verb's subject: its owner acts (and detains: an abduction)
    # (young men are civilians since round 47)
    ("اعتقلت دورية تابعة لتنظيم داعش أمس عشرة شبان في مدينة الرقة.", "Islamic State", "Civilians (Syria)"),
    ("أوقف حاجز لجبهة النصرة أمس ثمانية مقاتلين قرب مدينة اعزاز وخطفهم.", "Jabhat al-Nusra", None),
    # a unit after the subject, or after a subject told before the verb, is what was hit
    ("هاجم مسلحون حاجزا للجيش العراقي أمس في مدينة الرمادي.", "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ("قالت مصادر إن جبهة النصرة هاجمت مقاتلين تابعين للجيش الحر أمس قرب مدينة اعزاز.", "Jabhat al-Nusra", "Free Syrian Army"),
])
def test_the_owner_of_a_unit_of_armed_men(text: str, who: str, whom: str | None) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text)] == [(who, whom)], _kinds(text)


def test_raids_counted_over_villages_one_of_them_unknown_are_one_each() -> None:
    """A village the gazetteer does not know lies in no other country: the raids counted over
    three villages are one incident at each, not a summary."""
    text = "شن الطيران الحربي أمس ثماني غارات على بلدات وقرى كفرنبل وحاس وخربة الصفصافة بريف إدلب."
    raids = [e for e in events(text) if e.sub_event_type == "Air/drone strike"]
    assert len(raids) >= 3 and not any(e.aggregate for e in raids) and "Kafranbel" in [place(e) for e in raids], \
        [(place(e), e.aggregate) for e in raids]
