"""Who held a place taken (round 50): the party fought in a fight told after a word of sequel
("بعد معارك مع X") later in the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news


@pytest.mark.parametrize(("text", "sub", "taker", "held"), [
    ("استعادت القوات العراقية أمس حي اليرموك في الموصل، بعد اشتباكات ضارية مع مسلحي داعش دامت ساعات.",
     "Government regains territory", "Military Forces of Iraq", "Islamic State"),
    ("سيطرت فصائل المعارضة أمس على بلدة مورك في ريف حماة بعد اشتباكات مع قوات النظام.",
     "Non-state actor overtakes territory", "Opposition Rebels (Syria)", "Military Forces of Syria"),
    # an ally ("بالتعاون مع") is not the side fought
    ("سيطرت قوات سوريا الديمقراطية أمس على قرية الحمرات في ريف الرقة، بالتعاون مع طيران التحالف الدولي.",
     "Non-state actor overtakes territory", "Syrian Democratic Forces", None),
])
def test_the_side_fought_before_a_place_was_taken(text: str, sub: str, taker: str, held: str | None) -> None:
    taken = [e for e in news(text) if e.sub_event_type == sub]
    assert [(actor1(e), actor2(e)) for e in taken] == [(taker, held)], [(e.sub_event_type, actor1(e), actor2(e)) for e in news(text)]
