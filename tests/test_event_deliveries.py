"""Deliveries and deeds added in one sentence (round 34): means dropped from the air and artillery
joined by "و" in one clause are two events, the raid and the shelling, as ACLED codes one type per
event (aircraft firing rockets stay one raid); a targeting noun with a pronoun added by a word of
addition ("إضافة إلى استهدافها") is the deed of the party before it, and after a word of cause
("جراء استهدافهم") its pronoun names those struck. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, news, place

PUB = date(2015, 8, 6)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(e.sub_event_type, place(e), actor1(e), e.fatalities) for e in news(text, PUB)]


@pytest.mark.parametrize("text", [
    "قصفت قوات النظام أمس مدينة سراقب بعشرة براميل متفجرة وقذائف مدفعية.",
    "تعرضت بلدة كفرنبل أمس لقصف جوي ومدفعي أدى إلى مقتل خمسة مدنيين.",
    "قصفت قوات النظام بالطيران الحربي والمدفعية بلدة سرمين أمس.",
])
def test_a_raid_and_a_shelling_told_in_one_clause_are_two_events(text: str) -> None:
    subs = sorted(e.sub_event_type for e in news(text, PUB))
    assert subs == ["Air/drone strike", "Shelling/artillery/missile attack"], _kinds(text)


def test_the_toll_stays_with_one_of_the_two() -> None:
    text = "تعرضت بلدة كفرنبل أمس لقصف جوي ومدفعي أدى إلى مقتل خمسة مدنيين."
    assert sorted((e.fatalities or 0) for e in news(text, PUB)) == [0, 5], _kinds(text)


@pytest.mark.parametrize("text", [
    # aircraft firing rockets: one raid
    "شن الطيران الحربي أمس غارات بالصواريخ على بلدة كفرنبل.",
    # artillery in another clause: the raid alone here
    "ألقت المروحيات أمس براميل متفجرة على مدينة داريا، فيما قالت مصادر إن القذائف لم تتوقف.",
])
def test_one_delivery_stays_one_event(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Air/drone strike"], _kinds(text)


def test_a_second_deed_added_to_a_party_s_strike_is_that_party_s() -> None:
    """"إضافة إلى استهدافها بلدتي X وY": the pronoun names the party of the clause before."""
    text = "قصفت قوات النظام أمس أحياء سكنية في مدينة الرستن، إضافة إلى استهدافها بلدتي كفرنبل وسراقب."
    struck = {place(e): actor1(e) for e in news(text, PUB)}
    assert struck.get("Kafranbel") == "Military Forces of Syria", _kinds(text)
    assert struck.get("Saraqib") == "Military Forces of Syria", _kinds(text)


def test_the_pronoun_after_a_word_of_cause_names_those_struck() -> None:
    """"جراء استهدافهم بغارة": those killed were struck; they struck nobody."""
    text = "قتل خمسة عناصر من تنظيم داعش أمس جراء استهدافهم بغارة لطائرات التحالف قرب مدينة الطبقة."
    assert [actor1(e) for e in news(text, PUB)] == ["International Coalition (Operation Inherent Resolve)"], _kinds(text)


@pytest.mark.parametrize("text", [
    "وقالت مصادر أمنية إن طائرات أردنية مقاتلة هاجمت أمس مواقع لتنظيم داعش قرب مدينة الرقة.",
    "هاجمت مقاتلات التحالف أمس مواقع لتنظيم داعش قرب مدينة الحسكة.",
])
def test_aircraft_that_attack_strike_from_the_air(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Air/drone strike"], _kinds(text)


def test_gunmen_that_attack_fight() -> None:
    text = "هاجم مسلحون أمس حاجزا للجيش قرب مدينة الرمادي."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"], _kinds(text)


def test_the_weapon_of_the_cue_s_own_words_decides_over_a_simultaneous_raid() -> None:
    """"بالتزامن مع الغارات الجوية أمس قامت القوات البرية بقصف مدفعي": a shelling told beside raids."""
    text = "وقال الجيش إنه بالتزامن مع الغارات الجوية أمس قامت القوات البرية بقصف مدفعي على مواقع تنظيم داعش قرب مدينة جرابلس."
    subs = {e.sub_event_type for e in news(text, PUB)}
    assert "Shelling/artillery/missile attack" in subs, _kinds(text)


def test_vehicles_rigged_as_iraqi_news_calls_them_are_car_bombs() -> None:
    """"عجلات مفخخة": the Iraqi word for vehicles; destroyed before they went off, disrupted use."""
    text = "تمكنت قوات البيشمركة أمس من تدمير خمس عجلات مفخخة لتنظيم داعش في قضاء سنجار."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Disrupted weapons use"], _kinds(text)


def test_a_name_that_ends_like_a_town_after_a_proclitic_is_no_place() -> None:
    """"بايدن" (Biden) is no "ب" before the Turkish town of Aydın."""
    text = "قال جو بايدن أمس إن الشرطة اعتقلت خمسة أشخاص."
    assert "Aydın" not in {place(e) for e in news(text, PUB)}, _kinds(text)


@pytest.mark.parametrize("text", [
    "دمرت القوات أمس سيارة مفخخة قرب مدينة الرمادي.",
    "دمر المقاتلون أمس عجلتين مفخختين في قضاء سنجار.",
])
def test_a_car_bomb_destroyed_is_one_disrupted_use_not_also_a_blast(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Disrupted weapons use"], _kinds(text)


@pytest.mark.parametrize("text", [
    # round 41: a force on the ground's shelling and a raid in the next clause of one sentence
    "تعرضت بلدة كفرنبل أمس لقصف من قبل قوات النظام، وشنت المروحيات غارات على البلدة.",
    "قصفت قوات النظام بلدة كفرنبل أمس، كما ألقت المروحيات براميل متفجرة على البلدة.",
    # a clause opened by "حيث" tells where and when the deed before it was: the raid is in Muadamiya
    "قال ناشطون إن بلدة معضمية الشام تعرضت أمس لقصف عنيف من قبل قوات النظام، حيث ألقت المروحيات عشرة براميل متفجرة.",
])
def test_a_shelling_and_a_raid_in_two_clauses_are_two_events(text: str) -> None:
    kinds = _kinds(text)
    assert sorted(k[0] for k in kinds) == ["Air/drone strike", "Shelling/artillery/missile attack"], kinds
    assert len({k[1] for k in kinds}) == 1, kinds
