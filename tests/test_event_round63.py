"""Forms of news tuned in round 63: an accusative projectile and its adjective, a verb and the
"other" raids that are its subject, the blasts a strike sets off, a paper's name that is a time
word, a claim told in the pluperfect, the deeds a sentence lists, the incident the wanted are
suspected of, a claim of the incident its own sentence tells, the seat of a governorate, drugs
by their names, a weapon that names its maker, the shells a party is accused of firing, the
armed groups a state names so, days of shelling, a spelling of chemical weapons, the incident an
act answers, the outcome of a strike told before. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, events, headline_news, news, place

PUB = date(2016, 3, 16)  # a Wednesday; the Tuesday before it is 2016-03-15
FRIDAY = date(2016, 3, 18)  # three days after that Tuesday


def test_the_adjective_of_an_accusative_projectile_is_no_party() -> None:
    found = news("أفاد الدفاع المدني أن مقذوفا عسكريا أطلقته الميليشيات الحوثية من داخل الأراضي اليمنية سقط مساء "
                 "الثلاثاء على مزرعة في قرية الخوبة، ما أدى إلى إصابة مقيم.", PUB)
    assert [actor1(e) for e in found] == ["Ansar Allah (Houthi Movement)"]


def test_other_raids_that_are_the_subject_of_a_verb_are_one_incident() -> None:
    found = news("شنت طائرات التحالف مساء الثلاثاء غارات على معسكر الحفا في صنعاء، فيما استهدفت غارات أخرى مخازن "
                 "للسلاح في محيط ميناء الحديدة.", PUB)
    assert sorted(place(e) or "" for e in found) == ["Al Ḩudaydah", "Sanaa"]


def test_the_blasts_a_strike_sets_off_are_no_incident_of_their_own() -> None:
    found = headline_news("غارات التحالف تدك مخازن أسلحة في صنعاء",
                          "أكد المتحدث أن طيران التحالف شن مساء الثلاثاء سلسلة من الغارات على مواقع في جبل نقم شرق "
                          "العاصمة صنعاء، مشيرا إلى أن الانفجارات الثانوية التي أعقبت الضربات تؤكد أن المواقع كانت تحتوي "
                          "على كميات كبيرة من الصواريخ.", PUB)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


@pytest.mark.parametrize("paper", ["«اليوم»", "\"اليوم\""])
def test_a_time_word_alone_in_quotation_marks_is_a_papers_name(paper: str) -> None:
    found = news(f"قتل أربعة أشخاص في انفجار عبوة ناسفة بسوق في مدينة بعقوبة مساء الثلاثاء. وروى باعة لـ{paper} "
                 "لحظات الانفجار.", PUB)
    assert [str(e.event_date) for e in found] == ["2016-03-15"]


def test_a_claim_told_in_the_pluperfect_names_the_maker_of_the_news() -> None:
    found = news("فجر انتحاري نفسه داخل مسجد في مدينة سيهات ظهر الثلاثاء ما أسفر عن مقتل سبعة مصلين. وكان تنظيم "
                 "داعش قد أعلن مسؤوليته عن التفجير.", PUB)
    assert [actor1(e) for e in found] == ["Islamic State"]


def test_a_claim_of_the_incident_its_own_sentence_tells_is_no_claim_of_the_news() -> None:
    found = events("تعرضت دورية أمنية فجر الأربعاء لإطلاق نار في حي الشويكة بمدينة القطيف. ويأتي ذلك بعد أسبوعين من "
                   "الهجوم الذي نفذه مسلح على حسينية في مدينة سيهات مساء 1 مارس، وهو الهجوم الذي تبناه تنظيم داعش.", PUB)
    assert [(str(e.event_date), actor1(e)) for e in found] == [
        ("2016-03-16", "Unidentified Armed Group (Saudi Arabia)"), ("2016-03-01", "Islamic State")]


def test_a_deed_a_sentence_lists_after_a_comma_and_wa_is_where_the_first_was() -> None:
    found = news("أحبطت الجهات الأمنية يوم الأحد تفجير سيارة مفخخة في مدينة الدمام. كما تمكنت الشرطة مساء الثلاثاء "
                 "من دهم استراحة في حي السلي شرق الرياض، والقبض على أربعة مطلوبين، وضبط أسلحة وذخائر بحوزتهم.", PUB)
    assert {place(e) for e in found if str(e.event_date) == "2016-03-15"} == {"Riyadh"}


def test_the_incident_the_wanted_are_suspected_of_is_no_news() -> None:
    found = news("أصيب شرطي بإطلاق نار على دورية في حي الشويكة بمدينة القطيف فجر الأربعاء. وكانت الشرطة قد ألقت "
                 "القبض مساء الثلاثاء على مطلوب في بلدة العوامية بعد رصد تحركاته، وذلك ضمن ملاحقة المتورطين في أعمال "
                 "إطلاق النار على رجال الأمن والمواطنين.", PUB)
    assert [e.sub_event_type for e in found if str(e.event_date) == "2016-03-15"] == ["Arrests"]


def test_the_seat_of_a_governorate_is_a_building_of_the_town() -> None:
    found = news("قتل جندي في اشتباكات مع مسلحين في محافظة ديالى مساء الثلاثاء. وفي مدينة بعقوبة، انفجرت عبوة ناسفة "
                 "قرب مبنى المحافظة صباح الأربعاء دون أن تسفر عن إصابات.", PUB)
    assert [place(e) for e in found] == ["Diyala", "Baqubah"]


@pytest.mark.parametrize("drug", ["أقراص الإمفيتامين", "نبات القات"])
def test_an_arrest_of_smugglers_of_drugs_named_by_their_names_is_crime(drug: str) -> None:
    assert headline_news("ضبط ثلاثة أشخاص على متن قارب قبالة سواحل جازان",
                         "وأضاف المتحدث أن دورية بحرية رصدت مساء الثلاثاء قاربا مشبوها قبالة ساحل الموسم، وعند تفتيشه "
                         f"عثر على كمية من {drug} مخبأة داخل صناديق، وتم القبض على ثلاثة أشخاص كانوا على متنه.", PUB) == []


def test_a_weapon_only_one_state_uses_is_no_raid_of_another_state() -> None:
    found = news("بدأت المقاتلات الروسية يوم الثلاثاء أولى غاراتها الجوية في سوريا. وفي إدلب، قتل أربعة مدنيين جراء "
                 "إلقاء مروحيات النظام براميل متفجرة على بلدة سرمين الثلاثاء.", PUB)
    assert [actor1(e) for e in found if place(e) == "Sarmin"] == ["Military Forces of Syria"]


def test_the_shells_a_party_is_accused_of_firing_are_those_of_the_shelling_told() -> None:
    found = news("قتل ستة مدنيين مساء الثلاثاء جراء قصف مدفعي استهدف حي الجحملية وسط مدينة تعز. واتهمت السلطة المحلية "
                 "مسلحي جماعة الحوثي بإطلاق القذائف من مواقعهم في منطقة الحوبان شرقي المدينة.", PUB)
    assert [(place(e), actor1(e), e.modality) for e in found] == [
        ("Taiz", "Ansar Allah (Houthi Movement)", "alleged")]


def test_a_party_accused_of_other_attacks_made_no_bombing_named_after_them() -> None:
    found = news("قتل 30 شخصا في تفجير انتحاري استهدف تجمعا للشبان في مدينة سروج مساء الثلاثاء. وشنت أنقرة حملة على حزب "
                 "العمال الكردستاني، وهو حزب تتهمه الحكومة بشن هجمات على جنودها عقب التفجير.", PUB)
    assert [actor1(e) for e in found if e.sub_event_type == "Suicide bomb"] == ["Unidentified Armed Group (Turkey)"]


def test_the_terrorist_groups_a_state_agency_accuses_are_armed_men_it_does_not_name() -> None:
    found = news("ذكرت الوكالة الرسمية أن ثلاثة مدنيين قتلوا الثلاثاء في حي الميدان بدمشق، متهمة \"المجموعات الإرهابية\" "
                 "بإطلاق قذائف الهاون على الحي.", PUB)
    assert [(actor1(e), e.modality) for e in found] == [("Unidentified Armed Group (Syria)", "alleged")]


def test_days_of_shelling_before_a_takeover_are_no_incident_of_their_own() -> None:
    found = news("سيطرت القوات الحكومية يوم الثلاثاء على بلدة الشيخ مسكين بريف درعا، بعد انسحاب مقاتلي المعارضة منها "
                 "إثر أيام من القصف العنيف.", PUB)
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


@pytest.mark.parametrize("weapon", ["بأسلحة كيمياوية", "بالسلاح الكيمياوي"])
def test_chemical_weapons_in_either_spelling(weapon: str) -> None:
    found = news(f"قتل 20 شخصا في هجوم {weapon} على بلدة اللطامنة بريف حماة يوم الثلاثاء.", PUB)
    assert [e.sub_event_type for e in found] == ["Chemical weapon"]


def test_the_incident_an_act_answers_is_news_told_once() -> None:
    found = news("أطلقت الولايات المتحدة فجر الجمعة صواريخ على مطار الشعيرات العسكري في ريف حمص، ردا على هجوم يشتبه في "
                 "أنه نفذ بأسلحة كيماوية على بلدة اللطامنة بريف حماة يوم الأربعاء.", FRIDAY)
    assert sorted((e.sub_event_type, str(e.event_date)) for e in found) == [
        ("Chemical weapon", "2016-03-16"), ("Shelling/artillery/missile attack", "2016-03-18")]


def test_the_outcome_of_a_strike_told_before_is_that_strikes() -> None:
    found = news("أطلقت الولايات المتحدة فجر الجمعة صواريخ على مطار الشعيرات العسكري في ريف حمص، ردا على هجوم بأسلحة "
                 "كيماوية على بلدة اللطامنة يوم الخميس. وقال الجيش السوري إن الضربة أسفرت عن مقتل أربعة عسكريين.",
                 FRIDAY)
    assert sorted((e.sub_event_type, str(e.event_date)) for e in found) == [
        ("Chemical weapon", "2016-03-17"), ("Shelling/artillery/missile attack", "2016-03-18")]


def test_a_soldier_of_the_caliphate_who_attacked_a_nightclub_is_the_organizations_man() -> None:
    found = news("قال تنظيم الدولة الإسلامية في بيان إن جنديا من جنود الخلافة هاجم الملهى الواقع على ضفاف البوسفور في "
                 "مدينة اسطنبول ليل الثلاثاء.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Attack", "Islamic State")]


def test_the_pluperfect_right_after_a_dated_attack_of_the_week_tells_how_it_went() -> None:
    found = news("كشفت الشرطة هوية منفذ الهجوم الذي وقع قرب محطة القطارات في مدينة مانشستر يوم الاثنين. وكان المهاجم قد "
                 "طعن ثلاثة من المارة بسكين قبل أن يفر من المكان.", PUB)
    assert [(e.sub_event_type, str(e.event_date)) for e in found] == [("Attack", "2016-03-14")]


def test_the_force_that_felled_the_attacker_made_no_attack() -> None:
    found = news("قال مسؤولون إن المهاجم طعن شرطيا غير مسلح حتى الموت عند بوابة مقر الحكومة في مدينة مانشستر مساء "
                 "الثلاثاء، قبل أن يرديه رجال الأمن قتيلا بالرصاص.", PUB)
    assert [actor1(e) for e in found] == ["Unidentified Armed Group (United Kingdom)"]


def test_a_day_after_the_complementizer_of_a_statement_dates_what_was_said() -> None:
    found = news("قتل ثلاثة مسلحين في اشتباك مع الجيش قرب مدينة رفح يوم الاثنين. وقال الجيش في بيان إن طائراته "
                 "استهدفت فجر الأربعاء مخزنا للأسلحة في بلدة الشيخ زويد.", PUB)
    assert [(e.sub_event_type, str(e.event_date)) for e in found if e.sub_event_type == "Air/drone strike"] == [
        ("Air/drone strike", "2016-03-16")]


def test_the_force_that_stopped_the_stabber_is_no_target_of_the_stabbing() -> None:
    found = news("قالت الشرطة إن فلسطينيا طعن رجلين إسرائيليين قرب باب العامود في القدس مساء الثلاثاء، قبل أن يطلق "
                 "عليه أفراد من حرس الحدود النار ويردوه قتيلا.", PUB)
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_an_incident_in_a_short_quotation_is_told_not_named() -> None:
    found = news("وقال الجيش إن طائراته قصفت موقعا لحركة حماس شمالي قطاع غزة فجر الأربعاء، \"ردا على إطلاق صاروخ\" من "
                 "القطاع سقط مساء الثلاثاء قرب مدينة سديروت.", PUB)
    assert sorted(e.sub_event_type for e in found) == ["Air/drone strike", "Shelling/artillery/missile attack"]


def test_a_word_quoted_alone_in_a_speech_is_no_incident() -> None:
    found = news("واتهمت النائبة منافسها خلال مهرجان خطابي في ولاية أوهايو بأن له سجلا طويلا من \"إهانة\" العمال "
                 "و\"الاعتداء\" عليهم.", PUB)
    assert found == []


def test_a_deed_quoted_alone_with_its_place_is_told() -> None:
    found = news("أعلن قائد الجيش مساء الثلاثاء أن قواته \"حررت\" مدينة بنغازي بالكامل بعد معارك عنيفة.", PUB)
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_a_suspect_who_tried_to_blow_himself_up_did_the_deed_told() -> None:
    found = news("قتل شرطي مساء الثلاثاء حين حاول أحد المطلوبين تفجير نفسه قرب حاجز للشرطة في مدينة الدمام.", PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_how_the_attackers_made_an_attack_of_another_kind_is_that_attack() -> None:
    found = headline_news("مقتل 40 شخصا في هجوم على مركز لتدريب الشرطة في كويتا",
                          "قتل 40 شخصا على الأقل، معظمهم من طلاب الشرطة، في هجوم شنه ثلاثة مسلحين يرتدون أحزمة ناسفة "
                          "على مركز لتدريب الشرطة في مدينة كويتا مساء الثلاثاء. وقال مسؤولون إن المهاجمين تسللوا إلى "
                          "المهاجع وفتحوا النار عليهم، قبل أن يفجر اثنان منهم نفسيهما.", PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_a_clause_opened_by_when_tells_how_the_attack_before_it_went() -> None:
    found = news("وقتل 15 شخصا في هجوم على فندق في العاصمة مقديشو مساء الثلاثاء، حين فجر انتحاري سيارة مفخخة عند "
                 "بوابة الفندق.", PUB)
    assert [(e.sub_event_type, place(e)) for e in found] == [("Suicide bomb", "Mogadishu")]



def test_the_launcher_destroyed_after_a_missile_was_stopped_is_struck_where_it_was_fired() -> None:
    found = news("أكد المتحدث أن الدفاعات الجوية اعترضت فجر الثلاثاء صاروخا باليستيا أطلقه الحوثيون باتجاه مدينة خميس "
                 "مشيط. وأوضح أن طيران التحالف رصد موقع الإطلاق وقام على الفور بتدمير منصة الصواريخ في محافظة صعدة.",
                 PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found if e.event_type == "Explosions/Remote violence"] == [
        ("Air/drone strike", "Saudi-led Coalition")]


def test_a_city_of_kenya_the_riots_of_its_elections_name() -> None:
    found = news("اشتبك مئات المحتجين مع الشرطة في مدينة كيسومو غربي كينيا مساء الثلاثاء.", PUB)
    assert [place(e) for e in found] == ["Kisumu"]


def test_tourists_freed_from_a_castle_are_no_place_taken_nor_its_holders() -> None:
    found = news("وهاجم مسلحون مركزا للشرطة في مدينة الكرك مساء الثلاثاء. وقالت مديرية الأمن إن القوات الخاصة اقتحمت "
                 "القلعة بعد اشتباكات استمرت ساعات، وقتلت المسلحين الأربعة، وحررت عددا من السياح الذين كانوا عالقين.",
                 PUB)
    assert [e.sub_event_type for e in found] == ["Armed clash"]


def test_an_armed_groups_shooting_that_killed_outranks_its_detentions_that_day() -> None:
    found = news("أطلق مسلحو داعش النار على الأهالي في مقبرة بمدينة الموصل يوم الثلاثاء فقتلوا اثنين منهم. وشن التنظيم "
                 "في اليوم نفسه حملة اعتقالات طالت عشرات الشبان في المدينة.", PUB)
    assert [e.sub_event_type for e in found] == ["Attack"]


def test_a_group_named_in_quotation_marks_after_its_head() -> None:
    found = news("وشنت طائرات الجيش يوم الثلاثاء غارات على مواقع يتحصن فيها مسلحون من جماعة \"ماوتي\" في مدينة مراوي "
                 "جنوبي الفلبين.", PUB)
    assert [e.actor2.name if e.actor2 else None for e in found] == ["Maute Group"]
