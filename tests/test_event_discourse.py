"""Round 6 of the event engine: what a sentence does (asks, names a campaign, protests by walking
out) and who flies the aircraft no word names. One table per pattern, on sentences written for
these tests (none taken from an annotated article); each case was checked to fail without its rule."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2016, 5, 12)


@pytest.mark.parametrize("text", [
    "هل قصفت الطائرات الروسية مستشفى في مدينة إدلب أمس؟",
    "وسأل المذيع الوزير: هل شنت قواتكم غارات على مدينة الرقة الأسبوع الماضي؟",
    "** هل اعتقلت الشرطة المتظاهرين في ساحة التحرير بالقاهرة أمس؟",
])
def test_a_yes_no_question_tells_no_incident(text: str) -> None:
    """"هل قصفت ...؟": an interviewer's question asks; the answer, if any, tells."""
    assert news(text) == []


def test_the_answer_to_a_question_tells() -> None:
    events = news("هل قصفت الطائرات الروسية المدينة؟ نعم، قصفت الطائرات الروسية مستشفى في مدينة إدلب أمس.")
    assert [actor1(e) for e in events] == ["Military Forces of Russia"]


@pytest.mark.parametrize("text", [
    "ونزحت مئات العائلات من قرى الأنبار هربا من معارك الرمادي.",
    "وأثرت معارك الرمادي على حياة آلاف العائلات في مدينة الخالدية.",
])
def test_a_fight_named_by_its_place_is_a_campaign(text: str) -> None:
    """"معارك الرمادي": a campaign's name, not one day's fight (nor an attack on the families)."""
    assert news(text) == []


@pytest.mark.parametrize("text", [
    "وقتل عشرات من الجنود والمسلحين في معارك الرمادي في محافظة الأنبار.",
    "واندلعت معركة عنيفة في الموصل أمس بين القوات العراقية وتنظيم داعش.",
])
def test_a_battle_with_its_dead_or_its_day_is_an_incident(text: str) -> None:
    assert [e.event_type for e in news(text)] == ["Battles"]


@pytest.mark.parametrize("text", [
    "وانسحب الوفد من الاجتماع الذي عقد في مدينة جنيف احتجاجا على كلمة المندوب.",
    "واستدعت الخارجية سفيرها في دمشق احتجاجا على ما وصفته بالتدخل.",
])
def test_an_act_done_in_protest_is_no_protest(text: str) -> None:
    """A walkout or a recalled ambassador "احتجاجا على" is politics, not a protest in the street."""
    assert news(text) == []


def test_a_march_in_protest_is_a_protest() -> None:
    events = news("وتظاهر المئات في مدينة كابل أمس احتجاجا على مقتل مدنيين.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "وعندما سئل عن احتمالية شن ضربات على مدينة إدلب قال الوزير إنه لن يتحدث عن ذلك.",
    "ويرى محللون أن خسارة مدينة الرمادي أمس كانت ضربة كبيرة للجيش العراقي.",
    "وشكل نقل الاحتفالات في مدينة منبج ضربة لمعنويات مقاتلي التنظيم.",
])
def test_a_possible_or_figurative_strike_is_no_strike(text: str) -> None:
    """"احتمالية شن ضربات" is a possibility; "ضربة كبيرة للجيش" and "ضربة لمعنويات" are blows in words."""
    assert news(text) == []


@pytest.mark.parametrize(("text", "who"), [
    ("وفي الوقت نفسه، قصف الطيران الحربي بلدة جرجناز جنوب إدلب، ما أدى إلى جرح عدد من المدنيين.",
     "Military Forces of Syria"),
    ("وقصفت المروحيات بلدة كفرنبل في ريف إدلب أمس.", "Military Forces of Syria"),
    ("وشن الطيران الحربي غارات على مواقع الحوثيين في مدينة تعز أمس.", "Saudi-led Coalition"),
    ("وقتل ثلاثة مدنيين في غارة جوية أمريكية على بلدة قرب مدينة الرقة أمس.", "Military Forces of the United States"),
    ("وشن الطيران الحربي غارات على مواقع داعش في مدينة الحويجة أمس.", None),  # Iraq: more than one air force
    ("وقصفت طائرة مسيرة موقعا في ريف إدلب أمس.", None),  # a drone may be anyone's
    # round 41: a raid told by its air adjective alone ("قصف جوي", "غارة جوية") is military aircraft's
    ("تعرضت بلدة كفرنبل أمس لقصف جوي أدى إلى مقتل ثلاثة مدنيين.", "Military Forces of Syria"),
    ("تعرضت بلدة الكرمة قرب مدينة الفلوجة لقصف جوي أمس أدى إلى مقتل ثلاثة مدنيين.", None),
])
def test_military_aircraft_no_word_names_are_the_one_air_force_of_that_land(text: str, who: str | None) -> None:
    """"الطيران الحربي" over Syria is the government's, over Yemen the coalition's (actors.yaml
    `air_force_of`); a nationality or a foreign air force named in the sentence decides instead."""
    assert [actor1(e) for e in news(text)] == [who]


def test_an_air_raid_does_not_take_a_rebel_group_from_the_sentence_before() -> None:
    """Rebels shelled one town; the raid that follows is no rebel's, even told without its party."""
    events = news("وقصفت فصائل المعارضة بلدة الفوعة في ريف إدلب أمس بقذائف الهاون. "
                  "وشنت طائرات غارات على بلدة بنش في ريف إدلب أمس.")
    raids = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert raids and all(actor1(e) != "Opposition Rebels (Syria)" for e in raids)


@pytest.mark.parametrize("text", [
    "استقبل الملك سلمان بن عبدالعزيز وزير الخارجية في الرياض أمس.",
    "وخرجت مظاهرات سلمية في مدينة البصرة أمس.",
    "وأغلقت الشرطة الشوارع حول مبنى القنصلية الأمريكية في اسطنبول أمس.",
    "وقال الدكتور محمد الأحمد إن الوضع في مدينة حلب صعب.",
    "وتحدث الإمام عن مكارم الأخلاق في خطبة الجمعة في مدينة الموصل أمس.",
    "وعاد مئات النازحين إلى منطقة جرف الصخر جنوب بغداد أمس.",
])
def test_a_word_that_begins_like_a_short_cue_is_no_cue(text: str) -> None:
    """"سلمان", "سلمية", "القنصلية", "الدكتور", "الأخلاق", "جرف الصخر" begin like "سلم", "قنص",
    "دك", "أخل", "جرف": short stems list their forms instead of running on to the word's end."""
    from marsad.extract.mention_scan import cue_matcher
    from marsad.text.normalize import normalize

    text_n = normalize(text).text
    cues = [text_n[m.start:m.end] for m in cue_matcher().find(text_n)]
    assert not [c for c in cues if c.split()[0] in {"سلمان", "سلميه", "قنصليه", "دكتور", "اخلاق", "جرف"}]


@pytest.mark.parametrize(("text", "n"), [
    ("وذكرت المصادر أن الجيش العراقي علق جزئيا عملياته العسكرية من قصف جوي ومدفعي على مدينة الفلوجة أمس.", 0),
    ("وأجلت الحكومة العراقية الهجوم على مدينة الموصل بسبب الأمطار في محافظة نينوى أمس.", 0),
    ("وفي أول تعليق على قصف مدفعي نفذه الجيش التركي أمس على قرية قرب منبج، وصف المتحدث القصف بالعدوان.", 1),
])
def test_an_incident_suspended_or_postponed_is_not_told(text: str, n: int) -> None:
    """"علقت العمليات من قصف", "أجلت الهجوم": not told as happening; "تعليق على قصف" comments on one."""
    assert len(news(text)) == n


def test_an_adjective_after_a_plural_of_things_is_no_town() -> None:
    """"التظاهرات السلمية": "peaceful" agrees with the plural before it; it is not the town of
    Salamiyah (which is told after a locative or a type word: "مدينة السلمية")."""
    events = news("وخرجت التظاهرات السلمية أمس في ساحة التحرير للمطالبة بالإصلاح.")
    assert not [e for e in events if e.location and e.location.name == "As Salamīyah"]
    events = news("وقصفت قوات النظام مدينة السلمية في ريف حماة أمس.")
    assert [e.location.name for e in events if e.location] == ["As Salamīyah"]


def test_a_raid_names_no_rebel_group_as_its_party() -> None:
    """"غارات ... تشنها وحدات حماية الشعب": a group that flies no aircraft is no raid's actor1."""
    events = news("وتواصلت أمس الغارات الجوية التي تشنها وحدات حماية الشعب في مدينة تل أبيض.")
    assert events and all(actor1(e) != "People's Protection Units" for e in events)


def test_a_group_s_own_attack_is_no_raid_for_an_aircraft_word_nearby() -> None:
    """Raids, then "كما استهدف عناصر داعش مناطق ...": the group's attack is a shelling, not a raid
    of the kind told before."""
    events = news("وشنت طائرات حربية غارات على قرى شرقي مطار الثعلة أمس. كما استهدف عناصر تنظيم داعش "
                  "مناطق سيطرة قوات النظام في قرية تل معاز.")
    by_is = [e for e in events if actor1(e) == "Islamic State"]
    assert by_is and all(e.sub_event_type != "Air/drone strike" for e in by_is)


@pytest.mark.parametrize(("text", "summary"), [
    ("وقالت الحكومة إن السلطات التركية احتجزت أمس 1302 شخص في 39 إقليما في إطار حملة على داعش.", True),
    ("وشنت طائرات التحالف أمس غارات على مواقع داعش في خمس مدن عراقية.", True),
    ("وشنت طائرات التحالف أمس غارات قرب ثلاث مدن عراقية منها الموصل والرمادي.", False),
    # sites counted are the targets of one incident, not places it is summed over
    ("وقال الجيش إن مسلحين هاجموا فجر اليوم أكثر من عشرين موقعا للشرطة في محافظة الأنبار.", False),
    ("وقصفت مقاتلات تركية ليل الجمعة خمسة مواقع تابعة للمتمردين الأكراد في جبال قنديل.", False),
])
def test_places_counted_by_a_number_are_a_summary(text: str, summary: bool) -> None:
    """"في 39 إقليما": incidents over places counted and not named are a summary."""
    art = Article(id="t", title=None, body=text, published=PUB, language="ar")
    events = [e for e in extract_events(art) if not e.background]
    assert not events or all(e.aggregate is summary for e in events)
    assert summary or events


def test_opening_fire_on_someone_is_an_attack() -> None:
    """"فتحوا النار على": like "أطلقوا النار على", an attack (on a police patrol: a fight)."""
    events = news("وقالت الشرطة إن مسلحين فتحوا النار على دورية للشرطة في مدينة اسطنبول صباح اليوم.")
    assert [e.event_type for e in events] == ["Battles"]


@pytest.mark.parametrize(("text", "police"), [
    ("اعتقلت السلطات في كوريا الشمالية طالبا كنديا خلال محاولته مغادرة البلاد أمس.",
     "Police Forces of North Korea"),
    ("واعتقلت الشرطة في كوريا الجنوبية عشرة أشخاص أمس بتهمة التجسس.", "Police Forces of South Korea"),
])
def test_the_koreas_are_countries_by_their_common_names(text: str, police: str) -> None:
    """"كوريا الشمالية", "كوريا الجنوبية" (the registry's formal names differ) are places."""
    assert [actor1(e) for e in news(text)] == [police]


def test_the_nationality_after_the_people_says_whose_they_are() -> None:
    """"حافلة ركاب إيرانية": Iran's civilians, wherever the record's place lies."""
    evs = news("استهدف مسلحون أمس حافلة ركاب إيرانية قرب مدينة فان التركية.")
    assert [actor2(e) for e in evs] == ["Civilians (Iran)"], [(e.sub_event_type, actor2(e), place(e)) for e in evs]


LEAD = ("قتل جندي عراقي أمس في انفجار عبوة ناسفة في حي الزهراء بالموصل.\n\n"
        "وأضاف المصدر أن الجنود نقلوا الجرحى إلى المستشفى.\n\n")


@pytest.mark.parametrize(("later", "kinds"), [
    ("إنه السلاح الذي يستخدمه المسلحون مقابل الضربات الجوية، وهو سبب ارتفاع خسائر القوات.", []),
    ("ويخشى السكان من الغارات الجوية ومن القناصة على حد سواء.", []),
    ("وقالت الشرطة إن ثلاثة أشخاص اعتقلوا للاشتباه في علاقتهم بالانفجار.", ["Arrests"]),
])
def test_a_general_word_far_from_the_lead_is_no_incident(later: str, kinds: list[str]) -> None:
    """"مقابل الضربات الجوية", "يخشى السكان من الغارات": no party, number, date, place or toll of
    its own (its place would be the headline's): the kind of incident in general, not one; three
    people arrested are counted, a report of its own."""
    art = Article(id="t", title="مقتل جندي في انفجار عبوة ناسفة في الموصل", published=PUB, language="ar",
                  body=LEAD + later)
    events = [e for e in extract_events(art) if not e.background]
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED", *kinds]


@pytest.mark.parametrize(("text", "who"), [
    ("وقتل عشرة مدنيين في غارات للمقاتلات التركية على قرية زركال في محافظة أربيل أمس.", "Military Forces of Turkey"),
    ("ولقي ثلاثة أطفال حتفهم أمس في قصف للطيران الروسي على بلدة كفرنبل في ريف إدلب.", "Military Forces of Russia"),
])
def test_the_force_after_the_incident_that_killed_is_its_agent_not_its_dead(text: str, who: str) -> None:
    """"قتل عشرة مدنيين في غارات للمقاتلات التركية": the jets struck; the dead are the civilians
    (a death word names its dead up to the incident that killed them, not past it)."""
    assert [actor1(e) for e in news(text)] == [who]


def test_what_an_act_answers_is_not_an_incident_of_its_own() -> None:
    """"جاء ردا على مقتل مدنيين في غارات للمقاتلات التركية": the raids are the cause the
    statement gives, told elsewhere; alone they make no record of their own."""
    events = news('وقال المتمردون إن الهجوم على ثكنة الدرك جاء "ردا" على مقتل مدنيين في غارات للمقاتلات التركية.')
    assert not [e for e in events if e.sub_event_type == "Air/drone strike"]


def test_the_government_prevented_from_an_attack_is_its_agent() -> None:
    """"فشلت في منع الحكومة السورية هذه المرة من شن هجوم": the Syrian government (its forces) would
    have launched it, not the state that failed to stop it."""
    events = news("هاجم الوزير موسكو، معتبرا أنها فشلت في منع الحكومة السورية هذه المرة من شن هجوم بغاز السارين على "
                  "بلدة كفرزيتا أمس.")
    assert [actor1(e) for e in events] == ["Military Forces of Syria"]


@pytest.mark.parametrize(("text", "who"), [
    ("وأطلق مسلحون مجهولون النار على دورية للشرطة في مدينة العريش أمس.", "Unidentified Armed Group (Egypt)"),
    ("وفتح مسلحو تنظيم داعش النار على حاجز للجيش قرب مدينة الرمادي أمس.", "Islamic State"),
])
def test_a_subject_between_the_verb_and_its_fire_is_the_attacker(text: str, who: str) -> None:
    """"أطلق مسلحون مجهولون النار على": the subject stands between the verb and its object."""
    assert [actor1(e) for e in news(text)] == [who]


def test_launching_a_campaign_is_no_shooting() -> None:
    assert news("وأطلقت الحكومة حملة لمكافحة الفساد على مستوى البلاد أمس في مدينة بغداد.") == []


@pytest.mark.parametrize("text", [
    "وتعرف السجون في المدينة باكتظاظها، وكثيرا ما تشهد أعمال شغب في سجن الحلة.",
    "وفتشت الشرطة منزلين في مدينة الموصل صباح أمس في إطار التحريات بشأن هجوم الموصل.",
    "وتجمع المئات في ساحة التحرير وسط بغداد أمس وطالبوا بالإصلاح ثم انصرفوا.",
    "وقاتلت قوات النظام وجيش التحرير الفلسطيني في مخيم اليرموك في دمشق أمس.",
])
def test_habits_topics_and_names_that_only_look_like_incidents(text: str) -> None:
    """"كثيرا ما تشهد" (a habit), "التحريات بشأن هجوم" (a topic: the attack is told elsewhere),
    "ساحة التحرير" and "جيش التحرير" (names: no liberation of a place)."""
    assert not [e for e in news(text) if e.sub_event_type in
                ("Violent demonstration", "Armed clash", "Non-state actor overtakes territory",
                 "Government regains territory")]


@pytest.mark.parametrize("text", [
    "وقال مصدر إن الشرطة استهدفت أوكار المهربين في حي الزهور بمدينة الموصل أمس.",
    "وشنت الشرطة التركية أمس سلسلة عمليات استهدفت شبكات تجنيد في مدينة اسطنبول.",
])
def test_the_police_that_target_with_no_weapon_do_not_shell(text: str) -> None:
    """"استهدفت الشرطة أوكار المهربين": a police operation, not a shelling."""
    assert not [e for e in news(text) if e.event_type == "Explosions/Remote violence"]


def test_the_police_that_target_with_mortars_shell() -> None:
    events = news("واستهدفت الشرطة بقذائف الهاون مواقع داعش في حي الزهور بمدينة الموصل أمس.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize(("text", "kinds"), [
    ("وأعلنت الصحيفة أمس: لقد أوقفنا تعاوننا مع الكاتب اعتبارا من اليوم بسبب مقالاته في اسطنبول.", []),
    ("وأضافت أن ثمة دلائل على هجمات محتملة تستهدف محطات المترو في إسطنبول.", []),
])
def test_a_stopped_cooperation_and_possible_attacks_are_no_incidents(text: str, kinds: list[str]) -> None:
    """"أوقفنا تعاوننا": stopped, nobody detained; "هجمات محتملة": a possibility."""
    assert [e.sub_event_type for e in news(text)] == kinds


def test_the_source_of_a_rocket_is_its_attacker() -> None:
    """"صاروخ مصدره قوات النظام": the forces it came from fired it."""
    events = news("قتل خمسة مدنيين مساء أمس جراء سقوط صاروخ مصدره قوات النظام على ساحة عامة في مدينة حرستا.")
    assert [actor1(e) for e in events] == ["Military Forces of Syria"]


@pytest.mark.parametrize("text", [
    "وافتتح في برلين مسجد ليبرالي هاجمته المؤسسات الدينية في مصر وتركيا أمس.",
    "ورفع مجلس المحافظة جلسته أمس في مدينة البصرة بعد مشادة كلامية تطورت إلى اشتباك بالأيدي بين عضوين.",
])
def test_words_and_fists_are_no_armed_clash(text: str) -> None:
    """"هاجمته المؤسسات الدينية" attacks in words; "اشتباك بالأيدي" is a scuffle, not an armed clash."""
    assert not [e for e in news(text) if e.sub_event_type == "Armed clash"]


@pytest.mark.parametrize("text", [
    "ووصفت الصحف الاتفاق أمس بأنه اعتداء على المصالح العربية في منطقة الخليج.",
    "وأرسل الجيش أمس خمس كتائب إلى جبهات القتال في محافظة تعز.",
    "وتكبدت قوات النظام خسائر كبيرة على أرض المعركة في ريف حماة هذا الأسبوع.",
])
def test_a_battlefield_or_an_attack_on_interests_is_no_incident(text: str) -> None:
    """"جبهات القتال", "أرض المعركة": where fighting goes on, named; "اعتداء على المصالح": in words."""
    assert not [e for e in news(text) if e.event_type == "Battles" and not e.aggregate]
