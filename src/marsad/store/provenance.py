"""Where a document came from, as the store records and shows it: a meaningful outlet name, never
a path of the machine that ingested it.

`source_name` picks, in order: the document's own `source` (a corpus field, a feed's title) when
it is a name and not a local path; the site name the article declares (`og:site_name` and the
like); the site's part of the page's `<title>` ("صحيفة الرافدين :: headline"); the host of its
URL (without `www.`); else the file name of the local path it was read from. `display_origin`
shows an ingest argument without its directories (URLs stay whole).
"""

from __future__ import annotations

import html
import re
from pathlib import PurePosixPath, PureWindowsPath
from urllib.parse import urlsplit

from marsad.text.invisible import strip_invisible

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")
_FILE_SUFFIX = re.compile(r"\.(?:html?|xhtml|txt|text|jsonl|ndjson|json|xml|rss|atom|gz|md|csv)$", re.I)


def is_url(value: str) -> bool:
    return urlsplit(value).scheme in ("http", "https", "ftp", "file")


def is_local_path(value: str) -> bool:
    """A file-system path (absolute, home-relative, ./ or ../, a Windows drive, or a relative path
    ending in a file suffix), not a name."""
    v = value.strip()
    if not v or (is_url(v) and not v.startswith("file:")):
        return False
    if v.startswith(("/", "~", "./", "../", ".\\", "..\\", "\\\\", "file:")) or _DRIVE.match(v):
        return True
    return ("/" in v or "\\" in v) and bool(_FILE_SUFFIX.search(v))


def file_name(path: str) -> str:
    """The last part of a local path (either separator)."""
    p = path[5:] if path.startswith("file:") else path
    name = PureWindowsPath(p).name if "\\" in p else PurePosixPath(p).name
    return name or p


def host(url: str | None) -> str | None:
    if not url or not is_url(url):
        return None
    netloc = (urlsplit(url).hostname or "").lower()
    return netloc.removeprefix("www.") or None


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
_TITLE_SEPARATORS = re.compile(r"\s+(?:::|\||-|–|—|«|»|/)\s+")
MAX_SITE_WORDS = 6


def title_tag(raw_html: str) -> str | None:
    """The text of the page's `<title>` (entities decoded), if any."""
    m = _TITLE.search(raw_html[:200_000])
    return " ".join(html.unescape(m.group(1)).split()) if m else None


def site_from_title(title: str | None, headline: str | None) -> str | None:
    """The site's name where a page title joins it to the headline ("Site :: Headline",
    "Headline | Site"): the first or last part that is not the headline and is short."""
    if not title:
        return None
    parts = [p.strip() for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    if len(parts) < 2:
        return None
    head = " ".join((headline or "").split())
    for part in (parts[0], parts[-1]):
        if part != head and part not in head and len(part.split()) <= MAX_SITE_WORDS:
            return part
    return None


def source_name(source: str | None, site_name: str | None = None, url: str | None = None,
                page_title: str | None = None, headline: str | None = None) -> str | None:
    """The outlet a document is recorded under (see the module docstring), without invisible
    characters (`marsad.text.invisible`)."""
    name = _source_name(source, site_name, url, page_title, headline)
    return strip_invisible(name).strip() or None if name else None


def _source_name(source: str | None, site_name: str | None, url: str | None, page_title: str | None,
                 headline: str | None) -> str | None:
    if source and source.strip() and not is_local_path(source) and not is_url(source):
        return source.strip()
    if site_name and site_name.strip():
        return site_name.strip()
    from_title = site_from_title(page_title, headline)
    if from_title:
        return from_title
    for candidate in (url, source):
        h = host(candidate)
        if h:
            return h
    if source and source.strip():
        return file_name(source.strip())
    return None


def display_origin(value: str) -> str:
    """An ingest argument as shown to others: a URL as it is, a local path by its name."""
    return file_name(value) if is_local_path(value) else value
