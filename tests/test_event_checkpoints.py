"""Round 48: Egyptian news calls a checkpoint "كمين": the word attacked ("استهدف مسلحون كمينا
للشرطة", "هجوم على كمين أمني") is a post manned by the police, the target, and no ambush of its
own; an ambush laid ("نصب مسلحون كمينا لدورية") stays a fight. Conscripts ("مجندين") are counted
among the dead. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news

PUB = date(2017, 4, 11)


@pytest.mark.parametrize(("text", "sub", "dead"), [
    ("استهدف مسلحون كمينا للشرطة في مدينة العريش بقذائف الهاون أمس.", "Shelling/artillery/missile attack", None),
    ("قتل ثلاثة مجندين في هجوم على كمين أمني في مدينة الشيخ زويد أمس.", "Armed clash", 3),
])
def test_a_checkpoint_attacked(text: str, sub: str, dead: int | None) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, actor2(e), e.fatalities) for e in found] == [(sub, "Police Forces of Egypt", dead)]


@pytest.mark.parametrize("text", [
    "نصب مسلحون كمينا لدورية للجيش قرب مدينة رفح أمس.",
    # "على" after no incident noun: the ambush answered, not a post attacked
    "ردت قوات الجيش على كمين نصبه مسلحون لدورية قرب مدينة رفح أمس.",
])
def test_an_ambush_laid_is_a_fight(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"]


def test_who_set_the_ambush_made_it() -> None:
    """Round 50: "كمين نصبه الحوثيون": the party after the verb of setting is the ambush's maker,
    and the ambush with its dead is an incident on a road of a governorate."""
    found = news("ولقي أربعة من مقاتلي المقاومة مصرعهم في كمين نصبه الحوثيون على طريق محافظة الضالع.", PUB)
    assert [(e.sub_event_type, actor1(e), e.fatalities) for e in found] == [
        ("Armed clash", "Ansar Allah (Houthi Movement)", 4)]

