"""The shared scan (`marsad.text.match.SharedScan`): one automaton for every lexicon matcher must
give each matcher exactly the matches, in the same order, that its own automaton gives, over the
whole text and over any range of it."""

from __future__ import annotations

from typing import Any

import pytest

from marsad import lexicon
from marsad.text import norm
from marsad.text.match import PhraseMatcher, SharedScan

# Sentences written for this test: clitics (و ف ب ل ك, the article, ل eliding its alef), phrases
# of several words, "*" endings inside and at the end of phrases, overlapping phrases of different
# lexicons, punctuation and digits next to words, and words that only contain a phrase.
SENTENCES = [
    "قتل خمسة مدنيين وأصيب عشرة آخرون في غارات جوية شنتها طائرات حربية على بلدة في ريف حلب الشمالي.",
    "وللرقة، قالت مصادر محلية إن تنظيم الدولة الإسلامية استهدف بالمدفعية حاجزاً للجيش السوري.",
    "أعلنت وزارة الدفاع أن قوات التحالف الدولي نفذت 12 ضربة قرب الموصل يوم الجمعة الماضي.",
    "تظاهر مئات الطلاب أمام مبنى المحافظة احتجاجاً على انقطاع الكهرباء، ولم تسجل إصابات.",
    "وبحسب المرصد، فإن الاشتباكات بين الفصائل المعارضة وقوات النظام أسفرت عن مقتل 7 مقاتلين.",
    "انفجرت سيارة مفخخة في سوق شعبي ببغداد، ما أدى إلى سقوط قتلى وجرحى بحسب الشرطة العراقية.",
    "لم يعلن أحد مسؤوليته عن الهجوم، فيما نفت الحكومة أي تورط لقواتها في القصف.",
    "مستهدفات حلبية والرقتين: كلمات تحوي عبارات ولا تطابقها",
]
SENTENCES.append(" ".join(SENTENCES))  # a longer text: hits near each other and far apart


def _entries(file: str, section: str, payload: str) -> list[tuple[str, Any]]:
    return [(t, e.get(payload, section)) for e in lexicon.section(file, section) for t in e["ar"]]


LEXICONS = [
    _entries("cues.yaml", "cues", "type"),
    _entries("cues.yaml", "weapons", "weapon"),
    _entries("cues.yaml", "roles", "role"),
    _entries("modality.yaml", "sources", "source"),
    _entries("modality.yaml", "negation", "negation"),
    [("الرقة", "raqqa"), ("دير الزور", "deir"), ("استهدف*", "target"), ("شن* غارات", "air"), ("حلب", "aleppo"),
     ("قوات التحالف الدولي", "coalition"), ("التحالف", "coalition-short"), ("قتل", "killed")],
]


@pytest.fixture(scope="module")
def pairs() -> list[tuple[PhraseMatcher[Any], PhraseMatcher[Any]]]:
    scan = SharedScan(first_build=0)
    out = [(PhraseMatcher(e), PhraseMatcher(e, shared=scan)) for e in LEXICONS]
    scan.matches(0, "نص أول")  # the first new text builds the automaton with every matcher
    assert scan.matchers == len(LEXICONS)
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_shared_scan_finds_what_each_matcher_finds(pairs: list[tuple[PhraseMatcher[Any], PhraseMatcher[Any]]],
                                                   sentence: str) -> None:
    text = norm(sentence)
    found_any = False
    for alone, shared in pairs:
        assert shared.find(text) == alone.find(text)
        assert shared.find_longest(text) == alone.find_longest(text)
        found_any = found_any or bool(alone.find(text))
    assert found_any or "كلمات" in text


@pytest.mark.parametrize("sentence", SENTENCES[:3])
def test_shared_scan_in_ranges(pairs: list[tuple[PhraseMatcher[Any], PhraseMatcher[Any]]], sentence: str) -> None:
    text = norm(sentence)
    cuts = sorted({0, len(text), *(i for i, c in enumerate(text) if c == " "), *(i + 1 for i, c in enumerate(text)
                                                                                  if c == " ")})
    for alone, shared in pairs:
        for a in cuts[::3]:
            for b in cuts[::4]:
                if a <= b:
                    assert shared.find(text, a, b) == alone.find(text, a, b), (a, b)


def test_a_matcher_built_later_is_taken_in_at_a_rebuild() -> None:
    scan = SharedScan(first_build=1)
    first = PhraseMatcher([("حلب", 1)], shared=scan)
    t1 = norm("قصف على حلب")
    assert [m.payload for m in first.find(t1)] == [1]
    later = PhraseMatcher([("قصف", 2)], shared=scan)
    assert [m.payload for m in later.find(t1)] == [2]  # its own automaton until the rebuild
    assert scan.matchers == 1
    for i in range(4):  # new texts: the rebuild comes after a doubling number of them
        t = norm(f"قصف على حلب {i}")
        assert [m.payload for m in later.find(t)] == [2]
        assert [m.payload for m in first.find(t)] == [1]
    assert scan.matchers == 2


def test_threads_see_the_same_matches_while_the_automaton_is_built() -> None:
    from concurrent.futures import ThreadPoolExecutor

    scan = SharedScan(first_build=1)
    pairs = [(PhraseMatcher(e), PhraseMatcher(e, shared=scan)) for e in LEXICONS]
    texts = [norm(f"{s} {i}") for i in range(40) for s in SENTENCES[:4]]

    def check(text: str) -> bool:
        return all(shared.find(text) == alone.find(text) for alone, shared in pairs)

    with ThreadPoolExecutor(8) as pool:
        assert all(pool.map(check, texts))
    assert scan.matchers == len(LEXICONS)
