"""Patterns of the language that decide an event's type, date, place and merging: one table per
pattern, on sentences written for these tests (none taken from an annotated article)."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import events, news

PUB = date(2016, 5, 12)  # a Thursday


# ---------------------------------------------------------------- words that look like cues


@pytest.mark.parametrize("text", [
    "وأفادت مصادر محلية باحتجاز عشرين مدنيا على حاجز للشرطة في مدينة كركوك.",
    "وقالت الشرطة إنها تحتجز ثلاثة مشتبه بهم في مدينة الموصل منذ أمس.",
])
def test_detention_is_no_protest(text: str) -> None:
    """"احتجاز" (detention) begins like "احتج" (protested): no protest."""
    assert not [e for e in news(text) if e.event_type == "Protests"]


@pytest.mark.parametrize("text", [
    "قتل طالب جامعي بعد أن فجر نفسه بحزام ناسف قرب حاجز للجيش في مدينة حمص يوم الاثنين.",
    "لقي طالب من حلب مصرعه عندما فجر نفسه في سيارة مفخخة عند مدخل مدينة الرقة أمس.",
])
def test_a_student_is_no_demand(text: str) -> None:
    """"طالب" (a student) is no "طالب" (demanded): the attack is not a plan."""
    assert [e.sub_event_type for e in news(text)] == ["Suicide bomb"]


# ---------------------------------------------------------------- type from the language


@pytest.mark.parametrize("text", [
    "وأفادت مصادر محلية بقيام التنظيم باحتجاز عشرين مدنيا في قرية قرب مدينة الحويجة أمس.",
    "واحتجز مسلحو داعش خمسين شخصا من سكان قرية جنوب مدينة كركوك يوم الثلاثاء.",
])
def test_an_armed_group_that_detains_abducts(text: str) -> None:
    subs = {e.sub_event_type for e in news(text)}
    assert subs == {"Abduction/forced disappearance"}


def test_the_police_that_detains_arrests() -> None:
    evs = news("واحتجزت الشرطة خمسة أشخاص في مدينة البصرة يوم الثلاثاء.")
    assert [e.sub_event_type for e in evs] == ["Arrests"]


@pytest.mark.parametrize("text", [
    "وأبطل خبراء المتفجرات مفعول عبوة ناسفة كانت مزروعة قرب مبنى البلدية في مدينة كركوك أمس.",
    "وفككت فرق الهندسة عبوة ناسفة زرعت على طريق في مدينة الرمادي يوم الثلاثاء.",
    # round 40: booby-trapped houses in the accusative
    "وأعلن الجيش أمس أن فرق الهندسة فككت ثلاثين منزلا مفخخا في أحياء مدينة الرمادي الجنوبية.",
])
def test_a_defused_bomb_is_disrupted_weapons_use(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "وقتل خمسة عشر مقاتلا من الفصائل في اشتباكات مع داعش وتفجيرين انتحاريين نفذهما التنظيم قرب مدينة الباب أمس.",
    "ودارت معارك عنيفة بين الجيش والتنظيم رافقها هجومان انتحاريان في مدينة بيجي يوم الثلاثاء.",
])
def test_two_suicide_bombings_in_a_battle_are_told_apart(text: str) -> None:
    subs = {e.sub_event_type for e in news(text)}
    assert {"Armed clash", "Suicide bomb"} <= subs


def test_a_suicide_bomber_s_belt_is_one_bombing() -> None:
    evs = news("وفجر انتحاري نفسه بحزام ناسف في سوق مدينة بعقوبة يوم الثلاثاء.")
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"]


# ---------------------------------------------------------------- dates and places


@pytest.mark.parametrize("text", [
    "قتل شاب بعد أن فجر نفسه في مدينة الرقة، ونصبت عائلته خيمة عزاء لابنها الذي التحق بالتنظيم في يناير الماضي.",
    "وانفجرت سيارة مفخخة في مدينة الحسكة، وأصيب فيها قائد الشرطة الذي عين في منصبه في مارس الماضي.",
])
def test_the_date_of_another_verb_s_relative_clause_is_not_the_event_s(text: str) -> None:
    evs = news(text)
    assert evs and all(e.event_date == PUB for e in evs)


@pytest.mark.parametrize("text", [
    "وسقطت قذيفة صاروخية على حي المزة مصدرها بلدة حرستا، بحسب وكالة الأنباء الرسمية في دمشق أمس.",
    "سقطت قذيفة هاون على حي سكني مصدرها بلدة كفرنبل يوم الثلاثاء في مدينة معرة النعمان.",
])
def test_where_a_shell_came_from_is_not_where_it_fell(text: str) -> None:
    for e in news(text):
        assert e.location is None or e.location.name_ar not in ("حرستا", "كفرنبل")


# ---------------------------------------------------------------- protests and figurative targets


def test_a_leader_arrested_at_a_march_is_the_march_s_intervention() -> None:
    text = ("اعتقلت الشرطة زعيم حزب المعارضة وعشرات آخرين خلال مسيرة احتجاجية ضد الغلاء في مدينة عمان يوم الثلاثاء.\n\n"
            "وحاول متظاهرون اعتراض عربة الأمن التي نقلته، وقد اعتقل لحظة وصوله إلى مكان التجمع.")
    evs = news(text)
    assert [e.sub_event_type for e in evs] == ["Protest with intervention"]
    assert evs[0].actor1 is not None and evs[0].actor1.text == "متظاهرون"


@pytest.mark.parametrize("text", [
    "ويعرف عن المحافظ حملته ضد الفساد والتي استهدفت موظفين كبارا في دوائر مدينة كركوك أمس.",
    "وفرضت الحكومة عقوبات جديدة استهدفت شركات تابعة للحرس الثوري في طهران يوم الثلاثاء.",
    # round 40: a conspiracy or a scheme "targets" a people with no weapon
    "وقال الكاتب أمس إن النظام انتصر على المؤامرة التي استهدفت الشعب السوري في مدينة حلب منذ سبع سنوات.",
    "وكشف المصدر أمس أن المخططات الإيرانية استهدفت المنطقة الشرقية في السعودية منذ سنوات.",
])
def test_a_campaign_or_sanctions_target_with_no_weapon(text: str) -> None:
    assert not [e for e in news(text) if e.event_type == "Explosions/Remote violence"]


def test_a_strike_that_targets_is_still_a_strike() -> None:
    evs = news("واستهدفت غارة جوية مقرا للتنظيم في مدينة الرقة أمس.")
    assert [e.sub_event_type for e in evs] == ["Air/drone strike"]


# ---------------------------------------------------------------- military statements


@pytest.mark.parametrize("text", [
    "وأوضحت قيادة العمليات المشتركة أن 12 إرهابيا من عصابات داعش قتلوا في قريتي البوعجيل والعلم في محافظة صلاح الدين أمس.",
    "وأوضحت قيادة العمليات المشتركة أن 12 إرهابيا من عصابات / داعش / قتلوا في قريتي البوعجيل والعلم في محافظة صلاح الدين أمس.",
])
def test_a_force_announcing_the_enemy_s_dead_fought_them(text: str) -> None:
    evs = news(text)  # one record per village (ACLED's disaggregation)
    assert len(evs) == 2 and {e.sub_event_type for e in evs} == {"Armed clash"}
    for e in evs:
        assert e.actor1 is not None and e.actor1.name == "Military Forces of Iraq"
        assert e.actor2 is not None and e.actor2.name == "Islamic State"


# ---------------------------------------------------------------- men found killed, capitals, websites


@pytest.mark.parametrize("text", [
    "وأفاد مصدر أمني بأنه تم العثور فجر اليوم على جثتي جنديين مقتولين بالرصاص في مدينة تدمر.",
    "وعثر السكان على جثث ثلاثة رعاة مقتولين قرب مدينة الرمادي أمس.",
])
def test_men_found_killed_were_attacked_by_someone_unnamed(text: str) -> None:
    evs = news(text)
    assert [e.sub_event_type for e in evs] == ["Attack"]
    assert evs[0].actor1 is not None and evs[0].actor1.name.startswith("Unidentified Armed Group")
    assert evs[0].actor2 is None or "مقتولين" not in (evs[0].actor2.text or "")


def test_a_capital_after_its_nationality_adjective_is_the_place() -> None:
    evs = news("وانفجرت عبوة ناسفة قرب مبنى حكومي في العاصمة التركية أنقرة يوم الثلاثاء.")
    assert [e.location.name_ar for e in evs if e.location] == ["انقرة"] or \
        ([e.location.latitude for e in evs if e.location] and abs(evs[0].location.latitude - 39.92) < 0.2)  # type: ignore[union-attr]


def test_a_newspaper_s_website_is_no_cyber_attack() -> None:
    text = "ونقلت الصحيفة على موقعها الإلكتروني أن مسلحين قتلوا شرطيا في هجوم على حاجز في مدينة الموصل أمس."
    assert news(text)


# ---------------------------------------------------------------- campaigns, timelines and look-alikes


@pytest.mark.parametrize("text", [
    "وتشارك قوات البيشمركة في معركة الموصل إلى جانب الجيش العراقي ضد التنظيم.",
    "وشارك الضابط في معارك الرمادي والفلوجة، ولعب دورا في معركة تكريت.",
    "وشاركت الفصائل في قتال التنظيم، خاصة في معارك ريف حلب الشمالي.",
    "وأعلنت تركيا انضمامها إلى المعركة ضد تنظيم داعش في سوريا.",
])
def test_taking_part_in_a_campaign_is_no_incident(text: str) -> None:
    assert not news(text)


def test_a_battle_with_its_own_day_is_an_incident_even_with_participants() -> None:
    evs = news("وشاركت طائرات التحالف أمس في معارك عنيفة بين الجيش والتنظيم في مدينة بيجي.")
    assert evs


@pytest.mark.parametrize("text", [
    "2008 - اسرائيل تشن هجوما واسعا على قطاع غزة.",
    "1991 - القوات الأمريكية تقصف مدينة بغداد.",
])
def test_a_line_of_a_chronology_is_background(text: str) -> None:
    assert not news(text, published=None)


@pytest.mark.parametrize("text", [
    "وقد احتجت إلى ولاعة فذهبت إلى جاري في مدينة الموصل.",
    "وأصدرت المحكمة أحكاما بالإعدام على عشرة متهمين في بغداد أمس.",
    "وأوقفت الحكومة استيراد الفحم من كوريا الشمالية يوم الثلاثاء.",
    "وقالت إن عصابة احتجزتها في شقة في مدينة ميلانو أسبوعا.",
    "وقد تعرضه حياته هناك لخطر الخطف على يد عملاء أجانب في لندن.",
    "واستهدفت تلك الهجمات المراسلات الإلكترونية للحزب في واشنطن.",
])
def test_words_that_only_look_like_an_incident(text: str) -> None:
    assert not news(text)


# ---------------------------------------------------------------- named incidents, relative clauses, aims


@pytest.mark.parametrize("text", [
    "وتشهد البلاد توترا بعد هجوم سروج الانتحاري الذي نسب إلى التنظيم.",
    "ومن بين أهم الأحداث التي حظر نشرها تفجيرات الريحانية.",
])
def test_an_incident_named_by_its_place_with_no_date_is_a_reference(text: str) -> None:
    assert not news(text)


def test_the_relative_clause_of_a_bombing_is_the_same_bombing() -> None:
    evs = news("وقتل عشرة أشخاص في التفجير الانتحاري الذي استهدف مسجدا في مدينة الكويت يوم الجمعة.")
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"]


def test_to_confront_is_an_aim() -> None:
    assert not news("واتفق البلدان على توحيد الجهود الدولية للتصدي للتنظيم المتطرف في الرياض أمس.")


def test_guns_and_shells_in_one_attack_are_a_fight() -> None:
    text = "وشن مسلحون هجوما على تجمع لقوات الجيش في منطقة الطاش جنوبي الرمادي أمس استخدموا خلاله أسلحة متوسطة وقذائف هاون."
    assert [e.sub_event_type for e in news(text)] == ["Armed clash"]


def test_strikes_amid_a_campaign_are_no_incident() -> None:
    text = "وصعد الحزب عملياته ضد الجيش في ظل قيام المقاتلات التركية بشن غارات متواصلة على معاقله في جبال قنديل."
    assert not [e for e in news(text) if e.sub_event_type == "Air/drone strike"]


@pytest.mark.parametrize("text", [
    "وأفادت مصادر عسكرية بأن القوات أوقفت عمليات القصف الجوي جزئيا لإفساح المجال أمام العائلات للخروج من المدينة.",
    "وبحث الرئيسان في اتصال هاتفي الحرب في سوريا والمعركة ضد التنظيم.",
    "وأعلنت الوزارة إشراك ألف متطوع من أبناء العشائر في معركة تحرير محافظة الأنبار.",
])
def test_stopping_or_discussing_a_campaign_is_no_incident(text: str) -> None:
    assert not news(text)


def test_a_killing_a_protest_denounces_is_its_cause_not_a_new_incident() -> None:
    text = "ونفذ مئات الأشخاص اعتصاما في مدينة اللاذقية أمس احتجاجا على قتل ضابط في الجيش."
    assert [e.event_type for e in news(text)] == ["Protests"]


def test_a_massacre_by_aircraft_is_an_air_strike() -> None:
    text = "وقتل عشرون مدنيا في مجزرة نفذتها طائرات النظام الحربية في بلدة الغارية الغربية بريف درعا أمس."
    assert [e.sub_event_type for e in news(text)] == ["Air/drone strike"]


def test_kurdish_rebels_in_turkey_are_the_pkk() -> None:
    evs = news("وقتل خمسة متمردين أكراد خلال اشتباكات مع الجيش التركي في ولاية هكاري أمس.")
    assert evs and {evs[0].actor1.name if evs[0].actor1 else "", evs[0].actor2.name if evs[0].actor2 else ""} >= \
        {"Kurdistan Workers' Party"}


def test_a_sentence_that_turns_to_another_story_keeps_no_borrowed_date() -> None:
    text = ("قتل عشرة أشخاص في تفجير سيارة مفخخة في مدينة بغداد يوم الاثنين.\n\n"
            "من جهة أخرى أفادت تقارير بأنه تم العثور على جثتي شرطيين مقتولين في مدينة الموصل.")
    evs = {e.sub_event_type: e for e in news(text)}
    assert evs["Attack"].event_date == PUB  # the publication date, not the bombing's Monday


def test_a_quoted_statement_that_tells_an_act_and_its_place_reports_it() -> None:
    text = 'وذكر ناشطون أن "طيران النظام قصف أحياء في أطراف مدينة معرة النعمان بالبراميل المتفجرة".'
    assert [e.sub_event_type for e in news(text)] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    'وقال المصدر إن "مواجهات عنيفة جرت بين عناصر تنظيم داعش وقوات البشمركة عند أطراف قرية بشير".',
    "وأضاف القائد: «اندلعت اشتباكات بين جبهة النصرة وقوات النظام قرب بلدة جسر الشغور».",
])
def test_a_quoted_account_of_a_fight_with_both_sides_and_its_place_reports_it(text: str) -> None:
    assert [e.event_type for e in news(text)] == ["Battles"], [(e.sub_event_type, e.location) for e in events(text)]


def test_quoted_talk_about_the_war_is_no_incident() -> None:
    assert not news('ويقول الخبير: "في هذه الحرب رأينا عمليات كر وفر وتبادلا للسيطرة عشرات المرات".')


def test_the_lead_tells_the_day_s_news() -> None:
    evs = news("قال تنظيم الدولة الإسلامية إنه خطف أربعة عمال مصريين في جنوب ليبيا وبث صور بطاقاتهم الشخصية.")
    assert [e.sub_event_type for e in evs] == ["Abduction/forced disappearance"]
    assert evs[0].event_date == PUB


@pytest.mark.parametrize("text", [
    "وقررت الحكومة رفع أسعار الوقود في خطوة تستهدف خفض عجز الموازنة في القاهرة.",
    "وذكرت البورصة أنها تنوي طرح صنف جديد من السندات تستهدف صغار المستثمرين في لندن.",
    "فلم تتمالك نفسها وانفجرت ضاحكة عندما شاهدت المقطع في بغداد.",
    "وأفاد الجيش بأن الصاروخ انفجر بعد ثوان من إطلاقه في تجربة صاروخية فاشلة قرب بيونغيانغ.",
    "ودعت المنظمة إلى إرجاء إعدام 14 شخصا في الرياض.",
    "وأعلن الرئيس انسحاب الولايات المتحدة من اتفاقية باريس للمناخ.",
    "وقالت الشرطة إنها قبضت على رجل في لندن بتهمة الخطف.",
])
def test_more_words_that_only_look_like_an_incident(text: str) -> None:
    assert not [e for e in news(text) if e.event_type != "Strategic developments" or e.sub_event_type != "Arrests"]


def test_what_they_did_at_that_time_is_background() -> None:
    evs = news("كانت الجماعات المسلحة في ذلك الوقت تستهدف ضباط الشرطة في البصرة.")
    assert not evs


@pytest.mark.parametrize("text", [
    "وتعرضت دورية للجيش للنيران قرب مدينة تلعفر يوم الثلاثاء.",
    "وتبادل مسلحون وعناصر من الشرطة إطلاق النار في حي الكرادة ببغداد أمس.",
])
def test_coming_under_fire_is_a_fight(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "وأصدرت محكمة الجنايات حكما أوليا يقضي بإدانة شاب بالمشاركة في القتال الدائر في العراق.",
    "ونددت الجالية بالتصريحات التي تعد اعتداء صارخا على سيادة البحرين.",
])
def test_verdicts_and_words_about_sovereignty_are_no_incidents(text: str) -> None:
    assert not news(text)


def test_a_report_called_baseless_is_denied() -> None:
    evs = news("وقال المسؤول إن ما قيل عن اشتباكات في بلدة عرسال أمس لا أساس له.")
    assert all(e.modality == "denied" for e in evs)


@pytest.mark.parametrize(("text", "actor1", "actor2"), [
    ("وقالت مصادر إن الفصائل المقاتلة تخوض معارك عنيفة مع قوات النظام في بلدة الفوعة أمس.",
     "Opposition Rebels (Syria)", "Military Forces of Syria"),
    ("وقتل عشرة من عناصر الفصائل في اشتباكات مع قوات النظام في بلدة الفوعة أمس.",
     "Military Forces of Syria", "Opposition Rebels (Syria)"),
])
def test_who_fights_with_whom(text: str, actor1: str, actor2: str) -> None:
    evs = [e for e in news(text) if e.sub_event_type == "Armed clash"]
    assert evs and evs[0].actor1 is not None and evs[0].actor2 is not None
    assert (evs[0].actor1.name, evs[0].actor2.name) == (actor1, actor2)


def test_the_perpetrators_named_by_the_police_are_not_the_police() -> None:
    evs = news("كشفت الشرطة هوية ثلاثة من منفذي الهجوم الذي وقع مساء الجمعة الماضي في مدينة ديار بكر وأسفر عن مقتل تسعة أشخاص.")
    assert evs and all(e.actor1 is None or not e.actor1.name.startswith("Police") for e in evs)


def test_the_agent_after_a_count_of_aircraft() -> None:
    evs = news("وقتل سبعة من عناصر التنظيم بالغارات التي نفذتها ثلاث مقاتلات تركية مساء أمس على بلدة قرب حلب.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Turkey"


def test_barrel_bombs_are_the_syrian_government_s() -> None:
    evs = news("وألقى الطيران المروحي أربعة براميل متفجرة على بلدة المسيفرة بريف درعا أمس.")
    assert evs and evs[0].actor1 is not None and evs[0].actor1.name == "Military Forces of Syria"


@pytest.mark.parametrize("text", [
    "وتأمل الحكومة أن يسهم تحرير سعر العملة في إنعاش الاستثمار في القاهرة.",
    "وقالت المحطة إنها أوقفت موقعها على الإنترنت مؤقتا في الدوحة بسبب محاولات القرصنة.",
])
def test_freeing_a_price_and_stopping_a_website_are_no_incidents(text: str) -> None:
    assert not news(text)
