"""By what means (round 13): aircraft named after a support word back a ground force, they do not
make its fight a strike; fire from machine guns is a fight, not shelling; a statement "صادر عن"
an office is issued, not seized; "قوة أمنية" is a state force. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, news


@pytest.mark.parametrize("text", [
    "تمكنت قوة أمنية بمساندة الطيران الحربي من قتل 14 مسلحا من داعش في قضاء بيجي أمس",
    "شنت القوات العراقية بإسناد من طيران الجيش هجوما على مواقع داعش في مدينة تكريت أمس",
    "اشتبكت القوات العراقية بالتعاون مع طيران التحالف مع مسلحي داعش في مدينة الرمادي أمس",
])
def test_aircraft_that_back_a_ground_force_do_not_make_a_strike(text: str) -> None:
    evs = news(text)
    assert evs, text
    assert {e.sub_event_type for e in evs} == {"Armed clash"}, text


@pytest.mark.parametrize("text", [
    "قتلت الطائرات الحربية 14 مسلحا من داعش في قضاء بيجي أمس",
    "قصف الطيران الحربي مواقع داعش في مدينة تكريت أمس بمساندة المدفعية",
])
def test_aircraft_that_act_still_strike(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].sub_event_type == "Air/drone strike", text


@pytest.mark.parametrize("text", [
    "قصفت قوات البيشمركة أمس بالمدافع الرشاشة مواقع داعش في قضاء سنجار",
    "استهدفت فصائل المعارضة بالرشاشات الثقيلة مواقع قوات النظام في مدينة إدلب أمس",
])
def test_fire_from_machine_guns_is_a_fight(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].event_type == "Battles" and evs[0].sub_event_type == "Armed clash", text


@pytest.mark.parametrize("text", [
    "قصفت قوات البيشمركة أمس بالمدفعية الثقيلة مواقع داعش في قضاء سنجار",
    "استهدفت فصائل المعارضة بمدفع جهنم مواقع قوات النظام في مدينة حلب أمس",
])
def test_guns_of_artillery_shell(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].sub_event_type == "Shelling/artillery/missile attack", text


@pytest.mark.parametrize("text", [
    "وذكرت الحكومة في بيان صدر عن مكتب رئيس الوزراء أن المقاتلات قصفت أوكارا للمسلحين في مدينة الرمادي أمس",
    "وقال الجيش في بيان صادر عنه أمس إن طائراته قصفت مواقع داعش في قضاء بيجي",
])
def test_a_statement_issued_by_an_office_seizes_nothing(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].sub_event_type == "Air/drone strike", text


def test_a_seizure_is_still_one() -> None:
    evs = news("صادرت قوات الأمن عبوة ناسفة في مدينة الرمادي أمس")
    assert evs and evs[0].sub_event_type == "Disrupted weapons use"


@pytest.mark.parametrize("text", [
    "قتلت قوة أمنية خمسة مسلحين من داعش في مدينة بعقوبة أمس",
    "اشتبكت قوة عسكرية مع مسلحين من داعش في مدينة تكريت أمس",
])
def test_a_security_force_is_the_states(text: str) -> None:
    evs = news(text)
    assert evs and actor1(evs[0]) == "Military Forces of Iraq", text


@pytest.mark.parametrize(("text", "force"), [
    ("اعتقلت قوات مكافحة الإرهاب أمس 12 مشتبها بهم في مدينة إسطنبول التركية", "Turkey"),
    ("اعتقلت قوات مكافحة الإرهاب أمس 12 مشتبها بهم في مدينة الموصل", "Iraq"),
    ("داهمت قوات الدرك أمس منازل في مدينة إسطنبول التركية واعتقلت 5 أشخاص", "Turkey"),
])
def test_counter_terrorism_forces_are_the_countrys(text: str, force: str) -> None:
    evs = news(text)
    assert evs and (actor1(evs[0]) or "").endswith(force), [actor1(e) for e in evs]


# round 14: a suicide attacker who storms or attacks is a suicide bombing
@pytest.mark.parametrize("text", [
    "اقتحم انتحاري بسيارة مفخخة مقرا للشرطة في مدينة سامراء أمس",
    "هاجم انتحاريون يرتدون أحزمة ناسفة مبنى المحافظة في مدينة بعقوبة أمس",
])
def test_a_suicide_attacker_who_storms_makes_a_suicide_bombing(text: str) -> None:
    evs = news(text)
    assert [e.sub_event_type for e in evs] == ["Suicide bomb"], [(e.event_type, e.sub_event_type) for e in evs]


def test_clashes_told_beside_suicide_bombings_stay_clashes() -> None:
    evs = news("قتل 30 مسلحا أمس في ريف حلب الشمالي إثر اشتباكات بين الفصائل وتنظيم داعش وتفجيرين انتحاريين نفذهما التنظيم")
    assert "Armed clash" in {e.sub_event_type for e in evs}, [e.sub_event_type for e in evs]


@pytest.mark.parametrize(("text", "sub"), [
    ("وفي حادث آخر، ألقى مجهول قنبلة صوتية أمس قرب مقر حزب الشعب الجمهوري في مدينة ماردين دون وقوع إصابات.", "Grenade"),
    ("ألقى شاب قنبلة يدوية أمس على دورية للشرطة في مدينة كركوك.", "Grenade"),
])
def test_a_grenade_thrown_with_its_thrower_before_it(text: str, sub: str) -> None:
    """Round 23: "ألقى [فاعل] قنبلة صوتية" (`split_cues`, objects `thrown`) throws a grenade by hand."""
    assert [e.sub_event_type for e in news(text)] == [sub]


@pytest.mark.parametrize("text", [
    "دارت مساء أمس اشتباكات وتبادل للقصف الصاروخي بين جيش الفتح وقوات النظام في محيط بلدة كفريا.",
    "وشهدت أطراف مدينة الحسكة أمس تبادلا للقصف بين وحدات حماية الشعب وتنظيم داعش.",
])
def test_an_exchange_of_shelling_is_a_fight(text: str) -> None:
    """Round 24: "تبادل للقصف" between two sides is one armed clash, not two shellings."""
    assert [(e.event_type, e.sub_event_type) for e in news(text)] == [("Battles", "Armed clash")]


def test_a_suicide_attacker_before_the_verb_makes_a_suicide_bombing() -> None:
    """Round 24: "أن انتحاريا اقتحم بشاحنة مفخخة مركزا للشرطة": the attacker stands before the verb."""
    text = "وأفادت الوكالة أن انتحاريا اقتحم بشاحنة مفخخة صباح أمس مركزا للشرطة في مدينة ماردين."
    assert [e.sub_event_type for e in news(text)] == ["Suicide bomb"]


@pytest.mark.parametrize("text", [
    "دمرت القوات الأمنية أمس أربع سيارات مفخخة كانت معدة لاستهداف الجيش قرب مدينة الرمادي",
    "فجرت فرق الهندسة التابعة للجيش أمس عبوة ناسفة على طريق قرب مدينة الرمادي",
])
def test_bombs_a_state_force_destroys_are_disrupted(text: str) -> None:
    """Round 25: the bombs are what the state force destroyed, not bombs it set off at someone."""
    assert [e.sub_event_type for e in news(text)] == ["Disrupted weapons use"]


@pytest.mark.parametrize(("text", "first"), [
    ("واصل طيران التحالف العربي أمس غاراته على مواقع الحوثيين في محافظة صعدة", "Saudi-led Coalition"),
    ("تعرضت بعد منتصف ليل أمس أحياء في مدينة داريا بريف دمشق الغربي، لقصف من قبل قوات النظام",
     "Military Forces of Syria"),
])
def test_raids_with_their_pronoun_and_shelling_suffered_are_told(text: str, first: str) -> None:
    """Round 25: "غاراته" carries the pronoun of who flies them; after a finite "تعرضت" whose
    subject stands between, "لقصف" is what was suffered, not an aim."""
    assert [actor1(e) for e in news(text)] == [first]


def test_suffered_after_the_noun_of_exposure_keeps_its_window() -> None:
    """"ردا على تعرض البلدة ... لهجوم": the noun "تعرض" reaches only the words right after it."""
    text = "قصفت الفصائل أمس بلدة الفوعة ردا على تعرض مدينة الزبداني في ريف دمشق منذ أسابيع لهجوم من قوات النظام"
    assert [actor1(e) for e in news(text)] == ["Opposition Rebels (Syria)"]
