"""The event record as the API serves it (in /api/documents/{id} `events` and in an incident's
`reports`): the fields `marsad events` writes (`Event.to_record()`), typed, plus what the store
adds. docs/format.md describes the same fields; tests/test_format_doc.py checks the two agree.

Pydantic at the edge only: these models document the OpenAPI schema and check what leaves.
Every object carrying a `span` may also carry `span_body` (offsets into the document's `body`,
when they align), hence `extra="allow"`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from marsad.api.params import Modality

Span = list[int]
SPAN = "[start, end] character offsets into the document's normalized text (`norm_text`)"


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class ActorRecord(_Open):
    """An actor: canonical English name and the article's words behind it."""

    name: str = Field(description="canonical English name")
    text: str = Field(description="the Arabic words in the article")
    span: Span = Field(description=SPAN)
    inter: int | None = Field(None, description="ACLED inter code, 1 state forces ... 8 external/other forces")
    country: str | None = Field(None, description="the actor's country")
    parent: str | None = Field(None, description="the larger actor this one belongs to")


class LocationRecord(_Open):
    """Where the event happened, as the gazetteer resolved the article's words."""

    name: str
    name_ar: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = Field(description="1 the place itself, 2 near it or a district, 3 a governorate or region")
    gazetteer_id: str | None = None
    text: str = Field(description="the Arabic words in the article")
    span: Span = Field(description=SPAN)


class WordsRecord(_Open):
    """Words of the article with their span: an evidence sentence, or the words of a date or a toll."""

    text: str
    span: Span = Field(description=SPAN)


class AttributionRecord(_Open):
    """Who the article says reported the event."""

    source: str = Field(description="the reporting source, as named by the attribution lexicon")
    text: str = Field(description="the attribution words in the article")


class EventRecord(_Open):
    """One event record (docs/format.md)."""

    id: str | None = Field(None, description="the record's id (`e…`)")
    doc: str = Field(description="id of the input document")
    event_type: str = Field(description="ACLED event type")
    sub_event_type: str = Field(description="ACLED sub-event type")
    disorder_type: str | None = Field(None, description="ACLED disorder type of the sub-event type")
    event_date: date | None = Field(None, description="the day of the event itself")
    time_precision: int = Field(description="1 day, 2 within a week or a few days, 3 the month")
    actor1: ActorRecord | None = None
    assoc_actor_1: list[ActorRecord] = []
    actor2: ActorRecord | None = None
    assoc_actor_2: list[ActorRecord] = []
    civilian_targeting: bool = False
    location: LocationRecord | None = None
    fatalities: int | None = None
    weapons: list[str] = []
    quantity: int | None = None
    modality: Modality = "asserted"
    aggregate: bool = Field(False, description="a summary of several incidents")
    background: bool = Field(False, description="an earlier incident told as context")
    claimed_by: list[ActorRecord] = []
    attribution: list[AttributionRecord] = []
    evidence: list[WordsRecord] = []
    event_date_words: WordsRecord | None = None
    fatalities_words: WordsRecord | None = None
    confidence: float = Field(ge=0, le=1)
    # added by the store
    document_id: str | None = Field(None, description="the stored document (`d…`)")
    source: str | None = Field(None, description="the outlet of the document")
    cluster_id: str | None = Field(None, description="the incident this report belongs to (`c…`)")
    document: dict[str, Any] | None = Field(None, description="the document's id, title, URL, source, date")
