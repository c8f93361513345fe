"""Identifiers that derive from content, so a re-run gives every row the id it had: a document's
(`document_id` of `content_hash`) and its events' (`event_id`). The one event-id scheme: the
pipeline (`marsad events`, the API's write endpoint) and the store give an event the same id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import replace

from marsad.models import Document, Event


def sha256(data: str | bytes) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


def raw_content(doc: Document) -> tuple[str, bytes]:
    """(kind, bytes) of what the document brought: its HTML page or its text (title included)."""
    if doc.html_bytes is not None:
        return "html", doc.html_bytes
    if doc.html is not None:
        return "html", doc.html.encode("utf-8")
    text = doc.text or ""
    if doc.title:
        text = f"{doc.title}\n\n{text}"
    return "text", text.encode("utf-8")


def content_hash(doc: Document) -> str:
    """The identity of an input document: sha256 of its raw content (HTML or title and text)."""
    return sha256(raw_content(doc)[1])


def document_id(content_hash_: str) -> str:
    return "d" + content_hash_[:16]


def event_key(seq: int, ev: Event) -> str:
    loc = ev.location.name if ev.location else ""
    a1 = ev.actor1.name if ev.actor1 else ""
    date = ev.event_date.isoformat() if ev.event_date else ""
    return f"{seq}|{ev.event_type}|{ev.sub_event_type}|{date}|{loc}|{a1}"


def event_id(doc_id: str, seq: int, ev: Event) -> str:
    """The id of the `seq`-th event of document `doc_id`: "e" and 16 hex digits."""
    return "e" + sha256(f"{doc_id}|{event_key(seq, ev)}")[:16]


def with_ids(doc_id: str, events: Iterable[Event]) -> list[Event]:
    """The events with their stable ids set (a repeated key within a document gets its own id)."""
    return [replace(ev, id=event_id(doc_id, seq, ev)) for seq, ev in enumerate(events)]
