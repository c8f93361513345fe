"""The whole shared corpus into SQLite: no crash, every failure recorded with its reason,
documents/s reported; a second run adds no document and no event."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from conftest import require_shared
from ingest_support import ingest_in_a_process
from marsad.bench.dedup import quality
from marsad.store import open_store, stats


@pytest.mark.slow
@pytest.mark.shared
def test_shared_corpus_ingests_once(tmp_path: Path) -> None:
    corpus = sorted(str(p) for p in require_shared("corpus").glob("*.jsonl"))
    assert corpus
    first = ingest_in_a_process(tmp_path / "corpus.sqlite", corpus, workers=2)
    store = open_store(tmp_path / "corpus.sqlite")
    seen = first.documents_added + first.documents_skipped + first.documents_failed
    assert first.documents_seen == seen and first.documents_added > 1000
    assert first.events_added > 0 and first.clusters > 0 and first.docs_per_s > 0
    with store.engine.connect() as conn:
        blank = conn.execute(text("SELECT count(*) FROM failures WHERE reason = '' OR stage = ''")).scalar()
    assert blank == 0
    assert stats(store)["failures"] == first.documents_failed
    store.close()
    # The dedup benchmark's incidents from the corpus's own events: pairwise F1 ≥ 0.90 (issue 6),
    # as the mean of the five seeds docs/dedup.md reports (one seed's draw moves by ±0.01 with
    # any change of the event set); no seed below 0.88.
    runs = [quality(0, 40.0, seed, [], from_store=str(tmp_path / "corpus.sqlite")) for seed in range(1, 6)]
    f1 = [float(r["f1"]) for r in runs]  # type: ignore[arg-type]
    assert sum(f1) / len(f1) >= 0.90 and min(f1) >= 0.88, runs
    dedup = runs[0]
    second = ingest_in_a_process(tmp_path / "corpus.sqlite", corpus, workers=2)
    assert (second.documents_added, second.events_added) == (0, 0)
    print(f"\ncorpus: {first.documents_added} added, {first.documents_skipped} skipped, "
          f"{first.documents_failed} failed, {first.events_added} events, {first.clusters} clusters, "
          f"{first.docs_per_s} docs/s; dedup on reports of its events: {dedup}")
