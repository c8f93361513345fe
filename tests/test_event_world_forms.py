"""Forms of world news (round 51): the coalition's aircraft over Yemen and the coalition the Saudis
lead are one party; the dead singled out among a count are part of it; the doers stopped after
"قبل أن" are no incident; a network a group is tied to describes it; the African Union's force in
Somalia; a deed in a phrase of growth after "وسط" is a trend. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2017, 3, 8)  # a Wednesday


@pytest.mark.parametrize("text", [
    "غارات للتحالف بقيادة السعودية على الحديدة\nشنت طائرات التحالف الذي تقوده السعودية غارات على مواقع "
    "للحوثيين في مدينة الحديدة ليل الثلاثاء.",
    "غارات للتحالف العربي على مأرب\nقصفت طائرات التحالف الذي تقوده السعودية معسكرا للحوثيين في مدينة مأرب "
    "مساء الثلاثاء.",
])
def test_the_coalitions_aircraft_over_yemen_are_the_coalition_the_headline_names(text: str) -> None:
    strikes = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert [(actor1(e), str(e.event_date)) for e in strikes] == [("Saudi-led Coalition", "2017-03-07")]


@pytest.mark.parametrize(("text", "dead"), [
    ("قالت مصادر طبية إن سبعة مدنيين بينهم طفلان قتلوا في قصف مدفعي على حي سكني في مدينة تعز أمس.", 7),
    ("قال مسؤولون محليون إن تسعة أشخاص بينهم أربعة أطفال قتلوا في قصف على سوق في مدينة تعز أمس.", 9),
    ("قال شهود إن ستة أشخاص منهم امرأتان قتلوا في قصف على حي سكني في مدينة تعز أمس.", 6),
    # the wounded counted, some of whom died: only they are the dead
    ("أصيب عشرة أشخاص بينهم طفلان قتلا لاحقا في قصف على حي سكني في مدينة تعز أمس.", 2),
])
def test_the_dead_singled_out_among_a_count_are_part_of_it(text: str, dead: int) -> None:
    evs = news(text, PUB)
    assert [e.fatalities for e in evs] == [dead], text


@pytest.mark.parametrize("text", [
    "اقتحم مسلحون مطعما في وسط مدينة مقديشو مساء الثلاثاء، وقال ضابط إنهم احتجزوا رهائن لساعات قبل أن "
    "تتمكن قوات الأمن من قتل اثنين منهم واعتقال ثالث.",
    "هاجم مسلحون مركزا للشرطة في مدينة العريش أمس، وتبادلوا إطلاق النار مع عناصره قبل أن تتمكن قوات الجيش "
    "من قتل جميع المهاجمين.",
])
def test_the_doers_stopped_after_before_make_no_incident(text: str) -> None:
    evs = news(text, PUB)
    assert len(evs) == 1, [(e.sub_event_type, actor1(e)) for e in evs]
    assert evs[0].sub_event_type != "Arrests"


def test_a_force_that_arrests_before_the_act_is_an_arrest() -> None:
    text = "اعتقلت قوات الأمن ثلاثة مسلحين في مدينة العريش أمس قبل أن ينفذوا هجوما على كنيسة."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Arrests"]


@pytest.mark.parametrize(("text", "who"), [
    ("هاجم مسلحون من حركة الشباب المرتبطة بتنظيم القاعدة قاعدة عسكرية في بلدة جوهر أمس. "
     "وكانت الحركة قد هاجمت القاعدة نفسها الشهر الماضي.", "Al Shabaab"),
    ("هاجم عناصر من جماعة بوكو حرام المبايعة لتنظيم الدولة الإسلامية سوقا في مدينة مايدوغوري أمس.", "Boko Haram"),
])
def test_the_network_a_group_is_tied_to_describes_it(text: str, who: str) -> None:
    evs = news(text, PUB)
    assert evs and {actor1(e) for e in evs} == {who}, [(e.sub_event_type, actor1(e)) for e in evs]


def test_the_african_unions_force_in_somalia() -> None:
    text = "قتل ثلاثة جنود من قوات الاتحاد الأفريقي في انفجار عبوة ناسفة استهدفت قافلتهم قرب مدينة بيدوا أمس."
    evs = news(text, PUB)
    assert [actor2(e) for e in evs] == ["AMISOM: African Union Mission in Somalia"]


def test_the_partys_sites_named_with_a_preposition() -> None:
    text = ("هاجم مسلحون من حزب العمال الكردستاني مركزا للدرك في ولاية هكاري أمس. "
            "وقال الجيش التركي إن مقاتلاته قصفت أهدافا للحزب في منطقة قنديل شمالي العراق ردا على الهجوم.")
    strikes = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert [actor2(e) for e in strikes] == ["Kurdistan Workers' Party"]


@pytest.mark.parametrize(("text", "kept"), [
    ("وسقط القتيلان وسط تصاعد هجمات المسلحين على الجيش وشن الطائرات غارات على مواقعهم في شمال سيناء.", 0),
    ("وجاء الهجوم في ظل تزايد الغارات الجوية على أحياء مدينة حلب الشرقية.", 0),
    # a verb after the phrase tells the incident, and a mark closes the phrase
    ("في ظل تصاعد التوتر قصفت الطائرات التركية مواقع للحزب في شمال العراق أمس.", 1),
    ("وسط تصاعد المعارك، قصفت الطائرات الروسية بلدة خان شيخون أمس.", 1),
])
def test_a_deed_in_a_phrase_of_growth_is_a_trend(text: str, kept: int) -> None:
    assert len(news(text, PUB)) == kept, text


@pytest.mark.parametrize("text", [
    "قال شهود إن المحتجين رشقوا قوات الأمن بالحجارة وأضرموا النار في إطارات السيارات في وسط مدينة كسلا أمس.",
    "رشق متظاهرون غاضبون الشرطة بالحجارة في وسط العاصمة نيروبي أمس احتجاجا على نتائج الانتخابات.",
    # property destroyed by demonstrators is their riot, not a looting of its own
    "أحرق المتظاهرون مقر الحزب الحاكم في مدينة كسلا أمس احتجاجا على ارتفاع الأسعار.",
])
def test_demonstrators_who_throw_stones_or_burn_riot(text: str) -> None:
    evs = news(text, PUB)
    assert [(e.sub_event_type, actor1(e)) for e in evs] == [("Violent demonstration", actor1(evs[0]))], text
    assert actor1(evs[0]).startswith("Rioters ("), text


def test_a_verb_joined_to_another_shares_its_subject_not_its_object() -> None:
    text = "قال مسؤولون إن مسلحين هاجموا الشرطة في بلدة ديرنا أمس وخطفوا ثلاثة موظفين من مقر البلدية."
    kinds = {e.sub_event_type: actor1(e) for e in news(text, PUB)}
    assert kinds.get("Abduction/forced disappearance", "").startswith("Unidentified Armed Group"), kinds


@pytest.mark.parametrize("text", [
    "تقدمت قوات مكافحة الإرهاب العراقية في حي الموصل الجديدة أمس، وشن التنظيم هجمات مضادة بسيارات مفخخة يقودها انتحاريون.",
    "استعادت القوات الحكومية السيطرة على حي في غرب الموصل أمس. ورد التنظيم بهجوم مضاد بسيارات مفخخة يقودها انتحاريون.",
])
def test_the_bombs_of_a_counter_attack_strike_the_force_it_answers(text: str) -> None:
    bombs = [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]
    assert bombs and all(actor2(e) and not actor2(e).startswith("Civilians") for e in bombs), \
        [(e.sub_event_type, actor2(e)) for e in bombs]


@pytest.mark.parametrize("text", [
    "قصفت طائرات التحالف بقيادة السعودية مواقع للحوثيين في مدينة صعدة أمس.",
    "شنت مقاتلات التحالف الذي تقوده السعودية غارات على معسكر للحوثيين أمس.",
])
def test_the_saudi_coalitions_aircraft_named_in_full(text: str) -> None:
    assert {actor1(e) for e in news(text, PUB)} == {"Saudi-led Coalition"}, text


def test_the_source_of_a_fire_struck_back_and_destroyed_is_no_incident() -> None:
    text = ("سقطت قذيفة أطلقت من الأراضي اليمنية على موقع عسكري في منطقة جازان أمس، وردت القوات البرية "
            "على مصادر النيران ودمرتها.")
    assert "Looting/property destruction" not in [e.sub_event_type for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "kinds"), [
    ("دارت اشتباكات بين قوات النظام والفصائل في محيط بلدة اللطامنة أمس، وسط قصف متبادل بين الطرفين.",
     ["Armed clash"]),
    ("اندلعت معارك عنيفة بين الجيش والمسلحين في مدينة درنة أمس ترافقت مع قصف مدفعي متبادل.", ["Armed clash"]),
    # with no fight told before it, shelling stays an incident
    ("قصفت قوات النظام بلدة اللطامنة أمس بالمدفعية.", ["Shelling/artillery/missile attack"]),
])
def test_the_fire_both_sides_of_a_fight_trade_is_that_fight(text: str, kinds: list[str]) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == kinds, text


def test_a_party_after_a_plural_place_noun_is_no_place() -> None:
    text = "قصفت قوات النظام عدة مدن والمعارضة ترد على مصادر القصف في ريف حمص أمس."
    assert all(e.location is None or "المعارضة" not in e.location.name for e in news(text, PUB))


def test_a_clash_told_twice_keeps_the_parties_of_its_first_report() -> None:
    text = ("شن مسلحون من تنظيم الدولة الإسلامية هجوما على مبان حكومية في مدينة كركوك فجر الثلاثاء. "
            "وتدور اشتباكات متقطعة بين قوات الأمن والمسلحين في عدة أحياء من المدينة.")
    clashes = [e for e in news(text, PUB) if e.sub_event_type == "Armed clash"]
    assert [(actor1(e), actor2(e)) for e in clashes] == [("Islamic State", "Military Forces of Iraq")]


@pytest.mark.parametrize(("text", "who"), [
    ("هاجم مسلحون من حركة طالبان نقطة للشرطة في ولاية قندوز أمس. وقال مسؤولون إن المهاجمين قتلوا أربعة "
     "من عناصر الشرطة في بلدة إمام صاحب.", "Taliban"),
    ("شن مسلحو تنظيم الدولة الإسلامية هجوما على بلدة الدبس أمس، وقال مسؤولون إن المهاجمين استهدفوا محطة للكهرباء "
     "في البلدة.", "Islamic State"),
])
def test_the_attackers_are_the_group_named_before(text: str, who: str) -> None:
    assert {actor1(e) for e in news(text, PUB)} == {who}, [(e.sub_event_type, actor1(e)) for e in news(text, PUB)]


def test_a_hospital_named_after_a_town_abroad_is_no_mention_of_it() -> None:
    text = ("تواصلت المواجهات في مدينة تعز اليمنية بين المقاومة والحوثيين، وامتدت إلى أطراف مدينة عدن ومحافظة لحج.\n"
            "وقال مسعف إن الحوثيين قصفوا أمس بقذائف الهاون الأحياء المحيطة بمستشفى الثورة العام في وسط المدينة، "
            "وأصيب ثلاثة من العاملين فيه.")
    places = {e.location.country for e in news(text, PUB) if e.location}
    assert places == {"Yemen"}, [(e.sub_event_type, e.location and e.location.name) for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "kinds"), [
    ("طالب مسؤول كردي الحكومة التركية أمس بوقف غاراتها الجوية على المتمردين في جبال قنديل.", []),
    ("دعا الوسطاء أمس إلى إيقاف القصف على مدينة داريا وإدخال المساعدات.", []),
    # what stops is no incident; the deed told beside it is
    ("قصفت الطائرات الحربية مدينة داريا أمس بعد توقف المعارك لساعات.", ["Air/drone strike"]),
])
def test_an_incident_noun_after_a_halt_is_no_incident(text: str, kinds: list[str]) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == kinds, text


@pytest.mark.parametrize(("text", "where"), [
    ("داهم الجيش اللبناني مخيما للاجئين قرب بلدة عر سال الحدودية أمس واعتقل عشرات.", "Aarsâl"),
    ("قصفت قوات النظام مدينة حر ستا في الغوطة الشرقية أمس بالمدفعية.", "Ḩarastā"),
])
def test_a_name_split_by_a_stray_space_is_found(text: str, where: str) -> None:
    assert [e.location.name for e in news(text, PUB) if e.location] == [where], text


def test_a_patrol_fired_on_after_a_word_of_cause_is_a_fight() -> None:
    text = "قتل شرطي وأصيب آخر إثر تعرض دورية أمنية لإطلاق نار من قبل مجهولين في بلدة العوامية أمس."
    assert [(e.sub_event_type, actor2(e)) for e in news(text, PUB)] == [("Armed clash", "Police Forces of Saudi Arabia")]


@pytest.mark.parametrize("text", [
    "التحالف يعترض صاروخا باليستيا أطلق باتجاه نجران\nقالت قيادة التحالف إن الدفاعات الجوية السعودية رصدت "
    "إطلاق صاروخ باليستي من الأراضي اليمنية باتجاه مدينة نجران أمس وتم اعتراضه دون أضرار.",
    "الدفاعات الجوية تعترض صاروخين فوق جازان\nأعلنت قوات الدفاع الجوي السعودي أنها رصدت صاروخين أطلقا باتجاه "
    "مدينة جازان مساء أمس وتم اعتراضهما.",
])
def test_an_interception_told_in_the_present_or_by_its_pronoun_is_one_record(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Disrupted weapons use"], \
        [(e.sub_event_type, actor1(e)) for e in news(text, PUB)]


def test_a_place_between_two_governorates_is_one_place() -> None:
    text = ("قتل أربعة من عناصر الحشد الشعبي بهجوم شنه مسلحو تنظيم داعش على مواقعهم في منطقة زراعية "
            "بين محافظتي صلاح الدين وكركوك ليل الاثنين.")
    evs = news(text, PUB)
    assert len(evs) == 1, [(e.sub_event_type, e.location and e.location.name) for e in evs]


def test_the_weapons_used_told_in_the_next_sentence_are_no_incident() -> None:
    text = ("هاجم مسلحو تنظيم داعش مواقع للجيش العراقي قرب بلدة الشرقاط ليل الاثنين. "
            "وقال مصدر أمني إن المسلحين استخدموا الأسلحة المتوسطة وقذائف الهاون.")
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"]


def test_a_country_inside_a_groups_name_is_no_place() -> None:
    text = ("غارة أمريكية تقتل قياديا في طالبان باكستان\nقال مسؤولون أفغان إن غارة شنتها طائرة أمريكية بدون طيار "
            "قتلت قياديا في حركة طالبان باكستان في ولاية ننغرهار يوم الثلاثاء.")
    assert [e.location.name for e in news(text, PUB) if e.location] == ["Nangarhar province"]


def test_a_headline_over_a_summary_sums_it_up() -> None:
    evs = extract_events(Article(id="t", title="تركيا تعتقل المئات في حملة على أنصار غولن", language="ar",
                                 body="اعتقلت السلطات التركية أكثر من 300 شخص في عمليات دهم متزامنة في 40 ولاية يوم الثلاثاء.",
                                 published=PUB))
    assert [(e.sub_event_type, e.aggregate) for e in evs] == [("Arrests", True)]


@pytest.mark.parametrize("text", [
    "قتل تسعة أشخاص في انفجار استهدف سوقا في مدينة مايدوغوري أمس. وقالت الشرطة إن انتحاريا نفذ الهجوم.",
    "قتل سبعة أشخاص في تفجير قرب محطة للحافلات في مدينة كانو أمس. وقال شهود إن الانفجار نجم عن حزام ناسف.",
])
def test_a_suicide_attacker_named_later_makes_the_bombing_a_suicide_bomb(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Suicide bomb"], text


def test_the_means_of_another_incident_told_with_more_stays_out() -> None:
    text = ("قتل مفجر انتحاري 30 شخصا في بلدة سروج التركية الأسبوع الماضي. وأثار ذلك موجة من العنف وقتل مسلحون "
            "شرطيين، وقالوا إن الهجوم رد على التفجير الانتحاري. وفي الغضون فجر مسلحون عبوة ناسفة قرب بلدة تل أبيض أمس.")
    bombs = [e for e in news(text, PUB) if "Tal Abyad" in (e.location.name if e.location else "")]
    assert [e.sub_event_type for e in bombs] == ["Remote explosive/landmine/IED"], [(e.sub_event_type, e.location) for e in bombs]


@pytest.mark.parametrize(("text", "sub"), [
    ("أصيب عشرات الفلسطينيين في مواجهات مع القوات الإسرائيلية قرب مدينة الخليل أمس.", "Violent demonstration"),
    ("أصيب عشرة شبان في مواجهات مع الشرطة في وسط مدينة الخليل أمس.", "Violent demonstration"),
    # armed men on the other side: a fight
    ("سقط أربعة قتلى خلال مواجهات دارت بين قوات الأمن ومسلحين في مدينة الخليل أمس.", "Armed clash"),
])
def test_people_wounded_in_a_confrontation_with_a_force_riot(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [sub], text


def test_aircraft_believed_a_states_in_a_sentence_of_their_own() -> None:
    text = ("قال ناشطون إن 12 مدنيا قتلوا في غارات جوية استهدفت بلدة كفرنبل أمس. "
            "وأضاف الناشطون أن الغارات نفذتها طائرات يعتقد أنها روسية.")
    assert [actor1(e) for e in news(text, PUB)] == ["Military Forces of Russia"]


@pytest.mark.parametrize(("text", "dead"), [
    ("قال ناشطون إن 25 مدنيا على الأقل، بينهم ستة أطفال، قتلوا في غارات جوية على بلدة كفرنبل أمس.", 25),
    ("يذكر أن ثلاثة مدنيين، بينهم طفلة، قتلوا برصاص حرس الحدود قرب بلدة خربة الجوز أمس.", 3),
])
def test_the_dead_singled_out_between_commas_are_part_of_the_count(text: str, dead: int) -> None:
    assert [e.fatalities for e in news(text, PUB)] == [dead], text


def test_a_blast_during_clearing_operations_is_one_incident() -> None:
    text = "قتل ثلاثة من مقاتلي الحشد الشعبي في انفجار منزل مفخخ خلال عمليات التطهير قرب مدينة تكريت أمس."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Remote explosive/landmine/IED"]


def test_the_town_an_advance_heads_for_is_not_where_the_fight_is() -> None:
    text = ("قتل ثمانية من الحوثيين في معارك مع المقاومة الشعبية في محافظة الضالع أمس، وسط تقدم للمقاومة "
            "باتجاه مدينة قعطبة.")
    assert [e.location.name for e in news(text, PUB) if e.location] == ["Ad Dali"]


@pytest.mark.parametrize("text", [
    "تظاهر الآلاف في مدينة سانت بطرسبرغ أمس احتجاجا على الفساد، واعتقلت الشرطة بعضهم.",
    "تظاهر المئات في وسط مدينة المنامة أمس. واعتقلت قوات الأمن عددا منهم.",
])
def test_some_of_a_crowd_arrested_is_the_protests_intervention(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Protest with intervention"], text


@pytest.mark.parametrize(("text", "who"), [
    ("أحبطت قوات الأمن العراقية محاولة لتفجير سيارة مفخخة في منطقة الكرادة ببغداد أمس.", "Military Forces of Iraq"),
    ("أحبطت الشرطة محاولة تفجير عبوة ناسفة قرب كنيسة في مدينة طنطا أمس.", "Police Forces of Egypt"),
])
def test_a_bombing_foiled_is_disrupted_weapons_use(text: str, who: str) -> None:
    assert [(e.sub_event_type, actor1(e)) for e in news(text, PUB)] == [("Disrupted weapons use", who)], text


def test_two_tribes_named_in_the_construct_dual_are_both_sides() -> None:
    text = "قتل تسعة أشخاص في اشتباكات بين قبيلتي التبو وأولاد سليمان في مدينة سبها أمس."
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == \
        [("Unidentified Tribal Militia (Libya)", "Unidentified Tribal Militia (Libya)")]


def test_an_arrest_for_a_theft_is_no_political_violence() -> None:
    text = "قالت الشرطة إنها ألقت القبض على رجل يشتبه في أنه سرق سيارة إسعاف في مدينة مانشستر أمس."
    assert news(text, PUB) == []


@pytest.mark.parametrize(("text", "who", "where"), [
    ("هاجم مسلحون من جماعة نصرة الإسلام والمسلمين قاعدة للجيش في مدينة تمبكتو أمس.",
     "JNIM: Jamaah Nusrat al Islam wal Muslimin", "Timbuktu"),
    ("تبنى تنظيم القاعدة في بلاد المغرب الإسلامي هجوما على معسكر للجيش قرب مدينة غاو أمس.",
     "AQIM: Al Qaeda in the Islamic Maghreb", "Gao"),
    ("قتل ثلاثة جنود هنود في هجوم شنه مسلحون من جماعة جيش محمد على قاعدة في كشمير أمس.", "JeM: Jaish-e-Mohammad", "Kashmir"),
    ("قتل جنديان إيرانيان في هجوم تبنته جماعة جيش العدل قرب مدينة زاهدان أمس.", "Jaish al Adl", None),
])
def test_groups_and_towns_of_the_sahel_and_south_asia(text: str, who: str, where: str | None) -> None:
    evs = news(text, PUB)
    assert [actor1(e) for e in evs] == [who], [(e.sub_event_type, actor1(e)) for e in evs]
    if where:
        assert [e.location.name for e in evs if e.location] == [where]


def test_what_a_plan_rested_on_was_not_done() -> None:
    text = ("وخطة المتهمين، كما شرحها المدعي العام في مؤتمر صحفي أمس، كانت تقوم على خطف ضابط في قاعدة عسكرية "
            "قرب مدينة تولون.")
    assert news(text, PUB) == []


def test_the_arrest_of_a_groups_members_is_no_deed_of_that_group() -> None:
    text = ("قالت وزارة الداخلية إن خلية تنظيم داعش التي أعلنت السلطات أمس إلقاء القبض على أفرادها في مدينة الجهراء "
            "لا صلة لها بالهجوم الانتحاري على مسجد قبل شهر، والذي أعلن التنظيم مسؤوليته عنه.")
    arrests = [e for e in events(text, PUB) if e.event_type != "Explosions/Remote violence"]
    assert [(e.sub_event_type, actor1(e)) for e in arrests] == [("Arrests", "Police Forces of Kuwait")]


def test_a_channel_named_like_a_weapon_and_an_air_base_hit_by_a_missile() -> None:
    text = ("قالت قناة المسيرة التابعة للحوثيين إن القوة الصاروخية أطلقت صاروخا باليستيا على قاعدة الملك خالد الجوية في خميس مشيط "
            "أمس.")
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in news(text, PUB)] == \
        [("Shelling/artillery/missile attack", "King Khalid Air Base")]


@pytest.mark.parametrize(("text", "who"), [
    ("قتل جنديان من قوات حفظ السلام التابعة للأمم المتحدة في هجوم على قاعدتهم في مدينة كيدال أمس.",
     "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    ("أصيب ثلاثة من جنود قوات اليونيفيل في انفجار عبوة ناسفة قرب مدينة صيدا أمس.",
     "UNIFIL: United Nations Interim Force in Lebanon"),
])
def test_the_peacekeepers_are_their_mission_in_the_country(text: str, who: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [who], text


@pytest.mark.parametrize(("text", "where"), [
    ("قتل 70 شخصا في تفجير انتحاري استهدف ضريحا صوفيا في بلدة سيهوان بإقليم السند أمس.", "Sehwan"),
    ("هاجم مسلحون من حركة الشباب جامعة في مدينة غاريسا شرقي كينيا أمس.", "Garissa"),
    ("هاجم مسلحون من جماعة بوكو حرام مواقع للجيش قرب مدينة ديفا في النيجر أمس.", "Diffa"),
])
def test_towns_of_the_attacks_of_the_world_news(text: str, where: str) -> None:
    assert [e.location.name for e in news(text, PUB) if e.location] == [where], text
