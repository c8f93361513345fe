"""Forms of news tuned in round 60: one man named by his rank and his name before the verb of his
death, a definite noun after a word of sequence, a headline's last words before its body's verb,
the town of a shelling retold, some armed men of a group after "بين", a protest met by force, the
place of an act gone on, a group's description between commas, an attack condemned days after, an
aircraft's killing told by its state, a party that says it did it, a force's fire at its attacker,
a place taken whole, the riot of protesters a force broke up, the dead of both sides of a fight,
armed men of a named group told again. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, headline_news, news, place
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2017, 4, 10)  # a Monday


@pytest.mark.parametrize("man", ["الجندي ماجد بن علي الزهراني", "الجندي أول فهد سعيد الشهري"])
def test_one_named_by_his_kind_and_his_name_before_a_verb_of_dying_died(man: str) -> None:
    found = news(f"وأعلن المتحدث الأمني أن {man} استشهد مساء أمس إثر سقوط قذيفة أطلقت من داخل الأراضي "
                 "اليمنية على موقع عسكري في محافظة الحرث بمنطقة جازان.", PUB)
    assert [actor1(e) for e in found] == ["Ansar Allah (Houthi Movement)"]


def test_one_named_by_his_kind_and_his_name_before_a_verb_of_killing_killed() -> None:
    found = news("وقالت الشرطة إن الجندي ماجد الزهراني قتل ثلاثة مسلحين في تبادل لإطلاق النار في مدينة نجران مساء أمس.", PUB)
    assert "Civilians (Saudi Arabia)" not in [actor2(e) for e in found]
    assert all(actor1(e) != "Ansar Allah (Houthi Movement)" for e in found)


@pytest.mark.parametrize("after", ["بعد عملية الهدم", "عقب الهدم", "في أعقاب عملية الهدم"])
def test_a_definite_noun_after_a_word_of_sequence_names_the_incident_told_before(after: str) -> None:
    found = headline_news(
        "الجيش الإسرائيلي يهدم منزل معتقل فلسطيني في نابلس",
        f"هدمت قوات الجيش الإسرائيلي فجر اليوم منزل المعتقل أحمد سمارة في بلدة بيتا جنوب نابلس. واندلعت مواجهات "
        f"بين عشرات الشبان والجنود {after}، أصيب خلالها شابان.", PUB)
    assert [e.sub_event_type for e in found].count("Looting/property destruction") == 1


def test_a_headlines_last_noun_is_no_subject_of_the_bodys_first_verb() -> None:
    found = headline_news(
        "المقاومة تستعيد مواقع في شبوة بعد معارك مع الحوثيين",
        "استعادت قوات الجيش والمقاومة الشعبية أمس عدة مواقع في مديرية بيحان بمحافظة شبوة، بعد معارك "
        "عنيفة مع ميليشيات الحوثي استمرت ساعات.", date(2015, 10, 20))
    assert ("Government regains territory", "Military Forces of Yemen") in [(e.sub_event_type, actor1(e)) for e in found]


def test_a_shelling_retold_at_the_town_of_a_sentence_before_is_the_one_told() -> None:
    found = news("قصفت المدفعية التركية يوم السبت قرية مريمين في ريف عفرين، ردا على إطلاق نار على مخفر حدودي. "
                 "وقالت وحدات حماية الشعب الكردية إن القصف أصاب منازل في القرية وأدى إلى إصابة طفلين.", PUB)
    assert {actor1(e) for e in found} == {"Military Forces of Turkey"}


def test_fighting_in_the_surroundings_of_a_town_of_its_own_sentence_is_news_there() -> None:
    found = news("دارت اشتباكات بين قوات النظام وفصائل المعارضة في حي جوبر يوم الأحد. كما قصفت قوات النظام "
                 "مدينة داريا، وسط استمرار الاشتباكات العنيفة بين الطرفين في محيط المدينة.", PUB)
    assert ("Battles", "Dārayyā") in [(e.event_type, place(e)) for e in found] \
        or ("Battles", "Daraya") in [(e.event_type, place(e)) for e in found]


@pytest.mark.parametrize("text, second", [
    ("دارت اشتباكات يوم الجمعة بين قوات الجيش الليبي بقيادة خليفة حفتر ومسلحين من مجلس شورى مجاهدي درنة في "
     "مدينة درنة.", "Mujahideen Shura Council of Derna"),
    ("اندلعت اشتباكات عنيفة يوم الجمعة بين قوات حفتر ومسلحين من تنظيم الدولة الإسلامية في مدينة سرت.", "Islamic State"),
])
def test_some_armed_men_of_a_group_after_between_are_its_side(text: str, second: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [second]


def test_a_protester_killed_by_the_polices_fire_under_a_headline_of_his_death_is_excessive_force() -> None:
    found = headline_news(
        "مقتل متظاهر برصاص الشرطة في أم درمان",
        "قال شهود إن متظاهرا قتل عندما أطلقت الشرطة السودانية الرصاص الحي لتفريق احتجاجات على غلاء "
        "الأسعار في مدينة أم درمان يوم الجمعة.", PUB)
    assert [e.sub_event_type for e in found] == ["Excessive force against protesters"]


def test_the_clause_that_goes_on_with_an_abduction_is_at_its_village() -> None:
    found = headline_news("تنظيم الدولة يخطف العشرات من قرية جنوب تكريت", "قال مسؤولون إن مسلحي تنظيم الدولة الإسلامية خطفوا نحو 30 شخصا من سكان قرية الزوية جنوب "
                 "تكريت يوم الثلاثاء، واقتادوهم إلى جهة مجهولة.", PUB)
    assert [(e.sub_event_type, place(e)) for e in found] == [("Abduction/forced disappearance", "قرية الزوية")]


@pytest.mark.parametrize("claim", [
    "وأعلنت جماعة الأحرار مسؤوليتها عن الهجوم.",
    "وأعلنت جماعة الأحرار، وهي فصيل انشق عن حركة طالبان باكستان، مسؤوليتها عن الهجوم.",
])
def test_the_claimer_before_its_description_between_commas_claims(claim: str) -> None:
    found = news(f"قتل سبعة أشخاص في تفجير انتحاري استهدف مبنى محكمة في مدينة مردان صباح الاثنين. {claim}", PUB)
    assert [actor1(e) for e in found] == ["Jamaat-ul-Ahrar"]


def test_the_allied_democratic_forces_by_another_name() -> None:
    found = news("قتل مسلحون من القوات الديمقراطية المتحالفة ثمانية مدنيين في هجوم على قرية قرب مدينة بيني مساء الأحد.", PUB)
    assert [actor1(e) for e in found] == ["ADF: Allied Democratic Forces"]


@pytest.mark.parametrize("when, background", [("الأسبوع الماضي", True), ("يوم السبت", False)])
def test_an_attack_a_statement_condemns_days_after_is_its_context(when: str, background: bool) -> None:
    found = extract_events(Article(
        id="t", title="مجلس الوزراء يؤكد المضي في مواجهة الإرهاب", language="ar", published=PUB,
        body="أكد مجلس الوزراء في جلسته أمس أن المملكة ماضية في مواجهة الإرهاب بكل حزم، مستنكرا التفجير "
             f"الإرهابي الذي استهدف مسجدا في مدينة نجران {when}."))
    assert found and all(e.background is background for e in found)


def test_the_aircraft_of_the_speaking_army_killed_the_dead_it_counts() -> None:
    found = news("قال الجيش التركي في بيان إن طائراته الحربية قتلت 20 من مسلحي حزب العمال الكردستاني في غارات "
                 "على مخابئ في منطقة قنديل شمالي العراق يوم الخميس.", PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Military Forces of Turkey", "Kurdistan Workers' Party")]


def test_a_party_that_says_it_did_the_attack_made_it() -> None:
    found = news("انفجرت سيارة مفخخة قرب فندق في العاصمة الصومالية مقديشو صباح الأحد وقتلت خمسة أشخاص. "
                 "وقالت حركة الشباب في بيان إنها نفذت الهجوم.", PUB)
    assert [actor1(e) for e in found] == ["Al Shabaab"]


@pytest.mark.parametrize("first", [
    "قتل جندي إسرائيلي وأصيب آخر في عملية دهس عند حاجز قرب مدينة نابلس يوم الأربعاء.",
    "دهس فلسطيني بسيارته جنديين إسرائيليين عند حاجز قرب مدينة نابلس يوم الأربعاء وأصابهما بجروح.",
])
def test_a_forces_fire_at_its_attacker_is_part_of_the_attack(first: str) -> None:
    found = news(f"{first} وقال الجيش الإسرائيلي إن الجنود أطلقوا النار على السائق وأصابوه.", PUB)
    assert [(e.event_type, actor1(e), actor2(e)) for e in found] == [
        ("Battles", "Unidentified Armed Group (Palestine)", "Military Forces of Israel")]


@pytest.mark.parametrize("whole", ["بالكامل", "كليا"])
def test_who_held_a_place_taken_whole(whole: str) -> None:
    found = news(f"حررت قوات الجيش والمقاومة الشعبية أمس مدينة حيس {whole} من ميليشيات الحوثي بعد أيام من المعارك.",
                 date(2015, 10, 20))
    assert [actor2(e) for e in found] == ["Ansar Allah (Houthi Movement)"]


def test_the_wounded_of_a_headline_make_no_patrol_of_the_body_off_duty() -> None:
    found = headline_news(
        "هجوم على دورية أمنية في القطيف وإصابة رجلي أمن",
        "تعرضت دورية أمنية لإطلاق نار من مصدر مجهول أثناء قيامها بمهامها في بلدة العوامية مساء أمس.", date(2015, 10, 20))
    assert {e.event_type for e in found} == {"Battles"}


def test_protesters_who_answer_the_force_that_broke_them_up_with_fire_bombs_riot() -> None:
    found = news("فرقت قوات الأمن البحرينية أمس مسيرة خرجت في قرية الدراز، فيما رد المحتجون بإلقاء زجاجات "
                 "حارقة على قوات الأمن.", date(2015, 10, 20))
    assert [(e.event_type, actor2(e)) for e in found] == [("Riots", "Police Forces of Bahrain")]


def test_the_dead_of_two_parties_a_fight_counts_are_its_sides() -> None:
    found = news("دارت معارك عنيفة أمس في ريف اللاذقية الشمالي. وقال ناشطون إن المعارك أسفرت عن مقتل عشرة من "
                 "عناصر النظام وستة من مقاتلي المعارضة.", PUB)
    assert {actor1(e) for e in found} | {actor2(e) for e in found} >= {"Military Forces of Syria", "Opposition Rebels (Syria)"}


def test_the_dead_of_two_parties_counted_by_a_death_word_name_no_fight() -> None:
    found = news("أفادت مصادر أمنية أمس بمقتل 30 عنصرا من تنظيم داعش و12 جنديا من البيشمركة في هجمات متفرقة شمالي العراق.", PUB)
    assert all(place(e) != "Iraq" for e in found if not e.aggregate)


def test_the_armed_men_of_a_named_group_told_again_are_its_men() -> None:
    found = news("هاجم مسلحون من جماعة أبو سياف قرية في جزيرة باسيلان يوم السبت. وقال الجيش إن جنديين قتلا في "
                 "اشتباكات مع المسلحين مساء الأحد.", PUB)
    assert [actor1(e) for e in found] == ["Abu Sayyaf Group", "Abu Sayyaf Group"]


@pytest.mark.parametrize("second", [
    "ونفت حركة طالبان أي علاقة لها بالتفجير.",
    "ولم تعلن أي جهة مسؤوليتها عن التفجير حتى الآن.",
    "ونفت حركة طالبان أي صلة لها بالتفجير، ولم تعلن أي جهة أخرى مسؤوليتها عنه.",
])
def test_who_denies_a_tie_to_a_bombing_or_claims_it_with_a_negation_made_nothing(second: str) -> None:
    found = news(f"قتل 40 شخصا في انفجار شاحنة مفخخة قرب مبنى وزارة الدفاع في العاصمة الأفغانية كابول صباح الأحد. {second}", PUB)
    assert [actor1(e) for e in found] == ["Unidentified Armed Group (Afghanistan)"]


@pytest.mark.parametrize("launcher", ["سفن حربية أمريكية في البحر المتوسط", "القوات البحرية الأمريكية"])
def test_missiles_of_a_model_fired_from_ships_at_a_base_are_a_missile_attack(launcher: str) -> None:
    found = news(f"أطلقت {launcher} 40 صاروخا من طراز توماهوك على قاعدة الشعيرات الجوية قرب مدينة حمص فجر الجمعة.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [
        ("Shelling/artillery/missile attack", "Military Forces of the United States")]


def test_a_man_named_by_his_nationality_then_his_means_is_the_subject() -> None:
    found = news("دهس فلسطيني بسيارته ثلاثة جنود إسرائيليين عند مفترق طرق قرب مدينة الخليل يوم الأربعاء وأصابهم بجروح.", PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Unidentified Armed Group (Palestine)", "Military Forces of Israel")]


def test_armed_men_who_storm_homes_and_abduct_make_one_abduction() -> None:
    found = news("اقتحمت ميليشيات الحوثي أمس منازل عدد من الصحفيين في مدينة ذمار، واختطفت خمسة منهم واقتادتهم إلى جهة "
                 "مجهولة.", date(2015, 10, 20))
    assert [(e.sub_event_type, actor1(e), place(e)) for e in found] == [
        ("Abduction/forced disappearance", "Ansar Allah (Houthi Movement)", "Dhamār")]


def test_a_suspect_said_to_have_done_an_attack_makes_no_claim() -> None:
    found = news("اعتقلت الشرطة التركية في مدينة إزمير يوم الاثنين رجلا يشتبه في أنه نفذ الهجوم على مطعم في المدينة.", PUB)
    assert found and all(e.modality == "asserted" for e in found)


def test_journalists_are_no_review_of_the_papers() -> None:
    found = news("اعتقلت قوات الأمن المصرية أمس عشرة أشخاص بينهم عدد من الصحفيين في مدينة الإسكندرية.", PUB)
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_the_first_of_two_parties_counted_dead_before_a_raid_is_its_target_at_each_place() -> None:
    found = news("قتل 15 من ميليشيات الحوثي وقوات المخلوع صالح أمس في غارات شنتها مقاتلات التحالف على مواقعهم في "
                 "مديرية باقم بمحافظة صعدة ومديرية المتون بمحافظة الجوف.", date(2015, 10, 20))
    assert {actor2(e) for e in found} == {"Ansar Allah (Houthi Movement)"}


def test_the_states_own_wounded_man_is_no_other_side_of_its_fight() -> None:
    found = headline_news(
        "الأمن يقتل مطلوبين في تبادل لإطلاق النار بالدمام",
        "أعلنت وزارة الداخلية أن الجهات الأمنية قتلت مطلوبين اثنين في تبادل لإطلاق النار في حي الفيصلية "
        "بمدينة الدمام فجر اليوم، فيما أصيب أحد رجال الأمن بإصابة طفيفة.", date(2015, 10, 20))
    assert [(actor1(e), actor2(e)) for e in found] == [("Police Forces of Saudi Arabia", None)]


@pytest.mark.parametrize("dead, target", [
    ("خمسة مسلحين", "Unidentified Armed Group (Pakistan)"),
    ("خمسة مدنيين ومسلحين اثنين", "Civilians (Pakistan)"),
])
def test_the_armed_men_killed_where_a_strike_hit_a_home_were_its_target(dead: str, target: str) -> None:
    found = news("قال مسؤولون إن طائرة أمريكية بدون طيار أطلقت صاروخين على منزل في منطقة شمال وزيرستان يوم "
                 f"الخميس، ما أدى إلى مقتل {dead}.", PUB)
    assert [actor2(e) for e in found] == [target]


def test_a_rigged_boat_stopped_at_sea_is_a_weapon_use_disrupted() -> None:
    found = news("تمكنت القوات البحرية التابعة للتحالف العربي أمس من اعتراض وتدمير زورق مفخخ أطلقته ميليشيات الحوثي "
                 "باتجاه سفينة قبالة ميناء الحديدة.", date(2015, 10, 20))
    assert [(e.sub_event_type, actor2(e)) for e in found] == [("Disrupted weapons use", "Ansar Allah (Houthi Movement)")]


def test_a_district_and_the_city_of_its_seat_are_one_place_of_one_taking() -> None:
    found = headline_news(
        "«الحشد» يعلن استعادة قرى في محيط بيجي",
        "أعلنت قيادة الحشد الشعبي أمس أن قواتها استعادت ثلاث قرى شمال قضاء بيجي في محافظة صلاح الدين، بعد معارك "
        "مع تنظيم داعش أسفرت عن مقتل 25 من عناصره.", date(2015, 8, 10))
    assert [e.sub_event_type for e in found] == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("means", ["بالأسلحة الثقيلة وقذائف الهاون", "بالرشاشات وقذائف صاروخية"])
def test_shells_joined_to_the_means_of_an_attack_are_its_means(means: str) -> None:
    found = news(f"قتل ثمانية من رجال الشرطة عندما هاجم مسلحون كمينا أمنيا {means} جنوب مدينة رفح فجر الأحد.", PUB)
    assert [e.event_type for e in found] == ["Battles"]


@pytest.mark.parametrize("clash", ["اشتبكت قوات الأمن مع المتظاهرين", "اشتبك رجال الشرطة مع المحتجين"])
def test_a_force_that_clashes_with_protesters_meets_a_riot(clash: str) -> None:
    found = news(f"{clash} في وسط مدينة الحسيمة يوم الجمعة، وأصيب عشرة منهم.", PUB)
    assert [(e.event_type, actor2(e)) for e in found] == [("Riots", "Police Forces of Morocco")]


def test_the_deed_that_led_to_an_assassination_is_at_its_place() -> None:
    found = headline_news(
        "اغتيال خطيب مسجد في البصرة",
        "اغتال مسلحون مجهولون خطيب مسجد في منطقة الزبير غرب البصرة مساء أمس، بعد أن أطلقوا عليه النار أثناء "
        "خروجه من صلاة العشاء.", date(2015, 8, 10))
    assert len(found) == 1


def test_a_state_that_says_it_made_a_strike_claims_nothing() -> None:
    found = headline_news(
        "غارة أمريكية تقتل خمسة من مقاتلي الشباب في الصومال",
        "أعلنت القيادة العسكرية الأمريكية في أفريقيا أنها نفذت غارة جوية قتلت خمسة من مقاتلي حركة الشباب قرب "
        "بلدة جلب جنوبي الصومال يوم الثلاثاء.", PUB)
    assert [(actor1(e), e.modality) for e in found] == [("Military Forces of the United States", "asserted")]


def test_the_arrest_of_who_killed_in_a_private_quarrel_is_no_conflict_event() -> None:
    found = news("قتل رجل في الثلاثين من عمره طعنا خلال مشاجرة مع جيرانه في حي الروضة بمدينة جدة مساء أمس، وتمكنت "
                 "الشرطة من القبض على الجاني.", date(2015, 10, 20))
    assert found == []


def test_a_word_for_a_governorate_refers_to_the_one_named_with_that_word_not_to_where_men_came_from() -> None:
    found = news("استهدفت مقاتلات التحالف صباح الأحد تعزيزات لميليشيات الحوثي في مديرية الغيل بمحافظة الجوف قادمة من "
                 "صعدة. وقتل ثمانية من الميليشيات مساء الأحد في مواجهات مع المقاومة الشعبية في مديرية المتون "
                 "بالمحافظة ذاتها.", date(2015, 10, 20))
    assert [(e.event_type, place(e)) for e in found] == [("Explosions/Remote violence", "Al Jawf"), ("Battles", "Al Jawf")]


@pytest.mark.parametrize("text, where, victims", [
    ("استشهد ثلاثة فلسطينيين في غارة إسرائيلية على منزل في مدينة رفح جنوب قطاع غزة فجر اليوم، وفق ما أعلنته وزارة "
     "الصحة في غزة.", "Rafaḩ", "Civilians (Palestine)"),
    ("قتل جنديان في هجوم على كمين أمني في رفح فجر اليوم، بحسب الجيش المصري.", "Rafah (Egypt)", "Military Forces of Egypt"),
])
def test_rafah_of_gaza_and_rafah_of_sinai_are_two_towns(text: str, where: str, victims: str) -> None:
    assert [(place(e), actor2(e)) for e in news(text, date(2015, 10, 20))] == [(where, victims)]


def test_the_shelling_a_weapon_was_used_in_is_the_incident() -> None:
    found = headline_news(
        "ناشطون يتهمون النظام بقصف بلدة بالكلور",
        "اتهم ناشطون قوات النظام باستخدام غاز الكلور في قصف بلدة التمانعة بريف إدلب الجنوبي يوم الأحد، ما أدى "
        "إلى إصابة 15 شخصا بحالات اختناق.", PUB)
    assert [(e.sub_event_type, place(e)) for e in found] == [("Chemical weapon", "At Tamāni‘ah")]


def test_the_weapons_an_attack_used_are_its_means_not_an_incident() -> None:
    found = news("صدت القوات العراقية فجر أمس هجوما شنه تنظيم داعش على ناحية البغدادي غرب الأنبار. وقال مسؤول محلي إن "
                 "التنظيم استخدم في هجومه أربع سيارات مفخخة، فجرتها القوات قبل وصولها.", PUB)
    assert [e.event_type for e in found] == ["Battles"]


@pytest.mark.parametrize("text, town", [
    ("قتل أربعة مدنيين جراء استهداف الطيران المروحي ببرميل متفجر بلدة كفر داعل في ريف حلب الغربي صباح الأحد.",
     "بلدة كفر داعل"),
    ("دارت اشتباكات عنيفة يوم الأحد بين الجيش اللبناني ومسلحين من تنظيم داعش في جرود بلدة رأس بعلبك.", "بلدة رأس بعلبك"),
])
def test_a_town_named_inside_a_longer_name_is_no_place_of_its_own(text: str, town: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [town]


def test_the_accused_before_a_relative_aside_and_its_making_made_it() -> None:
    found = news("قتل أربعة جنود هنود في هجوم شنه مسلحون على معسكر للجيش في منطقة أوري في كشمير فجر الأحد. واتهمت الهند "
                 "جماعة جيش محمد، التي تتخذ من باكستان مقرا لها، بتنفيذ الهجوم.", PUB)
    assert [actor1(e) for e in found] == ["JeM: Jaish-e-Mohammad"]


def test_a_bombing_a_force_foiled_that_went_off_and_hit_it_is_the_bombing() -> None:
    found = news("قالت وزارة الداخلية المصرية إن الشرطة أحبطت هجوما انتحاريا على كنيسة في مدينة طنطا، بعد أن منعت "
                 "انتحاريا يرتدي حزاما ناسفا من دخولها، ففجر نفسه عند البوابة، ما أدى إلى مقتل شرطيين.", PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]
