"""How a report words an incident (round 11): a recap opened by "يشار إلى أن" over a stretch of
days, a country's territory ("الأراضي السورية") and a town of it named later in the sentence, the
weapon a body sentence names over the headline's word, strikes that are the subject of the verb
after them, warships as a state's forces, a poison gas attack told after another one. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, events, news, place

ISIS = "Islamic State"


@pytest.mark.parametrize("text", [
    "يشار إلى أن الجيش شن خلال الأيام الماضية غارات على مواقع داعش في محافظة الأنبار، عقب تفجير انتحاري استهدف سوقا "
    "في مدينة الرمادي وقتل فيه 20 شخصا",
    "وتجدر الإشارة إلى أن الطائرات قصفت خلال الأسابيع الماضية مواقع المسلحين في ريف إدلب، بعد هجوم على حاجز في مدينة أريحا",
])
def test_a_recap_over_a_stretch_of_days_is_background(text: str) -> None:
    assert events(text), text
    assert not news(text)


def test_a_recall_marker_with_a_day_of_its_own_keeps_the_news() -> None:
    evs = news("ويذكر أن مسلحين هاجموا أمس حاجزا للشرطة في مدينة الرمادي")
    assert evs and place(evs[0]) == "Ramadi"


@pytest.mark.parametrize(("text", "where"), [
    ("قصفت الطائرات الأمريكية أمس مواقع في الأراضي العراقية", "Iraq"),
    ("قالت مصادر إن عبوة ناسفة انفجرت أمس داخل الأراضي السورية، عند مرور دورية في بلدة تل أبيض", "Tal Abyad"),
    ("نفذ انتحاري أمس تفجيرا داخل الأراضي التركية، بعد اقترابه من حافلة في مدينة كلس", "Kilis"),
])
def test_a_countrys_territory_is_the_country_unless_a_town_of_it_follows(text: str, where: str) -> None:
    evs = news(text)
    assert evs and place(evs[0]) == where


def test_the_weapon_a_body_sentence_names_types_the_incident_over_its_headline() -> None:
    from datetime import date

    from marsad.models import Article
    from marsad.pipeline import extract_events
    evs = extract_events(Article(id="t", title="غضب روسي من الغارات الجوية الأمريكية في سوريا", body=(
        "وصفت روسيا القصف الصاروخي الذي شنته الولايات المتحدة أمس عبر سفن حربية على قاعدة الشعيرات الجوية بأنه عدوان."),
        published=date(2017, 4, 8), language="ar"))
    strikes = [e for e in evs if not e.background]
    assert [(e.sub_event_type, actor1(e)) for e in strikes] == [
        ("Shelling/artillery/missile attack", "Military Forces of the United States")]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("غارات للتحالف تستهدف داعش في الرقة أمس", "International Coalition (Operation Inherent Resolve)", ISIS),
    ("ضربات جوية روسية تستهدف المعارضة في إدلب أمس", "Military Forces of Russia", "Opposition Rebels (Syria)"),
])
def test_the_party_after_a_verb_that_goes_on_with_strikes_is_their_target(text: str, first: str, second: str) -> None:
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [(first, second)]


def test_warships_with_their_nationality_are_that_states_forces() -> None:
    evs = news("قصفت سفن حربية روسية أمس بصواريخ كروز مواقع لتنظيم داعش في مدينة الرقة")
    assert evs and (actor1(evs[0]), actor2(evs[0])) == ("Military Forces of Russia", ISIS)


def test_a_poison_gas_attack_does_not_take_the_attacker_of_the_strike_told_before() -> None:
    evs = news("قصفت طائرات أمريكية أمس مواقع لتنظيم داعش في مدينة الرقة. "
               "وقال ناشطون إن هجوما بغاز الكلور استهدف الثلاثاء الماضي بلدة سراقب")
    gas = [e for e in evs if e.sub_event_type == "Chemical weapon"]
    assert gas and actor1(gas[0]) != "Military Forces of the United States"


def test_the_day_of_a_statement_is_not_the_day_of_the_strikes_it_reports() -> None:
    evs = news("أعلنت وزارة الدفاع التركية أن الجيش قصف يوم الثلاثاء أهدافا لتنظيم داعش شمالي سوريا. "
               "وأفادت الوزارة، في بيان لها صباح اليوم، أن المقاتلات قصفت مخابئ لحزب العمال الكردستاني قرب مدينة زاخو")
    assert {e.event_date.isoformat() for e in evs if e.event_date} == {"2016-05-10"}


@pytest.mark.parametrize(("text", "forces"), [
    ("ذكرت رئاسة الأركان التركية أن الجيش قصف أمس مخابئ لحزب العمال في جبال قنديل", "Military Forces of Turkey"),
    ("قال المتحدث باسم وزارة الدفاع الروسية إن الجيش قصف أمس مواقع داعش في مدينة تدمر", "Military Forces of Russia"),
])
def test_the_army_a_states_office_speaks_of_is_its_own(text: str, forces: str) -> None:
    evs = news(text)
    assert evs and actor1(evs[0]) == forces


def test_the_army_with_no_speaker_is_the_army_of_the_place() -> None:
    evs = news("قصف الجيش أمس مواقع لتنظيم داعش في مدينة تدمر")
    assert evs and actor1(evs[0]) == "Military Forces of Syria"


def test_two_owners_of_the_targets_joined_with_and_are_both_hit() -> None:
    evs = news('الجيش التركي يقصف مواقع لـ"داعش" و"بي كا كا" قرب الحدود العراقية أمس')
    assert evs and actor1(evs[0]) == "Military Forces of Turkey"


@pytest.mark.parametrize("text", [
    "قال الوزير إن روسيا فشلت في منع الهجوم الكيماوي على بلدة خان شيخون أمس",
    "اتهم ناشطون القوات التركية بالتقصير في منع الهجوم الذي شنه مسلحون على بلدة تل أبيض أمس",
])
def test_who_failed_to_prevent_an_incident_did_not_make_it(text: str) -> None:
    evs = news(text)
    assert evs and actor1(evs[0]) not in ("Military Forces of Russia", "Military Forces of Turkey")


def test_a_where_clause_tells_where_the_strikes_before_it_fell() -> None:
    evs = news("نفذ طيران النظام أمس 15 غارة جوية على ريف إدلب، حيث قصف بلدتي سراقب وأريحا")
    raids = [e for e in evs if place(e) in ("Saraqib", "Ariha (Idlib)")]
    assert len(raids) == 2 and all(e.sub_event_type == "Air/drone strike" and actor1(e) == "Military Forces of Syria"
                                   for e in raids)


def test_a_word_that_is_also_a_name_is_no_place_after_a_bare_comma() -> None:
    evs = news("وبالرغم من أن القانون لا يمنع ذلك في السعودية، فإن ناشطين تظاهروا أمس ضد الحظر")
    assert evs and place(evs[0]) != "Van"
    listed = news("قتل مسلحون جنديين أمس في هجومين بإقليمي ماردين وفان")
    assert sorted(place(e) or "" for e in listed) == ["Mardin", "Van"]
