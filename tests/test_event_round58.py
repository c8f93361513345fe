"""Forms of news tuned in round 58: a strike named again by its maker's adjective in a later
sentence ("القصف التركي"), a taking announced by a state's leader, a fight's side counted without
a number ("بين مئات المحتجين"), a royal branch of a state's forces, a victim with his nationality
before his verb of dying. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, headline_news, news, place

PUB = date(2017, 6, 5)  # a Monday


@pytest.mark.parametrize("second", [
    "وقال الحزب في بيان إن القصف التركي دمر منازل للمدنيين.",
    "وقال متحدث باسم الحزب إن القصف التركي أصاب بيوت المزارعين في القرى الحدودية.",
])
def test_a_strike_named_again_by_its_makers_adjective_is_the_strike_told_before(second: str) -> None:
    found = headline_news(
        "مقتل جنديين تركيين في ديار بكر",
        "شنت طائرات تركية غارات على معسكرات لحزب العمال الكردستاني في جبال قنديل شمالي العراق يوم السبت. "
        f"وفي ديار بكر، قتل جنديان في انفجار عبوة ناسفة استهدفت آلية عسكرية مساء السبت. {second}", PUB)
    assert sorted((e.sub_event_type, actor1(e), actor2(e)) for e in found) == [
        ("Air/drone strike", "Military Forces of Turkey", "Kurdistan Workers' Party"),
        ("Remote explosive/landmine/IED", "Unidentified Armed Group (Turkey)", "Military Forces of Turkey")]


def test_a_strike_of_another_maker_named_later_stays_its_own() -> None:
    found = news("قال الجيش التركي إن مدفعيته قصفت مواقع لوحدات حماية الشعب في منطقة عفرين مساء الأحد. "
                 "وفي إدلب، قتل خمسة مدنيين في غارات روسية على بلدة سراقب مساء الأحد.", PUB)
    assert sorted(actor1(e) or "" for e in found) == ["Military Forces of Russia", "Military Forces of Turkey"]


@pytest.mark.parametrize("text, first", [
    ("أعلن رئيس الوزراء العراقي، مساء السبت، استعادة السيطرة على بلدة القيارة جنوبي الموصل من تنظيم داعش.",
     "Military Forces of Iraq"),
    ("أعلن الرئيس السوري أمس استعادة السيطرة على مدينة تدمر من قبضة مسلحي تنظيم الدولة الإسلامية.",
     "Military Forces of Syria"),
])
def test_a_taking_announced_by_a_states_leader_was_done_by_its_forces(text: str, first: str) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Government regains territory", first)], text


def test_a_leader_met_in_the_sentence_announces_no_taking() -> None:
    text = "والتقى الوزير أمس رئيس الوزراء العراقي في بغداد، بعد سيطرته على مناطق واسعة من البلاد في الصيف."
    assert news(text, PUB) == []


@pytest.mark.parametrize("text", [
    "اندلعت مواجهات بين مئات المحتجين وقوات الأمن في مدينة تطاوين جنوبي تونس يوم الأحد.",
    "اندلعت مواجهات عنيفة بين عشرات المتظاهرين والشرطة في مدينة القصرين يوم الأحد.",
])
def test_a_side_counted_without_a_number_is_read(text: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in news(text, PUB)] == [("Riots", "Violent demonstration")], text


@pytest.mark.parametrize("branch", ["القوات البرية الملكية السعودية", "القوات الجوية الملكية السعودية"])
def test_a_royal_branch_of_a_states_forces(branch: str) -> None:
    text = f"قتل أحد أفراد {branch} أمس بقذيفة أطلقها الحوثيون على موقع عسكري في منطقة جازان."
    assert [actor2(e) for e in news(text, PUB)] == ["Military Forces of Saudi Arabia"]


@pytest.mark.parametrize("text", [
    "وقالت قيادة التحالف إن جنديا سعوديا استشهد أمس بقذيفة أطلقها الحوثيون على موقع عسكري في منطقة نجران.",
    "وأكدت قيادة التحالف أن جنديا سعوديا قتل أمس بقذيفة أطلقها الحوثيون على موقع في منطقة نجران.",
])
def test_a_victim_with_his_nationality_before_his_verb_of_dying(text: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == ["Military Forces of Saudi Arabia"], text
    assert place(news(text, PUB)[0]) == "Najran"


@pytest.mark.parametrize("text", [
    "ونفت الشرطة اعتقال الصحفي، وأكدت أنها اشتبكت مع مسلحين في حي الكرادة مساء الأحد.",
    "ونفى الجيش اقتحام القرية، مضيفا أن قواته اشتبكت مع مسلحين في محيط بلدة تلعفر مساء الأحد.",
])
def test_a_speakers_own_account_after_a_denial_is_not_denied(text: str) -> None:
    found = [e for e in news(text, PUB) if e.event_type == "Battles"]
    assert [e.modality for e in found] == ["asserted"], text


def test_what_a_denial_names_stays_denied() -> None:
    text = "ونفت الشرطة أنها أطلقت الرصاص الحي على المتظاهرين في مدينة كسلا مساء الأحد."
    assert [e.modality for e in news(text, PUB)] == ["denied"]


@pytest.mark.parametrize("body, town", [
    ("قال ناشطون إن متظاهرا قتل عندما أطلقت الشرطة النار على محتجين في مدينة الدويم مساء الأحد. وقالت الشرطة "
     "إنها استخدمت الغاز المسيل للدموع لتفريق المحتجين الذين رشقوا عناصرها بالحجارة.", "مدينة الدويم"),
    ("قال ناشطون إن الشرطة أطلقت النار على متظاهرين رشقوها بالحجارة في بلدة الكاملين مساء الأحد. وقالت الشرطة إنها "
     "استخدمت الغاز المسيل للدموع لتفريق المتظاهرين.", "بلدة الكاملين"),
])
def test_a_protest_under_a_country_headline_keeps_the_town_the_gazetteer_does_not_know(body: str, town: str) -> None:
    found = headline_news("السودان: احتجاجات على غلاء الخبز", body, PUB)
    assert [place(e) for e in found] == [town]


def test_a_protest_and_its_riot_under_a_country_headline_are_one_record() -> None:
    found = headline_news(
        "السودان: مقتل متظاهر في احتجاجات على الغلاء",
        "قال ناشطون إن متظاهرا قتل عندما أطلقت الشرطة الرصاص على محتجين خرجوا في مدينة الدويم احتجاجا على "
        "غلاء الخبز يوم الأحد. ونفت الشرطة استخدام الرصاص الحي، وقالت إنها استخدمت الغاز المسيل للدموع لتفريق "
        "المحتجين الذين أغلقوا الطرق وأحرقوا الإطارات.", PUB)
    assert [place(e) for e in found] == ["مدينة الدويم"]


@pytest.mark.parametrize("text, first", [
    ("قال الجيش الإسرائيلي إن مسلحين أطلقوا قذيفة صاروخية من قطاع غزة مساء الأحد سقطت قرب بلدة سديروت.",
     "Unidentified Armed Group (Palestine)"),
    ("قصفت قذائف أطلقت من الأراضي السورية بلدة أقجة قلعة التركية مساء الأحد، ما أدى إلى إصابة ثلاثة مدنيين.",
     "Unidentified Armed Group (Syria)"),
])
def test_fire_from_another_country_by_nobody_named_is_a_group_of_that_country(text: str, first: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == [first], text


@pytest.mark.parametrize("text", [
    "قصفت ميليشيا الحوثي أحياء في مدينة تعز مساء الأحد. وتمكنت قوات الجيش والمقاومة الشعبية من استعادة مواقع "
    "في جبهة الضباب غرب المدينة، بعد معارك عنيفة مع الميليشيات.",
    "قصفت جماعة أنصار الله أحياء في مدينة تعز مساء الأحد. وتمكنت قوات الجيش والمقاومة الشعبية من استعادة مواقع "
    "في جبهة الضباب غرب المدينة، بعد معارك عنيفة مع مسلحي الجماعة.",
])
def test_a_referring_word_past_the_parties_of_its_own_sentence_names_the_one_before(text: str) -> None:
    taken = [e for e in news(text, PUB) if e.sub_event_type == "Government regains territory"]
    assert [actor2(e) for e in taken] == ["Ansar Allah (Houthi Movement)"], text


def test_the_first_party_and_its_ally_before_a_comma_the_first_acts() -> None:
    text = ("وقال ناشطون إن وحدات حماية الشعب والفصائل المساندة لها، اعتقلت عشرات الشبان من بلدة صرين "
            "بريف حلب مساء الأحد.")
    assert [actor1(e) for e in news(text, PUB)] == ["People's Protection Units"]


@pytest.mark.parametrize("text, force", [
    ("اعتقلت الشرطة رجلا طعن ثلاثة أشخاص في حي إنفيلد شمالي لندن مساء الأحد.", "Police Forces of the United Kingdom"),
    ("قال متحدث عسكري في مانيلا إن 13 جنديا قتلوا في اشتباكات مع مسلحين في مدينة ماراوي مساء الأحد.",
     "Military Forces of the Philippines"),
])
def test_a_states_forces_named_for_a_country_with_the_article(text: str, force: str) -> None:
    assert force in {name for e in news(text, PUB) for name in (actor1(e), actor2(e))}, text


@pytest.mark.parametrize("text, second", [
    ("طعن فلسطيني جنديا إسرائيليا عند حاجز عسكري قرب بلدة حلحول صباح الأحد.", "Military Forces of Israel"),
    ("وطعن أردني شرطيا إسرائيليا في البلدة القديمة بالقدس صباح الأحد.", "Police Forces of Israel"),
    ("هاجم سوري شرطيين ألمانيين بسكين في محطة القطارات بمدينة هامبورغ صباح الأحد.", "Police Forces of Germany"),
])
def test_a_man_named_by_his_nationality_acts_on_the_party_after_him(text: str, second: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [second], text


@pytest.mark.parametrize("site, town", [("مسجد الرسول الأعظم في حي الجلوية بمدينة الدمام", "Dammam"),
                                        ("مسجد الإمام علي في حي الناصرة ببلدة سيهات", "Sayhāt")])
def test_who_sets_himself_off_is_the_bomber_not_the_force_before_him(site: str, town: str) -> None:
    found = headline_news(
        "تفجير انتحاري يستهدف مسجدا للشيعة",
        f"أعلنت وزارة الداخلية أن انتحاريا متنكرا بزي نسائي حاول الدخول إلى {site} أثناء صلاة الجمعة، "
        "وعندما منعه رجال الأمن من الدخول فجر نفسه عند بوابة المسجد، ما أدى إلى مقتله ومقتل أربعة أشخاص.\n\n"
        "وتبنى تنظيم داعش التفجير، في بيان نشر على مواقع التواصل الاجتماعي، مؤكدا أن منفذه سعودي.", PUB)
    assert [(e.sub_event_type, actor1(e), place(e)) for e in found] == [("Suicide bomb", "Islamic State", town)]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون يشتبه في انتمائهم لتنظيم القاعدة حاجزا للجيش في مديرية مودية بمحافظة أبين فجر الأحد.",
    "هاجم مسلحون يشتبه بانتمائهم لتنظيم القاعدة حاجزا للجيش في مديرية مودية بمحافظة أبين فجر الأحد.",
])
def test_armed_men_suspected_of_belonging_to_a_group_joined_with_lam_are_its_men(text: str) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [
        ("Al Qaeda in the Arabian Peninsula", "Military Forces of Yemen")], text


@pytest.mark.parametrize("text", [
    "قال الجيش النيجيري إن قواته حررت 250 شخصا، معظمهم نساء، كانت الجماعة تحتجزهم في قرى بولاية بورنو أمس.",
    "قالت القوات العراقية إنها حررت 40 مدنيا، بينهم أطفال، كان التنظيم يحتجزهم في قرية قرب الموصل أمس.",
])
def test_people_freed_and_held_are_no_place_taken_and_no_abduction(text: str) -> None:
    assert [(e.sub_event_type) for e in news(text, PUB)
            if e.sub_event_type in ("Government regains territory", "Abduction/forced disappearance")] == [], text


def test_a_word_with_the_preposition_of_whose_it_is_names_no_place() -> None:
    text = "هاجم مسلحو حركة الشباب قاعدة لقوات الاتحاد الأفريقي في بلدة جنوب غربي الصومال فجر الأحد."
    assert all(place(e) != "قاعدة لقوات" for e in news(text, PUB))


@pytest.mark.parametrize("text", [
    "قالت الحركة إن مقاتليها هاجموا قاعدة في بلدة بارديري جنوب غربي الصومال فجر الأحد، وقتلوا أكثر من 40 جنديا كينيا.",
    "قال المتمردون إنهم هاجموا معسكرا في بلدة بيني شرقي الكونغو فجر الأحد، وقتلوا 12 جنديا أوغنديا.",
])
def test_a_nationality_after_a_soldier_in_the_accusative_is_no_place(text: str) -> None:
    assert [place(e) for e in news(text, PUB) if place(e) in ("Kenya", "Uganda")] == [], text


@pytest.mark.parametrize("second", [
    "لكن الجيش الكيني قال إن قواته صدت الهجوم، دون أن يذكر عدد قتلاه.",
    "غير أن متحدثا عسكريا قال إن الجنود صدوا الهجوم وقتلوا عددا من المهاجمين.",
])
def test_a_verb_of_repelling_the_attack_told_before_tells_no_other_fight(second: str) -> None:
    found = headline_news(
        "الصومال: هجوم على قاعدة للقوات الأفريقية",
        f"قالت حركة الشباب إن مقاتليها هاجموا قاعدة لقوات الاتحاد الأفريقي في مدينة كيسمايو فجر الأحد. {second}", PUB)
    assert [(actor1(e), place(e)) for e in found] == [("Al Shabaab", "Kismayo")], [(actor2(e), place(e)) for e in found]


def test_peacekeepers_in_somalia_are_the_african_unions() -> None:
    text = "هاجم مسلحو حركة الشباب قاعدة لقوات حفظ السلام في مدينة كيسمايو فجر الأحد."
    assert [actor2(e) for e in news(text, PUB)] == ["AMISOM: African Union Mission in Somalia"]


@pytest.mark.parametrize("text", [
    "أصيب أربعة شبان فلسطينيين بالرصاص المطاطي، وعشرات بالاختناق، خلال مواجهات اندلعت مع قوات الجيش الإسرائيلي "
    "عند مدخل بلدة بيت أمر يوم الأحد.",
    "أصيب خمسة شبان بالرصاص المعدني، خلال مواجهات اندلعت مع القوات الإسرائيلية قرب مدينة قلقيلية يوم الأحد.",
])
def test_people_shot_in_a_confrontation_with_a_force_are_its_riot(text: str) -> None:
    assert [(e.event_type, actor2(e)) for e in news(text, PUB)] == [("Riots", "Military Forces of Israel")], text


def test_a_confrontation_of_people_with_a_force_unnamed_is_a_riot_not_an_attack() -> None:
    found = headline_news("مواجهات بين شبان وقوات الاحتلال في قلقيلية",
                          "رشق شبان فلسطينيون الجنود الإسرائيليين بالحجارة قرب مدينة قلقيلية يوم الأحد.", PUB)
    assert all(e.event_type != "Violence against civilians" for e in found)


def test_fatah_named_by_its_movement() -> None:
    text = "اندلعت اشتباكات مسلحة بين عناصر من حركة فتح ومجموعة متشددة في مخيم المية ومية قرب مدينة صيدا يوم الأحد."
    assert [actor1(e) for e in news(text, PUB)] == ["Fatah Movement"]


def test_a_strike_told_as_the_coalitions_and_as_its_leaders_is_one() -> None:
    found = headline_news("مقتل قيادي في التنظيم بغارة للتحالف قرب الرقة",
                          "أعلنت وزارة الدفاع الأمريكية مقتل قيادي بارز في التنظيم، في غارة نفذتها طائرة أمريكية "
                          "من دون طيار قرب مدينة الرقة يوم الأحد.", PUB)
    assert len(found) == 1, [actor1(e) for e in found]


@pytest.mark.parametrize("text", [
    "اقتحم مسلحو جماعة الحوثي فجر الأحد منازل قيادات في الحزب بالعاصمة صنعاء، واختطفوا خمسة منهم واقتادوهم إلى جهة مجهولة.",
    "داهم مسلحو جماعة الحوثي فجر الأحد مقر صحيفة في مدينة إب، واختطفوا ثلاثة صحفيين ونقلوهم إلى جهة مجهولة.",
])
def test_an_unknown_place_people_were_taken_to_is_no_party(text: str) -> None:
    assert all(actor2(e) is None or not actor2(e).startswith("Unidentified") for e in news(text, PUB)), text
