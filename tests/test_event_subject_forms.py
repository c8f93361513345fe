"""Forms of news tuned in round 55: the dead counted after an active verb whose subject stands
before it; a site after a word of nearness, no object; where the doers come from; a description
between commas after the attackers or the claimer; people led away by a state's forces; a
headline's general attack over the incident its body tells. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from event_support import actor1, actor2, headline_news, news, place

PUB = date(2017, 4, 12)  # a Wednesday


@pytest.mark.parametrize("text, force", [
    ("قال متحدث عسكري إن مسلحين قتلوا أربعة جنود بالرصاص في مدينة الشيخ زويد أمس.", "Military Forces of Egypt"),
    ("أفادت مصادر أمنية بأن مسلحين مجهولين قتلوا شرطيين اثنين بالرصاص في مدينة بعقوبة مساء أمس.", "Police Forces of Iraq"),
    ("وذكرت مصادر أمنية أن مسلحين قتلوا خمسة جنود في هجوم على ثكنة بمدينة الموصل أمس.", "Military Forces of Iraq"),
])
def test_the_count_after_an_active_verb_whose_subject_stands_before_it_is_the_dead(text: str, force: str) -> None:
    found = news(text, PUB)
    assert [(e.event_type, actor2(e)) for e in found] == [("Battles", force)], text


@pytest.mark.parametrize("text", [
    "قتل مسلحون أربعة جنود بالرصاص في مدينة الشيخ زويد أمس.",  # the verb first: as before
    "قال متحدث عسكري إن أربعة مسلحين قتلوا في اشتباك مع الجيش في مدينة الشيخ زويد أمس.",  # passive: the gunmen died
])
def test_the_verb_first_and_the_passive_stay(text: str) -> None:
    found = news(text, PUB)
    assert len(found) == 1 and found[0].event_type == "Battles", text
    assert actor2(found[0]) is not None, text


@pytest.mark.parametrize("text", [
    "قالت الشرطة إن مسلحين قتلوا شرطيين بالرصاص قرب الكنيسة الكبرى في مدينة المنيا أمس.",
    "قالت الشرطة إن مسلحين قتلوا شرطيين بالرصاص أمام مسجد القرية في مدينة المنيا أمس.",
])
def test_a_site_after_a_word_of_nearness_places_the_deed_and_is_not_its_object(text: str) -> None:
    found = news(text, PUB)
    assert [(actor2(e), place(e)) for e in found] == [("Police Forces of Egypt", "Minya")], text


@pytest.mark.parametrize("text", [
    "قتل مسلحون شرطيين في مدينة المنيا أمس. وقالت الشرطة إن المسلحين، وهم من قرية الحواتكة في محافظة أسيوط، فروا بعد الهجوم.",
    "قتل مسلحون شرطيين في مدينة المنيا أمس. وقالت الشرطة إن أحد المهاجمين، وهو من سكان مدينة أسيوط، قتل برصاص قوات الأمن.",
])
def test_the_town_the_doers_come_from_is_not_a_place_of_the_incident(text: str) -> None:
    found = news(text, PUB)
    assert {place(e) for e in found} == {"Minya"}, text


@pytest.mark.parametrize("text", [
    "أطلق ثلاثة مسلحين النار على دورية للشرطة في مدينة العريش صباح أمس فقتلوا شرطيين. وقالت وزارة الداخلية إن "
    "المهاجمين، وهم من بلدة رفح، قتلوا برصاص قوات الأمن بعد أن لجأوا إلى منزل قريب.",
    "أطلق ثلاثة مسلحين النار على دورية للشرطة في مدينة العريش صباح أمس فقتلوا شرطيين. وقالت وزارة الداخلية إن "
    "المهاجمين، الذين فروا في سيارة، قتلوا برصاص قوات الأمن في مزرعة قريبة.",
])
def test_the_attackers_killed_past_a_description_between_commas_end_the_attack(text: str) -> None:
    assert len(news(text, PUB)) == 1, text


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة قرب مبنى المحافظة في مدينة العريش أمس. وتبنى فرع تنظيم الدولة الإسلامية في سيناء الهجوم.",
    "انفجرت سيارة مفخخة قرب مبنى المحافظة في مدينة العريش أمس. وتبنى فرع تنظيم الدولة الإسلامية، الذي ينشط في "
    "شمال سيناء منذ سنوات، الهجوم في بيان.",
])
def test_a_claimer_described_before_the_incident_noun_claims_it(text: str) -> None:
    found = news(text, PUB)
    assert [actor1(e) for e in found] == ["Islamic State"], text


def test_a_claim_with_another_deed_between_claims_nothing_here() -> None:
    text = ("انفجرت سيارة مفخخة قرب مبنى المحافظة في مدينة العريش أمس. وتبنى تنظيم الدولة الإسلامية في سيناء "
            "اغتيال ضابط قبل شهر، وقال إن الهجوم جاء ردا على حملة الجيش.")
    found = [e for e in news(text, PUB) if e.event_type == "Explosions/Remote violence"]
    assert found and actor1(found[0]) != "Islamic State", text


@pytest.mark.parametrize("text, kind", [
    ("اقتادت الشرطة المصرية صحفيين اثنين إلى قسم الشرطة في مدينة الإسكندرية أمس.", ("Strategic developments", "Arrests")),
    ("اقتادت الشرطة المصرية صحفيين اثنين إلى جهة مجهولة في مدينة الإسكندرية أمس.",
     ("Violence against civilians", "Abduction/forced disappearance")),
    ("اقتاد مسلحون مجهولون صحفيين اثنين إلى مزرعة قرب مدينة بعقوبة أمس.",
     ("Violence against civilians", "Abduction/forced disappearance")),
])
def test_people_led_away_by_a_state_force_are_arrested(text: str, kind: tuple[str, str]) -> None:
    found = news(text, PUB)
    assert [(e.event_type, e.sub_event_type) for e in found] == [kind], text


def test_a_leader_led_away_from_a_protest_is_its_intervention() -> None:
    text = ("تظاهر آلاف المعارضين في وسط مدينة مينسك أمس للاحتجاج على ضريبة جديدة، وكان زعيم الحزب بين "
            "المعتقلين بعد أن اقتاده عناصر من الشرطة إلى سيارة عند مكان التظاهرة.")
    found = news(text, PUB)
    assert [(e.event_type, e.sub_event_type) for e in found] == [("Protests", "Protest with intervention")], text


@pytest.mark.parametrize("title, body", [
    ("مقتل ستة في هجوم على حاجز أمني في شمال سيناء",
     "قالت مصادر أمنية إن ستة من أفراد الشرطة قتلوا أمس عندما فجر انتحاري حزاما ناسفا عند حاجز أمني في مدينة العريش."),
    ("مقتل ستة في هجوم على حاجز أمني في شمال سيناء",
     "قالت مصادر أمنية إن ستة من أفراد الشرطة قتلوا أمس عندما انفجرت عبوة ناسفة زرعت قرب حاجز أمني في مدينة العريش."),
])
def test_a_headline_attack_no_weapon_types_sums_up_the_incident_the_body_tells(title: str, body: str) -> None:
    found = headline_news(title, body, PUB)
    assert [(e.event_type, place(e)) for e in found] == [("Explosions/Remote violence", "Arīsh")], (title, body)


def test_a_headline_attack_with_another_toll_stays_apart() -> None:
    found = headline_news("مقتل عشرين في هجوم على حاجز أمني في شمال سيناء",
                           "قالت مصادر أمنية إن ستة من أفراد الشرطة قتلوا أمس عندما فجر انتحاري حزاما ناسفا عند حاجز أمني "
                           "في مدينة العريش.", PUB)
    assert len(found) == 2


def test_the_subject_of_the_deed_a_fight_came_before_fought_it() -> None:
    text = ("تمكنت قوات الجيش الوطني، مدعومة بطيران التحالف، من استعادة مواقع في مديرية صرواح غرب مأرب أمس، "
            "بعد اشتباكات عنيفة مع ميليشيا الحوثي وقوات صالح.\n\n"
            "وقال مصدر عسكري إن الاشتباكات أسفرت عن مقتل تسعة من عناصر الميليشيا.")
    found = headline_news("الجيش اليمني يستعيد مواقع غرب مأرب", text, PUB)
    assert [(e.sub_event_type, actor1(e), actor2(e), place(e)) for e in found] == [
        ("Government regains territory", "Military Forces of Yemen", "Ansar Allah (Houthi Movement)", "Sirwah")]


@pytest.mark.parametrize("text, target", [
    ("وصلت تعزيزات لميليشيا الحوثي وقوات صالح إلى مدينة زبيد أمس. وشنت مقاتلات التحالف غارات على تجمعات "
     "للميليشيا في المدينة.", "Ansar Allah (Houthi Movement)"),
    ("وصلت تعزيزات لقوات صالح وميليشيا الحوثي إلى مدينة زبيد أمس. وشنت مقاتلات التحالف غارات على تجمعات "
     "للميليشيا في المدينة.", "Ansar Allah (Houthi Movement)"),
])
def test_a_referring_word_names_the_party_of_its_head_of_two_named_together(text: str, target: str) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e), place(e)) for e in found] == [("Saudi-led Coalition", target, "Zabīd")], text


@pytest.mark.parametrize("text", [
    "سقط مقذوفان أطلقا من داخل الأراضي اليمنية على حي سكني في مدينة جازان مساء أمس دون إصابات.",
    "أعلن الدفاع المدني سقوط مقذوفين عسكريين على مدينة جازان مساء أمس دون إصابات.",
])
def test_two_projectiles_that_fell_are_a_shelling_where_they_fell(text: str) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, place(e)) for e in found] == [("Shelling/artillery/missile attack", "Jizan")], text


@pytest.mark.parametrize("text, maker", [
    ("قتل شرطيان عندما انفجرت عبوة ناسفة زرعها مسلحو حركة طالبان قرب مركز للشرطة في مدينة قندهار أمس.", "Taliban"),
    ("قتل جنديان في انفجار عبوة ناسفة زرعها تنظيم الدولة على طريق قرب مدينة الرمادي أمس.", "Islamic State"),
    ("قتل شرطيان عندما انفجرت عبوة ناسفة قرب مركز للشرطة في مدينة قندهار أمس.", "Unidentified Armed Group (Afghanistan)"),
])
def test_who_planted_the_bomb_made_the_bombing(text: str, maker: str) -> None:
    found = news(text, PUB)
    assert [actor1(e) for e in found] == [maker], text


@pytest.mark.parametrize("text", [
    "دمرت القوات البحرية للتحالف زورقين مفخخين للميليشيات الحوثية قبالة سواحل محافظة الحديدة صباح اليوم.",
    "أعلن التحالف أن قواته البحرية دمرت زورقا مفخخا للميليشيات الحوثية قبالة ميناء المخا اليوم.",
    "دمرت بحرية التحالف ثلاثة قوارب مفخخة للميليشيات الحوثية قبالة ميناء المخا اليوم.",
])
def test_boats_laden_with_explosives_destroyed_by_a_force_are_disrupted(text: str) -> None:
    found = news(text, PUB)
    assert [(e.sub_event_type, actor1(e), actor2(e)) for e in found] == [
        ("Disrupted weapons use", "Saudi-led Coalition", "Ansar Allah (Houthi Movement)")], text


@pytest.mark.parametrize("text, town", [
    ("شنت مقاتلات التحالف غارات على مواقع للحوثيين في مدينة زبيد أمس.", "Zabīd"),
    ("شنت مقاتلات التحالف غارات على مواقع للحوثيين في مدينة باجل أمس.", "Bājil"),
])
def test_yemeni_towns_of_fifteen_thousand_people_are_known(text: str, town: str) -> None:
    assert [place(e) for e in news(text, PUB)] == [town], text


def test_a_yemeni_town_named_like_a_word_needs_a_locative() -> None:
    text = "قصفت مقاتلات عاصفة الحزم مواقع للحوثيين في مدينة صعدة أمس."
    assert [place(e) for e in news(text, PUB)] == ["Saada"], text


@pytest.mark.parametrize("text", [
    "قال مسؤولون محليون إن طائرة أمريكية بدون طيار قتلت قياديا في حركة طالبان في ولاية هلمند أمس.",
    "أفاد مسؤولون بأن طائرة حربية روسية قتلت قياديا في تنظيم الدولة في مدينة تدمر أمس.",
])
def test_an_aircraft_described_before_its_killing_verb_made_an_air_strike(text: str) -> None:
    found = news(text, PUB)
    assert [e.sub_event_type for e in found] == ["Air/drone strike"], text


def test_a_force_backed_by_aircraft_that_killed_fought() -> None:
    text = "قال مصدر إن قوة أمنية بمساندة الطيران الحربي تمكنت من قتل عشرة مسلحين من تنظيم الدولة في بلدة هيت أمس."
    assert all(e.sub_event_type != "Air/drone strike" for e in news(text, PUB)), text


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة قرب سوق في مدينة مايدوغوري أمس فقتلت خمسة مدنيين. ولم تتبن أي جهة الانفجار حتى الآن، "
    "غير أن جماعة بوكو حرام نفذت تفجيرات مماثلة في المنطقة.",
    "انفجرت سيارة مفخخة قرب سوق في مدينة مايدوغوري أمس فقتلت خمسة مدنيين. ولم تتبن أي جهة الانفجار حتى الآن، "
    "لكن جماعة بوكو حرام شنت هجمات في المدينة في الماضي.",
])
def test_like_deeds_of_the_past_are_no_incident(text: str) -> None:
    assert [actor1(e) for e in news(text, PUB)] == ["Unidentified Armed Group (Nigeria)"], text


@pytest.mark.parametrize("title, kind", [
    ("جماعة بوكو حرام تهاجم قرية في شمال شرق نيجيريا", "Violence against civilians"),
    ("مسلحون يهاجمون قرية في شمال شرق نيجيريا", "Violence against civilians"),
])
def test_a_headline_verb_of_attack_sums_up_the_body_and_keeps_its_kind(title: str, kind: str) -> None:
    body = ("قال سكان إن مسلحين من جماعة بوكو حرام قتلوا عشرة قرويين في هجوم على قرية قرب مدينة مايدوغوري "
            "ليل الثلاثاء.")
    found = headline_news(title, body, PUB)
    assert [(e.event_type, place(e)) for e in found] == [(kind, "Maiduguri")], title


def test_a_clause_that_describes_people_by_what_was_done_to_them_is_dated_on_its_own() -> None:
    text = ("تظاهر آلاف في مدينة الحسيمة مساء الثلاثاء مطالبين بالإفراج عن ناشطين اعتقلتهم الشرطة الشهر الماضي. "
            "واستخدمت قوات الأمن الهراوات لتفريق المحتجين الذين رشقوها بالحجارة.")
    assert {e.event_date for e in news(text, PUB)} == {date(2017, 4, 11)}, text


@pytest.mark.parametrize("text", [
    "تظاهر آلاف في مدينة الحسيمة مساء الثلاثاء، ورشق بعضهم قوات الأمن بالحجارة. وقالت السلطات إن عشرة من "
    "أفراد الشرطة أصيبوا في المواجهات.",
    "تظاهر آلاف في مدينة الحسيمة مساء الثلاثاء، ورشق بعضهم قوات الأمن بالحجارة. وأصيب عشرة من أفراد الشرطة "
    "خلال الاشتباكات.",
])
def test_clashes_named_by_no_party_at_a_protest_are_the_protests(text: str) -> None:
    found = news(text, PUB)
    assert [e.event_type for e in found] in (["Riots"], ["Protests"]), text


@pytest.mark.parametrize("text", [
    "قالت الشرطة إن رجلا هاجم شرطيين اثنين بسكين في وسط مدينة بروكسل مساء الثلاثاء.",
    "هاجم رجل شرطيين اثنين بسكين في وسط مدينة بروكسل مساء الثلاثاء.",
    "هاجم شاب جنودا عند نقطة تفتيش في مدينة بروكسل مساء الثلاثاء.",
])
def test_the_party_after_a_person_who_attacked_is_the_object(text: str) -> None:
    found = news(text, PUB)
    assert [actor2(e) for e in found] in (["Police Forces of Belgium"], ["Military Forces of Belgium"]), text
    assert all(actor1(e) != actor2(e) for e in found), text


def test_tribal_agencies_of_pakistan_are_known() -> None:
    text = "قتل خمسة جنود في هجوم على نقطة تفتيش في منطقة باجور القبلية أمس."
    assert [place(e) for e in news(text, PUB)] == ["Bajaur"], text


@pytest.mark.parametrize("text, parties", [
    ("استشهد ثلاثة جنود سعوديين أثناء تصديهم لمحاولة تسلل من قبل عناصر من الميليشيات الحوثية على الحدود بمنطقة "
     "نجران أمس.", ("Ansar Allah (Houthi Movement)", "Military Forces of Saudi Arabia")),
    ("تصدت القوات السعودية لمحاولة تسلل حوثية على الحدود بمنطقة نجران أمس.",
     ("Military Forces of Saudi Arabia", "Ansar Allah (Houthi Movement)")),
    ("أحبطت القوات العراقية محاولة تسلل داعشية قرب مدينة حديثة أمس.", ("Military Forces of Iraq", "Islamic State")),
])
def test_an_infiltration_fought_off_names_its_defenders_and_its_makers(text: str, parties: tuple[str, str]) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [parties], text


def test_a_cell_arrested_told_by_the_headline_and_the_body_is_one_arrest() -> None:
    found = headline_news("القبض على خلية إرهابية في الكويت",
                           "أعلنت وزارة الداخلية الكويتية القبض على تسعة أشخاص يشكلون خلية إرهابية كانت تخطط لاستهداف "
                           "منشآت حيوية في البلاد.", PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [("Arrests", "Police Forces of Kuwait")]


def test_bombers_killed_before_they_could_set_off_their_belts_bombed_nothing() -> None:
    found = headline_news("الشرطة العراقية تحبط هجوما انتحاريا في الحلة",
                           "أعلنت الشرطة أنها أحبطت هجوما انتحاريا في مدينة الحلة أمس، وقتلت انتحاريين اثنين قبل أن "
                           "يتمكنا من تفجير حزاميهما الناسفين.", PUB)
    assert [e.sub_event_type for e in found] == ["Disrupted weapons use"]


def test_aircraft_believed_a_states_are_not_the_party_told_before() -> None:
    text = ("قتل خمسة مدنيين جراء قصف مدفعي لقوات النظام استهدف بلدة اللطامنة أمس. وفي غضون ذلك، شنت طائرات "
            "حربية يرجح أنها روسية غارات على بلدة كفرزيتا أمس.")
    found = news(text, PUB)
    assert [actor1(e) for e in found if e.sub_event_type == "Air/drone strike"] == ["Military Forces of Russia"], text


@pytest.mark.parametrize("text", [
    "انفجرت سيارة مفخخة قرب مقر للشرطة في مدينة ماردين صباح الثلاثاء فقتلت شرطيين. وحمل مكتب الوالي حزب العمال "
    "الكردستاني المحظور المسؤولية عن الهجوم.",
    "انفجرت سيارة مفخخة قرب مقر للشرطة في مدينة ماردين صباح الثلاثاء فقتلت شرطيين. وحملت السلطات حزب العمال "
    "الكردستاني المسؤولية عن التفجير.",
])
def test_the_party_blamed_for_the_attack_told_before_made_it(text: str) -> None:
    found = news(text, PUB)
    assert [(actor1(e), actor2(e)) for e in found] == [("Kurdistan Workers' Party", "Police Forces of Turkey")], text


def test_towns_of_north_east_nigeria_are_known() -> None:
    text = "قتل سبعة مصلين عندما فجرت انتحارية نفسها داخل مسجد في مدينة موبي بولاية أداماوا فجر الثلاثاء."
    assert [place(e) for e in news(text, PUB)] == ["Mubi"], text


def test_a_party_whose_name_holds_liberation_takes_no_place() -> None:
    text = ("أطلقت امرأتان مسلحتان النار على مركز للشرطة في حي بيشكتاش بإسطنبول صباح الثلاثاء. وأعلنت جبهة حزب "
            "التحرير الشعبي الثوري مسؤوليتها عن الهجوم.")
    found = news(text, PUB)
    assert [(e.sub_event_type, actor1(e)) for e in found] == [
        ("Armed clash", "DHKP-C: Revolutionary People's Liberation Party-Front")], text
