"""Forms of news tuned in round 61: a relative day in what was reported on a named day.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news

PUB = date(2016, 11, 23)  # a Wednesday; the Sunday before it is 2016-11-20


@pytest.mark.parametrize("said, when, day", [
    ("قال ضباط في الشرطة المحلية يوم الأحد إن", "أمس", date(2016, 11, 19)),
    ("أفاد الجيش الأحد في بيان بأن", "مساء أمس", date(2016, 11, 19)),
    ("ذكر مسؤولون في المحافظة يوم الأحد أن", "اليوم", date(2016, 11, 20)),
])
def test_a_relative_day_in_what_was_reported_on_a_named_day_counts_from_that_day(said: str, when: str, day: date) -> None:
    found = news(f"{said} مسلحين هاجموا {when} حاجزا للجيش على الطريق بين بيجي وتكريت، وقتلوا أربعة جنود.", PUB)
    assert [e.event_date for e in found] == [day]


@pytest.mark.parametrize("text, day", [
    # the writer's own "أمس" and a reporting day told after what was reported count from publication
    ("هاجم مسلحون أمس حاجزا للجيش على الطريق بين بيجي وتكريت، وقتلوا أربعة جنود، بحسب ما قالت الشرطة الأحد.",
     date(2016, 11, 22)),
    # a relative day that names its weekday is that day
    ("قال ضباط في الشرطة الأحد إن مسلحين هاجموا أمس الثلاثاء حاجزا للجيش قرب تكريت، وقتلوا أربعة جنود.",
     date(2016, 11, 22)),
])
def test_relative_days_the_writer_counts_stay_his(text: str, day: date) -> None:
    assert [e.event_date for e in news(text, PUB)] == [day]
