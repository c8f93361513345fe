"""Forms of news tuned in round 56: the fire that answers an incident and the incident it
answers; the weapon between a cue of fire and its agent; a group named by a phrase of naming; the
attackers as the object of the force's fire; the party a retaking takes a place from; what goes
on for a long span; the places of Bahrain's Sitra and of the Palestinian territories. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, headline_news, news, place

PUB = date(2017, 6, 5)  # a Monday


@pytest.mark.parametrize("text, first", [
    ("قتل مزارع أمس في مديرية حيس بقذائف مدفعية الحوثيين.", "Ansar Allah (Houthi Movement)"),
    ("أصيب جندي من حرس الحدود أمس في جازان بنيران قناص حوثي.", "Ansar Allah (Houthi Movement)"),
    ("قتل طفل أمس في مدينة تعز برصاص قناصة الحوثيين.", "Ansar Allah (Houthi Movement)"),
])
def test_the_weapon_between_a_cue_of_fire_and_its_agent(text: str, first: str) -> None:
    found = news(text, PUB)
    assert [actor1(e) for e in found] == [first], text


@pytest.mark.parametrize("text, first", [
    ("قتل مدني أمس في مدينة حلب برصاص قناص تابع لقوات النظام.", "Military Forces of Syria"),  # as before
    ("قتل جندي أمس في مدينة درعا برصاص قناص.", "Unidentified Armed Group (Syria)"),  # nobody named
])
def test_the_fire_of_a_weapon_with_no_agent_after_it_stays(text: str, first: str) -> None:
    found = news(text, PUB)
    assert [actor1(e) for e in found] == [first], text


@pytest.mark.parametrize("text", [
    'وتبنت حركة تسمى "حسم" الهجوم الذي استهدف دورية للشرطة في مدينة الجيزة أمس وقتل فيه شرطيان.',
    "وتبنت جماعة تطلق على نفسها اسم «حسم» الهجوم الذي استهدف دورية للشرطة في مدينة الجيزة أمس وقتل فيه شرطيان.",
])
def test_a_group_named_by_a_phrase_of_naming(text: str) -> None:
    found = news(text, PUB)
    assert "Hasm Movement" in [actor1(e) for e in found], text


def test_a_name_in_marks_no_lexicon_knows_names_no_group() -> None:
    text = 'وتبنت جماعة تطلق على نفسها اسم "سيوف الحق" الهجوم الذي استهدف دورية للشرطة في مدينة الجيزة أمس وقتل فيه شرطيان.'
    assert "Hasm Movement" not in [actor1(e) for e in news(text, PUB)]


@pytest.mark.parametrize("title, body", [
    ("مقتل خمسة في هجوم بسكين في مانشستر",
     "قتل خمسة أشخاص عندما طعن رجلان المارة في سوق وسط مدينة مانشستر مساء السبت. "
     "وقالت الشرطة إن عناصرها أطلقوا النار على المهاجمين وقتلوهما بعد دقائق من بدء الهجوم."),
    ("مقتل أربعة في هجوم على مطعم في باريس",
     "قتل أربعة أشخاص عندما فتح مسلحان النار على رواد مطعم في باريس ليل الجمعة. "
     "وقالت الشرطة إن قواتها الخاصة قتلت المهاجمين بعد ساعة من الحصار."),
])
def test_the_force_firing_on_the_attackers_ends_the_attack(title: str, body: str) -> None:
    found = headline_news(title, body, PUB)
    assert [(e.event_type, actor1(e)) for e in found] == [("Violence against civilians", actor1(found[0]))], body
    assert not actor1(found[0]).startswith("Police Forces"), body


def test_the_attackers_firing_stay_the_attack() -> None:
    text = "أطلق المهاجمون النار على المصلين في مسجد بمدينة كويتا أمس فقتلوا ستة منهم."
    found = news(text, PUB)
    assert [(e.event_type, actor2(e)) for e in found] == [("Violence against civilians", "Civilians (Pakistan)")]


def test_the_attackers_arrested_are_still_an_arrest() -> None:
    text = ("قتل ثلاثة أشخاص في هجوم بسكين في مدينة مرسيليا مساء أمس. "
            "وقالت الشرطة إنها قبضت على المهاجمين بعد ساعات في حي قريب.")
    assert "Arrests" in [e.sub_event_type for e in news(text, PUB)]


def test_the_incident_an_act_answers_is_news_with_its_place_and_day() -> None:
    text = ("قصفت دبابة إسرائيلية موقعا لحركة حماس في شمال قطاع غزة، ردا على إطلاق صاروخ من القطاع "
            "سقط في أرض خالية قرب مدينة عسقلان مساء الأحد.")
    found = news(text, PUB)
    assert sorted((e.event_type, place(e), str(e.event_date)) for e in found) == [
        ("Explosions/Remote violence", "Ashkelon", "2017-06-04"),
        ("Explosions/Remote violence", "Gaza Strip", str(PUB))]
    assert next(actor1(e) for e in found if place(e) == "Ashkelon") != "Military Forces of Israel"


@pytest.mark.parametrize("text", [
    # the cause of days before, with no day of its own, stays a reference
    "قصفت طائرات تركية مواقع للتنظيم قرب مدينة الباب أمس، ردا على مقتل ثلاثة جنود أتراك في هجوم على نقطة عسكرية.",
    # a test launch of a state is no incident
    "أعلنت وزارة الدفاع أن البلاد أجرت تجربة إطلاق صاروخ بالستي جديد أمس.",
])
def test_the_cause_told_elsewhere_and_a_test_launch_stay(text: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] in ([], ["Air/drone strike"]), text


def test_a_tank_shelling_told_again_by_its_noun_is_one_shelling() -> None:
    text = ("قال الجيش الإسرائيلي إن دبابة إسرائيلية قصفت موقعا لحركة حماس في شمال قطاع غزة مساء أمس. "
            "وقالت مصادر فلسطينية إن القصف أصاب نقطة رصد شرقي بلدة بيت حانون.")
    found = news(text, PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [
        ("Shelling/artillery/missile attack", "Military Forces of Israel")]


@pytest.mark.parametrize("text, loser", [
    ("اقتحمت القوات العراقية أمس مركز قضاء تلعفر، في إطار عملية استعادة المدينة من تنظيم داعش.", "Islamic State"),
    ("اقتحمت قوات الجيش اليمني أمس مدينة المخا، ضمن عملية تحرير المديرية من ميليشيا الحوثي.",
     "Ansar Allah (Houthi Movement)"),
])
def test_the_party_a_retaking_takes_the_place_from(text: str, loser: str) -> None:
    found = news(text, PUB)
    assert [actor2(e) for e in found] == [loser], text


def test_a_deployment_names_no_attacker() -> None:
    text = "شنت مقاتلات تحالف دعم الشرعية، مساء اليوم، غارات عدة استهدفت تعزيزات لميليشيات الحوثي وصالح في مديرية نهم."
    found = news(text, PUB)
    assert [actor1(e) for e in found] == ["Saudi-led Coalition"]


@pytest.mark.parametrize("text", [
    "وتشهد جبهة صرواح مواجهات متقطعة بين قوات الجيش والميليشيات منذ أشهر.",
    "ويتعرض حي جوبر لقصف متواصل من قوات النظام منذ سنوات.",
])
def test_what_goes_on_for_a_long_span_is_no_incident(text: str) -> None:
    assert news(text, PUB) == [], text


def test_a_long_span_after_a_dated_incident_leaves_it() -> None:
    text = "قتل ثلاثة جنود أمس في اشتباكات مع مسلحين قرب مدينة الموصل التي تشهد معارك منذ أشهر."
    assert [e.event_type for e in news(text, PUB)] == ["Battles"]


@pytest.mark.parametrize("text, where", [
    ("انفجرت عبوة ناسفة استهدفت دورية للشرطة في منطقة سترة الليلة الماضية.", "Sitrah"),
    ("قتل فلسطيني أمس برصاص جنود إسرائيليين في قطاع غزة.", "Gaza Strip"),
    ("أصيب ثلاثة فلسطينيين أمس برصاص جنود إسرائيليين في قطاع غزة والضفة الغربية.", "West Bank"),
])
def test_the_places_of_bahrain_and_the_palestinian_territories(text: str, where: str) -> None:
    assert where in [place(e) for e in news(text, PUB)], text


@pytest.mark.parametrize("text, not_there", [
    ("عثرت الشرطة أمس على سترة ناسفة في منزل بمدينة المنامة وفككتها.", "Sitrah"),
    ("أطلق مسلحان النار على القنصلية في حي يقع على الضفة الغربية للبوسفور في إسطنبول أمس.", "West Bank"),
])
def test_a_vest_and_a_river_bank_are_no_places(text: str, not_there: str) -> None:
    assert not_there not in [place(e) for e in news(text, PUB)], text


@pytest.mark.parametrize("text", [
    "قتل مسلحون يشتبه في انتمائهم لجماعة بوكو حرام 12 قرويا، عندما هاجموا سوقا قرب مدينة مايدوغوري أمس.",
    "قتل مسلحون يشتبه بانتمائهم إلى جماعة بوكو حرام تسعة صيادين قرب مدينة مايدوغوري أمس.",
])
def test_men_suspected_of_belonging_to_a_group(text: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == ["Boko Haram"], text


def test_the_police_killing_named_men_keeps_its_clause() -> None:
    text = ("قتل ثلاثة رجال ستة أشخاص طعنا في سوق بمدينة باريس ليل السبت. "
            "وقتلت الشرطة الرجال الثلاثة بعد دقائق، قبل أن تطوق سوق المدينة.")
    assert [actor1(e) for e in news(text, PUB)] == ["Unidentified Armed Group (France)"]


def test_the_marines_of_the_country() -> None:
    text = "وقال متحدث عسكري إن تسعة من مشاة البحرية قتلوا خلال اشتباكات مع المسلحين في مدينة مراوي أمس."
    assert [actor2(e) for e in news(text, PUB)] == ["Military Forces of the Philippines"]


@pytest.mark.parametrize("text, first", [
    ("قتل جندي تركي في هجوم لمسلحين أكراد على موقع في ولاية هكاري أمس. وأضاف الجيش في بيان أن طائرات حربية "
     "قصفت بعد ذلك مواقع للمسلحين في منطقة قنديل شمالي العراق.", "Military Forces of Turkey"),
    ("وأقر التحالف الدولي بأن طائراته نفذت غارة في حي الزنجيلي بالموصل يوم السبت.",
     "International Coalition (Operation Inherent Resolve)"),
])
def test_a_state_army_tells_its_own_raids(text: str, first: str) -> None:
    assert [actor1(e) for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"] == [first], text


def test_aircraft_a_monitor_tells_of_are_nobody_s() -> None:
    text = "وقال المرصد السوري إن طائرات حربية قصفت بلدة معرة النعمان أمس."
    assert "Syrian Observatory for Human Rights" not in [actor1(e) for e in news(text, PUB)]


def test_a_place_after_the_word_of_a_quarter_lies_in_its_city() -> None:
    text = ("قتل 20 مدنيا في غارة جوية على منزل في حي الموصل الجديدة يوم السبت. "
            "وأقر التحالف الدولي بأن طائراته نفذت غارة في غربي الموصل ذلك اليوم.")
    found = news(text, PUB)
    assert [actor1(e) for e in found] == ["International Coalition (Operation Inherent Resolve)"]


@pytest.mark.parametrize("text, where", [
    ("قالت وزارة الدفاع الأمريكية إن غارة جوية استهدفت معسكرا لحركة الشباب قرب بلدة جلب أمس.", "Jilib"),
    ("قتل خمسة جنود في هجوم لحركة الشباب على قاعدة في إقليم جوبا الوسطى أمس.", "Middle Juba"),
    ("قتلت قوات الأمن ثلاثة مسلحين في تبادل لإطلاق النار في منطقة بولواما بالشطر الهندي من إقليم كشمير أمس.",
     "Kashmir"),
])
def test_somalia_s_places_and_a_side_of_a_region(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], text


def test_to_bring_is_no_town() -> None:
    text = "قتل جنديان في هجوم على قافلة كانت تحاول جلب المساعدات إلى مدينة بيدوا أمس."
    assert "Jilib" not in [place(e) for e in news(text, PUB)]


def test_the_command_of_a_military_region_takes_a_town() -> None:
    text = "أعلنت قيادة المنطقة العسكرية الثالثة، اليوم، تحرير مدينة حرض بالكامل، بعد أيام من المعارك مع ميليشيا الحوثي."
    found = news(text, PUB)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in found] == [
        ("Government regains territory", "Military Forces of Yemen", "Ansar Allah (Houthi Movement)")]


def test_the_fights_told_as_the_scene_of_raids() -> None:
    text = "وقال ناشطون إن الطيران الروسي شن 30 غارة على المنطقة خلال المعارك، ما أدى إلى مقتل أربعة مدنيين في بلدة كفرزيتا."
    assert [e.event_type for e in news(text, PUB)] == ["Explosions/Remote violence"]


def test_men_killed_during_the_fights_stay_a_fight() -> None:
    text = "قتل جنديان أمس خلال الاشتباكات مع المسلحين في مدينة الرمادي."
    assert [e.event_type for e in news(text, PUB)] == ["Battles"]


def test_what_a_strike_told_before_did_and_the_town_of_the_hospital() -> None:
    text = ("قتل قيادي حوثي وعشرة من مرافقيه اليوم في غارة لطيران التحالف على تجمع لهم في مديرية كتاف. "
            "وأفاد مصدر عسكري بأن الغارة دمرت ثلاث آليات، فيما نقلت جثث القتلى إلى مستشفى الجمهوري في مدينة صعدة.")
    assert len(news(text, PUB)) == 1


def test_a_retold_strike_that_names_where_it_fell_places_it() -> None:
    text = ("شنت القوات الأمنية ضربات صاروخية مكثفة على مواقع للتنظيم أمس. "
            "وقال القائد إن القصف الصاروخي استهدف منطقة البوعيثة جنوب بغداد.")
    assert [place(e) for e in news(text, PUB)] != []


def test_an_operation_in_which_people_were_arrested_is_the_arrest() -> None:
    text = "أعلنت خلية الإعلام الأمني القبض على أربعة عناصر من تنظيم داعش في عملية أمنية بقضاء الحويجة اليوم."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Arrests"]


def test_a_suicide_operation_after_a_word_of_infiltration_stays_the_incident() -> None:
    text = "مقتل شاب من المتسللين إلى التنظيم في عملية انتحارية بمدينة الرقة أمس"
    assert [e.sub_event_type for e in news(text, PUB)] == ["Suicide bomb"]


def test_a_mosque_named_like_a_town_abroad() -> None:
    text = ("قتل 40 شخصا في هجوم على مسجد الروضة في قرية الروضة قرب مدينة بئر العبد في شمال سيناء، "
            "خلال صلاة الجمعة.")
    assert [actor1(e) for e in news(text, PUB)] == ["Unidentified Armed Group (Egypt)"]


def test_a_mosque_named_after_its_town_at_home() -> None:
    text = "قتل ثلاثة مصلين في غارة على جامع الباب في مدينة الباب بريف حلب أمس."
    assert [place(e) for e in news(text, PUB)] == ["Al Bāb"]


@pytest.mark.parametrize("text, where", [
    ("قتل 12 شرطيا في تبادل لإطلاق النار مع مسلحين في منطقة الواحات البحرية بالصحراء الغربية أمس.", "Bahariya Oasis"),
    ("فرقت الشرطة مظاهرة للاجئين في مخيم قرب مدينة كوكس بازار أمس.", "Cox's Bazar"),
])
def test_an_oasis_of_egypt_and_a_town_of_bangladesh(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], text


@pytest.mark.parametrize("text", [
    "أطلقت البحرية الأمريكية 40 صاروخا من طراز توماهوك على مطار الشعيرات العسكري فجر أمس.",
    "أطلق الحوثيون صاروخا من نوع سكود على مدينة نجران مساء أمس.",
])
def test_a_missile_launched_with_its_model_before_its_target(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Shelling/artillery/missile attack"], text


def test_a_launch_with_no_target_stays_no_incident() -> None:
    assert news("أطلقت كوريا الشمالية صاروخا من طراز هواسونغ أمس.", PUB) == []


@pytest.mark.parametrize("text", [
    "قتل ثمانية أشخاص في اشتباكات بين فصائل مسلحة متنافسة في مدينة طرابلس الليبية أمس.",
    "اندلعت اشتباكات بين ميليشيات متناحرة في مدينة بنغازي أمس، ما أسفر عن مقتل أربعة.",
])
def test_rival_groups_no_name_tells_are_both_sides(text: str) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Unidentified Armed Group (Libya)", "Unidentified Armed Group (Libya)")]


def test_the_force_that_met_a_protest_is_its_other_side() -> None:
    text = ("أصيب أربعة فلسطينيين برصاص الجيش الإسرائيلي خلال مواجهات اندلعت عقب مسيرة احتجاجية في مدينة نابلس، أمس. "
            "وقال الجيش الإسرائيلي إن قواته ردت على رشق بالحجارة.")
    found = news(text, PUB)
    assert [(e.event_type, actor2(e)) for e in found] == [("Riots", "Military Forces of Israel")]


def test_the_one_who_replied_is_the_other_side() -> None:
    text = "وقال الجيش إن قواته ردت على إطلاق نار من مسلحين قرب مدينة جنين أمس."
    assert "Military Forces of Israel" not in [actor1(e) for e in news(text, PUB)]


def test_a_state_s_fire_far_from_a_protest_stays_its_own() -> None:
    text = ("تظاهر مئات الفلسطينيين في مدينة رام الله أمس احتجاجا على الاستيطان. "
            "وفي شأن آخر، قتل الجيش الإسرائيلي مسلحا في اشتباك قرب مدينة جنين أمس.")
    assert sorted(e.event_type for e in news(text, PUB)) == ["Battles", "Protests"]


def test_gunmen_from_inside_another_land_and_where_they_struck() -> None:
    text = "هاجم مسلحون من داخل أفغانستان موقعا حدوديا في منطقة باجور القبلية أمس."
    assert [(actor1(e), place(e)) for e in news(text, PUB)] == [("Unidentified Armed Group (Pakistan)", "Bajaur")]


def test_gunmen_of_a_group_stay_the_group() -> None:
    text = "هاجم مسلحون من تنظيم داعش موقعا للجيش في بلدة الرطبة أمس."
    assert [actor1(e) for e in news(text, PUB)] == ["Islamic State"]


def test_a_state_s_word_for_armed_men_it_does_not_name() -> None:
    found = headline_news("الحرس الثوري يعلن مقتل اثنين من عناصره في اشتباك قرب الحدود",
                           'أعلن الحرس الثوري مقتل اثنين من عناصره في اشتباك مع "مجموعة إرهابية" قرب مدينة مريوان أمس.', PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [
        ("Unidentified Armed Group (Iran)", "Islamic Revolutionary Guard Corps")]


def test_the_army_s_spokesman_speaks_for_it() -> None:
    text = "أعلن المتحدث العسكري المصري مقتل ثمانية مسلحين في ضربات جوية استهدفت مخابئهم في وسط سيناء أمس."
    assert [actor1(e) for e in news(text, PUB)] == ["Military Forces of Egypt"]


def test_a_party_after_the_complementizer_is_no_description_of_the_speaker() -> None:
    text = "وقال المتحدث باسم الجيش الموالي للحكومة إن الحوثيين قصفوا مواقع للجيش في مدينة تعز أمس."
    assert [actor1(e) for e in news(text, PUB)] == ["Ansar Allah (Houthi Movement)"]


def test_a_described_party_stays_one() -> None:
    text = "هاجم مسلحو جبهة النصرة، جناح القاعدة السوري، مواقع للجيش في ريف حماة أمس."
    assert [actor1(e) for e in news(text, PUB)] == ["Jabhat al-Nusra"]
