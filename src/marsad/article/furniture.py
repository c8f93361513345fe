"""Page furniture: lines and paragraphs around an article that are not the article, and
breadcrumbs. The phrases are data (`data/furniture.yaml`); this module holds the rules.

* `Furniture.is_line(line)`: the whole line is furniture ("اترك تعليقاً", "شارك", "اقرأ أيضاً: ...").
* `Furniture.marker_score(para)`: furniture phrases inside a paragraph (comment policies, cookie
  notices): 2 or more means the paragraph is furniture.
* `Furniture.is_tail(line)`: a line that opens the page tail (comment form, related posts, tags).
* `split_breadcrumb(line)`: the parts of a breadcrumb line, also when the parts were run together
  without separators ("أخبار سوريةدير الزورقسم الأخبار").

All comparisons run on normalized keys (`marsad.text.norm_key`), built once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

import ahocorasick

from marsad import lexicon
from marsad.text.morphology import morphology
from marsad.text.normalize import fold_table, nfkc, norm, norm_key

_FILE = "furniture.yaml"
# Punctuation and symbols around a furniture line: ":", "»", "|", icons, bullets, counters.
_STRIP = " \t\r\n\u00a0:：.،,؛;!?؟-–—|»«›‹>•·*#()[]{}\"'\u200f\u200e"
_WS = re.compile(r"\s+")
# Breadcrumb separators between parts.
_BC_SEPARATORS = re.compile(r"\s*(?:»|«|›|‹|>|<|/|\\|\||•|·|::|→|←|\s-\s|\s–\s)\s*")
_SENTENCE_END = ("." , "!", "؟", "?", "…", ":", "؛", "»", '"')
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# Letters that only end a word: a ta marbuta or alef maqsura followed by a letter is a join.
_FINAL_ONLY = "ةى"
# Proclitic sequences a marker may carry, and that a join may not be cut after ("" included).
_CLITICS = frozenset(("", *morphology().proclitics()))


@cache
def _key_table() -> list[str]:
    """A sequence translate table (much faster than a dict) for comparison keys: the folds and
    deletions of the text normalization, and every character that is not a word character or a
    line break turned into a space."""
    folds = fold_table()
    table = [chr(cp) for cp in range(0x10000)]
    for cp in range(0x10000):
        c = chr(cp)
        if cp in folds:
            v = folds[cp]
            table[cp] = "" if v is None else ("".join(ch if ch.isalnum() or ch == "_" else " " for ch in v))
        elif not (c.isalnum() or c in "_\n"):
            table[cp] = " "
    return table


def _keyed(text: str) -> str:
    return nfkc(text).translate(_key_table())


def _key(s: str) -> str:
    """The comparison key of a line: normalized (as `marsad.text.norm`), punctuation-free,
    spaces collapsed."""
    return " ".join(_keyed(s).split())


line_key = _key


def line_keys(lines: list[str]) -> list[str]:
    """`line_key` of every line, computed in one pass over the joined text."""
    keys = [" ".join(k.split()) for k in _keyed("\n".join(lines)).split("\n")]
    return keys if len(keys) == len(lines) else [_key(ln) for ln in lines]


def _terms(entry: lexicon.Entry) -> list[str]:
    out = [str(t) for t in entry.get("ar_norm") or []]
    out += [norm_key(str(t)) for t in entry.get("latin") or []]
    return [_key(t) for t in out if t]


@dataclass(frozen=True, slots=True)
class Furniture:
    lines: frozenset[str]
    prefixes: tuple[tuple[str, int], ...]  # (key, max words)
    tails: frozenset[str]
    max_prefix_words: int
    marker_weights: dict[str, int]  # key → weight
    marker_auto: Any  # Aho-Corasick automaton over the marker keys
    heads: frozenset[str]
    section_words: frozenset[str]
    home: frozenset[str]
    date_labels: tuple[tuple[str, str], ...]  # (key, kind)
    date_words: frozenset[str]  # words that may stand beside a date on a pure date line
    max_line_words: int  # a key of more words is never a furniture line (`is_line_key`)
    # `prefixes` by their first word: a prefix ends at a word end of a key only when the two
    # share their first word (`is_line_key` tries those alone)
    prefixes_by_word: dict[str, tuple[tuple[str, int], ...]]

    def is_line(self, line: str) -> bool:
        """The whole line is page furniture."""
        return self.is_line_key(_key(line))

    def is_line_key(self, k: str) -> bool:
        """`is_line` for a line already turned into its key (`line_key`)."""
        if not k or k in self.lines:
            return True
        n = k.count(" ") + 1
        if n > self.max_prefix_words:
            return False
        return any(n <= limit and k.startswith(p) and (len(k) == len(p) or k[len(p)] == " ")
                   for p, limit in self.prefixes_by_word.get(k.partition(" ")[0], ()))

    def is_tail(self, line: str) -> bool:
        return _key(line) in self.tails

    def has_markers(self, key_text: str) -> bool:
        """Whether any furniture marker occurs in a (keyed) text: a cheap test before
        scoring paragraphs one by one."""
        return next(self._marker_hits(key_text), None) is not None

    def _marker_hits(self, k: str) -> Iterator[str]:
        """Markers found in keyed text `k` at word bounds (proclitics و ف ب ل ال allowed)."""
        for last, key in self.marker_auto.iter(k):
            start, end = last - len(key) + 1, last + 1
            if end < len(k) and k[end] != " " and k[end] != "\n":
                continue
            ws = start
            while ws > 0 and k[ws - 1] not in " \n":
                ws -= 1
            if k[ws:start] in _CLITICS:
                yield key

    def marker_score(self, para: str) -> int:
        """Furniture evidence inside a paragraph: 2 or more means it is furniture."""
        return self.marker_score_key(_key(para))

    def marker_score_key(self, k: str) -> int:
        hits = list(self._marker_hits(k))
        if not hits:
            return 0
        score = sum(self.marker_weights[h] for h in hits)
        if score == 1 and k.count(" ") + 1 <= 25:
            score = 2
        return score

    def is_furniture_paragraph(self, para: str) -> bool:
        k = _key(para)
        return self.is_line_key(k) or self.marker_score_key(k) >= 2

    def date_label_before(self, normalized: str, start: int) -> str | None:
        """'published' or 'updated' when a date label stands just before offset `start`."""
        window = _key(normalized[max(0, start - 30):start])
        for key, kind in self.date_labels:
            if window.endswith(key):
                return kind
        return None


@cache
def furniture() -> Furniture:
    data = lexicon.load(_FILE)
    prefixes: list[tuple[str, int]] = []
    for e in data["line_prefixes"]:
        prefixes += [(t, int(e.get("max_words", 12))) for t in _terms(e)]
    markers: list[tuple[str, int]] = []
    for e in data["markers"]:
        markers += [(t, int(e.get("weight", 1))) for t in _terms(e)]
    auto = ahocorasick.Automaton()
    for k, _ in markers:
        auto.add_word(k, k)
    auto.make_automaton()
    labels = [(t, str(e["kind"])) for e in data["date_labels"] for t in _terms(e)]
    lines = frozenset(t for e in data["lines"] for t in _terms(e))
    max_prefix_words = max((n for _, n in prefixes), default=0)
    ordered = tuple(sorted(prefixes, key=lambda p: -len(p[0])))
    by_word: dict[str, list[tuple[str, int]]] = {}
    for p in ordered:
        by_word.setdefault(p[0].partition(" ")[0], []).append(p)
    return Furniture(
        lines=lines,
        prefixes=ordered,
        prefixes_by_word={w: tuple(ps) for w, ps in by_word.items()},
        tails=frozenset(t for e in data["tail_markers"] for t in _terms(e)),
        max_prefix_words=max_prefix_words,
        marker_weights=dict(markers),
        marker_auto=auto,
        heads=frozenset(t for e in data["section_heads"] for t in _terms(e)),
        section_words=frozenset(t for e in data["section_words"] for t in _terms(e)),
        home=frozenset(t for e in data["home"] for t in _terms(e)),
        date_labels=tuple(sorted(labels, key=lambda kv: -len(kv[0]))),
        date_words=frozenset(w for e in data["date_words"] for t in _terms(e) for w in t.split())
        | frozenset(w for t, _ in labels for w in t.split())
        | frozenset(w for e in lexicon.section("calendar.yaml", "weekdays") for t in e["ar_norm"]
                    for w in t.split()),
        max_line_words=max([max_prefix_words, *(k.count(" ") + 1 for k in lines)]),
    )


# ---------------------------------------------------------------- breadcrumbs


def _split_second_article(piece: str) -> list[str]:
    """A token that starts with the article and holds a second one is two words run together
    ("العراقالأنبار" → "العراق" + "الأنبار"): no Arabic word carries two articles. The second
    article must follow 2+ letters and lead 3+ letters ("الاستقبالات" stays whole)."""
    key = norm(piece)
    if len(key) != len(piece) or not key.startswith("ال"):
        return [piece]
    i = key.find("ال", 4)
    while i != -1:
        if len(key) - i - 2 >= 3:
            return [piece[:i], *_split_second_article(piece[i:])]
        i = key.find("ال", i + 1)
    return [piece]


def _split_word(word: str, heads: frozenset[str]) -> list[str]:
    """Split one space-free token at joins of breadcrumb parts: after a word-final-only letter
    (ة ى) followed by another letter, and before a known section head that ends the token
    ("الزورقسم" → "الزور" + "قسم") when what precedes is a real word, not proclitics."""
    pieces: list[str] = []
    start = 0
    for i in range(1, len(word)):
        if word[i - 1] in _FINAL_ONLY and _ARABIC_LETTER.match(word[i]) and i - start >= 2:
            pieces.append(word[start:i])
            start = i
    pieces.append(word[start:])
    pieces = [q for piece in pieces for q in _split_second_article(piece)]
    out: list[str] = []
    for piece in pieces:
        key = norm(piece)
        cut = 0
        if len(key) == len(piece):
            for h in sorted(heads, key=len, reverse=True):
                before = key[: len(key) - len(h)]
                if len(key) > len(h) and key.endswith(h) and len(before) >= 3 \
                        and before not in _CLITICS and not before.endswith("ال"):
                    cut = len(before)
                    break
        if cut:
            out += [piece[:cut], piece[cut:]]
        else:
            out.append(piece)
    return out


def split_breadcrumb(line: str) -> list[str]:
    """Parts of a breadcrumb line.

    With separators (» › > / | • -) the separators decide. Without them, parts that were run
    together are found at joins inside space-free tokens (see `_split_word`); spaces between
    words are taken to be spaces inside one part, so "أخبار سوريةدير الزورقسم الأخبار" →
    ["أخبار سورية", "دير الزور", "قسم الأخبار"]. A line without separators or joins is one part.
    """
    line = line.strip().strip(_STRIP)
    if not line:
        return []
    if _BC_SEPARATORS.search(line):
        parts = [p.strip(_STRIP) for p in _BC_SEPARATORS.split(line)]
        return [p for p in parts if p]
    heads = furniture().heads
    groups: list[list[str]] = [[]]
    for word in line.split():
        pieces = _split_word(word, heads)
        groups[-1].append(pieces[0])
        for piece in pieces[1:]:
            groups.append([piece])
    return [" ".join(g) for g in groups if g]


def looks_like_breadcrumb(line: str) -> bool:
    """A short line without sentence punctuation whose parts are separated, run together, or
    made of known section words."""
    s = line.strip()
    if not s or len(s) > 120 or s.endswith(_SENTENCE_END[:4]):
        return False
    words = s.split()
    if len(words) > 12:
        return False
    f = furniture()
    parts = split_breadcrumb(s)
    keys = [_key(p) for p in parts]
    known = sum(1 for k in keys if k in f.section_words or k in f.home or k.split(" ")[0] in f.heads)
    if _BC_SEPARATORS.search(s):
        return len(parts) >= 2 and known >= 1 and all(len(p.split()) <= 5 for p in parts)
    if len(parts) >= 2:
        return known >= 1 and all(len(p.split()) <= 5 for p in parts)
    return bool(keys) and (keys[0] in f.section_words or keys[0] in f.home)


def clean_sections(parts: list[str], title: str | None = None) -> tuple[str, ...]:
    """Breadcrumb parts without the home page and without the article's own title at the end."""
    f = furniture()
    out = [" ".join(p.split()) for p in parts if p.strip()]
    if out and _key(out[0]) in f.home:
        out = out[1:]
    if out and title and _key(out[-1]) == _key(title):
        out = out[:-1]
    return tuple(p for p in out if len(p) <= 80)
