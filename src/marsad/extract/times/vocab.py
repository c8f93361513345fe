"""The time vocabulary (data/time.yaml, data/calendar.yaml) as one lookup over normalized words.

Every term becomes a `Term` keyed by its first word; multi-word terms ("تشرين الأول", "أول من أمس",
"في وقت متأخر من ليل") keep the rest of their words to be matched on the following tokens.
A token may carry proclitics (و ف ب ك ل, ال, لل ...) before the first word of a term.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import ahocorasick

from marsad import lexicon
from marsad.extract.numbers import classify as number_readings
from marsad.extract.numbers import number_forms
from marsad.text.morphology import morphology

# Proclitic sequences split off the first word of a term, longest first ("" = none).
_MORPHOLOGY = morphology()
PREFIXES: tuple[str, ...] = ("", *_MORPHOLOGY.proclitics())
CONJ_PREFIXES = frozenset(("", *_MORPHOLOGY.proclitics(prepositions=(), article=False)))
PREP_PREFIXES = frozenset(("", *_MORPHOLOGY.proclitics(article=False)))
ARTICLE_PREFIXES = frozenset(_MORPHOLOGY.with_article())
# Proclitics written apart from what follows ("الـ 17" is normalized to "ال 17").
DETACHED = frozenset(_MORPHOLOGY.proclitics())

# Categories whose terms can start a temporal expression (others are only context).
STARTERS = frozenset({
    "weekday", "gmonth", "hmonth", "relday", "part", "unit", "ago", "year_word", "period_part",
    "season", "range_opener", "this", "day_word", "feast", "feast_day",
})


@dataclass(frozen=True, slots=True)
class Term:
    cat: str
    rest: tuple[str, ...]  # the words after the first one
    value: Any  # category payload (a month number, an offset, a part of day ...)


@dataclass(frozen=True, slots=True)
class Vocab:
    first: dict[str, tuple[Term, ...]]  # first word → terms, longest first
    sets: dict[str, frozenset[str]]  # single-word context lists by category


def _terms(entries: list[lexicon.Entry], cat: str, value: Any = None, key: str | None = None) -> list[tuple[str, Term]]:
    out = []
    for e in entries:
        v = e.get(key) if key else value
        if cat in ("gmonth", "hmonth"):
            v = (int(e["month"]), bool(e.get("ambiguous", False)))
        elif cat in ("part", "relday", "unit", "era", "feast"):
            v = {k: e[k] for k in e if k not in ("ar", "ar_norm")}
        for term in e["ar_norm"]:
            words = term.split()
            out.append((words[0], Term(cat, tuple(words[1:]), v)))
    return out


@cache
def vocab() -> Vocab:
    cal = lexicon.load("calendar.yaml")
    t = lexicon.load("time.yaml")
    pairs: list[tuple[str, Term]] = []
    pairs += _terms(cal["gregorian_months"], "gmonth")
    pairs += _terms(cal["hijri_months"], "hmonth")
    pairs += _terms(cal["weekdays"], "weekday", key="isoweekday")
    pairs += _terms(t["relative_days"], "relday")
    pairs += _terms(t["parts_of_day"], "part")
    pairs += _terms(t["directions"], "dir", key="dir")
    pairs += _terms(t["units"], "unit")
    pairs += _terms(t["ago"], "ago")
    pairs += _terms(t["fillers"], "filler")
    pairs += _terms(t["year_words"], "year_word")
    pairs += _terms(t["era_marks"], "era")
    pairs += _terms(t["concordance"], "concord")
    pairs += _terms(t["period_parts"], "period_part", key="part")
    pairs += _terms(t["seasons"], "season", key="season")
    pairs += _terms(t["range_openers"], "range_opener")
    pairs += _terms(t["range_connectors"], "range_connector")
    pairs += _terms(t["this"], "this")
    pairs += _terms(t["day_words"], "day_word", key="day")
    pairs += _terms(t["feasts"], "feast")
    pairs += _terms(t["feast_days"], "feast_day", key="day")
    first: dict[str, list[Term]] = {}
    for w, term in pairs:
        first.setdefault(w, []).append(term)
    sets = {
        name: frozenset(k for e in t[name] for k in e["ar_norm"])
        for name in ("recent_markers", "month_context", "habitual", "name_contexts", "day_not_today",
                     "day_not_today_before", "day_then_from", "able_verbs")
    }
    return Vocab({w: tuple(sorted(v, key=lambda x: -len(x.rest))) for w, v in first.items()}, sets)


@lru_cache(maxsize=16384)
def splits(word: str) -> tuple[tuple[str, str], ...]:
    """(prefix, first word of some term) readings of a token, the whole word first."""
    first = vocab().first
    return tuple((p, word[len(p):]) for p in PREFIXES
                 if word.startswith(p) and len(word) > len(p) and word[len(p):] in first)


@lru_cache(maxsize=16384)
def term_starts(word: str) -> tuple[tuple[str, Term], ...]:
    """(prefix, term) of every term whose first word a token is after a proclitic sequence: the
    terms of each of its `splits` in turn, each split's longest first (as `Vocab.first`)."""
    first = vocab().first
    return tuple((p, t) for p, stem in splits(word) for t in first[stem])


@lru_cache(maxsize=16384)
def all_splits(word: str) -> tuple[tuple[str, str], ...]:
    """Every (prefix, stem) reading of a token, the whole word first."""
    return tuple((p, word[len(p):]) for p in PREFIXES if word.startswith(p) and len(word) > len(p))


# Starters too common to try on their own: they start an expression only before a strong word
# (من 17, بين السابع, هذا الأسبوع) or as the first word of a longer term (في وقت متأخر من ليل).
_WEAK = frozenset({"this", "range_opener"})


@lru_cache(maxsize=16384)
def trigger(word: str) -> int:
    """Can an expression start at this word? 1 = yes (digits, number words, weekdays, months ...),
    2 = only before a strong word or as the first word of a multi-word term, 0 = no."""
    if any(c.isdigit() for c in word):
        return 1
    if word not in starter_forms():
        return 0  # (most words: no split of it is a term's first word or a number word)
    first = vocab().first
    weak = False
    for _, stem in splits(word):
        for t in first[stem]:
            if t.cat in STARTERS:
                if t.rest or t.cat in _WEAK:
                    weak = True
                else:
                    return 1
    if number_readings(word):
        return 1
    return 2 if weak or word in DETACHED else 0


@cache
def starter_forms() -> frozenset[str]:
    """Every word `trigger` may say yes to, digits aside: a first word of a term after each
    proclitic sequence, a number word after each (`number_forms`), a detached proclitic (a word
    of letters alone outside this set gets 0)."""
    return frozenset(p + stem for stem in vocab().first for p in PREFIXES) | number_forms() | DETACHED


# Frequent function words that start some terms but never anchor an expression by themselves.
_NOT_ANCHORS = frozenset({"في", "من", "بين", "ما", "بعد", "هذا", "هذه", "علي", "الي", "حتي", "و", "خلال",
                          "الفتره", "الممتده", "وقت", "متاخر", "متاخره", "الاولي", "يوم", "ذو", "ذي",
                          "التي", "الذي", "توافق", "يوافق", "اول"})
# Context words that do anchor: a bare day number before them ("17 الجاري").
_EXTRA_ANCHORS = frozenset({"الجاري", "الجاريه", "الحالي", "الحاليه"})


@cache
def anchors() -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of the words that anchor an expression (weekdays, months, أمس,
    units, parts of the day ...): text far from any anchor or date-like digits holds no expression.
    Number words are not anchors: a day or a count in words always stands next to one."""
    words: set[str] = set(_EXTRA_ANCHORS)
    for stem, terms in vocab().first.items():
        for t in terms:
            if t.cat in STARTERS:
                words.add(stem)
                words.update(t.rest)
    auto = ahocorasick.Automaton()
    for w in sorted(words - _NOT_ANCHORS):
        if len(w) >= 2:
            auto.add_word(w, len(w))
    auto.make_automaton()
    return auto


def _term_in(text: str, cat: str) -> Term | None:
    """The first term of category `cat` a time expression holds, its later words matching the
    words that follow."""
    words = text.split()
    for i, word in enumerate(words):
        for _, stem in splits(word):
            for term in vocab().first.get(stem, ()):
                if term.cat == cat and tuple(words[i + 1:i + 1 + len(term.rest)]) == term.rest:
                    return term
    return None


def unit_word(word: str) -> bool:
    """A word of a time unit ("أسابيع", "يومين"), alone: "بعد [أسابيع] من المعارك"."""
    return any(t.cat == "unit" and not t.rest for _, stem in splits(word) for t in vocab().first.get(stem, ()))


def relday_offset_in(text: str) -> int | None:
    """The offset from publication of the relative day a time expression names ("امس الثلاثاء" →
    -1, "اول امس" → -2), or None."""
    term = _term_in(text, "relday")
    return int(term.value["offset"]) if term is not None else None


DAY_TERM_CATEGORIES = ("weekday", "relday", "part")  # "الأحد", "أمس", "صباح"


@cache
def day_words(most_words: int = 2) -> frozenset[str]:
    """The words of the terms of a day or a part of one ("أمس", "صباح", "الأحد", "أول أمس") of at
    most `most_words` words: what may stand between a cue's object and its preposition
    ("أطلقوا النار مساء أمس على")."""
    return frozenset(w for first, terms in vocab().first.items() for t in terms
                     if t.cat in DAY_TERM_CATEGORIES and len(t.rest) < most_words for w in (first, *t.rest))


def direction_in(text: str) -> str | None:
    """The direction a time expression names after its day ("الثلاثاء الماضي" → "past"), or None."""
    term = _term_in(text, "dir")
    return str(term.value) if term is not None else None


def weekday_in(text: str) -> int | None:
    """The ISO weekday a time expression names ("مساء السبت" → 6), or None: in an undated
    document the weekday still tells two days apart."""
    term = _term_in(text, "weekday")
    return int(term.value) if term is not None else None
