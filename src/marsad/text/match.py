"""Clitic-aware phrase matching over normalized text (Aho-Corasick).

A `PhraseMatcher` is built once from (phrase, payload) pairs; phrases are normalized with the same
function as the text. A phrase matches where it starts at a word start, or after a proclitic
sequence inside the word (و ف ب ك ل, with or without ال: "وبالرقة" matches "الرقة" and "رقة"
entries; "للرقة" matches "الرقة"), and ends at a word end. A phrase ending in "*" may run on to the
end of the word (verb and noun inflections: "استهدف*" matches "استهدفت", "استهدفوا").
Matching never strips letters inside a word.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections.abc import Iterable
from operator import itemgetter
from typing import Any, Generic, NamedTuple, TypeVar

import ahocorasick

from marsad.text.morphology import morphology
from marsad.text.normalize import norm_key

P = TypeVar("P")

_MORPHOLOGY = morphology()
# Endings an inner word marked "*" may take ("شن* غارات" → شنت غارات, شنوا غارات): verb person
# and number endings and the attached pronouns of nouns.
INNER_ENDINGS = _MORPHOLOGY.inflection_endings


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

# Proclitic sequences allowed before a phrase ("" included); before a phrase that itself starts
# with the article: those written in front of it (no second article), and those written in place of
# its alef ("ل" + "الرقة" = "للرقة").
PREFIXES = frozenset(("", *_MORPHOLOGY.proclitics()))
PREFIXES_BEFORE_ARTICLE, PREFIXES_ELIDING_ARTICLE = _MORPHOLOGY.before_article()
_LONGEST_PREFIX = max(map(len, PREFIXES))
_LONGEST_BEFORE_ARTICLE = max(map(len, PREFIXES_BEFORE_ARTICLE))
_LONGEST_ELIDING_ARTICLE = max(map(len, PREFIXES_ELIDING_ARTICLE))


class Match(NamedTuple, Generic[P]):
    """One match (an immutable named tuple: matching makes many of them, and tuples are cheap)."""

    start: int  # start of the phrase itself (after any proclitics)
    end: int
    word_start: int  # start of the word, proclitics included
    key: str  # the normalized phrase
    payload: P

    @property
    def prefix_len(self) -> int:
        return self.start - self.word_start


class PhraseMatcher(Generic[P]):
    """Find lexicon phrases in normalized text; build once, query many times.

    Every phrase is stored once (and once more without its article's alef, "للرقة"), framed by a
    space on the right unless it ends in "*" ("phrase "), like the gazetteer's `NameMatcher`, and
    the text is searched with every non-word character turned into a space: a hit ends at a word
    end by construction, and the letters between the word start and the phrase are checked per hit
    against the proclitic sequences allowed before it (one slice and one set lookup). Storing the
    phrase once per proclitic sequence instead (" " + prefix + phrase + " ", about twenty keys a
    phrase) gives the same matches from an automaton twenty times the size.

    With `shared=True` (the lexicon's matchers, built once per process) the phrases also join the
    one automaton of `SHARED`: a text is then scanned once for every shared matcher, whichever asks
    first, and each matcher reads its own matches of that scan.
    """

    def __init__(self, entries: Iterable[tuple[str, P]], *, shared: bool | SharedScan = False) -> None:
        self._auto: ahocorasick.Automaton | None = ahocorasick.Automaton()
        store: dict[str, list[tuple[str, frozenset[str], P]]] = {}
        phrases = reach = 0
        for raw_phrase, payload in entries:
            for phrase in expand_inner_wildcards(raw_phrase):
                added = self._add(store, phrase, payload)
                phrases += added > 0
                reach = max(reach, added)
        # the value of a key: (its length, the phrase's length in the text, whether it ends in "*",
        # its entries (key, proclitic sequences allowed before it, payload) in the order added)
        values = {k: (len(k), len(k) - (k[-1] == " "), k[-1] != " ", tuple(v)) for k, v in store.items()}
        for k, v in values.items():
            self._auto.add_word(k, v)
        self.size = phrases
        # the longest match, proclitics and the space before them included: no match starts further
        # back than that from the word it ends in (`find_prefix` scans back that far)
        self._reach = reach
        if values:
            self._auto.make_automaton()
        self._slot = -1
        self._last: tuple[tuple[str, list[Match[P]]], ...] = ()  # whole texts scanned by the own automaton
        self._shared = shared if isinstance(shared, SharedScan) else SHARED
        if shared is not False and values:
            self._slot = self._shared.join(self, values)

    def drop_own_automaton(self) -> None:
        """Free this matcher's automaton (the shared one holds its keys now)."""
        self._auto = None

    @staticmethod
    def _add(store: dict[str, list[tuple[str, frozenset[str], P]]], phrase: str, payload: P) -> int:
        """Add a phrase's keys; the length of its longest match with the space before it (0: none)."""
        wildcard = phrase.endswith("*")
        # framed as the text is: a sign inside a phrase ("التحالف العربي - الدولي") is a space there
        key = _NON_WORD.sub(" ", norm_key(phrase.rstrip("*"))).replace("_", " ").strip()
        if not key:
            return 0
        tail = "" if wildcard else " "
        if key.startswith(_MORPHOLOGY.article):
            store.setdefault(key + tail, []).append((key, PREFIXES_BEFORE_ARTICLE, payload))
            reach = len(key) + _LONGEST_BEFORE_ARTICLE
            if len(key) > 3:
                # "للرقة": the preposition ل before the article drops its alef
                store.setdefault(key[1:] + tail, []).append((key, PREFIXES_ELIDING_ARTICLE, payload))
                reach = max(reach, len(key) - 1 + _LONGEST_ELIDING_ARTICLE)
        else:
            store.setdefault(key + tail, []).append((key, PREFIXES, payload))
            reach = len(key) + _LONGEST_PREFIX
        return 1 + reach + len(tail)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match[P]]:
        """All matches in text[start:end], overlapping ones included, in order of start."""
        if not self.size:
            return []
        end = len(text) if end is None else end
        found = self._shared.matches(self._slot, text) if self._slot >= 0 else None
        if found is None:
            own = self._auto
            if own is None:  # dropped by a build another thread is running: wait for it
                found = self._shared.matches_after_build(self._slot, text)
            else:
                # (the matches of the last few whole texts are kept: a sentence is asked about
                # once for each cue in it)
                whole = start <= 0 and end >= len(text)
                if whole:
                    for t, kept in self._last:
                        if t == text:
                            return list(kept)
                framed = framed_text(text)
                out = _matches(text, framed, own.iter(framed, max(0, start), min(len(framed), end + 2)),
                               start, end, len(text))
                sort_by_start(out)
                if whole:
                    self._last = ((text, out), *self._last[: OWN_KEPT - 1])
                    return list(out)
                return out
        # (the matches of the whole text from the shared scan, in order: those outside
        # [start, end] are left out, as the bounded scan of this matcher's own automaton leaves them out)
        if start <= 0 and end >= len(text):
            return list(found)
        return [m for m in found if m.word_start >= start and m.end <= end]

    def find_prefix(self, text: str, n: int) -> list[Match[P]]:
        """`find(text[:n])` without scanning `text[:n]` again when `text` is scanned anyway (the
        document, when its lead is looked at apart): the matches ending before `n` are those of
        the whole text (the scan reads the same characters up to there), and those ending at `n`,
        where the cut ends a word, come from a scan of the prefix's last words."""
        if n >= len(text):
            return self.find(text)
        if not self.size or n <= 0:
            return []
        out = [m for m in self.find(text, 0, n) if m.end < n]
        framed = framed_text(text)[: n + 1] + " "  # framed_text(text[:n])
        # a match ending at n starts at most `_reach` characters before the word it ends in (a
        # word an ending "*" runs on in included)
        last_word = framed.rfind(" ", 0, n + 1)
        w = max(0, framed.rfind(" ", 0, max(0, last_word - self._reach) + 1))
        hits = self._shared.hits_in(self._slot, framed, w) if self._slot >= 0 else None
        if hits is None:
            own = self._auto
            if own is None:  # dropped by a build another thread is running: wait for it
                hits = self._shared.hits_in_after_build(self._slot, framed, w)
            else:
                hits = own.iter(framed, w)
        out += [m for m in _matches(text, framed, hits, w, n, n) if m.end == n]
        sort_by_start(out)
        return out

    def find_longest(self, text: str, start: int = 0, end: int | None = None) -> list[Match[P]]:
        """Non-overlapping matches, preferring the longest at each position (left to right)."""
        best: list[Match[P]] = []
        # (by word start, the longest first at one start: two stable sorts with keys read in C)
        cands = sorted(self.find(text, start, end), key=_END, reverse=True)
        cands.sort(key=_WORD_START)
        pos = -1
        for m in cands:
            if m.word_start >= pos:
                best.append(m)
                pos = m.end
        return best


_new_match = tuple.__new__  # Match(*fields) without the Python frame of its __new__ (per hit)
OWN_KEPT = 4  # whole texts whose matches a matcher scanning with its own automaton keeps


_START, _END, _WORD_START = itemgetter(0), itemgetter(1), itemgetter(2)  # (Match.start, .end, .word_start)


def sort_by_start(matches: list[Match[Any]]) -> None:
    """Sort matches in place by start, the longest first at one start, the others in their order:
    `matches.sort(key=lambda m: (m.start, -m.end))` from two stable sorts with keys read in C."""
    matches.sort(key=_END, reverse=True)
    matches.sort(key=_START)


def _matches(text: str, framed: str, hits: Iterable[tuple[int, Any]], start: int, end: int,
             limit: int) -> list[Match[Any]]:
    """The matches of automaton hits in `framed` (the framed `text`) that start (proclitics
    included) at or after `start` and end at or before `end`, with allowed proclitics before them;
    a phrase ending in "*" runs on to the end of its word, but not past `limit`."""
    out: list[Match[Any]] = []
    append = out.append
    for last, (klen, wlen, wildcard, entries) in hits:
        s = last - klen  # start of the phrase in `text` (framed index i is text index i - 1)
        ws = framed.rfind(" ", 0, s + 1)  # framed index of the space before the word = its start in `text`
        if ws < start:
            continue
        e = s + wlen
        if wildcard:
            while e < limit and framed[e + 1] != " ":
                e += 1
        if e > end:
            continue
        prefix = text[ws:s]
        for key, allowed, payload in entries:
            if prefix in allowed:
                append(_new_match(Match, (s, e, ws, key, payload)))
    return out


FIRST_BUILD = 4  # new texts seen before the first build of the shared automaton
_Hit = tuple[int, Any]  # (index of the last character in the framed text, values of the key)


class SharedScan:
    """One Aho-Corasick automaton over the phrases of every shared `PhraseMatcher`: one scan of a
    text gives the hits of all of them, kept for the last texts scanned.

    Matchers join as the lexicon builds them (in the order the first document asks for them); the
    automaton is rebuilt to take in those that joined since, not at once but after a number of new
    texts that doubles with every rebuild (a run of one document builds nothing, a long run a
    handful of times). Until a matcher is taken in it scans with its own automaton. Each hit is
    checked once (where the word starts, the proclitics before the phrase, where a "*" phrase
    ends) and gives the matches of every matcher that has the key; the hits come in the order each
    matcher's own automaton gives them (by end, the longest key first), so the matches of a
    matcher and their order are those of the matcher alone (tests/test_match_shared.py checks it).
    The matches of the whole text are kept; a matcher asking for part of it gets those inside.
    """

    KEEP = 2  # texts whose matches are kept (the document, and a headline or a lead in between)

    def __init__(self, first_build: int = FIRST_BUILD) -> None:
        self._stores: list[tuple[weakref.ref[PhraseMatcher[Any]], dict[str, Any] | None]] = []
        self._auto: ahocorasick.Automaton | None = None
        self._slots = 0  # matchers taken into the automaton (slots 0 .. _slots - 1)
        self._cache: tuple[tuple[str, list[list[Match[Any]]] | None, int], ...] = ()
        self._texts = 0
        self._next_build = first_build
        self._lock = threading.Lock()
        self._building = threading.Lock()  # held for the whole of a build

    def join(self, matcher: PhraseMatcher[Any], store: dict[str, Any]) -> int:
        """Add a matcher's keys; its slot."""
        with self._lock:
            self._stores.append((weakref.ref(matcher), store))
            return len(self._stores) - 1

    def matches(self, slot: int, text: str) -> list[Match[Any]] | None:
        """The matches of matcher `slot` in the whole of `text`, in order of start (a list the
        caller must not change), or None when the automaton does not hold that matcher yet."""
        for t, kept, slots in self._cache:
            if t is text:
                if kept is not None and slot < slots:
                    return kept[slot]
                if slot >= self._slots:
                    return None
                break  # scanned before the automaton took this matcher in: scan again
        else:
            self._texts += 1
            if self._texts >= self._next_build and self._slots < len(self._stores):
                self._build()
        auto, slots = self._auto, self._slots
        buckets: list[list[Match[Any]]] | None = None
        if auto is not None:
            # each hit checked once for every matcher (its proclitics and where it ends depend on
            # the key only), its matches made for each matcher whose entries allow its proclitics
            buckets = [[] for _ in range(slots)]
            framed = framed_text(text)
            limit = len(text)
            for last, (klen, wlen, wildcard, entries) in auto.iter(framed):
                s = last - klen
                ws = framed.rfind(" ", 0, s + 1)
                e = s + wlen
                if wildcard:
                    while e < limit and framed[e + 1] != " ":
                        e += 1
                prefix = text[ws:s]
                for slot_, key, allowed, payload in entries:
                    if prefix in allowed:
                        buckets[slot_].append(_new_match(Match, (s, e, ws, key, payload)))
            for b in buckets:
                sort_by_start(b)
        # (a text seen before the first build is remembered too, so that it counts once)
        self._cache = ((text, buckets, slots), *[c for c in self._cache if c[0] is not text][: self.KEEP - 1])
        return buckets[slot] if buckets is not None and slot < slots else None

    def hits_in(self, slot: int, framed: str, start: int) -> list[_Hit] | None:
        """The hits of matcher `slot` in `framed[start:]` (a framed text), as its own automaton
        gives them, without remembering them; None when the automaton does not hold that matcher yet."""
        auto, slots = self._auto, self._slots
        if auto is None or slot >= slots:
            return None
        out: list[_Hit] = []
        for last, (klen, wlen, wildcard, entries) in auto.iter(framed, start):
            own = tuple(x[1:] for x in entries if x[0] == slot)
            if own:
                out.append((last, (klen, wlen, wildcard, own)))
        return out

    def hits_in_after_build(self, slot: int, framed: str, start: int) -> list[_Hit]:
        """`hits_in` once the build running now (which took this matcher in) is done."""
        with self._building:
            pass
        found = self.hits_in(slot, framed, start)
        assert found is not None  # the matcher dropped its automaton: the automaton holds it
        return found

    def matches_after_build(self, slot: int, text: str) -> list[Match[Any]]:
        """`matches` once the build running now (which took this matcher in) is done."""
        with self._building:
            pass
        found = self.matches(slot, text)
        assert found is not None  # the matcher dropped its automaton: the automaton holds it
        return found

    def _build(self) -> None:
        with self._building:
            if self._slots < len(self._stores):  # (not done meanwhile by another thread)
                self._build_now()

    def _build_now(self) -> None:
        """Build the automaton of every live matcher: the keys of the automaton before (its
        matchers no longer used left out) and those of the matchers that joined since. The
        matchers taken in drop their own automaton first and their keys are kept here only. The
        value of a key is (its length, the phrase's length, whether it ends in "*", entries), the
        entries (slot, key, allowed proclitics, payload) of every matcher, slots in increasing
        order, each matcher's in its order."""
        with self._lock:
            stores = list(self._stores)
        old, auto = self._auto, ahocorasick.Automaton()
        for i in range(self._slots, len(stores)):
            m = stores[i][0]()
            if m is not None:
                m.drop_own_automaton()  # its store holds the keys until the new automaton does
        if old is not None:
            for key, (klen, wlen, wildcard, entries) in old.items():
                live = tuple(x for x in entries if stores[x[0]][0]() is not None)
                if live:
                    auto.add_word(key, (klen, wlen, wildcard, live))
        for i in range(self._slots, len(stores)):
            ref, store = stores[i]
            if ref() is None or store is None:
                continue  # a matcher no longer used
            for key, (klen, wlen, wildcard, entries) in store.items():
                had = auto.get(key, None)
                auto.add_word(key, (klen, wlen, wildcard, (had[3] if had else ()) + tuple((i, *x) for x in entries)))
        self._next_build = self._texts * 2
        auto.make_automaton()
        self._auto, self._slots, self._cache = auto, len(stores), ()
        with self._lock:
            for i in range(len(stores)):
                self._stores[i] = (self._stores[i][0], None)

    @property
    def matchers(self) -> int:
        """Matchers the automaton holds."""
        return self._slots

    @property
    def size(self) -> int:
        """Keys in the automaton (0 before the first build)."""
        return len(self._auto) if self._auto is not None else 0


SHARED = SharedScan()
# (a space is left as it is: the same text as with every non-word character replaced, from a
# tenth as many replacements, so in half the time; "_", a word character to the regular
# expression, is replaced apart: one character class alone is tried faster than two branches)
_NON_WORD = re.compile(r"[^\w ]")
_last_framed: tuple[tuple[str, str], ...] = ()
FRAMED_KEPT = 4  # texts whose framed text is kept (a document, its headline, its lead, a sentence)


def framed_text(text: str) -> str:
    """" " + text with every non-word character as a space + " " (cached for the last few texts;
    the tuple of pairs is replaced in one assignment, so threads never see a mismatched pair)."""
    global _last_framed
    cached = _last_framed
    for t, framed in cached:
        if t is text:
            return framed
    framed = " " + _NON_WORD.sub(" ", text).replace("_", " ") + " "
    _last_framed = ((text, framed), *cached[: FRAMED_KEPT - 1])
    return framed


def drop_contained(matches: list[Match[P]]) -> list[Match[P]]:
    """Drop matches contained in a longer one (keeps overlapping-but-not-contained ones, and
    every payload of the same span)."""
    out: list[Match[P]] = []
    for m in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if any(m.start >= o.start and m.end <= o.end and (m.start, m.end) != (o.start, o.end) for o in out[-3:]):
            continue
        out.append(m)
    return out
