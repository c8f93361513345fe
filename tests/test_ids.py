"""One event-id scheme: `marsad events` (the pipeline) and the store give an event the same id."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import text

from marsad import ids
from marsad.documents import iter_documents
from marsad.ingest.runner import IngestOptions, ingest
from marsad.models import Document
from marsad.pipeline import process
from marsad.store import open_store

SAMPLES = Path(__file__).resolve().parents[1] / "src" / "marsad" / "data" / "samples"


def test_pipeline_and_store_give_the_same_event_ids(tmp_path: Path) -> None:
    sample = SAMPLES / "deir_ezzor_shelling.html"
    docs = list(iter_documents(str(sample)))
    assert len(docs) == 1 and isinstance(docs[0], Document)
    events = process(docs[0]).events
    assert events and all(e.id and re.fullmatch(r"e[0-9a-f]{16}", e.id) for e in events)
    store = open_store(tmp_path / "ids.sqlite")
    try:
        ingest(store, [str(sample)], IngestOptions(workers=1))
        with store.engine.connect() as conn:
            stored = set(conn.execute(text("SELECT id FROM events")).scalars())
    finally:
        store.close()
    assert {e.id for e in events} == stored


def test_event_ids_depend_on_the_document_and_the_position() -> None:
    doc = next(iter_documents(str(SAMPLES / "deir_ezzor_shelling.html")))
    assert isinstance(doc, Document)
    events = process(doc).events
    first = events[0]
    assert ids.event_id("d1", 0, first) != ids.event_id("d2", 0, first) != ids.event_id("d1", 1, first)
    assert [e.id for e in ids.with_ids("d1", events)] == [ids.event_id("d1", i, e) for i, e in enumerate(events)]
