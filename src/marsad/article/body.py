"""Body clean-up shared by the HTML and scraped-text readers: from a list of text blocks (lines)
to article paragraphs, without page furniture, the repeated headline, date lines and the page
tail (comment form, related posts, tags)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from marsad.article.furniture import furniture, line_key, line_keys
from marsad.article.pubdate import DateMatch, find_dates
from marsad.text.normalize import norm

_NON_WORD = re.compile(r"[^\w]+")
MIN_ARTICLE_WORDS = 12


def words_key(s: str) -> str:
    """Word sequence of a string, normalized (punctuation and quotes ignored)."""
    return line_key(s)


def date_line(line: str, *, pure: bool = False) -> DateMatch | None:
    """The date when the line is essentially a date line ("الخميس 24 تشرين الأول 2023",
    "نشر في 2023-10-24 14:30", "28 آب/اغسطس 2013، آخر تحديث 14:00"): besides the date, at most
    six words; with `pure`, only date words (labels, weekdays, time words)."""
    if len(line) > 100 or not any(c.isdigit() for c in line):
        return None
    found = find_dates(line)
    if not found:
        return None
    rest = norm(line)
    for d in reversed(found):
        rest = rest[:d.start] + " " + rest[d.end:]
    rest_words = [w for w in _NON_WORD.sub(" ", rest).split() if not w.isdigit()]
    if pure:
        allowed = furniture().date_words
        return found[0] if all(w in allowed for w in rest_words) else None
    return found[0] if len(rest_words) <= 6 else None


@dataclass(frozen=True, slots=True)
class CleanBody:
    paragraphs: tuple[str, ...]
    date: date | None  # a date line found at the top of the body (removed from it)


_FINAL = (".", "!", "؟", "?", "…", ":", "؛", '"', "»", ")")
HEADER_WORDS = 12  # kicker, category or breadcrumb lines above the headline are at most this long
DEK_WORDS = 30  # a subtitle (standfirst) under the headline: 5 to 30 words (not a dateline)


def _header_end(lines: list[str], keys: list[str], title_key: str | None, top: int) -> int:
    """Index of the first line after the page header (kicker, headline, subtitle, byline and
    date lines) when the headline stands among the first lines; 0 when it does not."""
    if not title_key:
        return 0
    idx = next((i for i in range(min(top, len(lines))) if keys[i] == title_key), None)
    if idx is None or any(len(ln.split()) > HEADER_WORDS for ln in lines[:idx]):
        return 0
    i = idx + 1
    while i < len(lines) and i <= idx + 3:
        ln = lines[i]
        if date_line(ln) is not None:
            i += 1
            continue
        is_dek = (5 <= len(ln.split()) <= DEK_WORDS and not ln.endswith(_FINAL) and i + 1 < len(lines)
                  and len(lines[i + 1].split()) > len(ln.split()))
        if not is_dek:
            break
        i += 1
    return i


def clean_blocks(blocks: list[str], title: str | None, *, top_lines: int = 3,
                 pure_dates: bool = False, keys: list[str] | None = None) -> CleanBody:
    """Paragraphs of the article from text blocks in reading order: the page header (lines above
    the headline, the headline, a subtitle, byline/date lines) and tail go, furniture goes.
    With `pure_dates`, a date line at the top goes only when it holds nothing but the date and
    its labels (scraped text keeps datelines such as "بيروت 11 أغسطس 2015 (واس)"). `keys`, when
    the caller has them: the `line_key` of every block (blocks with their spaces collapsed, none
    empty)."""
    f = furniture()
    if keys is None:
        lines = [" ".join(b.split()) for b in blocks]
        lines = [ln for ln in lines if ln]
        keys = line_keys(lines)
    else:
        lines = blocks
    # The page tail: a tail marker in the second half of the text ends the article.
    total = sum(len(ln) for ln in lines)
    seen = 0
    for i, k in enumerate(keys):
        if seen >= total / 2 and k in f.tails:
            lines, keys = lines[:i], keys[:i]
            break
        seen += len(lines[i])
    title_key = line_key(title) if title else None
    found_date: date | None = None
    start = _header_end(lines, keys, title_key, top_lines + 2)
    for ln in lines[:start]:
        dm = date_line(ln)
        if dm is not None:
            found_date = found_date or dm.value
    markers = f.has_markers("\n".join(keys))
    out: list[str] = []
    for i in range(start, len(lines)):
        ln, k = lines[i], keys[i]
        if title_key and k == title_key and len(out) < 2:
            continue
        if i < start + top_lines and not out:
            dm = date_line(ln, pure=pure_dates)
            if dm is not None:
                found_date = found_date or dm.value
                continue
        if f.is_line_key(k) or (markers and f.marker_score_key(k) >= 2):
            continue
        out.append(ln)
    return CleanBody(tuple(out), found_date)


def has_article(paragraphs: tuple[str, ...] | list[str]) -> bool:
    """Enough running text to be an article: one sentence-like paragraph of 12+ words, or 30+
    words in all."""
    counts = [len(p.split()) for p in paragraphs]
    return any(c >= MIN_ARTICLE_WORDS for c in counts) or sum(counts) >= 30
