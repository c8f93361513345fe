"""Round 48: a writer, a column or an article that opens a sentence ("يصف الكاتب في مقاله",
"وفي صحيفة الغارديان يكتب مراسلها عن") retells what it names: with no date of its own it is no
report of an incident. A paper that reports, with a day of its own, still does. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news

PUB = date(2017, 8, 2)


@pytest.mark.parametrize("text", [
    "يصف الكاتب في مقاله سيطرة المسلحين على بلدة القائم الحدودية.",
    "وفي صحيفة الغارديان يكتب مراسلها عن اختطاف مسلحين عمال إغاثة في مدينة الموصل.",
])
def test_a_writer_retells(text: str) -> None:
    assert news(text, PUB) == []


def test_a_paper_that_reports_a_day() -> None:
    found = news("وقالت صحيفة الوطن إن مسلحين هاجموا حاجزا للجيش في مدينة العريش أمس.", PUB)
    assert len(found) == 1
