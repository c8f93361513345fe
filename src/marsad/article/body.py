"""Body clean-up shared by the HTML and scraped-text readers: from a list of text blocks (lines)
to article paragraphs, without page furniture, the repeated headline, date lines and the page
tail (comment form, related posts, tags)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from marsad.article.furniture import furniture
from marsad.article.pubdate import DateMatch, find_dates
from marsad.text.normalize import norm

_NON_WORD = re.compile(r"[^\w]+")
MIN_ARTICLE_WORDS = 12


def words_key(s: str) -> str:
    """Word sequence of a string, normalized (punctuation and quotes ignored)."""
    return " ".join(_NON_WORD.sub(" ", norm(s)).split())


def date_line(line: str) -> DateMatch | None:
    """The date when the line is essentially a date line ("الخميس 24 تشرين الأول 2023",
    "نشر في 2023-10-24 14:30", "28 آب/اغسطس 2013، آخر تحديث 14:00")."""
    if len(line) > 90:
        return None
    found = find_dates(line)
    if not found:
        return None
    rest = norm(line)
    for d in reversed(found):
        rest = rest[:d.start] + " " + rest[d.end:]
    rest_words = [w for w in _NON_WORD.sub(" ", rest).split() if not w.isdigit()]
    return found[0] if len(rest_words) <= 6 else None


@dataclass(frozen=True, slots=True)
class CleanBody:
    paragraphs: tuple[str, ...]
    date: date | None  # a date line found at the top of the body (removed from it)


def clean_blocks(blocks: list[str], title: str | None, *, top_lines: int = 3) -> CleanBody:
    """Paragraphs of the article from text blocks in reading order."""
    f = furniture()
    lines = [" ".join(b.split()) for b in blocks]
    lines = [ln for ln in lines if ln]
    # The page tail: a tail marker in the second half of the text ends the article.
    total = sum(len(ln) for ln in lines)
    seen = 0
    for i, ln in enumerate(lines):
        if seen >= total / 2 and f.is_tail(ln):
            lines = lines[:i]
            break
        seen += len(ln)
    title_key = words_key(title) if title else None
    found_date: date | None = None
    out: list[str] = []
    for i, ln in enumerate(lines):
        if title_key and words_key(ln) == title_key:
            continue
        if i < top_lines + (1 if title_key else 0) and not out:
            dm = date_line(ln)
            if dm is not None:
                found_date = found_date or dm.value
                continue
        if f.is_furniture_paragraph(ln):
            continue
        out.append(ln)
    return CleanBody(tuple(out), found_date)


def has_article(paragraphs: tuple[str, ...] | list[str]) -> bool:
    """Enough running text to be an article: one sentence-like paragraph of 12+ words, or 30+
    words in all."""
    counts = [len(p.split()) for p in paragraphs]
    return any(c >= MIN_ARTICLE_WORDS for c in counts) or sum(counts) >= 30
