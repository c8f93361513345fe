"""The read endpoints of /api: events (paged), one event, one document, statistics, configuration.

Every handler is a plain function of the store (`marsad.store`); FastAPI runs them in its thread
pool. No SQL here: the store builds it, with bound parameters only.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from starlette.exceptions import HTTPException
from starlette.responses import Response

from marsad import __version__, acled
from marsad.api.params import EventFilters, EventListParams, IdPath
from marsad.api.responses import UTF8JSONResponse
from marsad.api.schemas import ConfigOut, DocumentOut, ErrorOut, EventDetail, EventPage, StatsOut
from marsad.api.settings import ApiSettings
from marsad.store import Store, get_document, get_event, query_events, stats
from marsad.store.api_queries import counts_by_day_type
from marsad.store.queries import MAX_LIMIT
from marsad.store.review import REASONS, get_review, new_since_review

ERRORS: dict[int | str, dict[str, Any]] = {422: {"model": ErrorOut, "description": "invalid parameters"}}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "no such id"}, **ERRORS}

router = APIRouter(prefix="/api", tags=["events"])


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(store_of)]


@router.get("/events", response_model=EventPage, responses=ERRORS, summary="List events")
def list_events(store: StoreDep, params: Annotated[EventListParams, Query()]) -> Response:
    """Deduplicated incidents (`view=clusters`, the default) or single reports (`view=reports`)
    matching every filter given, newest first unless `sort` says otherwise. Pages are keyset
    cursors: pass `next_cursor` back as `cursor` until it is null."""
    page = query_events(store, params.to_query(sort=params.sort, limit=params.limit, cursor=params.cursor))
    # The hot path: the store's rows go out as they are (EventPage documents them; the schema
    # tests check that they conform), without a second validation pass.
    return UTF8JSONResponse({"items": page.items, "next_cursor": page.next_cursor})


@router.get("/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND, summary="One event")
def one_event(store: StoreDep, event_id: IdPath) -> dict[str, Any]:
    """A report (`e…`) with every field, its evidence spans, its document and the other reports of
    the same incident, or an incident (`c…`) with every report, each with its article and URL."""
    found = get_event(store, event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id}")
    found.setdefault("kind", "report")
    review = get_review(store, event_id)
    found["review"] = review
    found["review_status"] = review["status"] if review else "unreviewed"
    if found["kind"] == "cluster":
        found["new_since_review"] = new_since_review(store, event_id) if review else []
    return found


@router.get("/documents/{document_id}", response_model=DocumentOut, responses=NOT_FOUND,
            summary="One article")
def one_document(store: StoreDep, document_id: IdPath) -> dict[str, Any]:
    """The article text (`body`), the normalized text the spans index (`norm_text`), and the
    events read from it with their spans (`span`, and `span_body` into `body` when the two align)."""
    found = get_document(store, document_id)
    if found is None:
        raise HTTPException(404, f"no document {document_id}")
    return found


@router.get("/stats", response_model=StatsOut, responses=ERRORS, summary="Counts")
def get_stats(store: StoreDep, params: Annotated[EventFilters, Query()]) -> dict[str, Any]:
    """Totals of the database and, for the rows matching the filters, counts by day, type,
    sub-type, governorate (admin1), country, actor (the 50 most frequent) and day × type."""
    query = params.to_query(limit=None)
    out = stats(store, query)
    out["by_day_type"] = counts_by_day_type(store, query)
    return out


@router.get("/config", response_model=ConfigOut, tags=["page"], summary="Server settings for the page")
def get_config(request: Request) -> dict[str, Any]:
    settings: ApiSettings = request.app.state.settings
    return {"version": __version__, "tile_url": settings.tile_url, "tile_attribution": settings.tile_attribution,
            "writable": settings.writable, "max_limit": MAX_LIMIT,
            "reviewable": any(t.may("reviewer") for t in settings.all_tokens), "review_reasons": list(REASONS),
            "event_types": {k: list(v) for k, v in acled.SUB_EVENT_TYPES.items()}}
