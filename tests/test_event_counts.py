"""The dead counted after a killing verb in the active voice whose subject is a pronoun ("وقتلوا
خمسة منهم"), the people a number counts ("ثلاثة عمال"), and a vehicle stopped on a road, which
detains nobody ("أوقف مسلحون حافلة"). Sentences written for these tests (round 26)."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor2, events, news


@pytest.mark.parametrize(("text", "dead"), [
    ("هاجم مسلحون نقطة تفتيش للشرطة في قضاء الشرقاط أمس وقتلوا أربعة عناصر", 4),
    ("اقتحم مسلحون قرية قرب مدينة سامراء فجر اليوم فقتلوا سبعة من سكانها", 7),
    ("هاجم مسلحون دورية للجيش قرب مدينة بيجي أمس وقتلوا ستة منهم", 6),
    ("قتل مسلحون مجهولون خمسة رعاة في بادية الأنبار أمس", 5),
    ("قتل مسلحون ثمانية عمال في مقلع قرب مدينة الرطبة أمس", 8),
    # round 48: a bound between the verb and its count ("وقتلوا أكثر من 40 جنديا")
    ("هاجم مسلحون معسكرا للجيش قرب مدينة تكريت أمس وقتلوا أكثر من 40 جنديا", 40),
    ("اقتحم مسلحون قرية قرب مدينة بعقوبة أمس وقتلوا نحو 15 من سكانها", 15),
    # a lone or dual victim noun after such a verb ("فقتلوا ضابطا", "وقتلوا جنديين")
    ("هاجم مسلحون دورية للجيش قرب مدينة حديثة أمس وقتلوا جنديين", 2),
    ("أطلق مسلحون النار على سيارة للشرطة في مدينة الموصل أمس فقتلوا ضابطا", 1),
])
def test_the_dead_counted_after_an_active_killing_verb(text: str, dead: int) -> None:
    evs = news(text)
    assert evs, text
    assert evs[0].fatalities == dead, text


@pytest.mark.parametrize("text", [
    "قتل خمسة أشخاص في قصف على حي بمدينة الموصل أمس، ثلاثة منهم أطفال",
    "قتل عشرة مدنيين أمس في غارة على بلدة القائم، أربعة منهم نساء",
])
def test_a_share_of_the_dead_is_not_more_dead(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].fatalities in (5, 10), text


@pytest.mark.parametrize(("text", "sub"), [
    ("أوقف مسلحون حافلة على الطريق الدولي قرب مدينة الرمادي أمس وأطلقوا النار على ركابها فقتلوا اثنين منهم", "Attack"),
    ("أوقف مسلحون شاحنة على طريق بغداد كركوك أمس وأحرقوها", None),
    ("أوقفت القوات سيارة قرب الحدود في قضاء القائم أمس وفتشتها", None),
])
def test_a_vehicle_stopped_detains_nobody(text: str, sub: str | None) -> None:
    subs = [e.sub_event_type for e in news(text)]
    assert "Arrests" not in subs and "Abduction/forced disappearance" not in subs, text
    if sub:
        assert sub in subs, text


@pytest.mark.parametrize("text", [
    "أوقفت الشرطة سائق سيارة في مدينة كركوك أمس بتهمة الانتماء إلى تنظيم داعش",
    "أوقفت قوات الأمن ركاب حافلة في مدينة تكريت أمس للاشتباه بانتمائهم إلى داعش",
])
def test_the_people_of_a_vehicle_are_detained(text: str) -> None:
    subs = [e.sub_event_type for e in news(text)]
    assert "Arrests" in subs, text


def test_workers_carried_by_a_vehicle_fired_on_are_its_victims() -> None:
    evs = news("أطلق مسلحون النار على سيارة تقل عمالا في قضاء الطوز أمس")
    assert evs and actor2(evs[0]) == "Civilians (Iraq)"


@pytest.mark.parametrize("text", [
    "دمرت القوات الأمنية مقرا لتنظيم داعش في قضاء هيت أمس، مما أسفر عن مقتل عشرة من مسلحيه",
    "دمرت قوات البيشمركة مخزنا للأسلحة قرب بلدة سنجار فجر اليوم وقتل خمسة من عناصر داعش",
])
def test_a_destruction_that_kills_is_a_fight(text: str) -> None:
    subs = [e.sub_event_type for e in news(text)]
    assert "Armed clash" in subs and "Looting/property destruction" not in subs, (text, subs)


def test_a_destruction_without_deaths_stays_one() -> None:
    subs = [e.sub_event_type for e in news("دمر مسلحو داعش كنيسة أثرية في قرية قرب الموصل أمس")]
    assert subs == ["Looting/property destruction"]


def test_a_service_halted_past_a_comma_detains_nobody() -> None:
    evs = news("وأوقفت الدول التي قطعت العلاقات أمس في مدينة الدوحة، الرحلات الجوية منها وإليها.")
    assert not [e for e in evs if e.sub_event_type == "Arrests"]


@pytest.mark.parametrize("text", [
    # the number before a verb counts its subject, not incidents (round 34)
    "وقال المرصد إن خمسة من المقاتلين الـ60 خطفوا مساء أمس على أيدي جبهة النصرة.",
    "وأكد مصدر أن عشرة من العناصر الـ40 خطفوا فجر أمس على أيدي تنظيم داعش.",
])
def test_a_number_before_a_verb_counts_people_not_incidents(text: str) -> None:
    evs = news(text)
    assert evs and not any(e.aggregate for e in evs), [(e.sub_event_type, e.aggregate) for e in evs]


@pytest.mark.parametrize(("text", "dead"), [
    # round 43: the pronoun on the death met counts the dead when nothing else does
    ("لقي سائق أجرة مصرعه في انفجار عبوة ناسفة في مدينة كركوك أمس", 1),
    ("لقي مزارع وابنه مصرعهما بنيران مسلحين قرب مدينة بعقوبة أمس", 2),
    ("لقيت معلمة حتفها في قصف على بلدة سرمين أمس", 1),
    ("لقي 4 أشخاص مصرعهم في انفجار عبوة ناسفة في مدينة كركوك أمس", 4),  # the number counts, not the pronoun
])
def test_the_pronoun_on_the_death_met_counts_the_dead(text: str, dead: int) -> None:
    evs = news(text)
    assert evs, text
    assert evs[0].fatalities == dead, text


@pytest.mark.parametrize(("text", "dead"), [
    # round 50: a young man, a girl, two young men named by a singular or a dual next to a death word
    ("قتل شاب برصاص قناص في حي الوعر بمدينة حمص أمس", 1),
    ("قتلت فتاة بقذيفة هاون سقطت على حي باب توما في دمشق أمس", 1),
    ("قتل شابان بانفجار لغم أرضي قرب بلدة تلعفر أمس", 2),
])
def test_a_lone_victim_noun_counts_one_or_two(text: str, dead: int) -> None:
    evs = news(text)
    assert evs, text
    assert evs[0].fatalities == dead, text


@pytest.mark.parametrize(("text", "dead"), [
    # round 50: one of a group ("أحد", "إحدى") counts one, its death word before it or after the group
    ("قتل أحد عناصر الشرطة بانفجار عبوة ناسفة في مدينة الرمادي أمس", 1),
    ("وقالت الشرطة إن أحد رجال الأمن قتل في اشتباك مع مسلحين قرب مدينة الرطبة أمس", 1),
    ("وأسفر القصف عن مقتل إحدى النساء في بلدة كفرنبل أمس", 1),
    ("انفجرت عبوة ناسفة قرب دورية للشرطة في مدينة الرمادي أمس، ولم يقتل أحد في الانفجار", None),  # anyone
])
def test_one_of_a_group_counts_one(text: str, dead: int | None) -> None:
    evs = news(text)
    assert evs, text
    assert evs[0].fatalities == dead, text


@pytest.mark.parametrize("text", [
    # round 50: a word of "every" before a singular makes it anyone of its kind, nobody counted
    "وقال سكان إن التنظيم يعاقب بالقتل كل شاب يحاول الفرار من المدينة، واعتقل أمس عشرة رجال في مدينة الحويجة.",
    "وهدد التنظيم بقتل أي شخص يتعاون مع القوات الحكومية، وخطف أمس عشرة رجال في مدينة الحويجة.",
])
def test_anyone_of_a_kind_is_no_toll(text: str) -> None:
    evs = news(text)
    assert evs, text
    assert all(e.fatalities is None for e in evs), [(e.sub_event_type, e.fatalities) for e in evs]


@pytest.mark.parametrize("text", [
    # round 46: the dead of "an attack by car bombs": the noun and its means tell one incident, the toll
    # is that incident's whether or not a day is told
    "أفاد مسعفون بأن 17 من عناصر الجيش قتلوا، وجرح 20 آخرين، في هجوم بسيارات مفخخة على موقع عسكري بمحافظة "
    "شمال سيناء.",
    "أفاد مسعفون بأن 17 من عناصر الجيش قتلوا في هجوم بسيارات مفخخة على موقع عسكري بمحافظة شمال سيناء.",
    "أفاد مسعفون بأن 17 من عناصر الجيش قتلوا، وجرح 20 آخرون، في هجوم بسيارات مفخخة على موقع عسكري بمحافظة "
    "شمال سيناء أمس.",
])
def test_the_toll_of_an_attack_by_its_means(text: str) -> None:
    found = news(text, date(2017, 7, 8))
    assert [(e.sub_event_type, e.fatalities) for e in found] == [("Remote explosive/landmine/IED", 17)]


@pytest.mark.parametrize("text", [
    # round 48: the men of a group right after the killing verb killed the people counted after them
    "قتل مسلحون من تنظيم الدولة 30 شخصا في قرية قرب مدينة الرقة أمس",
    "قتل عناصر من تنظيم الدولة 12 مدنيا في بلدة قرب مدينة تدمر أمس",
    "قتل مقاتلو تنظيم الدولة 20 شخصا في قرية قرب مدينة دير الزور أمس",
])
def test_the_men_of_a_group_killed(text: str) -> None:
    evs = news(text)
    assert [(e.actor1.name if e.actor1 else None, e.fatalities is not None) for e in evs] == [("Islamic State", True)]


def test_soldiers_of_an_army_killed() -> None:
    """"قتل جنود من الجيش العراقي خمسة مسلحين": the men of the force named with "من" killed."""
    evs = news("قتل جنود من الجيش العراقي خمسة مسلحين في اشتباك قرب مدينة الفلوجة أمس")
    assert [(e.actor1.name if e.actor1 else None, e.fatalities) for e in evs] == [("Military Forces of Iraq", 5)]


@pytest.mark.parametrize("text", [
    # round 50: what counted raids dropped, told right after their cue, is their means, no incident
    "وأحصى المرصد نحو 200 غارة جوية بالصواريخ والبراميل المتفجرة نفذتها طائرات النظام على ريف إدلب خلال الأسبوع الماضي.",
    "ووثق ناشطون أكثر من 90 ضربة بالقذائف والبراميل المتفجرة على أحياء مدينة داريا خلال الأيام الثلاثة الماضية.",
])
def test_the_means_of_counted_raids_is_no_incident(text: str) -> None:
    assert events(text) and not news(text), [(e.sub_event_type, e.aggregate) for e in events(text)]


@pytest.mark.parametrize(("text", "sub", "dead"), [
    # round 50: the toll of a fight that is no record of its own goes to the incident of its kind told
    # before it in the sentence
    ("استعادت القوات الحكومية أمس السيطرة على بلدة الحصن بعد مواجهات مع مسلحي التنظيم أسفرت عن مقتل 12 منهم.",
     "Government regains territory", 12),
    ("دمرت طائرات التحالف أمس مخزنا للأسلحة في قرية قرب مدينة الشدادي، وقتل إثر الغارة ثمانية مسلحين من التنظيم.",
     "Air/drone strike", 8),
])
def test_the_toll_of_a_fight_goes_to_the_incident_before_it(text: str, sub: str, dead: int) -> None:
    assert [(e.sub_event_type, e.fatalities) for e in news(text)] == [(sub, dead)]


@pytest.mark.parametrize("text", [
    # round 50: an arrest kills nobody: the dead told beside it are another deed's
    "اعتقلت الشرطة التركية أمس ثلاثة أشخاص يشتبه في تورطهم في قتل شرطيين بمدينة شانلي أورفة.",
    "قتل أكثر من مئة شخص خلال محاولة انقلاب فاشلة في أنقرة ليل الجمعة، وقالت الحكومة التركية إنها اعتقلت ألف عسكري.",
])
def test_an_arrest_has_no_toll(text: str) -> None:
    arrests = [e for e in news(text) if e.sub_event_type == "Arrests"]
    assert arrests and all(e.fatalities is None for e in arrests), [(e.sub_event_type, e.fatalities) for e in news(text)]

