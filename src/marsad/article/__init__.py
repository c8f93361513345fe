"""The article reader: an HTML page or already-scraped text → `Article` (title, publication
date, breadcrumb section, author, site name, URL, clean body paragraphs, language).

    from marsad.article import read_article
    article = read_article(Document(id="x", html=page))

Errors: `InputError` for input that cannot be read (empty, binary, wrong encoding),
`ExtractionError` for a page without article text. See docs/article.md.
"""

from __future__ import annotations

import re
from dataclasses import replace

from marsad.article.encoding import decode_bytes
from marsad.article.html import read_html
from marsad.article.scraped import read_scraped
from marsad.errors import InputError
from marsad.models import Article, Document
from marsad.text.invisible import strip_invisible, strip_optional

__all__ = ["decode_bytes", "read_article"]

_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<!doctype html)", re.IGNORECASE)


def read_article(doc: Document) -> Article:
    """Read one document (see the module docstring). Zero-width characters and bidi controls
    are removed from every text of the article (`marsad.text.invisible`)."""
    return _visible(_read(doc))


def _read(doc: Document) -> Article:
    if doc.html is not None or doc.html_bytes is not None:
        return read_html(doc)
    if doc.text is not None:
        if _HTML_START.match(doc.text[:1024]):
            return read_html(Document(id=doc.id, html=doc.text, title=doc.title, published=doc.published,
                                      url=doc.url, source=doc.source))
        return read_scraped(doc)
    raise InputError("the document has neither text nor HTML", doc.source or doc.id)


def _visible(a: Article) -> Article:
    return replace(a, title=strip_optional(a.title), body=strip_invisible(a.body),
                   section=tuple(strip_invisible(s) for s in a.section), author=strip_optional(a.author),
                   site_name=strip_optional(a.site_name), source=strip_optional(a.source))
