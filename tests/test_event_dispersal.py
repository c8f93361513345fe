"""Round 49: a sit-in broken up ("فض الأمن الاعتصام بالقوة") is a protest with intervention; the
disengagement of forces ("فض الاشتباك") and a halt asked ("لإيقاف الهجوم") are no fight; air defences ("الدفاعات الجوية") are the
state's forces. Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import actor1, news


@pytest.mark.parametrize("text", [
    "فض الأمن أمس بالقوة اعتصاما لأهالي قرية على أطراف مدينة الجيزة ما أدى إلى مقتل شخص.",
    "فضت قوات الأمن أمس اعتصام العمال أمام مبنى المحافظة في مدينة السويس.",
    "وقامت الشرطة أمس بفض الاعتصام أمام مقر النقابة في مدينة الإسكندرية.",
])
def test_a_sit_in_broken_up(text: str) -> None:
    assert [e.sub_event_type for e in news(text)] == ["Protest with intervention"], \
        [(e.sub_event_type, actor1(e)) for e in news(text)]


@pytest.mark.parametrize("text", [
    "جرى أمس فض الاشتباك بين الطرفين في مدينة العريش بعد وساطة قبلية.",
    "أعلنت الأمم المتحدة أمس عن اتفاق لفك الاشتباك بين القوات في محيط مدينة درعا.",
    # a halt asked or offered
    "وتحدث القيادي أمس عن عرض لإيقاف الهجوم على مدينة الزبداني مقابل وقف القصف على بلدة الفوعة.",
])
def test_a_disengagement_is_no_fight(text: str) -> None:
    assert news(text) == [], [(e.sub_event_type, actor1(e)) for e in news(text)]


def test_air_defences_are_the_states_forces() -> None:
    text = "اعترضت الدفاعات الجوية السعودية أمس صاروخا أطلق باتجاه مدينة جازان."
    assert [(e.sub_event_type, actor1(e)) for e in news(text)] == [("Disrupted weapons use", "Military Forces of Saudi Arabia")]
