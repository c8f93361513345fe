"""Matches of a text's prefix read off the scan of the whole text (`find_prefix`): the lexicon's
matchers (alone and in the shared scan) and the gazetteer's name matcher must give for every cut
exactly what a scan of the cut text gives, so that the lead's place context (`marsad.geo.resolve.
document_context_from`) is the one a scan of the lead gives."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from conftest import require_shared
from marsad.article import read_article
from marsad.geo.gazetteer import EMBEDDED_PATH, Gazetteer, load
from marsad.geo.names import NameMatcher
from marsad.geo.resolve import context_from, document_context_from
from marsad.models import Document
from marsad.text import norm
from marsad.text.match import PhraseMatcher, SharedScan
from marsad.text.normalize import fold_table, normalize
from test_match_shared import LEXICONS, SENTENCES


@cache
def embedded() -> Gazetteer:
    return load(EMBEDDED_PATH)


def _cuts(text: str) -> range:
    """Every cut: inside a word, at its end, at the next word's start, past the end."""
    return range(len(text) + 2)


@pytest.fixture(scope="module")
def matchers() -> list[PhraseMatcher[Any]]:
    scan = SharedScan(first_build=0)
    own = [PhraseMatcher(e) for e in LEXICONS]
    shared = [PhraseMatcher(e, shared=scan) for e in LEXICONS]
    scan.matches(0, "نص أول")  # builds the shared automaton: the shared matchers drop their own
    assert scan.matchers == len(LEXICONS)
    return own + shared


@pytest.mark.parametrize("sentence", SENTENCES)
def test_phrase_matches_of_a_prefix(matchers: list[PhraseMatcher[Any]], sentence: str) -> None:
    text = norm(sentence)
    ends_at_cut = 0
    for m in matchers:
        for n in _cuts(text):
            prefix = m.find_prefix(text, n)
            assert prefix == m.find(text[:n]), (n, text[:n])
            ends_at_cut += sum(x.end == n < len(text) and text[n] != " " for x in prefix)
    if sentence == SENTENCES[-1]:  # all sentences: cuts inside words give matches the whole text lacks
        assert ends_at_cut


def test_phrase_matches_of_a_prefix_where_a_word_runs_on() -> None:
    m = PhraseMatcher([("استهدف*", "target"), ("شن* غارات", "air"), ("قتل", "killed")])
    text = norm("واستهدفتهم الطائرات وشنوا غارات فقتلوا")
    assert m.find_prefix(text, 7)[0].end == 7  # "واستهد" has no match; "واستهدف" ends at the cut
    assert [x.end for x in m.find_prefix(text, 9)] == [9]  # "واستهدفته": the "*" runs on to the cut
    for n in _cuts(text):
        assert m.find_prefix(text, n) == m.find(text[:n]), n


@pytest.mark.parametrize("sentence", SENTENCES)
def test_name_matches_of_a_prefix(sentence: str) -> None:
    g = embedded()
    small = NameMatcher(["الرقه", "حلب", "دير الزور", "دير", "الموصل", "بغداد", "ريف"])
    text = norm(sentence)
    for matcher in (g.matcher, small):
        for n in _cuts(text):
            assert matcher.find_prefix(text, n) == matcher.find(text[:n]), (n, text[:n])
    cut = text.index("الرقه") + 3 if "الرقه" in text else None
    if cut is not None:  # "والر|قة": the cut word is no name; "الرقة" is one in the whole text
        assert not any(m.key == "الرقه" for m in small.find_prefix(text, cut))
        assert any(m.key == "الرقه" for m in small.find(text))


def test_normalized_text_is_its_own_normalization() -> None:
    """`is_normal` relies on it: the fold table maps only to characters it leaves alone."""
    table = fold_table()
    assert all(v is None or all(ord(c) not in table for c in v) for v in table.values())


def test_the_lead_context_is_that_of_a_scan_of_the_lead() -> None:
    g = embedded()
    corpus = require_shared("corpus", "saudinewsnet-syria-iraq-2015.jsonl")
    with corpus.open(encoding="utf-8") as f:
        rows = [json.loads(line) for _, line in zip(range(60), f, strict=False)]
    differ = 0
    for row in rows:
        doc = Document(id=row["id"], text=row.get("text"), title=row.get("title"))
        a = read_article(doc)
        nt = normalize(a.full_text)
        for lead in (40, 300, 1500, len(nt.text) + 5):
            expected = context_from(g, a.title, list(a.section), nt.text[:lead])
            assert document_context_from(g, a.title, list(a.section), nt, lead) == expected, (row["id"], lead)
        differ += context_from(g, a.title, list(a.section), nt.text[:300]) != context_from(g, a.title, list(a.section))
    assert differ  # the lead does weigh in
