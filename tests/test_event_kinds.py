"""Which kind of incident, and whether one: a bombardment by the forces on the ground after the
same side's raids is shelling, not another raid ("وقصفت قوات النظام"); a campaign entering its
nth week ("مع دخول القصف أسبوعه الثاني") is the whole campaign, not an incident. Sentences
written for these tests (round 26)."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news


@pytest.mark.parametrize(("text", "subs"), [
    ("قتل خمسة مدنيين أمس في غارات لطائرات النظام على بلدة كفرنبل. وقصفت قوات النظام مناطق في بلدة معرة حرمة.",
     ["Air/drone strike", "Shelling/artillery/missile attack"]),
    ("قتل خمسة مدنيين أمس في غارات لطائرات النظام على بلدة كفرنبل. وقصفت مدفعية النظام أطراف بلدة معرة حرمة.",
     ["Air/drone strike", "Shelling/artillery/missile attack"]),
    # no force named: the kind of the raid told just before goes on
    ("قتل خمسة مدنيين أمس في غارات لطائرات النظام على بلدة كفرنبل. كما طال القصف بلدة معرة حرمة.",
     ["Air/drone strike", "Air/drone strike"]),
])
def test_forces_on_the_ground_shell_after_the_raids(text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in sorted(news(text), key=lambda e: e.evidence[0].span[0])] == subs


@pytest.mark.parametrize("text", [
    "قتل أربعة مسلحين أمس في غارات على مواقع للحزب قرب مدينة دهوك، مع دخول القصف التركي للمتمردين في سوريا أسبوعه الثاني",
    "شنت الطائرات غارات على مدينة الرقة أمس فيما تدخل الغارات الروسية على ريف إدلب أسبوعها الثالث",
])
def test_a_campaign_entering_its_period_is_no_incident(text: str) -> None:
    assert len(news(text)) == 1, [(e.sub_event_type, e.location and e.location.name) for e in news(text)]


@pytest.mark.parametrize("text", [
    "قصفت المعارضة قريتي نبل والزهراء أمس. وقتل 25 شخصا بسبب قصف قوات النظام العديد من المدن في سوريا أمس.",
    "سقطت قذائف على بلدة الفوعة أمس. وقالت الشبكة إن قوات النظام قصفت عددا من المناطق في عدة محافظات أمس.",
])
def test_an_act_over_many_towns_is_not_placed_in_the_town_named_before(text: str) -> None:
    # "العديد من المدن" counts towns; it neither refers back to the villages named before nor
    # borrows their place: the one incident of the first sentence stays alone
    evs = news(text)
    assert len(evs) <= 2 and all(e.fatalities != 40 for e in evs), \
        [(e.sub_event_type, e.location and e.location.name, e.fatalities) for e in evs]
    assert len({(e.location.name if e.location else None) for e in evs}) == len(evs)


@pytest.mark.parametrize("text", [
    "خرج المئات من الشبان مساء الخميس إلى ساحة التحرير ببغداد للمطالبة بمحاسبة الفاسدين",
    "نزل آلاف المحتجين إلى الشوارع في مدينة البصرة أمس احتجاجا على انقطاع الكهرباء",
    "خرج العشرات أمس في مدينة الناصرية مطالبين بتحسين الخدمات",
])
def test_crowds_that_go_out_to_demand_protest(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Peaceful protest"], text


@pytest.mark.parametrize("text", [
    "فرقت الشرطة مساء الجمعة في مدينة البصرة مئات المتظاهرين الذين طالبوا بتحسين الخدمات",
    "فرقت قوات الأمن بالقوة أمس في ساحة التحرير ببغداد تظاهرة للمعلمين",
])
def test_a_force_that_disperses_a_protest_between_its_time_and_place(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Protest with intervention"], text


def test_the_time_of_a_relative_clause_dates_only_its_own_kind() -> None:
    # "مساء الجمعة" is the protest's; "مطلع الأسبوع" after "الذي وقع" dates the bombing it recalls
    evs = news("فرقت الشرطة مساء الأربعاء في مدينة كركوك مئات المتظاهرين الذين نددوا بالتفجير الذي وقع مطلع "
               "الأسبوع في بلدة طوزخورماتو. واستخدمت قوات الأمن الغاز المسيل للدموع ضد محتجين في بلدة داقوق. "
               "واستهدف تفجير طوزخورماتو سوقا شعبية.")
    protests = [e for e in evs if e.event_type == "Protests"]
    assert protests and all(str(e.event_date) == "2016-05-11" for e in protests), \
        [(e.sub_event_type, str(e.event_date), e.location and e.location.name) for e in evs]
    bombs = [e for e in evs if e.event_type == "Explosions/Remote violence"]
    assert bombs and all(str(e.event_date) != "2016-05-11" for e in bombs), \
        [(e.sub_event_type, str(e.event_date)) for e in bombs]


def test_the_security_forces_and_the_police_are_one_side_of_a_protest() -> None:
    # "قوات الأمن" names no branch: told again after "الشرطة", it is the same force at the same protest
    evs = news("فرقت الشرطة التركية مساء الأربعاء في اسطنبول مئات المتظاهرين. واستخدمت قوات الأمن الغاز المسيل "
               "للدموع ضد المحتجين الذين اتهموا الحكومة بالتساهل مع نشاطات المتشددين على الأراضي التركية.")
    assert len([e for e in evs if e.event_type == "Protests"]) == 1, \
        [(e.sub_event_type, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("text", [
    "أكد محافظ نينوى أمس أن من الصعب جدا تحرير الموصل من تنظيم داعش دون مساعدة خارجية",
    "قال قائد عسكري أمس إن من المتوقع أن تقصف الطائرات مواقع تنظيم داعش في مدينة الرقة",
    "قال مسؤول أمس إنه يصعب على الجيش استعادة مدينة الرمادي من تنظيم داعش قبل نهاية العام",
    # round 40: what one is unable to do
    "ورأى الباحث أمس أن الجيش عاجز عن استعادة السيطرة على مدينة حلب بأكملها",
    "وقال القائد أمس إن القوات عجزت عن استعادة مدينة الرمادي من تنظيم داعش",
    # what will have been done
    "وقال المحلل أمس إن النظام سيعلن انتصاره بعد أن تكون السيطرة على مدينة الزبداني قد تمت",
])
def test_what_is_said_to_be_hard_possible_or_expected_is_no_incident(text: str) -> None:
    assert news(text) == [], [(e.sub_event_type, e.location and e.location.name) for e in news(text)]


def test_a_faction_told_after_its_umbrella_keeps_its_name_and_town() -> None:
    # "المعارضة ... بريف إدلب" then "جيش الفتح ... في محيط بلدة الفوعة": one shelling, the faction's, at the town
    evs = news("قصفت المعارضة أمس بلدات موالية للنظام بريف إدلب. وشنت قوات جيش الفتح قصفا مدفعيا على مواقع "
               "لقوات النظام في محيط بلدة الفوعة.")
    shell = [e for e in evs if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shell) == 1, [(actor1(e), e.location and e.location.name) for e in shell]
    assert actor1(shell[0]) == "Jaish al-Fath" and shell[0].location and "Fu" in shell[0].location.name


def test_the_other_side_of_a_fight_told_the_other_way_round() -> None:
    # the faction's attack, then the fight "between the regime and the opposition": the regime is the other side
    evs = news("هاجمت فصائل الجبهة الجنوبية أمس أحياء في مدينة درعا. ودارت معارك أمس بين قوات النظام والمعارضة "
               "في مدينة درعا.")
    fights = [e for e in evs if e.event_type == "Battles"]
    assert len(fights) == 1, [(actor1(e), actor2(e)) for e in fights]
    rebels = {"Southern Front", "Opposition Rebels (Syria)"}
    assert fights and all({actor1(e), actor2(e)} != rebels and actor1(e) != actor2(e) for e in fights), \
        [(actor1(e), actor2(e)) for e in fights]
    assert any("Military Forces of Syria" in (actor1(e), actor2(e)) for e in fights)


def test_a_quoted_today_is_the_day_it_was_said() -> None:
    # published Thursday 12 May; said on Tuesday evening: the quote's "today" is Tuesday
    evs = news('وقال مدير المرصد مساء الثلاثاء إن "الاشتباكات العنيفة بين قوات النظام وفصائل المعارضة مستمرة منذ '
               'صباح اليوم في مدينة درعا".')
    assert evs and str(evs[0].event_date) == "2016-05-10", [(e.sub_event_type, str(e.event_date)) for e in evs]


@pytest.mark.parametrize("text", [
    "وقال إن الناس الذين نزلوا أمس إلى الشارع في مدينة اللاذقية طالبوا بمحاكمة القاتل",
    "وأظهر شريط فيديو خروج مئات المتظاهرين أمس في أحد شوارع مدينة حمص للمطالبة بمحاسبة المسؤولين",
])
def test_crowds_in_the_street_told_with_the_day_between_protest(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Peaceful protest"], text


def test_a_time_after_another_incidents_relative_clause_is_that_incidents() -> None:
    # published Thursday 12 May: the arrests were announced yesterday; Monday is the bombing's day
    evs = news("أعلن وزير الداخلية أمس اعتقال المتورطين بالتفجير الذي استهدف سوقا في ناحية بني سعد الاثنين.")
    days = {e.sub_event_type: str(e.event_date) for e in evs}
    assert days.get("Arrests") == "2016-05-11", days


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن مجهولين فجروا قنبلة قرب مركز للشرطة في مدينة الرمادي.",
    "وفجر مسلحون قنبلة في سوق مدينة بعقوبة أمس.",
])
def test_setting_off_a_bomb_is_a_bombing(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Remote explosive/landmine/IED"]



@pytest.mark.parametrize("text", [
    "ويشارك عشرات الآلاف في مسيرة حاشدة في وسط لندن اليوم لدعم حقوق المثليين.",
    "ونفذ عمال مصنع الغزل في مدينة حلوان إضرابا عن العمل أمس للمطالبة بزيادة الأجور.",
    "واحتشد الآلاف في ساحة التحرير ببغداد أمس للمطالبة بإصلاحات.",
])
def test_a_march_a_strike_and_a_crowd_are_protests(text: str) -> None:
    """"مسيرة حاشدة", "إضرابا" (ACLED codes labour strikes as protests), "احتشد الآلاف"."""
    assert [e.sub_event_type for e in news(text)] == ["Peaceful protest"]


def test_forces_massed_are_no_crowd() -> None:
    assert [e for e in news("واحتشدت القوات العراقية أمس على أطراف مدينة الرمادي.") if e.event_type == "Protests"] == []


@pytest.mark.parametrize("text", [
    "وضربت طائرات التحالف ليلا مخازن للمتمردين في مدينة ذمار، بحسب شهود عيان.",
    "وضرب الطيران الحربي أمس مواقع التنظيم في مدينة الرقة.",
])
def test_aircraft_that_strike_make_an_air_strike(text: str) -> None:
    """"ضربت طائرات التحالف مواقع": the verb of striking with its aircraft subject right after it."""
    assert [e.sub_event_type for e in news(text)] == ["Air/drone strike"]


def test_a_blow_struck_by_no_aircraft_is_no_air_strike() -> None:
    assert [e for e in news("وضرب المعلم الطالب في مدرسة بمدينة الرقة أمس.") if e.sub_event_type == "Air/drone strike"] == []
