"""What `marsad ingest` reads: SOURCE arguments → a stream of documents, failures and skips.

A SOURCE is
* a JSON-lines corpus, an HTML or text file, or a directory of them (`marsad.documents`);
* an RSS/Atom feed, as a URL or a file (`.xml`, `.rss`, `.atom`, or XML that starts a feed):
  each entry's link is fetched as an article (an entry without a link but with content is read
  as text);
* an article URL (http or https);
* a Parquet corpus, or a URL that fsspec opens (`s3://…`): `marsad.ingest.readers`.

Feeds are parsed safely: a document declaring entities (billion laughs, external entities) is
refused before any parser sees it, and defusedxml checks what is left; feedparser then reads the
entries (it never fetches anything itself). A feed's validators (ETag, Last-Modified) are stored
only after all its entries have been handled (the `Mark` item), so a run killed half-way through a
feed reads it again in full next time.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from marsad.errors import InputError
from marsad.ingest import readers
from marsad.ingest.fetch import HTML_TYPES, Fetched, Fetcher, FetchError
from marsad.models import Document, Failure

FEED_SUFFIXES = {".xml", ".rss", ".atom"}
MAX_FEED_FILE = 32 * 1024 * 1024
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Skip:
    doc_key: str
    reason: str


@dataclass(frozen=True, slots=True)
class Mark:
    """Store these HTTP validators for `url` once everything before this item is saved."""

    url: str
    etag: str | None
    last_modified: str | None
    status: int


@dataclass(frozen=True, slots=True)
class SourceItem:
    origin: str  # the SOURCE argument (or the feed) the item came from
    kind: str  # corpus | file | feed | url
    item: Document | Failure | Skip | Mark


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str | None
    title: str | None
    published: date | None
    content: str | None


def is_url(source: str) -> bool:
    return urlsplit(source).scheme in ("http", "https")


def parse_feed(data: bytes, where: str) -> list[FeedEntry]:
    """Entries of an RSS/Atom document; InputError for hostile or unreadable XML."""
    # feeds only: feedparser takes 0.35 s to import, and file and URL ingestion never need it
    import defusedxml.ElementTree as safe_et
    import feedparser
    from defusedxml import DefusedXmlException

    if _ENTITY_DECL.search(data):
        raise InputError("hostile XML: the feed declares entities (entity expansion refused)", where)
    try:
        safe_et.fromstring(data)
    except DefusedXmlException as e:
        raise InputError(f"hostile XML: {type(e).__name__}", where) from e
    except safe_et.ParseError:
        pass  # not well-formed: feedparser's lenient reader may still find the entries
    parsed = feedparser.parse(data)
    usable = [e for e in parsed.entries if e.get("link") or e.get("content") or e.get("summary")]
    if not usable:
        why = getattr(parsed, "bozo_exception", None)
        detail = f": {type(why).__name__}: {why}" if why else ""
        raise InputError(f"malformed feed or feed without usable entries{detail}", where)
    out = []
    for ent in usable:
        when = ent.get("published_parsed") or ent.get("updated_parsed")
        content = None
        if ent.get("content"):
            content = "\n\n".join(c.get("value", "") for c in ent["content"])
        elif ent.get("summary"):
            content = ent["summary"]
        out.append(FeedEntry(ent.get("link"), ent.get("title"), date(*when[:3]) if when else None, content))
    return out


class Reader:
    """Turns SOURCE arguments into SourceItems, fetching feeds and URLs with `fetcher`."""

    def __init__(self, fetcher: Fetcher, known_url: Callable[[str], bool], max_doc_bytes: int = 0) -> None:
        self.fetcher = fetcher
        self.known_url = known_url
        self.max_doc_bytes = max_doc_bytes  # 0: the readers' own caps

    def items(self, source: str) -> Iterator[SourceItem]:
        if is_url(source):
            yield from self._url(source, source, "url")
            return
        path = Path(source)
        if path.is_file() and looks_like_feed(path):
            try:
                size = path.stat().st_size
                if size > MAX_FEED_FILE:
                    raise InputError(f"feed file of {size} bytes exceeds {MAX_FEED_FILE}", source)
                entries = parse_feed(path.read_bytes(), source)
            except (InputError, OSError) as err:
                yield SourceItem(source, "feed", Failure(path.name, "feed", getattr(err, "reason", str(err))))
                return
            yield from self._entries(source, entries, base=None, started=time.monotonic())
            return
        corpus = path.suffix.lower() in {".jsonl", ".ndjson", ".json"} or source == "-" or readers.is_parquet(source)
        kind = "corpus" if corpus or readers.is_fsspec_url(source) else "file"
        items = readers.iter_source(source, max_bytes=self.max_doc_bytes)
        empty = True
        for item in items:
            empty = False
            yield SourceItem(source, kind, item)
        if empty and kind == "corpus":  # an empty corpus is recorded, not passed over in silence
            yield SourceItem(source, kind, Failure(path.stem or source, "read",
                                                   f"{source}: empty source (no JSON lines)"))

    def _url(self, origin: str, url: str, kind: str, entry: FeedEntry | None = None,
             deadline: float | None = None) -> Iterator[SourceItem]:
        if kind != "feed" and self.known_url(url):
            yield SourceItem(origin, kind, Skip(url, "already stored (same URL)"))
            return
        started = time.monotonic()
        try:
            got = self.fetcher.get(url, conditional=kind == "url", deadline=deadline)
        except FetchError as e:
            yield SourceItem(origin, kind, Failure(url, e.stage, e.reason, {"url": url}))
            return
        if got.not_modified:
            yield SourceItem(origin, kind, Skip(url, "not modified since the last fetch (HTTP 304)"))
            return
        if kind == "url" and got.is_feed:
            try:
                entries = parse_feed(got.body, url)
            except InputError as e:
                yield SourceItem(origin, "feed", Failure(url, "feed", e.reason, {"url": url}))
                return
            yield from self._entries(origin, entries, base=got.final_url, started=started)
            yield SourceItem(origin, "feed", Mark(url, got.etag, got.last_modified, got.status))
            return
        yield SourceItem(origin, kind, _page_document(got, entry))

    def _entries(self, origin: str, entries: list[FeedEntry], base: str | None,
                 started: float) -> Iterator[SourceItem]:
        """The feed's entries, within the feed deadline (counted from when the feed was asked
        for): entries left when it has passed are one recorded failure."""
        limit = self.fetcher.options.feed_deadline
        end = started + limit
        for n, e in enumerate(entries, 1):
            if time.monotonic() >= end:
                yield SourceItem(origin, "feed", Failure(
                    f"{origin}#{n}", "deadline", f"the feed took longer than its deadline of {limit:g} s "
                    f"(--feed-deadline): {len(entries) - n + 1} of {len(entries)} entries not read"))
                return
            link = urljoin(base, e.link) if base and e.link else e.link
            if link and is_url(link):
                yield from self._url(origin, link, "feed", e, deadline=end)
            elif e.content and e.content.strip():
                key = link or f"{origin}#{n}"
                if self.known_url(key):
                    yield SourceItem(origin, "feed", Skip(key, "already stored (same URL)"))
                    continue
                yield SourceItem(origin, "feed", Document(id=key, html=e.content if "<" in e.content else None,
                                                          text=None if "<" in e.content else e.content,
                                                          title=e.title, published=e.published, url=link,
                                                          source=urlsplit(origin).netloc or Path(origin).stem))
            else:
                yield SourceItem(origin, "feed", Failure(f"{origin}#{n}", "feed", "entry without a link or content"))


def looks_like_feed(path: Path) -> bool:
    if path.suffix.lower() in FEED_SUFFIXES:
        return True
    if path.suffix.lower() in {".jsonl", ".ndjson", ".json", ".txt", ".html", ".htm"}:
        return False
    try:
        with path.open("rb") as f:
            head = f.read(4096).lower()
    except OSError:
        return False
    return head.lstrip().startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def _page_document(got: Fetched, entry: FeedEntry | None) -> Document | Failure:
    ctype = got.content_type or "text/html"
    if ctype not in HTML_TYPES:
        return Failure(got.url, "fetch", f"unsupported content type {ctype!r} (an HTML page was expected)",
                       {"url": got.url})
    if not got.body.strip():
        return Failure(got.url, "fetch", "empty body", {"url": got.url})
    host = urlsplit(got.final_url).netloc
    title = entry.title if entry else None
    published = entry.published if entry else None
    if ctype == "text/plain":
        return Document(id=got.url, text=got.body.decode("utf-8", errors="replace"), title=title,
                        published=published, url=got.url, source=host)
    return Document(id=got.url, html_bytes=got.body, title=title, published=published, url=got.url, source=host)
