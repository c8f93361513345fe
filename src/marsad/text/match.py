"""Clitic-aware phrase matching over normalized text (Aho-Corasick).

A `PhraseMatcher` is built once from (phrase, payload) pairs; phrases are normalized with the same
function as the text. A phrase matches where it starts at a word start, or after a proclitic
sequence inside the word (و ف ب ك ل, with or without ال: "وبالرقة" matches "الرقة" and "رقة"
entries; "للرقة" matches "الرقة"), and ends at a word end. A phrase ending in "*" may run on to the
end of the word (verb and noun inflections: "استهدف*" matches "استهدفت", "استهدفوا").
Matching never strips letters inside a word.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

import ahocorasick

from marsad.text.normalize import norm_key
from marsad.text.segment import is_word_char

P = TypeVar("P")

# Endings an inner word marked "*" may take ("شن* غارات" → شنت غارات, شنوا غارات): verb person
# and number endings and the attached pronouns of nouns.
INNER_ENDINGS = ("", "ت", "وا", "ا", "ن", "تا", "ه", "ها", "هم", "ي", "و", "نا", "ته", "تها", "تهم", "وه", "وها", "وهم")


def expand_inner_wildcards(phrase: str) -> list[str]:
    """Expand words marked with "*" inside a phrase into their common inflected forms."""
    words = phrase.split()
    if not any(w.endswith("*") for w in words[:-1]):
        return [phrase]
    forms = [""]
    for i, w in enumerate(words):
        last = i == len(words) - 1
        opts = [w[:-1] + e for e in INNER_ENDINGS] if w.endswith("*") and not last else [w]
        forms = [f"{f} {o}".strip() for f in forms for o in opts]
    return forms

_PREFIXES = frozenset(
    {"", "و", "ف", "ب", "ك", "ل", "وب", "فب", "وك", "فك", "ول", "فل", "ال", "وال", "فال", "بال",
     "كال", "وبال", "فبال", "وكال", "فكال"}
)
# Prefixes allowed before a phrase that itself starts with ال (no second article).
_PREFIXES_BEFORE_AL = frozenset({"", "و", "ف", "ب", "ك", "وب", "فب", "وك", "فك"})


@dataclass(frozen=True, slots=True)
class Match(Generic[P]):
    start: int  # start of the phrase itself (after any proclitics)
    end: int
    word_start: int  # start of the word, proclitics included
    key: str  # the normalized phrase
    payload: P

    @property
    def prefix_len(self) -> int:
        return self.start - self.word_start


class PhraseMatcher(Generic[P]):
    """Find lexicon phrases in normalized text; build once, query many times."""

    def __init__(self, entries: Iterable[tuple[str, P]]) -> None:
        self._auto: ahocorasick.Automaton = ahocorasick.Automaton()
        store: dict[str, list[tuple[str, bool, bool, P]]] = {}
        for raw_phrase, payload in entries:
            for phrase in expand_inner_wildcards(raw_phrase):
                self._add(store, phrase, payload)
        for k, v in store.items():
            self._auto.add_word(k, v)
        self.size = len(store)
        if store:
            self._auto.make_automaton()

    @staticmethod
    def _add(store: dict[str, list[tuple[str, bool, bool, P]]], phrase: str, payload: P) -> None:
        wildcard = phrase.endswith("*")
        key = norm_key(phrase.rstrip("*"))
        if not key:
            return
        # (key, wildcard, contracted-article form, payload)
        store.setdefault(key, []).append((key, wildcard, False, payload))
        if key.startswith("ال") and len(key) > 3:
            # "للرقة": the preposition ل before the article drops its alef: the text holds
            # ل + key[1:]; match key[1:] preceded by that ل.
            store.setdefault(key[1:], []).append((key, wildcard, True, payload))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match[P]]:
        """All matches in text[start:end], overlapping ones included, in order of start."""
        if not self.size:
            return []
        end = len(text) if end is None else end
        out: list[Match[P]] = []
        for last, values in self._auto.iter(text, start, end):
            for key, wildcard, contracted, payload in values:
                m = self._check(text, last, key, wildcard, contracted, payload)
                if m is not None:
                    out.append(m)
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    def find_longest(self, text: str, start: int = 0, end: int | None = None) -> list[Match[P]]:
        """Non-overlapping matches, preferring the longest at each position (left to right)."""
        best: list[Match[P]] = []
        cands = sorted(self.find(text, start, end), key=lambda m: (m.word_start, -(m.end - m.word_start)))
        pos = -1
        for m in cands:
            if m.word_start >= pos:
                best.append(m)
                pos = m.end
        return best

    @staticmethod
    def _check(text: str, last: int, key: str, wildcard: bool, contracted: bool, payload: P) -> Match[P] | None:
        plen = len(key) - 1 if contracted else len(key)
        s = last - plen + 1
        e = last + 1
        if wildcard:
            while e < len(text) and is_word_char(text[e]):
                e += 1
        elif e < len(text) and is_word_char(text[e]):
            return None
        ws = s
        while ws > 0 and is_word_char(text[ws - 1]):
            ws -= 1
        prefix = text[ws:s]
        if contracted:
            if prefix not in {"ل", "ول", "فل"}:
                return None
        elif key.startswith("ال"):
            if prefix not in _PREFIXES_BEFORE_AL:
                return None
        elif prefix not in _PREFIXES:
            return None
        return Match(s, e, ws, key, payload)
