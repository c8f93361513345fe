"""The one write endpoint: POST /api/documents ingests a document (the input format of
docs/format.md) through the same path as `marsad ingest`: extraction, one transaction per document,
then deduplication. It needs `Authorization: Bearer $MARSAD_API_TOKEN`; without a configured token
the server is read-only and the endpoint answers 403.

Writes are serialized (one writer per server); readers are never blocked (SQLite WAL).
"""

from __future__ import annotations

import threading
from typing import Any

from fastapi import APIRouter, Depends, Request
from pydantic import BaseModel, ConfigDict, Field, model_validator

from marsad.api.params import IsoDate
from marsad.api.routes import ERRORS
from marsad.api.schemas import ErrorOut, SavedDocument
from marsad.api.security import require_token
from marsad.dedup import deduplicate
from marsad.errors import InputError
from marsad.ingest.runner import prepare
from marsad.models import Document, Failure
from marsad.store import Store, open_store, record_failure, save_document

MAX_TEXT = 2_000_000
write_lock = threading.Lock()

router = APIRouter(prefix="/api", tags=["write (token)"])


class DocumentIn(BaseModel):
    """An input document: `text` or `html`, with what is known about it."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1, max_length=300)
    text: str | None = Field(None, max_length=MAX_TEXT)
    html: str | None = Field(None, max_length=MAX_TEXT)
    title: str | None = Field(None, max_length=2000)
    published: IsoDate | None = None
    url: str | None = Field(None, max_length=2000, pattern=r"^https?://\S+$")
    source: str | None = Field(None, max_length=200)

    @model_validator(mode="after")
    def _one_body(self) -> DocumentIn:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' and 'html'")
        return self


def write_store(request: Request) -> Store:
    app: Any = request.app
    if app.state.write_store is None:
        app.state.write_store = open_store(app.state.store_url)
    store: Store = app.state.write_store
    return store


@router.post("/documents", response_model=SavedDocument, dependencies=[Depends(require_token)],
             responses={400: {"model": ErrorOut, "description": "the body is not JSON"}, 401: {"model": ErrorOut},
                        403: {"model": ErrorOut}, **ERRORS},
             summary="Ingest one document (needs the API token)")
def post_document(request: Request, body: DocumentIn) -> dict[str, Any]:
    """Extract the document's events, store them (skipped when the same URL or content is already
    stored) and deduplicate. Answers the stored document id and how many events it brought."""
    doc = Document(id=body.id, text=body.text, html=body.html, title=body.title, published=body.published,
                   url=body.url, source=body.source)
    origin = "api"
    result = prepare(doc, "api")
    with write_lock:
        store = write_store(request)
        if isinstance(result, Failure):
            record_failure(store, origin=origin, doc_key=doc.id, stage=result.stage, reason=result.reason,
                           url=doc.url, details=result.details)
            raise InputError(result.reason, doc.id)
        saved = save_document(store, result, origin=origin)
        if saved.added:
            deduplicate(store)
    return {"document_id": saved.document_id, "added": saved.added, "reason": saved.reason, "events": saved.events}
