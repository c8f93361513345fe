"""The sides of a fight and the people struck (round 33): the parties of "بين X و Y" when the
second side is no party we know, or some men of a party joined by "و"; townspeople and women
counted among the dead are civilians. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2015, 7, 23)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "who", "whom"), [
    # the other side is a unit we do not know: the first party fought, against nobody we name
    ("اندلعت أمس اشتباكات عنيفة بين قوات النظام ومقاتلي الفرقة 13 في حي الخالدية بمدينة حلب.",
     "Military Forces of Syria", None),
    ("دارت اشتباكات أمس بين تنظيم داعش وأبناء قبيلة الشعيطات قرب مدينة الميادين.", "Islamic State", None),
    # some men of a party joined by "و" are the second party's, and the first keeps its place
    ("دارت أمس اشتباكات بين جبهة النصرة وعناصر من فصائل معارضة في محيط بلدة مارع.",
     "Jabhat al-Nusra", "Opposition Rebels (Syria)"),
    ("تجددت أمس المعارك بين قوات النظام وعناصر من الفصائل الإسلامية في محيط بلدة مورك.",
     "Military Forces of Syria", "Opposition Rebels (Syria)"),
    # both sides known: as before
    ("اندلعت أمس اشتباكات بين جبهة النصرة وقوات النظام في محيط مدينة أعزاز.",
     "Jabhat al-Nusra", "Military Forces of Syria"),
])
def test_the_parties_between_when_one_side_is_unknown(text: str, who: str, whom: str | None) -> None:
    fights = [e for e in news(text, PUB) if e.sub_event_type == "Armed clash"]
    assert [(actor1(e), actor2(e)) for e in fights] == [(who, whom)], _kinds(text)


def test_men_of_a_party_after_a_party_and_a_conjunction_do_not_hide_it() -> None:
    """"X ومقاتلين من Y": the men are Y's; X is named as a party all the same."""
    text = "اندلعت أمس اشتباكات بين جيش الإسلام وعناصر من تنظيم داعش في منطقة القلمون الشرقي."
    assert {actor1(e) for e in news(text, PUB)} == {"Jaish al-Islam"}, _kinds(text)


@pytest.mark.parametrize("text", [
    "قتل 14 مواطنا أمس في غارة جوية على بلدة كفرنبل في ريف إدلب.",
    "قتلت امرأة وأطفالها الثلاثة أمس في قصف جوي على مدينة سراقب.",
    "قتل خمسة أشخاص بينهم امرأتين أمس في غارات جوية على بلدة سرمين.",
])
def test_townspeople_and_women_among_the_dead_are_civilians(text: str) -> None:
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert raids and all(actor2(e) == "Civilians (Syria)" for e in raids), _kinds(text)


def test_one_party_s_act_in_a_town_and_in_the_city_s_countryside_is_one_incident() -> None:
    text = ("خطفت جبهة النصرة أمس عشرة مقاتلين قرب مدينة أعزاز. "
            "وأكد ناشطون أن جبهة النصرة خطفت عشرة مقاتلين في ريف حلب الشمالي.")
    kidnaps = [e for e in news(text, PUB) if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(kidnaps) == 1, _kinds(text)


def test_two_parties_acts_in_a_town_and_in_the_countryside_stay_apart() -> None:
    text = ("شن طيران التحالف الدولي أمس غارات على مواقع داعش قرب بلدة مارع. "
            "وشن الطيران الحربي التابع للنظام غارات على مناطق في ريف حلب الشمالي.")
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert len(raids) == 2, _kinds(text)


@pytest.mark.parametrize("text", [
    # after a word of claiming and its claimer, "خطف" is the deed's noun; the men after it its victims
    "وتبنى تنظيم داعش أمس خطف العناصر من جيش الإسلام قرب بلدة مارع.",
    "تبنى تنظيم داعش أمس خطف عناصر من جيش الإسلام قرب بلدة مارع.",
])
def test_the_claimer_of_a_deed_acts_and_the_men_after_it_are_its_victims(text: str) -> None:
    kidnaps = [e for e in news(text, PUB) if e.sub_event_type == "Abduction/forced disappearance"]
    assert [(actor1(e), actor2(e)) for e in kidnaps] == [("Islamic State", "Jaish al-Islam")], _kinds(text)


@pytest.mark.parametrize(("text", "days"), [
    # two named days joined by "و": an incident on each day
    ("شنت المقاتلات التركية غارات جوية الجمعة والسبت على معسكرات لحزب العمال الكردستاني في جبال قنديل.",
     ["2015-07-17", "2015-07-18"]),
    ("اندلعت اشتباكات يومي الاثنين والثلاثاء بين قوات النظام وتنظيم داعش في مدينة الحسكة.",
     ["2015-07-20", "2015-07-21"]),
    # a night across two days, and a span of days, are one incident
    ("قتل جنديان ليل الاثنين - الثلاثاء في هجوم على حاجز للجيش في مدينة الحسكة.", ["2015-07-21"]),
])
def test_two_named_days_are_two_incidents(text: str, days: list[str]) -> None:
    assert sorted(str(e.event_date) for e in news(text, PUB)) == days, _kinds(text)


@pytest.mark.parametrize("text", [
    # what a threat follows ("إثر", "بعد") was done already, told whole in its relative clause
    "هدد حزب العمال الكردستاني أمس بإنهاء الهدنة إثر الغارات التي شنها الجيش التركي الأربعاء على "
    "معسكرات الحزب في جبال قنديل.",
    "توعدت الجماعة بالانتقام بعد الغارات الجوية التي شنتها الطائرات الأمريكية الأربعاء على مواقعها في "
    "مدينة الرقة.",
])
def test_the_incident_a_threat_follows_was_done(text: str) -> None:
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert [str(e.event_date) for e in raids] == ["2015-07-22"], _kinds(text)


def test_a_threat_is_still_a_plan() -> None:
    text = "هدد الجيش التركي أمس بشن غارات جوية على معسكرات حزب العمال الكردستاني في جبال قنديل."
    assert not [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"], _kinds(text)


def test_a_list_goes_on_after_a_member_s_anchor() -> None:
    """"في كل من X بالقرب من مدينة Y، وZ": the comma and "و" go on with the list, not with Y."""
    text = "استهدفت الغارات التركية أمس مواقع داعش في كل من تل رفعت بالقرب من مدينة أعزاز، ومارع، وفي دابق."
    assert sorted(place(e) or "" for e in news(text, PUB)) == ["Dabiq", "Māri‘", "Tal Rifaat"], _kinds(text)


@pytest.mark.parametrize(("text", "targets"), [
    # each place of the list with its own armed party: that party is the target there (Turkey's
    # forces in a neighbour named alone strike at their border, round 36)
    ("تابعت الطائرات التركية أمس قصف أهداف لداعش في سوريا ولحزب العمال في شمال العراق.",
     {"Syria-Turkey border (Syrian side)": "Islamic State", "Northern Iraq": "Kurdistan Workers' Party"}),
    # as many targets joined by "و" as places: in order
    ("قصفت القوات التركية أمس أهدافا لداعش وحزب العمال الكردستاني في سوريا والعراق.",
     {"Syria-Turkey border (Syrian side)": "Islamic State", "Iraq-Turkey border (Iraqi side)": "Kurdistan Workers' Party"}),
    # people named between two places are no target of the second
    ("قصفت قوات النظام أمس مواقع داعش في مدينة تدمر وقرب مخيمات للنازحين في بلدة القريتين.",
     {"Tadmur": "Islamic State", "Al Qaryatayn": "Islamic State"}),
])
def test_the_party_named_before_each_place_of_a_list_is_its_target(text: str, targets: dict[str, str]) -> None:
    assert {place(e): actor2(e) for e in news(text, PUB)} == targets, _kinds(text)


@pytest.mark.parametrize(("text", "who"), [
    # a force no word of its own names, in what a state's speaker says, is that state's
    ("ذكر مكتب رئيس الوزراء التركي أن الجيش قصف أمس مخابئ للمتمردين الأكراد في شمال العراق.",
     "Military Forces of Turkey"),
    ("قالت الحكومة التركية إن الطيران الحربي نفذ أمس غارات على قواعد لحزب العمال الكردستاني في شمال العراق.",
     "Military Forces of Turkey"),
    ("أعلنت وزارة الداخلية التركية أن الشرطة اعتقلت أمس عشرين شخصا يشتبه بانتمائهم لداعش في محافظة غازي عنتاب.",
     "Police Forces of Turkey"),
    # a force named with its own nationality keeps it
    ("قال مسؤول أمريكي إن الجيش العراقي قصف أمس مواقع لداعش في مدينة الرمادي.", "Military Forces of Iraq"),
])
def test_a_bare_force_in_what_a_state_s_speaker_says_is_that_state_s(text: str, who: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == [who], _kinds(text)


def test_fighting_factions_are_rebels_not_a_fighter_jet() -> None:
    """"فصائل إسلامية ومقاتلة": "مقاتلة" is the factions' adjective, no fighter jet."""
    text = "قال المرصد إن فصائل إسلامية ومقاتلة شنت أمس هجوما عنيفا على مواقع قوات النظام في مدينة بصرى الشام."
    assert [(e.sub_event_type, actor1(e)) for e in news(text, PUB)] == [("Armed clash", "Opposition Rebels (Syria)")], \
        _kinds(text)


@pytest.mark.parametrize(("text", "sub", "where"), [
    # a quotation opened right after "أن" in a sentence a source leads: the statement reports it
    ("قتل 10 في هجوم أمس في مدينة حمص. وفي موازاة ذلك ذكر «اتحاد تنسيقيات الثورة»، أن «سيارة مفخخة "
     "انفجرت في حي الميدان وسط العاصمة دمشق وخلفت عددا كبيرا من الجرحى».",
     "Remote explosive/landmine/IED", "Damascus"),
    ("قتل 10 في هجوم أمس في مدينة حمص. وأعلنت مصادر ميدانية أن «خمسة مدنيين قتلوا جراء استهداف الطيران "
     "المروحي ببرميلين متفجرين بلدة عندان في ريف حلب الشمالي».", "Air/drone strike", "Anadan"),
])
def test_a_quoted_statement_after_that_reports_the_incident(text: str, sub: str, where: str) -> None:
    assert (sub, where) in [(e.sub_event_type, place(e)) for e in news(text, PUB)], _kinds(text)


def test_a_quoted_opinion_is_still_speech() -> None:
    """A quotation that is no statement after "أن" is talk about the war, not an incident."""
    text = ("قتل 10 في هجوم أمس في مدينة حمص. وقال الوزير في مؤتمر صحافي: «القصف على مدينة دوما جريمة "
            "يجب أن تتوقف».")
    assert "Douma" not in [place(e) for e in news(text, PUB)], _kinds(text)


def test_a_long_list_of_villages_before_a_passive_cue_was_hit() -> None:
    """"كما تعرضت أماكن في بلدات X وY ... بريف إدلب لقصف": the verb opens the clause, however long
    the list of places it suffered at."""
    text = ("كما تعرضت أماكن في بلدات سراقب وبنش وتفتناز وسرمين ومعرة مصرين وكفرنبل بريف إدلب الشمالي لقصف "
            "مكثف من الطيران المروحي أمس.")
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert len(raids) >= 5 and all(actor1(e) == "Military Forces of Syria" for e in raids), _kinds(text)


def test_the_places_of_a_raid_that_goes_with_a_fight_are_the_raid_s() -> None:
    """"ترافقت الاشتباكات مع قصف الطيران لمناطق في بلدتي X وY": X and Y were raided, not fought over."""
    text = ("دارت اشتباكات عنيفة أمس بين المعارضة وقوات النظام في محيط مدينة جسر الشغور، وترافقت "
            "الاشتباكات مع قصف الطيران الحربي لمناطق في بلدتي سراقب وبنش بريف إدلب.")
    fights = [place(e) for e in news(text, PUB) if e.sub_event_type == "Armed clash"]
    raids = [place(e) for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert len(fights) == 1 and len(raids) == 2 and not set(fights) & set(raids), _kinds(text)


@pytest.mark.parametrize("text", [
    # "حزب الله اللبناني" in the sentence: aircraft no word names are still the air force's over Syria
    "تتواصل المواجهات بين جيش النظام وحزب الله اللبناني من طرف وفصائل المعارضة من طرف آخر، كما قصف "
    "الطيران المروحي أمس أحياء في مدينة سراقب بريف إدلب.",
    # two barrel bombs are barrel bombs
    "ألقى الطيران المروحي أمس برميلين متفجرين على مناطق في مدينة سراقب بريف إدلب.",
])
def test_raids_of_aircraft_no_word_names_over_syria(text: str) -> None:
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert [actor1(e) for e in raids] == ["Military Forces of Syria"], _kinds(text)


@pytest.mark.parametrize("text", [
    # one protester, and security forces named without the article: a state force firing on protesters
    "قتل متظاهر وجرح اثنان أمس جراء إطلاق نار عليهم من قبل قوات الأمن أثناء مظاهرة في مدينة الناصرية.",
    "أسفرت الاحتجاجات في مدينة الناصرية أمس عن مقتل وجرح ستة من المتظاهرين جراء إطلاق نار عليهم من قبل "
    "قوات أمنية.",
])
def test_security_forces_firing_on_protesters_use_excessive_force(text: str) -> None:
    assert "Excessive force against protesters" in [e.sub_event_type for e in news(text, PUB)], _kinds(text)
