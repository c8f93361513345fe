"""Round 48: an attack made with a bomb ("في هجوم بقنبلة على مقهى") is an explosion (a grenade
when the bomb is a hand grenade); a bomb dropped or thrown at a target ("ألقت طائرات النظام قنبلة
على سوق", "ألقى مجهول قنبلة على مركز للشرطة") is an air strike when aircraft drop it and a grenade
when a man throws it. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news

PUB = date(2017, 4, 11)


@pytest.mark.parametrize(("text", "sub"), [
    ("قتل ثلاثة أشخاص في هجوم بقنبلة على مقهى شعبي في مدينة كركوك أمس.", "Remote explosive/landmine/IED"),
    ("أصيب أربعة شرطيين في هجوم بقنابل يدوية على دورية في مدينة البصرة أمس.", "Grenade"),
    ("ألقت طائرات النظام قنبلة على سوق للخضار في مدينة دوما أمس.", "Air/drone strike"),
    ("ألقى مجهول قنبلة على مركز للشرطة في مدينة الناصرية أمس.", "Grenade"),
])
def test_bombs(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [sub]
