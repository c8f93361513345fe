"""The ACLED CSV of the whole shared corpus: every column within ACLED's domain (issue 12, item 8).

The corpus is read from ../shared (MARSAD_SHARED); the test skips when it is absent. The expected
domains are ACLED's codebook as `test_acled.py` writes it (not taken from `marsad.acled`)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date
from pathlib import Path

import pycountry
import pytest

from conftest import require_shared
from ingest_support import ingest_in_a_process
from marsad.export import ACLED_COLUMNS, export
from marsad.store import EventQuery, open_store
from test_acled import CODEBOOK, CODEBOOK_DISORDER, CODEBOOK_INTER, CODEBOOK_REGIONS

pytestmark = [pytest.mark.slow, pytest.mark.shared]

DISORDER = set(CODEBOOK_DISORDER.values())
INTERS = {str(i) for i in CODEBOOK_INTER}
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _interaction(i1: str, i2: str) -> str:
    return str(int(i1) * 10) if not i2 else "".join(sorted((i1, i2)))


def _check_row(r: dict[str, str]) -> list[str]:
    bad = []
    d = date.fromisoformat(r["event_date"])
    if r["year"] != str(d.year) or r["time_precision"] not in {"1", "2", "3"}:
        bad.append("date")
    if r["event_type"] not in CODEBOOK or r["sub_event_type"] not in CODEBOOK[r["event_type"]]:
        bad.append("type")
    if r["disorder_type"] not in DISORDER:
        bad.append("disorder_type")
    if not r["actor1"] or r["inter1"] not in INTERS:
        bad.append("actor1")
    if bool(r["actor2"]) != bool(r["inter2"]) or (r["inter2"] and r["inter2"] not in INTERS):
        bad.append("actor2")
    if r["interaction"] != _interaction(r["inter1"], r["inter2"]):
        bad.append("interaction")
    if r["civilian_targeting"] not in {"", "Civilian targeting"}:
        bad.append("civilian_targeting")
    country = pycountry.countries.get(numeric=r["iso"].zfill(3))
    if country is None or not r["country"] or r["region"] not in CODEBOOK_REGIONS:
        bad.append("country")
    elif not re.fullmatch(rf"{country.alpha_3}\d{{1,15}}", r["event_id_cnty"]):
        bad.append("event_id_cnty")
    if r["latitude"] and not (-90 <= float(r["latitude"]) <= 90 and -180 <= float(r["longitude"]) <= 180):
        bad.append("coordinates")
    if r["geo_precision"] not in {"1", "2", "3"}:
        bad.append("geo_precision")
    if not r["fatalities"].isdigit() or not r["timestamp"].isdigit() or not r["source"]:
        bad.append("fatalities/timestamp/source")
    bad += [f"formula in {k}" for k, v in r.items() if k not in ("latitude", "longitude") and v.startswith(FORMULA)]
    return bad


def test_every_column_of_the_corpus_export_is_in_acleds_domain(tmp_path: Path) -> None:
    corpus = sorted(str(p) for p in require_shared("corpus").glob("*.jsonl"))
    assert corpus
    ingest_in_a_process(tmp_path / "corpus.sqlite", corpus, workers=2)
    store = open_store(tmp_path / "corpus.sqlite")
    try:
        out = io.StringIO()
        result = export(store, EventQuery(limit=None), "acled-csv", out, timestamp=1)
    finally:
        store.close()
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == ACLED_COLUMNS and len(rows) == result.rows > 1000
    assert result.incomplete < result.rows / 5  # rows without a date (undated background) or a country
    problems = {r["event_id_cnty"] or str(i): p for i, r in enumerate(rows) if (p := _check_row(r))}
    assert not problems, list(problems.items())[:10]
    ids = [r["event_id_cnty"] for r in rows]
    assert len(set(ids)) == len(ids)
