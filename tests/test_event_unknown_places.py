"""Round 49: the name of a place the gazetteer does not know begins at its type word ("بلدة X",
"قاعدة X"), not at the words of nearness or direction before it ("بالقرب من", "محيط"); the forces
loyal to Haftar named in full ("القوات الموالية للمشير خليفة حفتر") are the Libyan National Army.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor2, news, place


@pytest.mark.parametrize(("text", "name"), [
    ("داهم الجيش أمس مخيما للاجئين بالقرب من بلدة الحمرات الشرقية.", "بلدة الحمرات"),
    ("قتل 12 عنصرا من القوات الموالية للمشير خليفة حفتر أمس في اشتباكات قرب قاعدة تمنهنت الجوية.", "قاعدة تمنهنت"),
])
def test_an_unknown_place_is_named_from_its_type_word(text: str, name: str) -> None:
    assert [place(e) for e in news(text)] == [name], [(e.sub_event_type, place(e)) for e in news(text)]


def test_the_forces_loyal_to_haftar() -> None:
    text = "قتل 12 عنصرا من القوات الموالية للمشير خليفة حفتر أمس في اشتباكات قرب قاعدة تمنهنت الجوية."
    assert [actor2(e) for e in news(text)] == ["Libyan National Army"]
