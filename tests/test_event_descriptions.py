"""What the words around an incident noun say of it (round 17): plural strikes over the days up to
the present; those days lend no date to the lead; the agent joined with ل after the words that
describe the noun; the agent of a patient noun whose victim follows with ل; a post that belongs
to a party; the motive of a protest; the members of a list opened by "منها"; a verb that describes
an indefinite noun; one report and a denial; a relative clause about a person or a place; a
request. Round 18: a list that goes on after its comma; a definite incident with a relative clause
and no day; ascription with ل; a group's detentions; simultaneity; a demonstrative a comma closes;
fire returned; the toll of a verb absorbed by its noun. Round 34: the incidents people are involved
in; holding captive told in the present; taking part ("المشاركة") in fighting. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news, place

THURSDAY = date(2016, 5, 12)


@pytest.mark.parametrize(("text", "summary"), [
    ("شنت مقاتلات التحالف خلال الأيام الأربعة الماضية غارات متواصلة على مواقع التنظيم في مدينة منبج.", True),
    ("شهدت مدينة الباب في الأيام الخمسة الماضية تفجيرات بسيارات مفخخة.", True),
    ("تواصلت المعارك في حي جوبر خلال الأيام الأربعة الماضية بين قوات النظام وفصائل المعارضة.", False),
    ("شنت مقاتلات التحالف غارات على مواقع التنظيم في مدينة منبج أمس.", False),
])
def test_plural_strikes_over_the_days_up_to_the_present_are_a_summary(text: str, summary: bool) -> None:
    evs = events(text)
    assert evs and all(e.aggregate == summary for e in evs), [(e.sub_event_type, e.event_date, e.aggregate) for e in evs]


def test_the_days_up_to_the_present_lend_no_date_to_the_lead() -> None:
    text = ("قتل 12 مسلحا في غارة للتحالف على اجتماع لقادة التنظيم في مدينة الباب. "
            "وتعرضت المدينة خلال الأيام الأربعة الماضية لغارات متواصلة.")
    lead = [e for e in news(text) if e.fatalities == 12]
    assert [e.event_date for e in lead] == [THURSDAY], [(e.sub_event_type, e.event_date, e.aggregate) for e in events(text)]


@pytest.mark.parametrize(("text", "agent", "target"), [
    ("قتل خمسة مدنيين في قصف عنيف لقوات النظام على بلدة كفرنبل أمس.", "Military Forces of Syria", None),
    ("شهدت مدينة الرقة أمس غارات مكثفة للتحالف الدولي على مقرات تنظيم داعش.",
     "International Coalition (Operation Inherent Resolve)", "Islamic State"),
])
def test_the_agent_joined_with_lam_after_the_words_that_describe_the_noun(text: str, agent: str, target: str | None) -> None:
    """The agent is no target ("قوات النظام" after ل), and the target after "على" stays one."""
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [(agent, target)], [(actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "وأكد ناشطون خطف تنظيم داعش لعشرين مدنيا من بلدة القريتين أمس.",
    "وأكد ناشطون إعدام تنظيم داعش لسبعة أشخاص في مدينة الميادين أمس.",
])
def test_the_complement_of_a_patient_noun_whose_victim_follows_with_lam_is_its_agent(text: str) -> None:
    evs = news(text)
    assert [actor1(e) for e in evs] == ["Islamic State"], [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize(("text", "target"), [
    ("انفجرت سيارة مفخخة عند نقطة تفتيش تابعة للجيش الحر في بلدة إعزاز أمس.", "Free Syrian Army"),
    ("انفجرت سيارة مفخخة عند نقطة تفتيش في بلدة إعزاز أمس.", "Military Forces of Syria"),
])
def test_a_post_stands_for_the_forces_it_belongs_to(text: str, target: str) -> None:
    assert [actor2(e) for e in news(text)] == [target]


def test_the_motive_of_a_protest_is_no_second_protest() -> None:
    text = "تظاهر مئات الطلاب في مدينة السليمانية أمس احتجاجا على الغارات التركية في شمال العراق."
    evs = [e for e in news(text) if e.event_type == "Protests"]
    assert [place(e) for e in evs] == ["Sulaymaniyah"], [(e.sub_event_type, place(e)) for e in events(text)]


def test_the_members_of_a_list_opened_by_minha_are_its_places() -> None:
    text = "خرجت أمس مظاهرات في مدينة الموصل ومدن أخرى، منها تكريت وسامراء، للمطالبة بتحسين الخدمات."
    assert sorted(place(e) or "" for e in news(text)) == ["Mosul", "Sāmarrā’", "Tikrīt"], \
        [(e.sub_event_type, place(e)) for e in events(text)]


def test_a_verb_after_an_indefinite_noun_and_its_description_goes_on_with_it() -> None:
    text = "نفذت القوات العراقية عملية عسكرية واسعة النطاق فجر اليوم استهدفت مواقع تنظيم داعش في مدينة بيجي."
    assert [e.event_type for e in news(text)] == ["Battles"], [(e.sub_event_type, actor1(e)) for e in events(text)]


def test_a_report_and_a_denial_of_one_incident_are_one_alleged_record() -> None:
    text = ("وقال المرصد السوري إن عناصر من جبهة النصرة خطفوا أمس سبعة مقاتلين من الجيش الحر في بلدة إعزاز. "
            "ونفت قيادة الجيش الحر خطف جبهة النصرة لمقاتليها في إعزاز.")
    evs = news(text)
    assert [(actor1(e), e.modality) for e in evs] == [("Jabhat al-Nusra", "alleged")], \
        [(actor1(e), actor2(e), e.modality) for e in evs]


def test_a_relative_clause_about_a_person_with_no_day_of_its_own_is_background() -> None:
    text = ("قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش أمس. "
            "وقال محامي الصحفية البريطانية التي اختطفت في مدينة رفح إنها لم تكن متواطئة مع خاطفيها.")
    kinds = [(e.sub_event_type, e.background) for e in events(text)]
    assert ("Abduction/forced disappearance", True) in kinds and ("Abduction/forced disappearance", False) not in kinds, kinds


def test_a_relative_clause_about_a_place_tells_the_news() -> None:
    text = ("قصفت قوات النظام أحياء في مدينة حمص أمس، فضلا عن بلدة تلبيسة التي استهدفت قوات النظام مناطق سكنية فيها.")
    fresh = [place(e) for e in news(text)]
    assert "Talbiseh" in fresh or "Tallbīsah" in fresh, [(place(e), e.background) for e in events(text)]


@pytest.mark.parametrize("text", [
    "ورفضت واشنطن طلبا تركيا بالسيطرة على شريط حدودي داخل سوريا.",
    "ويريد الحزب بلدة القصير كي يؤمن السيطرة على ريف حمص الغربي.",
])
def test_a_request_or_a_purpose_to_take_a_place_is_no_takeover(text: str) -> None:
    assert not news(text), [(e.sub_event_type, actor1(e)) for e in events(text)]


# ---------------------------------------------------------------- round 18


def test_a_list_of_places_goes_on_after_the_comma_of_its_clause() -> None:
    text = ("وقال البيان إن الغارات استهدفت أمس مواقع التنظيم في منبج والباب في سوريا، "
            "وقرب تكريت وسامراء في العراق.")
    assert sorted(place(e) or "" for e in news(text)) == ["Al Bāb", "Manbij", "Sāmarrā’", "Tikrīt"], \
        [(e.sub_event_type, place(e)) for e in events(text)]


@pytest.mark.parametrize(("text", "places"), [
    # a member's own anchor, then more members, each in a clause of its own
    ("استهدفت مقاتلات تركية فجر أمس مواقع التنظيم في كل من منبج، وتل رفعت، وفي دابق بمحيط أعزاز، "
     "وفي مارع التي تعتبر خط مواجهة.", ["Dabiq", "Manbij", "Māri‘", "Tal Rifaat"]),
    # a quoted name in the list
    ("استهدفت مقاتلات تركية فجر أمس مواقع التنظيم في كل من منبج، وفي دابق بمحيط أعزاز، وفي «مارع» "
     "التي تعتبر خط مواجهة.", ["Dabiq", "Manbij", "Māri‘"]),
    # a clause after a member's anchor that does not open with its place does not go on with the list
    ("قتل ثلاثة جنود أمس في تفجير سيارة مفخخة عند حاجز في بلدة الطارمية شمال بغداد، والواقعة على "
     "الطريق الذي يربط العاصمة بمدينة سامراء.", ["Aţ Ţārmīyah"]),
])
def test_a_list_of_places_goes_on_over_several_clauses(text: str, places: list[str]) -> None:
    assert sorted(place(e) or "" for e in news(text)) == places, [(e.sub_event_type, place(e)) for e in events(text)]


def test_a_definite_incident_described_by_a_relative_clause_with_no_day_only_merges() -> None:
    """It names an incident told elsewhere: here none, so no record of its own."""
    text = ("قصفت الطائرات التركية مواقع للحزب في شمال العراق أمس. "
            "لكن الاعتداء الذي وقع في مدينة سروج وأوقع 30 قتيلا غير موقف أنقرة.")
    assert [place(e) for e in news(text)] == ["Northern Iraq"], [(place(e), e.background) for e in events(text)]


def test_ascribed_with_lam_joined_to_the_party() -> None:
    evs = news("قتل عشرة أشخاص في تفجير وقع في مدينة سروج أمس ونسب لتنظيم الدولة.")
    assert [(actor1(e), actor2(e)) for e in evs] == [("Islamic State", "Civilians (Turkey)")]


def test_a_group_that_detains_while_killing_abducts_and_the_acts_are_two() -> None:
    text = "أعدم تنظيم داعش أمس إمام مسجد في مدينة الموصل، فيما اعتقل أمس عشرين شابا رفضوا القتال في صفوفه."
    assert sorted((e.sub_event_type, actor1(e)) for e in news(text)) == [
        ("Abduction/forced disappearance", "Islamic State"), ("Attack", "Islamic State")]


def test_a_definite_incident_after_a_word_of_simultaneity_was_told_before() -> None:
    text = ("قصفت الطائرات التركية أمس مواقع لحزب العمال في شمال العراق. "
            "وبالتزامن مع الضربة الجوية قصفت المدفعية التركية مواقع للحزب في المنطقة نفسها.")
    assert [e.sub_event_type for e in news(text)].count("Air/drone strike") == 1, \
        [(e.sub_event_type, place(e)) for e in events(text)]


def test_a_demonstrative_that_a_comma_closes_names_no_incident() -> None:
    text = "وفي موازاة ذلك، فتح مسلحان مساء الاثنين النار على مقر السفارة الأردنية في حي المنصور ببغداد."
    assert [(place(e), e.event_date) for e in news(text)] == [("Al-Mansour (Baghdad)", date(2016, 5, 9))]


@pytest.mark.parametrize("text", [
    "وخلال مرور دورية أمنية قرب مدينة بعقوبة أمس، أطلق مسلحان مجهولان أعيرة نارية باتجاه الدورية، فقامت بمبادلتهما.",
    "أطلق مسلحون النار على دورية للشرطة في مدينة بعقوبة أمس فبادلتهم الدورية إطلاق النار.",
])
def test_fire_returned_makes_a_fight(text: str) -> None:
    evs = news(text)
    assert [(e.event_type, actor1(e)) for e in evs] == [("Battles", "Unidentified Armed Group (Iraq)")], \
        [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


def test_the_toll_of_a_verb_that_goes_on_with_a_noun_cue_stays() -> None:
    text = "أفاد ناشطون بأن غارات جوية روسية استهدفت مدينة الأتارب يوم أمس وأسفرت عن مقتل سبعة مدنيين."
    assert [e.fatalities for e in news(text)] == [7]


# ---------------------------------------------------------------- round 19


def test_the_target_verb_of_an_operation_is_a_fight() -> None:
    text = "وذكر مصدر أمني أن قوات مشتركة نفذت مساء اليوم عملية استهدفت أوكار داعش قرب مدينة بيجي."
    assert [(e.event_type, e.sub_event_type) for e in news(text)] == [("Battles", "Armed clash")], \
        [(e.sub_event_type, actor1(e)) for e in events(text)]


def test_the_base_aircraft_return_to_is_no_place_of_the_strike() -> None:
    text = "وضربت المقاتلات التركية أمس أهدافا للتنظيم في شمال سوريا قبل أن تعود إلى قاعدتها في ديار بكر."
    assert [place(e) for e in news(text)] == ["Northern Syria"], [(place(e), e.sub_event_type) for e in events(text)]


def test_a_statement_named_with_its_author_dates_no_incident() -> None:
    text = ("نفذ التحالف الدولي 15 غارة جوية على مواقع التنظيم في العراق أمس. "
            "وذكر بيان لقوة المهام المشتركة اليوم أن ثلاث غارات قرب مدينة بيجي دمرت تحصينات للتنظيم.")
    baiji = [e for e in news(text) if place(e) == "Bayjī"]
    assert [e.event_date for e in baiji] == [date(2016, 5, 11)], [(place(e), e.event_date) for e in events(text)]


@pytest.mark.parametrize("text", [
    "بدأت أنقرة الشهر الماضي عمليات عسكرية ضد داعش في منطقة جرابلس.",
    "وقال الرئيس خلال زيارة إلى ماليزيا إن تركيا مصممة على مواصلة القتال في سوريا.",
    "ويأتي دخول الجيش التركي المعركة ضد داعش في منطقة جرابلس بعد مقتل 22 شخصا.",
])
def test_a_campaign_begun_resolved_or_entered_is_no_incident(text: str) -> None:
    assert not [e for e in news(text) if not e.aggregate], [(e.sub_event_type, e.aggregate) for e in events(text)]


def test_an_arrest_for_a_common_crime_is_no_conflict_event() -> None:
    assert not news("واعتقلت الشرطة أمس شخصين في مدينة البصرة بتهمة ارتكاب جريمة قتل مرتبطة بالسحر.")


# ---------------------------------------------------------------- round 20


def test_a_day_that_closes_the_sentence_after_a_comma_dates_its_incident() -> None:
    text = ("قصفت الطائرات مدينة إدلب يوم الأحد. وتعرضت قرى ريف حماة لقصف عنيف بالبراميل المتفجرة، "
            "بعد هجوم شنته المعارضة على مواقع النظام في مدينة حماة، أمس.")
    evs = [e for e in news(text) if e.event_type == "Explosions/Remote violence" and place(e) == "Ḩamāh"]
    assert evs and all(e.event_date == date(2016, 5, 11) for e in evs), [(e.sub_event_type, e.event_date) for e in events(text)]


def test_an_incident_photos_relate_to_was_told_before() -> None:
    text = ("قتل 20 شخصا في تفجير انتحاري في مدينة سروج يوم الاثنين. "
            "وقال مسؤول أمس إن الحكومة ستحجب مواقع نشرت صورا تتعلق بهجوم انتحاري في مدينة كوباني.")
    assert [place(e) for e in news(text)] == ["Suruc"], [(place(e), e.event_date) for e in events(text)]


def test_a_state_that_tells_of_a_suicide_bomber_is_not_him() -> None:
    text = "وأوضحت السلطات التركية أنه فجر نفسه صباح الاثنين في باحة مركز ثقافي في بلدة سروج."
    assert [actor1(e) for e in news(text)] != ["Police Forces of Turkey"], [(actor1(e), actor2(e)) for e in events(text)]


@pytest.mark.parametrize(("text", "sub"), [
    ("أعلنت الوزارة أمس تدمير سيارة مفخخة بقصف لطيران التحالف في مدينة الرمادي.", "Disrupted weapons use"),
    # round 40: after a toll told before it, the bomb destroyed is the strike's outcome
    ("أعلنت الوزارة أمس مقتل 20 عنصرا من التنظيم وتدمير سيارة مفخخة بغارة للتحالف في مدينة الرمادي.",
     "Air/drone strike"),
    ("انفجرت سيارة مفخخة أمس في مدينة الرمادي ودمرت عددا من المنازل.", "Remote explosive/landmine/IED"),
])
def test_a_car_bomb_destroyed_before_it_went_off_is_disrupted(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in news(text)], [(e.sub_event_type, place(e)) for e in events(text)]


@pytest.mark.parametrize("text", [
    # round 34: the incidents people are described as involved in are no news
    "تلاحق الشرطة منذ أيام شبكات متورطة في عمليات خطف بريف دمشق.",
    "تطارد القوات الأمنية مسلحين ضالعين في هجمات على حواجز الجيش بمحافظة ديالى.",
])
def test_incidents_people_are_involved_in_are_no_news(text: str) -> None:
    evs = news(text, THURSDAY)
    assert not [e for e in evs if e.sub_event_type in ("Abduction/forced disappearance", "Armed clash")], \
        [(e.sub_event_type, place(e)) for e in evs]


def test_an_arrest_of_people_involved_in_an_attack_stays_an_arrest() -> None:
    text = "اعتقلت الشرطة أمس ثلاثة أشخاص متورطين في الهجوم على حاجز للجيش في مدينة بعقوبة."
    assert [e.sub_event_type for e in news(text, THURSDAY)] == ["Arrests"]


@pytest.mark.parametrize("text", [
    # round 34: holding someone captive, told in the present, is a state, not the taking
    "يحتجز تنظيم داعش صحفيا يابانيا في مدينة الرقة منذ أشهر، بحسب ما أفادت عائلته الأربعاء.",
    "وتحتجز جماعة مسلحة عشرات المدنيين في بلدة الضمير كدروع بشرية.",
])
def test_holding_captive_in_the_present_is_no_abduction(text: str) -> None:
    assert not [e for e in news(text, THURSDAY) if e.sub_event_type == "Abduction/forced disappearance"]


def test_the_taking_told_in_the_past_stays_an_abduction() -> None:
    text = "خطف مسلحون أمس صحفيا يابانيا في مدينة الرقة."
    assert [e.sub_event_type for e in news(text, THURSDAY)] == ["Abduction/forced disappearance"]


def test_taking_part_in_fighting_told_with_the_article_is_no_incident() -> None:
    """Round 34: "المشاركة الفعلية في القتال" names a role in a war, not a fight."""
    text = "وتلجأ نساء من التنظيم إلى التمويل أو المشاركة الفعلية في القتال في سوريا والعراق."
    assert not news(text, THURSDAY)
