"""Forms of news tuned in round 62: the bare area an incident is told in, a joint force and the
parties it is made of, a group's men named by their pronoun, a vague count of the killed, the
losers a takeover's fight counts, a group that alleges its own deed, the front's later names. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, headline_news, news, place

PUB = date(2015, 10, 20)  # a Tuesday; the Monday before it is 2015-10-19


@pytest.mark.parametrize("area", ["في المنطقة", "بالمنطقة"])
def test_the_bare_area_an_incident_is_told_in_is_the_place_named_before(area: str) -> None:
    found = news("قصفت طائرات التحالف مواقع للحوثيين في مديرية صرواح غربي مأرب صباح الاثنين. وبعد ساعات، دارت "
                 f"مواجهات عنيفة {area} بين قوات الجيش الوطني والمسلحين الحوثيين قتل فيها تسعة من المسلحين.", PUB)
    assert [(e.event_type, place(e)) for e in found] == [("Explosions/Remote violence", "Sirwah"), ("Battles", "Sirwah")]


def test_a_fight_in_the_bare_area_later_that_day_is_an_incident_of_its_own() -> None:
    found = news("أغارت مقاتلات التحالف على تجمعات للمتمردين في مديرية حرض بمحافظة حجة يوم الاثنين. وسمع السكان دوي "
                 "انفجارات قوية. وفي وقت لاحق، اندلعت اشتباكات في المنطقة بين رجال القبائل والحوثيين أسفرت عن مقتل ستة "
                 "مسلحين.", PUB)
    assert [(e.event_type, place(e)) for e in found] == [("Explosions/Remote violence", "Harad"), ("Battles", "Harad")]


def test_an_area_a_definite_word_describes_is_another_place() -> None:
    found = news("قتل جنديان في هجوم على حاجز بمدينة العريش يوم الاثنين. وفي المنطقة الشرقية، اعتقلت الشرطة ثلاثة "
                 "مطلوبين في مدينة القطيف.", PUB)
    assert [place(e) for e in found] == ["Arīsh", "Al Qaţīf"]


@pytest.mark.parametrize("text, actor", [
    ("وقصفت القوات المشتركة مواقع الحوثيين في مديرية حيس جنوبي الحديدة مساء الاثنين.", "Military Forces of Yemen"),
    ("وقصفت القوات المشتركة مواقع داعش في حي الضباط وسط الرمادي مساء الاثنين.", "Military Forces of Iraq"),
])
def test_the_joint_forces_are_the_state_forces_of_the_land_they_fight_in(text: str, actor: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == [actor]


@pytest.mark.parametrize("force, actor", [
    ("تمكنت القوات المشتركة من الجيش الوطني والمقاومة الشعبية أمس من استعادة السيطرة على منطقة العمري في مديرية "
     "ذباب غربي تعز", "Military Forces of Yemen"),
    ("شنت قوة مشتركة من الجيش والشرطة وأبناء العشائر أمس هجوما على مواقع داعش في منطقة البوعيثة جنوبي الرمادي",
     "Military Forces of Iraq"),
])
def test_the_first_party_a_joint_force_is_made_of_leads_it(force: str, actor: str) -> None:
    assert [actor1(e) for e in news(f"{force} بعد معارك عنيفة.", PUB)] == [actor]


@pytest.mark.parametrize("text, group", [
    ("وزعمت حركة الشباب في بيان أن مقاتليها قتلوا 12 جنديا في هجوم على قاعدة للجيش قرب مدينة بيدوا مساء الاثنين.",
     "Al Shabaab"),
    ("وأعلنت هيئة تحرير الشام مساء الاثنين سيطرتها على قرية المشيرفة. وقالت الهيئة إن مسلحيها قتلوا ستة جنود في "
     "هجوم على حاجز للجيش قرب قرية عطشان.", "Hayat Tahrir al-Sham"),
])
def test_a_groups_men_named_by_their_pronoun_are_of_the_group_named_last(text: str, group: str) -> None:
    found = news(text, PUB)
    assert found and all(actor1(e) == group for e in found)


def test_killers_of_a_vague_count_made_the_attack_they_killed_in() -> None:
    found = news("قال التنظيم إن مسلحيه قتلوا عشرات الجنود في هجوم على ثكنة للجيش جنوب مدينة سامراء مساء الاثنين.", PUB)
    assert [actor1(e) for e in found] == ["Islamic State"]


def test_a_group_that_alleges_its_own_deed_claims_it() -> None:
    found = news("وزعم التنظيم في بيان أن مسلحيه قتلوا عشرات الجنود في هجوم على ثكنة للجيش جنوب سامراء مساء الاثنين.", PUB)
    assert [e.modality for e in found] == ["claimed"]


def test_the_party_whose_men_a_takeovers_fight_killed_lost_the_place() -> None:
    found = news("وقال الجيش العراقي إن قوات مكافحة الإرهاب استعادت صباح الاثنين السيطرة على حي الشفاء، أحد آخر الأحياء "
                 "التي يتحصن فيها مسلحو تنظيم الدولة الإسلامية في الجانب الغربي من الموصل، بعد مواجهات ضارية قال إنها "
                 "أسفرت عن مقتل 40 مسلحا من التنظيم.", PUB)
    assert [(e.sub_event_type, actor2(e)) for e in found] == [("Government regains territory", "Islamic State")]


@pytest.mark.parametrize("name, actor", [("هيئة تحرير الشام", "Hayat Tahrir al-Sham"),
                                         ("جبهة فتح الشام", "Jabhat Fateh al-Sham"),
                                         ("جبهة النصرة", "Jabhat al-Nusra")])
def test_the_front_is_named_by_the_name_it_bore(name: str, actor: str) -> None:
    found = news(f"وسيطرت {name} مساء الاثنين على قرية المشيرفة في ريف حماة الشمالي بعد معارك مع الجيش.", PUB)
    assert [actor1(e) for e in found] == [actor]


@pytest.mark.parametrize("quarters, city", [("حيي الصاخور والشعار في حلب", "Aleppo"),
                                            ("حيي باب توما والقصاع في دمشق", "Damascus")])
def test_the_quarters_of_one_city_are_one_place(quarters: str, city: str) -> None:
    found = news(f"وقتل ثلاثة مدنيين مساء الاثنين جراء سقوط قذائف هاون على {quarters}.", PUB)
    assert [place(e) for e in found] == [city]


def test_villages_of_a_list_stay_apart() -> None:
    found = news("وقتل ثلاثة مدنيين مساء الاثنين جراء سقوط قذائف على قريتي كفرنبودة والهبيط بريف حماة.", PUB)
    assert len(found) == 2


@pytest.mark.parametrize("dead, toll", [
    ("ستة أشخاص من عائلة واحدة قتلوا", 6),
    ("أربعة مدنيين آخرين من أسرة واحدة قتلوا", 4),
])
def test_the_dead_of_one_family_are_counted_not_the_family(dead: str, toll: int) -> None:
    found = news(f"وقال ناشطون إن {dead} مساء الاثنين في غارة على بلدة كفرنبودة بريف حماة.", PUB)
    assert [e.fatalities for e in found] == [toll]


def test_aircraft_of_a_government_are_its_forces() -> None:
    found = news("وقتل أربعة مدنيين مساء الاثنين في غارات نفذتها طائرات حكومية على بلدة كفرنبودة بريف حماة.", PUB)
    assert [actor1(e) for e in found] == ["Military Forces of Syria"]


@pytest.mark.parametrize("backers", ["مدعومة بمقاتلين من حزب الله", "مدعومين بعناصر من الحرس الثوري الإيراني"])
def test_the_backers_of_a_side_of_a_fight_are_no_side_of_their_own(backers: str) -> None:
    found = news(f"واندلعت اشتباكات مساء الاثنين بين القوات الحكومية، {backers}، وفصائل المعارضة في بلدة "
                 "كفرنبودة بريف حماة.", PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Military Forces of Syria", "Opposition Rebels (Syria)")]


def test_a_quarter_the_gazetteer_knows_far_away_lies_in_the_quarter_named_after_it() -> None:
    found = news("وتواصلت المعارك مساء الاثنين بين القوات الحكومية وفصائل المعارضة في حي المنشية بدرعا البلد جنوبي "
                 "سوريا.", PUB)
    assert [place(e) for e in found] == ["Daraa al-Balad"]


def test_a_wave_of_assassinations_over_months_sums_many_incidents() -> None:
    found = news("قتل قيادي في فصيل معارض بانفجار عبوة ناسفة في سيارته بمدينة إنخل مساء الاثنين. وتشهد المنطقة منذ "
                 "أشهر موجة من الاغتيالات تطال قادة الفصائل.", PUB)
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]


def test_the_side_that_fired_what_a_headline_says_was_stopped_is_its_other_side() -> None:
    found = news("غارات مكثفة للتحالف على صعدة بعد اعتراض صاروخ باليستي أطلقه الحوثيون باتجاه نجران", PUB)
    assert ("Disrupted weapons use", "Ansar Allah (Houthi Movement)") in [(e.sub_event_type, actor2(e)) for e in found]


def test_the_dead_counted_among_a_force_of_a_long_name_are_its_toll() -> None:
    found = news("وقال مصدر طبي إن أربعة من جنود قوات الجيش الوطني اليمني الموالية للشرعية قتلوا مساء الاثنين في قصف "
                 "مدفعي للحوثيين على مواقعهم في مديرية الوازعية.", PUB)
    assert [e.fatalities for e in found] == [4]


@pytest.mark.parametrize("teller", ["بحسب سكان", "وفقا لشهود عيان"])
def test_who_tells_an_incident_is_not_what_it_struck(teller: str) -> None:
    found = news(f"وشنت مقاتلات التحالف مساء الاثنين غارات على مدينة صعدة، استهدفت، {teller}، مبنى المجمع الحكومي.", PUB)
    assert [actor2(e) for e in found] == [None]


def test_what_a_deed_joined_after_a_fight_struck_is_no_side_of_the_fight() -> None:
    found = headline_news("مواجهات عنيفة في صرواح وقصف حوثي يقتل 4 مدنيين في مأرب",
                          "وقال مصدر محلي إن المواجهات بين قوات الجيش الوطني والحوثيين استمرت حتى مساء الاثنين.", PUB)
    assert "Riots" not in [e.event_type for e in found]


@pytest.mark.parametrize("when", ["عند الساعة التاسعة من مساء الاثنين", "مساء الاثنين 6/1/1437هـ"])
def test_a_post_that_suffered_fire_from_across_the_border_is_where_it_fell(when: str) -> None:
    found = news(f"وصرح المتحدث الأمني بأنه {when} تعرض مركز الخوبة التابع لقطاع الحرث بمنطقة جازان لمقذوفات "
                 "أطلقت من داخل الأراضي اليمنية، نتج عنها إصابة جندي.", PUB)
    assert [(e.location.country if e.location else None, actor1(e)) for e in found] == [
        ("Saudi Arabia", "Ansar Allah (Houthi Movement)")]


@pytest.mark.parametrize("branch, sub", [("مدفعية القوات البرية الملكية", "Shelling/artillery/missile attack"),
                                         ("القوات الجوية الملكية", "Air/drone strike")])
def test_the_kingdoms_royal_branches_are_its_forces(branch: str, sub: str) -> None:
    found = news(f"وأكد مصدر عسكري أن {branch} ردت فورا على مصادر النيران في مديرية حرض مساء الاثنين.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [(sub, "Military Forces of Saudi Arabia")]


def test_fire_a_force_returned_at_its_post_is_the_fight_told_before() -> None:
    found = news("وهاجم مسلحون نقطة تفتيش للشرطة في مدينة العريش مساء الاثنين بالأسلحة الآلية، وردت القوات على مصادر "
                 "النيران وقتلت ثلاثة من المهاجمين.", PUB)
    assert [e.event_type for e in found] == ["Battles"]


@pytest.mark.parametrize("dead, toll", [("مقيمين اثنين", 2), ("عسكريين اثنين", 2), ("شخص واحد", 1)])
def test_one_and_two_counted_after_their_noun_are_a_toll(dead: str, toll: int) -> None:
    found = news(f"وسقطت قذائف على حي سكني في مدينة نجران مساء الاثنين، ما أسفر عن مقتل {dead}.", PUB)
    assert [e.fatalities for e in found] == [toll]


def test_once_is_no_toll() -> None:
    found = news("وأعدم التنظيم مساء الاثنين مرة واحدة عشرات الأسرى في ساحة عامة بمدينة الموصل.", PUB)
    assert 1 not in [e.fatalities for e in found]


def test_a_weapons_depot_struck_is_the_strikes_target_not_a_seizure() -> None:
    found = news("وقال المتحدث إن طائرات التحالف استهدفت مساء الاثنين مخازن للأسلحة في مديرية سحار بمحافظة صعدة.", PUB)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


def test_a_weapons_depot_found_is_a_disrupted_weapons_use() -> None:
    found = news("وأعلنت الشرطة مساء الاثنين العثور على مخازن للأسلحة في مزرعة بمحافظة الأحساء.", PUB)
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_what_an_impersonal_verb_tells_after_aircraft_is_their_strike() -> None:
    found = news("وأوضح المتحدث أن الطائرات رصدت مساء الاثنين شاحنات محملة بالذخيرة في مديرية حرض، وتم التعامل معها "
                 "وتدميرها.", PUB)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


@pytest.mark.parametrize("held", ["بات يسيطر على الأجواء اليمنية سيطرة كاملة", "يسيطر على أجزاء من المدينة سيطرة تامة"])
def test_control_told_as_a_state_with_its_noun_is_no_takeover(held: str) -> None:
    found = news(f"وقصفت طائرات التحالف مواقع للحوثيين في صعدة مساء الاثنين، مؤكدا أن التحالف {held}.", PUB)
    assert "Battles" not in [e.event_type for e in found]


def test_a_relative_clause_with_a_day_of_its_own_tells_what_its_party_did() -> None:
    found = news("وقال مصدر عسكري إن الهجوم جرى بإسناد من مروحيات الأباتشي التابعة لقوات التحالف العربي، التي استهدفت "
                 "أمس مواقع الحوثيين في مديرية صرواح.", PUB)
    assert [(e.event_date, place(e)) for e in found] == [(date(2015, 10, 19), "Sirwah")]


def test_a_weapon_of_a_later_clause_is_not_what_a_destruction_was_made_with() -> None:
    found = news("ودمرت القوات مدفعين للحوثيين في مديرية صرواح مساء الاثنين، مشيرا إلى أن فرق الهندسة تعمل على تطهير "
                 "المنطقة من العبوات الناسفة.", PUB)
    assert "Remote explosive/landmine/IED" not in [e.sub_event_type for e in found]


def test_a_bare_name_after_a_quarter_the_gazetteer_lacks_is_that_quarters_next_word() -> None:
    found = news("وقال شهود إن مسلحين هاجموا حي جداري بولو على الأطراف الشرقية لمدينة مايدوغوري مساء الاثنين واشتبكوا مع "
                 "الجنود.", PUB)
    assert [place(e) for e in found] == ["Maiduguri"]


def test_a_bare_city_of_a_land_the_text_names_stays() -> None:
    found = news("وقالت الشرطة التركية إنها اعتقلت مساء الاثنين خمسة أشخاص في حي قرب مدينة بولو بتهمة الانتماء لتنظيم "
                 "الدولة.", PUB)
    assert [place(e) for e in found] == ["Bolu"]


def test_what_a_series_of_attacks_does_is_no_incident() -> None:
    found = headline_news("مقتل 20 جنديا بهجوم لطالبان في قندهار وتفجير انتحاري يضرب كابل",
                          "وقال مسؤولون إن 20 جنديا قتلوا عندما هاجم مسلحو طالبان قاعدة للجيش في ولاية قندهار أمس الاثنين، "
                          "في أحدث حلقة من سلسلة هجمات دامية تستهدف قوات الأمن. وفي كابل، فجر انتحاري نفسه في مسجد مساء "
                          "الاثنين.", PUB)
    assert sorted((e.sub_event_type, place(e)) for e in found) == [("Armed clash", "Kandahar"), ("Suicide bomb", "Kabul")]


def test_attacks_over_days_sum_up_several_and_keep_the_one_told_apart() -> None:
    found = events("وقتل أكثر من 90 من أفراد الشرطة في هجمات للمتمردين خلال الأيام الأربعة الماضية، بينها هجوم على مقر "
                   "للشرطة في مدينة غزني يوم الاثنين أودى بحياة 25 شخصا.", PUB)
    assert sorted((e.aggregate, e.fatalities) for e in found) == [(False, 25), (True, 90)]


def test_the_day_after_a_claims_relative_clause_is_the_incidents() -> None:
    found = events("وكان أخطرها هجوم بشاحنة تبناه تنظيم الدولة الإسلامية في مدينة هامبورغ الألمانية في الحادي عشر من "
                   "مارس/آذار 2015 وأودى بحياة شخصين.", PUB)
    assert [(e.event_date, e.background) for e in found] == [(date(2015, 3, 11), True)]


def test_an_act_and_what_it_answered_are_two_incidents_and_its_name_again_is_no_third() -> None:
    found = news("وقتل مسلحان من حركة حماس مساء الاثنين في غارة جوية إسرائيلية على موقع للحركة في بلدة بيت حانون. وقال "
                 "الجيش الإسرائيلي إن الغارة جاءت ردا على إطلاق قذائف من غزة ظهر الاثنين سقطت في بلدة سديروت.", PUB)
    assert sorted((e.sub_event_type, place(e)) for e in found) == [
        ("Air/drone strike", "Bayt Ḩānūn"), ("Shelling/artillery/missile attack", "Sderot")]


def test_a_pluperfect_clause_with_a_day_of_this_week_is_news() -> None:
    found = events("أصيب رجل أمن بإطلاق نار في بلدة العوامية مساء الاثنين. وأضاف المتحدث أن دورية أمنية أخرى كانت قد تعرضت "
                   "لإطلاق نار مساء السبت الماضي في مدينة القطيف، دون إصابات.", PUB)
    assert sorted((e.event_date, e.background) for e in found) == [(date(2015, 10, 17), False), (date(2015, 10, 19), False)]


def test_a_pluperfect_clause_told_after_the_day_of_the_sentence_is_context() -> None:
    found = events("سلمت السلطات الأمريكية أمس الاثنين أرملة قيادي في التنظيم كانت قد اعتقلت بعد غارة أمريكية على سوريا "
                   "أودت بحياة زوجها.", PUB)
    assert [e.background for e in found if e.event_type == "Explosions/Remote violence"] == [True]


def test_an_area_named_in_an_article_on_another_country_is_no_namesake_abroad() -> None:
    found = news("أعلنت وزارة الداخلية في الكويت مساء الاثنين القبض على ثلاثة مشتبه بهم في تفجير مسجد بالكويت. وقالت "
                 "الوزارة إن قوات الأمن دهمت منزلا في منطقة الرقة وقبضت على صاحبه، وإن التحقيقات في الكويت مستمرة.", PUB)
    assert {e.location.country for e in found if e.location} == {"Kuwait"}
