"""Bounded cost per document (issue 12, item 1; item 10's empty source and progress): inputs over
the size limit refused with a reason (JSON lines too), long articles cut, a per-document time
budget, deep HTML nesting unwrapped before parsing, linear lookups in the mention finder."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from marsad.article import read_article
from marsad.article.nesting import MAX_DEPTH, cap_nesting
from marsad.documents import iter_documents
from marsad.errors import LimitError
from marsad.extract.fatalities import find_fatalities
from marsad.extract.mention_scan import find_mentions
from marsad.extract.numbers import find_numbers
from marsad.ingest.limits import Limits, _Expired, cut_text, time_budget
from marsad.ingest.runner import IngestOptions, expected_documents, ingest, prepare
from marsad.models import Document, Failure
from marsad.pipeline import process
from marsad.store import open_store
from marsad.text.normalize import normalize
from test_ingest import CLASH, STRIKE, corpus_docs, write_jsonl

ARTICLE = " ".join([STRIKE.format(place="منبج", n=4), CLASH.format(place="حماة", n=6)])


def _failures(db: Path) -> list[tuple[str, str, str]]:
    s = open_store(db)
    with s.engine.connect() as conn:
        rows = conn.execute(text("SELECT doc_key, stage, reason FROM failures ORDER BY doc_key")).all()
    s.close()
    return [tuple(r) for r in rows]  # type: ignore[misc]


def test_a_json_line_over_the_limit_is_refused_unparsed_and_the_run_goes_on(tmp_path: Path) -> None:
    docs = corpus_docs(3)
    huge = json.dumps({"id": "huge", "text": ARTICLE * 400}, ensure_ascii=False)  # ~200 KB
    src = write_jsonl(tmp_path / "c.jsonl", docs, [huge])
    items = list(iter_documents(str(src), max_bytes=50_000))
    assert [type(i).__name__ for i in items] == ["Document"] * 3 + ["Failure"]
    assert items[3].stage == "limit" and "exceeds the limit of 50000" in items[3].reason  # type: ignore[union-attr]
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [str(src)], IngestOptions(limits=Limits(max_doc_bytes=50_000)))
    store.close()
    assert (s.documents_added, s.documents_failed, s.failure_stages) == (3, 1, {"limit": 1})
    assert _failures(tmp_path / "db.sqlite")[0][1] == "limit"


def test_files_over_the_limit_are_refused_with_the_reason(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(ARTICLE * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(ARTICLE, encoding="utf-8")
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [str(tmp_path)], IngestOptions(limits=Limits(max_doc_bytes=20_000)))
    store.close()
    assert (s.documents_added, s.failure_stages) == (1, {"limit": 1})
    [(key, _stage, reason)] = _failures(tmp_path / "db.sqlite")
    assert key == "big" and "exceeds the limit of 20000 bytes" in reason


def test_a_long_article_is_cut_at_a_paragraph_break_and_says_so(tmp_path: Path) -> None:
    body = "\n\n".join([ARTICLE] * 50)
    cut, note = cut_text(body, 5000)
    assert len(cut) <= 5000 and body.startswith(cut) and body[len(cut):].startswith("\n\n")
    assert note is not None and "cut to" in note
    assert cut_text(ARTICLE, 5000) == (ARTICLE, None)
    p = process(Document(id="long", text=body), max_text_chars=5000)
    assert len(p.article.body) <= 5000 and p.cut
    r = prepare(Document(id="long", text=body), "corpus", Limits(max_text_chars=5000))
    assert not isinstance(r, Failure) and "cut to" in r.meta["cut"]


def test_the_time_budget_interrupts_python_work_and_restores_the_timer() -> None:
    with pytest.raises(LimitError, match=r"time budget of 0\.2 s"), time_budget(0.2, "loop"):
        while True:
            pass
    with time_budget(5.0, "quick"):  # work within the budget is left alone
        sum(range(1000))
    time.sleep(0.05)  # nothing fires afterwards


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_over_its_time_budget_is_a_recorded_failure_and_the_batch_goes_on(
        tmp_path: Path, workers: int) -> None:
    process(Document(id="warm", text=ARTICLE))  # lexicons and gazetteer loaded outside the budget
    slow = {"id": "slow", "text": "\n\n".join([ARTICLE] * 3000)}  # about five seconds of work
    src = write_jsonl(tmp_path / "c.jsonl", [slow, *corpus_docs(2)])
    store = open_store(tmp_path / "db.sqlite")
    # Worker processes load the lexicons in their initializer, outside the budget too.
    s = ingest(store, [str(src)], IngestOptions(workers=workers, limits=Limits(time_budget=1.0, max_text_chars=0)))
    store.close()
    assert (s.documents_added, s.failure_stages) == (2, {"limit": 1})
    [(key, stage, reason)] = _failures(tmp_path / "db.sqlite")
    assert (key, stage) == ("slow", "limit") and "time budget" in reason


def test_deep_nesting_is_unwrapped_before_parsing_and_the_text_is_still_read() -> None:
    paras = "".join(f"<p>{STRIKE.format(place='منبج', n=k)}</p>" for k in range(3, 8))
    page = "<html><body>" + "<div>" * 100_000 + paras + "</div>" * 100_000 + "</body></html>"
    capped, dropped = cap_nesting(page)
    assert dropped == 100_000 - MAX_DEPTH and capped.count("<div>") == MAX_DEPTH
    art = read_article(Document(id="deep", html=page))
    assert "منبج" in art.body
    ordinary = "<html><body>" + "<p>a" * 2000 + "<div><div>x</div></div></body></html>"
    assert cap_nesting(ordinary) == (ordinary, 0)  # unclosed <p> and shallow divs are left alone


def test_fatalities_and_dates_lookups_match_the_pairwise_definition() -> None:
    """The bisection lookups give what pairing every number with every cue gave."""
    body = normalize(" ".join([ARTICLE, "قتل شخص في القصف، وسقط 3 قتلى و5 جرحى يوم 12 أيار.", ARTICLE] * 30)).text
    numbers = find_numbers(body)
    got = find_fatalities(body, numbers)
    assert len(got) >= 90 and all(body[f.start:f.end] for f in got)
    dates = [(m.start(), m.start() + 2) for m in __import__("re").finditer("12", body)]
    m = find_mentions(body, dates)
    assert all(not any(a <= n.start < b for a, b in dates) for n in m.numbers)
    assert len(m.numbers) == len([n for n in numbers if not any(a <= n.start < b for a, b in dates)])


def test_an_empty_jsonl_is_recorded_as_an_empty_source(tmp_path: Path) -> None:
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    store = open_store(tmp_path / "db.sqlite")
    s = ingest(store, [str(tmp_path / "empty.jsonl")])
    store.close()
    assert s.documents_failed == 1
    [(key, stage, reason)] = _failures(tmp_path / "db.sqlite")
    assert (key, stage) == ("empty", "read") and "empty source" in reason


def test_the_progress_knows_the_total_of_local_inputs_and_shows_the_dedup_phase(tmp_path: Path) -> None:
    from marsad.cli.ingest import progress_fields

    src = write_jsonl(tmp_path / "c.jsonl", corpus_docs(5))
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert expected_documents([str(src), str(tmp_path / "d")]) == 6
    assert expected_documents(["http://news.example/feed"]) is None
    seen: list[tuple[str, int | None, int]] = []
    store = open_store(tmp_path / "db.sqlite")
    ingest(store, [str(src)], on_progress=lambda c: seen.append((c.phase, c.total, c.seen)))
    store.close()
    assert seen[0][1] == 5 and ("documents", 5, 5) in seen and seen[-1][0] == "dedup"
    from marsad.ingest.runner import Counts

    c = Counts(seen=2, total=5)
    assert progress_fields(c)["total"] == 5 and progress_fields(c)["completed"] == 2
    c.phase = "dedup"
    assert progress_fields(c)["description"] == "deduplicating"


class _SlowToDie:
    """An object whose destructor runs past the budget: the expiry raised in it is swallowed."""

    def __del__(self) -> None:
        t = time.monotonic()
        while time.monotonic() - t < 0.3:
            pass


def test_an_expiry_a_destructor_swallows_is_reported_by_no_one_and_the_next_ends_the_document() -> None:
    seen: list[object] = []
    before = sys.unraisablehook
    sys.unraisablehook = seen.append
    try:
        with pytest.raises(LimitError), time_budget(0.05, "test"):
            _SlowToDie()  # gone at once: its destructor swallows the first expiry
            while True:
                pass  # the timer fires again and ends the block
    finally:
        sys.unraisablehook = before
    assert not [u for u in seen if isinstance(getattr(u, "exc_value", None), _Expired)]

