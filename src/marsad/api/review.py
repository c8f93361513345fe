"""Review endpoints: an analyst accepts, corrects or rejects an event (token with the reviewer role),
reads its history, and looks up places and actors for a correction.

POST /api/events/{id}/review   {"action": "accept" | "reject" | "correct", "reason", "note", "changes"}
GET  /api/events/{id}/history  who changed what, when, old and new value
GET  /api/places?q=            gazetteer places by name (Arabic or English, prefix), for the place picker
GET  /api/actors?q=            canonical actor names of the store
GET  /api/whoami               the name and role of the bearer token

A corrected place or actor also becomes a local alias (`marsad.aliases`) for the article's words,
applied to later documents. The store work is `marsad.store.review`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator
from starlette.exceptions import HTTPException

from marsad import acled, aliases
from marsad.api.params import CLEAN, IdPath, IsoDate
from marsad.api.routes import ERRORS, NOT_FOUND, StoreDep
from marsad.api.schemas import ErrorOut
from marsad.api.security import caller, require_role
from marsad.api.settings import ApiToken
from marsad.api.writes import write_lock, write_store
from marsad.errors import InputError, StoreError
from marsad.geo.gazetteer import Place, default_gazetteer
from marsad.geo.items import kind_precision
from marsad.store import review as rv
from marsad.text.normalize import norm_key

router = APIRouter(prefix="/api", tags=["review"])
Name = Annotated[str, StringConstraints(min_length=1, max_length=300, pattern=CLEAN)]
AUTH: dict[int | str, dict[str, Any]] = {401: {"model": ErrorOut, "description": "no valid token"},
                                         403: {"model": ErrorOut, "description": "the token's role may not"}}


class PlaceIn(BaseModel):
    """A place: a gazetteer id (the rest is filled from the gazetteer), or a name and a point."""

    model_config = ConfigDict(extra="forbid")

    gazetteer_id: str | None = Field(None, max_length=80, pattern=r"^[A-Za-z0-9_:.-]+$")
    name: Name | None = None
    country: Name | None = None
    admin1: Name | None = None
    admin2: Name | None = None
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geo_precision: int | None = Field(None, ge=1, le=3)

    @model_validator(mode="after")
    def _check(self) -> PlaceIn:
        if self.gazetteer_id is None and (self.name is None or self.latitude is None or self.longitude is None):
            raise ValueError("give a gazetteer_id, or a name with latitude and longitude")
        return self


class ChangesIn(BaseModel):
    """The fields a reviewer corrects (only the ones given change; null clears an actor or the toll)."""

    model_config = ConfigDict(extra="forbid")

    event_type: Literal[acled.EVENT_TYPES] | None = None  # type: ignore[valid-type]
    sub_event_type: Literal[tuple(acled.EVENT_TYPE_OF)] | None = None  # type: ignore[valid-type]
    event_date: IsoDate | None = None
    location: PlaceIn | None = None
    actor1: Name | None = None
    actor2: Name | None = None
    fatalities: int | None = Field(None, ge=0, le=100000)
    modality: Literal["asserted", "claimed", "alleged", "denied", "planned"] | None = None


class ReviewIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["accept", "reject", "correct"]
    reason: Literal[rv.REASONS] | None = Field(None, description=", ".join(rv.REASONS))  # type: ignore[valid-type]
    note: str | None = Field(None, max_length=2000, pattern=CLEAN)
    changes: ChangesIn | None = None

    @model_validator(mode="after")
    def _check(self) -> ReviewIn:
        if self.action == "reject" and self.reason is None:
            raise ValueError("a rejection needs a reason")
        if self.action == "correct" and not (self.changes and self.changes.model_fields_set):
            raise ValueError("a correction needs 'changes'")
        return self


def _place_values(p: PlaceIn) -> dict[str, Any]:
    if p.gazetteer_id is not None:
        place = default_gazetteer().by_id.get(p.gazetteer_id)
        if place is None:
            raise InputError(f"no place {p.gazetteer_id} in the gazetteer")
        return {**_place_out(place), "geo_precision": p.geo_precision or kind_precision(place.kind)}
    return {"name": p.name, "country": p.country, "admin1": p.admin1, "admin2": p.admin2,
            "latitude": p.latitude, "longitude": p.longitude, "geo_precision": p.geo_precision or 1,
            "gazetteer_id": None}


def _changes(body: ReviewIn) -> dict[str, Any]:
    if body.changes is None:
        return {}
    out = body.changes.model_dump(exclude_unset=True)
    if "event_date" in out and out["event_date"] is not None:
        out["event_date"] = out["event_date"].isoformat()
    if body.changes.location is not None:
        out["location"] = _place_values(body.changes.location)
    elif "location" in out:
        raise InputError("location cannot be cleared; give a place")
    if out.get("sub_event_type") and not out.get("event_type"):
        out["event_type"] = acled.EVENT_TYPE_OF[out["sub_event_type"]]
    return out


def _learn(words: dict[str, Any], changes: dict[str, Any], who: str, target: str, at: str) -> list[str]:
    """Local aliases for the article's words of a corrected place or actor; what was learnt."""
    learnt = []
    loc = changes.get("location")
    if loc and words.get("location") and norm_key(words["location"]):
        aliases.add_place(aliases.PlaceAlias(
            ar=words["location"], key=norm_key(words["location"]), name=loc["name"],
            country=loc.get("country") or words.get("country"), admin1=loc.get("admin1"), admin2=loc.get("admin2"),
            latitude=loc.get("latitude"), longitude=loc.get("longitude"), gazetteer_id=loc.get("gazetteer_id"),
            by=who, at=at, event=target))
        learnt.append(f"place: {words['location']} → {loc['name']}")
    for role in ("actor1", "actor2"):
        if changes.get(role) and words.get(role) and norm_key(words[role]):
            aliases.add_actor(aliases.ActorAlias(ar=words[role], key=norm_key(words[role]), name=changes[role],
                                                 by=who, at=at, event=target))
            learnt.append(f"actor: {words[role]} → {changes[role]}")
    return learnt


@router.post("/events/{event_id}/review",
             responses={400: {"model": ErrorOut, "description": "the body is not JSON"}, **AUTH, **NOT_FOUND},
             summary="Accept, correct or reject an event (reviewer role)")
def post_review(request: Request, event_id: IdPath, body: ReviewIn,
                token: Annotated[ApiToken, Depends(require_role("reviewer"))]) -> dict[str, Any]:
    """Record a decision on a report (`e…`) or an incident (`c…`). The reviewer is the token's
    name. Corrected fields stick through later ingests, re-extraction and deduplication; a
    corrected place or actor becomes a local alias for the article's words."""
    changes = _changes(body)
    with write_lock:
        store = write_store(request)
        words = rv.words_of(store, event_id)
        try:
            out = rv.submit_review(store, event_id, rv.Decision(body.action, body.reason, body.note, changes),
                                   token.name)
        except StoreError as e:
            if str(e).startswith("no event"):
                raise HTTPException(404, str(e)) from e
            raise
        out["learnt"] = _learn(words, {k: changes[k] for k in out["corrected"] if k in changes},
                               token.name, event_id, out["reviewed_at"])
    return out


@router.get("/events/{event_id}/history", responses=NOT_FOUND, summary="Review history of an event")
def get_history(store: StoreDep, event_id: IdPath) -> dict[str, Any]:
    """Every review change of the event: who, when, which field, old and new value (oldest first)."""
    review = rv.get_review(store, event_id)
    items = rv.history(store, event_id)
    if review is None and not items and not rv.exists(store, event_id):
        raise HTTPException(404, f"no event {event_id}")
    return {"id": event_id, "review_status": review["status"] if review else "unreviewed", "review": review,
            "items": items}


def _place_out(p: Place) -> dict[str, Any]:
    return {"gazetteer_id": p.id, "name": p.name, "name_ar": p.name_ar, "kind": p.kind, "country": p.country,
            "admin1": p.admin1, "admin2": p.admin2, "latitude": p.latitude, "longitude": p.longitude}


@router.get("/places", responses=ERRORS, summary="Search the gazetteer")
def search_places(q: Annotated[str, Query(min_length=1, max_length=100, pattern=CLEAN)],
                  limit: Annotated[int, Query(ge=1, le=50)] = 10) -> dict[str, Any]:
    """Places whose Arabic or English name is `q` or starts with it, most important first."""
    gaz = default_gazetteer()
    found = {p.id: p for p in gaz.lookup(q)}
    key, low = norm_key(q), " ".join(q.lower().split())
    if len(found) < limit and len(key) >= 2:
        for k, places in gaz.by_key.items():
            if k.startswith(key) or (k.startswith("ال") and k[2:].startswith(key)):
                found.update((p.id, p) for p in places)
            if len(found) >= 5 * limit:
                break
    if len(found) < limit and len(low) >= 2:
        for k, places in gaz.by_english.items():
            if k.startswith(low):
                found.update((p.id, p) for p in places)
            if len(found) >= 5 * limit:
                break
    best = sorted(found.values(), key=lambda p: -p.importance)[:limit]
    return {"items": [_place_out(p) for p in best]}


@router.get("/actors", responses=ERRORS, summary="Actor names")
def search_actors(store: StoreDep, q: Annotated[str, Query(max_length=100, pattern=CLEAN)] = "",
                  limit: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, Any]:
    """Canonical actor names the store knows, containing `q`."""
    return {"items": rv.actor_names(store, q, limit)}


@router.get("/whoami", responses=AUTH, summary="The bearer token's name and role")
def whoami(request: Request) -> dict[str, Any]:
    tok = caller(request)
    return {"name": tok.name, "role": tok.role}
