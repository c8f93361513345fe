"""What a report says of an incident (round 10): the party it is ascribed to ("نسبت ... إلى"), a
country that "witnessed" an attack, a regime named with its nationality, fire opened "on them", the
day told after the incident's own word. Sentences written for these tests."""

from __future__ import annotations

from datetime import timedelta

import pytest

from event_support import PUB, actor1, actor2, news

ISIS = "Islamic State"
PKK = "Kurdistan Workers' Party"


@pytest.mark.parametrize(("text", "first"), [
    ("نسبت السلطات العراقية التفجير الذي ضرب سوقا شعبيا في بغداد أمس وقتل فيه 12 شخصا إلى تنظيم داعش", ISIS),
    ("قتل شرطيان أمس في هجوم مسلح على دورية في مدينة ديار بكر نسبته الحكومة التركية إلى حزب العمال الكردستاني", PKK),
    ("قتل ثلاثة جنود أمس بانفجار عبوة ناسفة في محافظة ديالى، وعزت قيادة الشرطة الهجوم إلى مسلحين من تنظيم داعش", ISIS),
    ("انفجرت سيارة مفخخة أمس قرب حاجز للجيش في مدينة سامراء في هجوم نسب إلى تنظيم داعش", ISIS),
])
def test_the_party_an_incident_is_ascribed_to_made_it(text: str, first: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) == first
    assert actor2(evs[0]) != first


def test_who_ascribes_an_incident_to_no_party_takes_no_part_in_it() -> None:
    evs = news("وعزت الشرطة العراقية الانفجار الذي وقع في مطعم ببغداد أمس إلى خلل فني في المولد")
    assert all(actor1(e) != "Police Forces of Iraq" for e in evs)


def test_an_incident_ascribed_by_nobody_keeps_its_perpetrator() -> None:
    evs = news("فجر انتحاري من تنظيم داعش نفسه أمس وسط تجمع في مدينة تكريت، ونسبت الصحف المحلية الخبر إلى مصدر أمني")
    assert evs and actor1(evs[0]) == ISIS


@pytest.mark.parametrize("text", [
    "شهدت تركيا أمس هجوما انتحاريا أوقع 20 قتيلا في مدينة غازي عنتاب",
    "وتشهد مصر منذ أمس اشتباكات في مدينة العريش أوقعت خمسة قتلى",
])
def test_a_country_that_witnessed_an_attack_did_not_make_it(text: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) not in ("Military Forces of Turkey", "Military Forces of Egypt")


def test_a_country_that_attacks_keeps_its_act() -> None:
    evs = news("شنت تركيا فجر أمس غارات جوية استهدفت مقاتلي حزب العمال الكردستاني قرب مدينة دهوك")
    assert evs and actor1(evs[0]) == "Military Forces of Turkey"


@pytest.mark.parametrize(("text", "first"), [
    ("وقال ناشطون إن النظام الإيراني أعدم ثمانية سجناء في مدينة الأهواز الأسبوع الماضي", "Military Forces of Iran"),
    ("قصف النظام التركي أمس مواقع للمسلحين الأكراد قرب مدينة القامشلي", "Military Forces of Turkey"),
    ("قصف النظام أمس أحياء في مدينة حمص بالبراميل المتفجرة", "Military Forces of Syria"),
])
def test_a_regime_named_with_its_nationality_is_that_state(text: str, first: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) == first


@pytest.mark.parametrize("text", [
    "أوقف مسلحون سيارة تقل ثلاثة مهندسين على طريق العريش أمس وفتحوا عليهم النار",
    "أطلق مسلحون عليهم النار أمس قرب مدينة العريش بعد أن أوقفوا سيارتهم",
    "اعترض مسلحون حافلة للعمال قرب رفح أمس وأطلقوا عليها الرصاص",
])
def test_fire_opened_on_them_is_an_attack(text: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) == "Unidentified Armed Group (Egypt)"


@pytest.mark.parametrize(("text", "days"), [
    ("وأعلن التنظيم إعدام ستة أشخاص في مدينة الرقة أمس بتهمة التخابر، بعد أن اعتقلهم الشهر الماضي", 1),
    ("أعلنت الشرطة مقتل ثلاثة من عناصرها في هجوم على حاجز في مدينة العريش أمس", 1),
])
def test_a_day_told_after_the_incident_s_word_is_its_day(text: str, days: int) -> None:
    evs = news(text)
    assert evs, text
    assert evs[0].event_date == PUB - timedelta(days=days)


def test_the_day_a_report_was_given_is_not_the_incident_s() -> None:
    evs = news("أفادت مصادر أمنية أمس بأن انفجارا وقع في مدينة الموصل يوم الثلاثاء وأوقع أربعة قتلى")
    assert evs and evs[0].event_date == PUB - timedelta(days=2)  # the Tuesday before Thursday


@pytest.mark.parametrize("text", [
    "أعلنت الشرطة أن انفجارا وقع أمس قرب سوق شعبي في مدينة كركوك وأوقع ثلاثة قتلى",
    "شهدت مدينة الموصل أمس تفجيرا استهدف حاجزا للجيش العراقي",
])
def test_an_explosion_named_in_the_accusative_is_an_incident(text: str) -> None:
    evs = news(text)
    assert evs and evs[0].sub_event_type == "Remote explosive/landmine/IED"


def test_a_number_before_a_preposition_counts_the_dead_not_the_explosions() -> None:
    from event_support import events
    evs = events("مقتل 25 بانفجار في شمال العراق أمس")
    assert evs and not evs[0].aggregate
    assert evs[0].fatalities == 25


def test_a_label_with_its_nationality_before_a_colon_is_no_party() -> None:
    from marsad.models import Article
    from marsad.pipeline import extract_events
    evs = extract_events(Article(id="t", title="الشرطة المصرية: مقتل خمسة بانفجار في العريش",
                                 body="قالت الشرطة أمس إن انفجارا في مدينة العريش أسفر عن مقتل خمسة أشخاص.",
                                 published=PUB, language="ar"))
    assert evs and all(actor1(e) != "Police Forces of Egypt" for e in evs)


@pytest.mark.parametrize(("text", "first"), [
    ("خسر تنظيم داعش بلدة عين عيسى لصالح وحدات حماية الشعب الكردية الشهر الماضي. واعتقل التنظيم أمس عشرين شابا في مدينة الرقة.",
     ISIS),
    ("تراجع تنظيم القاعدة أمام الجيش اليمني وقوات الحزام الأمني في أبين. وخطف مسلحو التنظيم أمس ثلاثة جنود في مدينة زنجبار.",
     "Al Qaeda in the Arabian Peninsula"),  # (in Yemen, the Qaeda of the Arabian Peninsula)
    ("تقدمت فصائل المعارضة قرب حلب. وفجر التنظيم أمس سيارة مفخخة في مدينة منبج.", ISIS),
])
def test_the_organization_refers_back_to_an_organization(text: str, first: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[-1]) == first


@pytest.mark.parametrize(("text", "first"), [
    ("قال مسؤولون إن ثلاثة جنود قتلوا عندما فجر مسلحون لغما أرضيا أمس قرب مدينة بعقوبة", "Unidentified Armed Group (Iraq)"),
    ("وفجر مسلحو التنظيم عبوة ناسفة أمس أثناء مرور دورية للجيش قرب مدينة الرمادي", ISIS),
    ("فجر مجهولون قنبلة أمس داخل مقهى شعبي في مدينة كركوك", "Unidentified Armed Group (Iraq)"),
])
def test_a_device_set_off_by_a_subject_is_a_bombing(text: str, first: str) -> None:
    evs = news(text)
    assert evs, text
    assert (evs[0].sub_event_type, actor1(evs[0])) == ("Remote explosive/landmine/IED", first)


@pytest.mark.parametrize("text", [
    "خرج المصلون فجر اليوم من المسجد الكبير في مدينة الرمادي",
    "وصل الوفد فجر الخميس إلى مدينة أربيل للقاء المسؤولين",
])
def test_dawn_is_no_bombing(text: str) -> None:
    assert news(text) == []


def test_a_state_force_that_sets_off_devices_it_found_disrupts_them() -> None:
    evs = news("فجرت قوات الأمن المصرية أمس خمس عبوات ناسفة عثرت عليها على طريق العريش")
    assert [e.sub_event_type for e in evs] == ["Disrupted weapons use"]


def test_an_incident_told_days_before_keeps_the_day_named_in_its_own_words() -> None:
    from event_support import events
    evs = events("وجاءت الغارات بعد ثلاثة أيام على التفجير الانتحاري الذي ضرب سوقا في مدينة بعقوبة يوم الاثنين")
    bombs = [e for e in evs if e.sub_event_type == "Suicide bomb"]
    assert bombs and bombs[0].event_date == PUB - timedelta(days=3)  # Monday, not three days before it


def test_an_incident_told_days_before_the_sentence_s_day_is_dated_back() -> None:
    from event_support import events
    evs = events("شنت الطائرات غارات على مواقع المسلحين يوم الأربعاء بعد يومين على تفجير انتحاري في مدينة بعقوبة")
    bombs = [e for e in evs if e.sub_event_type == "Suicide bomb"]
    assert bombs and bombs[0].event_date == PUB - timedelta(days=3)  # Wednesday less two days


@pytest.mark.parametrize("text", [
    "وأوضح البيان أن المتهم الأول انضم إلى التنظيم وتدرب على السلاح وشارك في القتال في مدينة الموصل",
    "وقالت الوزارة إن الموقوف سافر إلى سوريا وقاتل مع جبهة النصرة ثم عاد إلى بلاده حيث خطط لهجمات",
    "وتبين أن أحدهم انضم إلى خلية إرهابية وحرض على القتال في العراق عبر مواقع التواصل",
    "والمعتقلون هم: (خالد مواليد 1990) وقد انضم وقاتل في إحدى المعارك في العراق، و(سامي مواليد 1993) وضبطت في بيته منشورات تدعو إلى القتال في الموصل.",
])
def test_a_fighter_s_path_is_no_incident(text: str) -> None:
    assert [e.event_type for e in news(text)] == []


def test_fighters_who_joined_a_battle_on_a_day_fought_it() -> None:
    evs = news("انضم مقاتلو العشائر إلى القوات العراقية في معارك عنيفة أمس ضد تنظيم داعش في قضاء حديثة")
    assert evs and evs[0].event_type == "Battles"


@pytest.mark.parametrize("text", [
    "قتل 150 شخصا في انفجار طائرة ركاب فوق جنوب سيناء أمس بعد إقلاعها من مطار شرم الشيخ",
    "وأعلنت السلطات أمس أن تفجير طائرة الشحن في مطار عدن نفذه مسلحون",
])
def test_an_aircraft_that_blew_up_is_no_air_strike(text: str) -> None:
    evs = news(text)
    assert evs, text
    assert evs[0].sub_event_type != "Air/drone strike"


def test_a_drone_named_as_the_instrument_still_strikes() -> None:
    evs = news("قتل خمسة مسلحين أمس في تفجير بطائرة مسيرة استهدف سيارتهم في محافظة مأرب")
    assert evs and evs[0].sub_event_type == "Air/drone strike"


def test_the_irish_republican_army_is_no_state_army() -> None:
    evs = news("فجر الجيش الجمهوري الأيرلندي سيارة مفخخة أمس قرب محطة قطارات في لندن")
    assert evs and actor1(evs[0]) == "Irish Republican Army"


@pytest.mark.parametrize(("text", "first"), [
    ("هاجم مسلحو حركة الشباب أمس قاعدة للجيش الصومالي قرب مدينة كيسمايو", "Al Shabaab"),
    ("قتل عشرة جنود أفغان في هجوم لحركة طالبان على حاجز في ولاية هلمند أمس", "Taliban"),
    ("سيطرت قوات حفتر أمس على ميناء رأس لانوف بعد معارك عنيفة", "Libyan National Army"),
    ("اشتبكت قوات الحزام الأمني أمس مع مسلحين في مدينة زنجبار بمحافظة أبين", "Security Belt Forces"),
    ("هاجم مسلحون مجهولون أمس نقطة لقوات الصحوة في قضاء أبو غريب", "Unidentified Armed Group (Iraq)"),
])
def test_the_parties_of_the_outlets_wars_are_named(text: str, first: str) -> None:
    evs = news(text)
    assert evs, text
    assert actor1(evs[0]) == first


def test_a_militia_named_as_the_target_is_the_second_side() -> None:
    evs = news("هاجم مسلحون مجهولون أمس نقطة لقوات الصحوة في قضاء أبو غريب")
    assert evs and actor2(evs[0]) == "Sahwa Militia"


def test_a_leader_s_natural_death_is_no_clash() -> None:
    assert news("أعلنت حركة طالبان أمس وفاة زعيمها في مدينة كراتشي بعد مرض طويل") == []


@pytest.mark.parametrize("text", [
    "شنت مجموعات مقاتلة هجوما أمس على مواقع قوات النظام في مدينة درعا",
    "وهاجمت الفصائل المقاتلة أمس حواجز للنظام في ريف حماة",
])
def test_fighting_groups_fly_no_fighter_jets(text: str) -> None:
    evs = news(text)
    assert evs, text
    assert evs[0].sub_event_type != "Air/drone strike"


def test_a_jet_that_strikes_is_still_a_raid() -> None:
    evs = news("قصفت مقاتلة حربية أمس مواقع للتنظيم في مدينة الرقة")
    assert evs and evs[0].sub_event_type == "Air/drone strike"


def test_a_speaker_whose_own_positions_were_hit_is_the_target() -> None:
    evs = news("وندد بيان لجبهة النصرة بالغارة الأمريكية التي قال إنها استهدفت مواقعها قرب بلدة سرمدا أمس")
    assert evs and actor1(evs[0]) != "Jabhat al-Nusra" and actor2(evs[0]) == "Jabhat al-Nusra"


def test_the_subject_after_a_verb_of_clashing_fights_the_party_after_with() -> None:
    evs = news("اشتبكت قوات الأمن التركية أمس مع مسلحين في مدينة ديار بكر")
    assert evs and (actor1(evs[0]), actor2(evs[0])) == ("Military Forces of Turkey", "Unidentified Armed Group (Turkey)")


@pytest.mark.parametrize(("text", "where"), [
    ("قصفت طائرات التحالف أمس مواقع للحوثيين في مدينة زنجبار بمحافظة أبين", "Zinjibar"),
    ("سيطرت المقاومة الشعبية أمس على قاعدة العند الجوية بعد معارك مع الحوثيين", "Al-Anad air base"),
    ("قتل ثلاثة جنود أمس في هجوم لمسلحين على حاجز في محافظة لحج", "Lahij"),
    ("اشتبكت قوات الحكومة الليبية أمس مع مسلحين من تنظيم داعش في مدينة مصراتة", "Misrata"),
    ("سقطت قذائف أطلقها الحوثيون أمس على مدينة صامطة في منطقة جازان", "Samtah"),
])
def test_the_places_of_the_wars_in_yemen_and_libya_are_known(text: str, where: str) -> None:
    from event_support import place
    evs = news(text)
    assert evs, text
    assert place(evs[0]) == where


def test_the_national_army_of_a_yemen_story_is_yemen_s() -> None:
    evs = news("شن الجيش الوطني أمس هجوما على مواقع الحوثيين في محيط مدينة زنجبار")
    assert evs and actor1(evs[0]) == "Military Forces of Yemen"


def test_the_resistance_refers_back_to_the_popular_resistance_named_before() -> None:
    evs = news("تقدمت المقاومة الشعبية نحو مدينة عدن. ودارت أمس اشتباكات عنيفة بين المقاومة والحوثيين في مدينة زنجبار.")
    assert evs and (actor1(evs[-1]), actor2(evs[-1])) == ("Popular Resistance (Yemen)", "Ansar Allah (Houthi Movement)")


def test_the_resistance_named_alone_is_no_yemeni_party() -> None:
    evs = news("ودارت أمس اشتباكات عنيفة بين المقاومة والجيش الإسرائيلي في مدينة جنين")
    assert all(actor1(e) != "Popular Resistance (Yemen)" for e in evs)


def test_a_bomber_believed_to_belong_to_a_group_is_the_group_s() -> None:
    evs = news("عززت السلطات الإجراءات الأمنية على الحدود بعدما فجر انتحاري يعتقد أنه ينتمي إلى داعش نفسه أمس في بلدة حدودية فقتل 17 شخصا")
    assert evs and actor1(evs[0]) == "Islamic State"


@pytest.mark.parametrize("text", [
    "اتهمت النيابة الموقوف بالتخطيط للقيام بتفجيرات في مدينة السويس خلال الاحتفال",
    "وقالت الشرطة إن الخلية كانت تعد لارتكاب هجمات على مساجد في مدينة الكويت",
    "وقال القائد إن ذلك يحتم على القوات قصف مواقع التنظيم قبل دخول مدينة الفلوجة",
    "وأكد الخبير أن الوضع يتطلب قصف تجمعات المسلحين في محيط مدينة بيجي",
])
def test_an_attack_planned_as_an_aim_is_no_incident(text: str) -> None:
    assert news(text) == []


@pytest.mark.parametrize("text", [
    "تعهد رئيس الوزراء أمس في خطاب ألقاه في مدينة برمنغهام بالتصدي لمن ينشر التطرف",
    "بحث وزير الدفاع أمس في بغداد مع شيوخ العشائر سبل التصدي لتنظيم داعش",
])
def test_countering_as_a_policy_is_no_clash(text: str) -> None:
    assert [e for e in news(text) if e.event_type == "Battles"] == []


def test_forces_that_repelled_an_attack_fought() -> None:
    evs = news("تصدت قوات البيشمركة أمس لهجوم شنه مسلحو داعش على قرية قرب سنجار")
    assert evs and evs[0].event_type == "Battles"


def test_smugglers_are_no_iranian_town() -> None:
    from event_support import place
    evs = news("اشتبكت قوات حرس الحدود الأردنية أمس مع مهربين قرب معبر جابر")
    assert all(place(e) != "Khomeynī Shahr" for e in evs)
    assert evs and actor1(evs[0]) == "Military Forces of Jordan"


def test_the_kingdom_s_southern_border_is_the_saudi_side_of_yemen_s() -> None:
    from event_support import place
    evs = news("سقطت قذائف أطلقتها ميليشيا الحوثي أمس على مواقع عسكرية سعودية على الحد الجنوبي للمملكة")
    assert evs and place(evs[0]) == "Saudi Arabia-Yemen border (Saudi side)"


@pytest.mark.parametrize("text", [
    "اندلعت مواجهات أمس بين قوات الأمن التركية ومحتجين في حي غازي بمدينة إسطنبول",
    "قتل الشاب عثمان برصاص مجهولين أمس في مدينة الموصل",
])
def test_names_that_are_words_or_urdu_spellings_are_no_far_places(text: str) -> None:
    from event_support import place
    evs = news(text)
    assert evs, text
    assert all(place(e) not in ("Ghāziābād", "Atman") for e in evs)


@pytest.mark.parametrize("text", [
    "سددت قوات الأمن ضربات قاصمة للإرهاب بتفكيك خلايا مرتبطة بتنظيم داعش في الرياض أمس",
    "وقال الوزير أمس إن بلاده لا تستبعد توجيه ضربة استباقية إذا واصلت جارتها تهديداتها",
    "ولمح الوزير إلى أن واشنطن قد توجه ضربة استباقية ضد كوريا الشمالية",
    "وتمثل عودة رئيس الحكومة إلى مدينة عدن اليوم ضربة للمتمردين في الجنوب",
    "ويعد سقوط المدينة أمس بمثابة ضربة لتنظيم داعش في محافظة صلاح الدين",
])
def test_a_crushing_or_preemptive_blow_is_a_figure_no_air_strike(text: str) -> None:
    assert [e for e in news(text) if e.sub_event_type == "Air/drone strike"] == []


def test_the_owner_of_what_a_raid_hit_is_no_agent_of_the_verb_after_it() -> None:
    evs = news("ونفذ التحالف أمس أربع غارات قرب منبج قصفت مجموعات قتالية تابعة للتنظيم ودمرت ثلاث عربات")
    assert evs and all(actor1(e) != ISIS for e in evs)


def test_the_owner_of_a_weapon_still_strikes_with_it() -> None:
    evs = news("قصفت طائرة حربية تابعة للنظام أمس بلدة كفرنبل في ريف إدلب")
    assert evs and actor1(evs[0]) == "Military Forces of Syria"
