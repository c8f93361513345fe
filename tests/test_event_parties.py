"""Who fights whom (round 9): an ally named after a support phrase is neither side, the sides of
"بين" keep their names when an outlet quotes them, and a second "وبين" opens the other side.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news

IRAQ = "Military Forces of Iraq"
SYRIA = "Military Forces of Syria"
COALITION = "International Coalition (Operation Inherent Resolve)"


@pytest.mark.parametrize(("text", "first", "second"), [
    ("استعادت القوات العراقية أمس بلدة الكرمة بمساندة طيران التحالف الدولي", IRAQ, None),
    ("استعادت القوات العراقية أمس بلدة الكرمة من تنظيم داعش بإسناد جوي من طيران التحالف الدولي",
     IRAQ, "Islamic State"),
    ("سيطرت القوات العراقية بغطاء جوي من طيران التحالف الدولي على بلدة الكرمة أمس", IRAQ, None),
    ("تقدمت القوات العراقية بمشاركة طيران التحالف الدولي نحو بلدة الكرمة وسيطرت عليها أمس", IRAQ, None),
])
def test_an_ally_named_after_a_support_phrase_is_neither_side(text: str, first: str, second: str | None) -> None:
    evs = news(text)
    assert evs, text
    assert (actor1(evs[0]), actor2(evs[0])) == (first, second)


@pytest.mark.parametrize("text", [
    "اندلعت اشتباكات عنيفة أمس بين «جيش الفتح» وقوات النظام في ريف إدلب",
    "اندلعت اشتباكات عنيفة أمس بين \"جيش الفتح\" و\"قوات النظام\" في ريف إدلب",
    "اندلعت اشتباكات عنيفة أمس بين ”جيش الفتح“ وقوات النظام في ريف إدلب",
])
def test_the_sides_of_between_may_stand_in_quotation_marks(text: str) -> None:
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [("Jaish al-Fath", SYRIA)]


@pytest.mark.parametrize(("text", "second"), [
    ("دارت اشتباكات عنيفة أمس بين قوات النظام وحزب الله، وبين فصائل المعارضة في ريف حماة",
     "Opposition Rebels (Syria)"),
    ("دارت اشتباكات عنيفة أمس بين قوات النظام وفصائل المعارضة في ريف حماة أسفرت عن قتلى بين المدنيين",
     "Opposition Rebels (Syria)"),
])
def test_a_second_between_opens_the_other_side(text: str, second: str) -> None:
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [(SYRIA, second)]


@pytest.mark.parametrize("text", [
    "استعادت القوات العراقية أمس بلدة الكرمة من تنظيم داعش",
    "حررت القوات العراقية أمس مدينة الرمادي من داعش بعد معارك استمرت أسابيع",
])
def test_who_held_a_place_is_named_after_from(text: str) -> None:
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [(IRAQ, "Islamic State")]


@pytest.mark.parametrize(("text", "first"), [
    ("أبطل خبراء المتفجرات أمس مفعول عبوة ناسفة قرب مبنى البرلمان في العاصمة التركية أنقرة", "Police Forces of Turkey"),
    ("فككت فرق الهندسة أمس عبوات ناسفة ومنازل مفخخة في حي الضباط بالرمادي", IRAQ),
])
def test_a_defused_device_has_a_force_that_defused_it_and_no_victim(text: str, first: str) -> None:
    evs = news(text)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in evs] == [("Disrupted weapons use", first, None)]


@pytest.mark.parametrize(("text", "first"), [
    ("قصفت أنقرة فجر أمس مقرات لحزب العمال الكردستاني قرب مدينة العمادية", "Military Forces of Turkey"),
])
def test_a_capital_stands_for_its_state_unless_named_as_the_capital(text: str, first: str) -> None:
    assert [actor1(e) for e in news(text)] == [first]


def test_a_name_in_brackets_after_a_speaker_speaks_too() -> None:
    text = ("وتؤكد وزارة الدفاع الأمريكية (البنتاغون) أن طائرات أقلعت من المطار قصفت مدنيين "
            "في بلدة سراقب يوم الثلاثاء")
    assert [actor1(e) for e in news(text)] == [None]


@pytest.mark.parametrize(("text", "fatalities"), [
    ("أعلن الجيش التركي أمس مقتل جنديين في هجوم على مخفر حدودي في ولاية هكاري", 2),
    ("أعلنت الشرطة التركية الليلة الماضية مقتل ثلاثة من عناصرها في هجوم على دورية قرب ديار بكر", 3),
])
def test_a_state_that_tells_of_its_own_dead_did_not_attack(text: str, fatalities: int) -> None:
    """The state is not the attacker; nobody named attacked it: an unidentified armed group (ACLED)."""
    evs = news(text)
    assert [(e.event_type, actor1(e), e.fatalities) for e in evs] == [
        ("Battles", "Unidentified Armed Group (Turkey)", fatalities)]


def test_a_state_that_tells_of_the_enemy_s_dead_keeps_its_act() -> None:
    text = "أعلن الجيش العراقي أمس مقتل 20 من عناصر داعش في قصف مدفعي على مواقعهم في الرمادي"
    assert [(actor1(e), actor2(e)) for e in news(text)] == [(IRAQ, "Islamic State")]


@pytest.mark.parametrize(("text", "sub", "fatalities"), [
    ("قتل تسعة أشخاص في هجوم بالمتفجرات استهدف مكتبا لحزب كردي في مدينة كركوك أمس",
     "Remote explosive/landmine/IED", 9),
    ("قتل أربعة جنود في هجوم بعبوة ناسفة استهدف دوريتهم قرب الرمادي أمس", "Remote explosive/landmine/IED", 4),
])
def test_the_verb_after_a_weak_attack_noun_keeps_its_weapon_and_toll(text: str, sub: str, fatalities: int) -> None:
    evs = news(text)
    assert [(e.sub_event_type, e.fatalities) for e in evs] == [(sub, fatalities)]


@pytest.mark.parametrize("text", [
    "قتل جنديان أمس في هجوم على حاجز للجيش في الرمادي",
    "قتل عنصران من الشرطة التركية بالرصاص أمس في هجوم على دورية في أضنة",
])
def test_a_dual_noun_counts_two_dead(text: str) -> None:
    assert [e.fatalities for e in news(text)] == [2]


@pytest.mark.parametrize("text", [
    "استولى مسلحو داعش أمس على ملايين الدولارات من فرع البنك في الموصل",
    "استولى مسلحو التنظيم أمس على دبابات وآليات للجيش قرب الرمادي",
])
def test_property_seized_is_no_place_taken(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == []


def test_a_date_after_a_relative_clause_of_state_belongs_to_the_main_verb() -> None:
    text = "وسيطر داعش على أغلب مناطق قضاء سنجار، الذي تقطنه غالبية إيزيدية في 3 أغسطس/آب الماضي"
    evs = events(text)
    assert [(str(e.event_date), e.background) for e in evs] == [("2015-08-03", True)]


def test_the_kurdish_insurgency_is_the_pkk() -> None:
    text = "قتل شرطيان أمس في هجوم على مخفر في أضنة نسبته السلطات إلى التمرد الكردي"
    assert [actor1(e) for e in news(text)] == ["Kurdistan Workers' Party"]


@pytest.mark.parametrize(("text", "fatalities"), [
    ("ذكر بيان أمس أن اثنين من عناصر قوات الأمن قتلا وجرح 11 في هجوم انتحاري في أغري", 2),
    ("أفادت تقارير صحفية أمس أن جنديا قتل في ماردين حينما انفجر لغم أرضي تحت آلية للجيش", 1),
])
def test_the_dead_counted_among_a_group_or_named_alone(text: str, fatalities: int) -> None:
    assert [e.fatalities for e in news(text)] == [fatalities]


@pytest.mark.parametrize(("text", "sub", "fatalities"), [
    ("قال الجيش إن جنديين قتلا أمس في هجوم بعبوة ناسفة على دورية في ديار بكر", "Remote explosive/landmine/IED", 2),
    ("ونفت إيران أن يكون النظام السوري قد شن هجوما كيماويا على مدينة دوما أمس", "Chemical weapon", None),
])
def test_a_dual_before_its_death_verb_and_a_weapon_in_the_accusative(text: str, sub: str, fatalities: int | None) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in news(text)] == [(sub, fatalities)]


@pytest.mark.parametrize(("text", "sub", "who"), [
    # round 43: the definite name of the gas types an attack; the government named after its president
    ("أدى هجوم بالغازات السامة نفذته حكومة الأسد أمس على بلدة سراقب إلى مقتل 40 شخصا", "Chemical weapon", "Military Forces of Syria"),
    ("أصيب عشرات المدنيين أمس بهجوم بالغاز السام نفذته حكومة بشار الأسد في بلدة اللطامنة", "Chemical weapon",
     "Military Forces of Syria"),
])
def test_an_attack_with_the_gas_is_one_chemical_attack(text: str, sub: str, who: str) -> None:
    assert [(e.sub_event_type, actor1(e)) for e in news(text)] == [(sub, who)]


def test_a_campaign_named_as_the_cause_is_no_incident_of_its_own() -> None:
    text = ("قتل جنديان أمس في هجوم نفذه حزب العمال الكردستاني في ديار بكر، في الوقت الذي يتصاعد فيه العنف "
            "في أعقاب حملة القصف التركية على معسكرات الحزب في شمال العراق")
    evs = news(text)
    assert [(e.event_type, actor1(e), place_name(e)) for e in evs] == [("Battles", "Kurdistan Workers' Party", "Diyarbakir")]


def place_name(e: object) -> str | None:
    loc = getattr(e, "location", None)
    return loc.name if loc else None


@pytest.mark.parametrize(("text", "etype", "sub", "first", "second"), [
    # (round 59: the security forces that meet a crowd are the state's police)
    ("اندلعت مساء أمس مواجهات بين قوات الأمن التركية ومحتجين أكراد في إسطنبول",
     "Riots", "Violent demonstration", "Rioters (Turkey)", "Police Forces of Turkey"),
    ("اندلعت أمس مواجهات بين الشرطة العراقية ومحتجين في ساحة التحرير وسط بغداد",
     "Riots", "Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq"),
    ("أطلقت الشرطة أمس النار على متظاهرين في البصرة",
     "Protests", "Excessive force against protesters", "Police Forces of Iraq", "Protesters (Iraq)"),
    ("قتل متظاهر أمس في هجوم بالرصاص الحي نفذه مسلحون مجهولون على متظاهرين في البصرة",
     "Violence against civilians", "Attack", "Unidentified Armed Group (Iraq)", "Protesters (Iraq)"),
    # shot by a state force during a protest: the one shot was protesting
    ("قتل شاب أمس برصاص الشرطة أثناء احتجاجات على البطالة في مدينة الناصرية",
     "Protests", "Excessive force against protesters", "Police Forces of Iraq", "Protesters (Iraq)"),
    ("أصيب ثلاثة أشخاص برصاص قوات الأمن خلال مسيرة احتجاجية في مدينة كربلاء أمس",
     "Protests", "Excessive force against protesters", "Police Forces of Iraq", "Protesters (Iraq)"),
    # people, no armed party, in a confrontation with a force riot; armed men fight
    ("اندلعت أمس مواجهات بين شبان فلسطينيين والقوات الإسرائيلية في مدينة نابلس",
     "Riots", "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel"),
    ("اندلعت أمس اشتباكات بين مسلحين فلسطينيين والقوات الإسرائيلية في مدينة جنين",
     "Battles", "Armed clash", "Unidentified Armed Group (Palestine)", "Military Forces of Israel"),
])
def test_force_and_protesters(text: str, etype: str, sub: str, first: str, second: str) -> None:
    evs = news(text)
    assert [(e.event_type, e.sub_event_type, actor1(e), actor2(e)) for e in evs] == [(etype, sub, first, second)]


@pytest.mark.parametrize("text", [
    "وقال التحالف الدولي أمس إن استعادة مدينة الرقة ستكون ضربة قاصمة للتنظيم",  # the subject of a future verb
    "ولجأ عناصر التنظيم إلى الشرقاط بعد أن فقدوا السيطرة على بيجي أمس",  # who lost a place did not take it
    "فقد تنظيم داعش أمس السيطرة على مدينة تكريت",
    "بدا أن تطورات الأحداث قد داهمتها في الدوحة أمس",  # a figure of speech
    "داهمتهم السيول أمس في قرية قرب الموصل",
    "ولقي الآلاف حتفهم في النزاع السوري، الذي بدأ باحتجاجات على النظام قبل أن يصبح حربا أهلية",  # how a war began
])
def test_words_of_conflict_that_tell_no_incident(text: str) -> None:
    assert [(e.event_type, e.sub_event_type) for e in news(text)] == []


@pytest.mark.parametrize("text", [
    "قتل خمسة أشخاص بعد الأحداث الأخيرة عندما هاجم مسلحون قرية في ديالى أمس",
    "سيطر تنظيم داعش أمس على مدينة تكريت",
])
def test_incidents_near_those_words_stay(text: str) -> None:
    assert len(news(text)) == 1


@pytest.mark.parametrize(("text", "first", "second"), [
    ("تمكنت قوات الدفاع الجوي السعودية أمس من اعتراض صاروخ سكود أطلقته ميليشيا الحوثي باتجاه مدينة نجران",
     "Military Forces of Saudi Arabia", "Ansar Allah (Houthi Movement)"),
    ("أعلنت قيادة التحالف أمس اعتراض صاروخ باليستي أطلقته الميليشيات الحوثية باتجاه خميس مشيط",
     "Saudi-led Coalition", "Ansar Allah (Houthi Movement)"),
])
def test_who_fired_what_was_stopped_is_the_second_side(text: str, first: str, second: str) -> None:
    evs = news(text, date(2015, 8, 1))
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in evs] == [("Disrupted weapons use", first, second)]


def test_a_projectile_from_across_the_border() -> None:
    text = "استشهد جندي سعودي أمس إثر سقوط مقذوف عسكري أطلق من داخل الأراضي اليمنية على موقع عسكري في جازان"
    evs = news(text, date(2015, 8, 1))
    assert [(e.sub_event_type, actor2(e), e.fatalities) for e in evs] == [
        ("Shelling/artillery/missile attack", "Military Forces of Saudi Arabia", 1)]


@pytest.mark.parametrize(("text", "first", "second", "fatalities"), [
    ("فجر انتحاري نفسه أمس داخل مسجد في الكويت ما أدى إلى مقتل 27 مصليا",
     "Unidentified Armed Group (Kuwait)", "Civilians (Kuwait)", 27),
    ("قتل شرطيان في انفجار عبوة ناسفة في البحرين أمس", "Unidentified Armed Group (Bahrain)", "Police Forces of Bahrain", 2),
])
def test_victims_in_the_forms_numbers_take(text: str, first: str, second: str, fatalities: int) -> None:
    evs = news(text, date(2015, 8, 1))
    assert [(actor1(e), actor2(e), e.fatalities) for e in evs] == [(first, second, fatalities)]


def test_the_sinai_province_is_the_islamic_state() -> None:
    text = "هاجم مسلحون من تنظيم ولاية سيناء أمس حاجزا للجيش المصري في الشيخ زويد"
    assert [(actor1(e), actor2(e)) for e in news(text)] == [("Islamic State", "Military Forces of Egypt")]


def test_the_attackers_killed_by_the_police_end_the_attack() -> None:
    text = ("قاد المهاجمون الثلاثة أمس سيارة دهسوا بها بعض المشاة على جسر في لندن. "
            "ولقي المهاجمون مصرعهم برصاص الشرطة البريطانية خلال الهجوم.")
    assert [(e.event_type, actor1(e)) for e in news(text)] == [
        ("Violence against civilians", "Unidentified Armed Group (United Kingdom)")]


def test_a_bomber_killed_in_his_bomb_is_still_the_bombing() -> None:
    text = "قال مكتب الحاكم إن أحد المهاجمين قتل خلال التفجير الانتحاري الذي استهدف مركزا للشرطة في إسطنبول أمس"
    assert [e.sub_event_type for e in news(text)] == ["Suicide bomb"]


@pytest.mark.parametrize(("text", "kept"), [
    ("وتفقد السكان صباح اليوم موقع التفجير حيث دمرت متاجر ومبان", False),
    ("دمر مسلحو داعش أمس مرقدا أثريا في الموصل", True),
])
def test_property_destruction_needs_its_destroyer(text: str, kept: bool) -> None:
    assert bool(news(text)) is kept


@pytest.mark.parametrize(("text", "first", "second", "fatalities"), [
    ("أعدم تنظيم داعش أمس 12 شخصا في ساحة عامة بمدينة الرقة", "Islamic State", "Civilians (Syria)", 12),
    ("عثرت الشرطة أمس على جثث خمسة أشخاص مقتولين بالرصاص في منطقة الدورة جنوب بغداد",
     "Unidentified Armed Group (Iraq)", "Civilians (Iraq)", 5),
    ("قتل طفلان أمس بانفجار لغم من مخلفات الحرب في ريف حلب", "Unidentified Armed Group (Syria)", "Civilians (Syria)", 2),
    ("قتل 14 مدنيا أمس بغارات جوية شنها الطيران التابع للنظام السوري على بلدة كفرنبل",
     "Military Forces of Syria", "Civilians (Syria)", 14),
])
def test_executions_bodies_and_the_owner_of_the_aircraft(text: str, first: str, second: str, fatalities: int) -> None:
    evs = news(text, date(2015, 8, 1))
    assert [(actor1(e), actor2(e), e.fatalities) for e in evs] == [(first, second, fatalities)]


def test_who_found_a_device_still_defused_it() -> None:
    evs = news("عثرت قوات الأمن أمس على عبوة ناسفة في الرمادي وفككتها", date(2015, 8, 1))
    assert [(e.sub_event_type, actor1(e)) for e in evs] == [("Disrupted weapons use", IRAQ)]


@pytest.mark.parametrize(("text", "kept"), [
    ("تعهد الوزير أمس في خطابه بمدينة الموصل بالتصدي للتطرف في المدارس", False),
    ("تمكنت القوات العراقية أمس من التصدي لهجوم شنه مسلحو داعش على قضاء حديثة", True),
])
def test_countering_ideas_is_no_fight(text: str, kept: bool) -> None:
    assert bool(news(text, date(2015, 8, 1))) is kept


@pytest.mark.parametrize(("text", "subs"), [
    ("وأوقفت الدول التي قاطعت قطر أمس الرحلات الجوية منها وإليها", []),
    ("قال الوزير إن الشركة السعودية أوقفت تزويدنا بالنفط أمس", []),
    ("أوقفت الشرطة أمس خمسة أشخاص خلال العمليات الأمنية في الرياض", ["Arrests"]),
    ("أوقفت السلطات أمس المشتبه به في الهجوم على دورية في الرياض", ["Arrests"]),  # the attack is a reference
])
def test_what_is_stopped_and_who_is_detained(text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in news(text, date(2017, 6, 5))] == subs


@pytest.mark.parametrize(("text", "subs"), [
    ("ودعت اللجنة الأولمبية أمس المدينتين المرشحتين إلى التوصل إلى اتفاق قبل اجتماعها المقبل في أكتوبر", []),
    ("أعلنت هدنة أمس بين الجيش السوري وفصائل المعارضة في حي الوعر بحمص", ["Agreement"]),
])
def test_an_agreement_needs_its_parties(text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in news(text, date(2017, 6, 5))] == subs


@pytest.mark.parametrize("text", [
    "وأشار إلى أنه يعني وقف إطلاق نار متبادل بين أنقرة وحزب العمال الكردستاني",
    "وبحث الاجتماع أمس ما يمكن فعله لوقف الاشتباكات بين الجيش وحزب العمال الكردستاني",
])
def test_a_ceasefire_talked_of_is_no_fight(text: str) -> None:
    assert news(text, date(2015, 8, 3)) == []


def test_what_a_writer_sees_coming_is_no_incident() -> None:
    assert news("ويرى الكاتب أن تنظيم الدولة يواجه آخر معاركه الكبرى في الرقة", date(2017, 6, 5)) == []


@pytest.mark.parametrize("text", [
    "قتل 6 مدنيين وأصيب 13 آخرون أمس إثر انفجار عبوتين ناسفتين في قضاء المقدادية",
    "انفجرت سيارتان مفخختان أمس في حي الكرادة ببغداد ما أسفر عن مقتل 12 شخصا",
])
def test_two_bombs_in_the_dual(text: str) -> None:
    assert [e.sub_event_type for e in news(text, date(2015, 8, 1))] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(("text", "subs"), [
    ("وكانت كوريا الشمالية أطلقت صاروخا باليستيا يوم الأربعاء الماضي باتجاه بحر اليابان", []),
    ("وجربت كوريا الشمالية الأحد صاروخا انفجر مباشرة بعد إطلاقه", []),
    ("قصف الحوثيون أمس بصواريخ باليستية مدينة مأرب", ["Shelling/artillery/missile attack"]),
    ("وأضافت أن الاعتداءات والتفجيرات الأخيرة في باريس ونيس ستثير مخاوف الزوار", []),
    ("أسفر الهجوم الأخير على الكنيسة في القاهرة أمس عن مقتل 25 شخصا", ["Attack"]),
])
def test_missile_tests_and_the_recent_attacks(text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in news(text, date(2017, 6, 5))] == subs


def test_policemen_without_the_article() -> None:
    evs = news("قتل أربعة رجال شرطة مصريين أمس في هجوم مسلح على دورية في العريش", date(2017, 6, 5))
    assert [actor2(e) for e in evs] == ["Police Forces of Egypt"]


@pytest.mark.parametrize(("text", "subs"), [
    ("أعلن الرئيس أمس انسحاب الولايات المتحدة من الاتفاق النووي مع إيران", []),
    ("انسحب الحزب أمس من المفاوضات مع الحكومة في بغداد", []),
    ("انسحبت قوات النظام أمس من بلدة كفرنبل", ["Non-violent transfer of territory"]),
])
def test_leaving_an_accord_hands_over_no_territory(text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in news(text, date(2017, 6, 5))] == subs


@pytest.mark.parametrize(("text", "first", "second"), [
    ("وكانت جبهة النصرة خطفت سبعة عناصر من الفرقة 30 فجر الخميس شمال مدينة اعزاز",
     "Jabhat al-Nusra", "New Syrian Force"),
    ("وكان تنظيم داعش هاجم أمس مواقع للجيش العراقي في الرمادي", "Islamic State", IRAQ),
])
def test_the_subject_between_kana_and_its_verb(text: str, first: str, second: str) -> None:
    evs = events(text, date(2015, 7, 31))
    assert [(actor1(e), actor2(e)) for e in evs] == [(first, second)]


def test_stopping_an_advance_detains_nobody() -> None:
    assert news("قال إن تدخل التحالف جوا أوقف تقدم داعش في العراق أمس", date(2015, 8, 4)) == []



@pytest.mark.parametrize("text", [
    "قتل جنديان في هجوم على دورية فجر اليوم، ونسب الهجوم إلى حزب العمال، في وقت واصلت أنقرة قصفها لمواقع المسلحين في جبال قنديل",
    "أصيب شرطي في انفجار عبوة أمس، ونسبت السلطات التفجير إلى داعش، فيما قصفت المدفعية التركية مواقع للحزب في جبال قنديل",
])
def test_an_ascription_belongs_to_the_clause_it_ends(text: str) -> None:
    # the shelling told after "في وقت" / "فيما" is the state's, not the maker's named before
    shelling = [e for e in news(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert shelling and actor1(shelling[0]) == "Military Forces of Turkey", [(e.sub_event_type, actor1(e)) for e in news(text)]


@pytest.mark.parametrize("text", [
    "قتل قيادي في تنظيم داعش أمس باشتباكات مع عشائر القضاء في مدينة هيت",
    "اندلعت أمس اشتباكات بين رجال العشائر ومسلحي داعش في ناحية البغدادي",
])
def test_the_tribes_of_a_district_are_a_tribal_militia(text: str) -> None:
    evs = news(text)
    assert evs and "Tribal Militia (Iraq)" in (actor1(evs[0]), actor2(evs[0])), [(actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize(("text", "doer", "done_to"), [
    ("وكانت جبهة النصرة قد خطفت عشرة مقاتلين من جيش الإسلام قرب إعزاز.", "Jabhat al-Nusra", "Jaish al-Islam"),
    ("وكان تنظيم داعش قد هاجم عناصر من الجيش العراقي في الرمادي.", "Islamic State", IRAQ),
    ("وأكدت جبهة النصرة أنها خطفت عشرة مقاتلين من جيش الإسلام قرب إعزاز.", "Jabhat al-Nusra", "Jaish al-Islam"),
    ("وأعلنت الشرطة أنها اعتقلت خمسة عناصر من تنظيم داعش في كركوك.", "Police Forces of Iraq", "Islamic State"),
    ("وذكر المرصد بأنه قصفت قوات النظام مناطق في مدينة دوما.", SYRIA, None),
])
def test_the_subject_before_its_verb_after_qad_or_a_pronoun(text: str, doer: str, done_to: str | None) -> None:
    """Round 40: "كانت X قد خطفت" and "أنها خطفت ... مقاتلين من Y": the subject stands before the
    verb (after it "قد", or it is the pronoun of أن); the party after the verb is its object. A party
    right after the verb, with a dummy pronoun before it, is still its subject."""
    evs = events(text)
    assert evs, text
    assert actor1(evs[0]) == doer and actor2(evs[0]) == done_to, [(actor1(e), actor2(e)) for e in evs]
