"""HTML page → Article.

One pass of each tool: selectolax (lexbor) reads what the page says about itself
(`page.read_page`), trafilatura extracts the body text (metadata extraction off: we read the
metadata ourselves), htmldate runs only when nothing cheaper finds the publication date.

Pages above `MAX_HTML_CHARS` characters lose their scripts, styles and comments first and are then
cut at that size (a warning says so): a 30 MB page costs what a 2 MB page costs.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from urllib.parse import urlparse

from marsad.article.blocks import dense_text, looks_like_table_dump
from marsad.article.body import clean_blocks, has_article, words_key
from marsad.article.encoding import check_text, decode_bytes
from marsad.article.furniture import clean_sections
from marsad.article.language import detect_language
from marsad.article.page import CRUMB_SEP, STRONG_CRUMB_SEP, PageInfo, clean, read_page
from marsad.article.pubdate import find_dates, parse_machine_date
from marsad.article.scraped import is_headline
from marsad.errors import ExtractionError, InputError
from marsad.models import Article, Document
from marsad.text.normalize import norm

log = logging.getLogger("marsad.article")

MAX_HTML_CHARS = 2_000_000
_HEAVY = re.compile(r"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<svg\b.*?</svg\s*>",
                    re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[a-zA-Z!/?]")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»«~/]+\s+|\s*\|\s*|\s+::\s+")
_LATIN = re.compile(r"[A-Za-z]")
_ARABIC = re.compile(r"[\u0621-\u064a]")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](\d\d?)[/-](\d\d?)(?:/|$|[-_.])")
_WS = re.compile(r"\s+")

# Structured publication dates, best first.
_META_DATES = (
    "article:published_time", "og:article:published_time", "article.published", "datepublished",
    "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "date.published",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
    "sailthru.date", "parsely-pub-date", "original-publish-date", "article_date_original", "date",
)
# Modification dates: used only when the page shows no publication date at all.
_META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
_SITE_WORDS = ("موقع", "شبكة", "صحيفة", "جريدة", "قناة", "وكالة", "بوابة", "راديو", "تلفزيون")


# ---------------------------------------------------------------- input


def page_html(doc: Document) -> str:
    """The page as text, decoded and checked, capped at MAX_HTML_CHARS."""
    where = doc.source or doc.id
    if doc.html_bytes is not None:
        html = decode_bytes(doc.html_bytes, where)
    elif doc.html is not None:
        if not doc.html.strip():
            raise InputError("empty page", where)
        html = check_text(doc.html, where)
    else:
        raise InputError("the document has no HTML", where)
    if not _TAG.search(html[:65536]):
        raise InputError("not an HTML page (no tags in the first 64 KB)", where)
    if len(html) > MAX_HTML_CHARS:
        size = len(html)
        html = _HEAVY.sub(" ", html)
        if len(html) > MAX_HTML_CHARS:
            html = html[:MAX_HTML_CHARS]
            log.warning("%s: page of %d characters cut to the first %d", where, size, MAX_HTML_CHARS)
    return html


# ---------------------------------------------------------------- title


def _site_names(info: PageInfo, url: str | None) -> set[str]:
    names = {info.first_meta("og:site_name"), info.first_meta("application-name"),
             info.first_meta("twitter:site")}
    for pub in info.jsonld_values("publisher"):
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            names.add(pub["name"])
    host = urlparse(url).hostname if url else None
    if host:
        names.update(p for p in host.split(".") if len(p) > 3 and p not in ("www", "com", "net", "org"))
    return {words_key(n.lstrip("@")) for n in names if n and n.strip()}


def _site_like(part: str, rest: str, sites: set[str]) -> bool:
    k = words_key(part)
    if not k:
        return True
    if k in sites or any(s and (s in k or (len(k) > 3 and k in s)) for s in sites):
        return True
    if _ARABIC.search(rest) and not _ARABIC.search(part) and _LATIN.search(part):
        return True
    n = len(k.split())
    return n <= 3 and len(words_key(rest).split()) >= 4 and (k.split()[0] in {words_key(w) for w in _SITE_WORDS}
                                                              or "." in part)


def strip_site_name(title: str | None, sites: set[str]) -> str | None:
    """A <title> or og:title without the site name before or after it ("... - CNN Arabic")."""
    if not title:
        return None
    title = clean(title)
    parts = _TITLE_SEPARATORS.split(title)
    seps = _TITLE_SEPARATORS.findall(title)
    while len(parts) > 1 and _site_like(parts[-1], " ".join(parts[:-1]), sites):
        parts, seps = parts[:-1], seps[:-1]
    while len(parts) > 1 and _site_like(parts[0], " ".join(parts[1:]), sites):
        parts, seps = parts[1:], seps[1:]
    out = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        out += sep + part
    return out.strip() or None


def _plausible_headline(h: str, sites: set[str]) -> bool:
    from marsad.article.furniture import furniture, line_key

    n = len(words_key(h).split())
    f = furniture()
    return (3 <= n <= 40 and not _site_like(h, "", sites) and words_key(h) not in sites
            and not f.is_line(h) and line_key(h) not in f.section_words)


def _overlap(a: str, b: str) -> float:
    """Share of the words of `a` that are also in `b`."""
    aw, bw = set(words_key(a).split()), set(words_key(b).split())
    return len(aw & bw) / len(aw) if aw else 0.0


def _visible_part(title: str, visible: str, sites: set[str]) -> str | None:
    """The headline inside a <title>: without the site name; when parts remain, the longest part
    that the page shows as text, or a part much longer than the others."""
    stripped = strip_site_name(title, sites)
    if not stripped:
        return None
    key = words_key(stripped)
    parts = [p for p in _TITLE_SEPARATORS.split(stripped) if words_key(p)]
    if len(parts) < 2 or key in visible:
        return stripped
    shown = [p for p in parts if len(words_key(p).split()) >= 3 and words_key(p) in visible]
    if shown:
        return max(shown, key=lambda p: len(words_key(p)))
    longest = max(parts, key=lambda p: len(words_key(p).split()))
    rest = sum(len(words_key(p).split()) for p in parts) - len(words_key(longest).split())
    return longest if len(words_key(longest).split()) >= 2 * rest else stripped


def choose_title(info: PageInfo, sites: set[str], first_block: str | None = None,
                 rest: str = "") -> str | None:
    """The newspaper's headline.

    1. An <h1> that says the same words as a metadata title (og:title, JSON-LD headline,
       twitter:title, <title> without the site name) gives the metadata spelling (plain text).
    2. Otherwise the visible headline, a plausible <h1> (not the site name, not furniture):
       the one closest to a metadata title when there are several. Metadata titles are often
       shortened for sharing ("غارات على إدلب"); the newspaper's headline is the <h1>.
    3. Pages without <h1>: the first block of the article text when it is a headline (short,
       no final punctuation) sharing most words with a metadata title; else the metadata title
       (for <title>, the part the page shows); else a headline-like first block.
    """
    ld = next((v for v in info.jsonld_values("headline") if isinstance(v, str)), None)
    structured = [strip_site_name(t, sites) for t in (info.first_meta("og:title"), ld,
                                                       info.first_meta("twitter:title"))]
    metas = [m for m in [*structured, strip_site_name(info.title_tag, sites)] if m]
    h1s = [h for h in info.headings if _plausible_headline(h, sites)]
    for h in h1s:
        hk = words_key(h)
        for m in metas:
            if words_key(m) == hk:
                return m
    if h1s:
        # The visible headline: the h1 closest to a metadata title, else the first one.
        return max(h1s, key=lambda h: max((_overlap(h, m) for m in metas), default=0.0))
    cands = [m for m in structured if m]
    if info.title_tag:
        visible = words_key(info.text)
        part = _visible_part(info.title_tag, visible, sites)
        if part:
            cands.append(part)
    headline_block = first_block if first_block and is_headline(first_block) else None
    if headline_block:
        for m in cands:
            if words_key(m) == words_key(headline_block):
                return m
            if _overlap(headline_block, m) >= 0.5 and _overlap(m, headline_block) >= 0.5:
                return headline_block
        # A metadata title that is only the site's name ("وكالة أنباء ...") says little of the
        # article; a headline's words come back in the text.
        if rest and cands and _overlap(headline_block, rest) >= _overlap(cands[0], rest) + 0.25:
            return headline_block
    if cands:
        return cands[0]
    return headline_block


# ---------------------------------------------------------------- date


def _structured_date(info: PageInfo, title: str | None, today: date) -> date | None:
    for v in info.jsonld_values("datePublished"):
        d = parse_machine_date(str(v), today)
        if d:
            return d
    for key in _META_DATES:
        d = parse_machine_date(info.meta.get(key), today)
        if d:
            return d
    # <time> elements after the headline's <h1> (before it: tickers, "today" widgets).
    key = words_key(title) if title else ""
    h1 = next((i for i, h in enumerate(info.headings) if words_key(h) == key), None)
    if h1 is None:
        h1 = next((i for i, h in enumerate(info.headings) if title and _overlap(h, title) >= 0.5), None)
    after = [t for t in info.times if t[2] >= (h1 if h1 is not None else 0)]
    times = after or (info.times if len(info.times) == 1 else [])
    for dt, text, _ in times:
        d = parse_machine_date(dt, today) or parse_machine_date(text, today)
        if d:
            return d
    return None


class PageText:
    """The visible page text, normalized and whitespace-collapsed on first use, for locating the
    headline and what stands near it."""

    def __init__(self, text: str) -> None:
        self._raw = text
        self._flat: str | None = None

    @property
    def flat(self) -> str:
        if self._flat is None:
            self._flat = _WS.sub(" ", norm(self._raw))
        return self._flat

    def find(self, s: str) -> int:
        key = _WS.sub(" ", norm(s)).strip()
        return self.flat.find(key) if key else -1

    def locate(self, anchors: list[str]) -> tuple[int, int] | None:
        """(start, end) of the first anchor (or of its first five words) found in the text."""
        for a in anchors:
            key = _WS.sub(" ", norm(a)).strip()
            if not key:
                continue
            pos = self.flat.find(key)
            if pos < 0 and len(key.split()) > 5:
                key = " ".join(key.split()[:5])
                pos = self.flat.find(key)
            if pos >= 0:
                return pos, pos + len(key)
        return None


def _text_date(page: PageText, anchors: list[str], body_start: str | None, today: date) -> date | None:
    """The date written nearest the headline in the visible text, after it by preference; when
    the headline cannot be found, the date nearest before the first paragraph of the body.
    Dates labelled as updates count last, labelled publication dates and Gregorian dates first."""
    from marsad.article.furniture import furniture

    where = page.locate(anchors)
    before, after = 400, 1500
    if where is None and body_start:
        where = page.locate([body_start])
        before, after = 1500, 300
    if where is None:
        return None
    pos, end = where
    text = page.flat
    lo, hi = max(0, pos - before), min(len(text), end + after)
    found = find_dates(text[lo:hi], normalized=True, today=today)
    f = furniture()
    cands: list[tuple[int, int, date]] = []
    for d in found:
        start, stop = d.start + lo, d.end + lo
        if before > after:  # anchored on the body: the date line stands before it
            dist = pos - stop if stop <= pos else start - pos + 300
        else:  # anchored on the headline: before it counts a little worse than after it
            dist = pos - stop + 200 if stop <= pos else max(0, start - end)
        label = f.date_label_before(text, start)
        dist += 3000 if label == "updated" else -150 if label == "published" else 0
        dist += 150 if d.kind == "hijri" else 0
        cands.append((dist, start, d.value))
    if not cands:
        return None
    return min(cands)[2]


def _choose_crumbs(info: PageInfo, page: PageText, anchors: list[str]) -> list[str]:
    """A breadcrumb from markup, else the breadcrumb-like text nearest before the headline
    (separators such as » › > / preferred to |, which menus use)."""
    if info.breadcrumb:
        return info.breadcrumb
    if not info.crumbs:
        return []
    strong = [c for c in info.crumbs if STRONG_CRUMB_SEP.search(c)]
    cands = strong or info.crumbs
    where = page.locate(anchors)
    best: tuple[int, str] | None = None
    for c in cands:
        pos = page.find(c)
        if pos < 0:
            continue
        dist = where[0] - pos if where and pos <= where[0] else 10**6 + pos
        if best is None or dist < best[0]:
            best = (dist, c)
    if best is None:
        return []
    return [p for p in CRUMB_SEP.split(best[1]) if p.strip()]


def _fallback_date(info: PageInfo, html: str, url: str | None, today: date) -> date | None:
    for v in [*info.jsonld_values("dateModified"), *(info.meta.get(k) for k in _META_MODIFIED)]:
        d = parse_machine_date(str(v) if v else None, today)
        if d:
            return d
    if url:
        m = _URL_DATE.search(url)
        if m:
            d = parse_machine_date(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", today)
            if d:
                return d
    for text in info.dateish:
        found = find_dates(text, today=today)
        if found:
            return found[0].value
    import htmldate

    try:
        value = htmldate.find_date(html, extensive_search=True, original_date=True, url=url,
                                   max_date=today.isoformat())
    except (ValueError, TypeError):
        return None
    return parse_machine_date(value, today) if value else None


# ---------------------------------------------------------------- body


def _body_blocks(html: str, url: str | None, where: str) -> list[str]:
    import trafilatura
    from lxml.etree import LxmlError

    try:
        result = trafilatura.bare_extraction(html, url=url, with_metadata=False, include_comments=False,
                                             include_images=False, include_tables=True)
    except (ValueError, TypeError, LxmlError, RecursionError) as e:
        raise ExtractionError(f"the page cannot be parsed: {e}", where) from e
    text = getattr(result, "text", None)
    if not text:
        return []
    return [ln for ln in str(text).split("\n") if ln.strip()]


def read_html(doc: Document, today: date | None = None) -> Article:
    """An HTML page (doc.html or doc.html_bytes) → Article. Given title/published are kept."""
    where = doc.source or doc.id
    today = today or date.today()
    html = page_html(doc)
    info = read_page(html)
    url = doc.url or info.first_meta("og:url") or info.canonical
    sites = _site_names(info, url)
    blocks = _body_blocks(html, url, where)
    if (not blocks or looks_like_table_dump(blocks)) and info.body is not None:
        blocks = dense_text(info.body) or blocks
    if not blocks:
        raise ExtractionError("no article text found on the page", where)
    title = doc.title or choose_title(info, sites, blocks[0], " ".join(blocks[1:12]))
    body = clean_blocks(blocks, title)
    if not body.paragraphs or not has_article(body.paragraphs):
        raise ExtractionError("no article text found on the page (only short navigation or link text)", where)
    page = PageText(info.text)
    anchors = [a for a in (title, *info.headings) if a]
    published = doc.published or _structured_date(info, title, today)
    if published is None:
        body_start = " ".join(body.paragraphs[0].split()[:8])
        published = (_text_date(page, anchors, body_start, today) or body.date
                     or _fallback_date(info, html, url, today))
    text = "\n\n".join(body.paragraphs)
    author = info.first_meta("author", "article:author", "dc.creator", "sailthru.author", "byl")
    if not author or author.startswith("http"):
        author = _jsonld_name(info.jsonld_values("author"))
    site = info.first_meta("og:site_name", "application-name")
    return Article(
        id=doc.id,
        title=title,
        body=text,
        published=published,
        section=clean_sections(_choose_crumbs(info, page, anchors), title) or _meta_section(info),
        author=clean(author) or None,
        site_name=clean(site) or None,
        url=url,
        language=detect_language(text) or _lang_attr(info),
        source=doc.source,
    )


def _jsonld_name(values: list[object]) -> str | None:
    """The name of the first JSON-LD person or organisation among `values`."""
    for v in values:
        for item in v if isinstance(v, list) else [v]:
            if isinstance(item, str) and not item.startswith("http"):
                return item
            if isinstance(item, dict) and isinstance(item.get("name"), str):
                return str(item["name"])
    return None


def _meta_section(info: PageInfo) -> tuple[str, ...]:
    s = info.first_meta("article:section", "section", "og:article:section")
    if not s:
        s = next((v for v in info.jsonld_values("articleSection") if isinstance(v, str)), None)
    return (clean(s),) if s and clean(s) else ()


def _lang_attr(info: PageInfo) -> str | None:
    return info.lang.split("-")[0].lower() if info.lang else None
