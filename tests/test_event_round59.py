"""Forms of news tuned in round 59: a sentence lent the headline's place and the village the
text locates by that place, the guard of Libya's oil ports, armed men said later to belong to a
named group, a headline's country label over the town it names, what a strike destroyed, an
incident named again as the subject after its verb, a second backer joined by "و". Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, headline_news, news, place

PUB = date(2017, 4, 10)  # a Monday


@pytest.mark.parametrize("second", [
    "وقال الجيش إن عشرات الشبان رشقوا الجنود بالحجارة والزجاجات الفارغة.",
    "وقال متحدث عسكري إن مئات الشبان ألقوا الحجارة على دورية للجيش.",
])
def test_a_sentence_lent_the_headlines_place_tells_the_village_located_by_it(second: str) -> None:
    found = headline_news(
        "إصابة شبان فلسطينيين في مواجهات مع الجيش الإسرائيلي قرب الخليل",
        "أصيب خمسة شبان بالرصاص المطاطي خلال مواجهات مع الجيش الإسرائيلي في قرية كفر زنبور شمال "
        f"الخليل يوم السبت. {second}", PUB)
    assert [(e.event_type, place(e)) for e in found] == [("Riots", "قرية كفر زنبور")]


def test_two_villages_located_by_one_town_stay_two() -> None:
    found = headline_news(
        "مواجهات بين شبان فلسطينيين والجيش الإسرائيلي قرب الخليل",
        "أصيب خمسة شبان بالرصاص المطاطي خلال مواجهات مع الجيش الإسرائيلي في قرية كفر زنبور شمال "
        "الخليل يوم السبت. وفي قرية عين زيتونة جنوب الخليل، أصيب شابان خلال مواجهات مع الجيش مساء الأحد.", PUB)
    assert sorted(place(e) or "" for e in found) == ["قرية عين زيتونة", "قرية كفر زنبور"]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون مجهولون عناصر حرس المنشآت النفطية قرب ميناء رأس لانوف مساء الأحد.",
    "قتل اثنان من حرس المنشآت النفطية في هجوم شنه مسلحون على بوابة ميناء السدرة مساء الأحد.",
])
def test_the_guard_of_libyas_oil_ports_is_a_party(text: str) -> None:
    assert "Petroleum Facilities Guard" in [actor2(e) for e in news(text, PUB)], text


@pytest.mark.parametrize("second, group", [
    ("وأضافت الوزارة أن المهاجمين ينتمون إلى حركة حسم.", "Hasm Movement"),
    ("وقالت الشرطة إن المسلحين ينتمون إلى جماعة أنصار بيت المقدس.", "Islamic State"),
])
def test_armed_men_said_in_a_sentence_after_to_belong_to_a_group_are_its_men(second: str, group: str) -> None:
    found = news(f"قتل مسلحون ثلاثة من رجال الشرطة في هجوم على كمين أمني بمدينة الإسماعيلية مساء الأحد. {second}", PUB)
    assert [actor1(e) for e in found] == [group]


def test_soldiers_said_to_belong_to_a_division_name_no_group() -> None:
    found = news("قتل مسلحون ثلاثة جنود في هجوم على حاجز بمدينة العريش مساء الأحد. وقال الجيش إن الجنود "
                 "الذين قتلوا ينتمون إلى الكتيبة الثالثة.", PUB)
    assert [actor1(e) for e in found] == ["Unidentified Armed Group (Egypt)"]


@pytest.mark.parametrize("title, town", [
    ("مصر: مظاهرات على رفع الأسعار في الإسكندرية", "Alexandria"),
    ("العراق: مظاهرات على انقطاع الكهرباء في البصرة", "Basrah"),
])
def test_a_headlines_country_label_yields_to_the_town_it_names_after(title: str, town: str) -> None:
    found = headline_news(title, "اعتقلت قوات الأمن عشرين شابا يوم السبت بعد أن أحرقوا إطارات السيارات وسط الشوارع.", PUB)
    assert [(e.sub_event_type, place(e)) for e in found if e.sub_event_type == "Arrests"] == [("Arrests", town)], title


def test_hardware_a_strike_destroyed_is_the_strikes_work() -> None:
    found = headline_news(
        "مقتل العشرات من الحوثيين في معارك بمأرب",
        "أكدت مصادر في المقاومة الشعبية بمحافظة مأرب أن أكثر من 40 من ميليشيات الحوثي لقوا مصرعهم في مواجهات "
        "مع رجال المقاومة في جبهة صرواح غرب المحافظة خلال الساعات الماضية.\n\nوأضافت المصادر أن طيران التحالف "
        "شن غارات مكثفة على تجمعات الميليشيات في المنطقة، ودمر عددا من الآليات العسكرية.", date(2015, 8, 5))
    assert sorted(e.event_type for e in found) == ["Battles", "Explosions/Remote violence"]


def test_hardware_destroyed_by_a_new_subject_is_a_fight() -> None:
    found = news("شنت طائرات التحالف غارات على مواقع الحوثيين في مديرية نهم يوم الأحد، ودمرت قوات الجيش "
                 "ثلاث آليات للحوثيين في مديرية صرواح.", PUB)
    assert sorted(e.event_type for e in found) == ["Battles", "Explosions/Remote violence"]


def test_an_incident_named_again_as_the_subject_after_its_verb_is_the_one_told_before() -> None:
    found = headline_news(
        "مصر: مقتل شرطيين في انفجار عبوة ناسفة في العريش",
        "قتل شرطيان مساء السبت في انفجار عبوة ناسفة استهدفت دورية أمنية في مدينة العريش.\n\nوكان عشرون جنديا "
        "قتلوا الجمعة في هجوم بسيارات مفخخة على نقطة للجيش في محافظة شمال سيناء.\n\nواستهدف الهجوم كتيبة للجيش "
        "كانت تحرس الطريق، وقتل فيه قائدها.", None)
    assert sorted(place(e) or "" for e in found) == ["Arīsh", "North Sinai"]


@pytest.mark.parametrize("verb", ["تمكنت أمس من تحرير", "حررت أمس"])
def test_a_second_backer_joined_by_and_backs_the_actor(verb: str) -> None:
    found = news(f"أعلنت قيادة العمليات أن القوات الأمنية بمساندة الحشد الشعبي وأبناء العشائر {verb} قرية "
                 "البو شجل شمال مدينة الفلوجة.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Government regains territory", "Military Forces of Iraq")]


@pytest.mark.parametrize("where, town", [
    ("في غرب العاصمة الأفغانية كابل", "Kabul"),
    ("في شرق العاصمة العراقية بغداد", "Baghdad"),
])
def test_a_side_of_a_capital_then_its_name_is_one_place(where: str, town: str) -> None:
    found = news(f"قتل 12 شخصا على الأقل عندما فجر انتحاري نفسه داخل مسجد {where} يوم الجمعة. "
                 "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن التفجير.", PUB)
    assert [(place(e), actor1(e), e.fatalities) for e in found] == [(town, "Islamic State", 12)]


@pytest.mark.parametrize("toll", [
    "وقالت مصادر طبية إن ثلاثة أشخاص لقوا حتفهم وجرح عشرة في المواجهات.",
    "وقال مسؤول في وزارة الصحة إن ستة أشخاص قتلوا في الاشتباكات.",
])
def test_people_counted_dead_in_the_clashes_told_before_are_their_toll(toll: str) -> None:
    found = headline_news("ليبيا: قتال بين ميليشيات متناحرة في طرابلس",
                          f"اندلعت اشتباكات بين ميليشيات متناحرة في حي أبو سليم بالعاصمة طرابلس يوم الجمعة. {toll}", PUB)
    assert [e.event_type for e in found] == ["Battles"], toll


def test_a_referring_word_names_a_party_told_only_in_a_description_of_control() -> None:
    found = news("استعادت قوات الجيش والمقاومة الشعبية أمس تلالا كانت تسيطر عليها ميليشيات الحوثي في مديرية "
                 "صرواح. كما قصفت طائرات التحالف مواقع للميليشيات في مديرية نهم.", date(2015, 8, 5))
    assert [(e.sub_event_type, actor2(e)) for e in found if e.sub_event_type == "Air/drone strike"] == [
        ("Air/drone strike", "Ansar Allah (Houthi Movement)")]


@pytest.mark.parametrize("text, held", [
    ("استعادت فصائل المعارضة أمس ثلاث قرى كانت تسيطر عليها القوات الحكومية في ريف حماة الشمالي.",
     "Military Forces of Syria"),
    ("سيطرت القوات العراقية أمس على قرى كانت تخضع لسيطرة تنظيم داعش جنوب مدينة الموصل.", "Islamic State"),
])
def test_the_party_a_description_of_control_names_held_what_was_taken(text: str, held: str) -> None:
    assert [actor2(e) for e in news(text, date(2015, 8, 5))] == [held], text


@pytest.mark.parametrize("text", [
    "هاجم مسلحون قرية في ولاية شمال دارفور يوم السبت، وقتلوا 25 شخصا على الأقل وأحرقوا عشرات المنازل.",
    "اقتحم مسلحون من جماعة بوكو حرام بلدة في ولاية بورنو يوم السبت، وقتلوا 14 قرويا.",
])
def test_people_the_attackers_killed_in_the_clause_after_are_the_victims(text: str) -> None:
    assert [(e.event_type, (actor2(e) or "")[:9]) for e in news(text, PUB)] == [("Violence against civilians", "Civilians")], text


def test_soldiers_the_attackers_killed_in_the_clause_after_make_a_battle() -> None:
    found = news("هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي في بلدة بولو مرير يوم السبت، وقتلوا ستة جنود.", PUB)
    assert [e.event_type for e in found] == ["Battles"]


@pytest.mark.parametrize("text, second", [
    ("وحاولت قوات النظام اقتحام بلدة كفرنبودة من الجهة الشمالية أمس، إلا أن مقاتلي المعارضة تصدوا لها.",
     "Military Forces of Syria"),
    ("حاول مسلحو تنظيم الدولة التقدم نحو قرية تل الورد أمس، لكن قوات البيشمركة تصدت لهم.", "Islamic State"),
])
def test_a_verb_of_repelling_with_a_pronoun_fought_the_party_named_before(text: str, second: str) -> None:
    assert [actor2(e) for e in news(text, date(2015, 8, 5)) if e.event_type == "Battles"][:1] == [second], text


@pytest.mark.parametrize("title", [
    "العراق: نزوح آلاف المدنيين من غرب الموصل مع اشتداد المعارك",
    "سوريا: فرار مئات العائلات من ريف حماة مع احتدام المعارك",
])
def test_people_after_a_noun_of_fleeing_are_no_victims(title: str) -> None:
    found = headline_news(title, "قال ضابط في الشرطة إن قواته سيطرت على حي الدواسة يوم الأحد بعد معارك مع مسلحي تنظيم "
                                 "الدولة الإسلامية.", PUB)
    assert "Violence against civilians" not in [e.event_type for e in found], title


@pytest.mark.parametrize("text", [
    "قضت محكمة جنايات الجيزة يوم الاثنين بإعدام 11 متهما بعد إدانتهم بالهجوم على قسم للشرطة.",
    "حكمت محكمة عسكرية أمس بالإعدام على سبعة متهمين في قضية اغتيال ضابط.",
])
def test_a_penalty_a_court_passes_is_no_killing(text: str) -> None:
    assert [e for e in news(text, PUB) if e.event_type == "Violence against civilians" and not e.background] == [], text


@pytest.mark.parametrize("text, force", [
    ("اغتال مسلحون مجهولون ضابطا برتبة عقيد في الجيش اليمني أمام منزله في مدينة عدن صباح الثلاثاء.",
     "Military Forces of Yemen"),
    ("قتل مسلحون مجهولون ضابطا برتبة نقيب في الشرطة العراقية قرب منزله في مدينة كركوك مساء الثلاثاء.",
     "Police Forces of Iraq"),
    ("اغتال مسلحون ضابطا برتبة مقدم بالجيش المصري أمام منزله بمدينة العريش مساء الثلاثاء.", "Military Forces of Egypt"),
])
def test_the_force_an_officer_named_by_his_rank_serves_in_is_acted_on(text: str, force: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [force], text


def test_the_occupations_forces_arrest_as_its_army() -> None:
    found = news("اعتقلت قوات الاحتلال فجر اليوم سبعة شبان خلال مداهمات في بلدة بيت أمر شمال الخليل.", date(2015, 8, 5))
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Arrests", "Military Forces of Israel")]


@pytest.mark.parametrize("answer", [
    "وزعم جيش الاحتلال أن الغارات جاءت ردا على إطلاق قذيفة صاروخية من القطاع باتجاه مستوطنات غلاف غزة.",
    "وقال الجيش إن الغارات تأتي ردا على إطلاق صاروخ باتجاه مدينة عسقلان.",
])
def test_the_places_of_what_a_strike_answered_are_not_its_own(answer: str) -> None:
    found = headline_news("غارات إسرائيلية على مواقع للمقاومة في غزة",
                          "شنت طائرات الاحتلال فجر أمس غارات على مواقع لكتائب القسام في مدينة خان يونس جنوب قطاع "
                          f"غزة، دون أن يبلغ عن إصابات. {answer}", date(2015, 8, 1))
    assert [place(e) for e in found if e.sub_event_type == "Air/drone strike"] == ["Khān Yūnis"], answer


def test_a_namesake_across_a_border_from_the_town_it_is_said_to_lie_near_is_unknown() -> None:
    found = news("أحرق مستوطنون فجر أمس منزلا لعائلة فلسطينية في قرية دوما جنوب نابلس، ما أدى إلى مقتل طفل.",
                 date(2015, 8, 1))
    assert [(actor1(e), place(e)) for e in found] == [("Settlers (Israel)", "قرية دوما")]


def test_a_headlines_place_far_from_the_town_its_body_names_is_another_clauses() -> None:
    found = headline_news(
        "المعارضة تسيطر بالزبداني و12 غارة للتحالف ضد داعش",
        "قال الجيش الأمريكي إن الولايات المتحدة وحلفاءها استهدفوا مسلحي التنظيم بـ12 ضربة جوية بالقرب من حلب "
        "والحسكة يوم الاثنين.", date(2015, 7, 22))
    assert sorted(place(e) or "" for e in found if e.sub_event_type == "Air/drone strike") == ["Al Ḩasakah", "Aleppo"]


@pytest.mark.parametrize("quarter", ["حي الجيزة البحرية", "حي الإسكندرية"])
def test_a_quarter_named_after_a_foreign_city_is_a_quarter_of_the_city_told(quarter: str) -> None:
    found = news(f"أعلنت القوات الموالية لحكومة الوفاق أنها سيطرت بالكامل على {quarter}، آخر معاقل تنظيم الدولة "
                 "في مدينة سرت، يوم الاثنين.", PUB)
    assert [place(e) for e in found] == ["Sirte"], quarter


@pytest.mark.parametrize("text, force", [
    ("قال شهود إن قوات الأمن السودانية أطلقت الغاز المسيل للدموع لتفريق مظاهرة مناهضة للحكومة في الخرطوم يوم الخميس.",
     "Police Forces of Sudan"),
    ("وقعت مواجهات عنيفة بين قوات الأمن التركية ومحتجين أكراد في حي غازي عثمان باشا بإسطنبول يوم الخميس.",
     "Police Forces of Turkey"),
])
def test_security_forces_that_met_a_crowd_are_its_police(text: str, force: str) -> None:
    found = news(text, PUB)
    assert [force in (actor1(e), actor2(e)) for e in found] == [True], text


def test_an_army_that_met_a_crowd_stays_an_army() -> None:
    found = news("أصيب خمسة فلسطينيين خلال مواجهات مع الجيش الإسرائيلي في بلدة بيت فوريك يوم الجمعة.", PUB)
    assert [actor2(e) for e in found] == ["Military Forces of Israel"]


@pytest.mark.parametrize("guns, sub", [
    ("المدفعية والطائرات", "Air/drone strike"),
    ("المدفعية", "Shelling/artillery/missile attack"),
])
def test_the_guns_a_speaking_army_names_with_no_owner_are_its_own(guns: str, sub: str) -> None:
    found = news(f"وقال الجيش اللبناني في بيان إن {guns} قصفت مواقع التنظيم في جرود رأس بعلبك يوم السبت.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [(sub, "Military Forces of Lebanon")], guns


def test_the_guards_fire_at_a_bomber_the_force_stopped_is_the_foiling() -> None:
    found = headline_news("الأمن العراقي يحبط هجوما انتحاريا في كربلاء",
                          "أعلنت قيادة العمليات أن القوات الأمنية تمكنت أمس من قتل انتحاري قبل أن يفجر حزامه الناسف عند "
                          "مدخل مدينة كربلاء. وأضافت أن الانتحاري حاول الدخول إلى المدينة مع الزائرين، إلا أن عناصر "
                          "نقطة التفتيش اشتبهوا به وأطلقوا النار عليه.", date(2015, 8, 5))
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_the_men_of_a_checkpoint_are_the_states_forces() -> None:
    found = news("هاجم مسلحون عناصر الحاجز عند مدخل مدينة الرمادي مساء السبت وقتلوا اثنين منهم.", date(2015, 8, 5))
    assert [actor2(e) for e in found] == ["Military Forces of Iraq"]


@pytest.mark.parametrize("series", ["سلسلة اغتيالات", "موجة اغتيالات"])
def test_a_series_of_assassinations_sums_up_many(series: str) -> None:
    found = news(f"قتل قيادي في فصيل معارض بانفجار عبوة ناسفة في بلدة سراقب أمس، في وقت تشهد فيه المحافظة {series} "
                 "طالت قياديين في الفصائل.", date(2015, 8, 5))
    assert [e.aggregate for e in found if e.event_type == "Battles"] in ([], [True]), series


@pytest.mark.parametrize("accused, maker", [
    ("تنظيم الدولة الإسلامية بتنفيذ", "Islamic State"),
    ("الحكومة السورية بالوقوف وراء", "Military Forces of Syria"),
])
def test_the_accused_made_the_incident_not_the_accuser(accused: str, maker: str) -> None:
    found = news(f"قتل عشرون مدنيا في هجوم بقذائف الهاون على بلدة خان شيخون يوم الثلاثاء. واتهمت المعارضة {accused} الهجوم.",
                 date(2017, 4, 5))
    assert [actor1(e) for e in found] == [maker], accused


def test_an_accuser_made_nothing() -> None:
    found = news("قتل عشرون مدنيا في هجوم بغاز سام على بلدة خان شيخون يوم الثلاثاء. واتهمت المعارضة الحكومة بالوقوف "
                 "وراء الهجوم.", date(2017, 4, 5))
    assert "Opposition Rebels (Syria)" not in [actor1(e) for e in found]


def test_the_forces_a_states_command_names_with_no_owner_are_its_own() -> None:
    found = news("وقالت قيادة العمليات المشتركة إن القوات سيطرت يوم الأحد على قرية العبرة الصغيرة غربي تلعفر.",
                 date(2017, 8, 22))
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Government regains territory", "Military Forces of Iraq")]


def test_the_forces_a_rebel_speaker_names_with_no_owner_are_not_its_own() -> None:
    found = news("وقالت الفصائل إن القوات قصفت يوم الأحد بلدة اللطامنة في ريف حماة.", date(2017, 8, 22))
    assert "Opposition Rebels (Syria)" not in [actor1(e) for e in found]


def test_a_headline_near_a_town_keeps_it_over_the_countryside_of_a_far_city() -> None:
    found = headline_news("تنظيم داعش يستعيد السيطرة على قرى قرب تدمر",
                          "استعاد تنظيم داعش، أمس، السيطرة على أربع قرى في ريف حمص الشرقي قرب مدينة تدمر، بعد هجوم "
                          "على مواقع قوات النظام.", PUB)
    assert [place(e) for e in found] == ["Tadmur"]


def test_arrests_where_a_force_met_a_riot_are_that_riots() -> None:
    found = headline_news("تونس: مواجهات بين محتجين والشرطة في قفصة",
                          "اندلعت مواجهات بين مئات المحتجين وقوات الأمن في مدينة قفصة الاثنين، ورشق المحتجون عناصر "
                          "الأمن بالحجارة. وقالت وزارة الداخلية إن قوات الأمن اعتقلت 15 من المشاركين في أعمال الشغب.", PUB)
    assert [e.event_type for e in found] == ["Riots"]
