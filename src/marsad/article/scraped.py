"""Already-scraped text → Article: the breadcrumb line (also when its parts were run together),
the headline, date lines, page furniture and the page tail.

The layout of a scraped page is: optional breadcrumb / date / furniture lines, the headline (a
short line without final punctuation), the article paragraphs, then the tail (comment form,
"back to top", related posts). A given `title` is kept and located in the text; a given
`published` date is kept.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from marsad.article.body import HEADER_WORDS, clean_blocks, date_line, words_key
from marsad.article.encoding import check_text
from marsad.article.furniture import (
    Furniture,
    clean_sections,
    furniture,
    line_key,
    line_keys,
    looks_like_breadcrumb,
    split_breadcrumb,
)
from marsad.article.language import detect_language
from marsad.errors import ExtractionError, InputError
from marsad.models import Article, Document

HEADER_LINES = 6  # the breadcrumb, date and headline are among the first lines
_COMMENT = re.compile(r"^<!--.*-->$")  # an HTML comment left in scraped text
_FINAL_PUNCT = (".", "!", "؟", "?", ":", "؛", "…", "،", ",")
_CLOSING_QUOTES = "\"\u201d\u00bb')"  # a stop may stand inside them: ".»" ends a sentence


def is_headline(line: str) -> bool:
    """A short line (3-30 words) without final punctuation."""
    n = len(line.split())
    return 3 <= n <= 30 and not line.rstrip().rstrip(_CLOSING_QUOTES).endswith(_FINAL_PUNCT) and len(line) <= 250


_SENTENCE_END = re.compile(rf"[.!?\u061f][{re.escape(_CLOSING_QUOTES)}]?\s+")


def _split_trailing_furniture(lines: list[str], f: Furniture) -> list[str]:
    """"... محافظة الأنبار. رابط الخبر بصحيفة الوئام: <العنوان>": furniture run on at the end of the
    last paragraph goes on a line of its own, where the line rules see it (the longest such tail
    after a sentence end)."""
    if not lines:
        return lines
    last = lines[-1]
    if unicodedata.is_normalized("NFKC", last):
        tails = _short_tails(last, f)
    else:
        tails = [(m.end(), None) for m in _SENTENCE_END.finditer(last)]
    for end, key in tails:
        tail = last[end:]
        if tail and f.is_line_key(line_key(tail) if key is None else key):
            return [*lines[:-1], last[:end].rstrip(), tail]
    return lines


TAIL_CHARS = 1000  # the end of the last line where a furniture tail is looked for first
HEAD_CHARS = 600  # the first characters of a tail whose key may already be too long


def _too_long(head: str, words: int) -> bool:
    """Whether the key of a text beginning with `head` has more than `words` words, told by
    the key of `head` up to its last space: NFKC keeps what stands on either side of a space
    apart (`text.normalize.nfkc`) and the key maps the rest character by character, so the key
    of "a b" has the words of the key of a and then those of b's."""
    cut = head.rfind(" ")
    return cut > 0 and len(line_key(head[:cut]).split()) > words


def _short_tails(last: str, f: Furniture) -> list[tuple[int, str | None]]:
    """The sentence ends of `last` (a text in NFKC) with the key of the rest after each, for the
    rests short enough to be a furniture line. Only a tail whose key has at most `max_line_words`
    words can be one; a tail's key is its characters mapped one by one (each tail is in NFKC
    too), so a longer tail's key has at least the words of a shorter one's: those short enough
    are the last few, found from the end (testing every tail from the start was quadratic). The
    sentence ends are looked for in the last `TAIL_CHARS` characters first (no sentence end
    overlaps another: those found from there on are the text's own), in the whole text when
    every tail from there on is short."""
    start = max(0, len(last) - TAIL_CHARS)
    while True:
        ends = [m.end() for m in _SENTENCE_END.finditer(last, start)]
        tails: list[tuple[int, str | None]] = []
        for end in reversed(ends):
            if len(last) - end > HEAD_CHARS and _too_long(last[end:end + HEAD_CHARS], f.max_line_words):
                return tails[::-1]
            key = line_key(last[end:])
            if len(key.split()) > f.max_line_words:
                return tails[::-1]
            tails.append((end, key))
        if start == 0:
            return tails[::-1]
        start = 0


def read_scraped(doc: Document) -> Article:
    """Scraped text (doc.text) → Article."""
    where = doc.source or doc.id
    if doc.text is None or not doc.text.strip():
        raise InputError("empty text", where)
    text = check_text(doc.text, where)
    lines = [" ".join(ln.split()) for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not _COMMENT.match(ln)]
    f = furniture()
    lines = _split_trailing_furniture(lines, f)
    title = doc.title.strip() if doc.title and doc.title.strip() else None
    limit = min(len(lines), HEADER_LINES)
    header: list[str]
    keys: list[str] | None = None  # the lines' keys, when the headline was looked for by them
    if title:
        tk = words_key(title)
        # (the keys of every line in one pass: the body's are those `clean_blocks` reads; a scraped
        # text is often one long paragraph among the first lines)
        keys = line_keys(lines)
        idx = next((i for i in range(limit) if keys[i] == tk), None)
        if idx is not None and any(len(ln.split()) > HEADER_WORDS for ln in lines[:idx]):
            idx = None  # the title repeated inside the article, not its headline
        if idx is None:
            n = 1 if lines and looks_like_breadcrumb(lines[0]) else 0
            header, rest, keys = lines[:n], lines[n:], keys[n:]
        else:
            header, rest, keys = lines[:idx], lines[idx + 1:], keys[idx + 1:]
    else:
        i = 0
        while i < limit and (looks_like_breadcrumb(lines[i]) or f.is_line(lines[i])
                             or date_line(lines[i]) is not None):
            i += 1
        header = lines[:i]
        if i < len(lines) - 1 and is_headline(lines[i]):
            title = lines[i]
            i += 1
        rest = lines[i:]
    section: tuple[str, ...] = ()
    found: date | None = None
    for ln in header:
        dm = date_line(ln)
        if dm is not None:
            found = found or dm.value
        elif not section and looks_like_breadcrumb(ln):
            section = clean_sections(split_breadcrumb(ln), title)
    body = clean_blocks(rest, title, pure_dates=True, keys=keys)
    if not body.paragraphs:
        raise ExtractionError("no article text: every line is page furniture", where)
    out = "\n\n".join(body.paragraphs)
    return Article(
        id=doc.id,
        title=title,
        body=out,
        published=doc.published or found or body.date,
        section=section,
        url=doc.url,
        language=detect_language(out),
        source=doc.source,
    )
