"""A teller whose reported clause opens with a subject of its own ("قالت الشرطة إن رجلا ...") tells
of another's deed: it is no party to it; one whose clause names its own men ("إن عناصرها",
"إن قواته") did it (round 50). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news


@pytest.mark.parametrize(("text", "who"), [
    ("وقالت الشرطة الفرنسية إن رجلا في الأربعين أصيب بجروح خطيرة بعد أن هاجمه شخصان بسكين في مدينة مرسيليا أمس.",
     "Unidentified Armed Group (France)"),
    ("وقالت الشرطة الماليزية إن دبلوماسيا سابقا توفي بعد أن هاجمته امرأتان بمادة سامة في مطار كوالالمبور أمس.",
     None),
    # the teller's own men
    ("وقالت الشرطة التركية إن عناصرها اشتبكوا مع مسلحين في مدينة ديار بكر أمس.", "Police Forces of Turkey"),
    ("وقال الجيش العراقي إن قواته قصفت مواقع لتنظيم داعش في قضاء الحويجة أمس.", "Military Forces of Iraq"),
])
def test_a_teller_of_anothers_deed_is_no_party(text: str, who: str | None) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) == who


def test_a_party_in_the_tellers_subject_is_no_victim() -> None:
    """"أعلنت القيادة العامة لقوات التحالف أن ...": the coalition tells of its soldier's death."""
    evs = news("وأعلنت القيادة العامة لقوات التحالف أن أحد منسوبي القوات المسلحة استشهد إثر سقوط مقذوف أطلقته "
               "الميليشيات الحوثية على موقع عسكري بمنطقة جازان مساء أمس.")
    assert [(e.sub_event_type, actor2(e), e.fatalities) for e in evs] == [
        ("Shelling/artillery/missile attack", "Military Forces of Saudi Arabia", 1)]


def test_we_killed_in_a_spokesmans_words() -> None:
    """"قتلنا": a killing verb in the first person counts the dead after it; the state force that
    speaks of the enemy's dead fought them."""
    evs = news("وقال المتحدث باسم قيادة العمليات المشتركة: \"قتلنا أكثر من 40 مسلحا من تنظيم داعش في معارك "
               "حي الشفاء أمس\".")
    assert [(e.sub_event_type, actor1(e), actor2(e), e.fatalities) for e in evs] == [
        ("Armed clash", "Military Forces of Iraq", "Islamic State", 40)]


def test_the_speakers_own_force_did_it() -> None:
    """"قال الجيش إن طائراته قصفت": a force noun with the speaker's pronoun names the speaker's force."""
    evs = news("وقال الجيش المصري إن مقاتلاته قصفت أمس معسكرات لتدريب المسلحين قرب مدينة سرت الليبية.")
    assert [(e.sub_event_type, actor1(e)) for e in evs] == [("Air/drone strike", "Military Forces of Egypt")]

