"""Who made a bombing and whom it struck, and words that make no incident (round 35): a bomb that
names no side struck has civilians as its victims unless it hurt nobody; a relative clause after an
incident told again ("التفجير الذي نفذه التنظيم") names its maker; what a thing "makes possible"
is no deed; bodies or arms handed over are no territory; "violence" whose dead are fighters is no
riot; a party's epithet between it and its verb leaves it the subject; a force of order stays the
host state's after a foreign coalition is named; "القوات العسكرية" and a single "جندي" are a state's
forces. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place

PUB = date(2015, 8, 6)


def _kinds(text: str) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(e.sub_event_type, place(e), actor1(e), actor2(e), e.modality) for e in news(text, PUB)]


@pytest.mark.parametrize(("text", "victims"), [
    # a bomb among people, no side named as struck: civilians
    ("أعلنت الشرطة هوية مشتبه به في الهجوم الانتحاري الذي استهدف أمس مدينة أورفا.", "Civilians (Turkey)"),
    ("انفجرت سيارة مفخخة صباح أمس في حي الكرادة ببغداد.", "Civilians (Iraq)"),
    # a bomb that hurt nobody has no party acted on
    ("انفجرت عبوة ناسفة أمس في حي الكرادة ببغداد دون وقوع إصابات.", None),
    ("انفجرت عبوة ناسفة أمس في حي الكرادة ببغداد ولم يصب أحد بأذى.", None),
    # a state's forces named after the bomb are who it struck, even if no role names them
    ("وذكرت الوكالة أن مهاجمين فجروا أمس عبوة صغيرة في ضباط داخل سيارة شرطة ببلدة شمدينلي.", None),
    # the side named as struck stays
    ("انفجرت عبوة ناسفة أمس بدورية للجيش العراقي في قضاء الطارمية.", "Military Forces of Iraq"),
])
def test_a_bomb_that_names_no_side_struck(text: str, victims: str | None) -> None:
    bombs = [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]
    assert [actor2(e) for e in bombs] == [victims], _kinds(text)


@pytest.mark.parametrize(("text", "maker"), [
    ("رئيس الحكومة يتفقد الجرحى. وقتل 12 شخصا أمس في تفجير انتحاري بمدينة أورفا. "
     "ورفض الوزير الانتقادات غداة التفجير الانتحاري الذي نفذه داعش في مدينة أورفا.", "Islamic State"),
    ("قتل جنديان أمس بانفجار عبوة ناسفة على طريق في ولاية هكاري. "
     "وندد الرئيس بالتفجير الذي تبناه حزب العمال الكردستاني.", "Kurdistan Workers' Party"),
])
def test_a_relative_clause_names_the_maker_of_an_incident_told_again(text: str, maker: str) -> None:
    bombs = [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]
    assert [actor1(e) for e in bombs] == [maker], _kinds(text)


def test_an_incident_told_again_with_its_maker_is_not_a_second_one() -> None:
    text = ("وقتل 12 شخصا أمس في تفجير انتحاري بمدينة أورفا. "
            "ورفض الوزير الانتقادات غداة التفجير الانتحاري الذي نفذه داعش في مدينة أورفا.")
    assert len(news(text, PUB)) == 1, _kinds(text)


@pytest.mark.parametrize("text", [
    # what a thing makes possible
    "وأكد المحلل أن فتح القاعدة الجوية يتيح لطائرات التحالف قصف داعش في سوريا بسهولة أكبر.",
    # handing over bodies, arms, captives
    "وذكر المصدر أن التنظيم سلم أمس نحو عشرين جثة إلى مستشفى الموصل.",
    "سلم المسلحون أسلحتهم أمس إلى الجيش في بلدة الضمير.",
    "وقال المتحدث إن عشرة مطلوبين سلموا أنفسهم أمس للشرطة في مدينة تكريت.",
    # taking part: the verbal noun right after the verb and its object, no date of its own
    "بريطانيا تشارك التحالف قصف داعش في العراق",
    # "violence" whose dead are fighters and soldiers: the day's fighting summed up
    "أفادت مصادر أمنية أمس بمقتل ستة من عناصر داعش وثلاثة جنود في أعمال عنف بمحافظة صلاح الدين.",
])
def test_words_that_tell_no_incident_of_their_own(text: str) -> None:
    assert news(text, PUB) == [], _kinds(text)


@pytest.mark.parametrize(("text", "sub"), [
    ("انسحب مقاتلو المعارضة أمس من بلدة الزبداني.", "Non-violent transfer of territory"),
    ("سلم المسلحون مواقعهم في قرية الحسينية إلى الجيش أمس.", "Non-violent transfer of territory"),
    ("اندلعت أعمال عنف أمس في مدينة البصرة بين المحتجين والشرطة.", "Violent demonstration"),
    ("قتل ثلاثة متظاهرين أمس في أعمال عنف بمدينة البصرة.", "Violent demonstration"),
    ("شاركت طائرات تركية أمس في قصف مواقع داعش قرب مدينة الباب.", "Air/drone strike"),
])
def test_the_same_words_still_tell_an_incident(text: str, sub: str) -> None:
    assert sub in [e.sub_event_type for e in news(text, PUB)], _kinds(text)


def test_a_party_with_its_epithet_before_the_verb_is_its_subject() -> None:
    text = "وذكرت الوزارة أمس أن عناصر داعش الإرهابي هاجمت قطعات عسكرية قرب ناحية الكرمة شرق الفلوجة."
    got = [(actor1(e), actor2(e)) for e in news(text, PUB) if e.sub_event_type == "Armed clash"]
    assert got == [("Islamic State", "Military Forces of Iraq")], _kinds(text)


def test_forces_of_order_stay_the_host_states_after_a_coalition() -> None:
    text = ("أعلنت قوات التحالف الذي تقوده الولايات المتحدة أمس تنفيذ غارات جوية على مواقع لداعش في العراق. "
            "وقال المتحدث باسم المحافظة إن القوات الأمنية فرضت سيطرتها أمس على بلدة هيت.")
    taken = [e for e in news(text, PUB) if e.event_type == "Battles"]
    assert [(e.sub_event_type, actor1(e)) for e in taken] == [("Government regains territory", "Military Forces of Iraq")], \
        _kinds(text)


@pytest.mark.parametrize(("text", "role", "who"), [
    ("قصفت القوات العسكرية المتمركزة خارج الفلوجة أمس الأحياء السكنية في المدينة ما أدى إلى مقتل أربعة مدنيين.",
     "actor1", "Military Forces of Iraq"),
    ("أعلن الجيش التركي أمس مقتل جندي في هجوم بولاية ماردين.", "actor2", "Military Forces of Turkey"),
    # the Iraqi word for its own army's units stays the host state's after a foreign state is named
    ("قالت الولايات المتحدة إنها ستواصل دعم العراق. وأكد العميد أن القطعات العسكرية قصفت أمس مواقع داعش "
     "في مدينة الفلوجة.", "actor1", "Military Forces of Iraq"),
])
def test_generic_words_of_a_states_forces(text: str, role: str, who: str) -> None:
    events = news(text, PUB)
    got = [actor1(e) if role == "actor1" else actor2(e) for e in events]
    assert got == [who], _kinds(text)



@pytest.mark.parametrize(("text", "places"), [
    # the incidents counted after a word of inclusion are each a record, also after places counted
    ("أعلن التحالف أمس تنفيذ 15 غارة على مواقع لداعش في العراق في ست مدن مختلفة، بينها ثلاث غارات "
     "قرب بيجي ومثلها قرب الفلوجة.", ["Al Fallūjah", "Bayjī"]),
    ("نفذ التحالف أمس 20 غارة جوية على داعش في العراق في تسع مدن، منها خمس غارات قرب سنجار وأربع قرب تلعفر.",
     ["Sinjār", "Tall ‘Afar"]),
])
def test_incidents_counted_after_a_word_of_inclusion_are_records(text: str, places: list[str]) -> None:
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike" and not e.aggregate]
    assert sorted(place(e) or "" for e in raids) == places, _kinds(text)


def test_the_places_between_a_passive_verb_and_its_cue_past_commas_are_struck() -> None:
    text = "وتعرضت مناطق في مدينتي اللطامنة وكفرزيتا، بريف حماة الشمالي، لقصف جوي أمس."
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert sorted(place(e) or "" for e in raids) == ["Al-Latamneh", "Kafr Zita"], _kinds(text)


@pytest.mark.parametrize(("text", "places"), [
    # a fight told again is its own when the other side and its place come past "من جهة،"
    ("اندلعت الاشتباكات العنيفة صباح أمس في حي جوبر بدمشق. وتعرضت مدينة داريا أمس لقصف من قبل قوات النظام، فيما "
     "تواصلت الاشتباكات الضارية بين قوات النظام من جهة، وفصائل المعارضة من جهة أخرى في مدينة الزبداني.",
     ["Az Zabadānī", "Jobar (Damascus)"]),
    # ... or when its place is the town named before ("في محيط المدينة")
    ("اندلعت الاشتباكات العنيفة صباح أمس في حي جوبر بدمشق. وتعرضت مدينة داريا أمس لقصف من قبل قوات النظام، مترافقا مع "
     "تواصل الاشتباكات الضارية بين قوات النظام من جهة، وفصائل المعارضة من جهة أخرى في محيط المدينة.",
     ["Dārayyā", "Jobar (Damascus)"]),
])
def test_a_fight_told_again_with_sides_and_a_place_of_its_own(text: str, places: list[str]) -> None:
    fights = [e for e in news(text, PUB) if e.sub_event_type == "Armed clash"]
    assert sorted(place(e) or "" for e in fights) == places, _kinds(text)


def test_villagers_under_arms_are_fighters_not_civilians() -> None:
    text = ("وأعلن المرصد أمس استمرار الاشتباكات العنيفة بين الفصائل ومقاتلين من طرف وقوات النظام المدعمة "
            "بمسلحين قرويين موالين لها من طرف آخر، في محيط بلدة اللطامنة.")
    got = [(e.event_type, actor2(e)) for e in news(text, PUB)]
    assert ("Violence against civilians", "Civilians (Syria)") not in got and got, _kinds(text)


def test_an_incident_told_again_whose_places_open_the_next_clause_is_its_own() -> None:
    text = ("قتل 20 مسلحا من داعش في غارات شنتها طائرات عراقية قرب مدينة الرمادي اليوم. "
            "وأضاف المصدر أن القوة الجوية شنت اليوم سلسلة أخرى من الغارات، في مناطق هيت وكبيسة.")
    raids = [e for e in news(text, PUB) if e.sub_event_type == "Air/drone strike"]
    assert sorted(place(e) or "" for e in raids) == ["Hīt", "Kubaysa", "Ramadi"], _kinds(text)


@pytest.mark.parametrize("text", [
    ("أعلنت وزارة الداخلية الكويتية في بيان، اليوم (الخميس)، ضبط خلية إرهابية تضم ستة أشخاص. "
     "وقال البيان إن أحدهم قاتل في مدينة الموصل، وإن آخر تدرب في مدينة الموصل على السلاح."),
    # the police do not arrest abroad: the place of what the men did is not the arrest's
    "أعلنت السلطات الكويتية، اليوم، عن تفكيك شبكة إرهابية قاتل اثنان من أعضائها في صفوف التنظيم في سوريا والعراق.",
])
def test_a_states_office_named_by_its_nationality_arrests_at_home(text: str) -> None:
    arrests = [e for e in news(text, PUB) if e.sub_event_type == "Arrests"]
    assert [(place(e), actor1(e)) for e in arrests] == [("Kuwait", "Police Forces of Kuwait")], _kinds(text)


@pytest.mark.parametrize(("text", "sub"), [
    # people counted among the dead of clashes are no side of them: still a fight
    ("قتل شخصان وجرح آخرون في اشتباكات اندلعت مجددا ليل أمس في بلدة سيلوبي.", "Armed clash"),
    # civilians as the target of armed men stay an attack on civilians
    ("استهدف مسلحون أمس ثلاثة مدنيين في حي الأعظمية ببغداد.", "Attack"),
])
def test_people_counted_among_the_dead_of_clashes(text: str, sub: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == [sub], _kinds(text)



@pytest.mark.parametrize(("text", "maker"), [
    ("قتل عشرة مدنيين في غارات فجر اليوم لطائرات التحالف على بلدة قرب مدينة الرقة",
     "International Coalition (Operation Inherent Resolve)"),
    ("أصيب ستة أشخاص في قصف مساء أمس لقوات النظام على حي في مدينة درعا", "Military Forces of Syria"),
])
def test_the_agent_with_lam_stands_after_the_time_of_the_noun_cue(text: str, maker: str) -> None:
    # round 41: a time between a noun cue and its agent joined with ل leaves the agent its maker
    evs = news(text)
    assert [actor1(e) for e in evs] == [maker], [(actor1(e), actor2(e)) for e in evs]
    assert actor2(evs[0]) != maker


@pytest.mark.parametrize(("text", "sub", "maker"), [
    # round 43: a verb of making right after the definite noun, no relative pronoun
    ("قالت الشرطة إنه تم اختطاف مهندس في مدينة ماردين أمس. وذكر المحافظ أن الاختطاف قام به حزب العمال الكردستاني.",
     "Abduction/forced disappearance", "Kurdistan Workers' Party"),
    ("قتل جندي أمس بانفجار عبوة ناسفة في ولاية هكاري، والتفجير تبناه حزب العمال الكردستاني.",
     "Remote explosive/landmine/IED", "Kurdistan Workers' Party"),
])
def test_a_verb_of_making_right_after_the_incident_names_its_maker(text: str, sub: str, maker: str) -> None:
    assert [(e.sub_event_type, actor1(e)) for e in news(text, PUB)] == [(sub, maker)], _kinds(text)


@pytest.mark.parametrize(("text", "sub"), [
    # round 43: "it was done" after the speaker's pronoun: the speaker is no agent
    ("قالت الشرطة إنه تم اختطاف مهندس في مدينة ماردين أمس.", "Abduction/forced disappearance"),
    ("قالت الشرطة إنه تم إطلاق النار على حافلة للركاب في بلدة الرطبة أمس.", "Attack"),
    ("قالت الشرطة إنه جرى اغتيال مختار قرية في ناحية العلم أمس.", "Attack"),
])
def test_the_speaker_of_an_impersonal_passive_is_no_agent(text: str, sub: str) -> None:
    evs = news(text, PUB)
    assert [e.sub_event_type for e in evs] == [sub], _kinds(text)
    assert actor1(evs[0]) in (None, "Unidentified Armed Group (Turkey)", "Unidentified Armed Group (Iraq)"), _kinds(text)


@pytest.mark.parametrize(("text", "maker"), [
    # round 46: two incidents told again with the verb of making in the dual: their maker, their kind kept
    ("قتل 20 شخصا في تفجيرين استهدفا سوقا في مدينة بغداد أمس. وأكدت مصادر طبية حصيلة الهجومين اللذين تبناهما "
     "تنظيم داعش.", "Islamic State"),
    ("قتل سبعة جنود في انفجار عبوتين ناسفتين بدورية للجيش في مدينة العريش صباح اليوم. وقالت مصادر إن الهجومين "
     "اللذين نفذهما تنظيم ولاية سيناء وقعا على طريق المطار.", "Islamic State"),
])
def test_two_incidents_told_again_with_their_maker(text: str, maker: str) -> None:
    found = news(text)
    assert [e.sub_event_type for e in found] == ["Remote explosive/landmine/IED"]
    assert actor1(found[0]) == maker
