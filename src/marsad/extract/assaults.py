"""One assault told by its phases: "قتل 41 شخصا في الهجوم الذي استهدف مطار أتاتورك" and then "وصل
ثلاثة مسلحين إلى المطار وفتحوا النار ثم فجروا أحزمة ناسفة": the attack, the gunfight and the bombing at
one site on one day, by attackers of one party (or none named), are one incident, of its gravest kind.
`marsad.extract.merge` asks it once the records of a document are merged, and asks which attack
told before a deed tells how it went (`attack_told_how`, `attack_they_made`)."""

from __future__ import annotations

from collections.abc import Callable

from marsad.acled import ARMED_CLASH, BATTLES, SUICIDE_BOMB, Inter
from marsad.extract import grammar
from marsad.extract.candidates import Candidate
from marsad.extract.compatible import (
    GENERIC_ACTORS,
    VIOLENCE,
    actors_compatible,
    dates_compatible,
    same_place,
    state_force,
)
from marsad.extract.document import AnalysedDocument
from marsad.geo.gazetteer import SITE_KINDS

IED = "Remote explosive/landmine/IED"
ATTACKERS_DEED_SENTENCES = 2  # "وقال مسؤولون إن المهاجمين ...": the attack they made is told this close before
PHASE_RANK = {SUICIDE_BOMB: 3, IED: 2, "Attack": 1, ARMED_CLASH: 0}  # the gravest kind names the assault


def one_assault(doc: AnalysedDocument, kept: list[Candidate],
                absorb: Callable[[Candidate, Candidate], None]) -> list[Candidate]:
    """The records of a document with the phases of one assault joined into its gravest one
    (`absorb(keep, other)` joins them)."""
    out: list[Candidate] = []
    for c in kept:
        k = next((k for k in out if _phases_of_one(doc, k, c)), None)
        if k is None:
            out.append(c)
            continue
        keep, other = (k, c) if PHASE_RANK[k.sub_event_type] >= PHASE_RANK[c.sub_event_type] else (c, k)
        absorb(keep, other)
        keep.explain.append(("merge", "a phase of the assault told at the same site that day"))
        out[out.index(k)] = keep
    return out


def _phases_of_one(doc: AnalysedDocument, a: Candidate, b: Candidate) -> bool:
    """Two kinds of violence at one gazetteer place on one known day, neither told as background,
    a summary or a reference, by attackers of one party (or none named) on targets that are one."""
    if a.sub_event_type == b.sub_event_type or not {a.sub_event_type, b.sub_event_type} <= PHASE_RANK.keys():
        return False
    if any(x.background or x.aggregate or x.reference or x.place is None or x.date is None for x in (a, b)):
        return False
    return _one_site(doc, a, b) and a.date == b.date \
        and not any((x.actor1 is not None and state_force(x.actor1)) or _battle_of_two_named(x) for x in (a, b)) \
        and actors_compatible(a.actor1, b.actor1) and _one_target(a, b)


def _one_site(doc: AnalysedDocument, a: Candidate, b: Candidate) -> bool:
    """One site, not one town (a town sees several incidents a day): a place of the gazetteer that
    is a site (an airport, a base, a hospital: `SITE_KINDS`), or one the gazetteer does not know,
    named in the same words ("مطار أتاتورك"); or the town of a headline's attack and of the body's
    telling of it, or an attack on people and the bombing one sentence tells ("وبدأ الهجوم بتفجير
    انتحاري نفسه عند البوابة"; a fight is no such phase: a town sees several the same day)."""
    p, q = a.place, b.place
    assert p is not None and q is not None
    if p.place is not None and q.place is not None:
        return p.place.id == q.place.id and (p.place.kind in SITE_KINDS or a.sentence.in_title != b.sentence.in_title
                                             or _told_together(doc, a, b))
    return p.place is None and q.place is None and p.text == q.text


def _told_together(doc: AnalysedDocument, a: Candidate, b: Candidate) -> bool:
    """One sentence tells both, neither a fight, their own words in two sentences (two cues of one
    sentence, "فتحت مسلحتان النار على القنصلية، فيما قتل أربعة في انفجار سيارة مفخخة", are two)
    unless the later is the deed of the attackers named again ("قبل أن يفجر المهاجمان نفسيهما")."""
    if a.event_type == BATTLES or b.event_type == BATTLES:
        return False
    if a.sentence.index == b.sentence.index:
        later = a if a.cue.start > b.cue.start else b
        return any(grammar.has(w.strip(".،,"), "attacker_nouns") for w in doc.text[later.clause[0]:later.clause[1]].split())
    return bool((a.sentences | {a.sentence.index}) & (b.sentences | {b.sentence.index}))


def _battle_of_two_named(c: Candidate) -> bool:
    """"اشتباكات بين جبهة النصرة وقوات النظام": a fight whose two sides are named is a battle of its
    own, not a phase of an attack told beside it."""
    return c.event_type == BATTLES and all(x is not None and x.actor.id not in GENERIC_ACTORS for x in (c.actor1, c.actor2))


def _one_target(a: Candidate, b: Candidate) -> bool:
    """The targets are one: the same party, or none named, or people and the force that guarded
    them ("فتحوا النار على رجال الأمن ثم فجروا أحزمة ناسفة وسط المسافرين")."""
    if actors_compatible(a.actor2, b.actor2):
        return True
    kinds = {x.actor2.actor.inter if not state_force(x.actor2) else Inter.STATE for x in (a, b) if x.actor2 is not None}
    return kinds == {Inter.CIVILIANS, Inter.STATE}


def attack_told_how(doc: AnalysedDocument, c: Candidate, kept: list[Candidate]) -> list[Candidate]:
    """"هجوم على فندق في مقديشو يوم الأربعاء، حين فجر انتحاريان سيارتين مفخختين": the deed right after
    "حين" (`when_words`) tells how the bare attack before it in its sentence went; "وبدأ الهجوم
    صباحا عندما فجر انتحاري نفسه", "إن الهجوم بدأ بتفجير انتحاري نفسه" (`beginning_verbs`): after
    the attack named again, how the assault no weapon typed told in the sentence before went."""
    before = doc.text[c.sentence.start:c.cue.start].split()
    if before and before[-1] in grammar.words("clitic_prepositions"):
        before.pop()  # "بدأ ب|تفجير": the preposition the cue's word leaves before it
    if c.sentence.in_title or not before:
        return []
    began = grammar.has(before[-1], "beginning_verbs")
    if not (grammar.has(before[-1], "when_words") or began):
        return []
    named_again = any(w.startswith("ال") and grammar.has(w, "bare_attack_words") for w in before[:-1])
    if began and not named_again:
        return []
    return [k for k in kept if (k.bare_attack or (named_again and not k.weapons)) and k.cue.end <= c.cue.start
            and (k.sentence.index == c.sentence.index or (named_again and k.sentence.index == c.sentence.index - 1))
            and k.event_type in VIOLENCE and dates_compatible(k, c) and same_place(k.place, c.place)][-1:]


def attack_they_made(c: Candidate, kept: list[Candidate]) -> list[Candidate]:
    """"قتل 61 في هجوم شنه مسلحون يرتدون أحزمة ناسفة ... وقال مسؤولون إن المهاجمين فتحوا النار": how
    the attackers made the attack told before (`Candidate.attackers_deed`) is that attack, whichever
    kind its word and the deed's are (a suicide bombing and the shooting it began with)."""
    if not c.attackers_deed:
        return []
    told = [k for k in kept if k.event_type in VIOLENCE and not k.reference and not k.aggregate
            and k.background == c.background and 0 <= c.sentence.index - k.sentence.index <= ATTACKERS_DEED_SENTENCES
            and dates_compatible(k, c)]
    return told[-1:]
