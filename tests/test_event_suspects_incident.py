"""Round 47: the place and the day of the incident the arrested are suspected of ("اعتقلت الشرطة
مشتبها به في تفجير وقع في أنقرة الشهر الماضي") are that incident's, not the arrest's: the headline's
arrest joins the body's arrest made elsewhere. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from event_support import place
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2017, 6, 5)


def test_the_arrest_is_not_placed_at_the_incident() -> None:
    found = extract_events(Article(id="t", title="الشرطة التركية تعتقل مشتبها به في تفجير استهدف حافلة في أنقرة",
                                   body="واعتقلت الشرطة الرجل في مدينة قونية مساء أمس بعد مطاردة. وكان ثلاثة أشخاص "
                                        "قد قتلوا في تفجير استهدف حافلة ركاب في وسط أنقرة صباح أمس.",
                                   published=PUB, language="ar"))
    arrests = [e for e in found if e.sub_event_type == "Arrests"]
    assert [place(e) for e in arrests] == ["Konya"]
    assert [place(e) for e in found if e.sub_event_type != "Arrests"] == ["Ankara"]


def test_the_arrest_does_not_take_the_incidents_day() -> None:
    found = extract_events(Article(id="t", title=None, published=PUB, language="ar",
                                   body="اعتقلت الشرطة التركية في اسطنبول عشرة مشتبه بهم في تفجير وقع في أنقرة الشهر الماضي."))
    arrests = [e for e in found if e.sub_event_type == "Arrests"]
    assert [(place(e), e.event_date) for e in arrests] == [("Istanbul", PUB)]



def test_the_headline_arrest_joins_one_made_elsewhere() -> None:
    found = extract_events(Article(id="t", title="الشرطة الفرنسية تعتقل مشتبها به في حادث دهس استهدف مارة في باريس",
                                   body="واعتقلت الشرطة الرجل في مدينة ليل مساء أمس بعد مطاردة على طريق سريع. "
                                        "وكان ثلاثة أشخاص قد أصيبوا في حادث دهس في وسط باريس صباح أمس.",
                                   published=PUB, language="ar"))
    # the town of the arrest is not in the gazetteer: the country of the police that made it
    assert [place(e) for e in found if e.sub_event_type == "Arrests"] == ["France"]
