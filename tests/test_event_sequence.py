"""Round 7 of the event engine: how a sentence orders incidents in time and tells them apart
(what the news follows, the pluperfect inside a sentence, "another" incident) and what it only
allows, intends or fears. One table per pattern, on sentences written for these tests (none
taken from an annotated article); each case was checked to fail without its rule."""

from __future__ import annotations

from datetime import timedelta

import pytest

from event_support import PUB, events, news, place
from marsad.models import Article
from marsad.pipeline import extract_events


def test_what_the_news_follows_a_week_before_and_its_subject_are_no_news_here() -> None:
    """"ويأتي القصف بعد ...": the subject is the news told before the sentence; what it follows a
    week or more before is earlier (background); neither is a fresh incident of this sentence."""
    text = "ويأتي القصف بعد أسبوع من هجوم بسيارة مفخخة في مدينة كركوك."
    assert news(text) == []
    assert [e.background for e in events(text)] == [True]


@pytest.mark.parametrize(("text", "days"), [
    ("وجاءت الاشتباكات بعد يومين على هجوم انتحاري في مدينة الرمادي أسفر عن مقتل 12 شخصا.", 2),
    ("وتأتي الغارات العنيفة غداة تفجير استهدف سوقا في مدينة الحلة.", 1),
])
def test_what_the_news_follows_days_before_is_news_of_that_day(text: str, days: int) -> None:
    """The subject ("الاشتباكات") is still no incident of this sentence; what it follows a day or
    two before is the week's news too, dated back from the sentence's day."""
    evs = events(text)
    assert [(e.background, e.event_date) for e in evs] == [(False, PUB - timedelta(days=days))], \
        [(e.sub_event_type, e.background, e.event_date) for e in evs]


@pytest.mark.parametrize("text", [
    "وقصفت الطائرات التركية مواقع التنظيم في سوريا أمس بعد ثلاثة أسابيع على هجوم انتحاري في مدينة سروج.",
    "واعتقلت الشرطة عشرة أشخاص في أنقرة أمس بعد أكثر من شهرين على تفجير استهدف محطة القطارات.",
])
def test_an_incident_weeks_before_what_the_sentence_tells_is_background(text: str) -> None:
    """"بعد ثلاثة أسابيع على هجوم": the attack lies weeks before the strike the sentence tells."""
    found = events(text)
    assert len(news(text)) == 1
    assert any(e.background for e in found)


def test_an_incident_days_before_is_the_week_s_news_too() -> None:
    """"بعد أربعة أيام على هجوم انتحاري": within the week, both incidents are news."""
    text = "وقصفت المدفعية التركية مواقع التنظيم قرب مدينة الباب أمس بعد أربعة أيام على هجوم انتحاري في مدينة غازي عنتاب."
    assert not any(e.background for e in events(text))


@pytest.mark.parametrize("text", [
    "وأفرجت الحكومة أمس عن عشرة سجناء مقابل جثث جنود كانوا قتلوا في المعارك التي دارت في ريف حماة.",
    "وسلم التنظيم جثث خمسة جنود كانوا قد قتلوا في اشتباكات قرب مدينة تكريت.",
    "وأفرج الجيش أمس عن مقاتلين كانوا اعتقلوا خلال المعارك في ريف إدلب.",
])
def test_the_pluperfect_inside_a_sentence_tells_an_earlier_incident(text: str) -> None:
    """"جنود كانوا قتلوا في المعارك": كان inside the sentence, then قد or a perfect verb; the
    sentence's own day ("أمس") is the release's, not the battle's."""
    found = events(text)
    assert found and all(e.background for e in found)


def test_the_past_progressive_tells_the_scene_itself() -> None:
    """"كانوا يحرسون": the imperfect after كان is the scene of the incident, not an earlier one."""
    found = news("وقتل أمس ثلاثة جنود كانوا يحرسون حاجزا في مدينة الرمادي في هجوم لمسلحين.")
    assert [e.event_type for e in found] == ["Battles"]


@pytest.mark.parametrize(("text", "towns", "dead"), [
    ("قتل 15 شخصا في انفجار سيارة مفخخة في سوق بمدينة الحلة اليوم، وقتل أربعة آخرون في تفجير آخر شمالي المدينة.",
     ["Al Hillah", "Al Hillah"], [15, 4]),
    ("قتل عشرة أشخاص في انفجار عبوة ناسفة في مدينة الموصل، وقتل ثلاثة آخرون في هجوم انتحاري آخر غرب المدينة.",
     ["Mosul", "Mosul"], [10, 3]),
    ("قتل 12 شخصا في انفجار سيارة مفخخة في سوق بمدينة بعقوبة اليوم. وأضافت المصادر أن خمسة قتلوا في تفجير ثان شرقي المدينة.",
     ["Baqubah", "Baqubah"], [12, 5]),
])
def test_another_incident_is_a_record_of_its_own(text: str, towns: list[str], dead: list[int]) -> None:
    """"في تفجير آخر": besides the one told before it, in the town named before when the sentence
    only says "the city"."""
    found = sorted(news(text), key=lambda e: -(e.fatalities or 0))
    assert [place(e) for e in found] == towns
    assert [e.fatalities for e in found] == dead


def test_the_other_one_told_again_is_the_same_incident() -> None:
    """"التفجير الآخر" (definite) points back to an incident already told: no third record."""
    text = ("قتل 15 شخصا في انفجار سيارة مفخخة في سوق بمدينة الحلة اليوم، وقتل أربعة آخرون في تفجير آخر شمالي المدينة. "
            "وقالت الشرطة إن التفجير الآخر استهدف حاجزا للشرطة في الحلة.")
    assert len(news(text)) == 2


@pytest.mark.parametrize("text", [
    "وذكرت صحيفة أمريكية اليوم أن الأردن وافق على السماح للقوات الأمريكية بشن غارات على التنظيم من قاعدة جوية في المفرق.",
    "الأردن يسمح لأمريكا بشن غارات من قاعدة المفرق",
    "وسمحت الحكومة للطائرات الأمريكية بقصف مواقع المتشددين انطلاقا من قاعدة قرب مدينة المفرق.",
])
def test_allowing_a_strike_is_no_strike(text: str) -> None:
    """"السماح للجيش الأمريكي بشن ضربات": a permission; the strikes are not told as made."""
    assert news(text) == []


@pytest.mark.parametrize("text", [
    "وذكر مراسل الوكالة أن الشرطة حصلت على معلومات تفيد باعتزام مجموعة من أنصار التنظيم شن هجوم مسلح على مديرية الأمن في أضنة.",
    "وكشف التحقيق عن نية الخلية تفجير سيارة مفخخة في سوق بغداد.",
    "وانتشرت قوات الجيش في شوارع البصرة تحسبا لحدوث أعمال شغب.",
    "ونزح آلاف السكان من قرى ريف حلب خشية قصف الطائرات الروسية.",
])
def test_an_intention_or_a_fear_is_no_incident(text: str) -> None:
    """"باعتزام مجموعة شن هجوم", "تحسبا لحدوث أعمال شغب", "خشية قصف": what someone intends or
    fears has not happened."""
    assert news(text) == []


def test_a_suspect_s_plan_is_no_attack_but_the_arrest_is() -> None:
    found = news("واعتقلت الشرطة التركية رجلا في إسطنبول للاشتباه في استعداده لتنفيذ عملية انتحارية.")
    assert [e.sub_event_type for e in found] == ["Arrests"]


def test_what_an_attack_avenges_is_not_told_here() -> None:
    """"للانتقام من الضربات الجوية": the raids avenged are told elsewhere."""
    found = news("وهاجم مسلحون من الحزب مركزا للشرطة في مدينة أضنة أمس للانتقام من الضربات الجوية.")
    assert [e.sub_event_type for e in found] != [] and "Air/drone strike" not in [e.sub_event_type for e in found]


@pytest.mark.parametrize("text", [
    "وشهدت المباراة اعتداء لاعبي الفريق على الحكم المصري في ملعب القاهرة أمس.",
    "واعتدى مشجعون على حافلة الفريق الضيف بعد المباراة في مدينة الإسكندرية أمس.",
])
def test_a_fight_over_a_match_is_no_political_violence(text: str) -> None:
    """Players, coaches, matches: sport, not war."""
    assert news(text) == []


def test_a_bombing_at_a_stadium_is_still_a_bombing() -> None:
    found = news("وقتل عشرة أشخاص في تفجير انتحاري استهدف ملعبا لكرة القدم في مدينة الإسكندرية أمس.")
    assert [e.sub_event_type for e in found] == ["Suicide bomb"]


def test_a_state_named_as_the_headline_s_subject_is_the_article_s_country() -> None:
    """"تركيا تفرض ...": the police of an arrest with no place are that state's, not those of a
    country the body names in passing ("المقيم في الولايات المتحدة")."""
    art = Article(id="t", title="تركيا تشدد الإجراءات على المتهمين بالإرهاب",
                  body="وقال الرئيس إن أنصار الداعية المقيم في الولايات المتحدة سيحاكمون.\n\n"
                       "واعتقلت الشرطة أمس نحو ثلاثين شخصا من أنصار الداعية.",
                  published=PUB, language="ar")
    found = [e for e in extract_events(art) if e.sub_event_type == "Arrests"]
    assert [e.actor1.name if e.actor1 else None for e in found] == ["Police Forces of Turkey"]


@pytest.mark.parametrize("text", [
    "وباتت فصائل المعارضة على وشك السيطرة على مدينة جسر الشغور.",
    "وأصبحت القوات العراقية على وشك تحرير مدينة الرمادي من قبضة تنظيم داعش.",
])
def test_on_the_verge_of_taking_a_place_is_not_taking_it(text: str) -> None:
    assert news(text) == []


@pytest.mark.parametrize("text", [
    "ونجحت القوات العراقية أمس في تحرير مستشفى تكريت من قبضة تنظيم داعش.",
    "ونجحت القوات العراقية أمس في تحرير حي القادسية في تكريت من قبضة تنظيم داعش.",
])
def test_the_side_a_place_was_taken_from_is_the_second_party(text: str) -> None:
    """"من قبضة تنظيم داعش": the loser, not the site ("مستشفى") nor nobody."""
    found = news(text)
    assert [(e.sub_event_type, e.actor2.name if e.actor2 else None) for e in found] == [
        ("Government regains territory", "Islamic State")]


def test_scattered_violence_sums_up_the_incidents_told_next() -> None:
    """"أعمال عنف متفرقة": a sum of incidents (told one by one after it), no riot."""
    assert news("وقتل ستة مدنيين وثلاثة من مسلحي داعش في أعمال عنف متفرقة في قضاء الخالص أمس.") == []


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة عشرة أشخاص في البصرة أمس بحجة مشاركتهم في هجوم على مركز للشرطة.",
    "واعتقلت قوات الأمن خمسة شبان في مدينة الموصل أمس بدعوى تفجيرهم عبوة ناسفة قرب حاجز للجيش.",
])
def test_the_pretext_of_an_arrest_is_no_incident(text: str) -> None:
    """"بحجة مشاركتهم في هجوم": alleged of those arrested, not an incident the text tells."""
    assert [e.sub_event_type for e in news(text)] == ["Arrests"]


def test_a_bomb_given_as_a_pretext_does_not_type_the_act() -> None:
    found = news("وقالت مصادر إن مسلحين أحرقوا ثلاثة منازل في ديالى أمس بدعوى زرع أصحابها عبوة ناسفة.")
    assert [e.event_type for e in found] == ["Strategic developments"]


def test_a_quarter_of_a_country_the_article_never_names_is_a_namesake() -> None:
    """In an article about Sinai, "الجورة" is not al-Jura of Deir ez-Zor (the gazetteer's only
    entry of that name): the place stays unresolved rather than pinned in Syria."""
    art = Article(id="t", title="انفجار في العريش", body=(
        "قتل شرطيان في انفجار عبوة ناسفة في مدينة العريش بشمال سيناء أمس.\n\n"
        "وداهمت قوات الأمن أمس منازل في منطقة الجورة واعتقلت خمسة مسلحين."), published=PUB, language="ar")
    countries = {e.location.country for e in extract_events(art) if e.location and e.location.country}
    assert countries == {"Egypt"}


@pytest.mark.parametrize(("text", "kind"), [
    ("ونزح نحو ألفي مدني من أحياء الموصل أمس مع اشتداد المعارك في المدينة.", "Armed clash"),
    ("وفر مئات المدنيين من حي الشيخ مقصود أمس خلال هجوم لمسلحي المعارضة على الحي.", "Armed clash"),
])
def test_people_who_fled_are_no_victims(text: str, kind: str) -> None:
    """"نزح نحو ألفي مدني ... مع اشتداد المعارك": the fight is not an attack on those who fled."""
    found = news(text)
    assert [(e.sub_event_type, e.actor2) for e in found] == [(kind, None)]


def test_fire_exchanged_is_no_aim_and_what_it_follows_keeps_its_own_agent() -> None:
    """"في تبادل لإطلاق النار بين X و Y بعد أربعة أيام على هجوم انتحاري نفذه Z": the ل of an
    exchange is not an aim; the fight's sides are not the bombing's, told after "بعد"."""
    found = news("قتل عسكري تركي ومسلح من التنظيم في تبادل كثيف لإطلاق النار قرب كلس أمس بين القوات التركية "
                 "وتنظيم داعش بعد أربعة أيام على هجوم انتحاري نفذه مسلحو داعش.")
    assert sorted((e.sub_event_type, e.actor1.name if e.actor1 else None) for e in found) == [
        ("Armed clash", "Military Forces of Turkey"), ("Suicide bomb", "Islamic State")]


def test_parliamentary_blocs_attack_in_words() -> None:
    assert news("وهاجمت الكتل البرلمانية بعض القوى السياسية في بغداد أمس.") == []


@pytest.mark.parametrize("text", [
    "وأعلن حزب العمال الكردستاني مساء أمس مسؤوليته عن إعدام شرطيين تركيين في بلدة جيلان بينار.",
    "وتبنى حزب العمال الكردستاني أمس إعدام جنديين من الجيش التركي في ولاية شرناق.",
])
def test_an_execution_of_two_of_a_force_is_an_attack_by_the_executioner(text: str) -> None:
    """"إعدام عنصرين من الشرطة": two of the police are the victims (not where the act came from),
    and an execution kills captives: violence against civilians, never a battle."""
    found = news(text)
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in found][:1] in (
        [("Attack", "Kurdistan Workers' Party")], [("Attack", "Islamic State")])


@pytest.mark.parametrize("text", [
    "وتباينت التقديرات حول نتائج القصف المدفعي الذي يشنه الجيش العراقي على معاقل داعش في الفلوجة.",
    "وقال مصدر إن العمليات التي تستهدف قوات النظام في محيط الزبداني تحقق نتائج جيدة.",
])
def test_a_campaign_described_in_the_present_is_no_incident(text: str) -> None:
    """"القصف الجوي الذي يشنه الجيش", "العمليات التي تستهدف": a campaign going on, described."""
    assert news(text) == []


def test_a_day_makes_the_campaign_s_raid_an_incident() -> None:
    found = news("وقتل عشرة مدنيين أمس في القصف الجوي الذي يشنه الجيش على مدينة الفلوجة.")
    assert [e.fatalities for e in found] == [10]


def test_a_scene_going_on_does_not_make_the_act_told_before_it_a_habit() -> None:
    """"استهدفت البراميل المدينة أمس مع استمرار الاشتباكات": the barrels are one day's act (and the
    fronted "وفي منطقة دوما بريف دمشق" their place); since round 31 the fighting "going on" that
    day is an incident of its own too."""
    found = news("وفي منطقة دوما بريف دمشق، استهدفت عشرات البراميل المتفجرة المدينة أمس "
                 "مع استمرار المعارك الضارية بين قوات النظام وفصائل المعارضة.")
    assert sorted((e.sub_event_type, place(e)) for e in found) == [
        ("Air/drone strike", "Douma District"), ("Armed clash", "Douma District")]


def test_a_verb_form_after_the_noun_of_a_campaign_is_a_noun() -> None:
    """"حملة قصف لمخيمات مقاتلي الحزب": "قصف" is a noun here; the party after it owns the camps,
    it is no subject."""
    found = news("وبدأت الطائرات التركية أمس حملة قصف لمخيمات مقاتلي حزب العمال الكردستاني في جبال قنديل.")
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in found] == [
        ("Military Forces of Turkey", "Kurdistan Workers' Party")]


@pytest.mark.parametrize(("text", "n"), [
    ("وتقود واشنطن حاليا تحالفا دوليا يشن غارات على داعش في العراق وسوريا.", 0),
    ("وأطلقت الحكومة حربا شاملة على الإرهاب تستهدف حزب العمال الكردستاني وداعش في تركيا.", 0),
    ("الطائرات التركية تقصف مواقع داعش في سوريا", 1),  # a headline tells the news in the present
    ("وقصفت الطائرات الروسية مدينة حلب أمس.", 1),
    # the present verb opens the clause, its subject between it and the cue (round 12)
    ("وتواصل طائرات حربية أردنية تنفيذ غارات جوية على أهداف للمسلحين في مدينة الرمادي.", 0),
    ("بينما تواصل القوات العراقية فرض سيطرتها على مناطق متفرقة في محافظة صلاح الدين.", 0),
    ("وتشن الطائرات الروسية منذ أسابيع غارات على مواقع المعارضة في مدينة إدلب.", 0),
    ("ويزور السياح مدينة بعلبك رغم المعارك المستمرة في جرود بلدة عرسال.", 0),
    ("وتعاني المدينة من نقص الوقود بسبب الاشتباكات المتواصلة في ريف مدينة درعا.", 0),
])
def test_the_present_tense_with_no_date_describes_a_campaign(text: str, n: int) -> None:
    """"تحالفا يشن ضربات جوية على داعش": what a force does these days, not one incident."""
    if n and "أمس" not in text:
        art = Article(id="t", title=text, body="وقال مسؤول إن العملية مستمرة.", published=PUB, language="ar")
        assert len([e for e in extract_events(art) if not e.background and not e.aggregate]) == n
    else:
        assert len(news(text)) == n


def test_a_past_verb_of_going_on_tells_the_days_act() -> None:
    """"المعارضة تقصف وواصل مقاتلو المعارضة قصف ...": the past "واصل" nearer the cue governs it."""
    assert len(news("المعارضة تقصف وواصل مقاتلو المعارضة قصف بلدة نبل شمال حلب")) == 1


ESSAY_LINE = ("ويرى الكاتب أن السياسات الإقليمية المتناقضة أسهمت في إطالة أمد الصراع، وأن المجتمع الدولي "
              "لم يتعامل بجدية مع جذور الأزمة ولا مع معاناة الناس الذين يدفعون ثمن الحسابات الخاطئة.")


@pytest.mark.parametrize(("lines", "background"), [(20, True), (2, False)])
def test_a_long_text_that_names_no_day_of_the_week_is_an_essay(lines: int, background: bool) -> None:
    """A column of 3,000+ characters that names no day of the past week recalls incidents ("قصفت
    الطائرات الروسية مستشفى في مدينة إدلب"): context, not news; a short report with no day word
    is still news of its day."""
    body = " ".join([ESSAY_LINE] * lines) + "\n\nوقصفت الطائرات الروسية مستشفى في مدينة إدلب."
    found = extract_events(Article(id="t", title="قراءة في الأزمة", body=body, published=PUB, language="ar"))
    assert [e.background for e in found] == [background]


@pytest.mark.parametrize("told", ["وقال قائد العمليات في حديث لـ«الصحيفة» إن", "وأضاف المتحدث في تصريح خاص للوكالة أن"])
def test_a_long_report_of_what_officers_told_the_paper_is_news(told: str) -> None:
    """A long text that names no day, but whose sources speak to the paper, reports the news."""
    body = " ".join([ESSAY_LINE] * 20) + f"\n\n{told} الطائرات الروسية قصفت مستشفى في مدينة إدلب."
    found = extract_events(Article(id="t", title="قراءة في الأزمة", body=body, published=PUB, language="ar"))
    assert [e.background for e in found] == [False]


def test_a_street_named_after_a_city_is_no_mention_of_it() -> None:
    """"شارعي الحمراء وبغداد ... بالعاصمة دمشق": Baghdad Street in Damascus, not Baghdad."""
    found = news("وسقطت قذائف هاون أمس على شارعي الحمراء وبغداد وحي القصاع بالعاصمة دمشق.")
    assert [e.location.country if e.location else None for e in found] == ["Syria"]


@pytest.mark.parametrize(("text", "a1", "a2"), [
    # nobody named as firing: ACLED's unidentified armed group, never the admitter
    ("وأقر نظام الأسد بسقوط قذائف صاروخية على حي باب توما في دمشق أمس.", "Unidentified Armed Group (Syria)", None),
    ("واعترف الجيش العراقي بمقتل خمسة من جنوده في هجوم لتنظيم داعش قرب بيجي أمس.", "Islamic State", "Military Forces of Iraq"),
])
def test_who_admits_an_incident_did_not_do_it(text: str, a1: str | None, a2: str | None) -> None:
    """"أقر النظام بسقوط قذائف": the regime admits shells fell on it; it may be the side that
    suffered, never the one that fired."""
    found = news(text)
    assert [(e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None) for e in found] == [(a1, a2)]


def test_what_a_reply_answers_is_told_elsewhere_but_a_reply_by_shelling_is_news() -> None:
    """"وفي رد على قصف قوات النظام لمدينة درعا": the shelling answered is told elsewhere; "رد الجيش
    بقصف أحياء درعا البلد" is the reply itself."""
    answered = news("وفي رد على قصف قوات النظام لمدينة درعا أمس أعلنت فصائل الجيش الحر استهداف مواقع النظام في بلدة خان أرنبة.")
    assert "Dar‘ā" not in [place(e) for e in answered]
    reply = news("وتركزت المعارك في مدينة درعا أمس، بينما رد الجيش بقصف أحياء درعا البلد.")
    assert "Shelling/artillery/missile attack" in [e.sub_event_type for e in reply]


@pytest.mark.parametrize("text", [
    "وأكدت أستراليا استمرار مشاركتها في الضربات الجوية على مواقع داعش في مدينة الموصل.",
    "وبحث الوزيران الغارات الجوية على مواقع داعش في مدينة الرقة.",
])
def test_taking_part_in_or_discussing_raids_is_no_raid(text: str) -> None:
    """"مشاركتها في الضربات الجوية", "بحث الوزيران الغارات": a campaign, with no day of its own."""
    assert news(text) == []


def test_a_number_of_a_group_is_who_was_arrested_not_who_arrested() -> None:
    """"اعتقال 590 من عناصر تنظيم داعش": the group's men are the ones arrested (no abduction by it)."""
    found = news("وأعلن رئيس الوزراء أمس عن اعتقال 590 من عناصر تنظيم داعش في مدينة إسطنبول.")
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in found]


def test_a_command_named_after_its_area_is_no_place() -> None:
    """"كشف مصدر في قيادة عمليات الأنبار": the command speaks; the shelling is in Hit."""
    found = news("وفي مدينة هيت، كشف مصدر في قيادة عمليات الأنبار للصحفيين عن مقتل ستة من قادة تنظيم داعش "
                 "بقصف مدفعي على مركز المدينة أمس.")
    assert [place(e) for e in found] == ["Hīt"]


def test_a_planted_bomb_is_an_explosive_device() -> None:
    found = news("وقتل جنديان تركيان أمس في هجوم بقنبلة مزروعة على الطريق في ولاية ديار بكر.")
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize("text", [
    "وصل رئيس الأركان الفرنسي، الأربعاء 11 مايو، إلى العراق في زيارة قصيرة لبغداد لمتابعة تقدم العمليات العسكرية ضد داعش.",
    "ونشرت بريطانيا أربع طائرات في قاعدة أكروتيري في إطار دعم التصدي لتنظيم داعش.",
])
def test_the_campaign_against_a_group_and_support_for_it_are_no_incident(text: str) -> None:
    """"تقدم العمليات العسكرية ضد تنظيم داعش", "في إطار دعم التصدي للتنظيم": a campaign."""
    assert news(text) == []


@pytest.mark.parametrize(("text", "kinds"), [
    ("ودمرت القوات العراقية أمس خمس آليات لتنظيم داعش قرب مدينة بيجي.", ["Armed clash"]),
    ("وصدت قوات البيشمركة أمس هجوما لمسلحي داعش على قرية قرب بعشيقة، فيما دمرت قوات البيشمركة ثلاث "
     "عجلات همر للتنظيم.", ["Armed clash"]),
    ("وهدم مسلحو داعش أمس كنيسة في مدينة الموصل.", ["Looting/property destruction"]),
])
def test_military_hardware_destroyed_is_a_fight(text: str, kinds: list[str]) -> None:
    """"دمرت القوات خمس آليات لتنظيم داعش": a fight's work (one record with the fight told
    beside it), not looting; a church pulled down is property destruction."""
    assert [e.sub_event_type for e in news(text)] == kinds


@pytest.mark.parametrize("text", [
    "وفي حال تمكنت الفصائل من السيطرة على بلدة جورين، يصبح بإمكانها وفق المرصد، استهداف القرى العلوية في ريف اللاذقية.",
    "رئيس الإقليم يتوقع تحرير سنجار من داعش",
    "وشككت دمشق أمس في أهداف أنقرة، في أول رد رسمي سوري على الضربات التي نفذتها تركيا ضد مواقع داعش في سوريا.",
])
def test_conditions_expectations_and_replies_tell_no_incident(text: str) -> None:
    """"في حال ...، يصبح بإمكانها استهداف", "يتوقع تحرير", "أول رد سوري رسمي على الغارات":
    hypothetical, expected, or told elsewhere."""
    assert news(text) == []


def test_a_protest_demanding_an_execution_is_a_protest() -> None:
    found = news("وتظاهر مئات السوريين أمس في مدينة اللاذقية للمطالبة بإعدام قاتل الضابط.")
    assert [e.sub_event_type for e in found] == ["Peaceful protest"]
