"""What befell a place named in a relative clause (round 42): "مداهمة لبلدة X التي استولوا عليها
الثلاثاء" tells the capture of the town, an incident of its own, not the raid again (a place stands
between the incident noun and the relative pronoun); a group that is no state's and seizes people
is no arrester of suspects, so it may be the subject the next verb carries. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, news, place

PUB = date(2015, 8, 6)  # a Thursday
TAKEN = "Non-state actor overtakes territory"


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.sub_event_type, str(e.event_date), place(e), actor1(e)) for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "day"), [
    ("خطف تنظيم داعش خمسين مدنيا خلال مداهمة لبلدة مهين التي استولوا عليها الثلاثاء.", "2015-08-04"),
    ("أعدم مسلحو تنظيم داعش عشرة رجال خلال مداهمة لبلدة مهين التي سيطروا عليها مساء الأحد.", "2015-08-02"),
])
def test_a_town_taken_in_a_relative_clause_after_a_raid_is_taken(text: str, day: str) -> None:
    kinds = _kinds(text)
    taken = [k for k in kinds if k[0] == TAKEN]
    assert [(k[1], k[3]) for k in taken] == [(day, "Islamic State")], kinds


@pytest.mark.parametrize(("text", "sub", "maker"), [
    # guards: the relative clause of an incident noun right before it tells that incident
    ("أدان الوزير التفجير الانتحاري الذي استهدف مسجدا في بلدة مهين الثلاثاء.", "Suicide bomb",
     "Unidentified Armed Group (Syria)"),
    # the police that hold suspects of a bombing did not set the bomb off
    ("اعتقلت الشرطة ثلاثة مشتبه بهم في التفجير الذي استهدف سوقا في بلدة مهين الثلاثاء.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)"),
])
def test_a_relative_clause_right_after_an_incident_noun_is_that_incident(text: str, sub: str, maker: str) -> None:
    kinds = [k for k in _kinds(text) if k[0] == sub]
    assert [(k[1], k[3]) for k in kinds] == [("2015-08-04", maker)], _kinds(text)
