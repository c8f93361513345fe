"""Forms of news from the wider world (round 53): who set off a bomb after the wounded and
"when"; the day of a deed told right after another; hotels, restaurants and cafés stormed; the
errand a clause before the cue tells; the nth day of a campaign; a pronoun of those struck; an
outlet's nationality; men of a force shot at leisure. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2017, 3, 8)  # a Wednesday


@pytest.mark.parametrize("text", [
    "قال الجيش إن جنديا قتل وجرح اثنان آخران عندما فجر مسلحون من حزب العمال الكردستاني لغما في ولاية شرناق الأحد.",
    "أصيب أربعة جنود حين فجر مسلحون من حزب العمال الكردستاني عبوة ناسفة قرب ثكنة في ولاية شرناق الأحد.",
])
def test_who_set_off_the_bomb_after_the_wounded_and_when_is_the_doer(text: str) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Kurdistan Workers' Party", "Military Forces of Turkey")], text


@pytest.mark.parametrize("text", [
    "أصيب أربعة جنود من الجيش التركي بجروح في انفجار عبوة ناسفة في ولاية شرناق الأحد.",
])
def test_the_wounded_of_the_bomb_stay_its_victims(text: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == ["Military Forces of Turkey"], text


@pytest.mark.parametrize(("text", "day"), [
    ("قال مسؤولون إن مسلحين من حركة الشباب اقتحموا مطعما في مدينة كسمايو عقب تفجير سيارة مفخخة أمامه مساء الأحد.",
     date(2017, 3, 5)),
    ("اقتحم مسلحون مبنى البلدية في مدينة بيدوا بعد تفجير عبوة عند مدخله صباح الاثنين.", date(2017, 3, 6)),
])
def test_a_deed_told_right_after_another_is_on_that_one_s_day(text: str, day: date) -> None:
    assert [e.event_date for e in news(text, PUB)] == [day], text


def test_a_deed_in_retaliation_for_one_of_an_earlier_day_is_not_on_that_day() -> None:
    text = "قصفت المدفعية مواقع المسلحين في مدينة بيدوا ردا على هجوم شنوه على ثكنة عسكرية يوم الأحد."
    assert date(2017, 3, 5) not in [e.event_date for e in news(text, PUB)]


@pytest.mark.parametrize("text", [
    "اقتحم مسلحون مطعما في مدينة سوسة يوم الجمعة.",
    "اقتحم مسلحون فندقا في مدينة سوسة يوم الجمعة.",
    "هاجم مسلحون مقهى في مدينة سوسة يوم الجمعة.",
])
def test_a_hotel_restaurant_or_cafe_stormed_is_an_attack_on_civilians(text: str) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, actor2(e)) for e in found] == [("Attack", "Civilians (Tunisia)")], text


def test_armed_men_named_as_villagers_stay_no_civilians() -> None:
    text = "هاجم مسلحون قرويون موالون للحكومة مواقع حركة الشباب في إقليم باي يوم الجمعة."
    assert "Civilians (Somalia)" not in [actor2(e) for e in news(text, PUB)]


def test_a_cafe_near_which_someone_sat_is_no_victim() -> None:
    text = "كان الشرطي جالسا أمام مقهى في بلدة تشينار حين أطلق مسلحون النار عليه يوم الأحد."
    assert [actor2(e) for e in news(text, PUB)] != ["Civilians (Turkey)"]


def test_a_fight_in_a_hotel_is_placed_there_not_fought_against_it() -> None:
    text = "اشتبكت الشرطة مع مسلحين تحصنوا في فندق بمدينة سوسة يوم الجمعة."
    found = news(text, PUB)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in found] == [
        ("Armed clash", "Police Forces of Tunisia", "Unidentified Armed Group (Tunisia)")]


@pytest.mark.parametrize("text", [
    "قال المتحدث الأمني إنه أثناء قيام دورية للشرطة بمهمة للقبض على مطلوبين في بلدة العوامية مساء الأحد، بادر مسلحون"
    " بإطلاق النار عليها.",
    "وخلال قيام رجال الأمن بمهمة لضبط أحد المطلوبين في بلدة العوامية ليل الأحد، أطلق مسلحون النار باتجاههم.",
])
def test_the_errand_of_an_arrest_told_before_the_cue_lends_its_place(text: str) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, place(e)) for e in found] == [("Armed clash", "Al-Awamiyah")], text


@pytest.mark.parametrize("text", [
    "قصفت مدفعية الجيش مواقع المسلحين في مدينة ماراوي الخميس، في اليوم العاشر من القتال.",
    "قصفت مدفعية الجيش مواقع المسلحين في مدينة ماراوي الخميس مع حلول الأسبوع الثالث من المعارك.",
])
def test_the_nth_day_of_a_campaign_is_no_incident_of_its_own(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Shelling/artillery/missile attack"], text


def test_a_deed_told_as_a_campaign_enters_its_week_stays_an_incident() -> None:
    text = "مع دخول الأسبوع الثالث من المعارك، قتل أربعة جنود في هجوم على حاجز للجيش في مدينة ماراوي."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "وخلال قيام رجال الأمن بمهمة في حي المسورة ببلدة العوامية ليل الأحد، أطلق مسلحون النار باتجاههم.",
    "كان الشرطي ينظم حركة السير في بلدة العوامية ليل الأحد حين أطلق مسلحون النار عليه.",
])
def test_a_pronoun_of_those_struck_names_the_party_of_the_clause_before(text: str) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [
        ("Unidentified Armed Group (Saudi Arabia)", "Police Forces of Saudi Arabia")], text


def test_a_place_taken_told_by_a_pronoun_is_no_party() -> None:
    text = "وتقع البلدة التي سيطرت عليها وحدات حماية الشعب يوم الأحد قرب مدينة تل أبيض، وكانت قوات النظام قد انسحبت منها."
    assert all(actor2(e) != "Military Forces of Syria" for e in news(text, PUB) if e.sub_event_type.endswith("territory"))


def test_an_outlet_s_nationality_names_no_force() -> None:
    text = "ونقلت وكالة الصحافة الفرنسية عن شهود أن الشرطي كان جالسا أمام مقهى في بلدة تشينار يوم الأحد حين أطلق مسلحون النار عليه."
    assert [actor2(e) for e in news(text, PUB)] == ["Police Forces of Turkey"]


@pytest.mark.parametrize("text", [
    "كان الشرطي جالسا أمام مقهى في بلدة تشينار يوم الأحد حين أطلق مسلحون النار عليه.",
    "أطلق مسلحون النار على جنديين كانا جالسين في مطعم بمدينة ديار بكر يوم الأحد.",
])
def test_men_of_a_force_shot_at_leisure_are_attacked_off_duty(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Attack"], text


def test_a_mosque_s_imam_is_no_word_of_nearness() -> None:
    text = "خطف مسلحون مجهولون إمام مسجد في مدينة الفلوجة يوم الأحد."
    assert [actor2(e) for e in news(text, PUB)] == ["Civilians (Iraq)"]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون من بوكو حرام قرية في ولاية بورنو يوم الأحد فقتلوا سبعة قرويين وأحرقوا عشرات المنازل.",
    "قتل مسلحون من بوكو حرام سبعة قرويين في مدينة مايدوغوري يوم الأحد. وقال شهود إن المسلحين أحرقوا المنازل قبل أن"
    " يغادروا.",
])
def test_homes_burnt_in_an_attack_are_that_attack(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Attack"], text


def test_homes_burnt_in_another_town_stay_an_event_of_their_own() -> None:
    text = "قتل مسلحون من بوكو حرام سبعة قرويين في مدينة مايدوغوري يوم الأحد، وأحرق مسلحون منازل في مدينة يولا يوم الاثنين."
    assert "Looting/property destruction" in [e.sub_event_type for e in news(text, PUB)]


def test_kenya_s_border_county_is_placed() -> None:
    text = "قتل ثلاثة من رجال الشرطة الكينية في انفجار عبوة ناسفة في مقاطعة مانديرا يوم الأحد."
    assert [place(e) for e in news(text, PUB)] == ["Mandera"]


@pytest.mark.parametrize("text", [
    "أعلن المتحدث العسكري مقتل 12 عنصرا من تنظيم الدولة خلال مداهمات نفذتها القوات في مدينة الشيخ زويد يوم الأحد.",
    "أعلن الجيش مقتل ثمانية عناصر من تنظيم الدولة أثناء عمليات دهم في مدينة رفح المصرية يوم الأحد.",
])
def test_a_raid_that_killed_an_armed_party_s_men_is_a_clash(text: str) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, actor2(e)) for e in found] == [("Armed clash", "Islamic State")], text


def test_a_raid_that_arrested_stays_arrests() -> None:
    text = "اعتقلت الشرطة خمسة مطلوبين خلال مداهمات في مدينة العريش يوم الأحد."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Arrests"]


def test_the_law_enforcement_forces_of_an_army_statement_are_its_forces() -> None:
    text = "قتلت قوات إنفاذ القانون سبعة مسلحين في اشتباكات جنوب مدينة الشيخ زويد يوم الأحد."
    assert [actor1(e) for e in news(text, PUB)] == ["Military Forces of Egypt"]


@pytest.mark.parametrize("text", [
    "دمرت مقاتلات التحالف، يوم الأحد، منصات لإطلاق الصواريخ تابعة للحوثيين في محافظة صعدة.",
    "قصفت طائرات التحالف مخازن أسلحة تابعة لميليشيا الحوثي في محافظة صعدة يوم الأحد.",
])
def test_the_owner_of_gear_struck_is_acted_on(text: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == ["Ansar Allah (Houthi Movement)"], text


def test_tanks_of_a_party_that_shell_are_its_own() -> None:
    text = "قصفت دبابات تابعة للنظام أحياء في مدينة درعا يوم الأحد."
    assert [actor1(e) for e in news(text, PUB)] == ["Military Forces of Syria"]


def test_a_state_s_forces_named_by_its_nationality_break_up_a_protest() -> None:
    text = "أطلقت قوات الأمن البحرينية الغاز المسيل للدموع على متظاهرين في العاصمة المنامة يوم الأحد."
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [("Protesters (Bahrain)", "Police Forces of Bahrain")]


@pytest.mark.parametrize("text", [
    "انفجار في أسعار الإيجارات بالعاصمة الرياض خلال الصيف الحالي.",
    "شهدت أسعار الشقق في مدينة جدة يوم الأحد انفجارا غير مسبوق.",
    "وقع انفجار سكاني في مدينة جدة خلال الأعوام الماضية.",
])
def test_an_explosion_of_prices_or_people_is_a_figure(text: str) -> None:
    assert news(text, PUB) == [], text


def test_a_town_that_saw_an_explosion_still_had_one() -> None:
    text = "شهدت مدينة الحلة انفجارا عنيفا في سوق شعبي يوم الأحد أسفر عن مقتل خمسة أشخاص."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Remote explosive/landmine/IED"]


def test_a_noun_cue_s_own_relative_clause_holds_its_day() -> None:
    text = "ندد البرلمان خلال جلسته أمس بالتفجير الذي استهدف كنيسة في مدينة طنطا يوم الأحد وأوقع عشرات القتلى."
    assert [e.event_date for e in news(text, PUB)] == [date(2017, 3, 5)]


@pytest.mark.parametrize(("text", "taker"), [
    ("قال الجيش العراقي إنه دخل حي الزنجيلي وسيطر على جامع النوري في الموصل يوم الأحد.", "Military Forces of Iraq"),
    ("قالت قوات سوريا الديمقراطية إنها دخلت مدينة الطبقة من الغرب يوم الأحد، وسيطرت على حي الوحدة فيها.",
     "Syrian Democratic Forces"),
])
def test_a_verb_joined_to_the_speaker_s_own_is_the_speaker_s_act(text: str, taker: str) -> None:
    assert [actor1(e) for e in news(text, PUB) if e.sub_event_type.endswith("territory")] == [taker], text


def test_a_verb_joined_after_another_party_is_not_the_speaker_s() -> None:
    text = "قال الجيش العراقي إن مسلحي تنظيم الدولة دخلوا حي الزنجيلي وسيطروا على جامع النوري في الموصل يوم الأحد."
    assert "Military Forces of Iraq" not in [actor1(e) for e in news(text, PUB)]


def test_the_country_an_envoy_serves_in_is_no_party() -> None:
    text = "قتل السفير الروسي لدى تركيا، وهو دبلوماسي مخضرم، برصاص مسلح في العاصمة أنقرة يوم الأحد."
    assert [(e.sub_event_type, actor2(e)) for e in news(text, PUB)] == [("Attack", None)]


@pytest.mark.parametrize("text", [
    "أكد المتحدث باسم التحالف خلال الإيجاز الصحفي اليومي أن طيران التحالف نفذ غارة على تجمعات في محافظة صعدة يوم الأحد.",
    "قال وزير الدفاع في مؤتمر صحفي أن طائرات الجيش نفذت غارة على قرية في محافظة صعدة يوم الأحد.",
])
def test_a_press_briefing_names_no_journalist(text: str) -> None:
    found = news(text, PUB)
    assert found and all(actor2(e) is None for e in found), text


def test_a_journalist_shot_stays_a_civilian() -> None:
    text = "قتل مسلحون مجهولون صحفيا في مدينة عدن يوم الأحد."
    assert [actor2(e) for e in news(text, PUB)] == ["Civilians (Yemen)"]


@pytest.mark.parametrize(("text", "precision"), [
    ("قصفت طائرات التحالف مواقع الحوثيين في محافظة تعز يوم الأحد.", 3),
    ("قصفت طائرات التحالف مواقع الحوثيين في مدينة تعز يوم الأحد.", 1),
    ("قصفت طائرات التحالف مواقع الحوثيين في تعز يوم الأحد.", 1),
    ("قصفت طائرات التحالف مواقع الحوثيين في محافظتي إب وذمار يوم الأحد.", 3),
])
def test_yemen_s_governorates_and_their_cities(text: str, precision: int) -> None:
    found = news(text, PUB)
    assert found and all(e.location and e.location.geo_precision == precision for e in found), text


@pytest.mark.parametrize(("text", "army"), [
    ("قصف جيش ميانمار قرى للروهينجا في ولاية راخين يوم الأحد.", "Military Forces of Myanmar"),
    ("أحرق الجنود البورميون منازل في ولاية راخين يوم الأحد.", "Military Forces of Myanmar"),
    ("قتلت قوات نيجيريا عشرة مسلحين في ولاية بورنو يوم الأحد.", "Military Forces of Nigeria"),
])
def test_an_army_in_construct_with_its_country_s_name_is_that_state_s(text: str, army: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == [army], text


def test_armed_men_counted_of_a_group_are_the_group_s() -> None:
    text = "قتل الجيش النيجيري عشرة مسلحين من بوكو حرام في ولاية بورنو يوم الأحد."
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [("Military Forces of Nigeria", "Boko Haram")]


def test_the_subject_right_before_a_verb_that_kills_a_count_killed() -> None:
    text = "قال متحدث عسكري إن قوات الأمن الباكستانية قتلت 12 مسلحا في مدينة مردان يوم الأحد."
    assert [(e.sub_event_type, actor1(e)) for e in news(text, PUB)] == [("Armed clash", "Military Forces of Pakistan")]


@pytest.mark.parametrize("text", [
    "تعرضت دورية أمنية لإطلاق نار من قبل مجهولين أثناء قيامها بمهامها في بلدة العوامية مساء الأحد، ما أدى إلى إصابة أحد"
    " رجال الأمن.",
    "تعرضت نقطة تفتيش لإطلاق نار من مسلحين في بلدة العوامية مساء الأحد، وأصيب أحد رجال الأمن بجروح.",
])
def test_a_patrol_or_a_post_that_suffered_the_fire_was_fought(text: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Armed clash"], text


@pytest.mark.parametrize("text", [
    "اختطف مسلحون مجهولون مهندسا تركيا يعمل في شركة إنشاءات في مدينة بنغازي يوم الأحد.",
    "اغتال مسلحون طبيبا أمام عيادته في مدينة البصرة يوم الأحد.",
    "أعدم تنظيم الدولة محاميا بتهمة التعامل مع قوات النظام في مدينة الرقة يوم الأحد.",
])
def test_people_named_by_their_work_are_civilians(text: str) -> None:
    assert [(actor2(e) or "").split(" (")[0] for e in news(text, PUB)] == ["Civilians"], text


@pytest.mark.parametrize("text", [
    "قتل مسلحون مدنيين في قرية قرب مدينة مايدوغوري يوم الجمعة.",
    "اغتال مسلحون طبيبا أمام عيادته في مدينة البصرة يوم الأحد.",
])
def test_civilians_in_another_case_than_the_armed_men_are_their_object(text: str) -> None:
    assert [(actor2(e) or "").split(" (")[0] for e in news(text, PUB)] == ["Civilians"], text


@pytest.mark.parametrize("text", [
    "مقتل 22 من داعش في عملية أمنية شرق الرمادي\nقتلت القوات الأمنية 22 عنصرا من تنظيم داعش في عملية في منطقة البو"
    " فراج شمال الرمادي يوم الأحد.",
    "مقتل 22 من داعش في عملية أمنية شمال الرمادي\nقال مصدر أمني إن عملية للقوات الأمنية في منطقة البو فراج أسفرت عن"
    " مقتل 22 عنصرا من تنظيم داعش يوم الأحد.",
])
def test_one_toll_told_twice_a_few_km_apart_is_one_incident(text: str) -> None:
    assert len(news(text, PUB)) == 1, text


def test_two_tolls_in_two_villages_stay_two_incidents() -> None:
    text = ("قتلت قوات الجيش 15 مسلحا من تنظيم داعش في منطقة البو فراج يوم الأحد. وفي منطقة الحميدية، قتل 8 مسلحين من"
            " التنظيم في اشتباكات مع الجيش يوم الأحد.")
    assert len(news(text, PUB)) == 2


@pytest.mark.parametrize("text", [
    "اغتيال قيادي في الجيش الحر في طفس\nاغتال مجهولون قياديا في الجيش السوري الحر بتفجير عبوة ناسفة زرعت في سيارته في"
    " بلدة طفس بريف درعا الغربي مساء الأحد.",
    "اغتال مجهولون قياديا في الجيش الحر في بلدة طفس بريف درعا مساء الأحد. وقال ناشطون إن عبوة ناسفة زرعت في سيارته"
    " انفجرت في بلدة طفس، ما أدى إلى مقتله.",
])
def test_an_assassination_and_the_bomb_that_did_it_are_one_incident(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Remote explosive/landmine/IED"], text


def test_an_assassination_and_a_bombing_elsewhere_stay_two() -> None:
    text = ("اغتال مجهولون قياديا في الجيش الحر في بلدة طفس بريف درعا مساء الأحد. وفي مدينة إدلب، انفجرت عبوة ناسفة"
            " قرب سوق شعبي مساء الأحد.")
    assert len(news(text, PUB)) == 2


def test_a_review_of_the_day_s_papers_reports_no_incident() -> None:
    text = ("اهتمت أكثر من صحيفة من صحف الخميس البريطانية بالهجوم الذي استهدف مسجدا في لندن يوم الأحد. وتقول الصحيفة إن"
            " مسلحا أطلق النار على المصلين في حي فينسبري بارك، ما أدى إلى إصابة ثلاثة أشخاص.")
    assert news(text, PUB) == []


def test_a_definite_noun_that_goes_on_with_the_incident_before_is_where_it_is() -> None:
    body = ("اشتبكت قوات النظام مع فصائل المعارضة في مدينة الزبداني يوم الأحد.\n\n"
            "وأدت المعارك المتواصلة إلى مقتل أكثر من 80 مقاتلا من الجانبين، وفق آخر أرقام المرصد أمس.")
    found = extract_events(Article(id="t", title="تقدم للنظام في مدينة دوما", body=body, published=PUB, language="ar"))
    assert {place(e) for e in found if not e.background} == {"Az Zabadānī"}


@pytest.mark.parametrize(("text", "where", "doer"), [
    ("قصفت طائرات حفتر مواقع للمسلحين في مدينة البيضاء شرقي ليبيا يوم الأحد.", "Al Bayda (Libya)", "Libyan National Army"),
    ("قصف الحوثيون مواقع للجيش في مدينة البيضاء وسط اليمن يوم الأحد.", "Al Bayda (Yemen)", "Ansar Allah (Houthi Movement)"),
])
def test_the_two_towns_called_al_bayda_are_told_apart_by_their_country(text: str, where: str, doer: str) -> None:
    assert [(place(e), actor1(e)) for e in news(text, PUB)] == [(where, doer)], text


def test_the_government_s_forces_named_so_are_the_state_s() -> None:
    text = "اشتبكت قوات الحكومة مع مسلحين في مدينة بن قردان التونسية يوم الأحد."
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [
        ("Military Forces of Tunisia", "Unidentified Armed Group (Tunisia)")]


@pytest.mark.parametrize(("text", "group"), [
    ("قصفت طائرات الجيش الفلبيني مواقع المسلحين الموالين لتنظيم الدولة الإسلامية في مدينة ماراوي يوم الأحد.",
     "Islamic State"),
    ("اشتبك الجيش الصومالي مع مسلحين موالين لتنظيم القاعدة في إقليم باي يوم الأحد.", "Al Qaeda"),
])
def test_armed_men_sworn_to_a_jihadist_group_are_its_men(text: str, group: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [group], text


def test_gunmen_loyal_to_a_government_stay_a_group_of_their_own() -> None:
    text = "هاجم مسلحون موالون للحكومة مقرا لحزب معارض في مدينة طرابلس يوم الأحد."
    assert [actor1(e) for e in news(text, PUB)] == ["Unidentified Armed Group (Libya)"]


@pytest.mark.parametrize(("text", "where"), [
    ("أطلقت فصائل فلسطينية صاروخين من قطاع غزة باتجاه جنوب إسرائيل مساء الأحد، دون وقوع إصابات.", "Israel"),
    ("سقط صاروخ أطلق من قطاع غزة على مدينة سديروت يوم الأحد.", "Sderot"),
])
def test_rockets_fired_out_of_gaza_fall_across_its_border(text: str, where: str) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, place(e), actor1(e)) for e in found] == [
        ("Shelling/artillery/missile attack", where, "Unidentified Armed Group (Palestine)")], text


def test_a_launch_of_a_named_model_is_no_shelling() -> None:
    assert news("أطلقت كوريا الشمالية صاروخين من طراز سكود سقطا في بحر اليابان يوم الأحد.", PUB) == []


@pytest.mark.parametrize("text", [
    "أشاد الرئيس اليمني يوم الأحد بتضحيات قوات التحالف في تحرير مدينة عدن.",
    "قال المحلل إن حزب الله قام بدور بارز في القتال إلى جانب قوات النظام في مدينة الزبداني.",
])
def test_the_merit_of_a_party_in_a_campaign_is_no_incident(text: str) -> None:
    assert news(text, PUB) == [], text


def test_an_incident_beside_a_word_of_praise_stays_an_incident() -> None:
    text = "قتل خمسة جنود في هجوم على حاجز في مدينة العريش يوم الأحد، وأشاد الرئيس بدور الجيش في الدفاع عن البلاد."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"]
