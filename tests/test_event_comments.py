"""A comment on what the clause before told ("، وهو ما نفته دمشق", grammar `comment_openers`)
names no member of its list of places: a capital that speaks is a party, not a second place of the
incident (round 50). Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import news, place


@pytest.mark.parametrize(("text", "where"), [
    ("واتهم ناشطون القوات الحكومية بقصف بلدة سراقب بغاز الكلور يوم الجمعة، وهو ما نفته دمشق.", ["Saraqib"]),
    ("وقصفت الطائرات التركية مواقع في بلدة جرابلس أمس، وهو ما أكدته أنقرة في بيان.", ["Jarābulus"]),
])
def test_the_place_of_a_comment_is_no_place_of_the_incident(text: str, where: list[str]) -> None:
    assert [place(e) for e in news(text)] == where
