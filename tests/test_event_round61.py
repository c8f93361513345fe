"""Forms of news tuned in round 61: a relative day in what was reported on a named day, the place a
protest was held past what it was against, a nationality after a region, a group's province, a
plot foiled, a count since an operation began, what the attackers did, today before what a force
was able to do, the incident that opens a period, a claim beside a description, a government that
announces a place freed, a force that engaged infiltrators, a denied takeover beside a fight, a
soldier's rank, a deed done during another, the dead of another sentence, a force that answered
its own man's death, an incident described as known, a road named after a city, an ally beside a
force named by its pronoun, an appeal, matter that explodes, a force rioters pelt. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, headline_news, news, place

PUB = date(2016, 11, 23)  # a Wednesday; the Sunday before it is 2016-11-20


@pytest.mark.parametrize("said, when, day", [
    ("قال ضباط في الشرطة المحلية يوم الأحد إن", "أمس", date(2016, 11, 19)),
    ("أفاد الجيش الأحد في بيان بأن", "مساء أمس", date(2016, 11, 19)),
    ("ذكر مسؤولون في المحافظة يوم الأحد أن", "اليوم", date(2016, 11, 20)),
])
def test_a_relative_day_in_what_was_reported_on_a_named_day_counts_from_that_day(said: str, when: str, day: date) -> None:
    found = news(f"{said} مسلحين هاجموا {when} حاجزا للجيش على الطريق بين بيجي وتكريت، وقتلوا أربعة جنود.", PUB)
    assert [e.event_date for e in found] == [day]


@pytest.mark.parametrize("text, day", [
    # the writer's own "أمس" and a reporting day told after what was reported count from publication
    ("هاجم مسلحون أمس حاجزا للجيش على الطريق بين بيجي وتكريت، وقتلوا أربعة جنود، بحسب ما قالت الشرطة الأحد.",
     date(2016, 11, 22)),
    # a relative day that names its weekday is that day
    ("قال ضباط في الشرطة الأحد إن مسلحين هاجموا أمس الثلاثاء حاجزا للجيش قرب تكريت، وقتلوا أربعة جنود.",
     date(2016, 11, 22)),
])
def test_relative_days_the_writer_counts_stay_his(text: str, day: date) -> None:
    assert [e.event_date for e in news(text, PUB)] == [day]


@pytest.mark.parametrize("topic", [
    "المحتجين على قرار البرلمان ضم الجزيرة إلى البحرين",
    "المتظاهرين ضد بيع الأراضي الزراعية لشركات من الكويت",
])
def test_the_places_of_what_a_protest_is_against_are_not_where_it_was_held(topic: str) -> None:
    found = news(f"فرقت الشرطة بالغاز المسيل للدموع مئات {topic}، في حي الدقي بمحافظة الجيزة مساء الثلاثاء.", PUB)
    assert [place(e) for e in found if e.event_type == "Protests"] == ["Giza"]


def test_a_protest_against_a_deed_in_one_place_held_in_another_is_there() -> None:
    found = news("تجمع آلاف الأردنيين تنديدا بالقصف الإسرائيلي على قطاع غزة، في وسط عمان يوم الثلاثاء.", PUB)
    assert [place(e) for e in found] == ["Amman"]


def test_a_protest_where_its_topic_is_the_only_place_stays_there() -> None:
    found = news("تظاهر آلاف الفلسطينيين يوم الثلاثاء احتجاجا على هدم منازل في مدينة الخليل.", PUB)
    assert [place(e) for e in found] == ["Hebron"]


@pytest.mark.parametrize("region", ["كشمير الهندية", "إقليم كشمير الهندية"])
def test_a_nationality_after_a_region_is_its_adjective_not_a_town_of_that_name(region: str) -> None:
    found = news(f"قتل أربعة شبان برصاص الشرطة في {region} يوم الثلاثاء خلال احتجاجات على مقتل مسلح.", PUB)
    assert {e.location.country for e in found if e.location} == {"India"}


def test_the_government_forces_after_a_foreign_air_force_are_the_host_states() -> None:
    found = news("وقالت موسكو إن طائراتها شنت عشرات الغارات على مواقع المسلحين قرب تدمر يوم الاثنين. وكانت القوات "
                 "الحكومية قد سيطرت على حقل شاعر للغاز شرقي حمص يوم الأحد بعد معارك مع التنظيم.", PUB)
    assert ("Government regains territory", "Military Forces of Syria") in [(e.sub_event_type, actor1(e)) for e in found]


@pytest.mark.parametrize("province, group", [
    ("ولاية نجد", "Islamic State"),
    ("ولاية خراسان", "Islamic State (Afghanistan)"),
])
def test_a_province_in_whose_name_a_group_claims_is_the_group_not_a_place(province: str, group: str) -> None:
    found = news(f"انفجرت سيارة مفخخة يوم الثلاثاء قرب مركز للشرطة في مدينة جلال آباد، وتبنى التنظيم الهجوم في بيان "
                 f"باسم ما يسمى {province}.", PUB)
    assert [place(e) for e in found] == ["Jalalabad"]


def test_a_count_of_sorties_since_an_operation_began_is_no_incident_of_the_day() -> None:
    found = news("وقال المتحدث في إيجاز صحفي بقاعدة جوية في الرياض مساء الثلاثاء إن طائرات التحالف نفذت نحو 2300 طلعة "
                 "جوية منذ انطلاق العملية.", PUB)
    assert [place(e) for e in found] == []


@pytest.mark.parametrize("foiled", ["إحباط مخطط إرهابي", "إحباط عمل إرهابي"])
def test_a_plot_foiled_is_a_disrupted_weapons_use_and_what_it_aimed_at_no_attack(foiled: str) -> None:
    found = news(f"أعلنت وزارة الداخلية البحرينية مساء الثلاثاء {foiled} كانت تعد له خلية مرتبطة بإيران، يستهدف "
                 "منشآت نفطية في جزيرة سترة.", PUB)
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_explosive_belts_seized_are_a_disrupted_weapons_use() -> None:
    found = news("وأعلنت الشرطة الكويتية ضبط حزامين ناسفين في منزل بمنطقة الجهراء يوم الثلاثاء.", PUB)
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_an_arrest_made_passive_with_words_between_is_one() -> None:
    found = news("وأوضح المتحدث أنه تم القبض يوم الثلاثاء في مدينة الدمام على مطلوب رابع.", PUB)
    assert [(e.sub_event_type, place(e)) for e in found] == [("Arrests", "Dammam")]


def test_what_the_attackers_of_an_incident_told_before_did_is_how_it_was_made() -> None:
    found = news("قتل خمسة جنود يوم الثلاثاء في هجوم شنه مسلحون على موقع عسكري في بلدة بئر العبد بشمال سيناء. وقال "
                 "الجيش إن المهاجمين فجروا عبوة ناسفة عند مدخل الموقع ثم أطلقوا النار على الجنود من أسلحة رشاشة.", PUB)
    assert len(found) == 1


def test_attackers_with_a_place_of_their_own_made_another_incident() -> None:
    found = news("قتل خمسة جنود يوم الثلاثاء في هجوم شنه مسلحون على موقع عسكري في بلدة بئر العبد بشمال سيناء. وقال "
                 "الجيش إن المهاجمين فجروا عبوة ناسفة قرب مدينة العريش مساء الأربعاء.", date(2016, 11, 24))
    assert len(found) == 2


@pytest.mark.parametrize("said", ["وأضاف الضابط أن خبراء المتفجرات تمكنوا صباح اليوم", "وقالت الشرطة إن فرق الهندسة تمكنت اليوم"])
def test_today_before_what_a_force_was_able_to_do_dates_it(said: str) -> None:
    found = news(f"انفجرت عبوة ناسفة مساء الاثنين قرب مدينة العريش دون إصابات. {said} من تفكيك عبوتين أخريين قرب "
                 "مدينة الشيخ زويد.", PUB)
    assert [e.event_date for e in found if e.sub_event_type == "Disrupted weapons use"] == [PUB]


@pytest.mark.parametrize("since", ["منذ استئناف الهجوم", "منذ بدء الهجوم", "منذ انطلاق الهجوم"])
def test_the_incident_that_opens_a_period_is_told_as_its_start(since: str) -> None:
    found = news(f"ويقول ناشطون إن أكثر من 150 شخصا قتلوا في الأحياء الشرقية من حلب {since} الأسبوع الماضي.", PUB)
    assert found == []


def test_a_battle_going_on_counted_on_the_day_a_report_told_it_is_no_incident_of_that_day() -> None:
    found = news("وتسببت الاشتباكات المتواصلة في محيط مطار كويرس بمقتل أكثر من 40 مقاتلا من الجانبين، وفق حصيلة جديدة "
                 "للمرصد أمس.", PUB)
    assert found == []


def test_a_claimer_before_a_description_that_ties_it_to_another_group_claims() -> None:
    found = news("قتل أربعة أشخاص عندما فجر انتحاري حزاما ناسفا قرب مقر للشرطة في مدينة كيسمايو مساء الثلاثاء. "
                 "وأعلنت حركة الشباب الإسلامية، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم.", PUB)
    assert [actor1(e) for e in found] == ["Al Shabaab"]


def test_a_groups_claim_names_the_attack_not_the_fight_a_force_made_after_it() -> None:
    found = news("قتل سبعة أشخاص عندما فجر انتحاري نفسه عند مدخل مطعم في مدينة بيدوا مساء الثلاثاء. وقال شهود إن "
                 "مسلحين حاولوا دخول المطعم بعد الانفجار، لكن قوات الأمن تصدت لهم. وأعلنت حركة الشباب الإسلامية، "
                 "المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم.",
                 PUB)
    assert ("Suicide bomb", "Al Shabaab") in [(e.sub_event_type, actor1(e)) for e in found]


def test_what_a_party_resorts_to_is_a_way_of_its_war() -> None:
    found = events("انفجرت عبوة ناسفة في سوق بمدينة بعقوبة يوم الاثنين. وقالت الأمم المتحدة إن 300 مدني قتلوا في أعمال "
                   "عنف خلال شهر أكتوبر الماضي. ويقول مسؤولون إن التنظيم يلجأ إلى التفجيرات في المدن لتخفيف الضغط على "
                   "مقاتليه في غرب الرقة.", PUB)
    assert "Ar Raqqah" not in [place(e) for e in found]


@pytest.mark.parametrize("announcer", ["أعلنت الحكومة العراقية", "أعلنت وزارة الدفاع العراقية"])
def test_a_government_that_announces_a_place_freed_took_it(announcer: str) -> None:
    found = news(f"{announcer} يوم الثلاثاء تحرير مدينة هيت بالكامل من قبضة تنظيم داعش.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Government regains territory", "Military Forces of Iraq")]


def test_the_place_the_losers_fled_toward_is_no_place_taken() -> None:
    found = news("وأعلن رئيس الوزراء اليمني يوم الثلاثاء السيطرة على مديريتي المعلا والتواهي، وفرار من تبقى من "
                 "مقاتلي الحوثيين باتجاه لحج.", PUB)
    assert "Laḩij" not in [place(e) for e in found]


def test_a_force_that_engaged_infiltrators_fought_them() -> None:
    found = news("وأوضح المصدر أن مجموعة من المتسللين حاولت مساء الثلاثاء عبور الحدود قرب مركز الطوال بمنطقة جازان، "
                 "فتعاملت معها القوات المسلحة السعودية وأجبرتها على التراجع.", PUB)
    assert [(e.event_type, actor1(e)) for e in found] == [("Battles", "Military Forces of Saudi Arabia")]


def test_a_place_said_taken_that_a_source_denies_is_no_outcome_of_the_fight_told_as_fact() -> None:
    found = headline_news(
        "مصدر عسكري ينفي سيطرة الحوثيين على موقع حدودي في جازان",
        "نفى مصدر عسكري سعودي ما أوردته قنوات الحوثيين عن سيطرة مسلحيها على موقع حدودي قرب مركز الطوال. وأوضح المصدر "
        "أن متسللين حاولوا مساء الثلاثاء عبور الحدود قرب مركز الطوال، فتم التعامل معهم وقتل تسعة منهم.", PUB)
    assert sorted((e.sub_event_type, e.modality) for e in found) == [
        ("Armed clash", "asserted"), ("Non-state actor overtakes territory", "denied")]


@pytest.mark.parametrize("rank", ["العريف", "الرقيب", "الملازم"])
def test_a_soldier_named_by_his_rank_is_of_the_forces(rank: str) -> None:
    found = news(f"استشهد {rank} سعد الغامدي مساء الاثنين إثر سقوط قذيفة أطلقها الحوثيون على موقعه العسكري في "
                 "محافظة الحرث.", PUB)
    assert [actor2(e) for e in found] == ["Military Forces of Saudi Arabia"]


def test_a_verb_done_during_a_deed_of_its_kind_is_by_that_deeds_party() -> None:
    found = news("نفذت القوات الإسرائيلية فجر الثلاثاء حملة مداهمات في الضفة الغربية، اعتقلت خلالها 15 فلسطينيا، "
                 "منهم 6 من مدينة طولكرم و4 من بلدة يطا.", PUB)
    assert {actor1(e) for e in found} == {"Military Forces of Israel"}


def test_the_dead_of_a_sentence_before_name_no_party_of_the_next() -> None:
    found = news("قتل 15 مسلحا. وواصلت الطائرات الحربية الفلبينية يوم الثلاثاء قصف مواقع المسلحين في مدينة ماراوي.", PUB)
    assert [actor1(e) for e in found] == ["Military Forces of the Philippines"]


def test_a_force_that_answered_the_death_of_its_own_man_did_not_make_the_deed_that_killed_him() -> None:
    found = news("ردت المدفعية الأردنية يوم الثلاثاء بقصف مواقع للتنظيم قرب الحدود بعد مقتل جندي أردني في إطلاق نار "
                 "من الجانب السوري.", PUB)
    assert ("Military Forces of Jordan", "Military Forces of Jordan") not in [(actor1(e), actor2(e)) for e in found]
    assert [actor1(e) for e in found if e.fatalities == 1] != ["Military Forces of Jordan"]


def test_an_incident_described_as_known_in_words_said_on_a_day_is_no_incident_of_that_day() -> None:
    found = news("قال متمردو حزب العمال الكردستاني الثلاثاء إن الهجوم الانتحاري الذي استهدف مركزا للشرطة التركية جاء "
                 "ردا على الغارات الأخيرة.", PUB)
    assert found == []


def test_a_road_named_after_a_city_of_another_land_is_a_street_of_the_town_named_after_it() -> None:
    found = news("انفجرت عبوة ناسفة مساء الثلاثاء قرب فندق على طريق مكة المكرمة في العاصمة مقديشو، ما أدى إلى مقتل "
                 "ثلاثة أشخاص.", PUB)
    assert [e.location.country for e in found if e.location] == ["Somalia"]


def test_the_allies_joined_to_a_force_named_by_its_pronoun_fight_beside_it() -> None:
    found = news("وقال الجيش العراقي يوم الثلاثاء إن قواته والفصائل المتحالفة معها سيطرت على قرية الشورة جنوب الموصل.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Government regains territory", "Military Forces of Iraq")]


@pytest.mark.parametrize("appeal", ["برفض الطعن الذي قدمته الحكومة على حكم", "بقبول الطعن المقدم من النيابة على حكم"])
def test_an_appeal_against_a_ruling_is_no_stabbing(appeal: str) -> None:
    found = news(f"قضت محكمة النقض في القاهرة يوم الثلاثاء {appeal} سابق في قضية أرض متنازع عليها مع السودان.", PUB)
    assert found == []


@pytest.mark.parametrize("matter", ["مواد شديدة الانفجار", "عبوات قابلة للانفجار"])
def test_matter_that_explodes_is_no_explosion(matter: str) -> None:
    found = events(f"وأعلنت وزارة الداخلية الكويتية يوم الثلاثاء ضبط كميات من الأسلحة و{matter} في مزرعة قرب الحدود.", PUB)
    assert "Violence against civilians" not in [e.event_type for e in found]


def test_a_force_that_rioters_pelt_is_acted_on() -> None:
    found = news("وأقدمت مجموعة من المخربين مساء الثلاثاء على إحراق الإطارات وسد الطرق ورشق قوات حفظ النظام بالحجارة "
                 "في قرية كرزكان.", PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Rioters (Bahrain)", "Police Forces of Bahrain")]


def test_an_unknown_quarter_lies_in_the_city_its_sentence_names_before_it() -> None:
    found = news("قتل عشرة مدنيين في غارة على سوق في مدينة دوما يوم الاثنين. وفي الحسكة شمال شرقي سوريا، تواصلت لليوم "
                 "الثالث المعارك العنيفة بين مسلحي تنظيم داعش وقوات النظام والمسلحين الموالين لها في حيي النشوة "
                 "وغويران، بعد أن سيطر التنظيم عليهما فجر الأحد.", PUB)
    assert {place(e) for e in found if e.event_type == "Battles"} == {"Al Ḩasakah"}


@pytest.mark.parametrize("branch", ["القوات الجوية", "القوات البرية"])
def test_a_branch_of_the_forces_a_states_spokesman_names_is_that_states(branch: str) -> None:
    found = news(f"وقال المتحدث العسكري المصري إن {branch} قتلت ثمانية مسلحين في هجمات على مخابئ لهم جنوب رفح يوم "
                 "الاثنين.", PUB)
    assert {actor1(e) for e in found} == {"Military Forces of Egypt"}
