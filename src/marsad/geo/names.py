"""The matcher of gazetteer names: clitic-aware like `marsad.text.match.PhraseMatcher`, and small.

A gazetteer has tens of thousands of names (60,000 with the full Who's On First import). Stored
once per allowed proclitic sequence (about twenty forms) they would make a million automaton
entries (seconds to build, hundreds of MB). This matcher stores each name once (plus its
contracted-article form, "للرقة"), framed by a space on the right, so a hit always ends at a word
end, and checks the proclitics before it in Python: the same matches, from two entries per name.
The lexicon's `PhraseMatcher` is built the same way (its phrases may also end in "*"); the names
have a matcher of their own for their payload (the key itself) and the kept file below.

`NameMatcher.cached` keeps the built automaton of the user's gazetteer in a file next to it
(`gazetteer.sqlite.names`; a tenth of a second of each start with Who's On First imported): the
file is used only when it was built from the very same keys (a digest of the keys in order and of
the proclitic sets), and `marsad gazetteer import` removes it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import re
import tempfile
from collections.abc import Iterable
from pathlib import Path

import ahocorasick

from marsad.text.match import (
    PREFIXES,
    PREFIXES_BEFORE_ARTICLE,
    PREFIXES_ELIDING_ARTICLE,
    Match,
    framed_text,
    sort_by_start,
)

_NON_WORD = re.compile(r"[^\w]|_")
_new_match = tuple.__new__  # Match(*fields) without the Python frame of its __new__ (per hit)
CACHE_FORMAT = "names-1"  # (change it with the entries of the automaton)


def cache_path(gazetteer: Path) -> Path:
    """Where the built matcher of the gazetteer file `gazetteer` is kept."""
    return gazetteer.with_name(gazetteer.name + ".names")


def _digest(keys: list[str]) -> str:
    h = hashlib.sha256(repr((CACHE_FORMAT, sorted(PREFIXES), sorted(PREFIXES_BEFORE_ARTICLE),
                             sorted(PREFIXES_ELIDING_ARTICLE))).encode())
    h.update("\0".join(keys).encode())
    return h.hexdigest()


class NameMatcher:
    """Find names (normalized keys) in normalized text, with their proclitics; payload = the key."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._auto: ahocorasick.Automaton = ahocorasick.Automaton()
        self._build(keys)
        self._last: tuple[str, list[Match[str]]] = ("", [])  # the last text found in, and its names

    def _build(self, keys: Iterable[str]) -> None:
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

    @classmethod
    def cached(cls, keys: Iterable[str], path: Path) -> tuple[NameMatcher, list[str] | None]:
        """`NameMatcher(keys)`, read from the file `path` when it holds the matcher of these very
        keys, else built and written there (a file that cannot be read or written is ignored).
        With a matcher read from the file come its keys, the very strings its entries hold (a
        caller that keeps the keys too can keep these: one copy of each in memory); None else."""
        keys = list(keys)
        digest = _digest(keys)
        try:
            with path.open("rb") as f:
                kept = pickle.load(f)
            if isinstance(kept, tuple) and len(kept) == 6 and kept[0] == CACHE_FORMAT and kept[1] == digest:
                m = cls.__new__(cls)
                m.size, m._reach, m._auto = kept[2], kept[3], kept[5]
                m._last = ("", [])
                return m, kept[4]
        except Exception:  # (missing, truncated, from another version: built again)
            pass
        m = cls(keys)
        fd = -1
        try:
            fd, tmp = tempfile.mkstemp(prefix=".names-", dir=path.parent)
            with os.fdopen(fd, "wb") as f:
                fd = -1
                # (the keys in the same pickle as the automaton: its entries share their strings)
                pickle.dump((CACHE_FORMAT, digest, m.size, m._reach, keys, m._auto), f,
                            protocol=pickle.HIGHEST_PROTOCOL)
            os.chmod(tmp, 0o644)  # (as the gazetteer beside it)
            os.replace(tmp, path)
        except OSError:
            if fd >= 0:
                os.close(fd)
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)
        return m, None

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
        sort_by_start(out)
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
                out.append(_new_match(Match, (s, e, ws, key, key)))
        sort_by_start(out)
        return out
