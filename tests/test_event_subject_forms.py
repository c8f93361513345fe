"""Forms of news tuned in round 55: the dead counted after an active verb whose subject stands
before it; a site after a word of nearness, no object; where the doers come from; a description
between commas after the attackers or the claimer; people led away by a state's forces; a
headline's general attack over the incident its body tells. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor2, news, place
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2017, 4, 12)  # a Wednesday


def _article(title: str, body: str) -> list:
    found = extract_events(Article(id="t", title=title, body=body, published=PUB, language="ar"))
    return [e for e in found if not e.background and not e.aggregate]


@pytest.mark.parametrize("text, force", [
    ("قال متحدث عسكري إن مسلحين قتلوا أربعة جنود بالرصاص في مدينة الشيخ زويد أمس.", "Military Forces of Egypt"),
    ("أفادت مصادر أمنية بأن مسلحين مجهولين قتلوا شرطيين اثنين بالرصاص في مدينة بعقوبة مساء أمس.", "Police Forces of Iraq"),
    ("وذكرت مصادر أمنية أن مسلحين قتلوا خمسة جنود في هجوم على ثكنة بمدينة الموصل أمس.", "Military Forces of Iraq"),
])
def test_the_count_after_an_active_verb_whose_subject_stands_before_it_is_the_dead(text: str, force: str) -> None:
    found = news(text, PUB)
    assert [(e.event_type, actor2(e)) for e in found] == [("Battles", force)], text


@pytest.mark.parametrize("text", [
    "قتل مسلحون أربعة جنود بالرصاص في مدينة الشيخ زويد أمس.",  # the verb first: as before
    "قال متحدث عسكري إن أربعة مسلحين قتلوا في اشتباك مع الجيش في مدينة الشيخ زويد أمس.",  # passive: the gunmen died
])
def test_the_verb_first_and_the_passive_stay(text: str) -> None:
    found = news(text, PUB)
    assert len(found) == 1 and found[0].event_type == "Battles", text
    assert actor2(found[0]) is not None, text


@pytest.mark.parametrize("text", [
    "قالت الشرطة إن مسلحين قتلوا شرطيين بالرصاص قرب الكنيسة الكبرى في مدينة المنيا أمس.",
    "قالت الشرطة إن مسلحين قتلوا شرطيين بالرصاص أمام مسجد القرية في مدينة المنيا أمس.",
])
def test_a_site_after_a_word_of_nearness_places_the_deed_and_is_not_its_object(text: str) -> None:
    found = news(text, PUB)
    assert [(actor2(e), place(e)) for e in found] == [("Police Forces of Egypt", "Minya")], text


@pytest.mark.parametrize("text", [
    "قتل مسلحون شرطيين في مدينة المنيا أمس. وقالت الشرطة إن المسلحين، وهم من قرية الحواتكة في محافظة أسيوط، فروا بعد الهجوم.",
    "قتل مسلحون شرطيين في مدينة المنيا أمس. وقالت الشرطة إن أحد المهاجمين، وهو من سكان مدينة أسيوط، قتل برصاص قوات الأمن.",
])
def test_the_town_the_doers_come_from_is_not_a_place_of_the_incident(text: str) -> None:
    found = news(text, PUB)
    assert {place(e) for e in found} == {"Minya"}, text
