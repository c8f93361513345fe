"""Typed values that flow between stages (frozen dataclasses; pydantic only at the API edge)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Document:
    """An input document as in docs/format.md: either `text` or `html` is set."""

    id: str
    text: str | None = None
    html: str | None = None
    html_bytes: bytes | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: what the article reader makes of a page or of scraped text."""

    id: str
    title: str | None
    body: str  # paragraphs separated by blank lines
    published: date | None = None
    section: tuple[str, ...] = ()
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    source: str | None = None

    @property
    def full_text(self) -> str:
        """Headline and body as one text (the headline first, a blank line between)."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    def to_row(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        d["section"] = list(self.section)
        return d


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed, with the stage and the reason."""

    doc: str
    stage: str
    reason: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        return {"id": self.doc, "error": {"stage": self.stage, "reason": self.reason, **self.details}}


# ---------------------------------------------------------------- event records (docs/format.md)


@dataclass(frozen=True, slots=True)
class ActorRef:
    """An actor as the record names it: canonical English name, the article's words and their span."""

    name: str
    text: str
    span: tuple[int, int]
    inter: int | None = None  # ACLED inter code (1 state forces ... 8 external/other forces)
    country: str | None = None
    parent: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"name": self.name, "text": self.text, "span": list(self.span), "inter": self.inter,
                "country": self.country, "parent": self.parent}


@dataclass(frozen=True, slots=True)
class Location:
    name: str
    name_ar: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    admin3: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int  # 1 the place itself, 2 near it or a district, 3 a governorate or region
    gazetteer_id: str | None
    text: str
    span: tuple[int, int]

    def to_record(self) -> dict[str, Any]:
        # (`asdict` without its deep copy of every value: the fields are strings, numbers and
        # the span; 20 times faster, the same dict)
        d = {name: getattr(self, name) for name in _LOCATION_FIELDS}
        d["span"] = list(self.span)
        return d


_LOCATION_FIELDS = tuple(f.name for f in fields(Location))


@dataclass(frozen=True, slots=True)
class Evidence:
    text: str
    span: tuple[int, int]  # offsets into the normalized article text

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "span": list(self.span)}


@dataclass(frozen=True, slots=True)
class Attribution:
    source: str
    text: str

    def to_record(self) -> dict[str, Any]:
        return {"source": self.source, "text": self.text}


@dataclass(frozen=True, slots=True)
class Event:
    """One event record, as in docs/format.md (ACLED field names; provenance and modality added)."""

    doc: str
    event_type: str
    sub_event_type: str
    event_date: date | None
    time_precision: int
    actor1: ActorRef | None
    actor2: ActorRef | None
    location: Location | None
    fatalities: int | None
    modality: str = "asserted"  # asserted | claimed | alleged | denied | planned
    aggregate: bool = False
    assoc_actor_1: tuple[ActorRef, ...] = ()
    assoc_actor_2: tuple[ActorRef, ...] = ()
    weapons: tuple[str, ...] = ()
    quantity: int | None = None
    claimed_by: tuple[ActorRef, ...] = ()
    attribution: tuple[Attribution, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    disorder_type: str | None = None
    civilian_targeting: bool = False
    background: bool = False  # undated background, kept apart from reported incidents
    id: str | None = None
    explain: tuple[tuple[str, str], ...] = ()  # (field, the rule and words that set it)
    date_words: Evidence | None = None  # the words that gave the date ("أمس الخميس")
    fatality_words: Evidence | None = None  # the words that gave the fatalities ("مقتل 27")

    def to_record(self) -> dict[str, Any]:
        def one(a: ActorRef | None) -> dict[str, Any] | None:
            return a.to_record() if a else None

        return {
            "id": self.id,
            "doc": self.doc,
            "event_type": self.event_type,
            "sub_event_type": self.sub_event_type,
            "disorder_type": self.disorder_type,
            "event_date": self.event_date.isoformat() if self.event_date else None,
            "time_precision": self.time_precision,
            "actor1": one(self.actor1),
            "assoc_actor_1": [a.to_record() for a in self.assoc_actor_1],
            "actor2": one(self.actor2),
            "assoc_actor_2": [a.to_record() for a in self.assoc_actor_2],
            "civilian_targeting": self.civilian_targeting,
            "location": self.location.to_record() if self.location else None,
            "fatalities": self.fatalities,
            "weapons": list(self.weapons),
            "quantity": self.quantity,
            "modality": self.modality,
            "aggregate": self.aggregate,
            "background": self.background,
            "claimed_by": [a.to_record() for a in self.claimed_by],
            "attribution": [a.to_record() for a in self.attribution],
            "evidence": [e.to_record() for e in self.evidence],
            "event_date_words": self.date_words.to_record() if self.date_words else None,
            "fatalities_words": self.fatality_words.to_record() if self.fatality_words else None,
            "confidence": round(self.confidence, 3),
        }
