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
from marsad.article.body import clean_blocks, date_line, has_article, words_key
from marsad.article.encoding import check_text, decode_bytes
from marsad.article.furniture import clean_sections, furniture, line_key, looks_like_breadcrumb
from marsad.article.language import detect_language
from marsad.article.nesting import MAX_DEPTH, cap_nesting
from marsad.article.page import CRUMB_SEP, STRONG_CRUMB_SEP, PageInfo, clean, read_page
from marsad.article.pubdate import find_dates, parse_machine_date
from marsad.article.scraped import is_headline
from marsad.errors import ExtractionError, InputError
from marsad.models import Article, Document
from marsad.text.normalize import norm

log = logging.getLogger("marsad.article")

MAX_HTML_CHARS = 2_000_000
HTMLDATE_CHARS = 300_000  # htmldate, the last resort for dates, reads the head of the page only
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
    html, unwrapped = cap_nesting(html)
    if unwrapped:
        log.warning("%s: %d elements nested deeper than %d unwrapped", where, unwrapped, MAX_DEPTH)
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


def _headline_before_body(info: PageInfo, blocks: list[str]) -> str | None:
    """The headline-like line of the page text that stands just above the article's first
    paragraph (skipping date, byline and furniture lines): the headline of pages that mark it
    with neither <h1> nor metadata."""
    first = next((b for b in blocks if len(b.split()) >= 12), None)
    if not first:
        return None
    lines = [" ".join(ln.split()) for ln in info.text.split("\n")]
    lines = [ln for ln in lines if ln]
    head = " ".join(first.split()[:6])
    idx = next((i for i, ln in enumerate(lines) if ln.startswith(head)), None)
    if idx is None:
        return None
    f = furniture()
    for ln in reversed(lines[max(0, idx - 6):idx]):
        if date_line(ln) is not None or f.is_line(ln) or looks_like_breadcrumb(ln) or len(ln.split()) < 3:
            continue
        return ln if is_headline(ln) else None
    return None


def _weak_title(title: str, sites: set[str], rest: str) -> bool:
    """A metadata title that is rather the site's name: two words or fewer, a name that starts
    with "موقع"/"وكالة"..., a known site name, or words the article does not use."""
    words = words_key(title).split()
    site_words = {words_key(w) for w in _SITE_WORDS}
    return (len(words) <= 2 or words[0] in site_words or words_key(title) in sites
            or (bool(rest) and _overlap(title, rest) < 0.25))


def choose_title(info: PageInfo, sites: set[str], blocks: list[str] | None = None) -> str | None:
    """The newspaper's headline.

    1. An <h1> that says the same words as a metadata title (og:title, JSON-LD headline,
       twitter:title, <title> without the site name) gives the metadata spelling (plain text).
    2. Otherwise the visible headline, a plausible <h1> (not the site name, not furniture):
       the one closest to a metadata title when there are several. Metadata titles are often
       shortened for sharing ("غارات على إدلب"); the newspaper's headline is the <h1>. An <h1>
       that shares no words with any metadata title is a section heading when the page shows
       a metadata title as text: that title wins.
    3. Pages without <h1>: the first block of the article text when it is a headline (short,
       no final punctuation) sharing most words with a metadata title; else the metadata title
       (for <title>, the part the page shows) unless it is rather the site's name; then the
       headline-like first block, or the headline-like line just above the article.
    """
    blocks = blocks or []
    first_block = blocks[0] if blocks else None
    rest = " ".join(blocks[1:12])
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
        # The visible headline: the h1 closest to a metadata title, else the first one; but an
        # h1 unrelated to every metadata title (a section heading) loses to a metadata title
        # that the page shows as text (the headline set in another element).
        def related(h: str) -> float:
            return max((max(_overlap(h, m), _overlap(m, h)) for m in metas), default=0.0)

        best = max(h1s, key=related)
        if related(best) >= 0.3 or not metas:
            return best
        visible = words_key(info.text)
        shown = [m for m in metas if len(words_key(m).split()) >= 3 and words_key(m) in visible]
        return shown[0] if shown else best
    cands = [m for m in structured if m]
    if info.title_tag:
        part = _visible_part(info.title_tag, words_key(info.text), sites)
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
    strong = [c for c in cands if not _weak_title(c, sites, rest)]
    if strong:
        return strong[0]
    return headline_block or _headline_before_body(info, blocks) or (cands[0] if cands else None)


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


NEAR_BEFORE = 150  # a date this close above the headline is its kicker or meta line


def _text_dates(page: PageText, anchors: list[str], body: tuple[str, ...], today: date
                ) -> tuple[date | None, date | None]:
    """Dates written in the visible text around the article: (near, far).

    `near` is the date nearest the headline, after it (in the byline, the dateline or the body)
    or just above it with no menu in between; when the headline cannot be found, the date
    nearest before the first paragraph. `far` is a date above the headline across the site menu
    (often a "today" widget) or an unlabelled one after the body (sidebars, related posts): a
    last resort. Labelled publication dates ("نشر في") win, also after the body; dates labelled
    as updates lose; Hijri dates yield to Gregorian ones."""
    text = page.flat
    where = page.locate(anchors)
    first = " ".join(body[0].split()[:8]) if body else ""
    last = page.locate([" ".join(body[-1].split()[-8:])]) if body else None
    body_end = last[1] if last else -1
    by_body = where is None
    if by_body:
        where = page.locate([first]) if first else None
    if where is None:
        return None, None
    pos, end = where
    lo = max(0, pos - (1500 if by_body else 400))
    hi = min(len(text), max(end + (300 if by_body else 1500), body_end + 300))
    f = furniture()
    near: list[tuple[int, int, date]] = []
    far: list[tuple[int, int, date]] = []
    for d in find_dates(text[lo:hi], normalized=True, today=today):
        start, stop = d.start + lo, d.end + lo
        label = f.date_label_before(text, start)
        bonus = 3000 if label == "updated" else -1000 if label == "published" else 0
        bonus += 150 if d.kind == "hijri" else 0
        if stop <= pos:
            gap = pos - stop
            if by_body or (gap <= NEAR_BEFORE and not _crosses_menu(text[stop:pos])):
                near.append((gap + (0 if by_body else 100) + bonus, start, d.value))
            else:
                far.append((gap + bonus, start, d.value))
        elif body_end > 0 and start > body_end and label != "published":
            far.append((start - body_end + 1000 + bonus, start, d.value))  # a sidebar, related posts
        else:
            near.append((start - (pos if by_body else end) + (300 if by_body else 0) + bonus, start, d.value))
    return (min(near)[2] if near else None), (min(far)[2] if far else None)


def _crosses_menu(between: str) -> bool:
    """Whether the text between a date and the headline holds the site's menu (a home link or
    several section names): the date is then in the page header (a "today" widget)."""
    f = furniture()
    words = f" {line_key(between)} "
    if any(f" {h} " in words for h in f.home):
        return True
    return sum(1 for w in f.section_words if f" {w} " in words) >= 3


def _url_date(url: str | None, today: date) -> date | None:
    m = _URL_DATE.search(url) if url else None
    if not m:
        return None
    return parse_machine_date(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", today)


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


def _fallback_date(info: PageInfo, html: str, url: str | None, far: date | None, today: date) -> date | None:
    """When the page shows no date near its headline: the URL, a modification date, a date far
    above the headline, date-like elements, and last htmldate."""
    d = _url_date(url, today)
    if d:
        return d
    for v in [*info.jsonld_values("dateModified"), *(info.meta.get(k) for k in _META_MODIFIED)]:
        d = parse_machine_date(str(v) if v else None, today)
        if d:
            return d
    if far:
        return far
    for text in info.dateish:
        found = find_dates(text, today=today)
        if found:
            return found[0].value
    import htmldate  # here, not at the top: 0.3 s to import, and most pages date themselves earlier

    try:
        value = htmldate.find_date(html[:HTMLDATE_CHARS], extensive_search=True, original_date=True, url=url,
                                   max_date=today.isoformat())
    except (ValueError, TypeError):
        return None
    return parse_machine_date(value, today) if value else None


# ---------------------------------------------------------------- body


def _body_blocks(html: str, url: str | None, where: str) -> list[str]:
    # here, not at the top: trafilatura takes 0.5 s to import, and text input never needs it
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
    title = doc.title or choose_title(info, sites, blocks)
    body = clean_blocks(blocks, title)
    if not body.paragraphs or not has_article(body.paragraphs):
        raise ExtractionError("no article text found on the page (only short navigation or link text)", where)
    page = PageText(info.text)
    anchors = [a for a in (title, *info.headings) if a]
    published = doc.published or _structured_date(info, title, today)
    if published is None:
        near, far = _text_dates(page, anchors, body.paragraphs, today)
        published = near or body.date or _fallback_date(info, html, url, far, today)
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
