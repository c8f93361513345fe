"""Round 46: a bare verb of targeting ("هجوم يستهدف منطقة ...") that no weapon typed, and the act
told beside it that says how (a ramming, a stabbing, an ambush): one incident of the act's kind.
Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2017, 6, 5)  # a Monday


@pytest.mark.parametrize(("text", "sub", "where", "dead"), [
    # the headline-like lead targets an area, the next sentence tells a ramming there: one attack
    ("هجوم يستهدف منطقة جسر وستمنستر مساء الأربعاء يخلف أربعة قتلى و20 جريحا. ودهست سيارة مسرعة المارة "
     "فوق جسر وستمنستر، قبل أن يترجل منها رجل ويبدأ في طعن أشخاص.", "Attack", "Westminster", 4),
    ("هجوم يستهدف منطقة وسط مدينة برشلونة مساء الخميس يخلف 13 قتيلا. ودهست شاحنة صغيرة حشدا من المارة "
     "في وسط مدينة برشلونة.", "Attack", "Barcelona", 13),
    # an ambush told before the verb of targeting in its clause: one fight
    ("وقال مصدر محلي إن مسلحي القبائل نصبوا كمينا مسلحا استهدف دورية عسكرية تابعة للجيش في جبل قرب "
     "مدينة مأرب اليمنية، ما أسفر عن مقتل 4 جنود.", "Armed clash", "Marib", 4),
    ("وذكرت مصادر أن عناصر من المقاومة الشعبية نصبت كمينا استهدف رتلا تابعا للحوثيين شمال مدينة تعز، "
     "ما أسفر عن مقتل 6 منهم.", "Armed clash", "Taiz", 6),
])
def test_a_bare_targeting_is_the_act_that_tells_how(text: str, sub: str, where: str, dead: int) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == [sub]
    assert place(found[0]) == where
    assert found[0].fatalities == dead


def test_the_ambush_names_its_makers_and_their_target() -> None:
    found = news("وذكرت مصادر أن عناصر من المقاومة الشعبية نصبت كمينا استهدف رتلا تابعا للحوثيين شمال مدينة "
                 "تعز، ما أسفر عن مقتل 6 منهم.", PUB)
    assert actor1(found[0]) == "Popular Resistance (Yemen)"
    assert actor2(found[0]) == "Ansar Allah (Houthi Movement)"


@pytest.mark.parametrize(("text", "subs"), [
    # a targeting in one town and a stabbing in another: two incidents
    ("استهدفت قوات النظام بلدة كفرنبل يوم الأحد، وفي مدينة حلب طعن مسلح امرأة في اليوم نفسه.",
     ["Shelling/artillery/missile attack", "Attack"]),
    # aircraft type the targeting: an air strike, and the shooting of civilians beside it stays
    ("استهدفت طائرات حربية بلدة كفرنبل يوم الأحد. وأطلق مسلحون النار على مدنيين في البلدة ذلك اليوم.",
     ["Air/drone strike", "Attack"]),
])
def test_a_targeting_typed_or_elsewhere_stays_apart(text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == subs


@pytest.mark.parametrize(("text", "sub"), [
    # gunmen targeting the vehicle people ride in, no weapon named: they attack its people
    ("استهدف مسلحون حافلة ركاب في مدينة فان أمس ما أدى إلى مقتل طفل.", "Attack"),
    ("استهدف مسلحون سيارة للشرطة قرب مدينة العريش أمس.", "Armed clash"),
    # a bomb named: the explosion's kind
    ("استهدف مسلحون حافلة ركاب بعبوة ناسفة في مدينة فان أمس.", "Remote explosive/landmine/IED"),
])
def test_gunmen_targeting_a_vehicle_attack_its_people(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [sub]
