"""The draft of one cue: what the engine's steps (`marsad.extract.steps`) have decided about it
so far. Each step reads and fills a `Draft` and returns None to go on, or the reason the cue
reports no incident."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from marsad.extract.document import AnalysedDocument, Sentence, Spans
from marsad.extract.event_dates import DateChoice
from marsad.extract.mentions import ActorMention, CueMention
from marsad.geo.resolve import PlaceMention


@dataclass(slots=True)
class Draft:
    """One cue and what the steps have decided about it so far."""

    doc: AnalysedDocument
    cue: CueMention
    actors: Spans[ActorMention]
    seen_cues: set[str]
    sent: Sentence
    clause: tuple[int, int]
    reach: Sentence  # the clauses of the sentence that belong to this cue (reach.cue_reach)
    role: str | None = None
    reference: bool = False
    another: bool = False  # "في تفجير آخر": told as an incident besides the ones before it
    ascribed: bool = False  # "ونسب الهجوم إلى حزب العمال": the text names who made it (ascribed.ascribed)
    etype: str = ""
    sub: str = ""
    weapons: list[str] = field(default_factory=list)
    why_type: str = ""
    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    modality: str = "asserted"
    claimers: list[ActorMention] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)
    why_place: str = ""
    when: DateChoice | None = None
    qty: int | None = None
    aggregate: bool = False
    background: bool = False
    explain: list[tuple[str, str]] = field(default_factory=list)

    def why(self, what: str, reason: str) -> None:
        self.explain.append((what, reason))


Step = Callable[[Draft], str | None]
