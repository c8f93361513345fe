"""Candidates: a cue's draft made into one candidate event per place it is told at (a list of
villages is several events) and per day of a list of two, with ACLED's default actor1 when the text
names none (an unidentified group plants bombs, the police arrest, protesters protest). Entry point:
`candidates_of`, called by `events.build_candidates` for each cue its steps keep.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from itertools import pairwise, product

from marsad import lexicon
from marsad.acled import ARRESTS, PROTESTS, RIOTS, SHELLING, UNIDENTIFIED_ARMED_GROUP, Inter
from marsad.extract import grammar
from marsad.extract.arguments import MAIN_PLACE
from marsad.extract.context import in_response, named_by_what_it_did
from marsad.extract.document import NAME_QUOTES, Sentence
from marsad.extract.event_dates import DateChoice, days_listed
from marsad.extract.manner import ground_fire_joined
from marsad.extract.mentions import ActorMention, CueMention
from marsad.extract.place_roles import origin, relational
from marsad.extract.steps import Draft
from marsad.geo.resolve import PlaceMention

__all__ = ["DEFAULT_ACTOR1", "PLANTED", "Candidate", "candidates_of"]

# ACLED's conventions when the text names no actor1: who plants bombs is unidentified, who
# arrests is the police, who protests are protesters
_UNIDENTIFIED = (*UNIDENTIFIED_ARMED_GROUP, "no perpetrator named: unidentified armed group (ACLED convention)")
_PROTESTERS = ("Protesters ({country})", Inter.PROTESTERS, "no protesters named: the country's protesters (ACLED convention)")
DEFAULT_ACTOR1: dict[str, tuple[str, int, str]] = {
    "Remote explosive/landmine/IED": _UNIDENTIFIED, "Suicide bomb": _UNIDENTIFIED, "Grenade": _UNIDENTIFIED,
    "Attack": _UNIDENTIFIED, "Abduction/forced disappearance": _UNIDENTIFIED,
    "Shelling/artillery/missile attack": _UNIDENTIFIED,  # "سقطت قذائف هاون على منازل": nobody named
    ARRESTS: ("Police Forces of {country}", Inter.STATE, "nobody named as arresting: the country's police (ACLED convention)"),
    "Peaceful protest": _PROTESTERS, "Protest with intervention": _PROTESTERS, "Excessive force against protesters": _PROTESTERS,
    "Violent demonstration": ("Rioters ({country})", Inter.RIOTERS, "no rioters named: the country's rioters (ACLED convention)"),
}
# weapons only one party uses (ACLED codes barrel bombs to the Syrian government's air force)
WEAPON_ACTOR1: dict[str, tuple[str, int, str]] = {
    "barrel bomb": ("Military Forces of Syria", Inter.STATE, "barrel bombs are dropped by the Syrian government's aircraft"),
}
SAME_SPOT_DEGREES = 0.05  # two gazetteer entries of one name this near (about 5 km) are one place
PLANTED = {"Remote explosive/landmine/IED", "Suicide bomb", "Grenade"}  # explosions on the ground


def _fired_across(d: Draft, land: str | None) -> tuple[str, int, str] | None:
    """"سقط مقذوف أطلق من الأراضي اليمنية على قرية في جازان", "تعرضا لإطلاق نار من داخل الأراضي
    اليمنية": a shelling or shots from another country, its origin told in the cue's sentence and
    nobody named, is the party actors.yaml `fire_origins` gives for fire from that country into the
    incident's (ACLED's coding)."""
    if d.sub not in (SHELLING, "Armed clash") or land is None:  # shells or shots across the border
        return None
    for p in d.doc.places_in(d.sent.start, d.sent.end):
        came = p.place.country if p.place is not None else None
        if came and came != land and origin(d.doc, p, d.doc.clause_at(p.start)) and (came, land) in fire_origins():
            name, inter = fire_origins()[(came, land)]
            return name, inter, f"fire from {came} into {land}, nobody named: {name} (ACLED's coding)"
    return None


@cache
def fire_origins() -> dict[tuple[str, str], tuple[str, int]]:
    """(the country fire came from, the country it fell in) → the name and inter code of its party."""
    actors = {str(e["id"]): e for e in lexicon.section("actors.yaml", "actors")}
    return {(str(e["from"]), str(e["into"])): (str(actors[e["actor"]]["name"]), int(actors[e["actor"]]["inter"]))
            for e in lexicon.section("actors.yaml", "fire_origins")}


@dataclass(slots=True)
class Candidate:
    """An event under construction (mutable while the engine fills it; frozen into `Event`)."""

    cue: CueMention
    sentence: Sentence
    clause: tuple[int, int]
    event_type: str
    sub_event_type: str
    actor1: ActorMention | None
    actor2: ActorMention | None
    place: PlaceMention | None
    when: DateChoice
    weapons: list[str]
    modality: str = "asserted"
    aggregate: bool = False
    background: bool = False
    claimed_by: list[ActorMention] = field(default_factory=list)
    fatalities: int | None = None
    quantity: int | None = None
    strength: float = 0.5
    sentences: set[int] = field(default_factory=set)
    explain: list[tuple[str, str]] = field(default_factory=list)
    default_actor1: tuple[str, int] | None = None  # (name, inter) when the text names no actor1
    reference: bool = False  # names an incident told elsewhere ("بسبب ضربات التحالف"): merges only
    fatality_span: tuple[int, int] | None = None
    defaulted_sub: bool = False  # the sub-type is the cue's default, no weapon decided it
    another: bool = False  # "في تفجير آخر": not one of the incidents told before it
    toll_shared: bool = False  # "في هجومين بإقليمي X وY قتل مسلحون جنديين": the other place's record counts the dead
    ascribed: bool = False  # "ونسب الهجوم إلى حزب العمال": who made it is named (an ascription)
    place_of_the_article: bool = False  # no place of its own: the one the article names most often
    ground_force: bool = False  # its actor1 is named as a force on the ground ("قوات النظام", "المدفعية")
    bare_targeting: bool = False  # a verb of targeting that no weapon typed ("هجوم يستهدف منطقة"): merge.bare_targeting
    told_as_several: bool = False  # a plural incident noun over a country or region ("تفجيرات في أنحاء العراق"): merge
    manner_untold: bool = False  # "اغتيال قيادي": an assassination told with no weapon: compatible.untold_manner_of
    manner_word: bool = False  # "اغتيال", "مجزرة": a deed named by what it did to people, weapon or not
    bare_attack: bool = False  # "مقتل 12 في هجوم على نقطة تفتيش": an attack's general word no weapon typed: compatible.bare_attack_of
    answered: bool = False  # "ردا على إطلاق صواريخ": what another act of its sentence answers (compatible.mergeable)
    attackers_deed: bool = False  # "وقال الجيش إن المهاجمين فتحوا النار": how the attack told before was made (merge)
    demands_release: bool = False  # "خرج المحتجون للمطالبة بالإفراج عنه": a protest the arrests told before caused

    @property
    def date(self) -> date | None:
        return self.when.date


def candidates_of(d: Draft) -> list[Candidate]:
    """One candidate per place the incident is told at (a list of villages is several events) and
    per day of a list of two ("الجمعة والسبت")."""
    assert d.when is not None
    out = []
    slots: list[PlaceMention | None] = list(_one_each(d.places)) if d.places else [None]
    answered = in_response(d.doc, d.clause, d.cue)
    manner_word = named_by_what_it_did(d.doc, d.cue)
    for when, place in product(days_listed(d.when), slots):
        target = _target_at(d, place)
        c = Candidate(d.cue, d.sent, d.clause, d.etype, d.sub, d.actor1, target or d.actor2, place, when, list(d.weapons),
                      d.modality, d.aggregate, d.background, list(d.claimers), None, d.qty, d.cue.cue.strength,
                      {d.sent.index}, list(d.explain), reference=d.reference, another=d.another,
                      defaulted_sub=d.why_type == "default sub-type of the cue", ascribed=d.ascribed,
                      place_of_the_article=d.why_place == MAIN_PLACE, bare_targeting=_bare_targeting(d),
                      manner_untold=manner_word and not d.weapons, manner_word=manner_word,
                      bare_attack=_bare_attack(d), answered=answered,
                      demands_release=d.etype in (PROTESTS, RIOTS) and grammar.any_of(
                          d.doc.text[d.sent.start:d.sent.end].split(), "release_words"))
        if target is not None:
            c.explain.append(("actor2", "the party named for this place of the list of places"))
        c.explain.append(("location", d.why_place or "no place in reach"))
        c.explain.append(("event_date", when.why))
        implied = next((WEAPON_ACTOR1[w] for w in d.weapons if w in WEAPON_ACTOR1), None)
        land = place.place.country if place is not None and place.place is not None else None
        if implied and land not in (None, implied[0].removeprefix("Military Forces of ")):
            # "البراميل المتفجرة على الرطبة": over another country, that country's government's aircraft
            implied = ("Military Forces of {country}", Inter.STATE, f"barrel bombs over {land}: its government's aircraft")
        implied = implied or _fired_across(d, land)
        if d.actor1 is None and (implied or d.sub in DEFAULT_ACTOR1):
            name, inter, why = implied or DEFAULT_ACTOR1[d.sub]
            c.default_actor1 = (name, inter)
            c.explain.append(("actor1", why))
        out.append(c)
    if ground_fire_joined(d):  # "ببراميل متفجرة وقذائف مدفعية": the shelling beside the raid
        twins = [_delivered_apart(c) for c in out]
        for c in out:
            c.weapons = [w for w in c.weapons if w != "artillery"]
        out += twins
    return out


def _one_each(places: list[PlaceMention]) -> list[PlaceMention]:
    """The places of a list, each place once: the same place of the gazetteer, or two entries of
    one name at one spot ("العاصمة الأفغانية كابل": the capital and its name, one event)."""
    out: list[PlaceMention] = []
    for p in places:
        if not any(_same_spot(p, q) for q in out):
            out.append(p)
    return out


def _same_spot(a: PlaceMention, b: PlaceMention) -> bool:
    if a.place is None or b.place is None:
        return False
    if a.place.id == b.place.id or (a.place.name == b.place.name and (relational(a) or relational(b))):
        return True  # "في غرب العاصمة الأفغانية كابل": a side of the capital, then its name
    return a.place.name == b.place.name and a.latitude is not None and b.latitude is not None \
        and a.longitude is not None and b.longitude is not None \
        and abs(a.latitude - b.latitude) < SAME_SPOT_DEGREES and abs(a.longitude - b.longitude) < SAME_SPOT_DEGREES


def _bare_targeting(d: Draft) -> bool:
    """The cue is a verb of targeting ("يستهدف") that no weapon typed."""
    return d.cue.cue.pos == "verb" and not d.weapons and d.why_type == "default sub-type of the cue" \
        and grammar.has(d.doc.text[d.cue.start:d.cue.end].split()[0], "targeting_verbs")


def _bare_attack(d: Draft) -> bool:
    """The cue is an attack's general noun or verb (`bare_attack_words`: "هجوم", "تهاجم") that no
    weapon typed."""
    return not d.weapons and d.why_type == "type of the cue" \
        and grammar.has(d.doc.text[d.cue.start:d.cue.end].split()[0], "bare_attack_words", prepositions=True)


def _delivered_apart(c: Candidate) -> Candidate:
    """The shelling told in one clause with a raid, its twin (the raid keeps the toll)."""
    twin = replace(c, sub_event_type="Shelling/artillery/missile attack", weapons=["artillery"], explain=list(c.explain), sentences=set(c.sentences))
    twin.explain.append(("sub_event_type", "artillery joined by 'و' to means dropped from the air: a shelling of its own"))
    return twin


def _target_at(d: Draft, place: PlaceMention | None) -> ActorMention | None:
    """"ضرب مواقع لداعش في العراق ولجبهة النصرة في شمال غرب سوريا": in a list of places each
    with its own armed party, the party named between the place before and this one is the target here.
    A protest or a riot has no target by place: its second party is the force that met it ("تظاهرة
    ... في منطقة كاديكوي، ودان المتظاهرون نشاطات التنظيم على الأراضي التركية")."""
    if place is None or d.actor2 is None or len(d.places) < 2 or d.etype in (PROTESTS, RIOTS):
        return None
    taken = {d.actor2.actor.id} | ({d.actor1.actor.id} if d.actor1 is not None else set())
    # "أهدافا لداعش وبي كا كا في سوريا والعراق": as many targets joined by "و" as places, in order
    joined = [d.actor2, *(a for a in d.actors.starting_in(d.actor2.end, d.places[0].start)
                          if a.actor.id not in taken and a.actor.inter != Inter.CIVILIANS)]
    # (parties named after the cue: "قتل 20 من الحوثيين وقوات صالح في غارات على صعدة والجوف" names both at both)
    if len(joined) == len(d.places) and d.actor2.start > d.cue.end and all(_gap_is_conjunction(d, x, y) for x, y in pairwise(joined)):
        return joined[d.places.index(place)]
    before = [p for p in d.places if p.end <= place.start]
    if not before:
        return None
    named = [a for a in d.actors.starting_in(before[-1].end, place.start)
             if a.actor.id not in taken and a.actor.inter != Inter.CIVILIANS]  # "مخيمات للاجئين": where men came from
    return named[-1] if named else None


def _gap_is_conjunction(d: Draft, a: ActorMention, b: ActorMention) -> bool:
    """Only "و" (with a preposition, and the marks around names) between two parties."""
    gap = "".join(ch for ch in d.doc.text[a.end:b.start] if ch not in NAME_QUOTES)
    return gap[:1] in grammar.words("clitic_conjunctions") and gap[1:] in {"", *grammar.words("clitic_prepositions")}
