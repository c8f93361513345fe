"""Saved views: a name and a filter with exactly the parameters of `/api/events`, validated by the
API's own parameter model (`marsad.api.params.EventListParams`), stored as the non-default
parameters under their API names (`{"from": "2024-01-01", "type": ["Battles"]}`).

A view is given as a JSON object (the API, where a list parameter may also be one string) or as
a query string or map permalink (the command line: `type=Battles&from=2024-01-01`, or
`#lang=ar&type=Battles…`, whose page keys `lang`, `event` and `inview` are left out).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any
from urllib.parse import parse_qsl

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from marsad.api.params import CLEAN, EventListParams
from marsad.errors import InputError
from marsad.store import EventQuery

NAME = r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"
PAGE_KEYS = ("lang", "event", "inview")  # the map's own keys in a permalink, not filters
LIST_FIELDS = tuple(n for n, f in EventListParams.model_fields.items() if f.annotation is not None
                    and getattr(f.annotation, "__origin__", None) is list)
_ALIASES = {f.alias or n: n for n, f in EventListParams.model_fields.items()}


class SavedFilters(EventListParams):
    """The parameters of /api/events without `cursor` (a page, not a view)."""

    @model_validator(mode="before")
    @classmethod
    def _lists(cls, data: Any) -> Any:
        if not isinstance(data, Mapping):
            return data
        out = dict(data)
        if out.get("cursor") is not None:
            raise ValueError("a saved view has no cursor (it is a filter, not a page)")
        out.pop("cursor", None)
        for key, value in data.items():  # one value where the API repeats a parameter: a list of one
            if _ALIASES.get(key, key) in LIST_FIELDS and isinstance(value, str):
                out[key] = [value]
        return out


class ViewIn(BaseModel):
    """A view to save: `name` (letters, digits, `-`, `_`: the feed is /feeds/{name}.atom), an
    optional `title` (the feed's title, any language) and the `filters`."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(pattern=NAME, min_length=1, max_length=64)
    title: str | None = Field(None, min_length=1, max_length=200, pattern=CLEAN)
    filters: SavedFilters = Field(default_factory=lambda: SavedFilters.model_validate({}))


def stored(filters: SavedFilters) -> dict[str, Any]:
    """The filters as stored and shown: non-default parameters under their API names."""
    return filters.model_dump(mode="json", by_alias=True, exclude_defaults=True, exclude={"cursor"})


def canonical_filters(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Validate `raw` (API names; a list parameter may be one string); InputError naming the
    parameter when it is not a valid filter of /api/events."""
    try:
        return stored(SavedFilters.model_validate(dict(raw)))
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "filters"
        raise InputError(f"{where}: {first.get('msg')}") from None


def parse_query(text: str) -> dict[str, Any]:
    """A query string or a map permalink → the parameters (repeated ones as lists)."""
    out: dict[str, Any] = {}
    for key, value in parse_qsl(text.strip().lstrip("?#"), keep_blank_values=False):
        if key in PAGE_KEYS:
            continue
        if key in out:
            prev = out[key]
            out[key] = [*prev, value] if isinstance(prev, list) else [prev, value]
        else:
            out[key] = value
    return out


def check_name(name: str) -> str:
    """`name` when it is a valid view name; InputError otherwise."""
    if not re.fullmatch(NAME, name):
        raise InputError(f"a view name is 1-64 letters, digits, '-' or '_' (starting with a letter or digit), "
                         f"not {name!r}")
    return name


def incident_query(filters: Mapping[str, Any]) -> EventQuery:
    """The store query of a saved view's incidents: its filters over deduplicated incidents
    (feeds and webhooks tell of incidents, whatever view the map shows), without page limit."""
    params = SavedFilters.model_validate(dict(filters))
    return replace(params.to_query(limit=None), view="clusters", include_background=False, sort="-date")
