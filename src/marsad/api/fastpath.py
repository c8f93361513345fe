"""The hot path of the API: `GET /api/events` served by a plain Starlette endpoint.

`routes.list_events` declares the endpoint for FastAPI (its parameters, its answer, its errors:
what /openapi.json and /docs show); requests are answered here, in front of it, with the same
parameter model (`EventListParams`) validated by pydantic directly, the same store query and the
same JSON. FastAPI's per-request dependency machinery (about a quarter of a millisecond) is
skipped. Invalid parameters raise the same `RequestValidationError`, so errors read the same
(422, one line per parameter); `tests/test_api_fastpath.py` checks both paths answer alike.

Over SQLite the page query runs on the event loop itself, interrupted after `INLINE_LIMIT` and
then run again in a worker thread: the common shapes take 0.5 to 3 ms, and on two busy CPUs the
hand-off to a thread and the threads' contention for the interpreter cost more than that (p95 at
8 clients: 48 ms in threads, 28 ms inline, `marsad bench api`). A query that overruns holds the
loop for at most the limit. PostgreSQL queries always run in the thread pool.
"""

from __future__ import annotations

from typing import Any

from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from marsad.api.params import EventListParams
from marsad.api.responses import dumps
from marsad.store import Store, query_events
from marsad.store.dialects import OverTime

INLINE_LIMIT = 0.008  # seconds a page query may hold the event loop (SQLite) before it moves to a thread

# Parameters that may repeat (list fields); any other repeated parameter keeps its last value,
# as FastAPI does.
LIST_PARAMS = frozenset(name for name, f in EventListParams.model_fields.items()
                        if getattr(f.annotation, "__origin__", None) is list)


def query_data(request: Request) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for key, value in request.query_params.multi_items():
        if key in LIST_PARAMS:
            data.setdefault(key, []).append(value)
        else:
            data[key] = value
    return data


def _page(store: Store, params: EventListParams, time_limit: float | None = None) -> bytes:
    query = params.to_query(sort=params.sort, limit=params.limit, cursor=params.cursor)
    page = query_events(store, query, time_limit=time_limit)
    return dumps({"items": page.items, "next_cursor": page.next_cursor})


async def list_events(request: Request) -> Response:
    try:
        params = EventListParams.model_validate(query_data(request))
    except ValidationError as e:
        raise RequestValidationError(e.errors(include_url=False)) from e
    store: Store = request.app.state.store
    body = None
    if store.backend.queries_on_event_loop:
        # On the event loop, under a time limit: no thread hand-off and no contention for the
        # interpreter between threads, which on a busy machine costs more than the query itself.
        try:
            body = _page(store, params, INLINE_LIMIT)
        except OverTime:
            body = None  # a slow shape: run it again where it blocks nobody
    if body is None:
        body = await run_in_threadpool(_page, store, params)
    return Response(body, media_type="application/json")
