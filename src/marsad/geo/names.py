"""The matcher of gazetteer names: clitic-aware like `marsad.text.match.PhraseMatcher`, and small.

A gazetteer has tens of thousands of names (60,000 with the full Who's On First import). The
shared `PhraseMatcher` stores every phrase once per allowed proclitic sequence (about twenty forms),
which for a gazetteer means a million automaton entries (seconds to build, hundreds of MB). This
matcher stores each name once (plus its contracted-article form, "للرقة"), framed by a space on
the right, so a hit always ends at a word end, and checks the proclitics before it in Python: the
same matches, from two entries per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import ahocorasick

from marsad.text.match import PREFIXES, PREFIXES_BEFORE_ARTICLE, PREFIXES_ELIDING_ARTICLE, Match, framed_text

_NON_WORD = re.compile(r"[^\w]|_")


class NameMatcher:
    """Find names (normalized keys) in normalized text, with their proclitics; payload = the key."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._auto: ahocorasick.Automaton = ahocorasick.Automaton()
        n = 0
        reach = 0  # the longest entry: a name ending at a text position starts at most that far before it
        for key in keys:
            if not key:
                continue
            n += 1
            framed = _NON_WORD.sub(" ", key)
            # (key, its length in the text, the proclitic sequences allowed before it)
            article = key.startswith("ال")
            self._auto.add_word(f"{framed} ", (key, len(key), PREFIXES_BEFORE_ARTICLE if article else PREFIXES))
            reach = max(reach, len(framed) + 1)
            if article and len(key) > 3:
                # "للرقة": the preposition ل before the article drops its alef
                self._auto.add_word(f"{framed[1:]} ", (key, len(key) - 1, PREFIXES_ELIDING_ARTICLE))
        self.size = n
        self._reach = reach
        if n:
            self._auto.make_automaton()
        self._last: tuple[str, list[Match[str]]] = ("", [])  # the last text found in, and its names

    def find(self, text: str) -> list[Match[str]]:
        """Every name in `text` at a word end, after an allowed proclitic sequence at a word
        start (overlapping ones included), in order of start. The names of the last text are
        remembered (the document's are asked for its lead's context and again for its places)."""
        if not self.size:
            return []
        last = self._last
        if last[0] is text:
            return list(last[1])
        framed = framed_text(text)
        out = self._names(text, framed, self._auto.iter(framed))
        self._last = (text, out)
        return list(out)

    def find_prefix(self, text: str, n: int) -> list[Match[str]]:
        """`find(text[:n])` from the names of the whole `text` (those ending before n: the scan
        reads the same characters up to there), with those that end at n where the cut ends a
        word read off a scan of the prefix's last characters."""
        if n >= len(text):
            return self.find(text)
        if not self.size or n <= 0:
            return []
        out = [m for m in self.find(text) if m.end < n]
        framed = framed_text(text)[: n + 1] + " "  # framed_text(text[:n])
        start = max(0, n + 2 - self._reach)  # where the longest entry ending at the final space starts
        ending = [(last, v) for last, v in self._auto.iter(framed, start) if last == n + 1]
        out += self._names(text, framed, ending)
        out.sort(key=lambda m: (m.start, -m.end))
        return out

    @staticmethod
    def _names(text: str, framed: str, hits: Iterable[tuple[int, tuple[str, int, frozenset[str]]]]) -> list[Match[str]]:
        """The matches of automaton hits in `framed` (the framed `text`) whose proclitics are allowed."""
        out: list[Match[str]] = []
        for last, (key, length, allowed) in hits:
            e = last - 1  # end of the name in `text` (framed index i is text index i - 1)
            s = e - length
            if s < 0:
                continue
            ws = framed.rfind(" ", 0, s + 1)  # framed index of the space before the word
            if text[ws:s] in allowed:
                out.append(Match(s, e, ws, key, key))
        out.sort(key=lambda m: (m.start, -m.end))
        return out
