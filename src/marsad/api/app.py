"""The application factory: `create_app(store_url, settings)` → a FastAPI app serving the API
under /api, the map at /, the API documentation at /docs (schema at /openapi.json) and the static
files under /static.

The store is opened read-only (queries only; SQLite's `query_only`) unless a write token is
configured, in which case the write endpoint gets a writable store of its own.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException

from marsad import __version__
from marsad.api import alerts, exporting, fastpath, pages, review, routes, writes
from marsad.api.cache import ResponseCache
from marsad.api.hosts import TrustedHosts
from marsad.api.responses import UTF8JSONResponse, handle_error
from marsad.api.security import SecurityHeaders
from marsad.api.settings import ApiSettings
from marsad.errors import MarsadError
from marsad.store import Store, open_store
from marsad.store.changes import ChangeWatch

SERVE_DB = "MARSAD_SERVE_DB"  # the database of `marsad serve --workers N` (read by each worker)

DESCRIPTION = """Conflict events read from Arabic news, typed with ACLED's codebook, deduplicated
across reports, every field traceable to the words of its source article.

Read-only unless the server was started with `MARSAD_API_TOKEN`. All JSON is UTF-8. Errors are
`{"error": {"status", "message", "details"}}`; invalid parameters answer 422."""


def create_app(store_url: str | Path | None = None, settings: ApiSettings | None = None, *,
               store: Store | None = None, fast_path: bool = True) -> FastAPI:
    """The web app over the store at `store_url` (a SQLite path or a database URL; None: the
    configured database). `settings` default to the environment (`ApiSettings.from_env`).
    `fast_path=False` leaves `GET /api/events` to FastAPI (see `marsad.api.fastpath`).
    Raises StoreError when there is no readable marsad database there."""
    settings = settings or ApiSettings.from_env()
    store = store or open_store(store_url, readonly=True)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        app.state.change_watch.close()
        store.close()
        ws: Any = app.state.write_store
        if ws is not None:
            ws.close()

    app = FastAPI(title="marsad", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  default_response_class=UTF8JSONResponse, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json")
    app.state.store = store
    app.state.settings = settings
    app.state.write_store = None
    app.state.store_url = store.url
    for exc in (RequestValidationError, HTTPException, MarsadError):
        app.add_exception_handler(exc, handle_error)
    if fast_path:  # in front of routes.list_events, which documents it
        app.add_route("/api/events", fastpath.list_events, methods=["GET"], include_in_schema=False)
    app.include_router(routes.router)
    app.include_router(exporting.router)
    app.include_router(writes.router)
    app.include_router(alerts.router)
    app.include_router(review.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(pages.STATIC_DIR)), name="static")
    watch = ChangeWatch(store)
    app.state.change_watch = watch
    if settings.cache_mb:
        app.add_middleware(ResponseCache, token=watch.token, max_bytes=settings.cache_mb * 1024 * 1024,
                           in_thread=not store.backend.queries_on_event_loop)
    app.add_middleware(SecurityHeaders, settings=settings)  # cached answers get them too
    if settings.allowed_hosts is not None:  # outermost: another Host gets nothing else
        app.add_middleware(TrustedHosts, hosts=settings.allowed_hosts)

    return app


def app_from_env() -> FastAPI:
    """The app of one worker process of `marsad serve --workers N` (uvicorn factory): the store
    named by $MARSAD_SERVE_DB (empty: the configured database)."""
    return create_app(os.environ.get(SERVE_DB) or None)
