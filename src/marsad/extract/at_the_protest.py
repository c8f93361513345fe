"""What joins a protest or a riot told in the same document: the arrests made there, the clashes
named by no party who fought, and a state's force that fired on people beside it.
`marsad.extract.merge` asks these; when two reports are one incident in general is
`marsad.extract.compatible`."""

from __future__ import annotations

from marsad.acled import BATTLES, VAC, Inter
from marsad.extract import grammar
from marsad.extract.candidates import Candidate
from marsad.extract.compatible import (
    PROTEST_FAMILY,
    PROTEST_FORCE,
    dates_compatible,
    same_place,
    same_side,
    state_force,
)
from marsad.extract.context import definite
from marsad.extract.document import AnalysedDocument


def protest_of_the_arrests(c: Candidate, kept: list[Candidate]) -> Candidate | None:
    """The protest broken up where and when the arrests were made, or the riot a force met there
    ("اعتقلت قوات الأمن عشرة من المشاركين في أعمال الشغب"); or the peaceful protest its own
    sentence tells ("تظاهر الآلاف ...، وكان زعيم الحزب بين المعتقلين بعد أن اقتاده عناصر من
    الشرطة"), which the arrests break up (`merge._arrests_at_the_protest`). Not a protest told after
    the arrests that demands the release of the arrested: they caused it."""
    return next((k for k in kept if not k.background and not c.background and same_place(k.place, c.place)
                 and dates_compatible(k, c) and not (k.demands_release and c.sentence.index < k.sentence.index)
                 and (k.sub_event_type in PROTEST_FORCE or (
                     k.sub_event_type == "Violent demonstration" and k.actor2 is not None and state_force(k.actor2)) or (
                     k.sub_event_type == "Peaceful protest" and k.sentence.index == c.sentence.index
                     and c.actor1 is not None and state_force(c.actor1)))), None)


def protest_clashes(doc: AnalysedDocument, c: Candidate, kept: list[Candidate]) -> list[Candidate]:
    """"وقالت السلطات إن عشرات من أفراد الأمن أصيبوا في المواجهات": the clashes, named with the
    article (`clash_nouns`) and by no party who fought, of a protest or riot told at that place that
    day are that protest's."""
    if c.event_type != BATTLES or c.actor1 is not None or not definite(doc, c.cue) \
            or not grammar.has_bare(doc.text[c.cue.start:c.cue.end].split()[0], "clash_nouns"):
        return []
    return [k for k in kept if k.event_type in PROTEST_FAMILY and not k.background and not c.background
            and k.place is not None and same_place(k.place, c.place) and dates_compatible(k, c)][:1]


def force_at_the_protest(c: Candidate, kept: list[Candidate]) -> list[Candidate]:
    """"أصيب ثلاثة فلسطينيين برصاص الجيش خلال مواجهات اندلعت عقب مسيرة احتجاجية": a state's force
    firing or fighting on nobody named or on people, told in the sentence of a protest or riot of
    that place and day or the next, is that protest met with force (the force its other side)."""
    if c.event_type not in (BATTLES, VAC) or c.actor1 is None or not state_force(c.actor1) \
            or (c.actor2 is not None and c.actor2.actor.inter not in (Inter.PROTESTERS, Inter.RIOTERS, Inter.CIVILIANS)):
        return []
    return [k for k in kept if k.event_type in PROTEST_FAMILY and not k.background and not c.background
            and min(abs(c.sentence.index - i) for i in k.sentences | {k.sentence.index}) <= 1
            and k.place is not None and same_place(k.place, c.place)
            and dates_compatible(k, c) and (k.actor2 is None or same_side(k.actor2, c.actor1))][:1]
