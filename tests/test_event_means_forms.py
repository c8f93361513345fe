"""Forms of news tuned in round 54: the dead a sentence opens with and the attack told after
"after"; people struck named by the pronoun of a targeting word; the means told after the verb
(or the noun) of the deed; captives of a party; an armed faction named by no name. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2017, 3, 8)  # a Wednesday


@pytest.mark.parametrize("text", [
    "قتل أربعة من رجال الشرطة بعد أن استهدفهم مسلحون مجهولون في مدينة بيشاور الباكستانية.",
    "قتل ثلاثة أشخاص بعدما فتح مسلح النار على زبائن مطعم في مدينة بيشاور الباكستانية.",
])
def test_the_attack_after_the_dead_a_sentence_opens_with_is_the_news(text: str) -> None:
    found = news(text, PUB)
    assert len(found) == 1 and not found[0].background, text


@pytest.mark.parametrize("text", [
    "وقعت اشتباكات في مدينة بيشاور الباكستانية بعد أن سيطر مسلحون على مركز للشرطة.",
    "قتل جنديان في غارة على قرية قرب بيشاور بعد أن هاجم مسلحون القرية.",
])
def test_a_deed_after_after_beside_another_deed_stays_its_time(text: str) -> None:
    found = news(text, PUB)
    assert all(e.event_type != "Battles" or e.sub_event_type == "Armed clash" for e in found), text
    assert len([e for e in found if not e.background]) == 1, text


@pytest.mark.parametrize("text", [
    "قتل أربعة من رجال الشرطة بعد أن استهدفهم مسلحون مجهولون في مدينة بيشاور الباكستانية.",
    "مقتل ثلاثة من رجال الشرطة إثر استهدافهم من مسلحين مجهولين في مدينة بيشاور الباكستانية.",
    "مقتل ثلاثة من رجال الشرطة إثر استهدافهم بنيران مسلحين مجهولين في مدينة بيشاور الباكستانية.",
])
def test_people_struck_named_by_a_pronoun_with_no_weapon_were_fought(text: str) -> None:
    found = news(text, PUB)
    assert [(e.event_type, e.sub_event_type, actor1(e), actor2(e)) for e in found] == [
        ("Battles", "Armed clash", "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan")], text


def test_a_pronoun_of_a_place_struck_stays_shelling() -> None:
    text = "قتل مدنيان في قرية قرب بيشاور الباكستانية إثر استهدافها بقذائف الهاون من مسلحين."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "استهدف مسلحون مجهولون بالرصاص دورية للشرطة في مدينة بيشاور الباكستانية ما أدى إلى مقتل شرطيين.",
    "أعدم مسلحو التنظيم بالرصاص عشرة جنود أسرى في مدينة تدمر يوم الاثنين.",
])
def test_the_means_after_the_verb_of_the_deed_is_no_second_incident(text: str) -> None:
    assert len(news(text, PUB)) == 1, text


def test_a_means_with_a_deed_of_its_own_stays_an_incident() -> None:
    text = ("دخل مسلحون مدينة تدمر يوم الاثنين، وقتل جنديان بالرصاص في هجوم على حاجز عند مدخلها "
            "مساء الثلاثاء.")
    assert any(e.event_date == date(2017, 3, 7) for e in news(text, PUB))


@pytest.mark.parametrize(("text", "first", "second"), [
    ("قال تقرير لمنظمة حقوقية إن فصيلا مسلحا مواليا للحكومة أعدم يوم الأحد في مدينة الموصل عشرة أسرى من تنظيم "
     "الدولة الإسلامية.", "Unidentified Armed Group (Iraq)", "Islamic State"),
    ("أعدم تنظيم الدولة الإسلامية أسرى من الجيش العراقي في مدينة الموصل يوم الأحد.",
     "Islamic State", "Military Forces of Iraq"),
])
def test_captives_of_a_party_are_its_men_acted_on(text: str, first: str, second: str) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [(first, second)], text


@pytest.mark.parametrize(("text", "loser"), [
    ("أعلن الجيش العراقي استعادة قرية البو جليب شرقي الرمادي من سيطرة تنظيم داعش.", "Islamic State"),
    ("استعادت فصائل المعارضة السورية بلدة خان طومان جنوب حلب من سيطرة قوات النظام.", "Military Forces of Syria"),
])
def test_the_party_after_from_the_control_of_held_the_place_taken(text: str, loser: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [loser], text


def test_a_place_out_of_a_party_s_control_names_no_party_of_a_strike() -> None:
    text = "قصفت الطائرات الحربية أحياء في مدينة حلب الخارجة من سيطرة قوات النظام يوم الاثنين."
    assert "Military Forces of Syria" not in [actor2(e) for e in news(text, PUB)]


def test_a_group_of_the_yarmouk_basin_is_named() -> None:
    text = "سيطرت جبهة النصرة على بلدة نوى في ريف درعا يوم الاثنين بعد اشتباكات مع لواء شهداء اليرموك."
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [("Jabhat al-Nusra", "Liwa Shuhada al-Yarmouk")]


@pytest.mark.parametrize(("text", "first", "second"), [
    ("اندلعت اشتباكات بين قوات الجيش الوطني الليبي بقيادة خليفة حفتر ومسلحين في حي الصابري ببنغازي يوم الاثنين.",
     "Libyan National Army", "Unidentified Armed Group (Libya)"),
    ("تجددت المعارك بين القوات الحكومية بقيادة الجنرال أحمد ومسلحين في مدينة العريش يوم الاثنين.",
     "Military Forces of Egypt", "Unidentified Armed Group (Egypt)"),
])
def test_the_leader_of_the_first_side_of_between_joins_no_third_party(text: str, first: str, second: str) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [(first, second)], text


@pytest.mark.parametrize("text", [
    "أعلنت رئاسة أمن الدولة القبض على سبعة مواطنين شكلوا خلية تابعة لتنظيم داعش في منطقة تبوك.",
    "أعلنت وزارة الداخلية القبض على أعضاء خلية إرهابية مرتبطة بتنظيم داعش في منطقة حائل.",
])
def test_people_who_formed_a_cell_of_a_group_are_its_men_arrested(text: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == ["Islamic State"], text


@pytest.mark.parametrize(("text", "where"), [
    ("أعلنت وزارة الداخلية القبض على ثلاثة مطلوبين في منطقة القصيم يوم الاثنين.", "Qassim"),
    ("أطلق مجهولون النار على دورية أمنية في المنطقة الشرقية يوم الاثنين.", "Eastern Province"),
    ("سقط مقذوف أطلقته ميليشيا الحوثي على قرية في منطقة نجران يوم الاثنين.", "Najran"),
])
def test_saudi_regions_are_places(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], text


@pytest.mark.parametrize("text", [
    "قالت الشرطة إن فتاتين فجرتا نفسيهما في سوق شعبية بمدينة مايدوغوري صباح الاثنين ما أدى إلى مقتل ثمانية أشخاص.",
    "قالت الشرطة إن ثلاث نساء فجرن أنفسهن قرب مسجد في مدينة مايدوغوري صباح الاثنين.",
])
def test_women_who_blew_themselves_up_made_a_suicide_bombing(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Suicide bomb"], text


def test_a_state_force_struck_after_the_cue_and_named_before_it_did_not_act_on_itself() -> None:
    text = ("وأثناء قيام رجال الأمن بتعقب أحد المطلوبين في حي الجامعيين بمدينة الدمام مساء الاثنين، بادر المطلوب "
            "بإطلاق النار على رجال الأمن.")
    assert [(e.event_type, actor1(e), actor2(e)) for e in news(text, PUB)] == [
        ("Battles", "Unidentified Armed Group (Saudi Arabia)", "Police Forces of Saudi Arabia")]


def test_a_group_that_executes_its_own_men_stays_their_killer() -> None:
    text = "قالت مصادر إن خلافات اندلعت داخل تنظيم داعش في مدينة الرقة، انتهت بإعدام عشرة قياديين في التنظيم يوم الاثنين."
    assert [actor1(e) for e in news(text, PUB)] == ["Islamic State"]


@pytest.mark.parametrize(("text", "where"), [
    ("اعترضت قوات الدفاع الجوي صاروخا باليستيا أطلقته ميليشيا الحوثي من محافظة حجة باتجاه مدينة جازان مساء الاثنين، "
     "واستهدفت طائرات التحالف منصة الإطلاق ودمرتها.", "Hajjah"),
    ("سقطت قذيفة أطلقتها ميليشيا الحوثي من داخل الأراضي اليمنية على قرية في محافظة صامطة مساء الاثنين، وردت المدفعية "
     "السعودية على مصادر النيران ودمرت عددا من مواقع إطلاق المقذوفات.", None),
])
def test_the_launcher_struck_back_is_the_firing_party_s_where_it_fired_from(text: str, where: str | None) -> None:
    found = news(text, PUB)
    back = [e for e in found if actor1(e) in ("Saudi-led Coalition", "Military Forces of Saudi Arabia")
            and e.sub_event_type != "Disrupted weapons use"]
    assert [actor2(e) for e in back] == ["Ansar Allah (Houthi Movement)"], [(actor1(e), actor2(e), place(e)) for e in found]
    assert where is None or place(back[0]) == where
    assert len(found) == 2, [(actor1(e), actor2(e), place(e)) for e in found]


@pytest.mark.parametrize("text", [
    "اعتقلت الشرطة ناشطين اثنين خلال وقفة ضد قرار نقل تبعية جزيرتين إلى السعودية وسط القاهرة يوم الأحد.",
    "اعتقلت الشرطة ثلاثة مهاجرين قبل ترحيلهم إلى السعودية في مطار القاهرة يوم الأحد.",
])
def test_where_people_or_land_are_handed_over_to_is_not_the_place(text: str) -> None:
    assert [place(e) for e in news(text, PUB)] == ["Cairo"], text


@pytest.mark.parametrize("text", [
    "قالت الشرطة إن رجلا طعن امرأتين في محطة للحافلات في مدينة هامبورغ صباح الاثنين، قبل أن يتمكن رجال الشرطة "
    "من السيطرة عليه واعتقاله.",
    "أطلق رجل النار على حارس في مطار أورلي بباريس يوم الاثنين قبل أن تتمكن الشرطة من السيطرة على المهاجم.",
])
def test_control_over_a_person_is_no_place_taken(text: str) -> None:
    assert all(e.event_type != "Battles" or "territory" not in e.sub_event_type for e in news(text, PUB)), text


def test_control_over_a_town_with_arrests_after_it_stays_a_place_taken() -> None:
    text = "دخلت القوات العراقية بلدة القيارة يوم الاثنين وتمكنت من السيطرة عليها واعتقال عشرين من عناصر التنظيم."
    assert "Government regains territory" in [e.sub_event_type for e in news(text, PUB)]



def test_a_site_the_gazetteer_does_not_know_located_by_its_town_is_where_it_was() -> None:
    body = "قتل تسعة من الحشد الشعبي بهجوم شنه مسلحو تنظيم داعش على مواقعهم في منطقة الجلام شرقي سامراء فجر الاثنين."
    found = extract_events(Article(id="t", title="مقتل تسعة من الحشد الشعبي بهجوم لداعش شمال بغداد", body=body,
                                   published=PUB, language="ar"))
    assert len(found) == 1 and found[0].location is not None and found[0].location.latitude is not None
    assert found[0].location.latitude > 34.0, (place(found[0]), found[0].location.latitude)  # Samarra, not Baghdad


@pytest.mark.parametrize(("text", "dead"), [
    ("ارتكبت قوات النظام مجزرة في بلدة حمورية يوم الاثنين راح ضحيتها 30 مدنيا.", 30),
    ("قتل خمسة مدنيين في قصف مدفعي على بلدة حمورية يوم الاثنين أودى بحياة طفلين آخرين.", 5),
])
def test_the_dead_of_a_deed_named_before_are_its_toll(text: str, dead: int) -> None:
    assert [e.fatalities for e in news(text, PUB)] == [dead], text


def test_the_maker_of_a_massacre_after_committed_is_its_actor() -> None:
    text = "شيع الأهالي ضحايا المجزرة التي ارتكبتها قوات النظام في بلدة حمورية يوم الاثنين."
    assert [actor1(e) for e in news(text, PUB)] == ["Military Forces of Syria"]


def test_a_massacre_and_the_raid_that_tells_how_are_one_incident_of_that_kind() -> None:
    text = ("ارتكبت قوات النظام مجزرة في بلدة حمورية يوم الاثنين راح ضحيتها 30 مدنيا. وقال ناشطون إن طائرات "
            "النظام استهدفت السوق الرئيسية في بلدة حمورية يوم الاثنين بعدة صواريخ.")
    assert [(e.sub_event_type, actor2(e)) for e in news(text, PUB)] == [("Air/drone strike", "Civilians (Syria)")]


def test_a_deed_told_place_by_place_after_where_is_those_places_records() -> None:
    text = ("صعدت قوات النظام يوم الاثنين من قصفها على بلدات ريف إدلب الجنوبي، حيث ألقت المروحيات براميل متفجرة على "
            "بلدتي كفرنبل وحاس.")
    assert len(news(text, PUB)) == 2 and "Kafranbel" in [place(e) for e in news(text, PUB)], [place(e) for e in news(text, PUB)]


def test_two_deeds_in_a_list_of_places_stay_two() -> None:
    text = "قصفت قوات النظام بلدة كفرنبل يوم الاثنين، وألقت المروحيات براميل متفجرة على بلدة حاس."
    assert len(news(text, PUB)) == 2


@pytest.mark.parametrize(("text", "sub"), [
    ("فرقت قوات الأمن تجمعا غير مرخص في ساحة المدينة بالقاهرة يوم الاثنين.", "Protest with intervention"),
    ("رشق شبان غاضبون رجال الأمن بالحجارة في حي شبرا بالقاهرة يوم الاثنين.", "Violent demonstration"),
])
def test_a_gathering_dispersed_or_a_force_stoned_is_a_demonstration(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [sub], text


def test_a_bahraini_village_is_a_place() -> None:
    text = "فرقت قوات الأمن البحرينية تجمعا في قرية الدراز يوم الاثنين."
    assert [place(e) for e in news(text, PUB)] == ["Diraz"]


def test_suicide_bombers_an_air_strike_hit_do_not_make_it_a_suicide_bombing() -> None:
    text = "نفذت طائرات القوة الجوية العراقية ضربة على منزل في قضاء القائم يوجد فيه عشرون انتحاريا يوم الاثنين."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Air/drone strike"]
