"""The one Arabic normalization of marsad, with an offset map back to the original text.

Policy (used for article text *and* for every lexicon entry, so that both meet in one form):

1. Compatibility forms: NFKC, character by character (Arabic presentation forms FB50-FDFF and
   FE70-FEFF become plain letters, ligatures such as "ﻻ" expand to "لا"; full-width Latin folds).
2. Removed: tatweel (U+0640), Arabic diacritics and Quranic marks (U+0610-061A, U+064B-065F,
   U+0670, U+06D6-06ED), zero-width characters (U+200B-200D, U+2060, U+FEFF, U+00AD) and bidi
   controls (U+061C, U+200E-200F, U+202A-202E, U+2066-2069).
3. Letters folded: أ إ آ ٱ → ا, ى → ي, ؤ → و, ئ → ي, ة → ه (a matching key: the original spelling
   is always recovered through the offset map), Persian/Urdu ک → ك, ی → ي, ے/ۀ/ه‍ forms → ه.
4. Digits: Arabic-Indic (٠-٩) and Persian (۰-۹) → ASCII 0-9; the Arabic decimal separator → ".".
5. Punctuation and spaces: typographic double quotes and guillemets → '"', typographic single
   quotes → "'", NBSP and other Unicode spaces → " ", dashes (U+2010-2015, U+2212) → "-".
   Line breaks are kept as they are. Nothing else is collapsed, so paragraph structure survives.
6. Latin letters are lower-cased (ASCII only, length-preserving).

Every normalized character knows the span of original characters it came from, so any span of
the normalized text maps back to the exact original words (`NormalizedText.to_original`).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

_DELETE = (
    [0x0640, 0x0670, 0x00AD, 0x061C, 0x2060, 0xFEFF]
    + list(range(0x0610, 0x061B))
    + list(range(0x064B, 0x0660))
    + list(range(0x06D6, 0x06EE))
    + list(range(0x200B, 0x2010))
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
)

_FOLD: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي", "ئ": "ي",
    "ؤ": "و",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك",
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "〝": '"', "〞": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "‹": '"', "›": '"',
    "٫": ".", "٬": ",",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)
    _FOLD[chr(0x06F0 + _i)] = str(_i)
for _c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000":
    _FOLD[_c] = " "
for _i in range(26):
    _FOLD[chr(0x41 + _i)] = chr(0x61 + _i)

# One translate table for the fast path: 1:1 folds and deletions.
_TABLE: dict[int, str | None] = {ord(k): v for k, v in _FOLD.items()}
_TABLE.update({cp: None for cp in _DELETE})
_DELETED = frozenset(chr(cp) for cp in _DELETE)
# The same table as a sequence (index = code point, up to the highest one it changes): `translate`
# looks a character up in a list three times faster than in a dict; the characters past its end
# are left alone, as those missing from the dict are.
_SEQ_TABLE: list[str] = [chr(cp) for cp in range(max(_TABLE) + 1)]
for _cp, _to in _TABLE.items():
    _SEQ_TABLE[_cp] = _to or ""


@lru_cache(maxsize=4096)
def _char_norm(ch: str) -> str:
    """Normalize one character (slow path, cached): NFKC first, then the fold table."""
    if ch in _DELETED:
        return ""
    if ch in _FOLD:
        return _FOLD[ch]
    out = unicodedata.normalize("NFKC", ch)
    return "".join(_FOLD.get(c, c) for c in out if c not in _DELETED)


def _is_simple(text: str) -> bool:
    return unicodedata.is_normalized("NFKC", text)


NFKC_PIECE = 256  # characters: a piece not in NFKC shorter than this is normalized whole


def nfkc(text: str) -> str:
    """`unicodedata.normalize("NFKC", text)`, normalizing only the parts of a long text that are
    not in NFKC already (a text of diacritics, one shadda before a vowel or a presentation form).
    NFKC works piece by piece between spaces: a space is a starter that composes with nothing,
    before or after it, so NFKC(a + " " + b) = NFKC(a) + " " + NFKC(b); the text is halved at a
    space until the halves in NFKC are found."""
    if unicodedata.is_normalized("NFKC", text):
        return text
    if len(text) < NFKC_PIECE:
        return unicodedata.normalize("NFKC", text)
    cut = text.find(" ", len(text) // 2)
    if cut < 0:
        cut = text.rfind(" ", 0, len(text) // 2)
        if cut < 0:
            return unicodedata.normalize("NFKC", text)
    return nfkc(text[:cut]) + " " + nfkc(text[cut + 1:])


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """Normalized text plus the map back to the original.

    `breaks` is a sorted list of normalized offsets where the mapping changes; `orig_at[i]` is the
    original offset that normalized offset `breaks[i]` corresponds to. Between breaks the mapping
    advances one-to-one. Expansions (one original char → several normalized chars) map all of
    their characters to the same original character.
    """

    text: str
    original: str
    breaks: tuple[int, ...] = field(default=(0,), repr=False)
    orig_at: tuple[int, ...] = field(default=(0,), repr=False)
    spans_of_expansions: tuple[tuple[int, int, int], ...] = field(default=(), repr=False)

    def orig_offset(self, i: int) -> int:
        """Original offset of normalized offset `i` (0 <= i <= len(text))."""
        if i >= len(self.text):
            return len(self.original)
        e = bisect_right(self.spans_of_expansions, i, key=lambda x: x[0]) - 1  # in order, disjoint
        if e >= 0 and i < self.spans_of_expansions[e][1]:
            return self.spans_of_expansions[e][2]
        k = bisect_right(self.breaks, i) - 1
        return self.orig_at[k] + (i - self.breaks[k])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalized span [start, end) to the original span covering the same characters."""
        if end <= start:
            o = self.orig_offset(start)
            return o, o
        o_start = self.orig_offset(start)
        o_last = self.orig_offset(end - 1)
        # The original end is just past the original character behind normalized char end-1,
        # plus any deleted characters (diacritics) that immediately follow it inside the word.
        o_end = o_last + 1
        while o_end < len(self.original) and self.original[o_end] in _DELETED and \
                (end >= len(self.text) or self.orig_offset(end) > o_end):
            o_end += 1
        return o_start, o_end

    def original_text(self, start: int, end: int) -> str:
        a, b = self.to_original(start, end)
        return self.original[a:b]


_DELETED_RUN = re.compile("[" + "".join(re.escape(c) for c in sorted(_DELETED)) + "]+")


def _extra_table(text: str) -> dict[int, str | None] | None:
    """One-to-one or deleting replacements for the compatibility characters of `text` that the
    fold table does not cover (NFKC of each), or None when one of them expands (ligatures)."""
    extra: dict[int, str | None] = {}
    for c in set(text):
        if ord(c) in _TABLE or unicodedata.is_normalized("NFKC", c):
            continue
        rep = _char_norm(c)
        if len(rep) > 1:
            return None
        extra[ord(c)] = rep or None
    return extra


def normalize(text: str) -> NormalizedText:
    """Normalize `text` under the project policy and keep the offset map."""
    extra: dict[int, str | None] | None = {}
    if not _is_simple(text):
        extra = _extra_table(text)
        if extra is None:
            return _normalize_slow(text)
    out = text.translate({**_TABLE, **extra} if extra else _SEQ_TABLE)
    if len(out) == len(text):
        return NormalizedText(out, text)
    if extra and any(v is None for v in extra.values()):
        return _normalize_slow(text)
    # Only deletions happened: a break after every deleted run.
    breaks = [0]
    orig_at = [0]
    removed = 0
    for m in _DELETED_RUN.finditer(text):
        removed += m.end() - m.start()
        breaks.append(m.end() - removed)
        orig_at.append(m.end())
    return NormalizedText(out, text, tuple(breaks), tuple(orig_at))


def _normalize_slow(text: str) -> NormalizedText:
    parts: list[str] = []
    breaks = [0]
    orig_at = [0]
    expansions: list[tuple[int, int, int]] = []
    n = 0
    expected_o = 0
    for o, ch in enumerate(text):
        rep = _char_norm(ch)
        if not rep:
            continue
        if o != expected_o or (breaks[-1] != n and len(rep) != 1):
            breaks.append(n)
            orig_at.append(o)
        if len(rep) > 1:
            expansions.append((n, n + len(rep), o))
            parts.append(rep)
            n += len(rep)
            breaks.append(n)
            orig_at.append(o + 1)
        else:
            parts.append(rep)
            n += 1
        expected_o = o + 1
    return NormalizedText("".join(parts), text, tuple(breaks), tuple(orig_at), tuple(expansions))


def norm(text: str) -> str:
    """The normalized string alone (for lexicon entries and keys)."""
    if _is_simple(text):
        return text.translate(_SEQ_TABLE)
    return "".join(_char_norm(c) for c in text)


def is_normal(text: str) -> bool:
    """Whether `norm(text) == text` holds for a piece of normalized text (a slice of
    `normalize(...).text`), checked cheaply: no character of such text is folded or deleted
    (`_TABLE` maps only to characters it leaves alone), so it is its own normalization whenever it
    is in NFKC; the per-character path of `norm` is taken otherwise, and this says False."""
    return _is_simple(text)


def norm_key(text: str) -> str:
    """A lookup key: normalized, whitespace collapsed and trimmed."""
    return " ".join(norm(text).split())


def fold_table() -> dict[int, str | None]:
    """The per-character folds and deletions of the normalization (what `str.translate` applies
    after NFKC), for readers that build comparison keys with the same folds. A copy."""
    return dict(_TABLE)
