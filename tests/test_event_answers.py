"""Acts and what they answer (round 32): the words after a word of response ("ردا على الهجوم
الانتحاري") tell the incident answered, not the act; men found killed fought no fight; the fire of a
shoulder-fired launcher is a fight; a place after a person and "من" is where the person comes from.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news, place
from marsad.geo.gazetteer import default_gazetteer
from marsad.geo.resolve import find_places
from marsad.models import Article
from marsad.pipeline import extract_events
from marsad.text.normalize import normalize

PUB = date(2015, 7, 23)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in events(text, PUB)]


@pytest.mark.parametrize("text", [
    "تبنى مقاتلو حزب العمال الكردستاني أمس قتل جنديين تركيين في ولاية هكاري ردا على التفجير "
    "الانتحاري الذي حملت السلطات تنظيم داعش مسؤوليته.",
    "تبنى حزب العمال الكردستاني أمس قتل شرطيين في مدينة جيلان بينار انتقاما للتفجير الذي وقع في سروج.",
])
def test_a_claimed_killing_that_answers_an_attack_is_the_claimer_s(text: str) -> None:
    killings = [e for e in news(text, PUB) if e.fatalities]
    assert [actor1(e) for e in killings] == ["Kurdistan Workers' Party"], _kinds(text)


def test_the_weapon_of_the_incident_answered_does_not_type_the_act() -> None:
    text = "تبنى حزب العمال الكردستاني أمس قتل شرطيين في مدينة جيلان بينار ردا على التفجير الانتحاري في سروج."
    kinds = {e.sub_event_type for e in news(text, PUB) if actor1(e) == "Kurdistan Workers' Party"}
    assert kinds and not kinds & {"Suicide bomb", "Disrupted weapons use"}, _kinds(text)


@pytest.mark.parametrize(("text", "sub"), [
    # men found killed: an attack, whoever they were
    ("تبنى حزب العمال الكردستاني أمس قتل جنديين عثر على جثتيهما قرب مدينة جيلان بينار.", "Attack"),
    ("أعلنت ولاية شانلي أورفا أمس العثور على شرطيين مقتولين في منزلهما بمدينة جيلان بينار.", "Attack"),
    # a killing of soldiers told with nothing of how they were found: a fight
    ("تبنى حزب العمال الكردستاني أمس قتل جنديين قرب مدينة جيلان بينار.", "Armed clash"),
])
def test_armed_men_found_killed_fought_no_fight(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [sub], _kinds(text)


@pytest.mark.parametrize("text", [
    "قتل جندي تركي أمس في هجوم بقاذفة صواريخ شنه مسلحون أكراد على دورية للجيش في ولاية شرناق.",
    "استهدف مقاتلو المعارضة أمس دبابة لقوات النظام بقذائف آر بي جي في ريف حماة الشمالي.",
    "قتل ثلاثة جنود أمس في هجوم بالأسلحة الخفيفة وقذائف الآر بي جي على حاجز للجيش في مدينة العريش.",
])
def test_the_fire_of_a_shoulder_fired_launcher_is_a_fight(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"], _kinds(text)


def test_rockets_fired_from_afar_are_still_a_shelling() -> None:
    text = "قصفت قوات النظام أمس بالصواريخ بلدة اللطامنة في ريف حماة الشمالي."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Shelling/artillery/missile attack"], _kinds(text)


@pytest.mark.parametrize(("text", "where"), [
    ("اعتقلت الشرطة التركية أمس شابا من مدينة أديامان في مدينة إسطنبول.", "Istanbul"),
    ("أوقفت الشرطة أمس رجلا يبلغ من العمر 30 عاما من الموصل في مدينة أربيل.", "Erbil"),
])
def test_a_place_after_a_person_and_from_is_where_the_person_comes_from(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], _kinds(text)


@pytest.mark.parametrize(("text", "second"), [
    # after a known member, an indefinite stranger and a name of two words in construct are members too
    ("قصفت قوات النظام أمس مناطق في منطقتي سلمى وشلف بريف اللاذقية.", "شلف"),
    ("قصفت قوات النظام أمس أماكن في منطقتي سلمى وكرم الخرنوب في ريف اللاذقية الشمالي.", "كرم الخرنوب"),
    # the places a passive verb names before the cue were all hit
    ("تعرضت أماكن في منطقتي سلمى وكرم الخرنوب بريف اللاذقية أمس لقصف من قبل قوات النظام.", "كرم الخرنوب"),
])
def test_the_members_of_a_list_after_a_known_place(text: str, second: str) -> None:
    hit = [e.location.text if e.location else None for e in news(text, PUB)]
    assert len(hit) == 2 and hit[1] == second, _kinds(text)


def test_a_place_and_its_countryside_before_a_passive_cue_are_one_place() -> None:
    text = "تعرضت قرية سلمى بريف اللاذقية أمس لقصف من قبل قوات النظام."
    assert [place(e) for e in news(text, PUB)] == ["Salma"], _kinds(text)


@pytest.mark.parametrize(("text", "who"), [
    # the separatists: the PKK in Turkey, the YPG in Syria (as "مسلحين أكراد")
    ("تبنت الحركة الانفصالية الكردية أمس قتل ثلاثة جنود في ولاية شرناق.", "Kurdistan Workers' Party"),
    ("هاجم الانفصاليون الأكراد أمس مخفرا للشرطة في ولاية هكاري.", "Kurdistan Workers' Party"),
    ("هاجم الانفصاليون الأكراد أمس حاجزا لقوات النظام في مدينة الحسكة.", "People's Protection Units"),
])
def test_the_kurdish_separatists_by_country(text: str, who: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == [who], _kinds(text)


@pytest.mark.parametrize(("text", "who", "whom"), [
    # after "إن" the party whose forces are named before the verb is its subject, the party after it its object
    ("قالت مصادر محلية إن دبابات الجيش السوري قصفت داعش أمس في مدينة تدمر.", "Military Forces of Syria", "Islamic State"),
    ("وأفاد ناشطون أن مدفعية قوات النظام قصفت جبهة النصرة أمس في ريف إدلب.", "Military Forces of Syria", "Jabhat al-Nusra"),
])
def test_the_party_of_the_forces_before_the_verb_after_that_is_its_subject(text: str, who: str, whom: str) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [(who, whom)], _kinds(text)


@pytest.mark.parametrize("text", [
    # the areas of a town struck name no party, whoever the striker fights elsewhere in the article
    "اندلعت أمس اشتباكات بين قوات النظام وفصائل المعارضة في حي جوبر. وقصفت قوات النظام أماكن في مدينة داريا.",
    "اندلعت أمس اشتباكات بين قوات النظام وفصائل المعارضة في حي جوبر. وقصفت قوات النظام مناطق في مدينة دوما.",
])
def test_the_areas_of_a_town_struck_name_no_party(text: str) -> None:
    shellings = [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]
    assert [actor2(e) for e in shellings] == [None], _kinds(text)


def test_positions_in_a_town_struck_are_the_enemy_s() -> None:
    text = "اندلعت أمس اشتباكات بين قوات النظام وفصائل المعارضة في حي جوبر. وقصفت قوات النظام مواقع في مدينة داريا."
    shellings = [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]
    assert [actor2(e) for e in shellings] == ["Opposition Rebels (Syria)"], _kinds(text)


@pytest.mark.parametrize("text", [
    # the parties before "من جهة" are one side; the other side names no party we know
    "اندلعت أمس اشتباكات ضارية بين جيش النظام ومقاتلي حزب الله من جهة والمقاتلين المحليين من جهة أخرى في "
    "مدينة الزبداني.",
    "تدور منذ الصباح معارك بين الفرقة الرابعة وقوات الدفاع الوطني من جهة ومجموعات من أبناء البلدة من جهة أخرى "
    "في بلدة مضايا.",
])
def test_the_parties_of_one_side_are_never_each_other_s_enemy(text: str) -> None:
    clashes = [e for e in news(text, PUB) if e.sub_event_type == "Armed clash"]
    assert [(actor1(e), actor2(e)) for e in clashes] == [("Military Forces of Syria", None)], _kinds(text)


@pytest.mark.parametrize("text", [
    # fighting a party, the party the noun's object: the campaign against it
    "وزير الدفاع: على بلادنا أن تبذل المزيد في قتال داعش في سوريا.",
    "وأكد المتحدث أن التحالف مستمر في قتال تنظيم داعش في العراق.",
])
def test_fighting_a_party_named_as_the_object_is_a_campaign(text: str) -> None:
    assert news(text, PUB) == [], _kinds(text)


@pytest.mark.parametrize("text", [
    # a fight with its day, its dead or its two sides is an incident
    "قتل خمسة جنود أمس في قتال مع داعش في مدينة الرمادي.",
    "اندلع قتال عنيف أمس بين الجيش العراقي وداعش في مدينة الرمادي.",
])
def test_a_fight_with_its_day_or_its_dead_is_an_incident(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"], _kinds(text)


def test_an_aircraft_right_after_the_verb_of_an_incident_s_noun_is_what_it_hit() -> None:
    """"إطلاق نار استهدف مروحية": the shots hit the helicopter; no air strike."""
    text = "قتل جندي تركي مساء أمس في إطلاق نار استهدف مروحية للجيش في منطقة بيت الشباب بولاية شرناق."
    kinds = [e.sub_event_type for e in news(text, PUB)]
    assert "Air/drone strike" not in kinds and kinds, _kinds(text)


@pytest.mark.parametrize(("text", "where"), [
    # a district of Şırnak the registries give no Arabic name (sites.tsv)
    ("قتل جندي تركي أمس في هجوم شنه متمردون أكراد في إقليم بيت الشباب بولاية شرناق.", "Beytussebap"),
])
def test_the_districts_of_the_kurdish_south_east(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], _kinds(text)


def test_spending_a_holiday_is_no_district() -> None:
    """"لقضاء الإجازة": the verbal noun of spending time, not the district word with a name."""
    text = normalize("كانت الحافلة تنقل جنودا من ولاية شرناق في طريقهم لقضاء الإجازة.").text
    assert [p.text for p in find_places(text, default_gazetteer())] == ["ولايه شرناق"]


def test_a_noun_cue_takes_the_toll_of_the_verb_that_goes_on_with_it() -> None:
    """"في هجوم جديد صباح اليوم استهدف دورية عسكرية، قتل ثلاثة جنود": the attack with its dead is an
    incident though the text names no place."""
    text = "وفي هجوم جديد صباح اليوم استهدف دورية عسكرية، قتل ثلاثة جنود أتراك، ونسب الهجوم إلى حزب العمال الكردستاني."
    found = [(e.fatalities, actor1(e)) for e in news(text, PUB)]
    assert found == [(3, "Kurdistan Workers' Party")], _kinds(text)


@pytest.mark.parametrize(("text", "sub"), [
    # people caught: an arrest, its catcher between the verb and the cell
    ("ضبطت الشرطة الكويتية أمس خلية إرهابية تنتمي إلى تنظيم داعش في مدينة الكويت.", "Arrests"),
    ("وأعلنت الوزارة عن ضبط قوات الأمن مطلوبين في مدينة الجهراء أمس.", "Arrests"),
])
def test_people_caught_are_arrested(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [sub], _kinds(text)


def test_goods_seized_are_no_arrest() -> None:
    assert news("ضبطت الشرطة الكويتية أمس أسلحة وذخائر في مدينة الكويت.", PUB) == []


def test_an_unplaced_fight_of_a_rebel_bound_to_a_country_is_in_that_country() -> None:
    """The headline names the United States; the PKK's attack on an army patrol, with no place, is
    in Turkey, and so is the army."""
    article = Article(id="t", title="الولايات المتحدة تحث على رد متكافئ", language="ar", published=PUB,
                      body="وفي هجوم جديد صباح اليوم استهدف دورية عسكرية، قتل ثلاثة جنود، ونسب الهجوم إلى "
                           "حزب العمال الكردستاني.")
    found = [(actor1(e), actor2(e)) for e in extract_events(article)]
    assert found == [("Kurdistan Workers' Party", "Military Forces of Turkey")]


@pytest.mark.parametrize("text", [
    # a strike told in a country, on the strip that faces a town across the border: placed on that
    # strip, in the country told, not in the town (round 42: it was the town before)
    "ضربت طائرات تركية أمس أهدافا لتنظيم داعش في الشريط الحدودي في سوريا المقابل لمدينة كيليس.",
    "قصفت مقاتلات تركية أمس مواقع داعش في سوريا المقابلة لكيليس.",
])
def test_a_strike_across_the_border_from_a_town_is_placed_across_from_the_town(text: str) -> None:
    assert [place(e) for e in news(text, PUB)] == ["Syria (border opposite Kilis)"], _kinds(text)


def test_a_responsibility_claimed_by_a_group_s_men() -> None:
    """"أعلن مسلحو الحزب مسؤوليتهم عن قتل": the plural pronoun of the claimers, a claim as the singular's."""
    text = "أعلن مسلحو حزب العمال الكردستاني مسؤوليتهم عن قتل ثلاثة جنود أتراك في ولاية شرناق أمس."
    assert [(actor1(e), e.modality) for e in news(text, PUB)] == [("Kurdistan Workers' Party", "claimed")], _kinds(text)
