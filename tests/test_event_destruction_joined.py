"""A verb of destruction joined by "و" to the deed told before it, its object that deed's (a
pronoun: "اعترضت صاروخا ودمرته"), finishes that deed: no incident of its own (round 50).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import news


@pytest.mark.parametrize(("text", "subs"), [
    ("وقالت القيادة إن الدفاعات الجوية اعترضت صاروخا باليستيا أطلق باتجاه مدينة نجران ودمرته فجر اليوم.",
     ["Disrupted weapons use"]),
    ("وأسقطت وحدات الدفاع الجوي أمس طائرة مسيرة قرب مدينة خميس مشيط ودمرتها.", ["Disrupted weapons use"]),
    # the devices a verb of destroying destroyed are that deed's object, no disrupted weapons use
    ("وأعلنت قيادة العمليات أن طيران الجيش دمر أمس أربع عجلات مفخخة قرب قضاء الشرقاط.", ["Air/drone strike"]),
    # a destruction of its own, its object named
    ("وأحرق مسلحون مجهولون أمس منزل مختار القرية في ريف كركوك.", ["Looting/property destruction"]),
])
def test_a_destruction_joined_to_the_deed_before_it(text: str, subs: list[str]) -> None:
    assert [e.sub_event_type for e in news(text)] == subs
