"""Round 48: a march organised, its marchers between verb and march ("نظم آلاف المحتجين مسيرة في
وسط المدينة"), crowds that take to the streets of a city ("خرج عشرات الآلاف إلى شوارع المدينة";
the streets of a city are the city), and workers on strike ("أضرب مئات المعلمين") are protests; the
imperative "اضرب" is none. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import news, place

PUB = date(2017, 4, 11)


@pytest.mark.parametrize(("text", "town"), [
    ("نظم آلاف المحتجين مسيرة في وسط مدينة مانشستر يوم السبت ضد خفض الأجور.", "Manchester"),
    ("خرج عشرات الآلاف إلى شوارع كاراكاس يوم الجمعة احتجاجا على انقطاع الكهرباء.", "Caracas"),
    ("أضرب مئات المعلمين عن العمل في مدينة الموصل يوم الأحد للمطالبة برواتبهم.", "Mosul"),
])
def test_protest_forms(text: str, town: str) -> None:
    assert [(e.sub_event_type, place(e)) for e in news(text, PUB)] == [("Peaceful protest", town)]


def test_the_imperative_of_striking_is_no_strike() -> None:
    assert news("وقال القائد لجنوده في مدينة الموصل أمس: اضرب العدو حيث وجدته.", PUB) == []
