"""Forms of news tuned in round 65: the armed opposition of a country other than Syria.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, headline_news, news, place

PUB = date(2017, 3, 9)  # a Thursday; the Wednesday before it is 2017-03-08


@pytest.mark.parametrize(("sentence", "rebels"), [
    ("قتل أربعة من مسلحي المعارضة في اشتباكات مع القوات الحكومية في مدينة بنغازي يوم الأربعاء.", "Opposition Rebels (Libya)"),
    ("هاجمت فصائل المعارضة المسلحة مواقع للقوات الحكومية قرب مدينة تعز يوم الأربعاء.", "Opposition Rebels (Yemen)"),
    ("اندلعت معارك بين قوات المعارضة والقوات الحكومية في مدينة جوبا يوم الأربعاء.", "Opposition Rebels (South Sudan)"),
    # guards: Syria's rebels in Syria, by words that name no country and by words that name it
    ("سيطرت فصائل المعارضة المسلحة على بلدة صوران في ريف حماة يوم الأربعاء بعد معارك مع قوات النظام.", "Opposition Rebels (Syria)"),
    ("اشتبكت فصائل المعارضة السورية مع قوات النظام في بلدة صوران يوم الأربعاء.", "Opposition Rebels (Syria)"),
])
def test_the_armed_opposition_is_the_country_of_the_fight(sentence: str, rebels: str) -> None:
    found = news(sentence, PUB)
    assert rebels in [a for e in found for a in (actor1(e), actor2(e))]


@pytest.mark.parametrize(("sentence", "force"), [
    ("قال السيسي إن القوات الجوية قصفت معسكرات للمسلحين في مدينة درنة يوم الأربعاء.", "Military Forces of Egypt"),
    ("وقال أردوغان إن الجيش قصف مواقع لوحدات حماية الشعب قرب مدينة عفرين يوم الأربعاء.", "Military Forces of Turkey"),
    ("وأكد بوتين أن الطائرات الحربية دمرت مستودعا للذخيرة قرب مدينة إدلب يوم الأربعاء.", "Military Forces of Russia"),
    # guard: a speaker of no state, the force of the place's country
    ("قال مسؤول محلي إن القوات الجوية قصفت معسكرات للمسلحين في مدينة درنة يوم الأربعاء.", "Military Forces of Libya"),
])
def test_a_force_named_by_no_nationality_in_a_leaders_words_is_his_states(sentence: str, force: str) -> None:
    assert [actor1(e) for e in news(sentence, PUB)] == [force]


@pytest.mark.parametrize("describer", ["في ما وصفته الشرطة بأنه", "فيما اعتبرته السلطات"])
def test_who_describes_the_attack_did_not_make_it(describer: str) -> None:
    found = news(f"قالت الشرطة النمساوية إن تسعة أشخاص قتلوا عندما اقتحمت حافلة ساحة مكتظة في مدينة فيينا يوم الأربعاء، "
                 f"{describer} \"هجوم إرهابي محتمل\".", PUB)
    assert [(e.event_type, actor1(e)) for e in found] == [("Violence against civilians", "Unidentified Armed Group (Austria)")]


def test_another_attack_later_in_the_sentence_names_no_maker_of_the_first() -> None:
    found = news("قتل ستة أشخاص عندما اقتحمت سيارة سوقا في مدينة ليون مساء الأربعاء، فيما قتلت الشرطة ثلاثة مهاجمين "
                 "في هجوم ثان بمدينة مرسيليا.", PUB)
    assert "Police Forces of France" not in [actor1(e) for e in found if e.event_type == "Violence against civilians"]


@pytest.mark.parametrize("believer", ["وتعتقد الشرطة", "وترجح الشرطة", "واعتقدت الشرطة"])
def test_who_believes_what_happened_did_not_do_it(believer: str) -> None:
    found = news(f"{believer} أن الرجل قتل بانفجار عبوة ناسفة في العاصمة باريس يوم الأربعاء.", PUB)
    assert [actor1(e) for e in found] == ["Unidentified Armed Group (France)"]


def test_a_suicide_attackers_deed_told_after_the_bombing_is_its_means() -> None:
    found = news("قتل 40 شخصا في انفجار ضخم هز حيا تجاريا في مدينة جلال آباد صباح الأربعاء. وفجر انتحاري سيارة "
                 "محملة بالمتفجرات قرب سوق مزدحمة وسط ساعة الذروة.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Suicide bomb", 40)]


@pytest.mark.parametrize("embassies", ["بسفارتي إيطاليا والهند", "بسفارة إيطاليا", "بقنصليتي إيطاليا والهند"])
def test_an_embassy_named_after_its_country_places_nothing_there(embassies: str) -> None:
    found = news(f"انفجرت سيارة مفخخة في وسط مدينة جلال آباد يوم الأربعاء، وألحق الانفجار أضرارا {embassies}.", PUB)
    assert [e.location.country for e in found if e.location] == ["Afghanistan"]


@pytest.mark.parametrize("accused", ["اتهمت الحكومة حزب العمال الكردستاني بالوقوف وراءه",
                                     "اتهمت السلطات التركية حزب العمال الكردستاني بتنفيذه"])
def test_the_parties_after_a_verb_of_accusing_are_not_what_the_cue_before_it_struck(accused: str) -> None:
    found = news(f"نفذ مسلحون هجوما {accused} في مدينة ملاطية يوم الأربعاء.", PUB)
    assert [actor2(e) for e in found] == [None]


def test_an_unknown_town_in_its_governorate_is_the_place_of_both_reports() -> None:
    found = news("قتل 12 شخصا في تفجير انتحاري استهدف مسجدا في بلدة أم الحمام بمحافظة القطيف يوم الأربعاء. وقال المتحدث "
                 "الأمني إنه أثناء صلاة الظهر في مسجد ببلدة أم الحمام بمحافظة القطيف يوم الأربعاء، أقدم أحد الأشخاص "
                 "على تفجير حزام ناسف.", PUB)
    assert [(e.sub_event_type, place(e)) for e in found] == [("Suicide bomb", "بلدة أم الحمام")]


@pytest.mark.parametrize("reminds", ["ويعيد التفجير إلى الأذهان", "وأعاد التفجير للأذهان"])
def test_the_place_of_a_deed_recalled_after_a_word_of_reminding_is_not_the_news(reminds: str) -> None:
    found = news(f"قتل 12 شخصا في تفجير انتحاري استهدف مسجدا في مدينة سيهات يوم الأربعاء. {reminds} الهجوم الذي "
                 "استهدف حسينية في قرية الدالوة.", PUB)
    assert "Al-Dalwa" not in [place(e) for e in found]


def test_a_place_opening_a_speakers_sentence_is_where_it_was_said() -> None:
    found = news("قتل 14 مدنيا في غارات جوية روسية على بلدة كفرنبل يوم الأربعاء. وفي موسكو، قال المتحدث العسكري "
                 "إن الطائرات استهدفت مواقع للمسلحين.", PUB)
    assert "Moscow" not in [place(e) for e in found]


def test_a_place_opening_a_sentence_of_reported_words_does_not_place_them() -> None:
    found = headline_news("طائرات روسية تبدأ غاراتها في سوريا",
                          "بدأت روسيا أمس الأربعاء شن غارات جوية في سوريا. وقالت وزارة الدفاع الروسية إن طائراتها نفذت "
                          "عشرين طلعة جوية استهدفت ثمانية مواقع لتنظيم داعش. غير أن ناشطين قالوا إن الغارات طالت بلدة "
                          "كفرنبل. وفي واشنطن، قال وزير الدفاع الأمريكي إن الضربات الروسية استهدفت على ما يبدو مناطق "
                          "لا يوجد فيها مقاتلو التنظيم.", PUB)
    assert [place(e) for e in found] == ["Kafranbel"]


@pytest.mark.parametrize(("sentence", "kind"), [
    ("فجر مسلحو التنظيم ضريحا أثريا في بلدة تلعفر يوم الأربعاء.", "Looting/property destruction"),
    ("قال الجيش إن المسلحين فجروا الجامع الكبير في بلدة تلعفر مساء الأربعاء.", "Looting/property destruction"),
    ("فجر التنظيم كنيسة قديمة في بلدة قرقوش يوم الأربعاء.", "Looting/property destruction"),
    # guard: a bomber among worshippers is the attack
    ("فجر انتحاري نفسه داخل مسجد في بلدة تلعفر يوم الأربعاء ما أدى إلى مقتل 12 مصليا.", "Suicide bomb"),
])
def test_a_shrine_blown_up_is_destroyed_property(sentence: str, kind: str) -> None:
    assert [e.sub_event_type for e in news(sentence, PUB)] == [kind]


@pytest.mark.parametrize("men", ["ثلاثة من عناصر الجهاز", "ثلاثة من أفراد الجهاز"])
def test_the_men_of_the_service_named_before_are_its_forces(men: str) -> None:
    found = news("تقدمت قوات جهاز مكافحة الإرهاب في أحياء مدينة الموصل القديمة. وقال ضابط إن "
                 f"{men} قتلوا برصاص قناص في حي الميدان يوم الأربعاء.", PUB)
    assert [(e.event_type, actor2(e)) for e in found] == [("Battles", "Military Forces of Iraq")]


def test_the_fire_at_the_guards_on_the_way_in_is_the_attack_on_the_people_inside() -> None:
    found = news("قتل مسلح 20 شخصا في هجوم تبناه تنظيم داعش على مطعم في مدينة الإسكندرية مساء الأربعاء. وكان مسلح "
                 "قد وصل إلى المطعم نحو الساعة العاشرة من مساء الأربعاء، فأطلق النار على شرطي عند المدخل، ثم فتح "
                 "النار على رواد المطعم.", PUB)
    assert [(e.event_type, e.fatalities) for e in found] == [("Violence against civilians", 20)]


def test_the_arrest_a_protest_demands_the_end_of_is_news_of_its_own() -> None:
    found = news("اعتقلت السلطات الناشط سمير الأحمد في مدينة الحسيمة صباح الأربعاء. وخرج مئات المحتجين إلى شوارع "
                 "الحسيمة مساء الأربعاء للمطالبة بالإفراج عنه، وفرقتهم قوات الأمن بالهراوات.", PUB)
    assert sorted(e.sub_event_type for e in found) == ["Arrests", "Protest with intervention"]


def test_the_stones_of_another_towns_protest_make_no_riot_here() -> None:
    found = news("خرج مئات المحتجين إلى شوارع الحسيمة مساء الأربعاء، وفرقتهم قوات الأمن بالهراوات. وفي بلدة إمزورن "
                 "القريبة، رشق محتجون قوات الأمن بالحجارة مساء الأربعاء.", PUB)
    assert sorted(e.sub_event_type for e in found) == ["Protest with intervention", "Violent demonstration"]


def test_a_ports_pier_is_no_jordanian_town() -> None:
    found = news("قصفت مقاتلات التحالف ميناء الحديدة يوم الأربعاء، وقالت وكالة محلية إن الغارات أخرجت رصيفه الرئيسي "
                 "عن الخدمة.", PUB)
    assert "Jordan" not in [e.location.country for e in found if e.location]


def test_the_control_a_recalled_regaining_took_is_recalled_too() -> None:
    found = news("قصفت مقاتلات التحالف مواقع للحوثيين في مدينة تعز يوم الأربعاء، وذلك بعد نحو شهر من استعادة القوات "
                 "الحكومية والمقاومة الشعبية السيطرة على مدينة عدن.", PUB)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


@pytest.mark.parametrize("fire", ["لإطلاق نار كثيف وعدد من المقذوفات", "لإطلاق نار كثيف وعدد من القذائف"])
def test_shots_and_projectiles_suffered_together_are_one_shelling(fire: str) -> None:
    found = news(f"تعرض مركز حدودي في منطقة نجران مساء الأربعاء {fire} مصدرها الأراضي اليمنية، ما نتج عنه مقتل أحد "
                 "أفراد حرس الحدود.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Shelling/artillery/missile attack",
                                                                "Ansar Allah (Houthi Movement)")]


@pytest.mark.parametrize("other", ["بعضها بعضا", "بعضهم البعض"])
def test_fighting_one_another_is_no_incident(other: str) -> None:
    found = news(f"وأكد المتحدث أن القوات الأمريكية في منبج تضمن أن تبقى الفصائل مركزة على قتال التنظيم بدلا من قتال {other}.",
                 PUB)
    assert found == []


@pytest.mark.parametrize("tie", ["المكلف من الحكومة السورية بملف المصالحة", "المقرب من حزب الله"])
def test_a_party_a_killed_person_is_tied_to_did_not_kill_him(tie: str) -> None:
    found = news(f"قتل العميد المتقاعد سامر الخطيب، {tie} في المنطقة، برصاص قناص في بلدة عين الفيجة يوم الأربعاء.", PUB)
    assert [actor1(e) for e in found] == ["Unidentified Armed Group (Syria)"]


@pytest.mark.parametrize(("sentence", "n"), [
    ("ينص الاتفاق على خروج الآلاف من شرق حلب يوم الأربعاء بالتزامن مع إجلاء الجرحى.", 0),
    # guard: the thousands of a party who go out are protesters
    ("خرج الآلاف من أنصار الحزب في مسيرة في مدينة الحسيمة يوم الأربعاء.", 1),
])
def test_a_crowd_going_out_of_a_place_is_a_departure(sentence: str, n: int) -> None:
    assert len(news(sentence, PUB)) == n


def test_what_a_strike_answered_lends_no_day_kind_or_place_to_the_sentence_after() -> None:
    found = news("قصفت البحرية الأمريكية فجر الجمعة قاعدة الشعيرات الجوية في محافظة حمص، ردا على الهجوم الكيميائي على "
                 "بلدة اللطامنة الذي قتل فيه العشرات يوم الثلاثاء الماضي. وقالت وزارة الدفاع الأمريكية إن مدمرتين "
                 "أطلقتا 59 صاروخا نحو الساعة الرابعة فجرا، استهدفت طائرات وحظائر محصنة ومخازن وقود وأنظمة دفاع جوي "
                 "في القاعدة.", date(2017, 3, 10))
    assert [(e.sub_event_type, str(e.event_date), place(e)) for e in found] == \
        [("Shelling/artillery/missile attack", "2017-03-10", "Shayrat air base")]


@pytest.mark.parametrize("teller", ["وقال الضابط في الشرطة الصومالية، محمد حسين، إن", "وقال متحدث باسم الشرطة إن"])
def test_the_man_of_a_force_who_tells_of_a_bombing_did_not_set_it_off(teller: str) -> None:
    found = news(f"قتل عشرة أشخاص في هجوم على فندق في مدينة مقديشو صباح الأربعاء. {teller} انتحاريا فجر سيارة "
                 "مفخخة عند بوابة الفندق.", PUB)
    assert "Disrupted weapons use" not in [e.sub_event_type for e in found]


def test_the_lead_tells_in_full_the_attack_its_headline_names() -> None:
    found = headline_news("ارتفاع حصيلة قتلى الهجوم على فندق الصحافة في مقديشو",
                          "ارتفع عدد قتلى الهجوم الذي شنته حركة الشباب على فندق الصحافة، القريب من القصر الرئاسي "
                          "في العاصمة مقديشو، صباح الأربعاء، إلى 20 قتيلا.", PUB)
    assert [(e.event_type, e.fatalities) for e in found] == [("Violence against civilians", 20)]


def test_the_fire_of_the_police_at_the_attackers_makes_no_attack_theirs() -> None:
    found = news("قتل 30 شخصا في هجوم على مطار مدينة أضنة مساء الأربعاء. وقال مسؤولون إن مسلحين فتحوا النار عند مدخل "
                 "الصالة، ثم فجروا أحزمة ناسفة كانوا يرتدونها بعدما بادلتهم الشرطة إطلاق النار.", PUB)
    assert "Police Forces of Turkey" not in [actor1(e) for e in found]


def test_a_deed_joined_to_a_second_relative_clause_tells_of_its_incident() -> None:
    found = news("استؤنفت المحاكمة بعد أشهر من التفجير الانتحاري الذي استهدف مسجدا في منطقة الصوابر بالكويت في "
                 "الثالث من يوليو الماضي، والذي تبناه تنظيم داعش وأودى بحياة 20 مصليا.", PUB)
    assert found == []
    recalled = events("استؤنفت المحاكمة بعد أشهر من التفجير الانتحاري الذي استهدف مسجدا في منطقة الصوابر بالكويت في "
                      "الثالث من يوليو الماضي، والذي تبناه تنظيم داعش وأودى بحياة 20 مصليا.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in recalled] == [("Suicide bomb", 20)]


def test_militants_who_blew_themselves_up_made_a_suicide_bombing_not_a_controlled_one() -> None:
    found = news("وقال محافظ كركوك، نجم الدين كريم، إن قوات الأمن قتلت يوم الأربعاء سبعة مسلحين في مدينة كركوك، فجر "
                 "اثنان منهم نفسيهما عندما حوصرا.", PUB)
    assert "Disrupted weapons use" not in [e.sub_event_type for e in found]
    assert "Italy" not in [e.location.country for e in found if e.location]
