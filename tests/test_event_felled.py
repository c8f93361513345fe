"""Round 49: who killed and who was killed around the end of an attack. The subject right after a
verb of felling with the pronoun of the one felled ("قبل أن ترديه قوات الأمن قتيلا") killed, it was
not killed; a state that tells of civilians killed ("قالت السلطات إن ثمانية أشخاص قتلوا في هجوم")
fought nobody: it is no party of the attack. A bare attack past a topic shift ("من جهة أخرى") that a page
ran into the sentence names no maker of the incident before it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, actor2, news


@pytest.mark.parametrize("text", [
    "قتل رجل امرأتين طعنا بسكين في محطة القطارات في مدينة مرسيليا يوم الأربعاء قبل أن ترديه قوات الأمن قتيلا.",
    "طعن مهاجم ثلاثة مارة في سوق مدينة هامبورغ يوم الأربعاء قبل أن يرديه رجال الشرطة قتيلا.",
])
def test_the_force_that_felled_the_attacker_is_no_victim(text: str) -> None:
    found = news(text)
    assert len(found) == 1 and not (actor2(found[0]) or "").startswith(("Military", "Police")), \
        [(e.sub_event_type, actor1(e), actor2(e)) for e in found]


@pytest.mark.parametrize("text", [
    "قالت السلطات الصينية إن ثمانية أشخاص قتلوا يوم الأربعاء في هجوم بالسكاكين في إقليم شينجيانغ.",
    "أعلنت الشرطة أن خمسة مدنيين قتلوا يوم الأربعاء في هجوم على سوق في مدينة مايدوغوري.",
])
def test_a_state_that_tells_of_civilians_killed_fought_nobody(text: str) -> None:
    assert [actor1(e) for e in news(text)] != [] and all(not (actor1(e) or "").startswith("Police")
                                                          for e in news(text)), \
        [(e.sub_event_type, actor1(e), actor2(e)) for e in news(text)]


def test_an_attack_past_a_topic_shift_names_no_maker() -> None:
    text = ("أعلنت الوزارة أمس أن حصيلة تفجير السيارة المفخخة في مدينة الصدر ارتفعت إلى 40 قتيلا من جهة أخرى "
            "أفاد مصدر أمني بأن الجيش شن هجوما على مواقع التنظيم في محافظة صلاح الدين.")
    bombs = [e for e in news(text) if e.sub_event_type != "Armed clash"]
    assert [actor1(e) for e in bombs] == ["Unidentified Armed Group (Iraq)"], [(e.sub_event_type, actor1(e)) for e in news(text)]
