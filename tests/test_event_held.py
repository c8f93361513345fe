"""Who is held, where a list's members stand, and which day the field takes (round 28): the
suspects an arrest takes; "توقيف" as an arrest; the members of a counted list of places, which no
later sentence sums up; a turn to the field after an interview. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news, place

THURSDAY = date(2016, 5, 12)


def _held(e) -> str:  # type: ignore[no-untyped-def]
    return e.actor2.text if e.actor2 else ""


@pytest.mark.parametrize(("text", "held"), [
    ("ألقت قوات الأمن القبض على خمسة مشتبه بهم في مدينة الموصل أمس.", "مشتبه بهم"),
    ("اعتقلت الشرطة العراقية أمس المتورطين في تفجير سيارة مفخخة في مدينة كركوك.", "المتورطين"),
    ("واعتقلت الشرطة أمس ثلاثة من المتهمين بالهجوم على حاجز للجيش في مدينة الرمادي.", "المتهمين"),
    ("وأعلنت الشرطة أمس توقيف مشتبه به في عملية الطعن التي وقعت في مدينة إسطنبول.", "مشتبه به"),
])
def test_the_suspects_an_arrest_takes(text: str, held: str) -> None:
    arrests = [e for e in events(text) if e.sub_event_type == "Arrests"]
    assert [_held(e) for e in arrests] == [held], [(e.sub_event_type, actor1(e), _held(e)) for e in events(text)]


@pytest.mark.parametrize(("text", "group"), [
    # a group named after the suspects is the party arrested
    ("ألقت قوات الأمن القبض على خمسة متهمين بالانتماء لتنظيم داعش في مدينة الموصل أمس.", "Islamic State"),
])
def test_a_group_named_after_the_suspects_is_the_party_arrested(text: str, group: str) -> None:
    arrests = [e for e in events(text) if e.sub_event_type == "Arrests"]
    assert [actor2(e) for e in arrests] == [group], [(e.sub_event_type, actor2(e)) for e in events(text)]


@pytest.mark.parametrize("text", [
    # suspects are no party of an attack, nor civilians hit by it
    "وقتل ثلاثة مدنيين في قصف على مدينة دوما أمس، بحسب ما قال المشتبه بهم للمحققين.",
    "وقال محامي المتهمين إن طائرات النظام قصفت مدينة دوما أمس.",
])
def test_suspects_are_no_party_of_an_attack(text: str) -> None:
    evs = [e for e in events(text) if e.sub_event_type != "Arrests"]
    assert evs and all("متهم" not in _held(e) and "مشتبه" not in _held(e) for e in evs), \
        [(e.sub_event_type, actor1(e), _held(e)) for e in evs]


def test_a_counted_list_of_places_is_one_incident_at_each() -> None:
    """No member of the list sums up the places of the sentence after it, however near."""
    text = ("وقال التحالف في بيان اليوم إن غاراته شملت أربع غارات قرب الموصل وغارتين قرب الرمادي. "
            "وجرت الضربات الأخرى قرب تلعفر والفلوجة.")
    raids = news(text)
    assert sorted(place(e) or "" for e in raids) == ["Al Fallūjah", "Mosul", "Ramadi", "Tall ‘Afar"], \
        [(place(e), e.event_date) for e in raids]


@pytest.mark.parametrize("opening", ["وفي المشهد الميداني،", "وعلى الصعيد العسكري،", "في التطورات الميدانية،"])
def test_the_field_after_an_interview_takes_no_recalled_time(opening: str) -> None:
    """The months an interviewee recalls are no day of the fighting told after the turn to the field."""
    text = ("وقال الناشط لـ«الصحيفة» إن «المقاتلين كانوا قد سيطروا على الحي، وسبق للرئيس أن زاره قبل أشهر». "
            f"{opening} قصفت قوات النظام مناطق في مدينة تلبيسة بريف حمص الشمالي.")
    shelling = [e for e in events(text) if e.location is not None and e.location.name_ar == "تلبيسة"]
    assert [(e.event_date, e.background) for e in shelling] == [(THURSDAY, False)], \
        [(place(e), e.event_date, e.background) for e in events(text)]


@pytest.mark.parametrize("text", [
    "وقال القيادي إن توقيف المعارك في مدينة الزبداني سيتيح إخراج المدنيين منها.",
    "وطالب المجلس المحلي بتوقيف الاعتقالات بحق أهالي مدينة الزبداني.",
    "وقال إن المطلوب هو إيقاف القصف على مدينة دوما وتوقيف الحملة على المدنيين فيها.",
])
def test_stopping_a_fight_is_no_arrest_nor_a_fight(text: str) -> None:
    assert events(text) == [], [(e.sub_event_type, place(e)) for e in events(text)]


@pytest.mark.parametrize(("text", "maker"), [
    ("أعلن تنظيم داعش أنه قتل عشرة جنود في هجوم على مدينة الرمادي أمس.", "Islamic State"),
    ("وقال الجيش العراقي إنه قتل خمسة مسلحين في اشتباكات بمدينة الرمادي أمس.", "Military Forces of Iraq"),
])
def test_the_speaker_of_its_own_deed_made_the_incident_told_after_it(text: str, maker: str) -> None:
    evs = news(text)
    assert [actor1(e) for e in evs] == [maker], [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize(("text", "held"), [
    # the stronghold's owner is no party of what happened there; the people of a faith are civilians
    ("وخطف مسلحون ثلاثة مسيحيين في بلدة القريتين وهي أحد معاقل تنظيم داعش أمس.", "مسيحيين"),
    # a resident who tells of it is no victim
    ("وخطف مسلحون ثلاثة عمال في بلدة القريتين أمس، حسبما قال أحد السكان.", "عمال"),
])
def test_who_was_abducted_not_who_holds_or_tells(text: str, held: str) -> None:
    evs = news(text)
    assert [_held(e) for e in evs] == [held], [(e.sub_event_type, actor1(e), _held(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "أما في درعا، فقد جدد مسلحو الفصائل هجومهم على المدينة من ثلاثة محاور أمس.",
    "وجددت قوات النظام أمس محاولتها لاقتحام بلدة مورك بريف حماة.",
    "وقتل ثلاثة جنود أتراك في مكمن نصبه مسلحون لقافلة عسكرية في ولاية هكاري أمس.",  # an ambush
])
def test_an_attack_renewed_or_an_ambush_is_a_fight(text: str) -> None:
    evs = news(text)
    assert [e.sub_event_type for e in evs] == ["Armed clash"], [(e.sub_event_type, place(e)) for e in evs]


def test_a_quoted_fight_with_its_place_told_first_is_reported() -> None:
    text = "وقال ناشطون إن «حي جوبر الدمشقي يشهد منذ الصباح اشتباكات عنيفة بين فصائل المعارضة وقوات النظام»."
    evs = news(text)
    assert any(e.event_type == "Battles" and place(e) == "Jobar (Damascus)" for e in evs), \
        [(e.sub_event_type, place(e), actor1(e), actor2(e)) for e in evs]


def test_one_fight_over_a_list_of_near_villages_is_a_fight_at_each() -> None:
    """The villages of a list stay apart however near: the first, "around" them, is no area that
    takes the others."""
    text = ("وقال المرصد إن قوات النظام قصفت بلدة اللطامنة بريف حماة أمس، في حين دارت اشتباكات عنيفة "
            "في محيط قرى المشيك والزيارة والمنصورة بين قوات النظام والفصائل الإسلامية.")
    fights = sorted(place(e) or "" for e in news(text) if e.event_type == "Battles")
    assert fights == ["Al-Mansurah (al-Ghab)", "Al-Mushayk", "Al-Ziyarah (al-Ghab)"], fights


def test_an_incident_of_its_own_day_with_no_place_takes_no_report_placed_by_the_lead() -> None:
    text = ("قتل شرطيان في هجوم صباح اليوم في مدينة أضنة. وأضافت الوكالة أن مسلحين هاجموا مركز الشرطة في مدينة بوزانتي. "
            "ويشن المتمردون يوميا هجمات على قوات الأمن منذ أسبوع. "
            "ومنذ بدء جولة العنف قتل عشرون جنديا، ثلاثة منهم في كمين استهدف أمس قافلة عسكرية.")
    fights = sorted((str(e.event_date), place(e) or "") for e in news(text))
    assert ("2016-05-12", "Pozanti") in fights and ("2016-05-11", "Pozanti") not in fights, fights


@pytest.mark.parametrize(("text", "where"), [
    ("وقصفت طائرات النظام قرية الزيارة في سهل الغاب بريف حماة أمس.", "Al-Ziyarah (al-Ghab)"),
    ("وقتل جندي تونسي في اشتباك مع مسلحين في جبل الشعانبي أمس.", "Jebel Chaambi"),
    ("واعتقلت قوات الأمن التونسية أمس ثلاثة مسلحين في مدينة بنزرت.", "Bizerte"),
    ("وخطف مسلحون ثلاثة عمال في بلدة النوفلية قرب سرت في ليبيا أمس.", "Al-Nawfaliya"),
])
def test_places_of_the_fronts_the_registries_miss(text: str, where: str) -> None:
    evs = news(text)
    assert [place(e) for e in evs] == [where], [(e.sub_event_type, place(e)) for e in evs]


@pytest.mark.parametrize(("text", "maker", "target"), [
    # "حزب العمال" alone is the PKK in Turkish news; a convoy stands for the forces it carries
    ("وذكر الجيش أن مسلحين من حزب العمال نصبوا كمينا لقافلة عسكرية في ولاية هكاري أمس.",
     "Kurdistan Workers' Party", "Military Forces of Turkey"),
    ("وهاجم مسلحون دورية عسكرية في مدينة العريش أمس.", "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
])
def test_a_convoy_attacked_is_a_fight_with_its_forces(text: str, maker: str, target: str) -> None:
    evs = news(text)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in evs] == [("Armed clash", maker, target)], \
        [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize("text", [
    # the bombing of a town named by it, its pictures: an incident told before, no record of its own
    "أعلنت الشرطة أمس اعتقال ثلاثة أشخاص في مدينة أضنة. وحظرت السلطات موقع تويتر لمنع تداول صور تفجير مدينة سروج.",
    "أعلنت الشرطة أمس اعتقال ثلاثة أشخاص في مدينة أضنة. وحجبت السلطات موقع تويتر لمنع نشر صور التفجير في مدينة سروج.",
    # round 40: an aspect of the incident (its force, its site) names one told before
    "أعلنت الشرطة أمس اعتقال ثلاثة أشخاص في مدينة أضنة. وقال شهود إن قوة الانفجار سببت سقوط مبان في مدينة سروج.",
    "أعلنت الشرطة أمس اعتقال ثلاثة أشخاص في مدينة أضنة. وتواصل فرق الإنقاذ عملها في موقع التفجير في مدينة سروج.",
    # the battle of two towns named by them is a campaign
    "أعلنت الشرطة أمس اعتقال ثلاثة أشخاص في مدينة أضنة. واشترطت الفصائل إجلاء الأهالي قبل انطلاق معركة بلدتي كفريا والفوعة.",
])
def test_an_incident_or_a_battle_named_by_its_town_is_told_elsewhere(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Arrests"], [(e.sub_event_type, place(e)) for e in news(text)]


def test_a_states_police_arrest_at_home() -> None:
    text = ("وقصفت المدفعية التركية مواقع لتنظيم داعش في مدينة جرابلس السورية. "
            "وأمس أعلنت الشرطة التركية اعتقال ثلاثة أشخاص يشتبه في انتمائهم للتنظيم.")
    arrests = [e for e in news(text) if e.sub_event_type == "Arrests"]
    assert [e.location.country if e.location else None for e in arrests] in ([None], ["Turkey"]), \
        [(place(e), e.location.country if e.location else None) for e in arrests]


@pytest.mark.parametrize(("text", "where"), [
    # a quoted account of a place hit by a blow, or of raids spreading to a place, reports it
    ("وقال ناشطون إن «مناطق في قرية الكريز تعرضت لقصف من الطيران المروحي بالبراميل المتفجرة».", "Al-Kreiz"),
    ("وقال ناشطون إن «الطيران قصف مدينة أريحا، وامتد القصف الجوي إلى قرية عين لاروز في جبل الزاوية».", "Ayn Larouz"),
])
def test_a_quoted_account_of_a_place_hit_reports_it(text: str, where: str) -> None:
    assert where in [place(e) for e in news(text)], [(e.sub_event_type, place(e)) for e in events(text)]


def test_since_when_a_siege_lasts_is_no_recall_of_the_raids_told_after_it() -> None:
    text = ("وقصف الطيران مناطق في محيط مطار أبو الظهور المحاصر من قبل جبهة النصرة منذ أكثر من عامين، "
            "كما تعرضت قرية الكريز لقصف بالبراميل المتفجرة.")
    raids = [e for e in events(text) if place(e) == "Al-Kreiz"]
    assert [e.background for e in raids] == [False], [(place(e), e.background) for e in events(text)]


def test_the_incident_time_is_counted_from_is_background() -> None:
    text = "وتحارب المملكة هذا الفكر منذ تفجير المحيا في مدينة الرياض."
    assert news(text) == [], [(e.sub_event_type, place(e), e.background) for e in events(text)]


@pytest.mark.parametrize("text", [
    "وذكر المحافظ أنه تم العثور مساء أمس على شرطيين قتلا بطلقات نارية في الرأس بمدينة جيلان بينار.",
    "وعثرت الشرطة أمس على جثتي شرطيين مقتولين بالرصاص في منزلهما في مدينة جيلان بينار.",
])
def test_men_found_shot_were_attacked(text: str) -> None:
    evs = news(text)
    assert [(e.sub_event_type, actor2(e)) for e in evs] == [("Attack", "Police Forces of Turkey")], \
        [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "ونقلت الهيئة عن الناشط الميداني أحمد سليم قوله إن الفصائل قصفت بلدة الفوعة بالقذائف أمس.",
    "وقال سكان إن الفصائل قصفت بلدة الفوعة بالصواريخ أمس.",
])
def test_who_tells_of_a_shelling_is_not_its_victim(text: str) -> None:
    evs = news(text)
    assert [actor2(e) for e in evs] == [None], [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


def test_a_night_of_two_days_lends_its_second() -> None:
    text = ("قالت مصادر إن الطيران الحربي قصف بعد منتصف ليل الثلاثاء - الأربعاء مدينة درعا. "
            "كما قصف الطيران مدينة بصرى الشام بالبراميل المتفجرة.")
    raids = [e for e in news(text) if place(e) not in (None, "Dar‘ā")]
    assert [str(e.event_date) for e in raids] == ["2016-05-11"], [(place(e), e.event_date) for e in news(text)]


@pytest.mark.parametrize("text", [
    "وأصيب ما لا يقل عن خمسة من أفراد الشرطة في هجوم بقنبلة يدوية بمدينة ماردين أمس.",
    "وتحدثت الأنباء عن إصابة عشرة رجال شرطة في تفجير استهدف دوريتهم في مدينة ديار بكر أمس.",
])
def test_the_wounded_named_before_the_attack_were_its_target(text: str) -> None:
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [("Unidentified Armed Group (Turkey)", "Police Forces of Turkey")], \
        [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


def test_the_civilians_killed_in_one_town_are_not_the_victims_of_the_raid_on_another() -> None:
    text = ("وقتل 15 مدنيا بينهم نساء وأطفال في غارات لطائرات النظام على بلدة سراقب أمس. "
            "وقصف الطيران الحربي مدينة دوما في الغوطة الشرقية.")
    raids = [e for e in news(text) if place(e) != "Saraqib"]
    assert [actor2(e) for e in raids] == [None], [(place(e), actor1(e), actor2(e)) for e in news(text)]


@pytest.mark.parametrize("text", [
    "ودارت اشتباكات بين قوات النظام والفصائل المسلحة في محيط بلدة عتمان أمس، وسط قصف جوي على البلدة. "
    "وأدى قصف بالبراميل المتفجرة على بلدة اليادودة إلى مقتل تسعة أشخاص.",
    "وقصفت الطائرات محيط بلدة سراقب أمس. وقتل خمسة مدنيين في قصف جوي على بلدة سرمين.",
])
def test_the_surroundings_of_a_town_sum_up_no_other_town(text: str) -> None:
    """"في محيط بلدة عتمان": the surroundings of one town hold no other town named after them
    ("بلدة اليادودة", a few kilometres away): two strikes, not a lead and its detail."""
    strikes = [place(e) for e in news(text) if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 2 and len(set(strikes)) == 2, strikes
