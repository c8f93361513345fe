"""When two reports of one document tell one incident (ACLED's rule: one event per type, actors,
day and place): compatible kinds, days, places and parties, and which protest or riot an arrest,
clashes or a force's fire join. `marsad.extract.merge` joins the reports these predicates pair; the table tests that tell one incident twice are in
tests/test_event_told_before.py, tests/test_event_sequence.py and tests/test_event_rules.py.
"""

from __future__ import annotations

import math

from marsad.acled import (
    ABDUCTION,
    AIR_STRIKE,
    ARMED_CLASH,
    ARRESTS,
    BATTLES,
    DECISIVE_SUBS,
    EXPLOSIONS,
    NON_STATE_ARMED,
    PROTESTS,
    RIOTS,
    SHELLING,
    TERRITORY,
    VAC,
    Inter,
)
from marsad.extract.arguments import HEADLINE_PLACE, MAIN_PLACE, PREVIOUS_PLACE
from marsad.extract.candidates import PLANTED, Candidate
from marsad.extract.mentions import UNIDENTIFIED, ActorMention, actor_in_country, led_by, named_in_country
from marsad.extract.times.vocab import weekday_in
from marsad.geo.patterns import patterns
from marsad.geo.resolve import PlaceMention

GENERIC_ACTORS = {"unidentified"}
CROWD = {Inter.PROTESTERS, Inter.RIOTERS}
PROTEST_FORCE = ("Protest with intervention", "Excessive force against protesters")
RESTATED_TOLL = 3  # a toll of this many, told twice a few km apart, is one report told twice
SAME_PLACE_KM = 12.0
GUARDS_SENTENCES = 2  # "فأطلق النار على شرطي عند المدخل": the fire at the guards, told right after the attack
ESTIMATE_SHARE = 0.5  # "على بعد 200 كيلومتر شمال بغداد": a named place within 100 km of that point (a direction is told to an eighth of the compass)
QUARTER_KM = 10.0  # a quarter lies this near the point of the city it belongs to
WEEK_DAYS = 6  # the days a date told as a week may lie from a day of that week
VERB_SUBJECT_GAP = 2  # "استهدفت غارات": the chars between a verb cue and the noun cue that is its subject
VIOLENCE = (BATTLES, EXPLOSIONS, VAC)  # the kinds an attack's general word may tell


def km(a: PlaceMention, b: PlaceMention) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


SECURITY_FORCES = "security-forces"  # "قوات الأمن", "الأجهزة الأمنية": whichever force of the country
STATE_FORCE_NAMES = ("Military Forces of ", "Police Forces of ")
MEANS_CHARS = 24  # "ضربة جوية [بالصواريخ و]البراميل المتفجرة": from a counted cue to the munition it dropped
ONE_DEVICE = frozenset({"suicide", "IED"})  # a suicide car bomb is told as either


AREAS = frozenset({"country", "region", "governorate"})  # hold many villages
REGION_KM = 200  # a region ("شمال العراق") holds the places this near its representative town
NEAR_PATTERNS = ("direction", "near")  # "جنوب غربي كركوك", "قرب كركوك": a town's surroundings, not a list


def same_place(a: PlaceMention | None, b: PlaceMention | None, strict: bool = False, same_toll: bool = False,
                one_actor: bool = False, restated: bool = False) -> bool:
    """One place: the same gazetteer place, an unresolved name written the same, a point within
    12 km of an imprecise one, or (not `strict`) a region or governorate containing the other (a
    city's countryside too, for the acts of `one_actor`)."""
    if a is None or b is None:
        return True
    if _one_gazetteer_place(a, b, strict):
        return True
    if a.place is None and b.place is None:
        # a village the gazetteer does not know is its own place, whatever anchor locates it
        return a.text == b.text
    if a.place is None or b.place is None:
        return not strict and _known_and_unknown(a, b, same_toll)
    if _a_few_km_apart(a, b, restated and not strict):
        return True  # "مقتل 20 بقصف شمال الرمادي" and "مقتل 20 في منطقة البو فراج شمال الرمادي": one toll told twice
    if a.geo_precision == 1 and b.geo_precision == 1:
        return False  # two villages, however close, are two events
    if town_or_village(a) and town_or_village(b) and not (countryside(a) or countryside(b)):
        return False  # so are their surroundings ("محيط مدينة دوما" is not Harasta, five km away),
        # not a countryside ("بريف إدلب" holds the Fuah told after it)
    if strict:
        return False
    d = km(a, b)
    if d is not None and d <= SAME_PLACE_KM:
        return True
    # a governorate or a region holds its towns; a city's countryside ("ريف حلب الشمالي" holds Azaz)
    # only for one party's act told twice
    return (a.geo_precision >= 3 or b.geo_precision >= 3 or (one_actor and (countryside(a) or countryside(b)))) \
        and _area_holds(a, b, d)


def _within_the_estimate(told: PlaceMention, point: PlaceMention) -> bool:
    """A point told by its distance from a far place ("على بعد 200 كيلومتر شمال بغداد") and a named
    place within a share of that distance of it (`ESTIMATE_SHARE`): the estimate of that place."""
    if point.distance_km is None or told.distance_km is not None or told.place is None:
        return False
    d = km(told, point)
    return d is not None and d <= max(SAME_PLACE_KM, ESTIMATE_SHARE * point.distance_km)


def _known_and_unknown(a: PlaceMention, b: PlaceMention, same_toll: bool) -> bool:
    """A place the gazetteer knows and one it does not: one toll restated at the known place that
    anchors the other, or an unknown town and a whole country."""
    return (same_toll and _restated_at_anchor(a, b)) or _unknown_town_in_a_country(a, b)


def _unknown_town_in_a_country(a: PlaceMention, b: PlaceMention) -> bool:
    """"في مدينة الأبيض" (a town the gazetteer does not know, named after its pattern word) and
    a whole country: the country may hold the town, and a report placed at it no better tells the
    incident the town places."""
    unknown, known = (a, b) if a.place is None else (b, a)
    return known.place is not None and known.place.kind == "country" and unknown.pattern is not None \
        and unknown.anchor is None


def _a_few_km_apart(a: PlaceMention, b: PlaceMention, restated: bool) -> bool:
    """Places of one toll told twice (`restated`): not two villages, and within `SAME_PLACE_KM`
    of each other."""
    d = km(a, b) if restated else None
    return a.geo_precision + b.geo_precision > 2 and d is not None and d <= SAME_PLACE_KM


def _one_gazetteer_place(a: PlaceMention, b: PlaceMention, strict: bool) -> bool:
    """The same place of the gazetteer, or (not `strict`) a quarter and the city it lies in ("جسر
    لندن بريدج" and "لندن"); a named place and a point told by its distance from a far one, near it
    ("في محيط مصفاة بيجي" and "على بعد 200 كيلومتر شمال بغداد": one place, told two ways)."""
    if a.place is None or b.place is None:
        return False
    if _within_the_estimate(a, b) or _within_the_estimate(b, a):
        return True
    return a.place.id == b.place.id or (not strict and (_quarter_of(a, b) or _quarter_of(b, a) or _seat_of(a, b)))


def _seat_of(a: PlaceMention, b: PlaceMention) -> bool:
    """A district and the city of its seat, one point of the gazetteer ("قرى شمال قضاء بيجي" and
    "قرى في محيط بيجي"): one place, whatever side of it the text names."""
    assert a.place is not None and b.place is not None
    return {a.place.kind, b.place.kind} == {"district", "city"} and a.place.latitude == b.place.latitude \
        and a.place.longitude == b.place.longitude


def _quarter_of(quarter: PlaceMention, city: PlaceMention) -> bool:
    """A neighbourhood of the gazetteer, or a place named after the word of a neighbourhood ("حي
    الموصل الجديدة", a city of the registry), and the city it lies in (within `QUARTER_KM`)."""
    if quarter.place is None or city.place is None or city.place.kind != "city" or not (
            quarter.place.kind == "neighbourhood" or _after_a_quarter_word(quarter)):
        return False
    d = km(quarter, city)
    return d is not None and d <= QUARTER_KM


def _after_a_quarter_word(p: PlaceMention) -> bool:
    cue = patterns().cues.get((p.pattern or "").removeprefix("type:"))
    return (p.pattern or "").startswith("type:") and cue is not None and cue.kinds == ("neighbourhood",)


def _area_holds(a: PlaceMention, b: PlaceMention, d: float | None) -> bool:
    """A country, a big region or a governorate that holds the other place."""
    if a.place is None or b.place is None:
        return False
    if "country" in (a.place.kind, b.place.kind):  # "في سوريا" and "في شمال سوريا"
        return a.place.country == b.place.country
    if "region" in (a.place.kind, b.place.kind):  # "في شمال العراق" and Tuz Khurmatu, not Basra
        return a.place.country == b.place.country and d is not None and d <= REGION_KM
    return bool(a.place.admin1 and a.place.admin1 == b.place.admin1)


def _restated_at_anchor(a: PlaceMention, b: PlaceMention) -> bool:
    """... but the place that anchors it, told alone with the same toll, is the same report ("مقتل 15
    جنوب غربي كركوك" in the lead, "قرية X جنوب غربي كركوك ... مقتل 15" in the body); a list sibling
    shares the pattern and is not; a headline over several villages ("غارات قرب الموصل") tells no toll
    of its own."""
    unknown, known = (a, b) if a.place is None else (b, a)
    return known.geo_precision >= 2 and unknown.anchor is not None and known.place is not None \
        and unknown.anchor.id == known.place.id and known.place.kind not in AREAS \
        and (known.pattern or "").startswith(NEAR_PATTERNS) and unknown.pattern != known.pattern


def actors_compatible(a: ActorMention | None, b: ActorMention | None, where: frozenset[str] = frozenset()) -> bool:
    """One party named in two ways; in the countries `where` the incidents lie, the actor the same
    words name there ("طائرات التحالف" over Yemen is "التحالف الذي تقوده السعودية")."""
    if a is None or b is None:
        return True
    if a.actor.id == b.actor.id or a.actor.name == b.actor.name \
            or a.actor.id in GENERIC_ACTORS or b.actor.id in GENERIC_ACTORS:
        return True
    if "{country}" in a.actor.name or "{country}" in b.actor.name:
        # "السلطات" and "السلطات السورية" are one actor once the country is known
        generic, specific = (a, b) if "{country}" in a.actor.name else (b, a)
        head = generic.actor.name.split("{country}")[0]
        if generic.actor.id == SECURITY_FORCES:  # "قوات الأمن" are the police as well as the army
            return specific.actor.name.startswith(STATE_FORCE_NAMES) or "{country}" in specific.actor.name \
                or _coalition_at_home(specific, where) is not None
        return specific.actor.name.startswith(head) or "{country}" in specific.actor.name
    return named_in_country(a.actor, b.actor, where) or one_party(a, b) \
        or any(_coalition_at_home(x, where) == y.actor.country and y.actor.name.startswith(STATE_FORCE_NAMES)
               for x, y in ((a, b), (b, a)))


def _coalition_at_home(a: ActorMention, where: frozenset[str]) -> str | None:
    """The country of `where` whose state leads the coalition `a` names there: at home, its forces
    and the coalition are one party ("الدفاعات الجوية السعودية" and "التحالف" over Taif)."""
    if a.actor.inter != Inter.EXTERNAL:
        return None
    for c in sorted(where):
        there = actor_in_country(a.actor, c)
        if there.country == c and there.inter == Inter.EXTERNAL and a.actor.country in (None, c):
            return c
    return None


def dates_compatible(a: Candidate, b: Candidate) -> bool:
    if a.date is None and b.date is None and not (a.when.inherited or b.when.inherited):
        return _same_weekday(a, b)  # an undated document: "السبت" and "الجمعة" are two days
    if a.when.inherited or b.when.inherited or a.date is None or b.date is None:
        return True
    if _a_week(a) or _a_week(b):
        return abs((a.date - b.date).days) <= WEEK_DAYS  # "خطفوا الأسبوع الماضي": any day of that week
    if a.when.precision >= 2 or b.when.precision >= 2:
        return abs((a.date - b.date).days) <= 1  # "in the last few hours", "يوم الجمعة الماضي"
    return a.date == b.date


def _a_week(c: Candidate) -> bool:
    """Dated by a week as a whole ("هذا الأسبوع", "الأسبوع الماضي"), not by a day of it."""
    return c.when.time is not None and c.when.time.kind == "period" and c.when.precision == 2


def _same_weekday(a: Candidate, b: Candidate) -> bool:
    days = [weekday_in(c.when.time.text) if c.when.time is not None else None for c in (a, b)]
    return None in days or days[0] == days[1]


def _one_site(a: Candidate, b: Candidate) -> bool:
    """The same precise place on the same day: one incident, however its target is named."""
    same = a.place is not None and b.place is not None and a.place.place is not None \
        and b.place.place is not None and a.place.place.id == b.place.place.id
    return same and a.date == b.date  # None only in an undated document, where no day is known


def parties_compatible(a: Candidate, b: Candidate) -> bool:
    """A battle is between two parties whichever the text names first; at one site on one day
    the acting party decides (the target is told in many words: "القاعدة", "القوات الأميركية")."""
    where = frozenset(c.place.place.country for c in (a, b) if c.place is not None and c.place.place is not None
                      and c.place.place.country)
    if _maker_by_its_weapon(a, b) or _maker_by_its_weapon(b, a):
        return False
    if _one_site(a, b) and (actors_compatible(a.actor1, b.actor1, where) or _one_takeover(a, b)):
        return True
    held = actors_compatible(a.actor2, b.actor2, where) or _held_as_members(a, b)
    if a.sub_event_type == b.sub_event_type == ARRESTS and a.actor1 is not None and b.actor1 is not None \
            and state_force(a.actor1) and state_force(b.actor1) and held:
        return True  # "قوات الأمن السعودية" and "وزارة الداخلية": one state's arrests, whichever of its forces is named
    straight = actors_compatible(a.actor1, b.actor1, where) and held
    if straight or a.event_type != BATTLES:
        return straight
    if a.date != b.date:  # a day apart, the police and the army fought two fights
        return actors_compatible(a.actor1, b.actor2) and actors_compatible(a.actor2, b.actor1)
    return (same_side(a.actor1, b.actor1) and same_side(a.actor2, b.actor2)) \
        or (same_side(a.actor1, b.actor2) and same_side(a.actor2, b.actor1))


def _one_takeover(a: Candidate, b: Candidate) -> bool:
    """"سيطر جيش الفتح على جسر الشغور" and "دخل مقاتلو أحرار الشام المدينة": a town taken on one day
    by two armed groups of one kind (an alliance and one of its factions) was taken once."""
    return a.sub_event_type == b.sub_event_type and a.sub_event_type in TERRITORY \
        and a.actor1 is not None and b.actor1 is not None and a.actor1.actor.inter == b.actor1.actor.inter \
        and a.actor1.actor.inter in NON_STATE_ARMED


def _held_as_members(a: Candidate, b: Candidate) -> bool:
    """"أوقفت الشرطة 251 شخصا" and "يشتبه في انتمائهم إلى التنظيم": the people arrested, told once
    as people and once as an armed group's, are one party (not "اعتقلت الأسبوع الماضي شخصين": the
    arrests of a week are others)."""
    x, y = a.actor2, b.actor2
    return a.sub_event_type == b.sub_event_type == ARRESTS and x is not None and y is not None \
        and Inter.CIVILIANS in (x.actor.inter, y.actor.inter) and any(h.actor.inter in NON_STATE_ARMED for h in (x, y)) \
        and not (_a_week(a) or _a_week(b))


def _maker_by_its_weapon(a: Candidate, b: Candidate) -> bool:
    """"ألقت مروحيات النظام براميل متفجرة على سرمين" beside "بدأت المقاتلات الروسية غاراتها في
    سوريا": an incident whose weapon names the state that made it (barrel bombs) is no incident of
    another state's forces."""
    made = a.default_actor1
    return a.actor1 is None and made is not None and made[1] == Inter.STATE and "{country}" not in made[0] \
        and b.actor1 is not None and state_force(b.actor1) and "{country}" not in b.actor1.actor.name \
        and b.actor1.actor.name != made[0]


def same_side(a: ActorMention | None, b: ActorMention | None) -> bool:
    """In a battle the state's forces are one side: "قوات الأمن التركية" and "شرطيان" (the police of
    the country) fight together."""
    return actors_compatible(a, b) or (a is not None and b is not None and state_force(a) and state_force(b)
                                        and ("{country}" in a.actor.name or "{country}" in b.actor.name
                                             or a.actor.country == b.actor.country))


def state_force(a: ActorMention) -> bool:
    """A state's own forces: the generic ones of the country, or a state's army ("Military Forces
    of Turkey", coded external outside Turkey), not an international coalition."""
    return a.actor.inter == Inter.STATE or (a.actor.inter == Inter.EXTERNAL and a.actor.country is not None)


PROTEST_FAMILY = {PROTESTS, RIOTS}  # a protest whose protesters turned violent is one riot
TWO_ACTS_ON_PEOPLE = {"Attack", ABDUCTION}  # a killing and an abduction told in two clauses are two acts


def mergeable(a: Candidate, b: Candidate) -> bool:
    if a.event_type != b.event_type and {a.event_type, b.event_type} != PROTEST_FAMILY and not _kinds_join(a, b):
        return False
    if a.aggregate != b.aggregate:
        return _means_of_a_summary(a, b) or _means_of_a_summary(b, a)
    if bare_attack_of(a, b) or bare_attack_of(b, a):
        return dates_compatible(a, b) and same_place(a.place, b.place) and _one_report(a, b)
    if {a.sub_event_type, b.sub_event_type} == TWO_ACTS_ON_PEOPLE and a.sentence.index == b.sentence.index \
            and a.clause != b.clause:
        return False  # "أعدم التنظيم إمام المسجد، فيما اعتقل 15 خياطا": a killing and an abduction, two acts
    if _two_deliveries(a, b):
        return False
    if a.aggregate:
        return abs(a.sentence.index - b.sentence.index) <= 2
    if _told_apart(a, b):
        return False
    if a.background != b.background or _another(a, b) or _another(b, a) or denied_beside_the_fight(a, b):
        return False
    return dates_compatible(a, b) and parties_compatible(a, b) and _places_agree(a, b)


def _places_agree(a: Candidate, b: Candidate) -> bool:
    """One place, or a point and the place it was lent, or one party's toll told again where its
    sentence names no place (the article's place is only a guess)."""
    strict = _strict(a, b)
    same_toll = a.fatalities is not None and a.fatalities == b.fatalities  # one report told twice
    return same_place(a.place, b.place, strict, same_toll, _one_actor(a, b), _restated(a, b)) \
        or (not strict and (_lent_the_anchor(a, b) or _lent_the_anchor(b, a))) \
        or (_restated(a, b) and _one_actor(a, b) and (a.place_of_the_article or b.place_of_the_article))


def _act_and_answered(a: Candidate, b: Candidate) -> bool:
    """"الغارة جاءت ردا على إطلاق صواريخ": an act and what it answered, told in one sentence (a word
    later in the answered one's clause, "ردا على هجوم نفذ بأسلحة كيمياوية", tells the answered one)."""
    if a.answered == b.answered or a.sentence.index != b.sentence.index:
        return False
    answered, other = (a, b) if a.answered else (b, a)
    return not (other.clause == answered.clause and other.cue.start > answered.cue.start)


def denied_beside_the_fight(a: Candidate, b: Candidate) -> bool:
    """"نفى مصدر عسكري مزاعم الحوثيين بالسيطرة على موقع حدودي" beside "فتعاملت معها القوات ... وتم قتل
    23 من المتسللين": a place said taken that a side denies (or only alleges) is no outcome of the
    fight told as fact (either way round): the fight, and the claim denied, are two records."""
    return any(taken.sub_event_type in TERRITORY and taken.modality in ("denied", "alleged")
               and fight.sub_event_type == ARMED_CLASH and fight.modality == "asserted" for taken, fight in ((a, b), (b, a)))


def _lent_the_anchor(lent: Candidate, told: Candidate) -> bool:
    """A sentence that names no place of its own, lent the headline's ("مواجهات قرب الخليل"), the
    article's or the last of the sentence before, and a village the gazetteer does not know that
    the text locates by that very place ("في بلدة X شمال الخليل"): one incident, at the village."""
    return lent.place is not None and told.place is not None and lent.place.place is not None \
        and told.place.place is None and told.place.anchor is not None and told.place.anchor.id == lent.place.place.id \
        and any(k == "location" and v in (HEADLINE_PLACE, MAIN_PLACE, PREVIOUS_PLACE) for k, v in lent.explain)


def _two_deliveries(a: Candidate, b: Candidate) -> bool:
    """Two kinds typed by weapons neither holds the other's of: an artillery strike and an air raid
    on the same town are two events (a suicide bomber's explosive belt is one device)."""
    return bool(a.weapons) and bool(b.weapons) and a.sub_event_type != b.sub_event_type \
        and not (set(a.weapons) <= set(b.weapons) or set(b.weapons) <= set(a.weapons)) \
        and not set(a.weapons) | set(b.weapons) <= ONE_DEVICE


def _kinds_join(a: Candidate, b: Candidate) -> bool:
    """Two kinds that one incident may be told by: a bare targeting and the act that tells how, an
    untold manner and the deed that tells it, a headline's bare attack and the incident its body
    tells (either way)."""
    return any(f(x, y) for f in (bare_target_of, untold_manner_of, bare_attack_of, guards_on_the_way_in)
               for x, y in ((a, b), (b, a)))


def guards_on_the_way_in(attack: Candidate, fire: Candidate) -> bool:
    """"فأطلق النار على شرطي وحارس عند المدخل، ثم فتح النار على المحتفلين": the fire of an attack's
    maker at the guards on his way in, with no toll of its own, told after the attack on the people
    inside, is that attack (ACLED: the people were its target)."""
    return attack.event_type == VAC and attack.sub_event_type == "Attack" and attack.fatalities is not None \
        and fire.event_type == BATTLES and fire.fatalities is None \
        and 0 < fire.sentence.index - attack.sentence.index <= GUARDS_SENTENCES \
        and (fire.actor1 is None or fire.actor1.actor.id == UNIDENTIFIED
             or (attack.actor1 is not None and attack.actor1.actor.id == fire.actor1.actor.id))


def _restated(a: Candidate, b: Candidate) -> bool:
    """One toll of `RESTATED_TOLL` or more, told by both."""
    return a.fatalities is not None and a.fatalities == b.fatalities and a.fatalities >= RESTATED_TOLL


def _strict(a: Candidate, b: Candidate) -> bool:
    """A borrowed date needs the very same place, unless it is the same kind of strike in a
    governorate or region that contains the other place, or a report placed at a whole country
    between the same two parties, or the means that decides the kind of an incident told before
    ("وفجر انتحاري شاحنة مفخخة": a reference that only merges, placed by no words of its own)."""
    return bool(a.when.inherited or b.when.inherited) and a.sub_event_type != b.sub_event_type \
        and not ((_whole_country(a) or _whole_country(b)) and _same_two_parties(a, b)) \
        and not any(c.reference and c.sub_event_type in DECISIVE_SUBS for c in (a, b)) \
        and not {a.sub_event_type, b.sub_event_type} <= PLANTED  # a bomb, then told as a suicide attacker's


def _whole_country(c: Candidate) -> bool:
    """A report placed at a whole country ("تهاجم قاعدة عسكرية جنوبي الصومال") sums up the incident
    a town or a province places between the same two parties, whatever kind each tells (an attack,
    a base seized)."""
    return c.place is not None and c.place.place is not None and c.place.place.kind == "country"


def _same_two_parties(a: Candidate, b: Candidate) -> bool:
    """The same two parties; the protesters of one record and the rioters of the other are one
    crowd (a protest that turned violent, told once as each)."""
    return all(x is not None and y is not None and (x.actor.id == y.actor.id or {x.actor.inter, y.actor.inter} == CROWD)
               for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)))


def _means_of_a_summary(summary: Candidate, c: Candidate) -> bool:
    """"نحو 240 ضربة جوية بالصواريخ والبراميل المتفجرة": what the counted incidents dropped, told
    right after their cue in its clause, is their means, no incident of its own."""
    return summary.aggregate and c.cue.cue.weapon is not None and c.cue.cue.pos == "noun" \
        and c.sentence.index == summary.sentence.index and c.clause == summary.clause \
        and 0 <= c.cue.start - summary.cue.end <= MEANS_CHARS


def bare_targeting(c: Candidate) -> bool:
    """"هجوم يستهدف منطقة ... يخلف سبعة قتلى": a verb of targeting whose sub-type no weapon decided
    (a shelling by default) tells that something struck, not how."""
    return c.bare_targeting and c.defaulted_sub and not c.weapons and c.event_type == EXPLOSIONS


def bare_target_of(bare: Candidate, told: Candidate) -> bool:
    """A bare targeting and an attack on people that tells how ("دهست حافلة المشاة", "طعن"), or the
    ambush its own clause tells before the verb ("نصبوا كمينا استهدف دورية"): one incident when
    place, day and parties agree (the act's kind stays)."""
    if not bare_targeting(bare) or told.defaulted_sub:
        return False
    return told.event_type == VAC or (told.event_type == BATTLES and told.sentence.index == bare.sentence.index
                                      and told.clause == bare.clause and told.cue.end <= bare.cue.start)


def bare_attack_of(bare: Candidate, told: Candidate) -> bool:
    """"مقتل 12 في هجوم على نقطة تفتيش في شمال سيناء" over "فجر انتحاري سيارة مفخخة عند نقطة تفتيش
    قرب مدينة العريش": a headline's attack no weapon types sums up the incident of another kind its
    body tells (the told one's kind kept) when day, place (a governorate holds its towns), toll and
    sides agree. So does a bare attack named again ("ووقع الهجوم مساء الخميس"), which only merges, and
    one in the body that a deed told after it as already known tells ("فجر انتحاري سيارة مفخخة عند
    بوابة الفندق")."""
    told_after = told.reference and not told.bare_attack and bare.sentence.index < told.sentence.index
    return bare.bare_attack and (bare.sentence.in_title or bare.reference or told_after) and not told.sentence.in_title \
        and told.event_type in VIOLENCE and told.event_type != bare.event_type and not told.aggregate


def _one_report(a: Candidate, b: Candidate) -> bool:
    """No two tolls that differ, and each side of one the same side of the other (a state's forces
    one side: "نقطة تفتيش" and "أفراد الشرطة"), or unnamed."""
    if a.fatalities is not None and b.fatalities is not None and a.fatalities != b.fatalities:
        return False
    return all(x is None or y is None or same_side(x, y) for x, y in ((a.actor1, b.actor1), (a.actor2, b.actor2)))


def untold_manner_of(untold: Candidate, told: Candidate) -> bool:
    """"اغتيال قيادي في الجيش الحر بدرعا" and "اغتال مجهولون القيادي بتفجير عبوة ناسفة": an
    assassination no weapon tells and a deed of violence that tells how, on the same party (or one
    named by only one of them): one incident when place and day agree (the told one's kind kept);
    so is an assassination whose weapons are all the deed's ("اغتيال النائب العام في انفجار سيارة
    مفخخة": the car bomb is the explosion's)."""
    untold_here = untold.manner_untold or (untold.manner_word and bool(untold.weapons)
                                           and set(untold.weapons) <= set(told.weapons) and not told.manner_word)
    return untold_here and not told.manner_untold and told.event_type in VIOLENCE \
        and (untold.actor2 is None or told.actor2 is None or one_party(untold.actor2, told.actor2))


def _told_apart(a: Candidate, b: Candidate) -> bool:
    """Two events whatever their place and day: one cue over a list of towns, an ambush of its own
    day and a report the lead dates, a force's shelling and an air raid, an act and what it answered."""
    return _listed_apart(a, b) or _own_day_unplaced(a, b) or _own_day_unplaced(b, a) \
        or _ground_and_air(a, b) or _ground_and_air(b, a) or _act_and_answered(a, b)


def _ground_and_air(shelling: Candidate, raid: Candidate) -> bool:
    """"ألقى الطيران المروحي براميل على البلدة ... وقصفت قوات النظام البلدة": a bombardment no weapon
    types, told as a force on the ground's, and an air raid in another sentence or another clause
    ("، حيث ألقت المروحيات براميل") are two events (ACLED codes each)."""
    return raid.sub_event_type == AIR_STRIKE and shelling.sub_event_type == SHELLING and shelling.ground_force \
        and not shelling.weapons and (shelling.sentence.index != raid.sentence.index or shelling.clause != raid.clause)


def _one_actor(a: Candidate, b: Candidate) -> bool:
    """Both acts are told as one named party's."""
    return a.actor1 is not None and b.actor1 is not None and a.actor1.actor.id == b.actor1.actor.id


def _listed_apart(a: Candidate, b: Candidate) -> bool:
    """"اشتباكات في محيط قرى المشيك والمنصورة": one cue over a list of towns, an event at each."""
    if a.cue is not b.cue or a.place is None or b.place is None or a.place.place is None or b.place.place is None:
        return False
    return town_or_village(a.place) and town_or_village(b.place) and a.place.place.id != b.place.place.id


def _own_day_unplaced(unplaced: Candidate, placed: Candidate) -> bool:
    """An ambush of its own day told with no place takes no report placed and dated by the lead."""
    return unplaced.place is None and placed.place is not None and not unplaced.when.inherited \
        and placed.when.inherited and unplaced.date is not None and placed.date is not None \
        and unplaced.date != placed.date


def _another(a: Candidate, b: Candidate) -> bool:
    """"قتل 24 في انفجار سيارة ... وقتل سبعة في تفجير آخر": the other incident is none told before it,
    but the verb whose subject it is ("استهدفت غارات أخرى") tells it."""
    return a.another and b.cue.start < a.cue.start \
        and not (b.cue.cue.pos == "verb" and 0 <= a.cue.start - b.cue.end <= VERB_SUBJECT_GAP)


def precise_place(a: PlaceMention | None, b: PlaceMention | None) -> PlaceMention | None:
    if a is None or b is None:
        return a or b
    for site, around in ((a, b), (b, a)):
        if _site_over_surroundings(site, around):
            return site
    if (a.place is None) != (b.place is None) and _unknown_town_in_a_country(a, b):
        return a if a.place is None else b  # "مدينة الأبيض" over "السودان": the town, though unknown
    if a.place is None and b.place is not None:
        return b
    if (a.distance_km is None) != (b.distance_km is None):
        return a if b.distance_km is not None else b  # the place named over a point told by its distance
    if b.geo_precision == a.geo_precision and countryside(a) != countryside(b):
        return a if countryside(b) else b  # "في محيط بلدة الفوعة" over "بريف إدلب": near a town is nearer
    if _quarter_of(b, a):
        return b  # "حي البياع" over "بغداد": a quarter over the city it lies in
    return b if b.geo_precision < a.geo_precision else a


def _site_over_surroundings(site: PlaceMention, around: PlaceMention) -> bool:
    """"منطقة المطيبيجة شرقي سامراء" over "شمال بغداد": a place the gazetteer does not know, located
    by the town it lies near, is where the incident was; the surroundings of a town named
    elsewhere ("near", "north of") or a wider area ("شمال العراق") are only the area."""
    return site.place is None and site.anchor is not None and site.latitude is not None and around.place is not None \
        and ((around.pattern or "").startswith(NEAR_PATTERNS) or around.geo_precision > site.geo_precision)


def other_country(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Both places known, in two countries ("الكويت", then the headline's Mosul)."""
    return a is not None and b is not None and a.place is not None and b.place is not None \
        and bool(a.place.country) and bool(b.place.country) and a.place.country != b.place.country


def countryside(p: PlaceMention) -> bool:
    return (p.pattern or "").startswith("countryside")


def one_party(a: ActorMention, b: ActorMention) -> bool:
    """The same actor, or one and its umbrella (the Southern Front and the Syrian opposition), or a
    coalition and the forces that lead it ("غارة للتحالف" and "طائرة أمريكية من دون طيار")."""
    return a.actor.id == b.actor.id or a.actor.name == b.actor.name \
        or (a.actor.parent is not None and a.actor.parent == b.actor.name) \
        or (b.actor.parent is not None and b.actor.parent == a.actor.name) \
        or b.actor.name in led_by(a.actor.name) or a.actor.name in led_by(b.actor.name)


def town_or_village(p: PlaceMention | None) -> bool:
    """A precise place of the gazetteer (a town, a village, a site), not an area that holds many."""
    return p is not None and p.place is not None and p.geo_precision <= 2 and p.place.kind not in AREAS
