"""Fuzzing `marsad ingest` (issue 12, "Done when"): documents of random bytes, random Unicode
(bidi controls, presentation forms, combining marks, zero-width characters mixed with Arabic)
and random HTML nesting go through `marsad.ingest.runner.ingest`, the library function of the
command. Every document must be stored or recorded as a failure with a reason, and the whole
batch must finish within the per-document time budget."""

from __future__ import annotations

import json
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from marsad.ingest.limits import Limits
from marsad.ingest.runner import IngestOptions, ingest
from marsad.models import Document
from marsad.pipeline import process
from marsad.store import open_store

BUDGET = 5.0  # seconds per document
ARABIC_WORDS = ["قصف", "مدينة", "حلب", "مقتل", "ثلاثة", "مدنيين", "غارة", "جوية", "قوات", "النظام", "في", "على",
                "اشتباكات", "درعا", "أمس", "٣", "27", "تنظيم", "داعش"]
# Characters that break naive text handling: bidi controls, zero-width, Arabic presentation forms,
# combining marks (Arabic and Latin), tatweel, Arabic-Indic digits, NUL-free controls, surrogates
# are impossible in str, so the widest planes are drawn by st.characters.
SPECIAL = st.sampled_from(
    [chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), *range(0x200B, 0x2010), 0x061C, 0xFEFF,
                      0x0640, 0x064B, 0x0651, 0x0670, 0x0301, 0x0327, 0x20DD, 0xFDFA, 0xFDF2, 0xFEFB, 0xFE8D,
                      0xFB50, 0xFC5E, 0x0660, 0x06F9, 0x00A0, 0x2028, 0x2029, 0x0085)])
UNICODE = st.lists(st.one_of(st.sampled_from(ARABIC_WORDS), SPECIAL, st.sampled_from([" ", "\n", "\n\n", ".", "،"]),
                             st.characters(codec="utf-8", exclude_categories=("Cs",))), min_size=0, max_size=400) \
    .map("".join)
TAGS = st.sampled_from(["div", "p", "span", "b", "article", "section", "table", "td", "li", "script", "a", "i"])


@st.composite
def nested_html(draw: st.DrawFn) -> str:
    depth = draw(st.integers(0, 3000))
    tag = draw(TAGS)
    inner = draw(UNICODE)
    close = draw(st.booleans())
    head = draw(st.sampled_from(["", "<!doctype html>", '<meta charset="utf-8">', '<meta charset="windows-1256">']))
    return (f"{head}<html><body>" + f"<{tag}>" * depth + inner
            + (f"</{tag}>" * depth if close else "") + "</body></html>")


DOCUMENT = st.one_of(
    st.binary(min_size=0, max_size=3000).map(lambda b: ("bytes", b)),
    UNICODE.map(lambda s: ("text", s)),
    nested_html().map(lambda s: ("html", s)),
    UNICODE.map(lambda s: ("bytes", s.encode("utf-8"))),
)


def _write(folder: Path, docs: list[tuple[str, str | bytes]]) -> list[str]:
    """Raw bytes become .txt/.html files (read and decoded by the reader); text and HTML become
    JSON lines. Returns the sources."""
    lines = []
    for i, (kind, value) in enumerate(docs):
        if kind == "bytes":
            assert isinstance(value, bytes)
            (folder / f"f{i}.{'html' if i % 2 else 'txt'}").write_bytes(value)
        else:
            lines.append(json.dumps({"id": f"j{i}", kind: value}, ensure_ascii=False))
    sources = [str(p) for p in sorted(folder.iterdir())]
    if lines:
        (folder / "docs.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        sources.append(str(folder / "docs.jsonl"))
    return sources


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow, HealthCheck.data_too_large])
@given(docs=st.lists(DOCUMENT, min_size=1, max_size=6))
def test_every_fuzzed_document_is_stored_or_a_failure_with_a_reason(tmp_path_factory, docs) -> None:  # type: ignore[no-untyped-def]
    process(Document(id="warm", text="قصف على حلب"))  # lexicons and gazetteer loaded outside the budget
    folder = tmp_path_factory.mktemp("fuzz")
    src = folder / "in"
    src.mkdir()
    sources = _write(src, docs)
    store = open_store(folder / "db.sqlite")
    t = time.monotonic()
    s = ingest(store, sources, IngestOptions(limits=Limits(time_budget=BUDGET)))
    elapsed = time.monotonic() - t
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM documents")).scalar()
        reasons = [r for (r,) in conn.execute(text("SELECT reason FROM failures"))]
    store.close()
    # Every document seen is accounted for: stored, skipped as a copy of an earlier one, or failed.
    assert s.documents_seen == s.documents_added + s.documents_skipped + s.documents_failed
    assert s.documents_seen >= len(docs)
    assert stored == s.documents_added
    assert len(reasons) == s.documents_failed and all(r and r.strip() for r in reasons)
    assert elapsed < BUDGET * max(1, s.documents_seen) + 10  # the budget held (plus dedup and I/O)
