"""What an incident takes in and leaves out (round 13): the perpetrators of "the bombing" sought
after it is told name that one; whom the victims were accused of working for ("لصالح") is no
party; a demand to hasten a liberation and campaigns of arrests are no incident; a killing a group
claims is its attack; a killer in its own clause makes one; the day of an incident given as the
cause dates that one. Round 14 adds: "any" and a deal's subject, a raid or a trap as the
circumstance of an incident told before, control of what is no place, tolls in the thousands and
numbers of another act, the town an agreement is named after, a party described after another, the
subject of "أن", a state's forces as one side, what was when a past state held. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news

BOMBING = "قتل 20 مسلحا من داعش بانفجار سيارة مفخخة استهدف مقرا للتنظيم في مدينة تلعفر أمس. "


@pytest.mark.parametrize("sequel", [
    "وأغلق عناصر التنظيم مداخل المدينة للبحث عن منفذي عملية التفجير ونقلوا الجثث إلى الموصل.",
    "وشن التنظيم حملة للبحث عن مرتكبي التفجير في الأحياء القريبة من بغداد.",
])
def test_the_perpetrators_of_the_bombing_name_the_one_told(sequel: str) -> None:
    evs = news(BOMBING + sequel)
    bombs = [e for e in evs if e.event_type == "Explosions/Remote violence"]
    assert len(bombs) == 1, [(e.sub_event_type, e.location) for e in bombs]


def test_in_the_lead_the_perpetrators_incident_is_the_articles() -> None:
    evs = news("أكدت الشرطة أن رجلا في الثلاثين هو منفذ الهجوم الانتحاري الذي وقع أمس في مدينة الفلوجة وأوقع 16 قتيلا.")
    assert evs and evs[0].sub_event_type == "Suicide bomb"


@pytest.mark.parametrize("text", [
    "أعدم تنظيم داعش أمس سبعة من سائقي الأجرة في الموصل بتهمة التجسس لمصلحة القوات الأمنية العراقية",
    "أعدم تنظيم داعش أمس أربعة مواطنين في مدينة الرقة بتهمة العمل لحساب قوات النظام",
])
def test_whom_victims_worked_for_is_no_party(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].event_type == "Violence against civilians", text
    assert actor2(evs[0]) is not None and actor2(evs[0]).startswith("Civilians"), text


@pytest.mark.parametrize("text", [
    "وقال النائب أمس: طالبنا القوات العراقية بالإسراع في تحرير مدينة الموصل من داعش",
    "وقال المحافظ أمس: نطالب الجيش العراقي بالإسراع في تحرير مدينة تلعفر من داعش",
])
def test_a_demand_to_hasten_a_liberation_is_no_incident(text: str) -> None:
    assert not news(text), text


@pytest.mark.parametrize("text", [
    "داعش يعدم 600 شخص خلال عام من سيطرته على مدينة الموصل",
    "قتل 300 مدني في قصف للنظام خلال أشهر على مدينة دوما",
    "ذكر مسؤولون أمنيون أمس مقتل 6 من مسلحي داعش و4 مدنيين في موجة عنف أخرى ضربت قرى تابعة لمدينة تكريت",
    "قتل 25 شخصا أمس في سلسلة تفجيرات ضربت أحياء مدينة كركوك",
    # round 43: a toll of incidents apart from each other, each told after it
    "قتل خمسة أشخاص وأصيب عشرة آخرون أمس بانفجار عبوات ناسفة في حوادث أمنية متفرقة في بعقوبة والمقدادية",
    "قتل ثلاثة مدنيين برصاص مسلحين مجهولين أمس في حوادث منفصلة في مدينة الموصل",
])
def test_a_toll_over_a_year_or_months_or_in_a_wave_is_a_summary(text: str) -> None:
    evs = events(text)
    assert evs and all(e.aggregate or e.background for e in evs), text


@pytest.mark.parametrize(("text", "who"), [
    ("تبنى تنظيم داعش قتل ثلاثة جنود في مدينة الرمادي أمس.", "Islamic State"),
    ("أعلن تنظيم داعش مسؤوليته عن مقتل أربعة من الشرطة في مدينة بيجي أمس.", "Islamic State"),
])
def test_a_killing_a_group_claims_is_its_attack(text: str, who: str) -> None:
    evs = news(text)
    assert evs and actor1(evs[0]) == who and evs[0].modality == "claimed", text


def test_a_killing_without_a_claim_needs_more() -> None:
    assert not news("قتل ثلاثة جنود في مدينة الرمادي أمس في ظروف غامضة، حسب مصادر محلية.")


def test_a_killer_in_its_own_clause_makes_an_incident() -> None:
    evs = news("وقال المسؤول إن التنظيم اقتحم أمس مبنى البلدية في مدينة الرقة، في حين قتل التنظيم خمسة مواطنين في مدينة تدمر.")
    assert len(evs) == 2 and all(actor1(e) == "Islamic State" for e in evs)


@pytest.mark.parametrize("text", [
    "وتوعدت الحكومة المسلحين بعد تبني تنظيم داعش يوم الأربعاء قتل شرطيين في مدينة الرمادي، ردا على هجوم وقع الاثنين في مدينة الفلوجة.",
    "وتوعدت الحكومة المسلحين بعد تبني تنظيم داعش يوم الأربعاء قتل شرطيين في مدينة الرمادي، وذلك إثر تفجير وقع الاثنين في مدينة الفلوجة.",
])
def test_the_day_of_a_cause_dates_the_cause(text: str) -> None:
    evs = news(text, published=date(2016, 5, 14))
    killing = [e for e in evs if e.fatalities == 2]
    assert killing and killing[0].event_date == date(2016, 5, 11), text


@pytest.mark.parametrize("text", [
    "وشددت الحكومة تزامنا مع الغارات وحملات اعتقال، على أنها لن تتساهل مع الإرهابيين بعد مقتل جنديين قرب مدينة الرمادي أمس.",
    "وتحدث ناشطون عن حملات مداهمة وتفتيش، بعد أن أعلن التنظيم أمس منع الإنترنت في مدينة الرقة.",
])
def test_campaigns_of_acts_without_place_or_day_are_no_incident(text: str) -> None:
    assert not [e for e in news(text) if e.event_type == "Strategic developments"], text


@pytest.mark.parametrize("text", [
    "وقال قريبه إن التنظيم اختاره أمس لتنفيذ عملية انتحارية ضد قوات النظام في مدينة حمص، لكنه فر إلى تركيا.",
    "وكشف المصدر أن الخلية كانت تستعد أمس لتنفيذ هجوم على مقر للشرطة في مدينة كركوك.",
])
def test_an_act_to_be_carried_out_is_an_aim(text: str) -> None:
    assert not news(text), text


def test_aircraft_that_took_off_to_strike_struck() -> None:
    evs = news("وعند السادسة من مساء أمس أقلعت مقاتلات سلاح الجو العراقي لتنفيذ ضربة على مخبأ للمسلحين قرب مدينة هيت.")
    assert evs and evs[0].sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("text", [
    "قصف الجيش أمس مواقع المسلحين في مدينة تكريت، بعد يومين على تفجير انتحاري نسبته الحكومة إلى التنظيم واستهدف سوقا في مدينة بعقوبة.",
    "قصف الجيش أمس مواقع المسلحين في مدينة تكريت، بعد يومين على التفجير الانتحاري الذي تبناه التنظيم واستهدف سوقا في مدينة بعقوبة.",
])
def test_a_verb_after_the_description_of_an_incident_goes_on_with_it(text: str) -> None:
    evs = events(text)
    shelling = [e for e in evs if e.sub_event_type == "Shelling/artillery/missile attack"]
    bombs = [e for e in evs if e.sub_event_type == "Suicide bomb"]
    assert len(shelling) == 1 and len(bombs) == 1, [(e.sub_event_type, actor1(e)) for e in evs]
    assert actor1(bombs[0]) != "Military Forces of Iraq"


@pytest.mark.parametrize("text", [
    "قتل 12 شخصا في تفجير انتحاري استهدف سوقا في مدينة كركوك أمس. وقال الوزير في مؤتمر صحافي في بغداد، إن التفجير ناجم عن اعتداء انتحاري نفذه التنظيم.",
    "قتل 12 شخصا في تفجير انتحاري استهدف سوقا في مدينة كركوك أمس. وقال المتحدث في كلمة ألقاها ببغداد، إن الاعتداء الانتحاري نفذه التنظيم.",
])
def test_where_words_were_spoken_is_no_place_of_the_incident(text: str) -> None:
    evs = news(text)
    assert evs and all(e.location is not None and "Baghdad" not in (e.location.name or "") for e in evs), \
        [e.location.name if e.location else None for e in evs]


@pytest.mark.parametrize("text", [
    "وشن مسلحون مجهولون هجوما على مركز شرطة جنوب تركيا مساء أمس ما أدى إلى مقتل ضابطين.",
    "وقتل جنديان أمس في هجوم شنه مسلحون على نقطة عسكرية شمال العراق.",
])
def test_a_weak_cue_in_a_region_with_its_own_toll_is_an_incident(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].fatalities == 2, text


def test_a_weak_cue_in_a_region_without_a_toll_is_an_operation() -> None:
    assert not news("وقال الوزير إن الجيش يشن هجوما واسعا في شمال العراق منذ أسابيع.")


def test_who_took_part_in_an_attack_on_a_target_made_it() -> None:
    evs = news("وشن مسلحون مجهولون هجوما على مركز شرطة جنوب تركيا مساء أمس ما أدى إلى مقتل ضابطين. وأوضح مصدر أن اثنين من "
               "المهاجمين اللذين شاركا في الهجوم على مركز الشرطة بمدينة أضنة قتلا خلال تبادل لإطلاق النار مع عناصره.")
    assert evs and any(e.location and e.location.name and "Adana" in e.location.name for e in evs), \
        [e.location.name if e.location else None for e in evs]


@pytest.mark.parametrize("text", [
    "وقال الوزير أمس إن بلاده تشارك في الغارات على داعش في العراق منذ أشهر.",
    "وأوضح المتحدث أمس أن الائتلاف استهدف منذ بدء الحملة آلاف مواقع القتال والمركبات في العراق.",
])
def test_taking_part_in_raids_on_a_group_and_fighting_positions_are_no_incident(text: str) -> None:
    assert not [e for e in news(text) if e.event_type == "Battles"], text


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن قوات الأمن سبق لها أن قصفت مواقع للمسلحين في مدينة الفلوجة.",
    "وسبق لها أيضا أن قصفت مواقع للمسلحين في مدينة الفلوجة.",
])
def test_what_a_party_had_done_before_is_background(text: str) -> None:
    evs = events(text)
    assert evs and all(e.background for e in evs), text



# round 14: "any", a deal's subject and an arrest as an aim name no incident
@pytest.mark.parametrize("text", [
    "ونفى الجيش أمس استهداف أي مناطق سكنية في محيط مدينة الموصل",
    "وقال المتحدث إن قواته مستعدة للرد على أي هجوم في مدينة كركوك",
    "وذكر الوزير اليوم أن الاتفاق يختص فقط بقتال داعش في ريف حلب الشمالي",
    "وقال السفير أمس إن التفاهم يتعلق فقط بقتال داعش في محافظة الحسكة",
    "وشنت الشرطة أمس حملة واسعة لإلقاء القبض على المتورطين في مدينة البصرة",
    # round 43: the later items of a list "any" opens
    "وعززت الشرطة انتشارها في مدينة الكوت أمس لمنع أي أعمال سلب أو شغب",
    "ونشرت السلطات أمس مئات الجنود في مدينة الناصرية لمنع أي اعتداءات أو تفجيرات",
])
def test_any_a_deals_subject_and_an_aim_are_no_incident(text: str) -> None:
    assert not news(text), [(e.event_type, e.sub_event_type) for e in news(text)]


@pytest.mark.parametrize("text", [
    "وحذفت الشبكة أمس صورا تتعلق بهجوم انتحاري استهدف سوقا في مدينة كركوك",
    "وألقت الشرطة أمس القبض على ثلاثة مشتبه بهم في مدينة البصرة",
])
def test_an_incident_a_picture_is_about_and_an_arrest_made_are_incidents(text: str) -> None:
    assert news(text), text


@pytest.mark.parametrize("text", [
    "خطف تنظيم داعش أمس 40 مدنيا بتهمة التعامل مع النظام وذلك خلال عملية مداهمة لبلدة مهين في ريف حمص",
    "اختطف مسلحو التنظيم أمس عشرات الشبان أثناء حملة تفتيش في مدينة الميادين",
])
def test_a_raid_in_which_people_were_taken_is_no_arrest_of_its_own(text: str) -> None:
    evs = news(text)
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"], [(e.sub_event_type, actor1(e)) for e in evs]


def test_an_arrest_made_during_a_raid_is_one_arrest() -> None:
    evs = news("اعتقلت الشرطة أمس 12 شخصا خلال مداهمة في مدينة البصرة")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "قتل أمس ثلاثة مسلحين من داعش غرب مدينة الموصل إثر تعرضهم لهجوم من قبل مجموعة مسلحة",
    "قتل أمس عنصران من التنظيم في مدينة الرقة بعد تعرضهما لهجوم من جماعة مسلحة",
])
def test_an_attack_suffered_is_an_incident_by_the_armed_group(text: str) -> None:
    evs = news(text)
    assert evs and (actor1(evs[0]) or "").startswith("Unidentified Armed Group"), [(e.sub_event_type, actor1(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "ونعى المحافظ أمس مقتل 1800 شخص من أبناء مدينة الموصل على يد مسلحي داعش",
    "وأكد المسؤول أمس مقتل 2500 شخص في محافظة الأنبار على يد مسلحي داعش",
    "وكشف التقرير أمس عن مقتل 1500 مدني في مدينة الرقة على أيدي عناصر التنظيم",
])
def test_a_toll_in_the_thousands_told_by_a_death_word_alone_is_a_summary(text: str) -> None:
    evs = events(text)
    assert evs and all(e.aggregate or e.background for e in evs), [(e.sub_event_type, e.fatalities) for e in evs]


def test_a_massacre_named_as_an_incident_stays_one() -> None:
    evs = news("أعدم تنظيم داعش أمس 1700 جندي في قاعدة سبايكر قرب مدينة تكريت")
    assert evs and not evs[0].aggregate


@pytest.mark.parametrize("text", [
    "قتل أربعة متمردين أمس في اشتباكات بين الجيش التركي والمسلحين الأكراد في جنوب شرق البلاد. "
    "وأصيب شرطيان خلال تبادل لإطلاق النار ليل الأربعاء قرب بلدة جزرة.",
])
def test_the_police_wounded_in_the_fight_the_lead_tells_are_of_its_side(text: str) -> None:
    evs = news(text)
    assert len(evs) == 1 and actor2(evs[0]) == "Kurdistan Workers' Party", [(e.location, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize("text", [
    'وقالت المنظمة: "نعلم أن الأحداث (الهجمات والتفجيرات الأخيرة) في لندن ومانشستر ستقلق المشاركين".',
    "وأضاف أن (الاعتداءات الأخيرة) في مدينة لندن غيرت المزاج العام.",
])
def test_the_recent_attacks_in_brackets_or_quotes_are_known_ones(text: str) -> None:
    assert not news(text), [(e.sub_event_type, e.location) for e in news(text)]


@pytest.mark.parametrize(("text", "who"), [
    ("وأفادت مصادر بأن جبهة النصرة -جناح تنظيم القاعدة في بلاد الشام- هاجمت مقاتلين تابعين للجيش الحر في بلدة مارع أمس.",
     "Jabhat al-Nusra"),
    ("وأعلن جيش الفتح -الذي يضم فصائل معارضة عدة- سيطرته على مدينة أريحا أمس.", "Jaish al-Fath"),
])
def test_a_party_described_between_dashes_is_the_one_named_before(text: str, who: str) -> None:
    evs = news(text)
    assert evs and actor1(evs[0]) == who, [(e.sub_event_type, actor1(e)) for e in evs]


def test_a_coalition_led_by_the_united_states_is_the_coalition() -> None:
    evs = news("وقالت مصادر إن طائرات تابعة لتحالف تقوده الولايات المتحدة قصفت أمس مواقع لداعش في مدينة الرقة.")
    assert evs and actor1(evs[0]) == "International Coalition (Operation Inherent Resolve)", [actor1(e) for e in evs]


@pytest.mark.parametrize(("text", "one", "two"), [
    ("وقالت مصادر إن جبهة النصرة هاجمت مقاتلين من الجيش الحر في مدينة اعزاز أمس.", "Jabhat al-Nusra", "Free Syrian Army"),
    ("وقال المرصد إن داعش هاجم مسلحين من وحدات حماية الشعب في مدينة الحسكة أمس.", "Islamic State", "People's Protection Units"),
])
def test_the_subject_of_that_stands_before_its_verb(text: str, one: str, two: str) -> None:
    evs = news(text)
    assert evs and (actor1(evs[0]), actor2(evs[0])) == (one, two), [(actor1(e), actor2(e)) for e in evs]


def test_a_party_described_between_commas_is_the_one_named_before() -> None:
    evs = news("وذكر المرصد أن جبهة النصرة، ذراع القاعدة في سوريا، اختطفت ثلاثة مقاتلين في بلدة سرمدا أمس.")
    assert evs and {actor1(e) for e in evs} == {"Jabhat al-Nusra"}, [actor1(e) for e in evs]


def test_parties_listed_between_commas_stay_parties() -> None:
    evs = news("هاجمت قوات النظام، وتنظيم داعش، مواقع المعارضة في مدينة حلب أمس.")
    assert evs and actor1(evs[0]) == "Military Forces of Syria"


@pytest.mark.parametrize("text", [
    "وأضاف البيان أن المدارس من أبرز وسائل التنظيم في السيطرة على عقول الأطفال في مدينة الرقة.",
    "وتمكن رجال الإطفاء أمس من السيطرة على الحريق في سوق مدينة الموصل.",
    "وتمكنت الشرطة أمس من السيطرة على الوضع في مدينة البصرة.",
    # round 46: what is regained joined with ل after the one who regains it
    "وبعد استعادة روسيا للعلاقات الاقتصادية مع مصر، تتطلع شركات مدينة الإسكندرية إلى عقود جديدة أمس.",
    "وتسعى الحكومة إلى استعادة الأموال المنهوبة من مدينة الموصل.",
])
def test_control_of_what_is_no_place_is_no_takeover(text: str) -> None:
    assert not news(text), [(e.sub_event_type, actor1(e)) for e in news(text)]


def test_a_party_described_with_no_mark_is_the_one_named_before() -> None:
    evs = news('وبث تنظيم "جبهة النصرة" ذراع القاعدة في سورية تسجيلا أمس يعلن فيه خطف 5 مقاتلين قرب مدينة اعزاز.')
    assert evs and {actor1(e) for e in evs} == {"Jabhat al-Nusra"}, [actor1(e) for e in evs]


def test_who_a_party_is_loyal_to_is_no_party_of_its_act() -> None:
    evs = news("وقصفت ميليشيا حزب الله الموالية للنظام أمس مواقع الفصائل في مدينة الزبداني.")
    assert evs and actor1(evs[0]) == "Hezbollah" and actor2(evs[0]) != "Military Forces of Syria", evs


@pytest.mark.parametrize("text", [
    "وقالت فرنسا إن 7 أشخاص اعتقلوا أمس في مدينة ستراسبورغ بعد عملية استمرت أشهرا انتهت بكمين نصبه لهم جهاز الاستخبارات.",
    "واعتقلت الشرطة أمس ثلاثة مطلوبين في مدينة البصرة في كمين نصبته لهم قرب السوق.",
])
def test_a_trap_laid_to_make_an_arrest_is_no_attack(text: str) -> None:
    evs = news(text)
    assert evs and {e.sub_event_type for e in evs} == {"Arrests"}, [(e.event_type, e.sub_event_type) for e in evs]


@pytest.mark.parametrize(("title", "text"), [
    ("نتنياهو ينتقد اتفاق فيينا النووي", "وتم أمس اعتقال خمسة من الذين هاجموا مركبة إسعاف بشبهة القتل."),
    ("وزير الخارجية يشيد بمحادثات جنيف", "وقتل مسلحون أمس شرطيا بإطلاق النار عليه."),
])
def test_the_town_an_agreement_or_talks_are_named_after_is_no_place(title: str, text: str) -> None:
    from marsad.models import Article
    from marsad.pipeline import extract_events
    evs = extract_events(Article(id="t", title=title, body=text, published=date(2016, 5, 12), language="ar"))
    assert all(e.location is None or e.location.name not in ("Vienna", "Geneva") for e in evs), [e.location for e in evs]


@pytest.mark.parametrize("text", [
    "وكان ذلك واضحا عندما استخدم النظام الأسلحة الكيماوية في الغوطة الشرقية.",
    "وكانت تلك السياسة فاشلة حين قصفت الطائرات مدينة حلب بالبراميل المتفجرة.",
])
def test_when_a_past_state_held_is_no_news(text: str) -> None:
    assert not news(text), [(e.sub_event_type, e.location) for e in news(text)]


@pytest.mark.parametrize("text", [
    "وكان الجنود عائدين من دورية، عندما انفجرت عبوة ناسفة بمركبتهم في مدينة الرمادي.",
    "وقتل ثلاثة جنود عندما انفجرت عبوة ناسفة بدوريتهم في مدينة الرمادي.",
])
def test_the_scene_of_the_news_told_with_when_stays_news(text: str) -> None:
    assert news(text), text


@pytest.mark.parametrize(("text", "toll"), [
    ("وذكرت الوزارة أمس أن متطرفا قتل واعتقل 12 شخصا للاشتباه بصلتهم بالإرهاب في مدينة سوسة.", None),
    ("وأفادت خلية الإعلام أمس بمقتل وجرح 110 من عناصر داعش بغارات جوية على قضاء الحويجة.", None),
    ("وأفادت خلية الإعلام أمس بمقتل 110 من عناصر داعش بغارات جوية على قضاء الحويجة.", 110),
])
def test_a_number_after_another_act_counts_that_act(text: str, toll: int | None) -> None:
    evs = events(text)
    assert evs and all(e.fatalities in (toll, None) for e in evs) and (toll is None or evs[0].fatalities == toll), \
        [(e.sub_event_type, e.fatalities) for e in evs]

