"""Round 49: a clause that names only the means of the deed before it ("، بقذائف المدفعية الثقيلة،",
"، برصاص قناص،") is no incident of its own, even when the lexicon writes its cue word with the ب of
the instrument (grammar `instrument_cue_words`): the deed reaches past it to its place. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, news, place


@pytest.mark.parametrize(("text", "where"), [
    ("عاودت قوات النظام قصفها، بقذائف المدفعية الثقيلة، على بلدة تلبيسة شمالي حمص.", "Tallbīsah"),
    ("واصلت قوات النظام استهدافها، بقذائف المدفعية، لبلدة كفرنبودة في ريف حماة.", "Kafr Nabuda"),
])
def test_the_deed_reaches_past_the_clause_of_its_means(text: str, where: str) -> None:
    assert [(place(e), actor1(e)) for e in news(text)] == [(where, "Military Forces of Syria")], \
        [(e.sub_event_type, place(e), actor1(e)) for e in news(text)]
