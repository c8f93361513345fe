"""Round 21: what a sentence tells as told before. Recall openings of the "as is known" kind make
background; a time after a cause the cue's own clause gives ("ردا على مقتل جنود يوم الاثنين")
dates that cause, not the cue; a place told as where ("في X") between an incident noun and the
verb that describes it keeps one incident; a shelling told after a sentence whose incident names
no party takes the parties of the one before. Sentences written for these tests."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from event_support import PUB, actor1, events, news, place
from marsad.models import Article, Event
from marsad.pipeline import extract_events


@pytest.mark.parametrize("text", [
    "وكما هو معروف فقد استهدف هجوم مسلح فندقا في مدينة المكلا وقتل فيه عشرة أشخاص.",
    "ومن المعروف أن التنظيم فجر سيارة مفخخة في سوق مدينة الخالص.",
    "يذكر بأن مسلحين هاجموا نقطة للشرطة في مدينة الرمادي.",
])
def test_a_recall_opening_makes_background(text: str) -> None:
    evs = events(text)
    assert evs and all(e.background for e in evs), [(e.sub_event_type, e.background) for e in evs]


def test_a_time_after_a_cause_in_the_cues_own_clause_dates_the_cause() -> None:
    text = "وقصفت المدفعية التركية مواقع المسلحين في جبال قنديل ردا على مقتل ثلاثة جنود أتراك يوم الاثنين."
    shelled = [e for e in news(text) if e.sub_event_type == "Shelling/artillery/missile attack"]
    monday = PUB - timedelta(days=3)
    assert shelled and all(e.event_date != monday for e in shelled), [(e.sub_event_type, e.event_date) for e in events(text)]


@pytest.mark.parametrize("text", [
    "ويأتي ذلك بعد يومين على تفجير انتحاري في بلدة الخالص (شمال بعقوبة) استهدف سوقا شعبيا.",
    "وتأتي الحملة بعد يومين على هجوم مسلح في مدينة كركوك استهدف دورية للشرطة.",
])
def test_a_place_told_as_where_between_the_noun_and_its_verb_keeps_one_incident(text: str) -> None:
    """The verb describes the incident the noun names, two days before: one record, of that day."""
    evs = news(text)
    assert [e.event_date for e in evs] == [PUB - timedelta(days=2)], [(e.sub_event_type, e.event_date, place(e)) for e in evs]


def test_a_shelling_goes_on_with_the_parties_of_the_incident_before_one_that_names_none() -> None:
    """The summary of the first sentence names no party; the verb before it does."""
    text = ("أمطرت فصائل المعارضة، خمس قرى محاصرة في شمال غرب سوريا بالقذائف الصاروخية أمس. "
            "ووثق المرصد مقتل ستة أشخاص في أكثر من مئة قذيفة هاون سقطت على بلدتي الفوعة وكفريا.")
    towns = [e for e in news(text) if place(e) in ("Al-Fuah", "Kafriya")]
    assert len(towns) == 2 and all(actor1(e) == "Opposition Rebels (Syria)" for e in towns), \
        [(place(e), actor1(e), e.aggregate) for e in events(text)]


@pytest.mark.parametrize("text", [
    "قصفت مقاتلات تركية أمس مواقع للمسلحين في جبال قنديل. وذكرت الخارجية التركية اليوم أن الأهداف التي قصفت توجد في مناطق خالية من السكان.",
    "أغارت طائرات التحالف أمس على مخازن للتنظيم قرب مدينة البوكمال. وأوضح البيان أن المواقع التي استهدفت كانت تستخدم لتخزين الأسلحة.",
])
def test_a_relative_clause_about_what_was_hit_tells_the_strike_told_before(text: str) -> None:
    evs = news(text)
    assert len(evs) == 1, [(e.sub_event_type, e.event_date, place(e)) for e in evs]


def test_the_places_before_the_days_elapsed_are_those_of_what_the_sentence_tells() -> None:
    """Round 24: "غارات في سوريا بعد أربعة أيام على تفجير انتحاري": Syria is where the raids were."""
    text = "وشنت المقاتلات التركية أمس غارات على مواقع التنظيم في سوريا بعد أربعة أيام على تفجير انتحاري تبناه تنظيم داعش."
    evs = events(text)
    # (Turkey's aircraft in Syria alone strike at their border: Syria's side of it, round 36)
    assert [place(e) for e in evs if e.sub_event_type == "Air/drone strike"] == ["Syria-Turkey border (Syrian side)"]
    assert all(place(e) != "Syria" for e in evs if e.sub_event_type == "Suicide bomb"), [(e.sub_event_type, place(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "بدأت المحكمة أمس محاكمة 14 متهما في تفجير استهدف مسجدا في مدينة الكويت.",
    "أصدرت محكمة الجنايات أمس أحكاما بالسجن على المتهمين في الهجوم على مركز للشرطة في مدينة الدمام.",
])
def test_the_incident_a_court_tries_was_done_before(text: str) -> None:
    """Round 25: the bombing a court tries is context, whatever day the trial has."""
    evs = events(text)
    assert evs and all(e.background for e in evs), [(e.sub_event_type, e.background) for e in evs]


@pytest.mark.parametrize("text", [
    "وخطف مسلحون من جبهة النصرة ثمانية مقاتلين من فصيل معارض قرب مدينة إعزاز بريف حلب الشمالي يوم الأحد.\n\n"
    "وبثت جبهة النصرة أمس شريطا مصورا تؤكد فيه قيامها هذا الأسبوع بخطف مقاتلين من الفصيل في سوريا.",
    "وخطف مسلحون من جبهة النصرة ثمانية مقاتلين من فصيل معارض قرب مدينة إعزاز بريف حلب الشمالي يوم الأحد.\n\n"
    "وأكدت جبهة النصرة في بيان أمس أنها خطفت هذا الأسبوع مقاتلين من الفصيل في سوريا.",
])
def test_an_act_dated_by_its_week_is_the_one_told_on_a_day_of_it(text: str) -> None:
    """"قيامها هذا الأسبوع بخطف ...": a week as a whole dates the abduction told before on one of its days."""
    evs = news(text)
    assert len(evs) == 1, [(e.sub_event_type, e.event_date, place(e)) for e in evs]
    assert evs[0].event_date == PUB - timedelta(days=4)


def test_two_acts_weeks_apart_stay_two() -> None:
    text = ("وخطف مسلحون من جبهة النصرة ثمانية مقاتلين من فصيل معارض قرب مدينة إعزاز بريف حلب الشمالي يوم الثلاثاء.\n\n"
            "وكانت جبهة النصرة خطفت الشهر الماضي مقاتلين من الفصيل نفسه في سوريا.")
    assert len([e for e in events(text) if e.sub_event_type == "Abduction/forced disappearance"]) == 2


def _titled(title: str, body: str, published: date | None = PUB) -> list[Event]:
    return extract_events(Article(id="t", title=title, body=body, published=published, language="ar"))


@pytest.mark.parametrize("published", [PUB, None])
def test_the_pluperfect_recap_of_the_headline_s_incident_is_news(published: date | None) -> None:
    """"وكان مسلحون قد هاجموا حاجزا": the body's pluperfect recaps what the headline tells; the
    headline makes it the article's news (BBC's way of telling the incident after its sequel)."""
    evs = _titled("مقتل ثلاثة جنود في هجوم على حاجز قرب مدينة الرمادي",
                  "أعلنت السلطات العراقية اليوم فتح تحقيق. وكان مسلحون قد هاجموا حاجزا للجيش قرب مدينة الرمادي وقتلوا ثلاثة جنود.",
                  published)
    assert [(e.sub_event_type, e.background) for e in evs] == [("Armed clash", False)]


def test_a_headline_keeps_an_incident_of_years_ago_in_the_background() -> None:
    evs = _titled("الحكم بإعدام 27 مدانا في قضية مجزرة سبايكر",
                  "أصدرت محكمة عراقية اليوم أحكاما بإعدام 27 شخصا. وكان مسلحو التنظيم قد قتلوا مئات الجنود في قاعدة سبايكر في يونيو 2014.")
    assert all(e.background for e in evs if e.event_date is not None and e.event_date.year == 2014)


def test_a_headline_joins_the_incident_told_rather_than_a_quoted_mention_of_it() -> None:
    """A headline placed in the region joins the incident the body tells in its town, not a quoted
    words of it (a reference that only merges) placed in the region too."""
    evs = _titled("مغردون يدينون التفجير الإرهابي في منطقة عسير",
                  "أدان مغردون اليوم الخميس تفجيرا استهدف مسجدا لقوات الطوارئ في مدينة أبها. "
                  "وكتب أحد المغردين: \"استهداف رجال الأمن في منطقة عسير جريمة\".")
    assert [place(e) for e in evs if not e.background] == ["Abha"]


def test_what_the_news_follows_told_with_its_own_day_is_news_too() -> None:
    """"ويأتي التفتيش في أعقاب اعتقال 12 شخصا الأحد": the incident the news comes after, told with a
    day of the week of its own, is the week's news, not background."""
    text = ("وفتشت الشرطة منزلين في مدينة الموصل صباح اليوم. "
            "وتأتي المداهمة في أعقاب اعتقال تسعة أشخاص في مدينة الموصل يوم الثلاثاء.")
    arrests = [e for e in events(text) if e.event_date == PUB - timedelta(days=2)]
    assert [(e.sub_event_type, e.background) for e in arrests] == [("Arrests", False)]


def test_what_the_news_follows_weeks_before_stays_background() -> None:
    text = ("وقصفت الطائرات مدينة الرقة اليوم. "
            "ويأتي هذا القصف بعد أسابيع من تفجير انتحاري في مدينة الرقة.")
    assert [e.background for e in events(text) if e.sub_event_type == "Suicide bomb"] in ([True], [])


@pytest.mark.parametrize("text", [
    "وخطف مسلحون من جبهة النصرة عشرة مقاتلين من جيش الإسلام قرب مدينة إعزاز بريف حلب الشمالي يوم الأحد.\n\n"
    "وأكدت جبهة النصرة في بيان أمس أنها خطفت هذا الأسبوع مقاتلين من المعارضة في سوريا.",
    "وخطف مسلحون من جبهة النصرة عشرة مقاتلين من المعارضة قرب مدينة إعزاز بريف حلب الشمالي يوم الأحد.\n\n"
    "وأكدت جبهة النصرة في بيان أمس أنها خطفت هذا الأسبوع مقاتلين من جيش الإسلام في سوريا.",
])
def test_a_faction_and_its_umbrella_are_one_party_told_twice(text: str) -> None:
    """Round 40: the men of a named faction told again as "the opposition" (or the other way
    round) are one abduction, and the record names the faction."""
    evs = news(text)
    assert len(evs) == 1, [(e.sub_event_type, e.event_date, e.actor2 and e.actor2.name) for e in evs]
    assert evs[0].actor2 is not None and evs[0].actor2.name == "Jaish al-Islam"
