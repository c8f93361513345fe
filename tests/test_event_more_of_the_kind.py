"""Words that make an incident a kind, a sum or a loss (round 44): "more of" strikes, a toll told
"in the same period" as the toll before, "the latest of them" dating a series, a side's loss of
control, a note told with "يشار أن". Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import events, news

PUB = date(2015, 8, 8)


@pytest.mark.parametrize("text", [
    # "more of": strikes to come, pledged or expected, no particular incident
    "وتعهد وزير الدفاع أمس بشن المزيد من الغارات على مواقع المتمردين في جبال قنديل.",
    "وتوعد قائد الجيش أمس بتنفيذ مزيد من الضربات على مواقع المسلحين قرب مدينة الرمادي.",
])
def test_more_of_the_kind_is_no_incident(text: str) -> None:
    assert news(text, PUB) == []


@pytest.mark.parametrize("text", [
    # guard: a past verb of doing before "more of" tells the strikes done
    "وشن الطيران الحربي أمس المزيد من الغارات على بلدة كفرنبل.",
    "وألقت المروحيات أمس مزيدا من البراميل المتفجرة على بلدة داريا.",
])
def test_more_of_the_kind_done_is_an_incident(text: str) -> None:
    assert news(text, PUB)


@pytest.mark.parametrize("text", [
    # a toll told "in the same period" as the one before sums up that period
    "وأفادت مصادر أن حصيلة هجمات المتمردين منذ مطلع يوليو الماضي بلغت 20 قتيلا من الجنود. "
    "وبالمقابل شنت المقاتلات التركية غارات على معسكرات الحزب في جبال قنديل قتلت 200 مسلح في الفترة ذاتها.",
    "وقتل 15 شرطيا في هجمات شنها المتمردون خلال الفترة من 10 يوليو وحتى اليوم. "
    "وفي نفس الفترة اعتقلت الشرطة التركية 400 مشتبه به في مدينة إسطنبول.",
])
def test_a_toll_of_the_same_period_is_a_summary(text: str) -> None:
    found = events(text, PUB)
    assert found
    assert news(text, PUB) == []


@pytest.mark.parametrize(("text", "day"), [
    # "كان آخرها": the time after "the latest of them" dates one of a series, not the lead's incident
    ("اعتقلت الشرطة الفرنسية رجلا يشتبه في أنه دهس جنودا في ضاحية قرب باريس.\n"
     "وتعرضت دوريات الجيش في العاصمة لهجمات عدة، وكان آخرها قبل ستة أيام.", date(2015, 8, 8)),
    ("اعتقلت الشرطة الفرنسية رجلا يشتبه في أنه دهس جنودا في ضاحية قرب باريس.\n"
     "وقال الوزير إن الدوريات تعرضت لمحاولات دهس سابقة كان أحدثها الأسبوع الماضي.", date(2015, 8, 8)),
    ("اعتقلت الشرطة رجلا يشتبه في أنه طعن شرطيا قرب محطة القطارات في باريس.\n"
     "وتعرضت الشرطة لحوادث مماثلة كان آخرها قبل خمسة أيام.", date(2015, 8, 8)),
])
def test_the_latest_of_a_series_does_not_date_the_lead(text: str, day: date) -> None:
    found = news(text, PUB)
    assert found
    assert all(e.event_date == day for e in found)


@pytest.mark.parametrize("text", [
    # the side that lost control took no place
    "وأشار التقرير إلى تراجع قوات النظام وخسارتها السيطرة على مدينة تدمر أمام مسلحي التنظيم.",
    "وأشار التقرير إلى تراجع قوات النظام وفقدانها السيطرة على بلدة القريتين أمس.",
])
def test_the_loser_of_control_takes_no_territory(text: str) -> None:
    assert all(e.sub_event_type != "Government regains territory" for e in events(text, PUB))


def test_a_note_opened_with_yushar_anna_is_background() -> None:
    text = "يشار أن المنظمة وثقت مقتل 300 شخص في القصف على مخيم درعا."
    found = events(text, PUB)
    assert found
    assert all(e.background for e in found)


@pytest.mark.parametrize("text", [
    # the fighting people fled from is the war they left, no incident reported
    "وقالت الأمم المتحدة إن آلاف المدنيين فروا من القتال الدائر في مدينة تلعفر.",
    "ووصلت إلى المخيم عائلات فروا من القصف على بلدات ريف حماة.",
    "وروت الأم أنها وصلت إلى المخيم مع أطفالها بعد الهروب من المعارك في مدينة الموصل.",
    # the day before the flight is the arrival's, not the fighting's
    "ووصلت العائلة إلى المخيم قبل ثلاثة أيام بعد الهروب من المعارك في مدينة الموصل.",
])
def test_the_fighting_people_fled_from_is_no_incident(text: str) -> None:
    assert news(text, PUB) == []


def test_a_shelling_that_made_people_flee_is_an_incident() -> None:
    assert news("وقصفت قوات النظام أمس بلدة اللطامنة بريف حماة ما دفع عشرات العائلات إلى الفرار منها.", PUB)


@pytest.mark.parametrize("text", [
    # what is hoped for or expected is no incident: a verb of achievement in the subjunctive, an expectation
    "وطالب المحافظ بتسليح مقاتلي العشائر، وليتمكن أبناء العشائر من السيطرة على القرى بعد طرد التنظيم من الرمادي.",
    "ورجح المحافظ أن يتم طرد مسلحي التنظيم من مدينة الرمادي خلال أسبوعين.",
])
def test_what_is_hoped_for_is_no_incident(text: str) -> None:
    assert news(text, PUB) == []


def test_what_was_achieved_is_an_incident() -> None:
    assert news("وتمكنت القوات العراقية أمس من استعادة السيطرة على حي التأميم في الرمادي.", PUB)


def test_strikes_counted_by_times_over_days_are_a_summary() -> None:
    text = "وقصفت الطائرات الحربية ريف إدلب 40 مرة خلال الأيام الثلاثة الماضية."
    assert events(text, PUB) and news(text, PUB) == []


def test_strikes_counted_by_times_on_one_day_are_one_incident() -> None:
    assert len(news("وقصفت الطائرات الحربية بلدة كفرنبل خمس مرات أمس.", PUB)) == 1


@pytest.mark.parametrize("text", [
    # a building blown up by a subject between the verb and it: property destroyed
    "فجر مسلحو التنظيم جامع البلدة ومنارته في المدينة القديمة بالموصل مساء الأربعاء.",
    "وفجر عناصر التنظيم 12 منزلا لعائلات مسيحية في بلدة برطلة يوم الخميس.",
])
def test_a_building_blown_up_is_property_destroyed(text: str) -> None:
    assert "Looting/property destruction" in {e.sub_event_type for e in news(text, PUB)}


def test_dawn_before_a_day_blows_nothing_up() -> None:
    text = "وشن المسلحون هجوما فجر الجمعة على مقر للشرطة قرب مدينة الباب."
    assert "Looting/property destruction" not in {e.sub_event_type for e in events(text, PUB)}


@pytest.mark.parametrize(("text", "dead"), [
    # "على الأقل" between the count and the death word after it
    ("قال مسعفون إن 14 شخصا على الأقل قتلوا في غارة جوية على سوق بلدة سرمين أمس.", 14),
    ("وأفاد ناشطون بأن ستة مدنيين على أقل تقدير قتلوا في قصف على حي الوعر أمس.", 6),
])
def test_the_dead_counted_at_least(text: str, dead: int) -> None:
    assert [e.fatalities for e in news(text, PUB)] == [dead]


def test_the_wounded_counted_at_least_are_not_the_dead() -> None:
    assert [e.fatalities for e in news("أصيب 30 شخصا على الأقل وقتل خمسة في انفجار في سوق بلدة الباب أمس.", PUB)] == [5]


def test_thousands_of_targets_are_a_summary() -> None:
    text = "وأوضح المتحدث يوم الجمعة أن التحالف استهدف الآلاف من مواقع التنظيم في العراق."
    assert news(text, PUB) == []


def test_minefields_are_no_place() -> None:
    text = "وقالت القيادة أمس إن غارات التحالف أصابت وحدات للتنظيم وحقول ألغام قريبة من مدينة الرقة."
    assert [e.location.name if e.location else None for e in news(text, PUB)] == ["Ar Raqqah"]
