"""Merge the candidates of one document into event records, per ACLED's rule: one event per
type, actors, day and place. The headline and the body, the act and the claim of it, and a
sentence that only repeats an incident (with an inherited date) become one record.
"""

from __future__ import annotations

import math
from dataclasses import replace

from marsad.acled import (
    ABDUCTION,
    AIR_STRIKE,
    ARRESTS,
    BATTLES,
    EXPLOSIONS,
    PROTESTS,
    RIOTS,
    SHELLING,
    VAC,
    Inter,
)
from marsad.extract import grammar
from marsad.extract.candidates import Candidate
from marsad.extract.document import AnalysedDocument
from marsad.extract.elsewhere import parties_named_elsewhere
from marsad.extract.mentions import (
    ActorMention,
    CueMention,
    both_sides_in_one,
    raid_by_aircraft,
)
from marsad.extract.modality import general_incident_word
from marsad.extract.recall import BACKGROUND_DAYS, latest_date
from marsad.extract.times.vocab import weekday_in
from marsad.geo.resolve import PlaceMention

GENERIC_ACTORS = {"unidentified"}
PROTEST_FORCE = ("Protest with intervention", "Excessive force against protesters")
SAME_PLACE_KM = 12.0
WEEK_DAYS = 6  # the days a date told as a week may lie from a day of that week
VIOLENCE = (BATTLES, EXPLOSIONS, VAC)  # the kinds an attack's general word may tell
DEAD_WORD_CHARS = 24  # "أوقع 32 [قتيلا]": the words that count the dead, after the toll
DEAD_WORDS = 4


def _km(a: PlaceMention, b: PlaceMention) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    la1, lo1, la2, lo2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))  # type: ignore[arg-type]
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


SECURITY_FORCES = "security-forces"  # "قوات الأمن", "الأجهزة الأمنية": whichever force of the country
STATE_FORCE_NAMES = ("Military Forces of ", "Police Forces of ")
ONE_DEVICE = frozenset({"suicide", "IED"})  # a suicide car bomb is told as either


AREAS = frozenset({"country", "region", "governorate"})  # hold many villages
REGION_KM = 200  # a region ("شمال العراق") holds the places this near its representative town
NEAR_PATTERNS = ("direction", "near")  # "جنوب غربي كركوك", "قرب كركوك": a town's surroundings, not a list


def _same_place(a: PlaceMention | None, b: PlaceMention | None, strict: bool = False, same_toll: bool = False,
                one_actor: bool = False) -> bool:
    """One place: the same gazetteer place, an unresolved name written the same, a point within
    12 km of an imprecise one, or (not `strict`) a region or governorate containing the other (a
    city's countryside too, for the acts of `one_actor`)."""
    if a is None or b is None:
        return True
    if a.place and b.place and a.place.id == b.place.id:
        return True
    if a.place is None and b.place is None:
        # a village the gazetteer does not know is its own place, whatever anchor locates it
        return a.text == b.text
    if a.place is None or b.place is None:
        return not strict and same_toll and _restated_at_anchor(a, b)
    if a.geo_precision == 1 and b.geo_precision == 1:
        return False  # two villages, however close, are two events
    if _town_or_village(a) and _town_or_village(b) and not (_countryside(a) or _countryside(b)):
        return False  # so are their surroundings ("محيط مدينة دوما" is not Harasta, five km away),
        # not a countryside ("بريف إدلب" holds the Fuah told after it)
    if strict:
        return False
    d = _km(a, b)
    if d is not None and d <= SAME_PLACE_KM:
        return True
    # a governorate or a region holds its towns; a city's countryside ("ريف حلب الشمالي" holds Azaz)
    # only for one party's act told twice
    return (a.geo_precision >= 3 or b.geo_precision >= 3 or (one_actor and (_countryside(a) or _countryside(b)))) \
        and _area_holds(a, b, d)


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


def _actors_compatible(a: ActorMention | None, b: ActorMention | None) -> bool:
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
            return specific.actor.name.startswith(STATE_FORCE_NAMES) or "{country}" in specific.actor.name
        return specific.actor.name.startswith(head) or "{country}" in specific.actor.name
    return _one_party(a, b)


def _dates_compatible(a: Candidate, b: Candidate) -> bool:
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


def _parties_compatible(a: Candidate, b: Candidate) -> bool:
    """A battle is between two parties whichever the text names first; at one site on one day
    the acting party decides (the target is told in many words: "القاعدة", "القوات الأميركية")."""
    if _one_site(a, b) and _actors_compatible(a.actor1, b.actor1):
        return True
    if a.sub_event_type == b.sub_event_type == ARRESTS and a.actor1 is not None and b.actor1 is not None \
            and _state_force(a.actor1) and _state_force(b.actor1) and _actors_compatible(a.actor2, b.actor2):
        return True  # "قوات الأمن السعودية" and "وزارة الداخلية": one state's arrests, whichever of its forces is named
    straight = _actors_compatible(a.actor1, b.actor1) and _actors_compatible(a.actor2, b.actor2)
    if straight or a.event_type != BATTLES:
        return straight
    if a.date != b.date:  # a day apart, the police and the army fought two fights
        return _actors_compatible(a.actor1, b.actor2) and _actors_compatible(a.actor2, b.actor1)
    return (_same_side(a.actor1, b.actor1) and _same_side(a.actor2, b.actor2)) \
        or (_same_side(a.actor1, b.actor2) and _same_side(a.actor2, b.actor1))


def _same_side(a: ActorMention | None, b: ActorMention | None) -> bool:
    """In a battle the state's forces are one side: "قوات الأمن التركية" and "شرطيان" (the police of
    the country) fight together."""
    return _actors_compatible(a, b) or (a is not None and b is not None and _state_force(a) and _state_force(b)
                                        and ("{country}" in a.actor.name or "{country}" in b.actor.name
                                             or a.actor.country == b.actor.country))


def _state_force(a: ActorMention) -> bool:
    """A state's own forces: the generic ones of the country, or a state's army ("Military Forces
    of Turkey", coded external outside Turkey), not an international coalition."""
    return a.actor.inter == Inter.STATE or (a.actor.inter == Inter.EXTERNAL and a.actor.country is not None)


PROTEST_FAMILY = {PROTESTS, RIOTS}  # a protest whose protesters turned violent is one riot
TWO_ACTS_ON_PEOPLE = {"Attack", ABDUCTION}  # a killing and an abduction told in two clauses are two acts


def mergeable(a: Candidate, b: Candidate) -> bool:
    if (a.event_type != b.event_type and {a.event_type, b.event_type} != PROTEST_FAMILY
            and not _bare_target_of(a, b) and not _bare_target_of(b, a)) or a.aggregate != b.aggregate:
        return False
    if {a.sub_event_type, b.sub_event_type} == TWO_ACTS_ON_PEOPLE and a.sentence.index == b.sentence.index \
            and a.clause != b.clause:
        return False  # "أعدم التنظيم إمام المسجد، فيما اعتقل 15 خياطا": a killing and an abduction, two acts
    if a.weapons and b.weapons and a.sub_event_type != b.sub_event_type and \
            not (set(a.weapons) <= set(b.weapons) or set(b.weapons) <= set(a.weapons)) \
            and not set(a.weapons) | set(b.weapons) <= ONE_DEVICE:
        return False  # an artillery strike and an air raid on the same town are two events;
        # a suicide bomber's explosive belt is one
    if a.aggregate:
        return abs(a.sentence.index - b.sentence.index) <= 2
    if _told_apart(a, b):
        return False
    if a.background != b.background or _another(a, b) or _another(b, a):
        return False
    # A borrowed date needs the very same place, unless it is the same kind of strike in a
    # governorate or region that contains the other place.
    strict = (a.when.inherited or b.when.inherited) and a.sub_event_type != b.sub_event_type
    same_toll = a.fatalities is not None and a.fatalities == b.fatalities  # one report told twice
    return _dates_compatible(a, b) and _same_place(a.place, b.place, strict, same_toll, _one_actor(a, b)) \
        and _parties_compatible(a, b)


def bare_targeting(c: Candidate) -> bool:
    """"هجوم يستهدف منطقة ... يخلف سبعة قتلى": a verb of targeting whose sub-type no weapon decided
    (a shelling by default) tells that something struck, not how."""
    return c.bare_targeting and c.defaulted_sub and not c.weapons and c.event_type == EXPLOSIONS


def _bare_target_of(bare: Candidate, told: Candidate) -> bool:
    """A bare targeting and an attack on people that tells how ("دهست حافلة المشاة", "طعن"), or the
    ambush its own clause tells before the verb ("نصبوا كمينا استهدف دورية"): one incident when
    place, day and parties agree (the act's kind stays)."""
    if not bare_targeting(bare) or told.defaulted_sub:
        return False
    return told.event_type == VAC or (told.event_type == BATTLES and told.sentence.index == bare.sentence.index
                                      and told.clause == bare.clause and told.cue.end <= bare.cue.start)


def _told_apart(a: Candidate, b: Candidate) -> bool:
    """Two events whatever their place and day: one cue over a list of towns, an ambush of its own
    day and a report the lead dates, a force's shelling and an air raid."""
    return _listed_apart(a, b) or _own_day_unplaced(a, b) or _own_day_unplaced(b, a) \
        or _ground_and_air(a, b) or _ground_and_air(b, a)


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
    return _town_or_village(a.place) and _town_or_village(b.place) and a.place.place.id != b.place.place.id


def _own_day_unplaced(unplaced: Candidate, placed: Candidate) -> bool:
    """An ambush of its own day told with no place takes no report placed and dated by the lead."""
    return unplaced.place is None and placed.place is not None and not unplaced.when.inherited \
        and placed.when.inherited and unplaced.date is not None and placed.date is not None \
        and unplaced.date != placed.date


def _another(a: Candidate, b: Candidate) -> bool:
    """"قتل 24 في انفجار سيارة ... وقتل سبعة في تفجير آخر": the other incident is none told before it."""
    return a.another and b.cue.start < a.cue.start


def _precise_place(a: PlaceMention | None, b: PlaceMention | None) -> PlaceMention | None:
    if a is None or b is None:
        return a or b
    if a.place is None and b.place is not None:
        return b
    if b.geo_precision == a.geo_precision and _countryside(a) != _countryside(b):
        return a if _countryside(b) else b  # "في محيط بلدة الفوعة" over "بريف إدلب": near a town is nearer
    return b if b.geo_precision < a.geo_precision else a


def _other_country(a: PlaceMention | None, b: PlaceMention | None) -> bool:
    """Both places known, in two countries ("الكويت", then the headline's Mosul)."""
    return a is not None and b is not None and a.place is not None and b.place is not None \
        and bool(a.place.country) and bool(b.place.country) and a.place.country != b.place.country


def _countryside(p: PlaceMention) -> bool:
    return (p.pattern or "").startswith("countryside")


DECISIVE_SUBS = ("Chemical weapon", "Suicide bomb")  # weapons a merged record keeps over the cue that told it


def _sub_rank(c: Candidate) -> float:
    """Which sub-type a merged record keeps: a territory change over the clash it ended, a
    weapon-specific remote-violence sub-type over the cue's default, else the stronger cue."""
    if c.sub_event_type in ("Government regains territory", "Non-state actor overtakes territory"):
        return 2.0 + c.strength
    if c.event_type == RIOTS:  # the protesters' violence decides over the force that met them
        return 3.0
    if c.sub_event_type in PROTEST_FORCE:  # a protest met with force is coded by the force
        return 1.0 + PROTEST_FORCE.index(c.sub_event_type)
    if c.sub_event_type in DECISIVE_SUBS:  # "غارات باستخدام أسلحة كيماوية": the gas, not the aircraft
        return 1.5 + c.strength
    if c.defaulted_sub:  # no weapon decided it: an explosion word's IED over a bare "استهدف"
        return 0.15 if c.sub_event_type != SHELLING else 0.1
    if c.event_type == EXPLOSIONS and c.weapons and c.sub_event_type != SHELLING:
        return 1.0 + c.strength
    return c.strength


_MODALITY_RANK = {"asserted": 0, "claimed": 1, "alleged": 2, "denied": 3, "planned": 4}


def _absorb(keep: Candidate, other: Candidate, its_kind: bool = True) -> None:
    """`other` tells the incident `keep` tells: keep gets the best of both fields (its kind too,
    unless `its_kind` is false)."""
    if (keep.when.inherited and not other.when.inherited) or (
            not other.when.inherited and other.when.precision < keep.when.precision):
        keep.when = other.when
    if other.place is not None and (keep.place is None or (keep.place_of_the_article and not other.place_of_the_article)):
        keep.place, keep.place_of_the_article = other.place, other.place_of_the_article  # its own words name its place
    elif not (keep.sub_event_type == ARRESTS and _other_country(keep.place, other.place)) and not other.place_of_the_article:
        keep.place = _precise_place(keep.place, other.place)  # a state's police arrest at home (its country kept)
    if its_kind and _sub_rank(other) > _sub_rank(keep) and not _weapon_told_below(keep, other):
        _take_sub_type(keep, other)
    _take_parties(keep, other)
    _take_counts(keep, other)
    keep.sentences |= other.sentences
    keep.reference = keep.reference and other.reference
    if its_kind:
        keep.explain.extend(("merge", f"{k}: {v}") for k, v in other.explain if k == "event_type")


def _weapon_told_below(keep: Candidate, other: Candidate) -> bool:
    """"كوريا الشمالية: الغارات الجوية الأمريكية" over "قصف صاروخي شنته الولايات المتحدة عبر سفن
    حربية": the weapon a body sentence names types the incident, not the headline's word for it."""
    return other.sentence.in_title and not keep.sentence.in_title and bool(keep.weapons) and not keep.defaulted_sub


def _take_sub_type(keep: Candidate, other: Candidate) -> None:
    keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
    keep.defaulted_sub = other.defaulted_sub
    if keep.event_type == BATTLES and other.actor1 is not None:
        # the side that took the place acts; the other party of the fight lost it
        losing = [a for a in (keep.actor1, keep.actor2) if a is not None and a.actor.id != other.actor1.actor.id]
        keep.actor1, keep.actor2 = other.actor1, other.actor2 or (losing[0] if losing else None)


def _take_parties(keep: Candidate, other: Candidate) -> None:
    if keep.event_type == BATTLES and keep.actor1 is None and other.actor1 is not None and other.actor2 is not None \
            and keep.actor2 is not None and _same_side(keep.actor2, other.actor1) \
            and not _actors_compatible(keep.actor2, other.actor2):
        # "اشتباكات بين قوات الأمن والمتمردين" then "أصيب شرطيان خلال تبادل لإطلاق النار": the
        # sides the lead names, the one fought told in other words
        keep.actor1, keep.actor2 = other.actor1, other.actor2
    victim = keep.actor2.actor.id if keep.actor2 is not None else None
    if (keep.actor1 is None or (keep.actor1.actor.id in GENERIC_ACTORS and other.actor1 and keep.modality != "asserted")) \
            and not (other.actor1 is not None and other.actor1.actor.id == victim) \
            and not (other.actor1 is not None and raid_by_aircraft(keep.sub_event_type, keep.weapons)
                     and not other.actor1.actor.flies):  # the victims never did it; who flies no aircraft made no raid
        keep.actor1 = other.actor1 or keep.actor1
    if keep.actor2 is None:
        keep.actor2 = _other_side(keep.actor1, other)
    _name_the_faction(keep, other)
    _take_modality(keep, other)
    keep.default_actor1 = keep.default_actor1 or other.default_actor1


def _name_the_faction(keep: Candidate, other: Candidate) -> None:
    """An umbrella told again as one of its factions ("المعارضة" and "جيش الفتح"): the faction named,
    for who did it and for whom it was done to."""
    if keep.actor1 is not None and other.actor1 is not None and other.actor1.actor.parent == keep.actor1.actor.name:
        keep.actor1 = other.actor1
    if keep.actor2 is not None and other.actor2 is not None and other.actor2.actor.parent == keep.actor2.actor.name:
        keep.actor2 = other.actor2


def _take_modality(keep: Candidate, other: Candidate) -> None:
    if {keep.modality, other.modality} == {"asserted", "denied"}:
        keep.modality = "alleged"  # one report tells it, another denies it: contested
    elif _MODALITY_RANK[other.modality] < _MODALITY_RANK[keep.modality]:
        keep.modality = other.modality
    keep.claimed_by.extend(a for a in other.claimed_by if all(a.actor.id != b.actor.id for b in keep.claimed_by))


def _other_side(actor1: ActorMention | None, other: Candidate) -> ActorMention | None:
    """The party the other report names against `actor1`: its actor2, or its actor1 when it told
    the fight the other way round ("معارك بين قوات الأسد والمعارضة" after "هجوم شنته الجبهة الجنوبية")."""
    if actor1 is None or other.actor2 is None or not _one_party(actor1, other.actor2):
        return other.actor2
    return other.actor1 if other.actor1 is not None and not _one_party(actor1, other.actor1) else None


def _one_party(a: ActorMention, b: ActorMention) -> bool:
    """The same actor, or one and its umbrella (the Southern Front and the Syrian opposition)."""
    return a.actor.id == b.actor.id or a.actor.name == b.actor.name \
        or (a.actor.parent is not None and a.actor.parent == b.actor.name) \
        or (b.actor.parent is not None and b.actor.parent == a.actor.name)


def _take_counts(keep: Candidate, other: Candidate) -> None:
    if other.fatalities is not None and (keep.fatalities is None or other.fatalities > keep.fatalities):
        keep.fatalities, keep.fatality_span = other.fatalities, other.fatality_span
    keep.quantity = keep.quantity or other.quantity
    keep.weapons = sorted(set(keep.weapons) | set(other.weapons))
    keep.strength = max(keep.strength, other.strength)


def _subsumed(c: Candidate, kept: list[Candidate]) -> bool:
    """A withdrawal or deployment at a place where the article reports fighting over it on that
    day is part of that battle, not an event of its own; arrests where the article reports a
    protest broken up that day are that protest's intervention."""
    if c.event_type != "Strategic developments":
        return False
    if c.sub_event_type == ARRESTS:
        return any(k.sub_event_type in PROTEST_FORCE and _same_place(k.place, c.place) and _dates_compatible(k, c)
                   and not k.background and not c.background for k in kept)
    if c.sub_event_type not in ("Non-violent transfer of territory", "Other"):
        return False
    return any(k.event_type in (BATTLES, EXPLOSIONS) and _same_place(k.place, c.place) and k.place is not None
               and _dates_compatible(k, c) for k in kept)


def _affinity(k: Candidate, c: Candidate) -> tuple[int, int, int]:
    """Which of several mergeable records a candidate joins: the same place, then the same day,
    then the nearest sentence."""
    same_place = int(bool(k.place and c.place and k.place.place and c.place.place and k.place.place.id == c.place.place.id))
    same_day = int(k.date == c.date and not c.when.inherited)
    return same_place, same_day, -abs(k.sentence.index - c.sentence.index)


UMBRELLA_KM = 40.0
SMALL_PLACES = ("town", "village")  # the surroundings of one hold no other place (a city's hold its quarters and villages)
MERGE_WINDOW = 60  # sentences: reports of one incident in one article are never further apart


def _inside(inner: PlaceMention | None, outer: PlaceMention | None) -> bool:
    if inner is None or outer is None or outer.place is None or outer.geo_precision < 2:
        return False
    if inner.latitude is None:
        return outer.latitude is not None  # an unknown village of the area the lead names
    if inner.geo_precision >= outer.geo_precision:
        return False
    if _town_or_village(outer) and outer.place is not None and outer.place.kind in SMALL_PLACES \
            and not _countryside(outer) and _town_or_village(inner):
        return False  # "في محيط بلدة عتمان" holds no other town named after it ("بلدة اليادودة"); a city holds its quarters
    if inner.place and outer.place and outer.place.admin1 and inner.place.admin1 == outer.place.admin1:
        return True
    d = _km(inner, outer)
    return d is not None and d <= UMBRELLA_KM


def _near_dates(a: Candidate, b: Candidate) -> bool:
    if a.when.inherited or b.when.inherited or a.date is None or b.date is None:
        return True
    return abs((a.date - b.date).days) <= 1


def _absorb_umbrellas(kept: list[Candidate]) -> list[Candidate]:
    """A lead that sums up ("ضربات على أهداف في قرى عدة شمال غرب كركوك") followed by the
    incidents village by village: the incidents are the records, the lead lends them its date."""
    out: list[Candidate] = []
    ordered = sorted(kept, key=lambda k: k.sentence.index)
    for c in kept:
        if _listed(c, kept):
            out.append(c)
            continue
        inner = [k for k in ordered if 0 < k.sentence.index - c.sentence.index <= 2 and k is not c and k.event_type == c.event_type and not k.aggregate
                 and not c.aggregate and 0 < k.sentence.index - c.sentence.index <= 2 and _inside(k.place, c.place)
                 and _parties_compatible(k, c) and _near_dates(k, c)]
        if inner:
            first = inner[0]
            if first.when.inherited and not c.when.inherited:
                first.when = c.when
            if first.place is not None and first.place.latitude is None and c.place is not None:
                first.place = replace(first.place, latitude=c.place.latitude, longitude=c.place.longitude,
                                      geo_precision=2)
            first.fatalities = first.fatalities if first.fatalities is not None else c.fatalities
            first.actor2 = first.actor2 or c.actor2
            first.sentences |= c.sentences
            continue
        out.append(c)
    return out


def _listed(c: Candidate, kept: list[Candidate]) -> bool:
    """"خمس غارات قرب الموصل وثلاث قرب سنجار": one of several places its sentence names for
    incidents of its kind is a member of a list, not the area that sums up the sentences after it."""
    return _town_or_village(c.place) and any(
        k is not c and k.sentence.index == c.sentence.index and k.event_type == c.event_type
        and _town_or_village(k.place) and not _same_place(k.place, c.place, strict=True) for k in kept)


def _town_or_village(p: PlaceMention | None) -> bool:
    """A precise place of the gazetteer (a town, a village, a site), not an area that holds many."""
    return p is not None and p.place is not None and p.geo_precision <= 2 and p.place.kind not in AREAS


def _made_by_reference(doc: AnalysedDocument, c: Candidate, kept: list[Candidate]) -> list[Candidate]:
    """"قتل 30 شخصا في تفجير انتحاري ... ونسب رئيس الوزراء الهجوم إلى التنظيم": a general word of an
    incident (`incident_nouns`, no weapon) told again with its maker names the maker of the last
    incident of any kind of violence before it that has none yet, the same day; a dual
    ("مسؤوليته عن الهجومين", `dual_incident_nouns`) of the last two, a plural
    (`plural_incident_nouns`) of all of them."""
    word = general_incident_word(doc, c.cue)
    if not (c.reference and c.ascribed and not c.weapons and c.actor1 is not None) or word is None:
        return []
    before = sorted((k for k in kept if k.event_type in VIOLENCE and k.actor1 is None and not k.reference
                     and not k.aggregate and k.background == c.background
                     and 0 <= c.sentence.index - k.sentence.index <= MERGE_WINDOW and _dates_compatible(k, c)),
                    key=lambda k: (k.sentence.index, k.cue.start))
    several = _claim_of_several(doc, c)
    if several == "plural_incident_nouns" and before:
        return [k for k in before if k.date == before[-1].date]  # the incidents of the last one's day
    return before[-2:] if several == "dual_incident_nouns" else before[-1:]


def _claim_of_several(doc: AnalysedDocument, c: Candidate) -> str | None:
    """"أعلن التنظيم مسؤوليته عن الهجومين / الهجمات": a claim (not "أكبر التفجيرات التي نفذها")
    whose incident noun is a dual or a plural: the section that names it, or None."""
    word = general_incident_word(doc, c.cue)
    if word is None or c.modality != "claimed" or not c.claimed_by:
        return None
    return next((s for s in ("dual_incident_nouns", "plural_incident_nouns") if grammar.has(word, s)), None)


UNJOINED_REFERENCE = "it refers to an incident told elsewhere, and the article tells none it could join"
SUBSUMED = "a withdrawal, deployment or arrest that is part of the fight or the protest told at that place that day"


def merge_candidates(cands: list[Candidate], doc: AnalysedDocument,
                     dropped: list[tuple[CueMention, str]] | None = None) -> list[Candidate]:
    """Greedy merge in document order (explicitly dated and placed candidates first); then the
    fights whose other party their sentences leave unnamed take the one named elsewhere.
    `dropped` collects the cues of the candidates that end with no record of their own, and why."""
    for c in cands:
        if c.actor1 is not None and c.actor2 is not None and c.actor1.actor.id == c.actor2.actor.id \
                and not both_sides_in_one(doc.text, c.actor1, c.actor2):
            c.actor2 = None
    order = sorted(cands, key=lambda c: (c.sentence.in_title, c.reference, c.when.inherited, c.place is None,
                                         c.sentence.index, c.cue.start))
    kept: list[Candidate] = []
    by_type: dict[str, list[Candidate]] = {}
    for c in order:
        family = _family(c.event_type)
        near = [k for k in by_type.get(family, []) if abs(k.sentence.index - c.sentence.index) <= MERGE_WINDOW]
        targets = [k for k in near if mergeable(k, c)] or [k for k in _told_how(c, by_type, kept) if mergeable(k, c)]
        if c.sentence.in_title:
            targets = _headline_targets(c, targets, by_type.get(family, []))
        made = _made_by_reference(doc, c, kept)
        if made and (not targets or _claim_of_several(doc, c)):
            for k in made:  # it names the maker (of two or of all, when it says so); the incident keeps its kind
                _absorb(k, c, its_kind=False)
            continue
        if targets:  # an incident told here before one only referred to ("it only merges")
            _join(max([k for k in targets if not k.reference] or targets, key=lambda k: _affinity(k, c)), c,
                  by_type, doc)
        else:
            kept.append(c)
            by_type.setdefault(family, []).append(c)
    gone = {id(c): (c.cue, UNJOINED_REFERENCE if c.reference else SUBSUMED) for c in kept if c.reference or _subsumed(c, kept)}
    if dropped is not None:
        dropped.extend(gone.values())
    kept = [c for c in kept if id(c) not in gone]
    kept = _absorb_umbrellas(kept)
    kept.sort(key=lambda c: (c.sentence.index, c.cue.start))
    parties_named_elsewhere(doc, kept)
    return kept


def _family(event_type: str) -> str:
    return PROTESTS if event_type in PROTEST_FAMILY else event_type


def _join(keep: Candidate, c: Candidate, by_type: dict[str, list[Candidate]], doc: AnalysedDocument) -> None:
    """`c` tells the incident of the record `keep`."""
    kind = _family(keep.event_type)
    _absorb(keep, c)
    if _family(keep.event_type) != kind:  # a bare targeting took the kind of the act that tells how
        by_type[kind].remove(keep)
        by_type.setdefault(_family(keep.event_type), []).append(keep)
    if c.sentence.in_title and not c.background and keep.background and _news_of_the_week(doc, keep):
        keep.background = False  # "وكان ستة جنود قد أصيبوا في حادث دهس" under a headline that tells it
        keep.explain.append(("background", "none: the headline tells it as the article's news"))


def _told_how(c: Candidate, by_type: dict[str, list[Candidate]], kept: list[Candidate]) -> list[Candidate]:
    """The records of another kind a candidate that joins none of its own kind may join: a bare
    targeting and the attack that tells how (`_bare_target_of`), either way."""
    if bare_targeting(c):
        return [k for k in kept if k.event_type != c.event_type and _bare_target_of(c, k)]
    if c.event_type in (VAC, BATTLES) and not c.defaulted_sub:
        return [k for k in by_type.get(EXPLOSIONS, []) if _bare_target_of(k, c)]
    return []


def _news_of_the_week(doc: AnalysedDocument, c: Candidate) -> bool:
    """Dated within the week before publication (an undated page: before the latest day its text
    names), or its day unknown."""
    ref = doc.published or latest_date(doc)
    return c.date is None or ref is None or 0 <= (ref - c.date).days <= BACKGROUND_DAYS  # the week of news a headline tells


def _headline_targets(c: Candidate, targets: list[Candidate], kind: list[Candidate]) -> list[Candidate]:
    """The headline sums the article up: it joins the first incident of its kind and parties; and
    the incident with its toll rather than a later reference back to it placed in the country
    ("مقتل 18 في تفجير بمدينة عراقية قرب حدود إيران")."""
    if not targets:
        return [k for k in kind if not k.aggregate and not c.aggregate
                and _parties_compatible(k, c) and (c.when.inherited or _near_dates(k, c))][:1]
    if all(k.reference for k in targets):
        return [k for k in kind if not k.reference and c.fatalities is not None
                and k.fatalities == c.fatalities and _parties_compatible(k, c)][:1] or targets
    return targets
