"""Invisible characters (issue 12, item 3): zero-width characters and bidi controls are removed
from the stored article and source name, so evidence, every export format, the API and the page
never carry them, and every span still points at the right words."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from marsad.api import create_app
from marsad.api.settings import ApiSettings
from marsad.export import FORMATS, export, export_text
from marsad.ingest.runner import ingest
from marsad.store import EventQuery, open_store
from marsad.text.invisible import INVISIBLE, strip_invisible
from test_ingest import STRIKE, write_jsonl

CONTROLS = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
ANY_CONTROL = re.compile(f"[{CONTROLS}]")


def _dirty(s: str) -> str:
    """Every control slipped in somewhere: between words, inside words, around numbers."""
    words = s.split(" ")
    for i, c in enumerate(CONTROLS):
        k = (i * 5) % len(words)
        w = words[k]
        words[k] = w[:1] + c + w[1:] if i % 2 else c + w
    return " ".join(words)


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("invisible")
    doc = {"id": "bidi", "published": "2024-03-02", "source": "\u202eوكالة\u202c الأنباء\u200b",
           "url": "https://news.example/bidi", "title": _dirty("قصف جوي على مدينة منبج"),
           "text": _dirty(STRIKE.format(place="منبج", n=4)) + "\n\n" + _dirty(STRIKE.format(place="الباب", n=3))}
    store = open_store(folder / "db.sqlite")
    s = ingest(store, [str(write_jsonl(folder / "c.jsonl", [doc]))])
    store.close()
    assert s.documents_added == 1 and s.events_added >= 1
    return folder / "db.sqlite"


def test_strip_invisible() -> None:
    assert strip_invisible("م\u200bن\u202eب\u2066ج") == "منبج"
    assert strip_invisible("plain") == "plain"
    assert INVISIBLE.pattern


def test_stored_text_and_spans_are_clean(db: Path) -> None:
    from sqlalchemy import text

    store = open_store(db)
    with store.engine.connect() as conn:
        body, norm, source, title = conn.execute(text("SELECT body, norm_text, source, title FROM documents")).one()
        evidence = conn.execute(text("SELECT text, span_start, span_end FROM evidence")).all()
    store.close()
    for value in (body, norm, source, title):
        assert not ANY_CONTROL.search(value), value
    assert source == "وكالة الأنباء"
    assert evidence
    for words, a, b in evidence:
        assert not ANY_CONTROL.search(words) and words in (body[a:b], norm[a:b])  # offsets still true


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("view", ["clusters", "reports"])
def test_every_export_format_is_clean(db: Path, fmt: str, view: str, tmp_path: Path) -> None:
    store = open_store(db)
    q = EventQuery(view=view, limit=None)
    if fmt == "parquet":
        export(store, q, fmt, tmp_path / "out.parquet")
        out = json.dumps(pq.read_table(tmp_path / "out.parquet").to_pylist(), ensure_ascii=False, default=str)
    else:
        out = export_text(store, q, fmt, timestamp=1)
    store.close()
    assert "منبج" in out
    assert not ANY_CONTROL.search(out)


def test_the_api_and_the_page_data_are_clean(db: Path) -> None:
    with TestClient(create_app(db, ApiSettings())) as c:
        events = c.get("/api/events?view=reports&limit=100").text
        doc_id = c.get("/api/events?view=reports&limit=1").json()["items"][0]["document_id"]
        document = c.get(f"/api/documents/{doc_id}").json()
        clusters = c.get("/api/events?limit=100").text
    assert "منبج" in events and not ANY_CONTROL.search(events) and not ANY_CONTROL.search(clusters)
    for key in ("body", "norm_text", "title", "source"):
        assert not ANY_CONTROL.search(document[key] or ""), key
