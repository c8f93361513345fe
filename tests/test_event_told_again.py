"""Forms of news tuned in round 57: people or an incident named again in a later sentence (the
wanted men of a fight, the projectile an act answered), a claimer described by the network it is
sworn to, the attack a claim names after the fight with its attackers, a missile stopped and its
launcher, a day that closes a sentence after a recalled clause, the sides of a fight told after
its weapons. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, headline_news, news, place

PUB = date(2017, 6, 5)  # a Monday


@pytest.mark.parametrize("text, first", [
    ('قتل ثلاثة جنود أمس في هجوم شنه مسلحون على حاجز للجيش في مدينة رفح. '
     'وتبنى تنظيم "ولاية سيناء" الموالي لتنظيم الدولة الإسلامية الهجوم في بيان.', "Islamic State"),
    ("قتل جنديان أمس في هجوم شنه مسلحون على قاعدة عسكرية قرب بلدة جلب. "
     "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن الهجوم.", "Al Shabaab"),
])
def test_a_claimer_described_by_the_network_it_is_sworn_to(text: str, first: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == [first], text


def test_a_claim_with_no_description_claims_as_before() -> None:
    text = "قتل ثلاثة جنود أمس في هجوم شنه مسلحون على حاجز للجيش في مدينة رفح. وتبنى تنظيم ولاية سيناء الهجوم."
    assert [actor1(e) for e in news(text, PUB)] == ["Islamic State"]


def test_the_projectile_an_act_answered_told_again_keeps_no_parties_of_the_act() -> None:
    found = headline_news(
        "طائرة إسرائيلية تقصف موقعا في رفح",
        "قال الجيش الإسرائيلي إن طائرة تابعة له قصفت موقعا لحركة حماس في مدينة رفح ليل الأحد، ردا على إطلاق "
        "قذيفة صاروخية من القطاع. وكانت القذيفة قد سقطت قرب بلدة سديروت دون أن تتسبب في إصابات.", PUB)
    fell = [e for e in found if place(e) == "Sderot"]
    assert fell and all(actor1(e) != "Military Forces of Israel" and actor2(e) != "Hamas" for e in fell)
    assert any(actor1(e) == "Military Forces of Israel" for e in found)


def test_the_wanted_men_of_a_fight_named_again_in_the_next_paragraph() -> None:
    found = headline_news(
        "مقتل مطلوبين في القطيف",
        "قتلت قوات الأمن مطلوبين اثنين في تبادل لإطلاق النار ببلدة العوامية في محافظة القطيف فجر الأحد.\n\n"
        "وقال المتحدث الأمني إن المطلوبين أطلقوا النار على رجال الأمن عند محاولة القبض عليهما.", PUB)
    assert [(e.event_type, place(e)) for e in found] == [("Battles", "Al-Awamiyah")]
    assert actor2(found[0]) != "Police Forces of Saudi Arabia"


def test_armed_men_of_another_story_told_definite_are_not_taken_back() -> None:
    found = headline_news(
        "اشتباكات في القطيف",
        "قتلت قوات الأمن مطلوبين اثنين في تبادل لإطلاق النار ببلدة العوامية في محافظة القطيف فجر الأحد.\n\n"
        "وفي الرياض، قالت الشرطة إن مسلحين أطلقوا النار على دورية في حي السلي مساء الأحد.", PUB)
    assert sorted(place(e) or "" for e in found) == ["Al-Awamiyah", "Riyadh"]


@pytest.mark.parametrize("title", [
    "اعتراض صاروخ حوثي فوق نجران",
    "الدفاعات السعودية تعلن اعتراض صاروخ حوثي فوق نجران",
])
def test_the_nationality_of_a_missile_stopped_is_its_launchers(title: str) -> None:
    found = headline_news(title, "وقال المتحدث إن شظايا الصاروخ سقطت في منطقة خالية.", PUB)
    assert [actor2(e) for e in found] == ["Ansar Allah (Houthi Movement)"], title
    assert all(actor1(e) != "Ansar Allah (Houthi Movement)" for e in found)


def test_a_missile_stopped_and_destroyed() -> None:
    text = "أعلن التحالف اعتراض وتدمير صاروخ باليستي أطلقته الميليشيا الحوثية باتجاه مدينة جازان مساء الأحد."
    found = news(text, PUB)
    assert [(e.sub_event_type, actor2(e)) for e in found] == [("Disrupted weapons use", "Ansar Allah (Houthi Movement)")]


def test_a_claim_of_the_attack_after_the_fight_with_its_attackers() -> None:
    found = headline_news(
        "مسلحون يقتحمون منتجعا قرب نيامي",
        "قتل مسلحون أربعة أشخاص بعد أن اقتحموا منتجعا سياحيا قرب العاصمة نيامي، مساء السبت.\n\n"
        "وقال وزير الداخلية إن الجيش حرر 20 رهينة بعد ساعات من الاشتباكات مع المهاجمين.\n\n"
        "وتبنت جماعة نصرة الإسلام والمسلمين الهجوم.", PUB)
    attack = [e for e in found if e.event_type == "Violence against civilians"]
    assert [actor1(e) for e in attack] == ["JNIM: Jamaah Nusrat al Islam wal Muslimin"]
    assert all(e.event_date == date(2017, 6, 3) for e in found)


def test_a_day_closing_a_sentence_after_a_recalled_clause_is_lent() -> None:
    found = headline_news(
        "مسلحون يقتحمون فندقا في نيامي",
        "قتل مسلحون أربعة أشخاص بعد أن اقتحموا فندقا يرتاده أجانب قرب العاصمة نيامي، مساء السبت.\n\n"
        "وقال وزير الداخلية إن القوات الخاصة تمكنت من تحرير 20 رهينة بعد ساعات من الاشتباكات مع المهاجمين، "
        "وقتلت اثنين منهم.", PUB)
    assert [e.event_date for e in found if e.event_type == "Battles"] == [date(2017, 6, 3)]


@pytest.mark.parametrize("text, sides", [
    ("قتل ثلاثة أشخاص أمس في اشتباكات بالأسلحة النارية بين عائلتين في قرية بمحافظة قنا.",
     "Unidentified Communal Militia (Egypt)"),
    ("أصيب خمسة أشخاص أمس في اشتباكات بالأسلحة الخفيفة بين عشيرتين في قضاء الزبير بمحافظة البصرة.",
     "Unidentified Tribal Militia (Iraq)"),
])
def test_the_sides_of_a_fight_told_after_its_weapons(text: str, sides: str) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [(sides, sides)], text


@pytest.mark.parametrize("text, first", [
    ("اندلعت اشتباكات أمس بين الجيش الوطني الليبي ومجلس شورى ثوار بنغازي في حي الصابري بمدينة بنغازي.",
     "Shura Council of Benghazi Revolutionaries"),
    ("قصفت طائرات حفتر أمس مواقع لمجلس شورى مجاهدي درنة في مدينة درنة.", "Mujahideen Shura Council of Derna"),
])
def test_the_councils_of_benghazi_and_derna(text: str, first: str) -> None:
    found = news(text, PUB)
    assert first in [actor2(e) for e in found], text


@pytest.mark.parametrize("text, second", [
    ("قتلت طائرة أمريكية مسيرة أمس ثلاثة من عناصر تنظيم القاعدة في محافظة مأرب.", "Al Qaeda in the Arabian Peninsula"),
    ("قتلت طائرة أمريكية مسيرة أمس ثلاثة من عناصر تنظيم القاعدة في ولاية قندهار.", "Al Qaeda"),  # elsewhere, as before
])
def test_al_qaeda_told_bare_in_yemen(text: str, second: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [second], text


@pytest.mark.parametrize("text, where", [
    ("استعادت قوات النظام، أمس، السيطرة على بلدة كنسبا في ريف اللاذقية الشمالي.", "Kinnsibbā"),
    ("استعادت القوات العراقية، مساء الأحد، السيطرة على بلدة الكرمة شرقي الفلوجة.", "Al-Garmah"),
])
def test_the_object_of_a_taking_past_a_day_between_commas(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], text


def test_a_referring_word_past_another_names_the_party_of_its_head() -> None:
    text = ("شنت طائرات التحالف أمس غارات على مواقع للميليشيات الحوثية وقوات المخلوع صالح في صنعاء، فيما ردت "
            "المضادات الأرضية للميليشيات بنيران كثيفة. وفي تعز، قتل أربعة مدنيين في قصف شنته الميليشيات على حي الجحملية.")
    shelled = [e for e in news(text, PUB) if place(e) == "Taiz"]
    assert [actor1(e) for e in shelled] == ["Ansar Allah (Houthi Movement)"]


@pytest.mark.parametrize("text, where", [
    ("قتل حارسان أمس عندما هاجم مسلحون فرعا لبنك كابل في مدينة قندهار.", "Kandahar"),
    ("قتل حارسان أمس عندما هاجم مسلحون مصرف بغداد في مدينة الموصل.", "Mosul"),
])
def test_a_bank_named_after_a_city_is_no_mention_of_it(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], text


def test_what_a_claimed_attack_was_aimed_at_is_no_incident_of_its_own() -> None:
    text = ("قتل ثلاثة حراس أمس عندما هاجم مسلحون مركزا للشرطة في مدينة غزني. "
            "وأعلنت حركة طالبان مسؤوليتها عن الهجوم، قائلة إنه استهدف جنودا كانوا داخل المركز.")
    found = news(text, PUB)
    assert len(found) == 1 and actor1(found[0]) == "Taliban"


def test_an_attack_opened_as_the_days_other_news_with_its_parties_and_place() -> None:
    text = ("قتل أربعة مدنيين أمس في قصف حوثي على مدينة تعز. "
            "في غضون ذلك، شنت المقاومة الشعبية هجوما على مواقع الميليشيات الحوثية في مدينة الحديدة.")
    found = news(text, PUB)
    assert ("Popular Resistance (Yemen)", "Ansar Allah (Houthi Movement)") in [(actor1(e), actor2(e)) for e in found]


def test_an_attack_told_in_general_after_another_story_stays_no_record() -> None:
    text = ("قتل أربعة مدنيين أمس في قصف حوثي على مدينة تعز. "
            "من جهة أخرى، قال المتحدث إن المقاومة الشعبية تستعد لهجوم.")
    assert [place(e) for e in news(text, PUB)] == ["Taiz"]


def test_the_object_of_a_strike_past_a_day_between_commas_is_no_deployment() -> None:
    text = "استهدفت طائرات التحالف، صباح اليوم، تعزيزات عسكرية للميليشيات الحوثية في مديرية صرواح غرب محافظة مأرب."
    found = news(text, PUB)
    assert [(e.sub_event_type, place(e)) for e in found] == [("Air/drone strike", "Sirwah")]


@pytest.mark.parametrize("text, where", [
    ("قال الجيش التركي إنه رد بالمدفعية على مصادر قذائف هاون أطلقت من الأراضي السورية وسقطت في بلدة كلس أمس.", "Kilis"),
])
def test_projectiles_answered_at_their_source_with_where_they_landed(text: str, where: str) -> None:
    assert where in [place(e) for e in news(text, PUB)], text


def test_a_launch_site_destroyed_stays_no_incident() -> None:
    text = "دمرت طائرات التحالف أمس منصات لإطلاق الصواريخ في مديرية حرض بمحافظة حجة."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Air/drone strike"]


@pytest.mark.parametrize("text, second", [
    ("قصفت طائرات التحالف أمس معسكرا للحرس الجمهوري في منطقة الصباحة غرب صنعاء.", "Forces loyal to Ali Abdullah Saleh"),
    ("قصفت طائرات المعارضة أمس مقرا للحرس الجمهوري في حي المزة بدمشق.", "Military Forces of Syria"),  # the Syrian guard
])
def test_the_republican_guard_in_yemen_is_salehs(text: str, second: str) -> None:
    assert second in [actor2(e) for e in news(text, PUB)], text


@pytest.mark.parametrize("text", [
    "هاجم مسلحون يعتقد أنهم ينتمون لتنظيم ولاية سيناء فجر الأحد كمينا لقوات الجيش في مدينة رفح.",
    "هاجم مسلحون يشتبه بأنهم ينتمون لحركة الشباب أمس قاعدة للجيش في مدينة كيسمايو.",
])
def test_armed_men_believed_to_belong_to_a_group_joined_with_lam(text: str) -> None:
    found = news(text, PUB)
    assert [actor1(e) for e in found][:1] in (["Islamic State"], ["Al Shabaab"]), text
    assert all(actor2(e) not in ("Islamic State", "Al Shabaab") for e in found)


def test_an_arrest_of_men_charged_with_a_bombing_of_last_month_is_of_its_day() -> None:
    text = "أعلنت وزارة الداخلية اليوم القبض على ثلاثة مواطنين متهمين بالتورط في تفجير عبوة ناسفة قرب مسجد في الدمام الشهر الماضي."
    arrests = [e for e in news(text, PUB) if e.sub_event_type == "Arrests"]
    assert [e.event_date for e in arrests] == [PUB]


def test_a_cell_of_a_group_dismantled_stays_an_arrest() -> None:
    found = headline_news("الكويت تعلن تفكيك خلية تابعة لداعش",
                          "أعلنت وزارة الداخلية الكويتية أمس القبض على خمسة أشخاص في مدينة الجهراء ينتمون إلى خلية "
                          "تابعة لتنظيم داعش.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Arrests", "Police Forces of Kuwait")]


def test_the_participants_of_a_march_arrested_are_its_protesters() -> None:
    text = ("خرج آلاف المحتجين أمس إلى شوارع مدينة الحسيمة للمطالبة بالإفراج عن المعتقلين. "
            "وأفاد شهود بأن قوات الأمن اعتقلت عددا من المشاركين في المسيرة.")
    assert [e.sub_event_type for e in news(text, PUB)] == ["Protest with intervention"]


@pytest.mark.parametrize("text", [
    "أعلن قائد عمليات الأنبار، أمس، تحرير ناحية البغدادي من سيطرة تنظيم داعش.",
    "أعلن قائد عمليات صلاح الدين أمس تحرير ناحية العلم من سيطرة تنظيم داعش.",
])
def test_a_commander_of_an_iraqi_command_announces_his_forces_taking(text: str) -> None:
    assert [(e.sub_event_type, actor1(e)) for e in news(text, PUB)] == [("Government regains territory", "Military Forces of Iraq")], text


def test_a_raid_and_a_shelling_joined_in_a_headline_keep_their_own_kinds_and_places() -> None:
    found = headline_news(
        "اليمن: مقتل 9 في غارة على سوق وقصف حوثي على تعز",
        "قال مسؤولون محليون إن تسعة مدنيين قتلوا عندما أصابت غارة جوية سوقا في مديرية باقم بمحافظة صعدة يوم الأحد.\n\n"
        "وفي تعز، قالت مصادر طبية إن طفلين قتلا جراء سقوط قذيفة أطلقها مسلحو الحوثي على حي سكني.", PUB)
    raids = [e for e in found if e.sub_event_type == "Air/drone strike"]
    assert raids and all(place(e) != "Taiz" for e in raids)
    assert "Taiz" in [place(e) for e in found if e.sub_event_type == "Shelling/artillery/missile attack"]


def test_a_raid_and_a_shelling_of_one_town_stay_one_place() -> None:
    found = news("قتل خمسة مدنيين أمس في غارات وقصف على مدينة دوما في الغوطة الشرقية.", PUB)
    assert found and all(place(e) == "Dūmā" for e in found)


@pytest.mark.parametrize("text", [
    "قتل 12 شخصا أمس في هجوم على مطعم في مدينة الناصرية. وقال مسؤولون إن مسلحين يرتدون زي الحشد الشعبي "
    "فتحوا النار على رواد المطعم.",
    "قتل 12 شخصا أمس في هجوم على مطعم في مدينة الناصرية. وقال مسؤولون إن مسلحين متنكرين بزي الحشد الشعبي "
    "فتحوا النار على رواد المطعم.",
])
def test_the_uniform_armed_men_wear_names_no_party(text: str) -> None:
    found = news(text, PUB)
    assert found and all(actor1(e) != "Popular Mobilization Forces" for e in found), text


def test_a_group_accused_of_standing_behind_the_bombing_told_before() -> None:
    found = headline_news(
        "مقتل قيادي في فصيل معارض بانفجار في إدلب",
        "قتل قيادي في فصيل معارض أمس بانفجار عبوة ناسفة استهدفت سيارته على الطريق بين بلدتي سراقب وسرمين.\n\n"
        "واتهم الفصيل تنظيم داعش بالوقوف وراء التفجير.", PUB)
    assert [actor1(e) for e in found] == ["Islamic State"]


@pytest.mark.parametrize("second", [
    "وقتلت الشرطة البريطانية ثلاثة رجال رميا بالرصاص بعد دقائق يعتقد أنهم مهاجمون.",
    "وقتلت الشرطة أربعة أشخاص رميا بالرصاص يعتقد أنهم المهاجمون.",
])
def test_people_the_force_killed_believed_to_be_the_attackers_end_the_attack(second: str) -> None:
    text = "دهست شاحنة صغيرة ستة من المارة على جسر وستمنستر في لندن مساء السبت، كما طعن المهاجمون أشخاصا في سوق قريب. " + second
    assert [e.event_type for e in news(text, PUB)] == ["Violence against civilians"], second


def test_people_killed_by_the_force_with_no_belief_stay_a_fight() -> None:
    text = ("دهست شاحنة صغيرة ستة من المارة على جسر وستمنستر في لندن مساء السبت. "
            "وفي مدينة مانشستر، قتلت الشرطة مسلحين اثنين في تبادل لإطلاق النار مساء الأحد.")
    assert "Battles" in [e.event_type for e in news(text, PUB)]


@pytest.mark.parametrize("text, second", [
    ("أعلن حزب الله أمس مقتل أحد قادته العسكريين في انفجار استهدف مقرا له قرب مدينة القصير.", "Hezbollah"),
    ("أعلنت حركة الشباب أمس مقتل اثنين من قادتها العسكريين في انفجار قرب بلدة جلب.", "Al Shabaab"),
])
def test_a_partys_own_commanders_are_its_men(text: str, second: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [second], text


@pytest.mark.parametrize("text", [
    "اقتحم آلاف من أنصار رجل دين شيعي المنطقة الخضراء في بغداد أمس ودخلوا مبنى البرلمان.",
    "هاجم مئات المحتجين مركزا للشرطة في مدينة البصرة أمس احتجاجا على انقطاع الكهرباء.",
])
def test_a_crowd_that_storms_riots(text: str) -> None:
    assert [(e.event_type, actor1(e)[:8]) for e in news(text, PUB)] == [("Riots", "Rioters ")], text


def test_hundreds_of_a_groups_fighters_still_fight() -> None:
    text = "هاجم مئات من مسلحي تنظيم داعش أمس مواقع للجيش العراقي في قضاء حديثة."
    assert [e.event_type for e in news(text, PUB)] == ["Battles"]


@pytest.mark.parametrize("text, where", [
    ("قتل أربعة جنود أمس عندما هاجم مسلحون من جماعة بوكو حرام قاعدة عسكرية في بلدة مونغونو بولاية بورنو.", "Monguno"),
    ("قتل ستة جنود أمس في اشتباكات مع مسلحي جماعة أبو سياف في جزيرة جولو جنوبي الفلبين.", "Jolo"),
    ("هاجم مسلحون أمس سجنا في مدينة بيني شرقي جمهورية الكونغو الديمقراطية وحرروا مئات السجناء.", "Beni"),
])
def test_towns_of_the_sahel_the_philippines_and_the_congo(text: str, where: str) -> None:
    assert where in [place(e) for e in news(text, PUB)], text


def test_beni_as_between_me_is_no_place() -> None:
    text = "قال المتحدث إن الخلاف بيني وبين الوزير لا يتعلق بالهجوم الذي استهدف مدينة كيسمايو أمس."
    assert "Beni" not in [place(e) for e in news(text, PUB)]


def test_the_allied_democratic_forces() -> None:
    text = "قتل 11 شخصا أمس في هجوم شنه متمردو تحالف القوى الديمقراطية على سجن في مدينة بيني."
    assert [actor1(e) for e in news(text, PUB)] == ["ADF: Allied Democratic Forces"]
