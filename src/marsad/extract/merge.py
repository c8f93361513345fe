"""Merge the candidates of one document into event records, per ACLED's rule: one event per
type, actors, day and place. The headline and the body, the act and the claim of it, and a
sentence that only repeats an incident (with an inherited date) become one record. Which
reports may tell one incident is `marsad.extract.compatible`; this module joins them and says
what the kept record takes from the ones it absorbs.
"""

from __future__ import annotations

from dataclasses import replace

from marsad.acled import (
    ARRESTS,
    BATTLES,
    DECISIVE_SUBS,
    DISRUPTED,
    EXPLOSIONS,
    NON_STATE_ARMED,
    PROTESTS,
    RIOTS,
    SHELLING,
    VAC,
)
from marsad.extract import grammar
from marsad.extract.assaults import attack_they_made, attack_told_how, one_assault
from marsad.extract.at_the_protest import force_at_the_protest, protest_clashes, protest_of_the_arrests
from marsad.extract.candidates import Candidate
from marsad.extract.compatible import (
    GENERIC_ACTORS,
    PROTEST_FAMILY,
    PROTEST_FORCE,
    SECURITY_FORCES,
    STATE_FORCE_NAMES,
    VIOLENCE,
    actors_compatible,
    bare_attack_of,
    bare_target_of,
    bare_targeting,
    countryside,
    dates_compatible,
    denied_beside_the_fight,
    guards_on_the_way_in,
    km,
    mergeable,
    one_party,
    other_country,
    parties_compatible,
    precise_place,
    same_place,
    same_side,
    state_force,
    town_or_village,
    untold_manner_of,
)
from marsad.extract.context import named_incident_towns
from marsad.extract.document import CLAUSE_PUNCT, AnalysedDocument
from marsad.extract.elsewhere import parties_named_elsewhere
from marsad.extract.made_by import (
    at_a_town_it_names,
    fight_with_the_attackers,
    made_by_reference,
    not_its_claim,
)
from marsad.extract.mentions import (
    ActorMention,
    CueMention,
    both_sides_in_one,
    raid_by_aircraft,
)
from marsad.extract.recall import BACKGROUND_DAYS, latest_date
from marsad.geo.resolve import PlaceMention

CLASH = "Armed clash"
ABDUCTION = "Abduction/forced disappearance"
HOSTAGES_BELOW_ATTACK = 0.3  # hostages taken in an attack that shot people rank below the attack's cue
HEADLINE_AFAR_KM = 100.0  # a headline's place this far from the town its body places a record at is another clause's


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
    if c.event_type == BATTLES and c.fatalities and c.sub_event_type == CLASH:
        return 1.0 + c.strength  # "مقتل مطلوب في تبادل لإطلاق النار": the deadly fight over the arrests made there
    if c.defaulted_sub:  # no weapon decided it: an explosion word's IED over a bare "استهدف"
        return 0.15 if c.sub_event_type != SHELLING else 0.1
    if c.event_type == EXPLOSIONS and c.weapons and c.sub_event_type != SHELLING:
        return 1.0 + c.strength
    if c.sub_event_type == ABDUCTION:  # "أطلقوا النار على الحضور ويحتجزوا رهائن": the killing is the attack
        return c.strength - HOSTAGES_BELOW_ATTACK
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
    elif not (keep.sub_event_type == ARRESTS and other_country(keep.place, other.place)) and not other.place_of_the_article \
            and not _headline_place_afar(keep, other):
        keep.place = precise_place(keep.place, other.place)  # a state's police arrest at home (its country kept)
    if its_kind and ((_sub_rank(other) > _sub_rank(keep) and not _weapon_told_below(keep, other))
                     or (keep.manner_untold and not other.manner_untold)):
        _take_sub_type(keep, other)  # (an assassination no weapon tells takes the kind of the one that tells it)
    keep.manner_untold = keep.manner_untold and other.manner_untold
    _take_parties(keep, other)
    _take_counts(keep, other)
    keep.sentences |= other.sentences
    keep.reference = keep.reference and other.reference
    if its_kind:
        keep.explain.extend(("merge", f"{k}: {v}") for k, v in other.explain if k == "event_type")


def _headline_place_afar(keep: Candidate, other: Candidate) -> bool:
    """"الفصائل تتقدم في الزبداني و12 غارة للتحالف على داعش" over strikes "بالقرب من حلب": a headline
    joining a record its body places at a town keeps the body's place when its own lies far from
    it (the place of another clause of the headline)."""
    d = km(keep.place, other.place) if keep.place is not None and other.place is not None else None
    return other.sentence.in_title and not keep.sentence.in_title and town_or_village(keep.place) \
        and keep.place is not None and not countryside(keep.place) and d is not None and d > HEADLINE_AFAR_KM


def _weapon_told_below(keep: Candidate, other: Candidate) -> bool:
    """"كوريا الشمالية: الغارات الجوية الأمريكية" over "قصف صاروخي شنته الولايات المتحدة عبر سفن
    حربية": the weapon a body sentence names types the incident, not the headline's word for it."""
    # (a protest is coded by the force that met it, whatever weapon the body names: "أطلقت الشرطة
    # الرصاص الحي لتفريق احتجاجات" under "مقتل متظاهرين" is excessive force)
    # (nor a device found or defused: "عثر في الموقع على حزام ناسف" under "مقتل مطلوب في تبادل لإطلاق النار")
    return other.sentence.in_title and not keep.sentence.in_title and bool(keep.weapons) and not keep.defaulted_sub \
        and _family(keep.event_type) != PROTESTS and keep.sub_event_type != DISRUPTED


def _take_sub_type(keep: Candidate, other: Candidate) -> None:
    same = keep.sub_event_type == other.sub_event_type == CLASH  # "هجوما على مبان" and "اشتباكات": one clash, its parties kept
    keep.event_type, keep.sub_event_type = other.event_type, other.sub_event_type
    keep.defaulted_sub = other.defaulted_sub
    if keep.event_type == BATTLES and other.actor1 is not None and not same \
            and not (other.actor1.actor.id in GENERIC_ACTORS and keep.actor1 is not None):  # "تقدم المقاتلين": the fight's first side
        # the side that took the place acts; the other party of the fight lost it
        losing = [a for a in (keep.actor1, keep.actor2) if a is not None and not same_side(a, other.actor1)]
        keep.actor1, keep.actor2 = other.actor1, other.actor2 or (losing[0] if losing else None)


def _take_parties(keep: Candidate, other: Candidate) -> None:
    if keep.event_type == BATTLES and keep.actor1 is None and other.actor1 is not None and other.actor2 is not None \
            and keep.actor2 is not None and same_side(keep.actor2, other.actor1) \
            and not actors_compatible(keep.actor2, other.actor2):
        # "اشتباكات بين قوات الأمن والمتمردين" then "أصيب شرطيان خلال تبادل لإطلاق النار": the
        # sides the lead names, the one fought told in other words
        keep.actor1, keep.actor2 = other.actor1, other.actor2
    victim = keep.actor2.actor.id if keep.actor2 is not None else None
    if (keep.actor1 is None or (keep.actor1.actor.id in GENERIC_ACTORS and other.actor1
                                and (keep.modality != "asserted" or other.ascribed))) \
            and not (other.actor1 is not None and other.actor1.actor.id == victim) \
            and not (other.actor1 is not None and raid_by_aircraft(keep.sub_event_type, keep.weapons)
                     and not other.actor1.actor.flies):  # the victims never did it; who flies no aircraft made no raid
        if keep.actor1 is None and other.actor1 is not None and other.modality == "alleged" and other.reference:
            keep.modality = "alleged"  # "واتهم مسؤولون الحوثيين بإطلاق القذائف": its maker only alleged
        keep.actor1 = other.actor1 or keep.actor1
    keep.actor2 = _other_side(keep.actor1, other) if keep.actor2 is None else _not_its_own_side(keep)
    _name_the_faction(keep, other)
    _take_modality(keep, other)
    keep.default_actor1 = keep.default_actor1 or other.default_actor1


def _not_its_own_side(keep: Candidate) -> ActorMention | None:
    """"قتلت الجهات الأمنية مطلوبين ... فيما أصيب أحد رجال الأمن" under "الأمن يقتل مطلوبين": a
    state's wounded man is of the side that acted, no other side of its fight."""
    a1, a2 = keep.actor1, keep.actor2
    if keep.event_type == BATTLES and a1 is not None and a2 is not None and state_force(a1) and state_force(a2) \
            and same_side(a1, a2):
        return None
    return a2


def _name_the_faction(keep: Candidate, other: Candidate) -> None:
    """An umbrella told again as one of its factions ("المعارضة" and "جيش الفتح"): the faction named,
    for who did it and for whom it was done to."""
    if keep.actor1 is not None and other.actor1 is not None and other.actor1.actor.parent == keep.actor1.actor.name:
        keep.actor1 = other.actor1
    if keep.actor2 is not None and other.actor2 is not None and other.actor2.actor.parent == keep.actor2.actor.name:
        keep.actor2 = other.actor2
    # "قوات الأمن" told again as the force it was ("الشرطة المصرية تقتل 6 مسلحين"): that force named
    if keep.actor1 is not None and other.actor1 is not None and _force_named(keep.actor1, other.actor1):
        keep.actor1 = other.actor1
    if keep.actor2 is not None and other.actor2 is not None and _force_named(keep.actor2, other.actor2):
        keep.actor2 = other.actor2


def _force_named(bare: ActorMention, named: ActorMention) -> bool:
    return bare.actor.id == SECURITY_FORCES and named.actor.id != SECURITY_FORCES \
        and named.actor.name.startswith(STATE_FORCE_NAMES)


def _take_modality(keep: Candidate, other: Candidate) -> None:
    if {keep.modality, other.modality} == {"asserted", "denied"}:
        keep.modality = "alleged"  # one report tells it, another denies it: contested
    elif _MODALITY_RANK[other.modality] < _MODALITY_RANK[keep.modality]:
        keep.modality = other.modality
    keep.claimed_by.extend(a for a in other.claimed_by if all(a.actor.id != b.actor.id for b in keep.claimed_by))


def _other_side(actor1: ActorMention | None, other: Candidate) -> ActorMention | None:
    """The party the other report names against `actor1`: its actor2, or its actor1 when it told
    the fight the other way round ("معارك بين قوات الأسد والمعارضة" after "هجوم شنته الجبهة الجنوبية")."""
    unnamed = other.actor2 is not None and other.actor2.actor.id in GENERIC_ACTORS \
        and actor1 is not None and actor1.actor.inter in NON_STATE_ARMED  # "المسلحين": the group's own men, told bare
    fought = other.event_type == BATTLES and actor1 is not None and other.actor2 is not None and state_force(actor1) \
        and state_force(other.actor2) and same_side(actor1, other.actor2)  # "المطلوبين بادرا بإطلاق النار على رجال الأمن": the force fired on
    if actor1 is None or other.actor2 is None or not (one_party(actor1, other.actor2) or unnamed or fought):
        return other.actor2
    return other.actor1 if other.actor1 is not None and not one_party(actor1, other.actor1) else None



def _take_counts(keep: Candidate, other: Candidate) -> None:
    # "مقتل 32 بتفجيرات في أنحاء العراق" joined to one of them: the sum of several is not its toll
    if keep.told_as_several and not other.told_as_several and other.fatalities is not None:
        keep.fatalities, keep.fatality_span = other.fatalities, other.fatality_span
        keep.told_as_several = False
    elif other.fatalities is not None and (keep.fatalities is None or other.fatalities > keep.fatalities) \
            and not (other.told_as_several and not keep.told_as_several):
        keep.fatalities, keep.fatality_span = other.fatalities, other.fatality_span
    keep.quantity = keep.quantity or other.quantity
    keep.weapons = sorted(set(keep.weapons) | set(other.weapons))
    keep.strength = max(keep.strength, other.strength)


def _subsumed(c: Candidate, kept: list[Candidate]) -> bool:
    """A withdrawal or deployment at a place where the article reports fighting over it on that
    day is part of that battle, not an event of its own; arrests where the article reports a
    protest broken up that day are that protest's intervention; a foiling no party is named for,
    where and when the article reports a bombing, is that bombing; homes burnt in an attack are
    that attack; a state force's fire at nobody named, where and when it foiled an attack, is that
    foiling ("أحبطت القوات هجوما انتحاريا" then "أطلق عناصر الحاجز النار عليه")."""
    if c.event_type in (VAC, BATTLES):
        return _fire_at_the_foiled(c, kept)
    if c.event_type != "Strategic developments":
        return False
    if c.sub_event_type == ARRESTS:
        return protest_of_the_arrests(c, kept) is not None
    if c.sub_event_type == DISRUPTED and c.actor2 is None and not c.aggregate:
        # "إحباط هجوم انتحاري على مسجد" over the bomber who blew himself up outside it: that bombing;
        # "أحبطت الشرطة هجوما ... ففجر نفسه عند البوابة، ما أدى إلى مقتل شرطيين": the force foiled what hit it
        return any(k.event_type == EXPLOSIONS and k.place is not None and (same_place(k.place, c.place) or _anchored_in(k.place, c.place))
                   and dates_compatible(k, c) and not k.background
                   and (c.actor1 is None or k.sentence.index == c.sentence.index
                        or (k.actor2 is not None and same_side(k.actor2, c.actor1))) for k in kept)
    if c.sub_event_type == DESTRUCTION:
        return any(_destroyed_in(c, k) for k in kept)
    if c.sub_event_type not in ("Non-violent transfer of territory", "Other"):
        return False
    return any(k.event_type in (BATTLES, EXPLOSIONS) and same_place(k.place, c.place) and k.place is not None
               and dates_compatible(k, c) for k in kept)


def _fire_at_the_foiled(c: Candidate, kept: list[Candidate]) -> bool:
    """A state force's fire at nobody named, where and when that force foiled an attack, or was
    itself attacked ("صدم فلسطيني بسيارته مجموعة من الجنود ... إن الجنود أطلقوا النار على السائق":
    the force's fire at its attacker is part of the attack). A deadly fight told before the device
    found after it ("مقتل مطلوب في تبادل لإطلاق النار" then "عثر في الموقع على حزام ناسف") is a fight,
    and the news is no part of an attack recalled with a day of its own."""
    fired = c.sub_event_type in (CLASH, "Attack")
    return c.actor2 is None and c.actor1 is not None and state_force(c.actor1) and any(
        k is not c and not (k.background and not c.background and k.when.time is not None) and ((k.sub_event_type == DISRUPTED and k.actor1 is not None and same_side(k.actor1, c.actor1)
                         and not (c.fatalities and k.sentence.index > min(c.sentences)))
                        or (fired and k.actor2 is not None and k.sub_event_type in (CLASH, "Attack") and same_side(k.actor2, c.actor1)))
        and k.place is not None and same_place(k.place, c.place) and dates_compatible(k, c) for k in kept)


def _gone(kept: list[Candidate]) -> dict[int, tuple[CueMention, str]]:
    """The records that end with none of their own (by `id`), with their cue and why: references
    that joined nothing, and the acts part of another record."""
    return {id(c): (c.cue, UNJOINED_REFERENCE if c.reference else SUBSUMED) for c in kept
            if c.reference or _subsumed(c, kept) or _device_stopped(c, kept)}


def _device_stopped(c: Candidate, kept: list[Candidate]) -> bool:
    """"وفجرت قوات الأمن عبوة ناسفة زرعها مسلحون": the device named after the verb that stopped it,
    in its clause, is what was stopped (a record of weapons use disrupted), no bombing of its own."""
    return c.event_type == EXPLOSIONS and c.cue.cue.pos == "noun" and any(
        k.sub_event_type == DISRUPTED and k.cue.cue.pos == "verb" and k.sentence.index == c.sentence.index
        and k.clause == c.clause and k.cue.end <= c.cue.start for k in kept)


def _arrests_at_the_protest(kept: list[Candidate], gone: dict[int, tuple[CueMention, str]]) -> None:
    """A peaceful protest whose arrests its own sentence tells was broken up: a protest with
    intervention by the force that made them (ACLED)."""
    for c in kept:
        k = protest_of_the_arrests(c, kept) if id(c) in gone and c.sub_event_type == ARRESTS else None
        if k is not None and k.sub_event_type == "Peaceful protest":
            k.sub_event_type, k.actor2 = "Protest with intervention", k.actor2 or c.actor1
            k.explain.append(("event_type", "arrests its sentence tells: the protest was broken up"))


def _destroyed_in(c: Candidate, k: Candidate) -> bool:
    """"أطلقوا النار على السكان وأحرقوا المنازل": homes burnt by the men who killed or fought there,
    told with that violence (its sentence or the next), are part of it, not an event of their own
    (ACLED codes the violence)."""
    return k.event_type in VIOLENCE and not k.background and not c.background and k.place is not None \
        and abs(k.sentence.index - c.sentence.index) <= DESTRUCTION_SENTENCES \
        and (same_place(k.place, c.place) or (c.place is not None and _anchored_in(c.place, k.place))) \
        and dates_compatible(k, c) \
        and (c.actor1 is None or c.actor1.actor.id in GENERIC_ACTORS or same_side(c.actor1, k.actor1))


def _anchored_in(village: PlaceMention, area: PlaceMention | None) -> bool:
    """"بلدة القديح بمحافظة القطيف": a village the gazetteer lacks, told in the area named after it."""
    return area is not None and area.place is not None and village.place is None and village.anchor is not None \
        and village.anchor.id == area.place.id


def _affinity(k: Candidate, c: Candidate) -> tuple[int, int, int, int]:
    """Which of several mergeable records a candidate joins: the same toll told again, then the
    same place, then the same day, then the nearest sentence."""
    same_toll = int(k.fatalities is not None and k.fatalities == c.fatalities)
    same_place = int(bool(k.place and c.place and k.place.place and c.place.place and k.place.place.id == c.place.place.id))
    same_day = int(k.date == c.date and not c.when.inherited)
    return same_toll, same_place, same_day, -abs(k.sentence.index - c.sentence.index)


UMBRELLA_KM = 40.0
SMALL_PLACES = ("town", "village")  # the surroundings of one hold no other place (a city's hold its quarters and villages)
DESTRUCTION = "Looting/property destruction"
DESTRUCTION_SENTENCES = 1  # the violence's sentence or the next: where homes burnt in it are told
MERGE_WINDOW = 60  # sentences: reports of one incident in one article are never further apart


def _inside(inner: PlaceMention | None, outer: PlaceMention | None) -> bool:
    if inner is None or outer is None or outer.place is None or outer.geo_precision < 2:
        return False
    if inner.latitude is None:
        return outer.latitude is not None  # an unknown village of the area the lead names
    if inner.geo_precision >= outer.geo_precision:
        return False
    if town_or_village(outer) and outer.place is not None and outer.place.kind in SMALL_PLACES \
            and not countryside(outer) and town_or_village(inner):
        return False  # "في محيط بلدة عتمان" holds no other town named after it ("بلدة اليادودة"); a city holds its quarters
    if inner.place and outer.place and outer.place.admin1 and inner.place.admin1 == outer.place.admin1:
        return True
    d = km(inner, outer)
    return d is not None and d <= UMBRELLA_KM


def _near_dates(a: Candidate, b: Candidate) -> bool:
    if a.when.inherited or b.when.inherited or a.date is None or b.date is None:
        return True
    return abs((a.date - b.date).days) <= 1


def _told_where_after(doc: AnalysedDocument, c: Candidate, k: Candidate) -> bool:
    """"صعدت قوات النظام من قصفها على بلدات ريف حماة، حيث ألقت المروحيات براميل على بلدتي X وY":
    the deed told after a word of place (`where_links`) later in the same sentence tells the one
    before it place by place."""
    if k.sentence.index != c.sentence.index or k.cue.start <= c.cue.end:
        return False
    return any(w.strip(CLAUSE_PUNCT) in grammar.words("where_links") for w in doc.text[c.cue.end:k.cue.start].split())


def _absorb_umbrellas(doc: AnalysedDocument, kept: list[Candidate]) -> list[Candidate]:
    """A lead that sums up ("ضربات على أهداف في قرى عدة شمال غرب كركوك") followed by the
    incidents village by village (in the two sentences after it, or after "حيث" in its own): the
    incidents are the records, the lead lends them its date."""
    out: list[Candidate] = []
    ordered = sorted(kept, key=lambda k: k.sentence.index)
    for c in kept:
        if _listed(doc, c, kept):
            out.append(c)
            continue
        inner = [k for k in ordered if (0 < k.sentence.index - c.sentence.index <= 2 or _told_where_after(doc, c, k))
                 and k is not c and k.event_type == c.event_type and not k.aggregate and not c.aggregate
                 and _inside(k.place, c.place) and parties_compatible(k, c) and _near_dates(k, c)]
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


def _listed(doc: AnalysedDocument, c: Candidate, kept: list[Candidate]) -> bool:
    """"خمس غارات قرب الموصل وثلاث قرب سنجار": one of several places its sentence names for
    incidents of its kind is a member of a list, not the area that sums up the sentences after it
    (or the deeds told after "حيث")."""
    return town_or_village(c.place) and any(
        k is not c and k.sentence.index == c.sentence.index and k.event_type == c.event_type
        and town_or_village(k.place) and not same_place(k.place, c.place, strict=True)
        and not _told_where_after(doc, c, k) for k in kept)



UNJOINED_REFERENCE = "it refers to an incident told elsewhere, and the article tells none it could join"
SUBSUMED = "a withdrawal, deployment or arrest that is part of the fight or the protest told at that place that day, or a device stopped"


def merge_candidates(cands: list[Candidate], doc: AnalysedDocument,
                     dropped: list[tuple[CueMention, str]] | None = None) -> list[Candidate]:
    """Greedy merge in document order (explicitly dated and placed candidates first); then the
    fights whose other party their sentences leave unnamed take the one named elsewhere.
    `dropped` collects the cues of the candidates that end with no record of their own, and why."""
    for c in cands:
        if c.actor1 is not None and c.actor2 is not None and c.actor1.actor.id == c.actor2.actor.id \
                and not both_sides_in_one(doc.text, c.actor1, c.actor2):
            c.actor2 = None
        c.told_as_several = _told_as_several(doc, c)
    order = sorted(cands, key=lambda c: (c.sentence.in_title, c.reference, c.when.inherited, c.place is None,
                                         c.sentence.index, c.cue.start))
    kept: list[Candidate] = []
    by_type: dict[str, list[Candidate]] = {}
    for c in order:
        family = _family(c.event_type)
        targets = _targets(doc, c, by_type, kept)
        if c.sentence.in_title:
            targets = _headline_joins(doc, c, targets, by_type.get(family, []))
        made, surely = made_by_reference(doc, c, kept, MERGE_WINDOW)
        if made and (not targets or surely or all(k.reference or fight_with_the_attackers(doc, k) or not_its_claim(c, k)
                                                   for k in targets)):
            for k in made:  # it names the maker (of two or of all, when it says so); the incident keeps its kind
                k.actor1 = None  # "المهاجمون": attackers no group was named for until now
                _absorb(k, c, its_kind=False)
            continue
        if targets:  # an incident told here before one only referred to ("it only merges")
            _join(max([k for k in targets if not k.reference] or targets, key=lambda k: _affinity(k, c)), c,
                  by_type, doc)
        else:
            kept.append(c)
            by_type.setdefault(family, []).append(c)
    _protests_met_by_force(doc, kept, by_type)
    gone = _gone(kept)
    _arrests_at_the_protest(kept, gone)
    if dropped is not None:
        dropped.extend(gone.values())
    kept = [c for c in kept if id(c) not in gone]
    kept = one_assault(doc, _absorb_umbrellas(doc, kept), _absorb)
    kept.sort(key=lambda c: (c.sentence.index, c.cue.start))
    parties_named_elsewhere(doc, kept)
    return kept


def _told_as_several(doc: AnalysedDocument, c: Candidate) -> bool:
    """"قتل 32 شخصا في تفجيرات في أنحاء العراق": a plural incident noun (`plural_incident_nouns`)
    in a sentence that names no town or village: several incidents told together."""
    word = doc.text[c.cue.start:c.cue.end].split()[0]
    return grammar.has(word, "plural_incident_nouns", prepositions=True) \
        and not any(p.geo_precision <= 2 for p in doc.places_in(c.sentence.start, c.sentence.end))


def _family(event_type: str) -> str:
    return PROTESTS if event_type in PROTEST_FAMILY else event_type


def _join(keep: Candidate, c: Candidate, by_type: dict[str, list[Candidate]], doc: AnalysedDocument) -> None:
    """`c` tells the incident of the record `keep`."""
    kind = _family(keep.event_type)
    if kind == PROTESTS and c.event_type in (BATTLES, VAC) and c.actor1 is not None and state_force(c.actor1):
        c.actor1, c.actor2 = None, c.actor1  # the force that met the protest is its other side
        if keep.sub_event_type == "Peaceful protest":
            keep.sub_event_type = "Protest with intervention"
    if keep.sub_event_type == "Attack" and keep.actor1 is None and c.sub_event_type in (CLASH, "Attack") \
            and c.actor1 is not None and state_force(c.actor1):
        c.actor1 = None  # "بعدما بادلتهم الشرطة إطلاق النار": the force fired at the attackers, it made no attack
    # (a headline's bare attack keeps the kind told; a protest the clashes it became)
    # (what the attackers did, of another kind, leaves the attack its kind: "فجروا سيارة مفخخة ثم أطلقوا النار")
    _absorb(keep, c, its_kind=not bare_attack_of(c, keep) and not (kind == PROTESTS and c.event_type == BATTLES)
            and not (c.attackers_deed and _family(c.event_type) != kind) and not guards_on_the_way_in(keep, c))
    if _family(keep.event_type) != kind:  # a bare targeting took the kind of the act that tells how
        by_type[kind].remove(keep)
        by_type.setdefault(_family(keep.event_type), []).append(keep)
    if c.sentence.in_title and not c.background and keep.background and _news_of_the_week(doc, keep):
        keep.background = False  # "وكان ستة جنود قد أصيبوا في حادث دهس" under a headline that tells it
        keep.explain.append(("background", "none: the headline tells it as the article's news"))


def _targets(doc: AnalysedDocument, c: Candidate, by_type: dict[str, list[Candidate]],
             kept: list[Candidate]) -> list[Candidate]:
    """The records a candidate may join: of its kind a few sentences around it, else of the kinds
    one incident may be told by (`_told_how`), else the protest whose clashes it names."""
    near = [k for k in by_type.get(_family(c.event_type), []) if abs(k.sentence.index - c.sentence.index) <= MERGE_WINDOW]
    found = [k for k in near if mergeable(k, c)] or [k for k in _told_how(c, by_type, kept) if mergeable(k, c)] \
        or protest_clashes(doc, c, kept) or attack_they_made(c, kept) or attack_told_how(doc, c, kept)
    towns = named_incident_towns(doc, c.cue, c.sentence.end) if c.reference else []
    # "ردا على هجوم سروج": a known incident named by its town is told at that town, or not here
    return [k for k in found if at_a_town_it_names(towns, k)] if towns else found


def _protests_met_by_force(doc: AnalysedDocument, kept: list[Candidate], by_type: dict[str, list[Candidate]]) -> None:
    """The force that met a protest, told as its own act (`at_the_protest.force_at_the_protest`), joins it."""
    for c in list(kept):
        targets = force_at_the_protest(c, [k for k in kept if k is not c])
        if targets:
            _join(targets[0], c, by_type, doc)
            kept.remove(c)
            by_type[_family(c.event_type)].remove(c)


def _told_how(c: Candidate, by_type: dict[str, list[Candidate]], kept: list[Candidate]) -> list[Candidate]:
    """The records of another kind a candidate that joins none of its own kind may join: a bare
    targeting and the attack that tells how (`bare_target_of`), an assassination no weapon tells and
    the deed that tells it (`untold_manner_of`), either way."""
    if bare_targeting(c):
        return [k for k in kept if k.event_type != c.event_type and bare_target_of(c, k)]
    if c.bare_attack and c.sentence.in_title:  # "مقتل 12 في هجوم على نقطة تفتيش": the incident the body tells
        return [k for k in kept if bare_attack_of(c, k)][:1]
    if c.bare_attack and c.reference:  # "ووقع الهجوم مساء الخميس": the incident told before it
        return [k for k in kept if bare_attack_of(c, k) and k.sentence.index < c.sentence.index][-1:]
    if c.reference and not c.bare_attack:  # "وقال ضابط إن انتحاريا فجر سيارة مفخخة عند بوابة الفندق"
        how = [k for k in kept if not k.sentence.in_title and bare_attack_of(k, c)][-1:]  # how the attack told before went
        if how:
            return how
    if c.manner_untold:  # "اغتيال قيادي": the deed that tells how
        return [k for k in kept if k.event_type != c.event_type and untold_manner_of(c, k)]
    told = [k for k in kept if k.event_type != c.event_type and (untold_manner_of(k, c) or guards_on_the_way_in(k, c))]
    if c.event_type in (VAC, BATTLES) and not c.defaulted_sub:
        return [k for k in by_type.get(EXPLOSIONS, []) if bare_target_of(k, c)] + told
    return told


def _headline_joins(doc: AnalysedDocument, c: Candidate, targets: list[Candidate], kind: list[Candidate]) -> list[Candidate]:
    """The records a headline joins (`_headline_targets`); a headline in the present ("إيران تعتقل
    ستة أشخاص") tells this week's news and joins no incident the body recalls from long ago."""
    targets = _headline_targets(c, targets, kind)
    return [k for k in targets if _news_of_the_week(doc, k)] if _news_in_the_present(doc, c) else targets


def _news_in_the_present(doc: AnalysedDocument, c: Candidate) -> bool:
    """A headline's verb in the present with its subject before it ("إيران تعتقل ستة أشخاص") and
    no day of its own tells the week's news."""
    start = doc.text.rfind(" ", c.sentence.start, c.cue.start) + 1
    return c.cue.cue.pos == "verb" and c.when.inherited and c.actor1 is not None and c.actor1.end <= start \
        and doc.text.startswith(grammar.suffixes("present_prefixes"), c.cue.start) and start == c.cue.start


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
        found = [k for k in kind if not c.aggregate and parties_compatible(k, c) and (c.when.inherited or _near_dates(k, c))
                 and not denied_beside_the_fight(c, k) and not (k.background and other_country(k.place, c.place))]
        # "تركيا تعتقل المئات" over arrests in 40 provinces: a headline over a summary sums up that summary
        return [k for k in found if not k.aggregate][:1] or [k for k in found if k.sub_event_type == c.sub_event_type][:1]
    if all(k.reference for k in targets):
        return [k for k in kind if not k.reference and c.fatalities is not None
                and k.fatalities == c.fatalities and parties_compatible(k, c)][:1] or targets
    return targets
