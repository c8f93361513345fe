"""Forms of news tuned in round 67: one assault told by its phases, the deed told as known after an
attack's general word. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, headline_news, news, place

PUB = date(2017, 3, 9)  # a Thursday; the Wednesday before it is 2017-03-08


@pytest.mark.parametrize("how", [
    "وبدأ الهجوم حين فجر انتحاري نفسه عند مدخل الفندق، ثم دخل مسلحان الردهة وأطلقا النار على النزلاء.",
    "وقال مسؤول أمني إن الهجوم بدأ بتفجير انتحاري نفسه عند البوابة قبل أن يطلق مسلحون النار على النزلاء في الفندق.",
])
def test_a_suicide_bombing_and_the_shooting_one_sentence_tells_in_a_town_are_one_assault(how: str) -> None:
    found = news("قتل 14 شخصا على الأقل في هجوم على فندق في مدينة مقديشو مساء الأربعاء، بحسب الشرطة الصومالية. "
                 f"{how}", PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_a_fight_told_beside_a_bombing_in_one_town_stays_a_fight() -> None:
    # guard: the police fought gunmen at a consulate; a car bomb hit a police station across the city
    found = news("هاجم مسلحون القنصلية في مدينة إسطنبول أمس الأربعاء وتبادلوا إطلاق النار مع الشرطة، فيما انفجرت "
                 "سيارة مفخخة قرب مركز للشرطة في حي آخر من المدينة وتبادل مسلحون إطلاق النار مع الشرطة بعد الانفجار.", PUB)
    assert "Armed clash" in [e.sub_event_type for e in found]


@pytest.mark.parametrize("deed", [
    "وقال ضابط في الشرطة إن انتحاريا فجر سيارة مفخخة عند مدخل الفندق.",
    "وقال ضابط في الشرطة إن انتحاريا فجر سيارة مفخخة عند مدخل الفندق، قبل أن تنفجر سيارة مفخخة ثانية بعد دقائق.",
])
def test_a_deed_told_after_an_attacks_general_word_gives_it_its_kind(deed: str) -> None:
    found = news("قتل 14 شخصا في هجوم على فندق في مدينة مقديشو مساء الأربعاء. " + deed, PUB)
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_an_attackers_word_is_no_party_of_a_protest_word() -> None:
    # guard: "تظاهر بالموت" feigns death; the gunman named beside it makes it no protest
    found = news("قتل 20 شخصا في هجوم مسلح على مطعم في مدينة أنقرة مساء الأربعاء. وقال أحد الناجين إن بعض الزبائن "
                 "تظاهروا بالموت حتى غادر المسلح المكان.", PUB)
    assert "Protests" not in [e.event_type for e in found]


@pytest.mark.parametrize("cause", ["جراء قذيفة أطلقتها الميليشيات الحوثية", "بسبب قذيفة أطلقتها الميليشيات الحوثية"])
def test_an_explosion_told_as_the_result_of_a_weapons_act_is_that_act(cause: str) -> None:
    found = news(f"أعلن الجيش مقتل ثلاثة جنود إثر انفجار مخزن للذخيرة في معسكر بمحافظة مأرب يوم الأربعاء، {cause}.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Shelling/artillery/missile attack", "Ansar Allah (Houthi Movement)")]


def test_an_act_told_after_an_attack_it_followed_keeps_its_own_kind() -> None:
    # guard: "إثر" tells what came before the strikes, not what made an explosion
    found = news("شنت المقاتلات التركية غارات على مواقع التنظيم في ريف حلب أمس الأربعاء إثر الهجوم الانتحاري الذي "
                 "استهدف بلدة حدودية.", PUB)
    assert "Air/drone strike" in [e.sub_event_type for e in found]


@pytest.mark.parametrize("outlet", ["قناة «المسيرة»", "قناة \"المسيرة\""])
def test_a_channel_in_quotes_named_like_a_weapon_types_nothing(outlet: str) -> None:
    found = news(f"قالت {outlet} التابعة للحوثيين إن القوة الصاروخية أطلقت صاروخا باليستيا على قاعدة الملك خالد الجوية "
                 "في خميس مشيط أمس.", PUB)
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("text", "sides"), [
    ("اندلعت اشتباكات عنيفة في مدينة عدن أمس الأربعاء بين قوات موالية للرئيس عبدربه منصور هادي ووحدات عسكرية موالية "
     "للرئيس المخلوع.", ("Military Forces of Yemen", "Forces loyal to Ali Abdullah Saleh")),
    ("اشتبكت وحدات موالية لهادي مع مسلحين موالين للحوثيين في مدينة لحج أمس الأربعاء.",
     ("Military Forces of Yemen", "Ansar Allah (Houthi Movement)")),
])
def test_forces_loyal_to_a_leader_are_his_forces(text: str, sides: tuple[str, str]) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [sides]


def test_the_loyalists_of_a_party_named_before_are_not_a_leaders_forces() -> None:
    # guard: "الموالون لهم" are loyal to the party just named; no leader's word right after them
    found = news("هاجم مسلحون حوثيون والموالون لهم من أنصار صالح مواقع في مدينة تعز أمس الأربعاء.", PUB)
    assert [actor1(e) for e in found] == ["Ansar Allah (Houthi Movement)"]


@pytest.mark.parametrize("verb", ["رحبت", "أشادت"])
def test_the_place_opening_a_welcome_is_not_where_what_it_welcomes_happened(verb: str) -> None:
    found = news("قتل عشرة أشخاص في اشتباكات بين القوات الموالية لهادي ومسلحين في مطار عدن أمس الأربعاء. وفي الرياض، "
                 f"{verb} مصادر خليجية بنجاح القوات الموالية للشرعية في بسط سيطرتها على المطار، ودعت الأطراف إلى الحوار.", PUB)
    assert {place(e) for e in found} == {"Aden airport"}


def test_the_force_told_taking_part_in_the_offensive_took_the_place() -> None:
    found = news("أعلن رئيس الوزراء أمس الأربعاء تحرير بلدة بيجي من قبضة تنظيم داعش، بعد أسبوع من إطلاق هجوم واسع شارك "
                 "فيه نحو ألفي مقاتل من قوات البيشمركة.", PUB)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in found] == [
        ("Government regains territory", "Military Forces of Iraq (Kurdistan Region) - Peshmerga", "Islamic State")]


@pytest.mark.parametrize("text", [
    # an unknown village is placed by no far town the sentence seems to name
    "هاجم مسلحو التنظيم ناحية الخضيرات المقابلة لمركز القضاء فجر الأربعاء، في محاولة جديدة لكسر صمود أهلها.",
])
def test_an_ordinary_word_spelled_like_a_far_town_places_nothing(text: str) -> None:
    found = news(text, PUB)
    assert found and all(e.location is None or e.location.country != "Egypt" for e in found)


@pytest.mark.parametrize("during", ["رشق خلالها شبان الجنود بالحجارة", "رشق خلالها محتجون الجنود بالحجارة"])
def test_the_people_who_threw_stones_during_the_confrontations_riot_there(during: str) -> None:
    found = news("أصيب عشرة فلسطينيين برصاص الجيش الإسرائيلي خلال مواجهات قرب السياج شرقي مدينة خان يونس أمس الأربعاء، "
                 f"{during}.", PUB)
    assert [(e.sub_event_type, actor1(e), actor2(e), place(e)) for e in found] == [
        ("Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel", "Khān Yūnis")]


def test_the_motive_of_the_confrontations_is_no_protest_of_its_own() -> None:
    found = news("اندلعت مواجهات بين شبان فلسطينيين والجيش الإسرائيلي قرب مدينة البيرة أمس الأربعاء احتجاجا على قرار "
                 "نقل السفارة إلى القدس.", PUB)
    assert [place(e) for e in found] == ["Al Bīrah"]


def test_the_people_held_after_a_verb_of_arresting_are_its_object() -> None:
    # guard: people right after a verb of arresting, a definite adjective after them, are those held
    found = news("اعتقلت الشرطة الكورية الشمالية المواطنين الأمريكيين في مطار بيونغ يانغ أمس الأربعاء.", PUB)
    assert [actor2(e) for e in found if e.sub_event_type == "Arrests"] == ["Civilians (North Korea)"]


def test_an_incident_after_the_news_counted_among_its_kind_is_an_earlier_one() -> None:
    found = news("قتل خمسة مصلين في تفجير انتحاري استهدف مسجدا في مدينة أبها أمس الأربعاء. ويعد تفجير أمس الثالث من نوعه "
                 "خلال ثلاثة أشهر، بعد تفجير مسجد في بلدة القديح بمحافظة القطيف أودى بحياة 21 شخصا.", PUB)
    assert [(place(e), e.fatalities) for e in found] == [("Abha", 5)]


def test_what_a_sentence_dated_long_ago_goes_on_to_tell_is_of_that_day() -> None:
    found = news("سقطت قذائف أطلقتها الميليشيات الحوثية على أحياء في مدينة نجران أمس الأربعاء. وتعيد هذه الاعتداءات إلى "
                 "الأذهان الهجوم الذي استهدف مركزا حدوديا قرب عرعر في الخامس من يناير الماضي، وقتل فيه ثلاثة من رجال الأمن، "
                 "فيما فجر أحد المهاجمين حزاما ناسفا كان يرتديه.", PUB)
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]


def test_a_campaign_since_a_day_long_ago_dates_nothing_it_goes_on_with() -> None:
    # guard: "منذ" a day opens what goes on; the day's strikes are the news
    found = news("تواصل القوات الحكومية منذ الرابع من يناير الماضي هجومها على بلدة الزبداني، وقصفت طائراتها البلدة أمس "
                 "الأربعاء.", PUB)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"]


def test_a_pluperfect_announcement_of_the_leads_incident_tells_it_again() -> None:
    found = headline_news("المملكة تدين الاعتداء على دورية للجيش جنوب العريش",
                          "أدانت المملكة الاعتداء الذي استهدف دورية للجيش جنوب مدينة العريش أمس الأربعاء، وأسفر عن مقتل "
                          "جنديين. ودان الأمين العام للمجلس الهجوم. وكان المتحدث العسكري قد أعلن في بيان على موقعه الرسمي "
                          "أن عبوة ناسفة زرعت على جانب طريق جنوب العريش انفجرت لدى مرور الدورية.", PUB)
    assert "Remote explosive/landmine/IED" in [e.sub_event_type for e in found]


def test_a_pluperfect_report_of_another_town_is_an_earlier_incident() -> None:
    # guard: the pluperfect tells of another town than the lead's: an earlier incident
    found = news("قتل جنديان في هجوم على دورية للجيش جنوب مدينة العريش أمس الأربعاء. وكان المتحدث العسكري قد أعلن أن "
                 "عبوة ناسفة انفجرت لدى مرور مدرعة قرب مدينة الشيخ زويد.", PUB)
    assert [place(e) for e in found] == ["Arīsh"]


@pytest.mark.parametrize("confront", ["خلال تصديهم أمس الأربعاء لهجوم", "أثناء التصدي أمس الأربعاء لهجوم"])
def test_an_attack_confronted_with_li_is_no_aim(confront: str) -> None:
    found = news(f"قتل ثلاثة جنود {confront} شنه مسلحون على مركز حدودي قرب مدينة نجران.", PUB)
    assert [e.event_type for e in found] == ["Battles"]


def test_the_place_of_a_daily_press_conference_is_where_it_was_said() -> None:
    found = news("قتل جنديان في اشتباكات مع مسلحين قرب مدينة نجران أمس الأربعاء. وقال المتحدث باسم التحالف في المؤتمر "
                 "الصحفي اليومي بقاعدة الرياض الجوية إن الطائرات لاحقت المهاجمين واستهدفت مواقعهم في المناطق الحدودية "
                 "لمحافظة صعدة.", PUB)
    assert "Riyadh" not in [place(e) for e in found]


@pytest.mark.parametrize("held", ["وهو هجوم حملت السلطات مسؤوليته لحزب العمال الكردستاني",
                                  "في هجوم حملت الحكومة التركية مسؤوليته لحزب العمال الكردستاني"])
def test_the_party_held_responsible_after_the_incident_made_it(held: str) -> None:
    found = news(f"قتل خمسة أشخاص عندما انفجرت سيارة مفخخة أمام مقر للشرطة في بلدة مديات أمس الأربعاء، {held}.", PUB)
    assert [actor1(e) for e in found] == ["Kurdistan Workers' Party"]


@pytest.mark.parametrize("deal", ["تنفيذا لاتفاق تم التوصل إليه", "بموجب اتفاق تم التوصل إليه", "وفقا لاتفاق جرى التوصل إليه"])
def test_an_agreement_told_by_its_passive_of_reaching_is_an_agreement(deal: str) -> None:
    found = news("بدأت حافلات تقل مقاتلين وعائلاتهم بالخروج من حي الوعر في مدينة حمص اليوم الخميس، "
                 f"{deal} بين الحكومة السورية والفصائل المسلحة يوم الاثنين الماضي.", PUB)
    assert [(e.sub_event_type, e.event_date.isoformat() if e.event_date else None) for e in found] == [("Agreement", "2017-03-06")]


@pytest.mark.parametrize(("text", "kind"), [
    ("ألقى الجيش الأمريكي أكبر قنبلة غير نووية على شبكة أنفاق في ولاية ننغرهار أمس الأربعاء.", "Air/drone strike"),
    # guard: a bomb thrown by hand stays a grenade
    ("ألقى شرطي قنبلة يدوية على المحتجين في مدينة البصرة أمس الأربعاء.", "Grenade"),
])
def test_a_bomb_a_states_forces_with_aircraft_dropped_is_an_air_strike(text: str, kind: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [kind]


@pytest.mark.parametrize("text", [
    "أعلنت الشرطة البريطانية اعتقال ثلاثة رجال آخرين في جنوب مدينة مانشستر اليوم الخميس.",
    "خطف مسلحون مجهولون خمسة رجال من قرية قرب مدينة بعقوبة أمس الأربعاء.",
])
def test_men_counted_are_the_people_held(text: str) -> None:
    assert [(actor2(e) or "").startswith("Civilians") for e in news(text, PUB)] == [True]
