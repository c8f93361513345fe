"""Round 48: a toll told in a sentence of its own, with no incident word, place or day ("وقالت
مصادر طبية إن 14 شخصا قتلوا"), right after the one incident of the sentence before (the headline's
or the body's), is that incident's dead; not a toll with a place of its own, nor the dead a party
says it killed over its operations. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2016, 10, 4)


def test_the_toll_after_a_headline_is_its_incident() -> None:
    found = [e for e in extract_events(Article(id="t", title="تفجير يستهدف سوقا شعبيا في مدينة الحلة",
                                               body="وقالت مصادر طبية إن 14 شخصا قتلوا.", published=PUB, language="ar"))
             if not e.background]
    assert [e.fatalities for e in found] == [14]


@pytest.mark.parametrize(("text", "dead"), [
    ("انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي صباح اليوم. وقالت مصادر أمنية إن أربعة من عناصر الشرطة قتلوا.", 4),
    # a place of its own: another toll
    ("انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي صباح اليوم. وقتل ثلاثة أشخاص في مدينة الفلوجة.", None),
    # the dead a party counts over its operations
    ("شنت الطائرات التركية غارات على مواقع للحزب في جبال قنديل أمس. ويؤكد الجيش أنه قتل أكثر من 200 مسلح في عملياته.", None),
])
def test_the_toll_of_the_sentence_before(text: str, dead: int | None) -> None:
    assert [e.fatalities for e in news(text, PUB)][:1] == [dead]
