"""The event store: the one place that writes SQL (SQLAlchemy Core; SQLite or PostgreSQL).

    store = open_store("marsad.db")            # or a postgresql:// URL, or None for the default
    save_document(store, new_document, origin="corpus.jsonl")
    page = query_events(store, EventQuery(admin1=("Aleppo",), view="clusters"))
    stats(store)["events"]
"""

from marsad.ids import content_hash, document_id, event_id
from marsad.store.engine import Store, database_url, open_store
from marsad.store.lookup import get_document, get_event, stats
from marsad.store.queries import EventQuery, Page, iter_rows, parse_bbox, query_events
from marsad.store.repository import (
    NewDocument,
    SaveResult,
    find_document,
    finish_run,
    record_failure,
    save_document,
    save_documents,
    start_run,
)

__all__ = ["EventQuery", "NewDocument", "Page", "SaveResult", "Store", "content_hash", "database_url",
           "document_id", "event_id", "find_document", "finish_run", "get_document", "get_event",
           "iter_rows", "open_store", "parse_bbox", "query_events", "record_failure", "save_document",
           "save_documents", "start_run", "stats"]
