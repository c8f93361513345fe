"""Words of incidents used for something else: an incident expected, a policy, a ban, a figure
of speech, a sentence of a court, control of what is no place, a crime of no conflict. One table
per pattern, on sentences written for these tests (none taken from an annotated article); each
table has guard rows where the same words tell an incident."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news
from marsad.models import Article
from marsad.pipeline import extract_events
from marsad.text.normalize import norm


def _subs(text: str) -> list[str]:
    return [e.sub_event_type for e in news(text)]


@pytest.mark.parametrize("text", [
    "وحذرت أنقرة الأربعاء من معركة شاملة وشيكة ضد مقاتلي داعش في شمال سوريا.",
    "وتستعد القوات العراقية للهجوم المرتقب على مدينة الفلوجة بعد عيد الفطر.",
    "وناقش الوزراء في بغداد أمس الهجمات المحتملة على خطوط النفط في كركوك.",
    "وتحدث القائد عن غارات جوية متوقعة على مواقع التنظيم في مدينة الرقة خلال الأيام المقبلة.",
])
def test_an_incident_expected_is_none_told(text: str) -> None:
    """"معركة وشيكة", "الهجوم المرتقب": a noun of an incident with an adjective of expectation after it."""
    assert _subs(text) == []


@pytest.mark.parametrize(("text", "subs"), [
    ("وقصفت الطائرات أمس مواقع التنظيم في مدينة الرقة، في ضربة متوقعة منذ أسابيع.", ["Air/drone strike"]),
    ("وقتل ثلاثة مدنيين في هجوم شنه مسلحون على سوق قرب مدينة الرمادي أمس.", ["Attack"]),
])
def test_an_incident_told_stays_with_an_expected_word_elsewhere(text: str, subs: list[str]) -> None:
    assert _subs(text) == subs


@pytest.mark.parametrize("text", [
    "وطالب الوزير اليوم طهران بالتخلي عن سياسة الاعتداء على جيرانها في الخليج.",
    "وانتقد النائب أمس استراتيجية القصف العشوائي التي تتبعها الحكومة في مدينة الفلوجة.",
    "وقال الكاتب إن نهج الاغتيالات الذي يتبعه التنظيم في مدينة درعا منذ أمس لن يدوم.",
])
def test_a_policy_of_an_act_is_no_incident(text: str) -> None:
    """"سياسة الاعتداء", "استراتيجية القصف": an act named as a policy, a strategy or a way."""
    assert _subs(text) == []


@pytest.mark.parametrize("text", [
    "وقررت السلطات التركية أمس منع التظاهر في إسطنبول.",
    "وأعلنت الحكومة حظر المظاهرات في مدينة البصرة حتى إشعار آخر.",
    "وأصدر المحافظ قرارا يمنع الاعتصامات أمام مبنى المحافظة في مدينة الكوت.",
])
def test_a_ban_on_protests_is_no_protest(text: str) -> None:
    """"منع التظاهر", "حظر المظاهرات": a protest banned is none held."""
    assert _subs(text) == []


def test_a_protest_against_a_ban_is_a_protest() -> None:
    text = "وتظاهر مئات الطلاب أمس في مدينة البصرة احتجاجا على منع التظاهر في الجامعات."
    assert _subs(text) == ["Peaceful protest"]


@pytest.mark.parametrize("text", [
    "وسدد الوزير أمس ضربة قاضية لخصومه في بغداد.",
    "وقال النائب إن مكمن الخطر في مدينة الموصل هو غياب الخدمات.",
    "وقال النائب أمس إن مكمن الخلل في مدينة الرمادي سياسي.",
])
def test_a_figure_of_speech_is_no_incident(text: str) -> None:
    """"ضربة قاضية" (a knockout), "مكمن الخطر" (where the danger lies)."""
    assert _subs(text) == []


def test_an_ambush_is_still_an_ambush() -> None:
    assert _subs("وقتل خمسة جنود في مكمن نصبه مسلحون على طريق قرب مدينة الرمادي أمس.") != []


@pytest.mark.parametrize("text", [
    "وقال المعارض إن القضاء في القاهرة يحكم بإعدام المعارضين.",
    "وقضت محكمة في بغداد أمس بإعدام خمسة مدانين بالإرهاب.",
    "وحكمت المحكمة الجنائية في بغداد أمس بالإعدام على ثلاثة متهمين.",
])
def test_a_death_sentence_is_no_execution(text: str) -> None:
    """A court that sentences to death ("يحكم بإعدام", "قضت بإعدام") kills nobody yet."""
    assert _subs(text) == []


@pytest.mark.parametrize("text", [
    "وتعهد الجيش بإنهاء سيطرة المسلحين على الاقتصاد في مدينة الموصل.",
    "وقال المتحدث إن التحالف يسيطر على الأجواء في شمال العراق منذ أشهر.",
    "وطالب النواب أمس بإنهاء سيطرة الأحزاب على القوة الجوية في مدينة بغداد.",
])
def test_control_of_what_is_no_place_is_no_takeover(text: str) -> None:
    """Control of the economy or of the air ("سيطرة المسلحين على الاقتصاد") is no change of territory."""
    assert _subs(text) == []


def test_control_of_a_town_is_a_takeover() -> None:
    text = "وأعلن التنظيم أمس سيطرة مقاتليه على بلدة القريتين في ريف حمص الشرقي."
    assert _subs(text) == ["Non-state actor overtakes territory"]


@pytest.mark.parametrize("text", [
    "واعتدى رجل جنسيا على فتاة في بغداد أمس.",
    "وأوقفت الشرطة أمس رجلا متهما بالتحرش بفتيات في مدينة البصرة.",
])
def test_a_sexual_crime_of_no_armed_group_is_no_political_violence(text: str) -> None:
    assert [s for s in _subs(text) if s != "Arrests"] == []


def test_sexual_violence_by_an_armed_group_stays() -> None:
    text = "واعتدى مسلحو تنظيم داعش جنسيا على نساء إيزيديات في قرية قرب سنجار أمس."
    assert _subs(text) != []


@pytest.mark.parametrize("text", [
    "وطالب المجلس أمس بحماية المدنيين من الغارات الجوية في مدينة حلب.",
    "وتعتقد النساء أن ذلك يجعلهن محصنات ضد الاعتداءات في مدينة الرقة.",
])
def test_what_someone_is_protected_from_is_none_told(text: str) -> None:
    """"بحماية المدنيين من الغارات": an incident after من or ضد a few words after a word of protection."""
    assert _subs(text) == []


def test_people_who_flee_a_shelling_tell_it() -> None:
    assert _subs("وفر السكان إلى الملاجئ هربا من القصف على مدينة حلب أمس.") == ["Shelling/artillery/missile attack"]


@pytest.mark.parametrize("text", [
    "وأعلنت قيادة العمليات أمس مقتل 52 عنصرا من داعش وتدمير تسعة مستودعات للأسلحة في عمليات عسكرية في منطقة الحصيبة.",
    "وقصفت الطائرات مواقع التنظيم في مدينة بيجي أمس، وأسفر القصف عن مقتل عشرة مسلحين وتدمير مخازن للأسلحة.",
    "وذكرت قيادة العمليات أمس أن القصف أسفر عن مقتل 17 إرهابيا وتدمير سيارة مفخخة قرب قضاء بيجي.",
])
def test_weapons_stores_destroyed_in_a_fight_s_outcome_are_part_of_it(text: str) -> None:
    """"مقتل 30 مسلحا وتدمير خمسة مستودعات للأسلحة", "وتدمير سيارة مفخخة بقصف": the stores and the
    bomb are the fight's outcome."""
    assert "Disrupted weapons use" not in _subs(text) and _subs(text)


@pytest.mark.parametrize("text", [
    "وأعلنت الشرطة أمس ضبط مخازن للأسلحة في قرية قرب مدينة كركوك.",
    "ودمرت القوات الأمنية أمس سيارة مفخخة قبل وصولها إلى حاجز في مدينة الرمادي.",
])
def test_weapons_seized_or_destroyed_alone_are_disrupted(text: str) -> None:
    assert _subs(text) == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    "واعترف القائد في كلمته أمس بأن جنوده لم ينتصروا في كافة المعارك التي خاضوها في محافظة إدلب.",
    "وعزا المحافظ أمس تأخر الحسم في مدينة الرمادي إلى بطء المعارك وقلة السلاح.",
    "وقال النائب أمس إن الحشد هو القوة التي حققت النصر في ميادين القتال في محافظة صلاح الدين.",
    "وقال القائد أمس إن القوات حققت الكثير على طريق تحرير مدينة الموصل.",
])
def test_battles_in_general_are_no_incident(text: str) -> None:
    """"في كافة المعارك", "بطء المعارك", "ميادين القتال", "على طريق تحرير": battles as a whole, their
    pace, the fields of war, the road to a liberation."""
    assert _subs(text) == []


def test_battles_told_with_their_place_and_day_stay() -> None:
    assert _subs("ودارت معارك عنيفة أمس بين القوات العراقية وتنظيم داعش في مدينة الرمادي.") == ["Armed clash"]


@pytest.mark.parametrize("text", [
    "وبينت إحصاءات نشرت أمس أن 85 مقاتلا أجنبيا لقوا حتفهم في العراق إما في القتال أو في عمليات القصف.",
    "وقال التقرير أمس إن معظم الضحايا في مدينة حلب سقطوا إما بالقصف أو بالرصاص.",
])
def test_one_of_alternatives_is_no_incident(text: str) -> None:
    """"إما في القتال أو في عمليات القصف": the ways a count of people met its end."""
    assert _subs(text) == []


@pytest.mark.parametrize("text", [
    "وبدأ الوزير أمس محادثات في الدوحة لمناقشة المعركة ضد تنظيم داعش في سوريا والعراق.",
    "ووصل وزير الدفاع أمس إلى أربيل لبحث الحرب ضد التنظيم في شمال العراق.",
])
def test_the_war_on_a_party_as_a_whole_is_no_incident(text: str) -> None:
    """"المعركة ضد تنظيم داعش", "الحرب ضد التنظيم": the war as a whole, no fight of a day."""
    assert _subs(text) == []


def test_the_reason_of_a_non_event_quotes_its_phrase() -> None:
    """--explain names the phrase of `non_events` a cue stands in, not a fixed example."""
    dropped: list[tuple[str, str]] = []
    extract_events(Article(id="t", title=None, body="وسدد الوزير أمس ضربة قاضية لخصومه في بغداد.",
                           published=date(2016, 5, 12), language="ar"), dropped=dropped)
    assert any(norm("ضربة قاضية") in reason for _, reason in dropped), dropped
