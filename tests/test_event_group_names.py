"""Round 49: names that are not where something happened, and words the lexicons could not match.

- A place's name right after "عشيرة", "قبيلة" or "شهداء" names a tribe or an armed group ("لواء
  شهداء X"), not where the incident was (`grammar.yaml` `group_name_heads`).
- A name tied to a place of one country ("الشجرة بريف درعا") lies in that country, not in its
  namesake across the border.
- A lexicon phrase written with a sign inside it ("التحالف العربي - الدولي") matches the text as
  written: the phrase is framed as the text is.
- A verb in the future ("ستمدد", "سيستخدم") tells a plan, no incident.
- A country after the words of its border ("قرب حدود إيران") is a place, not a party.
- The agent joined with ل after "فاشل", "منسق" ("هجوم فاشل للمعارضة"); the dead singled out after
  "من بينهم" are the struck; a weapon an expert knows ("خبير في الأسلحة الكيماوية") is no means.

Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, news, place
from marsad.text import norm
from marsad.text.match import PhraseMatcher


@pytest.mark.parametrize(("text", "where"), [
    # the town after the group's name, not the camp its name recalls
    ("انفجرت عبوة ناسفة أمس قرب مقر للواء شهداء اليرموك في بلدة الشجرة بريف درعا الغربي.", "Ash Shajarah"),
    ("اشتبك مقاتلو المعارضة أمس مع كتيبة شهداء اليرموك في بلدة الشجرة بريف درعا الغربي.", "Ash Shajarah"),
    # the place the man was caught at, not his tribe's name
    ("اعتقلت قوات الأمن أمس شيخ عشيرة الملاحمة في منطقة الحامضية قرب الرمادي.", "Al-Hamidiya (Ramadi)"),
])
def test_a_name_after_a_tribe_or_martyrs_is_no_place(text: str, where: str) -> None:
    assert [place(e) for e in news(text)] == [where], [(e.sub_event_type, place(e)) for e in news(text)]


@pytest.mark.parametrize("text", [
    # guard: the place itself, after a locative word, is still where
    "انفجرت عبوة ناسفة أمس في مخيم اليرموك جنوب دمشق.",
])
def test_the_place_itself_still_counts(text: str) -> None:
    assert [place(e) for e in news(text)] == ["Yarmouk camp"]


def test_a_village_tied_to_a_syrian_town_is_in_syria() -> None:
    text = "سقطت قذائف هاون أمس على بلدة الشجرة بريف درعا الغربي."
    found = news(text)
    assert [(place(e), e.location.country if e.location else None) for e in found] == [("Ash Shajarah", "Syria")]


@pytest.mark.parametrize(("text", "maker"), [
    ("قتل عشرون مسلحا أمس في غارات للتحالف العربي - الدولي على مقرات لهم في ريف إدلب.",
     "International Coalition (Operation Inherent Resolve)"),
    ("قتل عشرون مسلحا أمس في غارات للتحالف العربي – الدولي على مقرات لهم في ريف إدلب.",
     "International Coalition (Operation Inherent Resolve)"),
    # guard: the Arab coalition alone is the Saudi-led one
    ("قتل عشرون مسلحا أمس في غارات للتحالف العربي على مواقع لهم في محافظة مأرب.", "Saudi-led Coalition"),
])
def test_a_phrase_with_a_dash_matches(text: str, maker: str) -> None:
    assert [actor1(e) for e in news(text)] == [maker]


def test_the_matcher_frames_a_phrase_as_the_text() -> None:
    m = PhraseMatcher([("صواريخ أرض - أرض", "ssm")])
    assert [x.payload for x in m.find_longest(norm("أطلقوا صواريخ أرض - أرض على المدينة"))] == ["ssm"]
    assert m.find_longest(norm("أطلقوا صواريخ أرض على المدينة")) == []


@pytest.mark.parametrize("text", [
    "قال الوزير أمس إن بلاده ستمدد حملتها الجوية ضد التنظيم في العراق، وستستخدم طائراتها في شن الضربات حتى نهاية العام.",
    "أكد المتحدث أمس أن الجيش سيستهدف مواقع المسلحين في الجبال بغارات جوية مكثفة.",
    "قال القائد أمس إن قواته سترد على أي قصف يطال القرى الحدودية.",
    # what a plan provided for
    "وقالت المصادر أمس إن العملية كانت تقضي باستهداف موكب القائد بعبوات ناسفة على طريق قرب مدينة الرقة.",
])
def test_a_verb_in_the_future_tells_no_incident(text: str) -> None:
    assert news(text) == [], [(e.sub_event_type, place(e)) for e in news(text)]


@pytest.mark.parametrize("text", [
    # guard: what was done, told beside what will be
    "شنت الطائرات أمس غارات على مواقع التنظيم قرب الموصل.",
])
def test_a_deed_done_is_still_told(text: str) -> None:
    assert len(news(text)) == 1


@pytest.mark.parametrize(("text", "maker"), [
    # the party joined with ل after the words that describe the attack made it
    ("أسفر هجوم فاشل للمعارضة أمس على قاعدة عسكرية في ريف حلب عن مقتل 25 من مقاتليها.", "Opposition Rebels (Syria)"),
    ("قتل 20 جنديا أمس في هجوم منسق لتنظيم داعش على ثكنة عسكرية قرب مدينة العريش.", "Islamic State"),
    # round 50: a second means joined to the first ("مدفعي وجوي")
    ("قتل تسعة مدنيين أمس في قصف مدفعي وجوي لقوات النظام على بلدة كفربطنا في الغوطة الشرقية.", "Military Forces of Syria"),
    # the factions named by their nationality before their side
    ("سيطرت فصائل سورية معارضة أمس على بلدة قباسين شمال شرقي حلب بعد طرد مسلحي تنظيم داعش منها.",
     "Opposition Rebels (Syria)"),
])
def test_the_agent_after_the_words_that_describe_an_attack(text: str, maker: str) -> None:
    assert [actor1(e) for e in news(text)] == [maker], [(e.sub_event_type, actor1(e)) for e in news(text)]


def test_the_dead_singled_out_after_among_are_the_struck() -> None:
    text = "أكد مصدر أمني مقتل 30 عنصرا من بينهم أربعة من قياديي داعش بعمليات عسكرية نفذت أمس جنوب الموصل."
    found = news(text)
    assert [(actor1(e), e.actor2.name if e.actor2 else None) for e in found] == [(None, "Islamic State")], \
        [(e.sub_event_type, actor1(e), e.actor2.name if e.actor2 else None) for e in found]


def test_a_weapon_an_expert_knows_is_no_means() -> None:
    text = "قتل خبير في الأسلحة الكيماوية تابع للتنظيم أمس في غارة جوية للتحالف الدولي قرب مدينة الموصل."
    assert [e.sub_event_type for e in news(text)] == ["Air/drone strike"]


@pytest.mark.parametrize("text", [
    # the country of a border is where, not a party whose soldiers the bare "جنود" would be
    "وفي ولاية هكاري قرب حدود إيران، أطلق مسلحون أمس النار على جنود.",
    "وعلى الحدود مع إيران، أطلق مسلحون أمس النار على جنود في ولاية هكاري.",
])
def test_the_country_of_a_border_is_a_place(text: str) -> None:
    assert [e.actor2.name if e.actor2 else None for e in news(text)] == ["Military Forces of Turkey"]
