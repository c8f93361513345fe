"""What the words around an incident noun say of it (round 17): plural strikes over the days up to
the present; those days lend no date to the lead; the agent joined with ل after the words that
describe the noun; the agent of a patient noun whose victim follows with ل; a post that belongs
to a party; the motive of a protest; the members of a list opened by "منها"; a verb that describes
an indefinite noun; one report and a denial; a relative clause about a person or a place; a
request. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, news, place

THURSDAY = date(2016, 5, 12)


@pytest.mark.parametrize(("text", "summary"), [
    ("شنت مقاتلات التحالف خلال الأيام الأربعة الماضية غارات متواصلة على مواقع التنظيم في مدينة منبج.", True),
    ("شهدت مدينة الباب في الأيام الخمسة الماضية تفجيرات بسيارات مفخخة.", True),
    ("تواصلت المعارك في حي جوبر خلال الأيام الأربعة الماضية بين قوات النظام وفصائل المعارضة.", False),
    ("شنت مقاتلات التحالف غارات على مواقع التنظيم في مدينة منبج أمس.", False),
])
def test_plural_strikes_over_the_days_up_to_the_present_are_a_summary(text: str, summary: bool) -> None:
    evs = events(text)
    assert evs and all(e.aggregate == summary for e in evs), [(e.sub_event_type, e.event_date, e.aggregate) for e in evs]


def test_the_days_up_to_the_present_lend_no_date_to_the_lead() -> None:
    text = ("قتل 12 مسلحا في غارة للتحالف على اجتماع لقادة التنظيم في مدينة الباب. "
            "وتعرضت المدينة خلال الأيام الأربعة الماضية لغارات متواصلة.")
    lead = [e for e in news(text) if e.fatalities == 12]
    assert [e.event_date for e in lead] == [THURSDAY], [(e.sub_event_type, e.event_date, e.aggregate) for e in events(text)]


@pytest.mark.parametrize(("text", "agent", "target"), [
    ("قتل خمسة مدنيين في قصف عنيف لقوات النظام على بلدة كفرنبل أمس.", "Military Forces of Syria", None),
    ("شهدت مدينة الرقة أمس غارات مكثفة للتحالف الدولي على مقرات تنظيم داعش.",
     "International Coalition (Operation Inherent Resolve)", "Islamic State"),
])
def test_the_agent_joined_with_lam_after_the_words_that_describe_the_noun(text: str, agent: str, target: str | None) -> None:
    """The agent is no target ("قوات النظام" after ل), and the target after "على" stays one."""
    evs = news(text)
    assert [(actor1(e), actor2(e)) for e in evs] == [(agent, target)], [(actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize("text", [
    "وأكد ناشطون خطف تنظيم داعش لعشرين مدنيا من بلدة القريتين أمس.",
    "وأكد ناشطون إعدام تنظيم داعش لسبعة أشخاص في مدينة الميادين أمس.",
])
def test_the_complement_of_a_patient_noun_whose_victim_follows_with_lam_is_its_agent(text: str) -> None:
    evs = news(text)
    assert [actor1(e) for e in evs] == ["Islamic State"], [(e.sub_event_type, actor1(e), actor2(e)) for e in evs]


@pytest.mark.parametrize(("text", "target"), [
    ("انفجرت سيارة مفخخة عند نقطة تفتيش تابعة للجيش الحر في بلدة إعزاز أمس.", "Free Syrian Army"),
    ("انفجرت سيارة مفخخة عند نقطة تفتيش في بلدة إعزاز أمس.", "Military Forces of Syria"),
])
def test_a_post_stands_for_the_forces_it_belongs_to(text: str, target: str) -> None:
    assert [actor2(e) for e in news(text)] == [target]


def test_the_motive_of_a_protest_is_no_second_protest() -> None:
    text = "تظاهر مئات الطلاب في مدينة السليمانية أمس احتجاجا على الغارات التركية في شمال العراق."
    evs = [e for e in news(text) if e.event_type == "Protests"]
    assert [place(e) for e in evs] == ["Sulaymaniyah"], [(e.sub_event_type, place(e)) for e in events(text)]


def test_the_members_of_a_list_opened_by_minha_are_its_places() -> None:
    text = "خرجت أمس مظاهرات في مدينة الموصل ومدن أخرى، منها تكريت وسامراء، للمطالبة بتحسين الخدمات."
    assert sorted(place(e) or "" for e in news(text)) == ["Mosul", "Sāmarrā’", "Tikrīt"], \
        [(e.sub_event_type, place(e)) for e in events(text)]


def test_a_verb_after_an_indefinite_noun_and_its_description_goes_on_with_it() -> None:
    text = "نفذت القوات العراقية عملية عسكرية واسعة النطاق فجر اليوم استهدفت مواقع تنظيم داعش في مدينة بيجي."
    assert [e.event_type for e in news(text)] == ["Battles"], [(e.sub_event_type, actor1(e)) for e in events(text)]


def test_a_report_and_a_denial_of_one_incident_are_one_alleged_record() -> None:
    text = ("وقال المرصد السوري إن عناصر من جبهة النصرة خطفوا أمس سبعة مقاتلين من الجيش الحر في بلدة إعزاز. "
            "ونفت قيادة الجيش الحر خطف جبهة النصرة لمقاتليها في إعزاز.")
    evs = news(text)
    assert [(actor1(e), e.modality) for e in evs] == [("Jabhat al-Nusra", "alleged")], \
        [(actor1(e), actor2(e), e.modality) for e in evs]


def test_a_relative_clause_about_a_person_with_no_day_of_its_own_is_background() -> None:
    text = ("قتل ثلاثة جنود في هجوم على حاجز في مدينة العريش أمس. "
            "وقال محامي الصحفية البريطانية التي اختطفت في مدينة رفح إنها لم تكن متواطئة مع خاطفيها.")
    kinds = [(e.sub_event_type, e.background) for e in events(text)]
    assert ("Abduction/forced disappearance", True) in kinds and ("Abduction/forced disappearance", False) not in kinds, kinds


def test_a_relative_clause_about_a_place_tells_the_news() -> None:
    text = ("قصفت قوات النظام أحياء في مدينة حمص أمس، فضلا عن بلدة تلبيسة التي استهدفت قوات النظام مناطق سكنية فيها.")
    fresh = [place(e) for e in news(text)]
    assert "Talbiseh" in fresh or "Tallbīsah" in fresh, [(place(e), e.background) for e in events(text)]


def test_a_request_to_take_a_place_is_no_takeover() -> None:
    text = "ورفضت واشنطن طلبا تركيا بالسيطرة على شريط حدودي داخل سوريا."
    assert not news(text), [(e.sub_event_type, actor1(e)) for e in events(text)]
