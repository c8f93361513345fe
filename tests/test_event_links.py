"""What a word joins an incident to (round 15): a day in brackets after a source's "today" and a
day told from the one before ("في اليوم التالي"); the subject of the clause before going on; a
cue joined by و to a journey or to a plan; the press attacking in words; a possibility; the
user of a place that was hit; a soldier's nationality; an attack on foreign forces; a subject
split from its fire; places counted and listed; the verb of an uncounted plural. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news, place
from marsad.models import Article
from marsad.pipeline import extract_events

THURSDAY = date(2016, 5, 12)


@pytest.mark.parametrize(("text", "day"), [
    ("وقال مصدر عسكري إن الطائرات الروسية قصفت فجر اليوم (أمس) مواقع لداعش في مدينة الرقة.", date(2016, 5, 11)),
    ("وأوضح البيان أن الاشتباكات اندلعت مساء اليوم (الثلاثاء) في مدينة درعا بين الجيش والمعارضة.", date(2016, 5, 10)),
    ("وقال المتحدث إن الجيش قصف اليوم (الخميس) مواقع المسلحين في مدينة درعا.", THURSDAY),
])
def test_a_day_in_brackets_after_a_sources_today_wins(text: str, day: date) -> None:
    evs = news(text)
    assert evs and evs[0].event_date == day, [(e.event_type, e.event_date) for e in evs]


@pytest.mark.parametrize(("text", "days"), [
    ("هاجم مسلحون حاجزا للجيش في مدينة العريش يوم الاثنين، وبعدها بيوم هاجموا حاجزا آخر في مدينة رفح وقتلوا 3 جنود.",
     [date(2016, 5, 9), date(2016, 5, 10)]),
    ("قصفت الطائرات الحربية مدينة الباب يوم الثلاثاء، وفي اليوم التالي قصفت بلدة منبج وقتل 4 مدنيين.",
     [date(2016, 5, 10), date(2016, 5, 11)]),
])
def test_a_day_told_from_the_day_before_and_the_subject_going_on(text: str, days: list[date]) -> None:
    evs = sorted(news(text), key=lambda e: e.event_date or date.min)
    assert [e.event_date for e in evs] == days, [(e.event_type, e.event_date) for e in evs]
    assert evs[1].sub_event_type == evs[0].sub_event_type
    assert actor1(evs[1]) == actor1(evs[0])


def test_a_day_told_from_no_day_before_has_none() -> None:
    evs = news("وفي اليوم التالي قصفت الطائرات بلدة منبج وقتل 4 مدنيين.")
    assert all(e.event_date == THURSDAY for e in evs)  # the publication date, not a day after nothing


@pytest.mark.parametrize("text", [
    "وقالت الشرطة إن المعتقلين خططوا للسفر إلى سوريا والقتال هناك في صفوف التنظيم.",
    "وأضاف أن الشابين غادرا مدينة الموصل أمس للالتحاق بالتنظيم والقتال في صفوفه.",
])
def test_a_cue_joined_to_a_journey_is_its_aim(text: str) -> None:
    assert not [e for e in news(text) if e.event_type == "Battles"], text


@pytest.mark.parametrize("text", [
    "وقال المصدر إن العمليات البرية سوف تنطلق قريبا وسيكون الهجوم على داعش أولا، من مدينة اعزاز إلى مدينة جرابلس وسيطرة الجيش الحر على المنطقة.",
    "وأكد القائد أن قواته ستبدأ الهجوم على المدينة خلال أيام، ثم السيطرة على الطريق الدولي قرب مدينة الرستن.",
])
def test_a_noun_joined_to_a_plan_is_planned(text: str) -> None:
    assert not news(text), text


def test_a_noun_joined_to_a_plan_with_a_day_of_its_own_is_news() -> None:
    text = "وقال القائد إن قواته ستواصل عملياتها، وسيطرة الجيش الحر على بلدة الراعي أمس خطوة أولى."
    assert [e for e in news(text) if e.event_type == "Battles"], text


@pytest.mark.parametrize("text", [
    "وهاجمت صحيفة الوطن الحكومة العراقية في مقال نشرته أمس.",
    "ولما هاجمت مجلة محلية الوزير تعرضت لحملة انتقادات واسعة في بغداد.",
])
def test_the_press_attacks_in_words(text: str) -> None:
    assert not news(text), text


def test_gunmen_who_attack_a_newspaper_attack_it() -> None:
    assert news("هاجم مسلحون صحيفة محلية في مدينة الموصل أمس وقتلوا اثنين من العاملين فيها.")


@pytest.mark.parametrize("text", [
    "وقال المسؤول إن الصواريخ الجديدة يمكن استخدامها في ضربات بعيدة المدى ضد كوريا الجنوبية.",
    "وتمتلك القوات القدرة على شن غارات على مواقع داعش في الرقة.",
    "وأكد أن الطائرات قادرة على قصف مواقع التنظيم في مدينة الموصل.",
])
def test_a_possibility_is_no_incident(text: str) -> None:
    assert not news(text), text


def test_the_user_of_a_place_hit_is_no_attacker() -> None:
    text = ("وذكر المرصد مقتل 11 من داعش جراء استهداف مبنى البلدية في مدينة الميادين، والذي يتخذه التنظيم "
            "مقرا له، بينما قتل 29 منهم في استهداف لمنطقة قرب مدينة منبج.")
    evs = news(text)
    assert len(evs) == 2 and all(actor1(e) != "Islamic State" for e in evs), [(e.location, actor1(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "قال الجيش التركي إن جنديا تركيا قتل اليوم برصاص أطلق من الجانب السوري قرب بلدة كلس.",
    "وذكرت رئاسة الأركان أن عسكريا تركيا قتل وأصيب اثنان آخران اليوم قرب كلس في صدام مسلح مع عناصر من داعش.",
])
def test_a_soldier_of_a_nationality_killed_is_its_forces_attacked(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].event_type == "Battles", [(e.event_type, actor1(e), actor2(e)) for e in evs]
    assert actor1(evs[0]) != "Military Forces of Turkey" and actor2(evs[0]) == "Military Forces of Turkey"


@pytest.mark.parametrize("text", [
    "وذكر الجيش أن المواجهة بدأت حين فتح ستة عناصر من المتشددين في سوريا النار على نقطة حدودية للجيش التركي قرب كلس أمس.",
    "أطلق مسلحون ملثمون يستقلون سيارة مدنية النار على دورية للجيش التركي قرب مدينة ماردين أمس.",
])
def test_fire_opened_by_a_long_subject_on_foreign_forces_is_a_fight(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].event_type == "Battles", [(e.event_type, actor2(e)) for e in evs]
    assert actor2(evs[0]) == "Military Forces of Turkey"


def test_places_counted_and_listed_are_a_sweep_over_them() -> None:
    text = "وشنت الشرطة التركية أمس حملات أمنية في 5 ولايات هي إسطنبول وأنقرة وإزمير وأضنة وشرناق، حيث ألقت القبض على 80 شخصا."
    evs = events(text)
    assert evs and all(e.aggregate for e in evs), [(e.event_type, e.location, e.aggregate) for e in evs]


@pytest.mark.parametrize("text", [
    "ويتهم الجيش الحزب بالمسؤولية عن هجمات استهدفت دوريات الشرطة في ولاية شرناق أمس.",
    "وأدان الوزير هجمات استهدفت أمس مراكز الشرطة في مدينة العريش.",
])
def test_the_verb_of_an_uncounted_plural_is_no_record(text: str) -> None:
    assert not news(text), text


def test_the_verb_of_a_counted_plural_is_a_summary() -> None:
    evs = events("وأدان الوزير 3 هجمات استهدفت أمس مراكز الشرطة في مدينة العريش.")
    assert evs and all(e.aggregate for e in evs), [(e.event_type, e.aggregate) for e in evs]


def test_a_definite_incident_described_by_what_it_came_after_is_known() -> None:
    text = ("قصفت طائرات حربية تركية أهدافا لداعش في سوريا اليوم. وتزامنت الغارات الجوية التي جاءت بعد مكالمة "
            "بين الرئيسين يوم الاثنين مع اجتماع أمني في أنقرة.")
    strikes = [e for e in news(text) if e.event_type == "Explosions/Remote violence"]
    assert [e.event_date for e in strikes] == [THURSDAY], [(e.event_date, e.location) for e in strikes]


@pytest.mark.parametrize(("text", "kind"), [
    ("قال مكتب رئيس الوزراء التركي اليوم إن مقاتلات تركية شنت هجمات على مخابئ لحزب العمال الكردستاني قرب مدينة العمادية.",
     "Air/drone strike"),
    ("وشن مسلحون ملثمون هجمات على حواجز للجيش في مدينة العريش أمس.", "Armed clash"),
])
def test_attacks_launched_are_an_act_counted_or_not(text: str, kind: str) -> None:
    evs = news(text)
    assert [e.sub_event_type for e in evs] == [kind], [(e.sub_event_type, actor1(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "ويشن التنظيم هجمات على القوات العراقية منذ أشهر.",
    "وقالت الوزارة إن بيونغيانغ تبحث شن هجمات على جزيرة غوام.",
])
def test_attacks_launched_over_months_or_planned_are_none(text: str) -> None:
    assert not news(text), text


def test_a_force_noun_after_that_is_the_subject_of_its_verb() -> None:
    evs = news("وذكر المكتب أن قوات برية قصفت مسلحي حزب العمال الكردستاني في ريف الحسكة اليوم.")
    assert evs and actor1(evs[0]) != "Kurdistan Workers' Party" and actor2(evs[0]) == "Kurdistan Workers' Party", \
        [(actor1(e), actor2(e)) for e in evs]


def test_the_place_of_the_raid_an_incident_happened_during_is_its_place() -> None:
    evs = news("خطفت داعش 170 مدنيا وذلك خلال عملية مداهمة لمدينة القريتين الأربعاء.")
    assert [place(e) for e in evs] == ["Al Qaryatayn"], [(e.event_type, place(e)) for e in evs]


@pytest.mark.parametrize(("text", "target"), [
    ("قصفت طائرات حربية تابعة للنظام مشفى الشفاء في مدينة سراقب أمس وقتل مريضان.", "Civilians (Syria)"),
    ("استهدف انتحاري مسجد قوات الطوارئ في مدينة أبها أمس وقتل 15 شخصا.", "Police Forces of Saudi Arabia"),
    ("وقع تفجير أمس في مسجد تابع لقوات الطوارئ في مدينة أبها.", "Police Forces of Saudi Arabia"),
    ("استهدف انتحاري «مسجد» قوات الطوارئ في مدينة أبها أمس.", "Police Forces of Saudi Arabia"),
    ("استهدف انتحاري مسجد الإمام الصادق في مدينة الكويت أمس.", "Civilians (Kuwait)"),
])
def test_a_place_of_civilian_life_hit_is_its_people_or_its_forces(text: str, target: str) -> None:
    evs = news(text, date(2015, 8, 7))
    assert [actor2(e) for e in evs] == [target], [(actor1(e), actor2(e)) for e in evs]


def test_what_happened_before_another_act_is_no_earlier_incident() -> None:
    """"سجن في مدينة الباب قبل أن يعدم": "قبل أن" tells the later act, the news itself."""
    evs = news("وذكر ناشطون نقلا عن مصادر محلية أن الشاب سجن في مدينة الباب قبل أن يعدمه تنظيم داعش.")
    assert [e.event_type for e in evs] == ["Violence against civilians"], [(e.event_type, e.background) for e in events(
        "وذكر ناشطون نقلا عن مصادر محلية أن الشاب سجن في مدينة الباب قبل أن يعدمه تنظيم داعش.")]


@pytest.mark.parametrize("text", [
    "ذكرت وزارة الداخلية الكويتية أمس قيام الأجهزة الأمنية بضبط أفراد خلية إرهابية تابعة لتنظيم داعش في الكويت.",
    "أعلنت السلطات المغربية أمس تفكيك خلية إرهابية تضم ستة عناصر في مدينة فاس.",
])
def test_a_cell_caught_is_an_arrest(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Arrests"], text


def test_goods_seized_are_no_arrest() -> None:
    assert not [e for e in news("وأعلنت الشرطة أمس ضبط كميات من المخدرات في مدينة البصرة.") if e.sub_event_type == "Arrests"]


def test_the_verb_after_a_cause_told_where_and_when_it_happened_goes_on_with_it() -> None:
    """"في رد على هجوم انتحاري وقع الاثنين في مدينة سروج، واستهدف ناشطين": the verb continues the
    cause, which gives no record here: no second strike of the jets on the activists."""
    text = ("قصفت طائرات حربية تركية مواقع لداعش في سوريا أمس. وأكدت الحكومة التركية أنها لن تتهاون مع "
            "المتمردين، وذلك في رد على هجوم انتحاري وقع الاثنين في مدينة سروج، واستهدف ناشطين يساريين.")
    evs = news(text)
    assert [(e.sub_event_type, actor2(e)) for e in evs] == [("Air/drone strike", "Islamic State")]


def test_a_merged_record_keeps_the_gas_over_the_aircraft() -> None:
    text = ("وقالت الوزارة إن طائرات شنت غارات بأسلحة كيماوية على السكان في بلدة سراقب الثلاثاء. "
            "وأضافت أن الغارات الجوية على سراقب قتلت 45 شخصا.")
    assert [(e.sub_event_type, e.fatalities) for e in news(text)] == [("Chemical weapon", 45)]


def test_a_month_spanned_up_to_the_present_is_a_summary() -> None:
    text = "وأعلنت المجموعة أن سبعة مدنيين قضوا في محافظة درعا خلال مايو الحالي جراء قصف بالبراميل المتفجرة."
    evs = events(text)
    assert evs and all(e.aggregate for e in evs), [(e.sub_event_type, e.aggregate) for e in evs]


def test_a_month_is_no_date_of_the_leads_incident() -> None:
    text = ("أدى القصف العنيف على مخيم درعا من مواقع قوات النظام إلى مقتل عدد من الأطفال. "
            "وأكدت المجموعة في بيان أن المخيم استهدف بصواريخ أرض أرض. "
            "وأعلنت المجموعة أن سبعة مدنيين قضوا في محافظة درعا خلال مايو الحالي.")
    first = [e for e in news(text) if e.event_type == "Explosions/Remote violence"]
    assert first and first[0].event_date == THURSDAY, [(e.sub_event_type, e.event_date) for e in first]


def test_what_happens_meanwhile_takes_no_date_from_the_context_before() -> None:
    text = ("ويأتي التصعيد بعد أن قتل انتحاري 32 شخصا الأسبوع الماضي في مدينة سروج. "
            "في الغضون نفذ داعش تفجيرين انتحاريين في قريتين تقعان قرب بلدة تل أبيض.")
    bombs = [e for e in news(text) if e.location is not None and e.location.name == "Tal Abyad"]
    assert [e.event_date for e in bombs] == [THURSDAY], [(place(e), e.event_date) for e in events(text)]


@pytest.mark.parametrize("context", [
    "وتصاعد التوتر في المنطقة في الأيام الأخيرة.",  # the days up to the present are no day
    "ومنعت السلطات المسيرة بعد أن قتل انتحاري 30 شخصا في بلدة حدودية الأسبوع الماضي.",  # the earlier incident's time
])
def test_a_span_of_days_or_an_earlier_incidents_time_is_lent_to_no_later_incident(context: str) -> None:
    text = f"{context} وقالت وكالة الأنباء إن مسلحين خطفوا ضابط شرطة في مدينة الموصل."
    abductions = [e for e in news(text) if e.sub_event_type == "Abduction/forced disappearance"]
    assert [e.event_date for e in abductions] == [THURSDAY], [(place(e), e.event_date) for e in news(text)]


def test_the_sentences_after_a_turn_to_the_field_take_no_day_from_before_it() -> None:
    text = ("وأعلن المتحدث باسم المنظمة الثلاثاء أن المحادثات ستستأنف. "
            "ميدانيا، دارت اشتباكات عنيفة بين الفصائل وقوات النظام في مدينة درعا. "
            "كما قصفت قوات النظام مناطق في مدينة تلبيسة بريف حمص الشمالي.")
    shelling = [e for e in news(text) if e.location is not None and e.location.name_ar == "تلبيسة"]
    assert [e.event_date for e in shelling] == [THURSDAY], [(place(e), e.event_date) for e in news(text)]


@pytest.mark.parametrize("opening", ["ميدانيا،", "على الصعيد الميداني،", "وعلى الأرض،"])
def test_the_field_after_the_talks_takes_no_date_from_a_statement(opening: str) -> None:
    """A turn from talks to the field: the day an official announced something is not the day of
    the fighting told after it."""
    text = ("قال المبعوث الدولي إنه سيزور دمشق. وأعلن المتحدث باسم المنظمة الثلاثاء أن المحادثات ستستأنف. "
            f"{opening} قصفت قوات النظام مناطق في مدينة تلبيسة بريف حمص الشمالي.")
    shelling = [e for e in news(text) if e.location is not None and e.location.name_ar == "تلبيسة"]
    assert [e.event_date for e in shelling] == [THURSDAY], [(place(e), e.event_date) for e in news(text)]


@pytest.mark.parametrize("fight", [
    "من جهة أخرى، تخوض فصائل المعارضة معارك عنيفة ضد قوات النظام في مدينة درعا.",
    "من جهة أخرى، تدور اشتباكات عنيفة بين الفصائل وقوات النظام في مدينة درعا.",
])
def test_a_fight_told_in_the_present_goes_on_on_the_day_of_publication(fight: str) -> None:
    """Even in a paper that tells its other news as yesterday's."""
    text = f"وقال المرصد في بيان أمس إن 40 مدنيا قتلوا في غارات على ريف إدلب. {fight}"
    fights = [e for e in news(text) if e.event_type == "Battles"]
    assert [e.event_date for e in fights] == [THURSDAY], [(place(e), e.event_date) for e in news(text)]


@pytest.mark.parametrize(("day_word", "day"), [("أمس", date(2016, 5, 11)), ("اليوم", THURSDAY)])
def test_the_undated_incidents_of_a_text_are_of_the_day_its_news_is_told(day_word: str, day: date) -> None:
    """A text that tells its news as yesterday's was written for the next day's paper."""
    text = (f"وقال المرصد في بيان {day_word} إن 40 مدنيا قتلوا في غارات على ريف إدلب. "
            "من جهة أخرى، قصفت قوات النظام مناطق في مدينة تلبيسة بريف حمص الشمالي.")
    shelling = [e for e in news(text) if e.location is not None and e.location.name_ar == "تلبيسة"]
    assert [e.event_date for e in shelling] == [day], [(place(e), e.event_date) for e in news(text)]


@pytest.mark.parametrize("text", [
    "وأصدرت الفرقة بيانا استنكرت فيه «قيام عناصر من جبهة النصرة بخطف قائدها في ريف حلب الغربي» أمس.",
    "وأدان المجلس المحلي قيام مسلحين من تنظيم داعش بخطف عشرات المدنيين في مدينة القريتين أمس.",
])
def test_who_carried_out_the_deed_after_a_verb_of_doing(text: str) -> None:
    evs = news(text)
    assert evs and actor1(evs[0]) in ("Jabhat al-Nusra", "Islamic State"), [(actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize(("text", "taker", "loser"), [
    ("وتمكن المقاتلون الأكراد مساء أمس من طرد داعش من أحياء في جنوب مدينة الحسكة.", "People's Protection Units", "Islamic State"),
    ("وطرد مقاتلو جبهة النصرة أمس تنظيم داعش من مدينة الباب.", "Jabhat al-Nusra", "Islamic State"),
])
def test_a_party_expelled_from_a_place_lost_it(text: str, taker: str, loser: str) -> None:
    evs = [e for e in news(text) if e.event_type == "Battles"]
    assert [(actor1(e), actor2(e)) for e in evs] == [(taker, loser)], [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "وبدأت القوات العراقية هجماتها الرامية إلى طرد تنظيم داعش من مدينة الفلوجة.",
    "وقررت الحكومة طرد السفير من البلاد أمس.",
])
def test_an_expulsion_aimed_at_or_of_a_diplomat_takes_no_place(text: str) -> None:
    assert not [e for e in news(text) if e.event_type == "Battles" and "territory" in e.sub_event_type], text


def test_a_quoted_report_of_a_blast_with_its_place_is_news() -> None:
    text = ("قالت الوزارة في بيان اليوم إن انفجارا في بلدة سروج أسفر عن مقتل 27 شخصا. "
            "وقال المرصد «فجر انتحاري نفسه بشاحنة مفخخة عند حاجز لوحدات حماية الشعب في شرق كوباني، مشيرا إلى سقوط قتيلين.")
    assert [e for e in news(text) if e.sub_event_type == "Suicide bomb"], [(e.sub_event_type, place(e)) for e in news(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a plural of places refers back to the towns named before ...
    ("دارت اشتباكات عنيفة في بلدتي نبل والزهراء. وسقطت عشرات القذائف أمس على البلدتين الواقعتين في ريف حلب.",
     {"Nubl", "Al-Zahraa"}),
    # ... unless a place of nearness right after it says which ones
    ("أعلن البرلمان العراقي أمس تقريرا عن سقوط الموصل. ميدانيا، سيطرت القوات العراقية على المناطق القريبة من الرمادي.",
     {"Ramadi"}),
])
def test_a_plural_of_places_and_the_place_that_says_which(text: str, expected: set[str]) -> None:
    evs = [e for e in news(text) if e.sub_event_type in ("Shelling/artillery/missile attack", "Government regains territory")]
    assert evs and {place(e) for e in evs} <= expected, [(e.sub_event_type, place(e)) for e in evs]


def test_a_part_of_the_country_is_placed_in_the_country_the_text_names() -> None:
    """"في جنوب شرق البلاد": not the town the sentence named before for another incident."""
    text = ("تصاعد العنف في تركيا أمس، إذ هاجم مسلحون مركزا للشرطة في اسطنبول، "
            "فيما قتل ثلاثة جنود أتراك في انفجار لغم في جنوب شرق البلاد.")
    mine = [e for e in news(text) if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [place(e) for e in mine] == ["Turkey"], [(e.sub_event_type, place(e)) for e in news(text)]


@pytest.mark.parametrize(("source", "day"), [("alriyadh", date(2016, 5, 11)), ("sabq", THURSDAY), (None, THURSDAY)])
def test_a_printed_daily_tells_the_day_before_its_issue(source: str | None, day: date) -> None:
    """An incident with no day of its own: in a printed daily's issue it happened the day before."""
    text = "وقصفت الطائرات الحربية مواقع للمسلحين في مدينة الرمادي، وقال مصدر أمني إن الغارات دمرت مخزنا للأسلحة."
    art = Article(id="t", title=None, body=text, published=THURSDAY, language="ar", source=source)
    raids = [e for e in extract_events(art) if e.sub_event_type == "Air/drone strike"]
    assert [e.event_date for e in raids] == [day], [(e.sub_event_type, e.event_date) for e in extract_events(art)]
