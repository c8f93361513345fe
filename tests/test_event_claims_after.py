"""Round 47: a claim of responsibility told after the incident, in a sentence of its own ("وأعلن
التنظيم مسؤوليته عن الهجوم"), names who made the incident told before: the last one for a
singular, the last two for a dual, all of that day for a plural. The incident stays reported as
fact; the claimer is its maker and is listed among those who claimed it. Sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, events, place

PUB = date(2017, 7, 9)

BLAST = "قتل أربعة جنود صباح اليوم في انفجار عبوة ناسفة زرعت على طريق دورية عسكرية قرب مدينة العريش."
RAID = "وقتل شرطي في هجوم مسلح على حاجز أمني في الشيخ زويد في اليوم نفسه."


@pytest.mark.parametrize("claim", [
    "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم في بيان على الإنترنت.",
    "وتبنى تنظيم الدولة الإسلامية التفجير في بيان مقتضب.",
    "وأعلنت جماعة ولاية سيناء مسؤوليتها عن الاعتداء عبر وكالة أعماق.",
])
def test_the_claim_after_names_the_maker(claim: str) -> None:
    found = events(f"{BLAST} {claim}", PUB)
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]
    assert actor1(found[0]) == "Islamic State"
    assert actor2(found[0]) == "Military Forces of Egypt"
    assert found[0].modality == "asserted"  # reported as fact; the claim adds its maker
    assert [a.name for a in found[0].claimed_by] == ["Islamic State"]


@pytest.mark.parametrize("claim", [
    "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجومين.",
    "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجمات.",
])
def test_a_dual_or_a_plural_claims_them_all(claim: str) -> None:
    found = events(f"{BLAST} {RAID} {claim}", PUB)
    assert sorted(place(e) for e in found) == ["Arīsh", "Sheikh Zuweid"]
    assert [actor1(e) for e in found] == ["Islamic State", "Islamic State"]


def test_a_singular_claims_only_the_last() -> None:
    found = events(f"{BLAST} {RAID} وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم على الحاجز.", PUB)
    makers = {place(e): actor1(e) for e in found}
    assert makers["Sheikh Zuweid"] == "Islamic State"
    assert makers["Arīsh"] == "Unidentified Armed Group (Egypt)"


@pytest.mark.parametrize("text", [
    # no incident told before: the claim alone is no record of an unknown attack
    "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجمات في بيان على الإنترنت.",
    # no claim: speech about attacks in general
    "وقال المتحدث إن الهجمات لن تثني الحكومة عن ملاحقة المسلحين.",
])
def test_no_claim_of_a_told_incident(text: str) -> None:
    assert not events(text, PUB)


def test_a_maker_named_keeps_its_own() -> None:
    found = events("شنت قوات الجيش هجوما على مواقع المسلحين في رفح صباح اليوم. "
                   "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجمات على الحواجز خلال الأسبوع الماضي.", PUB)
    assert "Islamic State" not in [actor1(e) for e in found if place(e) == "Rafah"]


def test_a_claim_that_places_its_incident_is_that_incident() -> None:
    found = events(f"{BLAST} وكان التنظيم قد أعلن مسؤوليته عن الاعتداء على كنيسة في مدينة طنطا الشهر الماضي.", PUB)
    assert sorted(place(e) or "" for e in found) == ["Arīsh", "Tanta"]


def test_a_claim_over_a_period_is_no_claim_of_the_last() -> None:
    found = events(f"{BLAST} ويتبنى التنظيم معظم الاعتداءات على الجيش خلال الأشهر الأخيرة.", PUB)
    assert [actor1(e) for e in found if not e.aggregate] == ["Unidentified Armed Group (Egypt)"]


@pytest.mark.parametrize("text", [
    "هاجم مسلحون حاجزا للشرطة في مدينة العريش صباح اليوم وقتلوا ثلاثة من أفراده. "
    "وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.",
    "اقتحم المهاجمون الثلاثة مقرا للشرطة في مدينة العريش صباح اليوم وقتلوا أربعة من عناصره. "
    "وتبنى تنظيم الدولة الإسلامية مسؤولية الهجوم في بيان لم يقدم فيه أي دليل.",
])
def test_the_claim_names_the_attackers_told_unnamed(text: str) -> None:
    assert [actor1(e) for e in events(text, PUB)] == ["Islamic State"]


def test_the_toll_told_after_joins_the_incident() -> None:
    found = events("دهست شاحنة عددا من المارة على جسر في وسط مدينة ليفربول مساء أمس، ثم طعن ركابها آخرين في سوق قريب. "
                   "وقالت الشرطة إن ستة أشخاص قتلوا في الهجوم. وأعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم.", PUB)
    assert [(e.fatalities, actor1(e)) for e in found] == [(6, "Islamic State")]


def test_a_toll_beside_another_incident_is_that_ones() -> None:
    found = events("دهست شاحنة عددا من المارة على جسر في وسط مدينة ليفربول مساء أمس. "
                   "ووصل عدد القتلى في تفجير مسجد بمدينة مانشستر إلى 12 قتيلا في الهجوم الذي وقع الجمعة.", PUB)
    assert [e.fatalities for e in found if place(e) == "Liverpool"] == [None]


@pytest.mark.parametrize(("text", "maker"), [
    ("أعلنت حركة طالبان أمس أن أحد مقاتليها نفذ هجوما انتحاريا بسيارة مفخخة قرب قاعدة للجيش في ولاية هلمند.", "Taliban"),
    ("وقالت جماعة ولاية سيناء أمس إن عناصرها نفذوا هجوما على حاجز للجيش قرب مدينة العريش.", "Islamic State"),
])
def test_the_speakers_own_men_did_it(text: str, maker: str) -> None:
    """The speaker's own men ("أحد مقاتليها") as the subject of the deed: the armed group that speaks."""
    assert [actor1(e) for e in events(text, PUB)] == [maker]


@pytest.mark.parametrize("text", [
    # round 48: a responsibility denied is no claim, and the denier made nothing
    "نفت حركة طالبان مسؤوليتها عن تفجير انتحاري استهدف سوقا في مدينة قندهار أمس.",
    "ونفى حزب العمال الكردستاني مسؤوليته عن تفجير استهدف حافلة في مدينة أضنة أمس.",
])
def test_a_responsibility_denied_is_no_claim(text: str) -> None:
    found = [e for e in events(text, date(2017, 4, 11)) if not e.background]
    assert [(e.modality, e.actor1.name.startswith("Unidentified") if e.actor1 else None) for e in found] == [("asserted", True)]


@pytest.mark.parametrize(("text", "doer", "done_to"), [
    # round 48: the speaker's own men killed ("إن جنوده قتلوا"), the dead's party the one fought
    ("قال الجيش التركي إن جنوده قتلوا 12 مسلحا من حزب العمال الكردستاني في اشتباكات بولاية شرناق أمس.",
     "Military Forces of Turkey", "Kurdistan Workers' Party"),
    ("أكد التنظيم أن مقاتليه قتلوا 15 جنديا في هجوم على موقع للجيش قرب مدينة الشرقاط أمس.",
     "Islamic State", "Military Forces of Iraq"),
])
def test_the_speakers_own_men_killed(text: str, doer: str, done_to: str) -> None:
    found = [e for e in events(text, date(2017, 4, 11)) if not e.background]
    assert [(actor1(e), actor2(e)) for e in found] == [(doer, done_to)]
