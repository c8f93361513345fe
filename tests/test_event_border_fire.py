"""Round 49: the forms of the Saudi outlets' news of the southern border and of attacks on patrols.

- "إثر تعرض دورية أمنية لإطلاق نار": the noun of suffering and its subject before the cue; its ل
  is no aim (`context._suffered_by`).
- "مقذوف أطلقته الميليشيات من داخل الأراضي اليمنية على موقع في جازان": the verb of firing with the
  pronoun of what was fired makes the land after "من" the origin, not where it struck.
- Projectiles that fell ("سقطت أمس ثلاث مقذوفات"); a wanted man counted among the dead; a force
  hurt near a place of worship is what was struck; fire from Yemen into Saudi Arabia with nobody named
  is the Houthis' (actors.yaml `fire_origins`, ACLED's coding).
- "اعترضت قوات الدفاع الجوي الملكي السعودي صاروخا": an interception told with a long subject;
  "اعترضت روسيا على نشر صواريخ" objects, intercepts nothing (`split_cue_breaks`).

Sentences written for these tests."""

from __future__ import annotations

import pytest

from event_support import PUB, actor1, actor2, news, place


def _kinds(text: str) -> list[tuple[str, str | None, str | None, int | None]]:
    return [(e.sub_event_type, place(e), actor2(e), e.fatalities) for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "sub"), [
    ("قتل شرطي أمس إثر تعرض دورية أمنية لإطلاق نار من مصدر مجهول في بلدة العوامية بمحافظة القطيف.", "Armed clash"),
    ("أصيب جنديان أمس جراء تعرض نقطة عسكرية لهجوم من مسلحين في مدينة العريش.", "Armed clash"),
])
def test_the_noun_of_suffering_before_its_subject(text: str, sub: str) -> None:
    assert [k[0] for k in _kinds(text)] == [sub], _kinds(text)


def test_the_land_a_projectile_was_fired_from_is_not_where_it_fell() -> None:
    text = ("قتل جندي أمس إثر سقوط مقذوف أطلقته الميليشيات الحوثية من داخل الأراضي اليمنية على موقع عسكري "
            "في منطقة جازان.")
    assert [(k[0], k[1]) for k in _kinds(text)] == [("Shelling/artillery/missile attack", "Jizan")], _kinds(text)


@pytest.mark.parametrize(("text", "where"), [
    ("اعترضت قوات الدفاع الجوي الملكي السعودي أمس صاروخا باليستيا أطلقته الميليشيات الحوثية باتجاه مدينة "
     "خميس مشيط.", "Khamis Mushait"),
])
def test_an_interception_with_a_long_subject(text: str, where: str) -> None:
    assert [(k[0], k[1]) for k in _kinds(text)] == [("Disrupted weapons use", where)], _kinds(text)


@pytest.mark.parametrize("text", [
    "اعترضت روسيا أمس على نشر صواريخ أمريكية في بولندا.",
    "واعترض النواب أمس على صفقة صواريخ مع تركيا في جلسة البرلمان بأنقرة.",
])
def test_an_objection_intercepts_nothing(text: str) -> None:
    assert _kinds(text) == []


@pytest.mark.parametrize(("text", "where"), [
    # projectiles that fell, the day and their count between the verb and them
    ("سقطت أمس ثلاث مقذوفات أطلقتها الميليشيات الحوثية على قرى حدودية في منطقة نجران.", "Najran"),
    ("سقطت مساء أمس قذيفتان على حي سكني في مدينة جازان.", "Jizan"),
])
def test_projectiles_that_fell(text: str, where: str) -> None:
    assert [(k[0], k[1]) for k in _kinds(text)] == [("Shelling/artillery/missile attack", where)], _kinds(text)


def test_a_warplane_that_fell_on_no_one_is_still_a_crash() -> None:
    assert _kinds("سقطت أمس طائرة حربية في منطقة صحراوية قرب مدينة تدمر.") == []


def test_a_wanted_man_killed_is_counted() -> None:
    text = "أعلنت وزارة الداخلية مقتل مطلوب أمني أمس في تبادل لإطلاق النار مع رجال الأمن في حي الشويكة بمحافظة القطيف."
    assert [k[3] for k in _kinds(text)] == [1], _kinds(text)


def test_the_force_hurt_near_a_place_of_worship_was_struck() -> None:
    text = ("فجر انتحاري نفسه مساء أمس في موقف للسيارات قرب المسجد في مدينة القطيف ما أسفر عن مقتل أربعة من "
            "رجال الأمن.")
    assert [k[2] for k in _kinds(text)] == ["Police Forces of Saudi Arabia"], _kinds(text)


@pytest.mark.parametrize("text", [
    "سقط مقذوف أطلق من الأراضي اليمنية أمس على قرية حدودية في منطقة جازان.",
    "أعلن الدفاع المدني أن مقذوفا أطلق من الأراضي اليمنية سقط أمس على حي سكني في مدينة نجران دون إصابات.",
])
def test_fire_from_yemen_with_nobody_named_is_the_houthis(text: str) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None) for e in found] == [
        ("Shelling/artillery/missile attack", "Ansar Allah (Houthi Movement)")], _kinds(text)


def test_fire_within_a_country_keeps_its_unnamed_maker() -> None:
    text = "سقطت أمس قذيفة هاون أطلقت من حي جوبر على حي سكني في مدينة دمشق."
    assert [e.actor1.name if e.actor1 else None for e in news(text, PUB)] == ["Unidentified Armed Group (Syria)"]


def test_a_cell_brought_down_is_an_arrest() -> None:
    text = "أطاحت الجهات الأمنية أمس بخلية إرهابية مكونة من أربعة أشخاص في محافظة القطيف."
    assert [(k[0], k[1]) for k in _kinds(text)] == [("Arrests", "Al Qaţīf")], _kinds(text)


@pytest.mark.parametrize(("text", "who", "whom", "where"), [
    # round 50: shots from across the border ("لإطلاق نار من داخل الأراضي اليمنية") came from there, and
    # with nobody named are the Houthis' (actors.yaml `fire_origins`)
    ("واستشهد جندي من حرس الحدود أمس إثر تعرضه لإطلاق نار من داخل الأراضي اليمنية في منطقة نجران.",
     "Ansar Allah (Houthi Movement)", "Military Forces of Saudi Arabia", "Najran"),
    # the militias of the coup, as the Saudi outlets name them
    ("وقصفت الميليشيات الانقلابية أمس أحياء سكنية في مدينة تعز بقذائف الهاون.",
     "Ansar Allah (Houthi Movement)", None, "Taiz"),
])
def test_fire_across_the_border_and_the_militias_of_the_coup(text: str, who: str, whom: str | None, where: str) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e), place(e)) for e in found] == [(who, whom, where)], _kinds(text)

