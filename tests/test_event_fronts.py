"""Reports from many fronts (round 31): a group's head noun before the marks around its name
("لتنظيم «داعش»") belongs to the name, so the words before it give the name's role. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news, place


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in events(text)]


@pytest.mark.parametrize(("text", "who", "whom"), [
    # the head noun with its proclitic outside the marks: what was hit is the group's
    ("قصفت طائرة أميركية أمس هدفا لتنظيم «داعش» في مدينة الرقة.", "Military Forces of the United States", "Islamic State"),
    ("شنت طائرات التحالف أمس غارات على مواقع لتنظيم \"داعش\" قرب مدينة الرقة.",
     "International Coalition (Operation Inherent Resolve)", "Islamic State"),
    # a noun of its men before the head: they act, as "عناصر تنظيم داعش" do without the marks
    ("قصف عناصر تنظيم «داعش» أمس بقذائف الهاون أحياء في مدينة دير الزور.", "Islamic State", None),
])
def test_a_head_noun_before_a_quoted_name_belongs_to_it(text: str, who: str, whom: str | None) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text)] == [(who, whom)], _kinds(text)


@pytest.mark.parametrize("text", [
    # the fight goes on beside the strike of the same clause: two incidents
    "ألقى الطيران المروحي أمس براميل متفجرة على مدينة داريا مع استمرار الاشتباكات بين قوات النظام "
    "وفصائل المعارضة في المدينة.",
    "قصفت قوات النظام أمس بلدة مورك في ظل استمرار المعارك بين قوات النظام وفصائل المعارضة في البلدة.",
])
def test_a_fight_going_on_beside_a_strike_is_an_incident(text: str) -> None:
    kinds = sorted(e.event_type for e in news(text))
    assert kinds == ["Battles", "Explosions/Remote violence"], _kinds(text)


@pytest.mark.parametrize(("text", "who", "whom"), [
    # a noun of a group's men after "بين" or after the conjunction of the second party
    ("اندلعت مساء أمس اشتباكات بين مقاتلي الفصائل المعارضة من جهة، وجيش النظام من جهة أخرى في مدينة داريا.",
     "Opposition Rebels (Syria)", "Military Forces of Syria"),
    ("اندلعت أمس اشتباكات بين قوات النظام ومقاتلي فصائل المعارضة في مدينة داريا.",
     "Military Forces of Syria", "Opposition Rebels (Syria)"),
    # round 43: the first side's nationality and a comma before the conjunction; the word of the
    # second side's kind after its men
    ("قتل شرطي أمس في اشتباكات بين قوات الأمن التركية، وعناصر منظمة «بي كا كا» في ولاية هكاري.",
     "Military Forces of Turkey", "Kurdistan Workers' Party"),
    ("دارت أمس اشتباكات بين الجيش العراقي ومسلحي جماعة داعش في قضاء حديثة.",
     "Military Forces of Iraq", "Islamic State"),
    # round 50: the factions of the second side ("وفصائل من الجيش الحر")
    ("دارت أمس معارك بين وحدات حماية الشعب الكردية وفصائل من الجيش الحر قرب مدينة منبج.",
     "People's Protection Units", "Free Syrian Army"),
    ("دارت أمس معارك بين قوات سوريا الديمقراطية وكتائب الجيش الحر قرب مدينة منبج.",
     "Syrian Democratic Forces", "Free Syrian Army"),
])
def test_the_men_of_a_party_between_two_sides(text: str, who: str, whom: str) -> None:
    clashes = [e for e in news(text) if e.sub_event_type == "Armed clash"]
    assert [(actor1(e), actor2(e)) for e in clashes] == [(who, whom)], _kinds(text)


def test_after_a_second_between_come_the_parties_of_one_side() -> None:
    """"بينها وبين مقاتلي فصائل المعارضة وجبهة النصرة": the opposition and al-Nusra are one side."""
    text = "قصفت قوات النظام أمس حي جوبر، حيث تدور اشتباكات بينها وبين مقاتلي فصائل المعارضة وجبهة النصرة."
    pairs = [(actor1(e), actor2(e)) for e in events(text)]
    assert ("Opposition Rebels (Syria)", "Jabhat al-Nusra") not in pairs, _kinds(text)


@pytest.mark.parametrize(("text", "where"), [
    ("نفذ طيران النظام أمس غارتين على مدينة عربين، وسط قصف صاروخي لقوات النظام من المواقع المجاورة.", "Arbin"),
    ("ألقى الطيران المروحي أمس براميل متفجرة على مدينة داريا، ترافق مع قصف صاروخي لقوات النظام.", "Dārayyā"),
])
def test_a_deed_told_beside_another_is_at_its_place(text: str, where: str) -> None:
    shelling = [e for e in news(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert [place(e) for e in shelling] == [where], _kinds(text)


@pytest.mark.parametrize("text", [
    # a statement of the week makes known an incident of the past weeks: news
    "ذكرت وزارة الدفاع الأمريكية في بيان صدر أمس أن قياديا في تنظيم القاعدة قتل بغارة أمريكية قرب "
    "بلدة سرمدا في الثامن من يوليو.",
    "أعلن الجيش العراقي، الخميس، أن طائراته قصفت في 12 يوليو مواقع لتنظيم داعش في مدينة الفلوجة.",
    # round 41: the lead's statement with no day of its own is the day's
    "قال الجيش البريطاني في بيان إن طائرة مسيرة قتلت في العاشر من يوليو قياديا في تنظيم داعش قرب مدينة الرقة.",
])
def test_an_incident_a_statement_of_the_week_makes_known_is_news(text: str) -> None:
    found = events(text, date(2015, 7, 25))
    assert [(e.event_type, e.background) for e in found] == [("Explosions/Remote violence", False)], _kinds(text)


@pytest.mark.parametrize("text", [
    # the same incident recalled, or a report "lately" that names no day: context
    "وكانت طائرات التحالف قصفت مدينة الرقة في الثامن من يوليو.",
    "يقول تقرير صدر مؤخرا إن مسلحين فجروا عبوة ناسفة في مدينة العريش في الثامن من يوليو.",
    # round 41: the lead's statement told in the pluperfect, or not the lead's
    "وكان الجيش البريطاني قد أعلن أن طائرة مسيرة قتلت في العاشر من يوليو قياديا في تنظيم داعش قرب مدينة الرقة.",
    "زار وزير الدفاع قاعدة جوية في قبرص أمس. وقال الجيش في بيان إن طائرة مسيرة قتلت في العاشر من يوليو "
    "قياديا في تنظيم داعش قرب مدينة الرقة.",
])
def test_an_incident_of_past_weeks_recalled_is_context(text: str) -> None:
    assert [e.background for e in events(text, date(2015, 7, 25))] == [True], _kinds(text)


@pytest.mark.parametrize("text", [
    "قال الخطيب إن ما يحدث من اعتداءات في مدينة الرياض هو من جهات خارجية.",
    "وأدان البيان ما يجري من تفجيرات في مدينة بغداد.",
])
def test_what_happens_told_in_general_is_no_incident(text: str) -> None:
    assert news(text) == [], _kinds(text)


@pytest.mark.parametrize(("text", "who"), [
    # Kurdish gunmen: the PKK in Turkey and in Iraq, the YPG in Syria
    ("قالت الشرطة إن مسلحين أكرادا هاجموا أمس مركزا للشرطة في مدينة ديار بكر.", "Kurdistan Workers' Party"),
    ("قالت مصادر إن مسلحين أكرادا هاجموا أمس حاجزا لقوات النظام في مدينة القامشلي.", "People's Protection Units"),
    # Kurdish fighters: the YPG in Syria, the PKK in Turkey
    ("سيطر المقاتلون الأكراد أمس على قرية قرب مدينة تل أبيض في ريف الرقة.", "People's Protection Units"),
    ("هاجم المقاتلون الأكراد أمس مركزا للجيش التركي قرب مدينة شرناق.", "Kurdistan Workers' Party"),
])
def test_kurdish_gunmen_and_fighters_by_country(text: str, who: str) -> None:
    assert [actor1(e) for e in news(text)] == [who], _kinds(text)


def test_a_party_before_a_killing_verb_with_the_count_after_it_killed() -> None:
    """"إن مسلحين قتلوا اثنين من جنوده": subject, verb, the count of the dead: the subject killed."""
    text = "ذكر الجيش التركي في بيان صدر أمس أن مسلحين أكرادا قتلوا ثلاثة من جنوده بتفجير عبوة قرب مدينة ماردين."
    assert [(actor1(e), actor2(e)) for e in news(text)] == [("Kurdistan Workers' Party", None)], _kinds(text)


def test_a_party_before_a_passive_killing_verb_died() -> None:
    text = "قال مصدر إن عناصر من الشرطة قتلوا في تفجير عبوة ناسفة قرب مدينة ديار بكر أمس."
    assert [actor2(e) for e in news(text)] == ["Police Forces of Turkey"], _kinds(text)


@pytest.mark.parametrize(("text", "who", "where"), [
    ("تقدمت قوات الجيش العراقي أمس في بلدة الكرمة بعد اشتباكات مع تنظيم داعش.", "Military Forces of Iraq", "Al-Garmah"),
    ("دخلت قوات المعارضة أمس بلدة مورك بعد معارك عنيفة مع قوات النظام.", "Opposition Rebels (Syria)", "Mūrak"),
])
def test_the_fight_of_an_advance_is_an_incident(text: str, who: str, where: str) -> None:
    clashes = [e for e in news(text) if e.sub_event_type == "Armed clash"]
    assert [(actor1(e), place(e)) for e in clashes] == [(who, where)], _kinds(text)


@pytest.mark.parametrize(("text", "where", "dead"), [
    # round 50: a cause told in full, its dead after a verb of outcome, is an incident told here
    ("أعلنت السلطات التركية حظر التجول في بلدة جزرة بولاية شرناق بعد اشتباكات بين قوات الأمن ومسلحين أكراد "
     "أسفرت عن مقتل شرطيين.", "Cizre", 2),
])
def test_a_cause_told_with_its_dead_is_an_incident(text: str, where: str, dead: int) -> None:
    clashes = [e for e in news(text) if e.sub_event_type == "Armed clash"]
    assert [(place(e), e.fatalities) for e in clashes] == [(where, dead)], _kinds(text)


def test_a_fight_told_after_another_deed_is_still_a_reference() -> None:
    """"بعد الاشتباكات" with the article, after no advance: the fight told before."""
    text = "أعلنت الشرطة أمس حظر التجول في مدينة الرمادي بعد الاشتباكات."
    assert [e for e in news(text) if e.sub_event_type == "Armed clash"] == [], _kinds(text)


def test_earlier_with_no_time_after_it_is_the_day_s_news() -> None:
    """"في وقت سابق" alone: earlier in the day's news, no recall."""
    text = "وذكرت وزارة الداخلية في وقت سابق مقتل 9 مسلحين خلال اشتباكات مع قوات الأمن بمدينة الإسماعيلية."
    assert [(e.sub_event_type, e.background) for e in events(text)] == [("Armed clash", False)], _kinds(text)


def test_earlier_in_the_year_is_context() -> None:
    text = "وكانت الشرطة اعتقلت في وقت سابق من العام الماضي عشرين شخصا في مدينة الإسماعيلية."
    assert [e.background for e in events(text)] == [True], _kinds(text)


@pytest.mark.parametrize(("text", "who"), [
    # the forces of President Hadi's government; the party that goes with them or backs them is an ally
    ("استعادت القوات الموالية للرئيس هادي ومعها المقاومة الشعبية أمس السيطرة على مدينة زنجبار.", "Military Forces of Yemen"),
    ("سيطرت قوات الجيش الموالي للشرعية المسنودة بالمقاومة الشعبية أمس على مدينة زنجبار.", "Military Forces of Yemen"),
])
def test_the_forces_of_the_yemeni_government_and_their_allies(text: str, who: str) -> None:
    taken = news(text)
    assert [(e.sub_event_type, actor1(e)) for e in taken] == [("Government regains territory", who)], _kinds(text)


def test_a_quoted_name_after_a_preposition_is_the_object_not_an_operation() -> None:
    text = "ألقت الشرطة التركية أمس القبض على \"أبو حنظلة\" المشتبه بقيادة خلية لتنظيم داعش في مدينة إسطنبول."
    assert [e.sub_event_type for e in news(text)] == ["Arrests"], _kinds(text)


@pytest.mark.parametrize(("text", "where"), [
    # the neighbourhoods of a city named after a settlement word: the city, not a place named before
    ("قصف الطيران مدينة إدلب أمس. ونفذ طيران النظام أمس 16 غارة على أحياء مدينة درعا.", "Dar‘ā"),
    ("قصف الطيران مدينة إدلب أمس. واستهدفت قوات النظام أمس أحياء مدينة حلب الشرقية بالصواريخ.", "Aleppo"),
])
def test_the_parts_of_a_named_city_are_placed_in_it(text: str, where: str) -> None:
    assert place(news(text)[-1]) == where, _kinds(text)


@pytest.mark.parametrize(("text", "sub"), [
    # round 43: a state's forces named by their nationality are at home in their own country
    ("استعادت القوات الليبية أمس السيطرة على مدينة سرت من تنظيم الدولة الإسلامية.", "Government regains territory"),
    ("سيطرت القوات اليمنية أمس على مدينة زنجبار بعد طرد مسلحي القاعدة منها.", "Government regains territory"),
    # a guard: abroad they overtake
    ("سيطرت القوات التركية أمس على بلدة جرابلس السورية بعد معارك مع تنظيم داعش.", "Non-state actor overtakes territory"),
])
def test_a_states_forces_take_territory_at_home_or_abroad(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in news(text)], _kinds(text)


@pytest.mark.parametrize(("text", "whom"), [
    # round 50: the first side after "بين" no party we know, the second one we know
    ("دارت أمس معارك عنيفة بين مقاتلين محليين وتنظيم داعش في بلدة مهين بريف حمص.", "Islamic State"),
    ("اندلعت أمس اشتباكات بين حراس المصفاة ومهاجمين مجهولين قرب مدينة بيجي.", "Unidentified Armed Group (Iraq)"),
])
def test_an_unknown_first_side_leaves_the_second(text: str, whom: str) -> None:
    clashes = [e for e in news(text) if e.sub_event_type == "Armed clash"]
    assert [actor2(e) for e in clashes] == [whom], _kinds(text)


@pytest.mark.parametrize(("text", "who"), [
    # round 50: groups of the wars BBC Arabic reports, named in full (the Pakistani Taliban before the bare Taliban)
    ("هاجم مسلحون من حركة طالبان باكستان أمس نقطة تفتيش للجيش قرب مدينة بيشاور.", "TTP: Tehreek-i-Taliban Pakistan"),
    ("هاجم مسلحون من جماعة أبو سياف أمس موقعا للجيش في جزيرة جولو.", "Abu Sayyaf Group"),
    ("هاجمت حركة نور الدين الزنكي أمس مواقع لقوات النظام في حي الراشدين غربي حلب.", "Harakat Nour al-Din al-Zenki"),
    ("هاجمت سرايا الدفاع عن بنغازي أمس مواقع لقوات حفتر قرب مدينة أجدابيا.", "Benghazi Defense Brigades"),
    ("وقالت قوات الجيش الوطني الليبي إن طائراتها قصفت أمس مواقع لمسلحين في مدينة درنة.", "Libyan National Army"),
])
def test_groups_named_in_full(text: str, who: str) -> None:
    found = news(text)
    assert found and actor1(found[0]) == who, _kinds(text)


def test_two_armed_women_are_unidentified_gunmen() -> None:
    """Round 50: the dual of the feminine ("مسلحتان") names gunmen as the masculine dual does."""
    text = "هاجمت مسلحتان أمس مركزا للشرطة في حي الفاتح بمدينة إسطنبول وتبادلتا إطلاق النار مع الشرطة."
    assert [(actor1(e), actor2(e)) for e in news(text)] == [("Unidentified Armed Group (Turkey)", "Police Forces of Turkey")], \
        _kinds(text)

