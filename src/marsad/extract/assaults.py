"""One assault told by its phases: "قتل 41 شخصا في الهجوم الذي استهدف مطار أتاتورك" and then "وصل
ثلاثة مسلحين إلى المطار وفتحوا النار ثم فجروا أحزمة ناسفة": the attack, the gunfight and the bombing at
one site on one day, by attackers of one party (or none named), are one incident, of its gravest kind.
`marsad.extract.merge` asks it once the records of a document are merged."""

from __future__ import annotations

from collections.abc import Callable

from marsad.acled import ARMED_CLASH, BATTLES, SUICIDE_BOMB, Inter
from marsad.extract.candidates import Candidate
from marsad.extract.compatible import GENERIC_ACTORS, actors_compatible, state_force
from marsad.geo.gazetteer import SITE_KINDS

IED = "Remote explosive/landmine/IED"
PHASE_RANK = {SUICIDE_BOMB: 3, IED: 2, "Attack": 1, ARMED_CLASH: 0}  # the gravest kind names the assault


def one_assault(kept: list[Candidate], absorb: Callable[[Candidate, Candidate], None]) -> list[Candidate]:
    """The records of a document with the phases of one assault joined into its gravest one
    (`absorb(keep, other)` joins them)."""
    out: list[Candidate] = []
    for c in kept:
        k = next((k for k in out if _phases_of_one(k, c)), None)
        if k is None:
            out.append(c)
            continue
        keep, other = (k, c) if PHASE_RANK[k.sub_event_type] >= PHASE_RANK[c.sub_event_type] else (c, k)
        absorb(keep, other)
        keep.explain.append(("merge", "a phase of the assault told at the same site that day"))
        out[out.index(k)] = keep
    return out


def _phases_of_one(a: Candidate, b: Candidate) -> bool:
    """Two kinds of violence at one gazetteer place on one known day, neither told as background,
    a summary or a reference, by attackers of one party (or none named) on targets that are one."""
    if a.sub_event_type == b.sub_event_type or not {a.sub_event_type, b.sub_event_type} <= PHASE_RANK.keys():
        return False
    if any(x.background or x.aggregate or x.reference or x.place is None or x.date is None for x in (a, b)):
        return False
    return _one_site(a, b) and a.date == b.date \
        and not any((x.actor1 is not None and state_force(x.actor1)) or _battle_of_two_named(x) for x in (a, b)) \
        and actors_compatible(a.actor1, b.actor1) and _one_target(a, b)


def _one_site(a: Candidate, b: Candidate) -> bool:
    """One site, not one town (a town sees several incidents a day): a place of the gazetteer that
    is a site (an airport, a base, a hospital: `SITE_KINDS`), or one the gazetteer does not know,
    named in the same words ("مطار أتاتورك"); or the town of a headline's attack and of the body's
    telling of it."""
    p, q = a.place, b.place
    assert p is not None and q is not None
    if p.place is not None and q.place is not None:
        return p.place.id == q.place.id and (p.place.kind in SITE_KINDS or a.sentence.in_title != b.sentence.in_title)
    return p.place is None and q.place is None and p.text == q.text


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
