"""Who made an incident told before: a general word of an incident told again with its maker
("ونسب رئيس الوزراء الهجوم إلى التنظيم", "وأعلن التنظيم مسؤوليته عن الهجومين") names the maker of
the incidents it refers to (`marsad.extract.merge` asks it of every reference before joining it)."""

from __future__ import annotations

from marsad.acled import BATTLES, Inter
from marsad.extract import grammar
from marsad.extract.candidates import Candidate
from marsad.extract.compatible import GENERIC_ACTORS, VIOLENCE, dates_compatible, same_place
from marsad.extract.context import named_incident_towns
from marsad.extract.document import AnalysedDocument
from marsad.extract.modality import general_incident_word
from marsad.geo.resolve import PlaceMention


def made_by_reference(doc: AnalysedDocument, c: Candidate, kept: list[Candidate],
                      window: int) -> tuple[list[Candidate], bool]:
    """"قتل 30 شخصا في تفجير انتحاري ... ونسب رئيس الوزراء الهجوم إلى التنظيم": a general word of an
    incident (`incident_nouns`, no weapon) told again with its maker names the maker of the last
    incident of any kind of violence before it that has none yet, the same day; a claim of a dual
    ("مسؤوليته عن الهجومين", `dual_incident_nouns`) of the last two, of a plural
    (`plural_incident_nouns`) of all those of the last one's day. The incidents it names, and whether
    it names them past any record of its kind it could join (a claim of several, not "أكبر التفجيرات
    التي نفذها"; the incident its own sentence tells)."""
    word = general_incident_word(doc, c.cue)
    if not (c.reference and c.ascribed and not c.weapons and c.actor1 is not None) or word is None:
        return [], False
    before = _makerless_before(doc, c, kept, window)
    if (own := _told_in_its_sentence(c, kept)) is not None and (not before or before[-1] is not own):
        return _its_sentences(own, c)
    claim = c.modality == "claimed" and bool(c.claimed_by)
    if claim and before and grammar.has(word, "plural_incident_nouns"):
        return [k for k in before if k.date == before[-1].date], True  # the incidents of the last one's day
    if claim and grammar.has(word, "dual_incident_nouns"):
        return before[-2:], True
    return before[-1:], False


def _makerless_before(doc: AnalysedDocument, c: Candidate, kept: list[Candidate], window: int) -> list[Candidate]:
    """The incidents of violence told up to `window` sentences before a reference, with no maker
    named, of its day or at a town it names; only those at the towns it names, if it names any."""
    towns = named_incident_towns(doc, c.cue, c.sentence.end)
    before = sorted((k for k in kept if k.event_type in VIOLENCE and _makerless(k) and not k.reference
                     and not k.aggregate and (k.background == c.background or _said_before(doc, c))
                     and 0 <= c.sentence.index - k.sentence.index <= window
                     and (dates_compatible(k, c) or at_a_town_it_names(towns, k))),
                    key=lambda k: (k.sentence.index, k.cue.start))
    before = [k for k in before if not fight_with_the_attackers(doc, k)] or before
    if towns:  # "هجوم برشلونة": the incident told at that town, or none told here
        before = [k for k in before if at_a_town_it_names(towns, k)]
    return before


def at_a_town_it_names(towns: list[PlaceMention], k: Candidate) -> bool:
    """"وأعلن التنظيم مسؤوليته عن هجوم برشلونة": a reference named by the towns in construct with it
    names the incidents told at those towns, whatever day the sentence before it told."""
    return k.place is not None and any(same_place(k.place, t) for t in towns)


def _its_sentences(own: Candidate, c: Candidate) -> tuple[list[Candidate], bool]:
    """The incident of its own sentence a reference names, unless another maker is named for it."""
    same = own.actor1 is not None and c.actor1 is not None and own.actor1.actor.id == c.actor1.actor.id
    return ([own], True) if _makerless(own) or same else ([], False)


def _told_in_its_sentence(c: Candidate, kept: list[Candidate]) -> Candidate | None:
    """"على الهجوم الذي نفذه مسلح ...، وهو الهجوم الذي تبناه التنظيم": the last incident of violence
    told before a reference in its own sentence is the one it names (it names the maker of none
    other; one with another maker named, "ثم الاعتداء الذي ارتكبه مسلحو X" after a takeover, is no
    incident it names)."""
    own = [k for k in kept if k.event_type in VIOLENCE and not k.reference and not k.aggregate
           and k.sentence.index == c.sentence.index and k.cue.start < c.cue.start]
    return own[-1] if own else None


def _said_before(doc: AnalysedDocument, c: Candidate) -> bool:
    """"وكان التنظيم قد أعلن مسؤوليته عن التفجير": a claim told in the pluperfect, in a sentence that
    names no time, was made before the writing, of the incident the article tells (no earlier one)."""
    return c.background and c.modality == "claimed" and bool(c.claimed_by) \
        and not doc.times_in(c.sentence.start, c.sentence.end)


def fight_with_the_attackers(doc: AnalysedDocument, k: Candidate) -> bool:
    """"بعد ساعات من الاشتباكات مع المهاجمين": a fight with the attackers of an incident told
    before (`attacker_nouns`) is the end of that incident, not the attack a maker is named for."""
    return k.event_type == BATTLES and any(
        a is not None and grammar.has(doc.text[a.start:a.end].split()[0], "attacker_nouns") for a in (k.actor1, k.actor2))


def not_its_claim(c: Candidate, k: Candidate) -> bool:
    """"وأعلنت حركة الشباب مسؤوليتها عن الهجوم" after "قوات الأمن تصدت لمسلحين": what a state's force
    did is no incident an armed group claims; the claim names the attack told before it."""
    return c.modality == "claimed" and bool(c.claimed_by) and k.actor1 is not None and k.actor1.actor.inter == Inter.STATE


def _makerless(k: Candidate) -> bool:
    """No maker named, or only unnamed attackers ("المهاجمون", "مسلحون": `GENERIC_ACTORS`)."""
    return k.actor1 is None or k.actor1.actor.id in GENERIC_ACTORS
