"""Forms of the border fronts and of world news (round 52): an infiltration foiled or fought off is
a clash; a killer counts its dead without a number; a site after a word of nearness places the
incident; the opposition in the street outside Syria; people freed take no place; a report placed
at a whole country sums up a province's incident; Somalia's regions and Yemen's fronts. Sentences
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, news, place
from marsad.models import Article
from marsad.pipeline import extract_events

PUB = date(2017, 3, 8)  # a Wednesday


def _parties(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.sub_event_type, actor1(e), actor2(e)) for e in news(text, PUB)]


@pytest.mark.parametrize("text", [
    "صدت القوات السعودية محاولة تسلل لعناصر من ميليشيا الحوثي باتجاه مواقعها في منطقة جازان أمس.",
    "أحبطت القوات البرية السعودية، فجر أمس، محاولة تسلل للحوثيين نحو مواقع عسكرية في منطقة جازان.",
    "أفشلت القوات السعودية محاولة تسلل نفذها عناصر من ميليشيا الحوثي في منطقة نجران أمس.",
    "أحبط الجيش السعودي محاولة تسلل نفذها الحوثيون باتجاه مواقعه في منطقة نجران أمس.",
    # a comma set apart by spaces around the day
    "أحبطت القوات البرية السعودية ، فجر أمس ، محاولة تسلل للحوثيين نحو مواقع عسكرية في منطقة جازان.",
])
def test_an_infiltration_foiled_or_fought_off_is_a_clash(text: str) -> None:
    assert _parties(text) == [("Armed clash", "Military Forces of Saudi Arabia", "Ansar Allah (Houthi Movement)")], text


@pytest.mark.parametrize("text", [
    "تمكنت القوات السعودية من إحباط محاولة تسلل للحوثيين في منطقة جازان أمس.",
    "تمكن حرس الحدود من التصدي لمحاولة تسلل لعناصر من ميليشيا الحوثي في منطقة جازان أمس.",
])
def test_the_noun_of_an_infiltration_foiled_is_a_clash_not_a_plan(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB)] == ["Armed clash"], text


def test_a_bombing_foiled_told_by_its_noun_is_disrupted_weapons_use() -> None:
    text = "تمكنت الشرطة العراقية من إحباط محاولة لتفجير سيارة مفخخة في حي الكرادة ببغداد أمس."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Disrupted weapons use"]


@pytest.mark.parametrize("text", [
    # a plan, not an incident: nothing foiled
    "يحاول الحوثيون التسلل إلى القرى الحدودية في منطقة جازان منذ أشهر.",
    "قال المتحدث إن القوات ستحبط أي محاولة تسلل في منطقة جازان.",
])
def test_an_attempt_told_as_a_plan_is_no_clash(text: str) -> None:
    assert news(text, PUB) == [], text


@pytest.mark.parametrize(("text", "parties"), [
    ("قتلت القوات السعودية عددا من الحوثيين في منطقة جازان أمس.",
     ("Military Forces of Saudi Arabia", "Ansar Allah (Houthi Movement)")),
    ("قتل الجيش اليمني العشرات من مسلحي الحوثي في مديرية نهم أمس.",
     ("Military Forces of Yemen", "Ansar Allah (Houthi Movement)")),
])
def test_a_killer_counts_its_dead_without_a_number(text: str, parties: tuple[str, str]) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [parties], text


@pytest.mark.parametrize(("text", "victims"), [
    ("قتل شرطيان إسرائيليان في هجوم بالأسلحة النارية قرب أحد أبواب المسجد الأقصى في القدس أمس.",
     "Police Forces of Israel"),
    ("قتل جنديان عراقيان في انفجار عبوة ناسفة قرب سوق شعبي في مدينة بعقوبة أمس.", "Military Forces of Iraq"),
])
def test_a_site_after_a_word_of_nearness_places_the_incident(text: str, victims: str) -> None:
    assert [actor2(e) for e in news(text, PUB)] == [victims], text


def test_a_site_struck_is_still_the_target() -> None:
    text = "قتل خمسة مصلين في هجوم على مسجد في مدينة كابول أمس."
    assert [actor2(e) for e in news(text, PUB)] == ["Civilians (Afghanistan)"]


@pytest.mark.parametrize(("text", "parties"), [
    ("هاجم مسلحون موالون للحكومة مسيرة للمعارضة في العاصمة الفنزويلية كاراكاس أمس.",
     ("Attack", "Unidentified Armed Group (Venezuela)", "Protesters (Venezuela)")),
    # in Syria the opposition is its armed rebels
    ("هاجمت قوات النظام مواقع المعارضة في ريف إدلب أمس.",
     ("Armed clash", "Military Forces of Syria", "Opposition Rebels (Syria)")),
])
def test_the_opposition_is_in_the_street_outside_syria(text: str, parties: tuple[str, str, str]) -> None:
    assert _parties(text) == [parties], text


@pytest.mark.parametrize("text", [
    "حرر الجيش النيجيري 250 امرأة وطفلا كانوا محتجزين لدى بوكو حرام في ولاية بورنو أمس.",
    "تمكنت القوات العراقية من تحرير 12 رهينة في حي الزهور بمدينة الموصل أمس.",
])
def test_people_freed_are_no_place_taken(text: str) -> None:
    assert [e.sub_event_type for e in news(text, PUB) if "territory" in e.sub_event_type] == [], text


def test_a_quarter_freed_is_a_place_taken() -> None:
    text = "حررت القوات العراقية حي الزهور في مدينة الموصل من تنظيم داعش أمس."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Government regains territory"]


def test_a_report_placed_at_a_whole_country_sums_up_the_provinces_incident() -> None:
    body = ("شن مسلحون من حركة الشباب هجوما على قاعدة للجيش الصومالي في إقليم شبيلي السفلى فجر الثلاثاء.\n"
            "وقالت الحركة في بيان إنها سيطرت على القاعدة بعد معارك مع الجنود.")
    evs = extract_events(Article(id="t", title="حركة الشباب تهاجم قاعدة للجيش جنوبي الصومال", body=body,
                                 published=PUB, language="ar"))
    fresh = [e for e in evs if not e.background and not e.aggregate]
    assert [(place(e), actor1(e), actor2(e)) for e in fresh] == \
        [("Lower Shabelle", "Al Shabaab", "Military Forces of Somalia")]


@pytest.mark.parametrize(("text", "where"), [
    ("فجر انتحاري سيارة مفخخة عند حاجز للجيش في مدينة أفجوي غربي مقديشو أمس.", "Afgoye"),
    ("قتل ثلاثة جنود في هجوم لحركة الشباب على بلدة مركا في إقليم شبيلي السفلى أمس.", "Marka"),
    ("هاجم مسلحون من حركة الشباب قاعدة عسكرية في إقليم شبيلي الوسطى أمس.", "Middle Shabelle"),
    # the fronts of Yemen's war
    ("قصفت مدفعية الجيش الوطني مواقع للحوثيين في مديرية نهم شرقي صنعاء أمس.", "Nihm district"),
    ("شنت مقاتلات التحالف غارات على مواقع للحوثيين في مديرية الخوخة جنوبي الحديدة أمس.", "Al-Khawkhah"),
])
def test_the_regions_and_towns_of_the_fronts(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], text


def test_the_burning_of_homes_told_by_its_noun_is_property_destruction() -> None:
    text = "اتهمت منظمة حقوقية الجيش بإحراق منازل في قرى بولاية راخين خلال الأسبوع الماضي."
    assert [(e.sub_event_type, actor1(e), e.modality) for e in news(text, PUB)] == \
        [("Looting/property destruction", "Military Forces of Myanmar", "alleged")]


@pytest.mark.parametrize(("text", "who"), [
    ("أوقفت قوات الأمن التركية أمس 12 مشتبها بالانتماء إلى تنظيم داعش خلال مداهمات في مدينة أضنة.",
     "Police Forces of Turkey"),
    # the army arrests as the army
    ("اعتقل الجيش التركي 12 شخصا في مدينة أضنة أمس.", "Military Forces of Turkey"),
])
def test_a_states_security_forces_arrest_as_its_police(text: str, who: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == [who], text


def test_the_monitors_word_for_the_rebel_brigades() -> None:
    text = "أصيب خمسة مدنيين بجراح جراء سقوط قذائف أطلقتها كتائب مقاتلة على حي الحمدانية في مدينة حلب أمس."
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [("Opposition Rebels (Syria)", "Civilians (Syria)")]


@pytest.mark.parametrize("text", [
    "لقي العشرات من مسلحي الحوثي، أمس، مصرعهم على يد رجال المقاومة الشعبية في مدينة البيضاء.",
    "لقي عشرة من عناصر ميليشيا الحوثي، أمس، حتفهم على يد مسلحي المقاومة الشعبية شرق مدينة البيضاء.",
])
def test_the_pronoun_of_ones_own_death_names_the_dead(text: str) -> None:
    assert _parties(text) == [("Armed clash", "Popular Resistance (Yemen)", "Ansar Allah (Houthi Movement)")], text


def test_reinforcements_stopped_on_their_way_are_a_clash_where_they_were_stopped() -> None:
    text = ("لقي عشرة من مسلحي الحوثي مصرعهم على يد أفراد المقاومة الشعبية في محافظة البيضاء أمس، وأفاد مصدر بأن المقاومة "
            "اعترضت تعزيزات كانت في طريقها من صنعاء إلى محافظة أبين.")
    assert [(e.sub_event_type, place(e)) for e in news(text, PUB)] == [("Armed clash", "Al Bayda")]


def test_a_site_right_after_a_noun_cue_leaves_the_doer_to_the_next_rule() -> None:
    text = "قال مسؤول محلي إن عناصر تنظيم داعش نفذوا أمس حملة مداهمات كبيرة لمنازل الأهالي في مدينة الفلوجة."
    assert [actor1(e) for e in news(text, PUB)] == ["Islamic State"]


def test_the_dead_a_headline_counts_after_its_present_verb() -> None:
    evs = extract_events(Article(id="t", title="الشرطة المصرية تقتل 5 مسلحين في تبادل لإطلاق النار بالفيوم",
                                 body="وقع الحادث في منطقة زراعية بمحافظة الفيوم.", published=PUB, language="ar"))
    assert [(actor1(e), actor2(e)) for e in evs if not e.background] == \
        [("Police Forces of Egypt", "Unidentified Armed Group (Egypt)")]


def test_the_security_forces_told_again_as_the_police() -> None:
    evs = extract_events(Article(id="t", title="العراق: قتيل في مواجهات بين محتجين والشرطة في الكوت",
                                 body="قتل متظاهر في مواجهات بين محتجين وقوات الأمن في مدينة الكوت أمس.",
                                 published=PUB, language="ar"))
    assert [actor2(e) for e in evs if not e.background] == ["Police Forces of Iraq"]


def test_the_subject_of_a_passive_verb_opening_its_clause_is_the_party_named_before() -> None:
    text = ("أثناء قيام رجال الأمن بمهامهم في بلدة العوامية مساء أمس، تعرضوا لإطلاق نار من أحد المطلوبين، "
            "وتم الرد عليه بالمثل.")
    assert [(e.sub_event_type, actor2(e)) for e in news(text, PUB)] == [("Armed clash", "Police Forces of Saudi Arabia")]


def test_the_town_of_the_incident_suspects_are_tied_to_is_not_the_arrests() -> None:
    evs = extract_events(Article(id="t", title="اعتقال 4 في تركيا للاشتباه في صلتهم بهجوم أنقرة",
                                 body="قالت وكالة الأناضول إن الشرطة اعتقلت أربعة أشخاص في مدينة قونية أمس.",
                                 published=PUB, language="ar"))
    assert [(e.sub_event_type, place(e)) for e in evs if not e.background] == [("Arrests", "Konya")]


def test_a_bombing_foiled_by_its_headline_that_went_off_outside_is_one_bombing() -> None:
    evs = extract_events(Article(
        id="t", title="إحباط هجوم انتحاري على مسجد في القطيف",
        body="منع رجال الأمن انتحاريا يرتدي حزاما ناسفا من دخول مسجد في بلدة القديح بمحافظة القطيف أمس، ففجر نفسه في "
             "مواقف السيارات ما أدى إلى مقتل شخصين.", published=PUB, language="ar"))
    assert [e.sub_event_type for e in evs if not e.background] == ["Suicide bomb"]


def test_infiltrators_named_by_the_adjective_of_their_group() -> None:
    text = "استشهد جندي من حرس الحدود في مواجهات مع متسللين حوثيين على الشريط الحدودي بمنطقة جازان أمس."
    assert [actor1(e) for e in news(text, PUB)] == ["Ansar Allah (Houthi Movement)"]


@pytest.mark.parametrize("text", [
    "ساندت مقاتلات التحالف تقدم قوات الجيش الوطني بغارات على مواقع الحوثيين في مديرية صرواح أمس.",
    "وقال مصدر عسكري إن مقاتلات التحالف ساندت تقدم الجيش الوطني بغارات استهدفت مواقع للحوثيين في مديرية صرواح أمس.",
])
def test_who_backed_an_advance_with_strikes_made_them(text: str) -> None:
    assert [(actor1(e), actor2(e)) for e in news(text, PUB)] == [("Saudi-led Coalition", "Ansar Allah (Houthi Movement)")], text


def test_a_newspaper_told_is_no_place() -> None:
    text = 'وقالت مصادر محلية لـ"الرياض" إن خمسة من مسلحي الحوثي قتلوا أمس في مواجهات مع المقاومة الشعبية.'
    assert [place(e) for e in news(text, PUB)] in ([], [None])


def test_what_the_weapons_stopped_tried_to_do_is_the_interception() -> None:
    text = "قالت وزارة الدفاع الروسية إن قواتها أسقطت خمس طائرات مسيرة حاولت مهاجمة قاعدة حميميم الجوية مساء أمس."
    assert [e.sub_event_type for e in news(text, PUB)] == ["Disrupted weapons use"]


@pytest.mark.parametrize("title", [
    "الغارديان: الحرب تنهك الشرطة في هلمند",
    "صحف عربية تناقش معارك الرقة",
])
def test_a_review_of_the_newspapers_reports_no_incident(title: str) -> None:
    body = ("تقول الصحيفة إن مسلحي طالبان هاجموا نقطة للشرطة في ولاية هلمند الأسبوع الماضي وقتلوا خمسة من أفرادها، "
            "وإن الحكومة عاجزة عن حماية عناصرها.")
    evs = extract_events(Article(id="t", title=title, body=body, published=PUB, language="ar"))
    assert evs and all(e.background for e in evs)


def test_a_news_report_a_newspaper_told_is_still_news() -> None:
    evs = extract_events(Article(id="t", title="نيويورك تايمز: غارة أمريكية تقتل مدنيين في الموصل",
                                 body="قالت صحيفة نيويورك تايمز إن غارة جوية أمريكية قتلت سبعة مدنيين في حي الزنجيلي بمدينة "
                                      "الموصل أمس.", published=PUB, language="ar"))
    assert [e.sub_event_type for e in evs if not e.background] == ["Air/drone strike"]


def test_a_round_up_section_opened_by_its_place_borrows_no_date_of_long_ago() -> None:
    text = ("طالب المحتجون بمحاكمة ابن عم الضابط الذي قتل في معارك مع المعارضة في العام الماضي.\n"
            "وفي العاصمة، قتل تسعة مدنيين في قصف بالقذائف شنته فصائل المعارضة على حي باب توما في دمشق.")
    assert [(e.sub_event_type, str(e.event_date)) for e in news(text, PUB)] == \
        [("Shelling/artillery/missile attack", "2017-03-08")]


@pytest.mark.parametrize(("text", "where"), [
    ("سقط مقذوف عسكري أطلق من داخل الأراضي اليمنية على محافظة الطوال بمنطقة جازان مساء أمس.", "Al-Tuwal"),
    ("سقطت قذائف أطلقتها ميليشيا الحوثي على قرى في محافظة العارضة بمنطقة جازان أمس.", "Al-Aridah"),
])
def test_the_border_governorates_of_jizan(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], text


def test_a_warplanes_model_in_brackets_still_names_its_state() -> None:
    text = "قصفت طائرات (إف 16) التركية أمس مخابئ لمسلحي حزب العمال الكردستاني في إقليم كردستان العراق."
    assert [actor1(e) for e in news(text, PUB)] == ["Military Forces of Turkey"]


@pytest.mark.parametrize(("text", "where"), [
    ("قال مسؤولون إن الشرطة أطلقت الرصاص الحي على المحتجين في إقليم أوروميا أمس ما أدى إلى مقتل ثلاثة منهم.",
     "Oromia region"),
    ("قتل عشرة جنود في هجوم لمسلحين على قاعدة للجيش في منطقة سيغو وسط مالي أمس.", "Segou"),
])
def test_live_bullets_fired_on_protesters_and_the_regions_of_africas_wars(text: str, where: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [where], text


def test_the_participle_of_going_on_tells_a_campaign_not_an_incident() -> None:
    text = "وأضاف المتحدث أن الميليشيات الحوثية مستمرة في استهداف القرى الحدودية في منطقة جازان."
    assert news(text, PUB) == []


def test_a_denial_that_goes_on_with_a_participle_of_saying_names_no_target_past_it() -> None:
    evs = extract_events(Article(
        id="t", title="غارات روسية تقتل 15 مدنيا في دير الزور",
        body="قال المرصد السوري لحقوق الإنسان إن 15 مدنيا على الأقل قتلوا في غارات يعتقد أنها روسية استهدفت قرية الخريطة "
             "في ريف دير الزور الغربي، الخميس.\nونفت وزارة الدفاع الروسية أن تكون طائراتها قد استهدفت مناطق مأهولة، مؤكدة "
             "أنها تضرب فقط مواقع تنظيم الدولة الإسلامية.",
        published=PUB, language="ar"))
    assert "Islamic State" not in [actor2(e) for e in evs]


def test_hostages_taken_and_killed_are_an_attack_on_them() -> None:
    text = "قتل 12 رهينة على الأقل بعد أن احتجزهم مسلحون داخل فندق في مدينة باماكو ليل الجمعة."
    assert [(e.sub_event_type, actor2(e)) for e in news(text, PUB)] == [("Attack", "Civilians (Mali)")]


def test_others_arrested_after_a_killing_are_more_of_its_objects() -> None:
    text = "قتلت قوات الأمن المصرية خمسة مسلحين واعتقلت ثلاثة آخرين خلال مداهمة في مدينة العريش أمس."
    assert [(e.sub_event_type, actor1(e)) for e in news(text, PUB)] == [("Armed clash", "Military Forces of Egypt")]
