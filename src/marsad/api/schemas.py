"""Response models of the API (pydantic at the edge only: they document the OpenAPI schema and
check what leaves). They mirror the dictionaries `marsad.store` returns; fields the store adds
later pass through (`extra="allow"`)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from marsad.api.records import EventRecord


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class _EventHead(_Open):
    """What every event answer starts with."""

    id: str
    kind: str = Field(description="cluster or report")
    event_type: str
    sub_event_type: str
    event_date: str | None = None


class EventItem(_EventHead):
    """A row of /api/events: a deduplicated incident (`kind` "cluster") or one report ("report")."""

    time_precision: int | None = None
    actor1: str | None = None
    actor2: str | None = None
    location: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    modality: str | None = None
    confidence: float | None = None
    # reports
    document_id: str | None = None
    doc: str | None = None
    source: str | None = None
    evidence: str | None = Field(None, description="the first evidence sentence (reports)")
    # clusters
    date_min: str | None = None
    date_max: str | None = None
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    n_reports: int | None = None
    n_documents: int | None = None
    n_sources: int | None = None
    sources: list[str] | None = None
    representative: str | None = Field(None, description="the report whose fields the cluster shows")
    review_status: str = Field("unreviewed", description="unreviewed, accepted, corrected or rejected")


class EventPage(BaseModel):
    items: list[EventItem]
    next_cursor: str | None = Field(description="pass as `cursor` for the next page; null on the last page")


class DocumentBrief(_Open):
    id: str
    doc: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    near_dup_of: str | None = None


class EventDetail(_EventHead):
    """One report (`e…`: the full record, its document and the other reports of its incident in
    `sources`) or one incident (`c…`: the cluster's fields and every report in `reports`, each with
    its document). Spans index the document's `norm_text`."""

    document: DocumentBrief | None = None
    reports: list[EventRecord] | None = Field(None, description="an incident's reports (docs/format.md)")
    sources: list[Any] | None = None
    review_status: str = Field("unreviewed", description="unreviewed, accepted, corrected or rejected")
    review: dict[str, Any] | None = Field(None, description="the review decision: status, reason, note, reviewed "
                                                            "values (`fields`), `corrected` fields, reviewer, time")
    new_since_review: list[str] | None = Field(None, description="an incident's reports that joined it after its "
                                                                 "review (their values do not replace the reviewed ones)")


class DocumentOut(_Open):
    """A stored article: `body` (its text), `norm_text` (what spans index), `events` (records with
    `span` and, when `spans_map_to_body`, `span_body` offsets into `body`)."""

    id: str
    doc: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: str | None = None
    language: str | None = None
    body: str
    norm_text: str
    spans_map_to_body: bool
    events: list[EventRecord] = Field(description="the event records read from it (docs/format.md)")


class StatsOut(_Open):
    documents: int
    events: int
    clusters: int
    failures: int
    view: str
    matching: int = Field(description="rows of the view matching the filters")
    by_type: dict[str, int]
    by_sub_type: dict[str, int]
    by_admin1: dict[str, int]
    by_country: dict[str, int]
    by_day: dict[str, int]
    by_actor: dict[str, int]
    by_day_type: dict[str, dict[str, int]] = Field(description="{day: {event type: count}}")


class ConfigOut(BaseModel):
    """What the page needs to know about this server."""

    version: str
    tile_url: str | None
    tile_attribution: str
    writable: bool
    max_limit: int
    reviewable: bool = Field(description="whether a token may review events (POST /api/events/{id}/review)")
    review_reasons: list[str] = Field(description="the reasons a rejection may give")
    event_types: dict[str, list[str]] = Field(description="ACLED event types and their sub-event types")


class SavedDocument(BaseModel):
    document_id: str
    added: bool
    reason: str | None = None
    events: int = 0


class ErrorBody(BaseModel):
    status: int
    message: str
    details: list[str]


class ErrorOut(BaseModel):
    error: ErrorBody
