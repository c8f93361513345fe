"""Place mentions in sentences, resolved with the embedded default gazetteer (table tests).

Each case: a sentence, the toponym as written, and what it must resolve to: the place's English
name (None: returned unresolved), ACLED geo_precision, and for regional patterns where the point
moves. A case with `absent` asserts the words are not taken for a place."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.geo.gazetteer import EMBEDDED_PATH, Gazetteer, load
from marsad.geo.resolve import PlaceContext, PlaceMention, find_places
from marsad.text.normalize import norm_key, normalize


@cache
def embedded() -> Gazetteer:
    return load(EMBEDDED_PATH)


def mentions(text: str, context: PlaceContext | None = None) -> list[PlaceMention]:
    return find_places(normalize(text).text, embedded(), context)


def mention_named(text: str, toponym: str, context: PlaceContext | None = None) -> PlaceMention:
    key = norm_key(toponym)
    found = [m for m in mentions(text, context) if norm_key(m.name) == key]
    assert found, f"no mention of {toponym!r} in {text!r}: {[m.text for m in mentions(text, context)]}"
    return found[0]


RESOLVED = [
    # clitics
    ("وفي الرقة قتل ثلاثة مدنيين", "الرقة", "Ar Raqqah", 1),
    ("قصف جوي على الرقة أمس", "الرقة", "Ar Raqqah", 1),
    ("اشتباكات بالموصل", "الموصل", "Mosul", 1),
    ("وصلت التعزيزات للرقة", "لرقة", "Ar Raqqah", 1),
    ("انفجار وبحلب", "حلب", "Aleppo", 1),
    ("قتلى في دير الزور", "دير الزور", "Deir ez-Zor", 1),
    ("معارك بدير الزور", "دير الزور", "Deir ez-Zor", 1),
    ("سيطر التنظيم على الرمادي والفلوجة", "الفلوجة", "Al Fallūjah", 1),
    ("وصل الوفد لحمص", "حمص", "Homs", 1),
    ("قصف على حماة وادلب", "ادلب", "Idlib", 1),
    ("تفجير في بغداد", "بغداد", "Baghdad", 1),
    ("هجوم في كركوك", "كركوك", "Kirkuk", 1),
    ("غارات على تكريت وبيجي", "بيجي", "Bayjī", 1),
    ("اشتباكات في سامراء", "سامراء", "Sāmarrā’", 1),
    ("معارك في منبج", "منبج", "Manbij", 1),
    ("قصف على جرابلس", "جرابلس", "Jarābulus", 1),
    ("غارة على الباب الاحد", "الباب", None, 0),
    ("دخلت القوات إلى عفرين", "عفرين", "‘Afrīn", 1),
    ("في مدينة اعزاز", "اعزاز", "I‘zāz", 1),
    ("وفي القامشلي", "القامشلي", "Al Qāmishlī", 1),
    ("قرب الحسكة", "الحسكة", "Al Ḩasakah", 2),
    ("في عين العرب (كوباني)", "عين العرب", "Ayn al-Arab (Kobani)", 1),
    ("في كوباني", "كوباني", "Ayn al-Arab (Kobani)", 1),
    ("معارك في البوكمال", "البوكمال", "Al-Bukamal", 1),
    ("في مدينة الميادين", "الميادين", "Al Mayādīn", 1),
    ("في الشدادي", "الشدادي", "Al-Shaddadi", 1),
    ("في جسر الشغور", "جسر الشغور", "Jisr al-Shughur", 1),
    ("في معرة النعمان", "معرة النعمان", "Maarrat al-Numan", 1),
    ("في خان شيخون", "خان شيخون", "Khan Shaykhun", 1),
    ("في الزبداني ومضايا", "الزبداني", "Az Zabadānī", 1),
    ("في دوما", "دوما", "Dūmā", 1),
    ("في داريا", "داريا", "Dārayyā", 1),
    ("في درعا", "درعا", "Dar‘ā", 1),
    ("في السويداء", "السويداء", "As-Suwayda", 1),
    ("في اللاذقية", "اللاذقية", "Latakia", 1),
    ("في طرطوس", "طرطوس", "Ţarţūs", 1),
    ("في تلعفر", "تلعفر", "Tall ‘Afar", 1),
    ("في سنجار", "سنجار", "Sinjār", 1),
    ("في هيت وحديثة", "حديثة", "Ḩadīthah", 1),
    ("في أربيل", "أربيل", "Erbil", 1),
    ("في مخمور", "مخمور", "Mexmur", 1),
    ("تفجير في بعقوبة", "بعقوبة", "Baqubah", 1),
    ("في بلدة مندلي", "مندلي", "Mandalī", 1),
    ("في الطارمية شمال بغداد", "الطارمية", "Aţ Ţārmīyah", 1),
    # governorate versus city
    ("اشتباكات في مدينة حمص", "حمص", "Homs", 1),
    ("اشتباكات في محافظة حمص", "حمص", "Homs", 3),
    ("في حمص", "حمص", "Homs", 1),
    ("في محافظة الأنبار", "الأنبار", "Anbar", 3),
    ("في الأنبار", "الأنبار", "Anbar", 3),
    ("بمحافظة نينوى", "نينوى", "Ninewa", 3),
    ("في ريف دمشق", "ريف دمشق", "Rif Dimashq", 3),
    ("في محافظة صلاح الدين", "صلاح الدين", "Salah al-Din", 3),
    ("في محافظة ديالى", "ديالى", "Diyala", 3),
    # countryside, near, directions
    ("في ريف حلب الشمالي", "حلب", "Aleppo", 2),
    ("في ريف دير الزور الشرقي", "دير الزور", "Deir ez-Zor", 2),
    ("بريف إدلب الجنوبي", "إدلب", "Idlib", 2),
    ("في ريف حماة الغربي", "حماة", "Ḩamāh", 2),
    ("بريف درعا", "درعا", "Dar‘ā", 2),
    ("في ريف الرقة الشمالي الشرقي", "الرقة", "Ar Raqqah", 2),
    ("في ريف اللاذقية", "اللاذقية", "Latakia", 2),
    ("قرب تدمر", "تدمر", "Tadmur", 2),
    ("بالقرب من الموصل", "الموصل", "Mosul", 2),
    # the adjective of nearness after a plural of places
    ("استعادت القوات القرى القريبة من تدمر", "تدمر", "Tadmur", 2),
    ("تقدم المقاتلون في البلدات المحيطة بالموصل", "الموصل", "Mosul", 2),
    ("قصفت الطائرات المناطق المجاورة لمدينة الرقة", "الرقة", "Ar Raqqah", 2),
    ("على أطراف الفلوجة", "الفلوجة", "Al Fallūjah", 2),
    ("في محيط مدينة الباب", "الباب", "Al Bāb", 2),
    ("جنوب بغداد", "بغداد", "Baghdad", 2),
    ("شرق الرمادي", "الرمادي", "Ramadi", 2),
    ("شمال الموصل", "الموصل", "Mosul", 2),
    ("غربي تدمر", "تدمر", "Tadmur", 2),
    ("جنوب شرقي مدينة حلب", "حلب", "Aleppo", 2),
    ("على بعد 20 كم شرق تدمر", "تدمر", "Tadmur", 2),
    ("في ضواحي دمشق", "دمشق", "Damascus", 2),
    ("على مشارف مدينة الرقة", "الرقة", "Ar Raqqah", 2),
    # regions
    ("قواعد التحالف شرقي سوريا", "شرقي سوريا", "Eastern Syria", 3),
    ("في شمال سوريا", "شمال سوريا", "Northern Syria", 3),
    ("في جنوب شرقي سوريا", "جنوب شرقي سوريا", "South-eastern Syria", 3),
    ("في شمال العراق", "شمال العراق", "Northern Iraq", 3),
    ("غرب العراق", "غرب العراق", "Western Iraq", 3),
    ("في الشمال السوري", "الشمال السوري", "Northern Syria", 3),
    ("في شمال شرق سوريا", "شمال شرق سوريا", "North-eastern Syria", 3),
    ("في إقليم كردستان", "إقليم كردستان", "Kurdistan Region", 3),
    ("في البادية السورية", "البادية السورية", "Syrian desert (Badia)", 3),
    ("في جنوب تركيا", "تركيا", "Turkey", 3),
    ("في سوريا والعراق", "سوريا", "Syria", 3),
    ("في العراق", "العراق", "Iraq", 3),
    # sites
    ("قصف قاعدة حميميم", "قاعدة حميميم", "Hmeimim air base", 1),
    ("مطار التيفور العسكري", "مطار التيفور", "Tiyas (T4) air base", 1),
    ("استهداف قاعدة عين الأسد", "قاعدة عين الأسد", "Ain al-Asad air base", 1),
    ("هجوم على حقل العمر النفطي", "حقل العمر النفطي", "Al-Omar oil field", 1),
    ("قرب حقل كونيكو", "حقل كونيكو", "Conoco gas field", 2),
    ("تحرير جامعة الأنبار من قبضة التنظيم", "جامعة الأنبار", "Anbar University (Ramadi)", 2),
    # a field named after a dual head ("حقلي X وY"): its bare name is a place only there
    ("اشتباكات في محيط حقلي شاعر وجحار", "شاعر", "Al-Shaer gas field", 2),
    ("هجوم على قاعدة التنف", "قاعدة التنف", "Al-Tanf base", 1),
    ("في التنف", "التنف", "Al-Tanf base", 1),
    ("سيطرت على سد تشرين", "سد تشرين", "Tishreen Dam", 1),
    ("قرب سد الموصل", "سد الموصل", "Mosul Dam", 2),
    ("إغلاق معبر باب الهوى", "معبر باب الهوى", "Bab al-Hawa crossing", 1),
    ("معبر نصيب الحدودي", "معبر نصيب الحدودي", "Nasib crossing", 1),
    ("في سجن صيدنايا", "سجن صيدنايا", "Saydnaya military prison", 1),
    ("سجن أبو غريب", "سجن أبو غريب", "Abu Ghraib prison", 1),
    ("في مخيم اليرموك", "مخيم اليرموك", "Yarmouk camp", 1),
    ("مطار كويرس العسكري", "مطار كويرس العسكري", "Kweires military airport", 1),
    ("مطار دير الزور العسكري", "مطار دير الزور العسكري", "Deir ez-Zor military airport", 1),
    ("مطار المزة العسكري", "مطار المزة العسكري", "Mezzeh military airport", 1),
    ("في حي المزة", "حي المزة", "Al-Mazzeh", 1),
    ("من قاعدة إنجرليك الجوية", "قاعدة إنجرليك الجوية", "Incirlik air base", 1),
    ("من قاعدة انجرليك", "قاعدة انجرليك", "Incirlik air base", 1),
    ("في محطة زيزون الحرارية", "محطة زيزون الحرارية", "Zayzun thermal power station", 1),
    # misspellings after a pattern word (rapidfuzz)
    ("قاعدتا كونيو والعمر", "كونيو", "Conoco gas field", 1),
    ("في مدينة الميادن", "الميادن", "Al Mayādīn", 1),
    # lists
    ("بلدتي الفوعة وكفريا", "الفوعة", "Al-Fuah", 1),
    ("بلدتي الفوعة وكفريا", "كفريا", "Kafriya", 1),
    ("قريتي نبل والزهراء", "الزهراء", "Al-Zahraa", 1),
    ("مدن حلب وحمص وحماة", "حماة", "Ḩamāh", 1),
    ("قاعدتا كونيو والعمر", "العمر", "Al-Omar oil field", 1),
    # ambiguity
    ("اشتباكات في الرمادي", "الرمادي", "Ramadi", 1),
    ("في مدينة تدمر الأثرية", "تدمر", "Tadmur", 1),
    ("في عمان", "عمان", "Amman", 1),
    ("سيطرت قوات جيش الفتح على أريحا في ريف إدلب", "أريحا", "Ariha (Idlib)", 1),
    ("في مدينة الكرمة", "الكرمة", "Al-Garmah", 1),
    ("في حي الدورة ببغداد", "حي الدورة", "Al-Dora (Baghdad)", 1),
    ("سقطت قذيفة على حي نزال في الفلوجة", "نزال", "Al Fallūjah", 1),
    # world places the registry names in no Arabic, or oddly (world.tsv)
    ("انفجرت سيارة مفخخة قرب سوق في كويتا", "كويتا", "Quetta", 1),
    ("هاجم مسلحون حاجزا للشرطة في ولاية هلمند", "ولاية هلمند", "Helmand province", 3),
    ("طعن رجل عددا من المارة في وسط توركو", "توركو", "Turku", 1),
    ("دهست سيارة متظاهرين في شارلوتسفيل", "شارلوتسفيل", "Charlottesville", 1),
    ("وقع الانفجار في قاعة للحفلات في مانشستر", "مانشستر", "Manchester", 1),
    ("تظاهر الآلاف في لندن", "لندن", "London", 1),
    ("طعن مسلح ثلاثة أشخاص فوق لندن بريدج", "لندن بريدج", "London Bridge", 1),  # the English name in Arabic letters
    ("عاد مئات المقاتلين إلى المغرب", "المغرب", "Morocco", 3),  # Morocco after a locative, not the sunset prayer
    ("قتل جنديان في هجوم على دورية في جمهورية الشيشان", "جمهورية الشيشان", "Chechnya", 3),
    ("خرج آلاف المتظاهرين في مدن فنزويلا", "فنزويلا", "Venezuela", 3),  # countries pycountry names in no Arabic
    ("فر آلاف الروهينغا من بورما", "بورما", "Myanmar", 3),
    ("خرجت مسيرة معارضة في العاصمة الفنزويلية", "العاصمة الفنزويلية", "Caracas", 1),
    ("خطف مسلحون عشرة رجال في بلدة خان بني سعد", "خان بني سعد", "Bani Saad", 1),  # one place, not two
    # capitals and towns of world news with no usable Arabic name in the registry data (round 48)
    ("فرقت الشرطة تجمعا للمعلمين في الخرطوم", "الخرطوم", "Khartoum", 1),
    ("سار آلاف المحتجين في واشنطن", "واشنطن", "Washington", 1),
    ("اعتقلت الشرطة رجلين في جاكرتا", "جاكرتا", "Jakarta", 1),
    ("رشق محتجون الشرطة بالحجارة في وسط أثينا", "أثينا", "Athens", 1),
    ("اشتبك محتجون مع الشرطة في كيبيك", "كيبيك", "Quebec City", 1),
    ("أطلقت كوريا الشمالية قذائف على جزيرة قرب سول", "سول", "Seoul", 2),
    ("تواصلت المعارك في إقليم دارفور", "إقليم دارفور", "Darfur", 3),
    ("انفجرت عبوة قرب فندق في شرم الشيخ", "شرم الشيخ", "Sharm el-Sheikh", 1),
    ("هاجم مسلحون نقطة أمنية في محافظة الوادي الجديد", "محافظة الوادي الجديد", "New Valley", 3),
    ("قتل ثلاثة سياح في هجوم قرب دير سانت كاترين", "دير سانت كاترين", "Saint Catherine", 2),
    ("خرجت مسيرة حاشدة في مدينة الحسيمة", "الحسيمة", "Al Hoceima", 1),
    ("اعتقلت الشرطة ثلاثة رجال في منزل بورقيبة", "منزل بورقيبة", "Menzel Bourguiba", 1),
    ("فككت الشرطة خلية في وهران", "وهران", "Oran", 1),
    # round 49: the Saudi oasis and governorate of the Eastern Province
    ("أحبطت قوات الأمن هجوما على مسجد في الأحساء", "الأحساء", "Al-Ahsa", 1),
    ("تقدمت المقاومة نحو قعطبة", "قعطبة", "Qa'tabah", 1),
    ("اشتباكات عنيفة في مديرية الشيخ عثمان", "مديرية الشيخ عثمان", "Sheikh Othman (Aden)", 1),
    ("هاجم مسلحون نقطة عسكرية في منطقة البرث جنوب رفح", "منطقة البرث", "Al-Barth (Sinai)", 1),
]


@pytest.mark.parametrize(("text", "toponym", "name", "precision"), RESOLVED)
def test_resolved(text: str, toponym: str, name: str | None, precision: int) -> None:
    if name is None:
        assert not [m for m in mentions(text) if norm_key(m.name) == norm_key(toponym)]
        return
    m = mention_named(text, toponym)
    assert m.place is not None, f"{toponym!r} unresolved in {text!r}"
    assert m.place.name == name
    assert m.geo_precision == precision


UNRESOLVED = [
    ("قصفت الطائرات قرية تل شعير", "تل شعير"),
    ("في قرية زغزغان الصغيرة", "زغزغان"),
    ("اشتباكات في بلدة كفر زغلول", "كفر زغلول"),
    ("قريتي تل أعور والفريكة", "تل أعور"),
]


@pytest.mark.parametrize(("text", "toponym"), UNRESOLVED)
def test_unknown_names_after_a_pattern_are_kept(text: str, toponym: str) -> None:
    m = mention_named(text, toponym)
    assert m.place is None and m.latitude is None and m.longitude is None
    assert text[m.start:m.end].endswith(toponym)


ABSENT = [
    ("قالت المعارضة السورية", "المعارضة"),
    ("انفجرت العبوة بعد صلاة المغرب", "المغرب"),  # the sunset prayer
    ("انفجرت قنبلة من مخلفات الحرب في حقل زراعي", "زراعي"),  # a farm field, not an oil field named "زراعي"
    ("أعلن تنظيم القاعدة في بلاد المغرب الإسلامي مسؤوليته", "المغرب"),  # the Maghreb of a group's name
    ('سيطر المقاتلون على تلة "المرصد" المطلة على البلدة', "تلة"),  # a hill, not a village of that name
    ("استهدفت المدفعية محيط التلة", "التلة"),
    ("في تلك المناطق", "تلك"),
    ("في بيان صادر عن الجيش", "بيان"),
    ("وأن القوات تقدمت", "وأن"),
    ("الجيش العراقي", "العراقي"),
    ("الغارات الجوية", "الجوية"),
    ("سوف يتم نشر القوات", "سوف"),
    ("في الشرق الأوسط", "الأوسط"),
    ("أقامت قاعدة عسكرية جديدة", "عسكرية"),
    ("في المدينة التي", "التي"),
    ("الدورة البرلمانية", "الدورة"),
    ("على الحدود بين البلدين", "الحدود"),
    ("أكد زعيم التنظيم أبو بكر البغدادي", "البغدادي"),
    ("رئيس الوزراء حيدر العبادي", "العبادي"),
    ("الرئيس بشار الأسد", "بشار"),
    ("في الثورة السورية", "الثورة"),
    ("نشرت الصور على الإنترنت", "الصور"),
    ("في العين الأخرى", "العين"),
    ("قال الشاعر في قصيدته", "الشاعر"),
    ("ألقت الشرطة القبض على سيدة في الخمسين من عمرها", "سيدة"),
    ("خطف مسلحون قائد فرقة مقاتلة", "فرقة"),
    ("قدم الوزير ورقة عمل", "ورقة"),
    ("الجريمة التي استهدفت حماة الوطن", "حماة"),
    ("اندلعت معارك بين المقاتلين الشيشان والأفغان في صفوف التنظيم", "الشيشان"),  # the Chechens, a people
    ("ولد الكاتب في القرية التي هي مسقط رأسه", "مسقط"),  # a birthplace, not Muscat (round 48)
]


@pytest.mark.parametrize(("text", "word"), ABSENT)
def test_ordinary_words_are_not_places(text: str, word: str) -> None:
    key = norm_key(word)
    assert not [m for m in mentions(text) if key in norm_key(m.text).split()]


def test_countryside_direction_moves_the_point() -> None:
    north = mention_named("في ريف حلب الشمالي", "حلب")
    city = mention_named("في حلب", "حلب")
    assert north.latitude is not None and city.latitude is not None
    assert north.latitude > city.latitude + 0.1
    east = mention_named("في ريف دير الزور الشرقي", "دير الزور")
    assert east.longitude is not None and east.place is not None and east.longitude > east.place.longitude + 0.1


def test_distance_moves_the_point() -> None:
    m = mention_named("على بعد 20 كم شرق تدمر", "تدمر")
    assert m.place is not None and m.longitude is not None
    assert 0.15 < m.longitude - m.place.longitude < 0.3


def test_context_decides_ariha() -> None:
    ps = PlaceContext({"PS": 1.0}, {})
    sy = PlaceContext({"SY": 1.0}, {"Idlib": 1.0})
    assert mention_named("في أريحا", "أريحا", ps).place.country_code == "PS"  # type: ignore[union-attr]
    assert mention_named("في أريحا", "أريحا", sy).place.country_code == "SY"  # type: ignore[union-attr]


def test_spans_index_the_normalized_text() -> None:
    text = "وقصفت الطائرات بلدتي الفوعة وكفريا أمس في ريف إدلب الشمالي"
    nt = normalize(text).text
    for m in find_places(nt, gazetteer=embedded()):
        assert nt[m.start:m.end] == m.text
        assert m.start <= m.name_start < m.name_end <= m.end
    texts = [m.text for m in find_places(nt, gazetteer=embedded())]
    assert texts == ["بلدتي الفوعه", "كفريا", "ريف ادلب الشمالي"]


def test_table_size() -> None:
    assert len(RESOLVED) + len(UNRESOLVED) + len(ABSENT) >= 100
