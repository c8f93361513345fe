"""Extraction run again over stored documents: a newer engine, or aliases learnt from reviews, read
the articles the store already holds (`documents.raw`, as received) and their reports are replaced
(`marsad.store.repository.replace_events`, one transaction per document); deduplication then places
the new reports. Reviewed fields stick: the reviews follow their reports by anchor and their
incidents by their reports (`marsad.store.review`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from marsad.dedup import deduplicate
from marsad.ingest.runner import prepare
from marsad.models import Document, Failure
from marsad.store import Store, record_failure
from marsad.store import schema as t
from marsad.store.repository import replace_events


@dataclass(frozen=True, slots=True)
class ReextractSummary:
    documents: int
    failed: int
    reports_removed: int
    reports_written: int
    clusters: int  # clusters written by the deduplication that followed


def stored_documents(store: Store, ids: tuple[str, ...] = ()) -> Iterator[tuple[str, Document]]:
    """(document id, the input document rebuilt from what the store kept) for every stored
    document (or the ones of `ids`), in id order."""
    d = t.documents
    stmt = select(d.c.id, d.c.doc_key, d.c.raw_kind, d.c.raw, d.c.title, d.c.published, d.c.url, d.c.source)
    if ids:
        stmt = stmt.where(d.c.id.in_(ids))
    with store.engine.connect() as conn:
        rows = conn.execute(stmt.order_by(d.c.id)).all()
    for r in rows:
        published = date.fromisoformat(r.published) if r.published else None
        if r.raw_kind == "html":
            doc = Document(id=r.doc_key, html=r.raw, published=published, url=r.url, source=r.source)
        elif r.title and r.raw.startswith(f"{r.title}\n\n"):
            doc = Document(id=r.doc_key, text=r.raw[len(r.title) + 2:], title=r.title, published=published,
                           url=r.url, source=r.source)
        else:
            doc = Document(id=r.doc_key, text=r.raw, published=published, url=r.url, source=r.source)
        yield r.id, doc


Stored = Iterator[tuple[str, Document]]


def reextract(store: Store, ids: tuple[str, ...] = (),
              track: Callable[[Stored], Iterable[tuple[str, Document]]] | None = None) -> ReextractSummary:
    """Extract the stored documents (all, or `ids`) again and replace their reports; then
    deduplicate. `track` wraps the documents' iteration (a progress bar)."""
    n = failed = removed = written = 0
    docs = stored_documents(store, ids)
    for doc_id, doc in track(docs) if track is not None else docs:
        n += 1
        result = prepare(doc, "reextract")
        if isinstance(result, Failure):
            failed += 1
            record_failure(store, origin="reextract", doc_key=doc.id, stage=result.stage, reason=result.reason,
                           url=doc.url, details=result.details)
        else:
            gone, new = replace_events(store, doc_id, result)
            removed += gone
            written += new
    dedup = deduplicate(store)
    return ReextractSummary(n, failed, removed, written, dedup.clusters)
