"""Forms of news tuned in round 64: a political opposition's supporters in the street, other
raids after those of a named force, the day an attack named again was on, a toll that rose from
one figure to another, a vehicle driven into a crowd. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, headline_news, news, place
from marsad.geo.gazetteer import default_gazetteer
from marsad.geo.resolve import find_places
from marsad.text import normalize

PUB = date(2017, 8, 10)  # a Thursday; the Wednesday before it is 2017-08-09


@pytest.mark.parametrize("crowd", ["أنصار المعارضة", "مؤيدو زعيم المعارضة", "مناصرو المعارضة"])
def test_supporters_of_the_opposition_who_fight_the_police_riot(crowd: str) -> None:
    found = news(f"اشتبك {crowd} مع الشرطة في مدينة مومباسا الكينية يوم الأربعاء ورشقوا عناصرها بالحجارة.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Violent demonstration", "Rioters (Kenya)")]


def test_other_raids_after_those_of_a_named_force_are_its_raids() -> None:
    found = news("نفذت طائرات التحالف الدولي ثلاث غارات قرب مدينة الرقة يوم الأربعاء، بينما ضربت غارات أخرى مواقع "
                 "للتنظيم قرب مدينة الميادين.", PUB)
    assert [actor1(e) for e in found] == ["International Coalition (Operation Inherent Resolve)"] * 2
    assert len({place(e) for e in found}) == 2


def test_a_similar_shelling_is_not_by_that_word_the_maker_of_the_one_before() -> None:
    found = news("اندلعت اشتباكات بين الفصائل وقوات النظام في بلدة حيان يوم الأربعاء، تزامنا مع قصف بالبراميل على "
                 "بلدة عندان، وقصف مماثل على بلدة تل رفعت أسفر عن مقتل مدنيين.", PUB)
    assert "Opposition Rebels (Syria)" not in [actor1(e) for e in found if e.event_type != "Battles"]


def test_the_day_an_attack_named_again_happened_on_dates_it() -> None:
    found = news("ارتفعت حصيلة ضحايا الهجوم الذي نفذه مسلح على مطعم في مدينة ليون إلى تسعة قتلى، بحسب ما أعلنه "
                 "وزير الداخلية اليوم الخميس. ووقع الهجوم مساء الأربعاء.", PUB)
    assert [(e.event_type, str(e.event_date)) for e in found] == [("Violence against civilians", "2017-08-09")]


def test_a_day_after_a_definite_attack_with_a_place_of_its_own_is_its_own() -> None:
    found = news("قتل تسعة أشخاص في هجوم مسلح على مطعم في مدينة ليون مساء الأربعاء. وأعلنت الشرطة اليوم الخميس أنها "
                 "اعتقلت مشتبها به في مدينة مرسيليا.", PUB)
    assert sorted(str(e.event_date) for e in found) == ["2017-08-09", "2017-08-10"]


@pytest.mark.parametrize("old", ["من 14 إلى 15", "من أربعة عشر إلى 15"])
def test_a_toll_that_rose_from_one_figure_to_another_is_the_new_one(old: str) -> None:
    found = news(f"قتل مدنيون في تفجير انتحاري استهدف سوقا في مدينة بعقوبة يوم الأربعاء. وقالت الشرطة إن حصيلة "
                 f"التفجير ارتفعت {old} قتيلا.", PUB)
    assert [e.fatalities for e in found] == [15]


@pytest.mark.parametrize("verb", ["اقتحمت الشاحنة", "هاجمت الشاحنة"])
def test_a_vehicle_driven_in_is_the_attack_not_a_fight(verb: str) -> None:
    found = news("ارتفعت حصيلة ضحايا الهجوم الذي نفذه رجل يقود شاحنة على حشود المتسوقين في مدينة برلين إلى 12 قتيلا. "
                 f"و{verb}، التي تزن أربعين طنا، جادة الكورنيش مساء الأربعاء.", PUB)
    assert [e.event_type for e in found] == ["Violence against civilians"]


def test_the_grenades_attackers_carry_are_no_incident_of_their_own() -> None:
    found = news("اقتحم مسلحون فندقا في العاصمة كابول يوم الأربعاء ما أدى إلى مقتل عشرة نزلاء. ودخل الفندق ثلاثة "
                 "مسلحين يرتدون ملابس مدنية ويحملون بنادق رشاشة وقنابل يدوية.", PUB)
    assert "Grenade" not in [e.sub_event_type for e in found]


def test_a_fight_that_went_on_after_an_attack_is_that_attack() -> None:
    found = headline_news("مسلحون يهاجمون فندقا في كابول",
                          "قتل عشرة أشخاص عندما هاجم مسلحون فندقا في العاصمة كابول يوم الأربعاء. وفي ولاية قندوز شمالي "
                          "البلاد، قال مسؤولون إن أربعة من عناصر الشرطة قتلوا عندما هاجم مسلحو طالبان نقطة تفتيش ليل "
                          "الثلاثاء، واستمر الاشتباك حتى ساعات الفجر.", PUB)
    assert sorted((e.event_type, place(e)) for e in found) == [("Battles", "Kunduz"), ("Violence against civilians", "Kabul")]


def test_how_an_assault_named_again_began_is_how_it_was_made() -> None:
    found = news("اقتحم مسلحون فندقا في العاصمة كابول يوم الأربعاء ما أدى إلى مقتل عشرين شخصا. وبدأ الهجوم صباحا "
                 "عندما فجر انتحاري نفسه عند البوابة الرئيسية للفندق في كابول.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Suicide bomb", 20)]


def test_what_attackers_took_from_their_victims_is_no_territory() -> None:
    found = news("قتل سبعة أقباط عندما فتح مسلحون النار على حافلة في محافظة المنيا يوم الأربعاء. واعترض المسلحون طريق "
                 "الحافلة وأمروا الركاب بالنزول، ثم أطلقوا عليهم النار واستولوا على هواتفهم ومصوغاتهم.", PUB)
    assert [e.event_type for e in found] == ["Violence against civilians"]


def test_a_point_told_by_its_distance_from_a_city_is_the_place_named_with_it() -> None:
    found = news("تواصلت يوم الأربعاء المعارك بين القوات العراقية ومسلحي تنظيم داعش في محيط مصفاة بيجي، كبرى مصافي "
                 "النفط في البلاد، والواقعة على بعد نحو 200 كيلومتر شمال بغداد. وأسفرت الاشتباكات عن مقتل تسعة من "
                 "عناصر التنظيم.", PUB)
    assert [(e.event_type, e.fatalities) for e in found] == [("Battles", 9)]


def test_the_backers_of_the_first_side_are_no_side_of_their_own() -> None:
    found = news("اندلعت يوم الأربعاء اشتباكات بين القوات العراقية المدعومة بفصائل من أبناء العشائر ومسلحي تنظيم داعش "
                 "في مدينة هيت.", PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Military Forces of Iraq", "Islamic State")]


def test_a_party_in_quotation_marks_after_the_conjunction_is_the_subject_of_a_headlines_verb() -> None:
    found = headline_news("معارك في الرمادي.. و«داعش» يستهدف الجيش العراقي بسيارة مفخخة في هيت",
                          "قتل خمسة جنود عراقيين يوم الأربعاء في تفجير سيارة مفخخة استهدف حاجزا للجيش في مدينة هيت.", PUB)
    assert [(actor1(e), actor2(e)) for e in found if e.event_type != "Battles"] == [("Islamic State", "Military Forces of Iraq")]


@pytest.mark.parametrize("dead", ["إن عناصره قتلوا 18 مسلحا", "إن 18 مسلحا قتلوا"])
def test_armed_men_killed_in_a_raid_fell_in_a_fight(dead: str) -> None:
    found = news(f"قال متحدث باسم الجيش الباكستاني يوم الخميس {dead} في مداهمة لمخبأ في مدينة كراتشي ليل الأربعاء.", PUB)
    assert [(e.event_type, actor1(e), e.fatalities) for e in found] == [("Battles", "Military Forces of Pakistan", 18)]


def test_projectiles_a_force_fires_at_protesters_are_excessive_force() -> None:
    found = news("أطلقت الشرطة مقذوفات معدنية على المحتجين في العاصمة كاراكاس يوم الأربعاء.", PUB)
    assert [e.sub_event_type for e in found] == ["Excessive force against protesters"]


def test_a_deadly_fight_before_the_belt_found_after_it_is_a_fight() -> None:
    found = headline_news("مقتل مطلوب في تبادل لإطلاق النار مع رجال الأمن بحي النسيم في الرياض والقبض على اثنين",
                          "صرح المتحدث الأمني بأنه جرى مساء الأربعاء تطويق منزل في حي النسيم بمدينة الرياض. وأضاف أن "
                          "المطلوب بادر بإطلاق النار على رجال الأمن الذين تعاملوا مع الموقف، ونتج عن ذلك مقتله، فيما تم "
                          "القبض على شخصين كانا برفقته. وأوضح أنه عثر في الموقع على حزام ناسف وأسلحة رشاشة.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Armed clash", 1), ("Disrupted weapons use", None)]


def test_a_headlines_toll_at_a_place_of_its_own_needs_no_party() -> None:
    found = headline_news("خمسة قتلى في هجوم بشاحنة على سوق وسط مدينة نيس",
                          "قتل خمسة أشخاص عندما اندفعت شاحنة نحو حشود المتسوقين في سوق مزدحم مساء الأربعاء. ويعيد الحادث "
                          "إلى الأذهان هجوما مماثلا في العاصمة الألمانية برلين في شهر ديسمبر الماضي، حين اقتحم رجل بشاحنة "
                          "سوقا لعيد الميلاد، ما أسفر عن مقتل 12 شخصا.", PUB)
    assert [(e.event_type, place(e), e.fatalities) for e in found if not e.background] == [
        ("Violence against civilians", "Nice", 5)]


@pytest.mark.parametrize("paper", ["لـ«المدينة»", "للمدينة:"])
def test_a_papers_name_is_no_word_for_a_town(paper: str) -> None:
    found = headline_news("الميليشيات تقتحم مدينة العدين وتخطف صحفيين",
                          "اقتحم مسلحو الحوثي أمس مدينة العدين غرب محافظة إب بعد معارك مع رجال المقاومة الشعبية. وقال "
                          f"سكان {paper} إن المعارك استمرت ساعات. وفي مدينة إب، مركز المحافظة، خطف مسلحون حوثيون مساء "
                          "الاثنين أربعة صحفيين من مقهى في حي الظهار، واقتادوهم إلى جهة مجهولة.", PUB)
    assert [place(e) for e in found if e.sub_event_type == "Abduction/forced disappearance"] == ["Ibb"]


def test_a_place_that_names_another_incident_is_not_where_the_raids_struck() -> None:
    found = news("قال الجيش إن طائراته قصفت مساء الأربعاء معسكرات للمسلحين في مدينة درنة الليبية. وقالت الجماعة إن "
                 "الغارات أصابت مواقع لها ومنازل سكنية، نافية أي صلة لها بهجوم المنيا.", PUB)
    assert "Minya" not in [place(e) for e in found]


def test_the_recurrence_of_attacks_is_no_incident() -> None:
    found = news("شيع آلاف الأقباط الضحايا في جنازة جماعية في مدينة المنيا يوم الأربعاء، وسط غضب من تكرار استهداف "
                 "المسيحيين.", PUB)
    assert [e for e in found if e.event_type != "Protests"] == []


def test_people_counted_dead_after_clashes_are_their_toll_not_their_target() -> None:
    found = news("أعلنت الحكومة إحباط محاولة تمرد نفذتها وحدات من الجيش ليل الأربعاء، بعد ساعات من المواجهات الدامية في "
                 "العاصمة أنقرة ومدينة إسطنبول، قتل خلالها 40 شخصا على الأقل.", PUB)
    assert [(e.event_type, e.fatalities) for e in found] == [("Battles", 40), ("Battles", None)]


def test_a_capital_after_wa_fi_is_the_place_not_its_government() -> None:
    found = news("وفي أنقرة، قصفت مروحية تابعة للمتمردين مقرا للشرطة ليل الأربعاء، ما أدى إلى مقتل 17 شرطيا.", PUB)
    assert [place(e) for e in found] == ["Ankara"]


def test_the_attacker_a_force_stopped_before_his_blast_was_not_arrested() -> None:
    found = news("حاول انتحاري اقتحام كنيسة في مدينة الإسكندرية يوم الأربعاء، لكن عناصر الأمن أوقفوه عند البوابة ففجر "
                 "حزامه الناسف، ما أدى إلى مقتل تسعة أشخاص.", PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


@pytest.mark.parametrize(("crowd", "kinds"), [
    ("آلاف المشجعين", ["Remote explosive/landmine/IED"]),
    ("آلاف المتظاهرين", ["Remote explosive/landmine/IED", "Peaceful protest"]),
])
def test_a_crowd_going_out_is_a_protest_only_when_it_protests(crowd: str, kinds: list[str]) -> None:
    found = news(f"قالت الشرطة إن رجلا فجر عبوة ناسفة في بهو قاعة للحفلات في مدينة مانشستر مساء الأربعاء لحظة خروج {crowd}، "
                 "ما أدى إلى مقتل 20 شخصا.", PUB)
    assert sorted(e.sub_event_type for e in found) == sorted(kinds)


def test_an_operation_that_targeted_keeping_order_targeted_no_one() -> None:
    found = news("قالت الوزارة إن قوات الأمن نفذت يوم الأربعاء عملية في بلدة سترة، وأوضحت أن العملية استهدفت \"حفظ "
                 "الأمن والنظام العام\" وإزالة الحواجز عند مداخل البلدة.", PUB)
    assert "Battles" not in [e.event_type for e in found]


def test_people_killed_by_a_force_where_a_sit_in_is_held_were_protesters() -> None:
    found = news("قالت وزارة الداخلية إن خمسة أشخاص قتلوا يوم الأربعاء خلال عملية أمنية نفذتها الشرطة في بلدة الدراز، "
                 "حيث يعتصم أنصار رجل دين بارز أمام منزله منذ أشهر.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Excessive force against protesters", 5)]


@pytest.mark.parametrize(("text", "places"), [
    ("وسقط الناس من حولي بعد الانفجار.", []),  # "around me", not Kuwait's Hawalli
    ("قتل شرطي في هجوم في محافظة حولي بالكويت.", ["Ḩawallī", "Kuwait"]),
])
def test_around_me_is_no_town_of_kuwait(text: str, places: list[str]) -> None:
    found = find_places(normalize(text).text, default_gazetteer())
    assert [p.place.name for p in found if p.place is not None] == places


def test_the_fire_of_air_defences_at_a_raid_is_part_of_it() -> None:
    found = news("شنت طائرات التحالف مساء الأربعاء غارات على مواقع للحوثيين في صنعاء، فيما ردت المضادات الأرضية "
                 "للحوثيين بنيران كثيفة. وفي تعز، قتل مدنيان في قصف شنه الحوثيون على حي الجحملية.", PUB)
    assert sorted(e.event_type for e in found) == ["Explosions/Remote violence", "Explosions/Remote violence"]
