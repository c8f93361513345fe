"""Saved views and their Atom feeds (docs/alerts.md):

    GET    /api/views              every saved view
    GET    /api/views/{name}       one view (404 when unknown)
    POST   /api/views              save (create or replace) a view: needs the write token
    DELETE /api/views/{name}       remove a view, its webhooks and their state: needs the token
    GET    /feeds/{name}.atom      the view's newest incidents as Atom 1.0

A view's filters are exactly the parameters of /api/events, validated by the same model
(`marsad.api.viewspec`). Webhooks are added from the command line only (`marsad alerts add …
--webhook URL`): a web client never makes the server call an address.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException
from starlette.responses import Response

from marsad.alerts import render
from marsad.alerts.feed import MEDIA_TYPE, feed_items, render_feed
from marsad.api.routes import ERRORS, StoreDep
from marsad.api.schemas import ErrorOut
from marsad.api.security import require_token
from marsad.api.viewspec import NAME, ViewIn, incident_query, stored
from marsad.api.writes import write_lock, write_store
from marsad.store import alerts as saved

NamePath = Annotated[str, Path(pattern=NAME, min_length=1, max_length=64, description="the view's name")]
AUTH: dict[int | str, dict[str, Any]] = {401: {"model": ErrorOut, "description": "no or wrong token"},
                                         403: {"model": ErrorOut, "description": "the server is read-only"}}
MISSING: dict[int | str, dict[str, Any]] = {404: {"model": ErrorOut, "description": "no such view"}, **ERRORS}

router = APIRouter(tags=["saved views"])


class ViewOut(BaseModel):
    """A saved view: its filters (the non-default parameters of /api/events), the number of its
    webhooks, and the links to its feed and to the map showing it."""

    model_config = ConfigDict(extra="allow")

    name: str
    title: str | None = None
    filters: dict[str, Any]
    created_at: str
    updated_at: str
    webhooks: int = Field(description="how many webhook targets the view has (added from the command line)")
    feed: str = Field(description="the view's Atom feed")
    map: str = Field(description="the view in the map (a permalink)")


class ViewList(BaseModel):
    items: list[ViewOut]


def _out(request: Request, view: dict[str, Any]) -> dict[str, Any]:
    base = str(request.base_url).rstrip("/")
    return {**view, "feed": render.feed_link(base, view["name"]), "map": render.view_link(base, view["filters"])}


@router.get("/api/views", response_model=ViewList, summary="Saved views")
def list_views(request: Request, store: StoreDep) -> dict[str, Any]:
    return {"items": [_out(request, v) for v in saved.list_views(store)]}


@router.get("/api/views/{name}", response_model=ViewOut, responses=MISSING, summary="One saved view")
def one_view(request: Request, store: StoreDep, name: NamePath) -> dict[str, Any]:
    found = saved.get_view(store, name)
    if found is None:
        raise HTTPException(404, f"no saved view {name}")
    return _out(request, found)


@router.post("/api/views", response_model=ViewOut, status_code=201, dependencies=[Depends(require_token)],
             responses={200: {"model": ViewOut, "description": "an existing view replaced"},
                        400: {"model": ErrorOut, "description": "the body is not JSON"}, **AUTH, **ERRORS},
             summary="Save a view (needs the API token)")
def save_view(request: Request, response: Response, body: ViewIn) -> dict[str, Any]:
    """Create the view `name` (201) or replace its title and filters (200). `filters` takes the
    parameters of /api/events under their names (`from`, `type`, …; a list parameter may be one
    string), without `cursor`."""
    with write_lock:
        view, created = saved.save_view(write_store(request), body.name, body.title, stored(body.filters))
    response.status_code = 201 if created else 200
    return _out(request, view)


@router.delete("/api/views/{name}", status_code=204, response_class=Response, dependencies=[Depends(require_token)],
               responses={**AUTH, **MISSING}, summary="Remove a view (needs the API token)")
def delete_view(request: Request, name: NamePath) -> Response:
    """Remove the view, its webhooks and what they were sent (the delivery log stays)."""
    with write_lock:
        if not saved.delete_view(write_store(request), name):
            raise HTTPException(404, f"no saved view {name}")
    return Response(status_code=204)


@router.get("/feeds/{name}.atom", response_class=Response, tags=["feeds"], summary="Atom feed of a saved view",
            responses={200: {"content": {"application/atom+xml": {"schema": {"type": "string"}}},
                             "description": "Atom 1.0: the view's newest incidents first"}, **MISSING})
def view_feed(request: Request, store: StoreDep, name: NamePath) -> Response:
    """The view's 50 newest incidents (by event date) as an Atom 1.0 feed, Arabic titles, each
    entry linking to the incident in the map; an entry's `updated` moves when a report joins it."""
    found = saved.get_view(store, name)
    if found is None:
        raise HTTPException(404, f"no saved view {name}")
    items = feed_items(store, incident_query(found["filters"]))
    return Response(render_feed(found, items, str(request.base_url).rstrip("/")), media_type=MEDIA_TYPE)
