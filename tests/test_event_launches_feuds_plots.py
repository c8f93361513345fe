"""Round 45: missiles fired at a place, a road named by its two towns, a feud between two clans or
families, an attack foiled before it was made. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2017, 6, 7)  # a Wednesday


@pytest.mark.parametrize(("text", "where"), [
    # a missile and its adjective, then where it was fired: a missile attack
    ("أطلقت جماعة الحوثي صاروخا باليستيا باتجاه مدينة نجران مساء الاثنين، واعترضته الدفاعات الجوية.", "Najran"),
    ("قال الجيش إن المتمردين أطلقوا صاروخين باتجاه قاعدة جوية في محافظة مأرب أمس.", "Marib"),
    ("أطلق مسلحون قذيفة صاروخية باتجاه دورية للجيش قرب مدينة الرمادي صباح اليوم.", "Ramadi"),
    # two missiles, with no word of direction after them: the launch itself is the cue
    ("وكان عناصر التنظيم قد أطلقوا صاروخين مستهدفين تجمعا للقوات الأمنية في قضاء الشرقاط أمس.", "Al-Shirqat District"),
])
def test_missiles_fired_at_a_place_are_a_missile_attack(text: str, where: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    assert place(found[0]) == where


@pytest.mark.parametrize("text", [
    # a test launch into the sea, by a state no war is told of: no incident
    "أطلقت كوريا الشمالية صاروخا باليستيا باتجاه بحر اليابان فجر اليوم.",
    # a launch to come
    "تعتزم بيونغيانغ إطلاق صواريخ باليستية باتجاه جزيرة غوام الشهر المقبل.",
])
def test_a_test_or_a_planned_launch_is_no_attack(text: str) -> None:
    assert not news(text, PUB)


@pytest.mark.parametrize(("text", "where"), [
    # a road named by its two towns, with or without a dash: one place, the first town
    ("انفجرت عبوة ناسفة بسيارة عسكرية على طريق بغداد كركوك صباح اليوم، ما أسفر عن مقتل جنديين.", "Baghdad"),
    ("نصب مسلحون كمينا لقافلة عسكرية على طريق حمص - تدمر أمس.", "Homs"),
])
def test_a_road_named_by_its_towns_is_one_place(text: str, where: str) -> None:
    found = news(text, PUB)
    assert len(found) == 1
    assert place(found[0]) == where


@pytest.mark.parametrize(("text", "side"), [
    # a feud between two clans or two families: both sides are of one kind
    ("اندلعت اشتباكات مسلحة بين عشيرتين في محافظة البصرة أمس أسفرت عن مقتل ثلاثة أشخاص.",
     "Unidentified Tribal Militia (Iraq)"),
    ("استخدمت الأسلحة المتوسطة في اشتباك بين قبيلتين جنوبي محافظة ذي قار فجر اليوم.",
     "Unidentified Tribal Militia (Iraq)"),
    ("قتل رجلان في اشتباكات بين عائلتين في مدينة الموصل مساء الاثنين.", "Unidentified Communal Militia (Iraq)"),
])
def test_a_feud_between_two_clans_has_them_as_both_sides(text: str, side: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Armed clash"]
    assert (actor1(found[0]), actor2(found[0])) == (side, side)


@pytest.mark.parametrize(("text", "sides"), [
    # two parties named in full stay two parties; the same party named twice stays one side
    ("اندلعت اشتباكات بين قوات الأمن ومسلحين في مدينة البصرة أمس.",
     ("Military Forces of Iraq", "Unidentified Armed Group (Iraq)")),
    ("أعلن التنظيم مسؤوليته عن هجوم على مدينة الرمادي أمس.", ("Islamic State", None)),
])
def test_other_sides_stay_as_they_were(text: str, sides: tuple[str, str | None]) -> None:
    found = news(text, PUB)
    assert found
    assert (actor1(found[0]), actor2(found[0])) == sides


@pytest.mark.parametrize("text", [
    # an attack foiled (its foiler perhaps between) that was still being prepared or only possible
    "أحبطت قوات الأمن التركية هجوما كان يعد له مسلحون في إسطنبول يوم الأحد.",
    "أعلنت الشرطة إحباط هجوم محتمل على كنيسة في مدينة الإسكندرية أمس.",
    "قالت الوزارة إن الأجهزة الأمنية أفشلت تفجيرا كانوا يخططون له في مدينة كربلاء.",
])
def test_an_attack_foiled_before_it_was_made_is_no_incident(text: str) -> None:
    assert not [e for e in news(text, PUB) if e.event_type != "Strategic developments"]


@pytest.mark.parametrize("text", [
    # foiling an attack under way is fighting it off: a fight
    "أحبطت القوات العراقية هجوما لتنظيم الدولة على بلدة حديثة أمس وقتلت عشرة من المهاجمين.",
])
def test_an_attack_foiled_while_made_is_a_fight(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"]


@pytest.mark.parametrize(("text", "country"), [
    # an arrest in the lead by a state's force named with its nationality, and no place: its country
    ("ألقت السلطات الأردنية القبض على ثلاثة أشخاص بتهمة الترويج لتنظيم الدولة.", "Jordan"),
    ("ضبطت الأجهزة الأمنية الكويتية خلية إرهابية تضم خمسة متهمين.", "Kuwait"),
    # the country named later in the article: one arrest, there
    ("اعتقلت الشرطة الألمانية شابا يشتبه في انتمائه إلى تنظيم الدولة. وقالت النيابة إن الشاب عاد إلى ألمانيا "
     "قبل شهرين وإنه اعتقل أمس بعد مراقبة استمرت أسابيع.", "Germany"),
])
def test_an_arrest_by_a_state_with_no_place_is_in_its_country(text: str, country: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Arrests"]
    assert found[0].location is not None and found[0].location.country == country
    assert "unknown country" not in (actor2(found[0]) or "")



@pytest.mark.parametrize(("published", "day"), [
    # arrests "after the attack" of a lead that gives no day: no other sentence's year dates them
    (None, None),
    (PUB, PUB),
])
def test_arrests_after_the_attack_take_no_year_of_another_sentence(published: date | None, day: date | None) -> None:
    life = "وعمل الرجل سنوات في متجر للملابس في المدينة قبل أن ينتقل إلى عمل آخر في شركة للنقل.\n\n" * 30
    text = ("أعلنت الشرطة هوية منفذي الهجوم الذي أسفر عن مقتل سبعة أشخاص في مدينة مانشستر.\n\n" + life
            + "وتقدم أحد جيرانه ببلاغ عنه إلى الشرطة في عام 2014.\n\n"
            "واعتقلت الشرطة ستة رجال في مدينة مانشستر في أعقاب الهجوم ثم أطلقت سراحهم.")
    arrests = [e for e in news(text, published) if e.sub_event_type == "Arrests"]
    assert arrests
    assert all(e.event_date == day for e in arrests)


@pytest.mark.parametrize("text", [
    # strikes joined with "لشن" are what a base or a deal is for, not strikes made
    "ورفض الوزير إعطاء تفاصيل عن الاتفاق مع واشنطن على استخدام قاعدة جوية في جنوب البلاد لشن غاراتها على التنظيم في العراق.",
    # bombings the men arrested had planned ("خططوا") were never made
    "قالت السلطات أمس إنها أوقفت عشرين رجلا خططوا لبث الذعر وتفجير مساجد في مدينتي جدة والطائف.",
])
def test_strikes_aimed_at_or_planned_are_not_made(text: str) -> None:
    assert not [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]


def test_a_base_used_on_a_day_to_strike_is_a_strike() -> None:
    """The use of a base told with its day is the strike made from it."""
    text = "واستخدمت القوات الأمريكية أمس قاعدة في تركيا لتوجيه ضربة بطائرة مسيرة على مواقع التنظيم في شمال سوريا."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Air/drone strike"]


@pytest.mark.parametrize(("text", "country"), [
    # the land fired from ("من داخل الأراضي ...") is not where the shells fell
    ("قتل جندي أمس إثر سقوط مقذوفات عسكرية أطلقت من داخل الأراضي اليمنية على مركز حدودي "
     "في منطقة جازان.", "Saudi Arabia"),
    ("سقطت قذائف أطلقت من داخل الأراضي السورية على بلدة كلس التركية أمس، ما أدى إلى مقتل امرأة.", "Turkey"),
])
def test_shells_fired_from_inside_a_land_fell_where_the_text_says(text: str, country: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Shelling/artillery/missile attack"]
    assert found[0].location is not None and found[0].location.country == country


@pytest.mark.parametrize(("text", "stopper", "firer"), [
    # a missile or a drone stopped, the stopper between the verb and the weapon: who stopped it acts
    ("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقته الميليشيات الحوثية باتجاه مدينة نجران أمس.",
     "Military Forces of Saudi Arabia", "Ansar Allah (Houthi Movement)"),
    ("أسقطت الدفاعات الجوية السورية طائرة مسيرة إسرائيلية فوق ريف القنيطرة أمس.",
     "Military Forces of Syria", "Military Forces of Israel"),
])
def test_a_weapon_stopped_is_coded_to_who_stopped_it(text: str, stopper: str, firer: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]
    assert (actor1(found[0]), actor2(found[0])) == (stopper, firer)


def test_a_warplane_brought_down_is_no_weapon_stopped() -> None:
    text = "أسقطت فصائل المعارضة طائرة حربية تابعة للنظام في ريف إدلب أمس."
    assert not [e for e in news(text, PUB) if e.sub_event_type == "Disrupted weapons use"]


def test_the_men_of_a_named_resistance_are_that_resistance() -> None:
    """"عناصر المقاومة الشعبية": the men of the named resistance, not a word referring back to one."""
    text = "قتل خمسة من عناصر المقاومة الشعبية في مواجهات مع الحوثيين في محافظة الضالع أمس."
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Ansar Allah (Houthi Movement)", "Popular Resistance (Yemen)")]


@pytest.mark.parametrize("text", [
    # an officer killed in front of or near his home was off duty: an attack, not a fight
    "أقدم مسلحون ملثمون على اغتيال ضابط في الجيش أمام منزله في مدينة الرمادي مساء الاثنين.",
    "قتل شرطي برصاص مسلحين مجهولين قرب منزله في مدينة بعقوبة أمس.",
])
def test_an_officer_killed_at_his_home_was_off_duty(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Attack"]


@pytest.mark.parametrize(("text", "force"), [
    # aircraft a word of belief gives a nationality are that state's
    ("أفاد المرصد السوري بأن طائرات حربية يعتقد أنها روسية نفذت عدة غارات على مدينة معرة النعمان صباح اليوم.",
     "Military Forces of Russia"),
    ("وقال ناشطون إن طائرة حربية يرجح أنها تركية قصفت مواقع للتنظيم قرب بلدة الراعي أمس.", "Military Forces of Turkey"),
    # round 49: aircraft with no adjective, in an air raid
    ("قال شهود إن طائرات يعتقد أنها روسية قصفت أمس مستشفى في بلدة كفرنبل بريف إدلب.", "Military Forces of Russia"),
])
def test_aircraft_believed_to_be_a_states_are_its_forces(text: str, force: str) -> None:
    found = news(text, PUB)
    assert [actor1(e) for e in found] == [force]


@pytest.mark.parametrize(("text", "target"), [
    # two soldiers with a nationality in the dual are that state's forces; killed at a post of no
    # named force abroad, they say whose the post was
    ("قتل جنديان تركيان في هجوم بسيارة مفخخة استهدف قاعدة عسكرية في منطقة الباب شمالي سوريا أمس.",
     "Military Forces of Turkey"),
    ("أصيب الجنديان الأمريكيان في انفجار عبوة ناسفة استهدفت دورية عسكرية قرب مدينة منبج أمس.",
     "Military Forces of the United States"),
])
def test_two_soldiers_of_a_state_are_its_forces(text: str, target: str) -> None:
    found = news(text, PUB)
    assert found
    assert all(actor2(e) == target for e in found)


@pytest.mark.parametrize(("text", "sides"), [
    # a second nationality joined to the first shares its head; the two that exchanged fire are the sides
    ("تبادلت القوات الهندية والباكستانية إطلاق النار عبر خط المراقبة في إقليم كشمير أمس.",
     ("Military Forces of India", "Military Forces of Pakistan")),
    ("تبادل مسلحون وعناصر من الشرطة إطلاق النار في حي الكرادة ببغداد مساء الاثنين.",
     ("Unidentified Armed Group (Iraq)", "Police Forces of Iraq")),
])
def test_the_two_that_exchanged_fire_are_its_sides(text: str, sides: tuple[str, str]) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [sides]


@pytest.mark.parametrize(("text", "dead"), [
    # after a hundred or a thousand the noun counted is singular: it is counted, not one death
    ("قتل أكثر من مئة شخص في تفجير انتحاري استهدف سوقا شعبيا في مدينة بعقوبة أمس.", 100),
    ("قتل نحو مائتي جندي في هجوم على قاعدة عسكرية قرب مدينة الرمادي أمس.", 200),
])
def test_a_hundred_and_its_singular_noun_count_the_dead(text: str, dead: int) -> None:
    assert [e.fatalities for e in news(text, PUB)] == [dead]


@pytest.mark.parametrize("text", [
    # protesters who set fire riot
    "أضرم محتجون غاضبون النار في مقر حزب الدعوة في مدينة الناصرية مساء الثلاثاء.",
    "أحرق المتظاهرون إطارات السيارات أمام مبنى المحافظة في مدينة البصرة أمس.",
])
def test_protesters_who_set_fire_riot(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Violent demonstration"]


def test_a_town_unknown_lies_in_the_country_of_its_people() -> None:
    """A town the gazetteer lacks, in an article naming no country: its sentence's people say where."""
    found = news("تظاهر آلاف المغاربة في مدينة الحسيمة أمس للمطالبة بالإفراج عن المعتقلين.", PUB)
    assert [actor1(e) for e in found] == ["Protesters (Morocco)"]
    assert found[0].location is not None and found[0].location.country == "Morocco"


def test_a_town_unknown_lies_in_the_country_of_the_police_that_tell_of_it() -> None:
    """Round 50: two nationalities in the sentence, the police of one ("السلطات الأفغانية") at home."""
    found = news("وقالت السلطات الأفغانية إن غارة جوية أمريكية أسفرت عن مقتل 11 مدنيا في ولاية نورستان أمس.", PUB)
    assert [actor2(e) for e in found] == ["Civilians (Afghanistan)"]


def test_protesters_who_attack_riot() -> None:
    """Protesters are no armed party: when they attack or storm, they riot."""
    found = news("هاجم المتظاهرون مقر الحزب الحاكم في مدينة البصرة مساء الأحد.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Violent demonstration", "Rioters (Iraq)")]


def test_a_base_of_whom_is_no_place_name() -> None:
    """"قاعدة للأمم المتحدة": ل with the article says whose the base is; no town of that name."""
    found = news("قتل جندي فرنسي أمس في هجوم نفذه مسلحون على قاعدة للأمم المتحدة قرب مدينة كيدال في مالي.", PUB)
    assert found
    assert all(e.location is None or "للأمم" not in (e.location.name or "") for e in found)


@pytest.mark.parametrize("text", [
    # a crisis or a dispute that erupts is no blast
    "وقال المحلل إن الأزمة بين البلدين ليست جديدة وإن عوامل عدة أدت إلى تفجرها في مدينة الدوحة هذا الأسبوع.",
    "وحذر الوزير من تفجر الأوضاع في مدينة كركوك بعد الاستفتاء.",
])
def test_a_crisis_that_erupts_is_no_blast(text: str) -> None:
    assert not [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]


def test_the_factions_of_euphrates_shield_are_the_opposition() -> None:
    text = "سيطرت فصائل درع الفرات المدعومة من تركيا أمس على مدينة الباب بعد معارك مع تنظيم الدولة."
    found = news(text, PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Non-state actor overtakes territory", "Opposition Rebels (Syria)")]


@pytest.mark.parametrize(("text", "sides"), [
    # a state's forces fought by nobody the article names: an unidentified armed group fought them
    ("تعرض مركز للشرطة في مدينة سيهات لإطلاق نار من سيارة مسرعة مساء الأحد دون أن يسفر عن إصابات.",
     ("Unidentified Armed Group (Saudi Arabia)", "Police Forces of Saudi Arabia")),
    ("لقي شرطي حتفه وجرح زميله أمس في هجوم استهدف نقطة تفتيش في مدينة ماردين.",
     ("Unidentified Armed Group (Turkey)", "Police Forces of Turkey")),
])
def test_forces_fought_by_nobody_named_were_fought_by_an_unidentified_group(text: str, sides: tuple[str, str]) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [sides]


def test_the_enemy_dead_a_state_tells_are_no_loss_of_its_own() -> None:
    text = "أعلنت قيادة عمليات الأنبار أمس مقتل 40 إرهابيا في قصف لطيران الجيش على تجمعاتهم قرب مدينة الفلوجة."
    assert [actor1(e) for e in news(text, PUB)] == ["Military Forces of Iraq"]


@pytest.mark.parametrize(("text", "dead"), [
    # the executed counted among a group ("سبعة من أبناء"), the executioner between
    ("أعدم تنظيم داعش أمس سبعة من أبناء إحدى العشائر رميا بالرصاص في مدينة هيت.", 7),
])
def test_the_executed_of_a_group_are_counted(text: str, dead: int) -> None:
    assert [e.fatalities for e in news(text, PUB)] == [dead]


def test_a_house_rigged_to_blow_up_is_the_device() -> None:
    """"بانفجار منزل مفخخ": the house is the bomb, not a home struck: one record, of the men killed."""
    text = "قتل ثلاثة من عناصر الحشد الشعبي بانفجار منزل مفخخ في قرية قرب مدينة الرمادي أمس."
    found = news(text, PUB)
    assert [(e.sub_event_type, actor2(e)) for e in found] == [("Remote explosive/landmine/IED", "Popular Mobilization Forces")]


@pytest.mark.parametrize("text", [
    # a killing by means of a bomb ("ب") is the bombing: one record, remote violence
    "اغتال مسلحون مسؤولا قضائيا بارزا بتفجير سيارة مفخخة استهدف موكبه في القاهرة صباح الاثنين.",
    "اغتال مجهولون قائدا محليا بعبوة ناسفة زرعت في سيارته في مدينة درعا أمس.",
])
def test_a_killing_by_means_of_a_bomb_is_the_bombing(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Remote explosive/landmine/IED"]


@pytest.mark.parametrize(("text", "dead"), [
    # victims joined by "و" after one death word are all counted
    ("قتل ضابط وثلاثة جنود في هجوم على حاجز للجيش في مدينة العريش أمس.", 4),
    ("قتل جنديان وثلاثة مدنيين في انفجار عبوة ناسفة في مدينة العريش أمس.", 5),
    ("قتل شرطي ومدنيان في هجوم مسلح في مدينة العريش أمس.", 3),
])
def test_victims_joined_after_one_death_word_are_all_counted(text: str, dead: int) -> None:
    assert [e.fatalities for e in news(text, PUB)] == [dead]
