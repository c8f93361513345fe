"""The article reader: an HTML page or already-scraped text → `Article` (title, publication
date, breadcrumb section, author, site name, URL, clean body paragraphs, language).

    from marsad.article import read_article
    article = read_article(Document(id="x", html=page))

Errors: `InputError` for input that cannot be read (empty, binary, wrong encoding),
`ExtractionError` for a page without article text. See docs/article.md.
"""

from __future__ import annotations

import re

from marsad.article.encoding import decode_bytes
from marsad.article.html import read_html
from marsad.article.scraped import read_scraped
from marsad.errors import InputError
from marsad.models import Article, Document

__all__ = ["decode_bytes", "read_article"]

_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>]|<\?xml[^>]*>\s*<!doctype html)", re.IGNORECASE)


def read_article(doc: Document) -> Article:
    """Read one document (see the module docstring)."""
    if doc.html is not None or doc.html_bytes is not None:
        return read_html(doc)
    if doc.text is not None:
        if _HTML_START.match(doc.text[:1024]):
            return read_html(Document(id=doc.id, html=doc.text, title=doc.title, published=doc.published,
                                      url=doc.url, source=doc.source))
        return read_scraped(doc)
    raise InputError("the document has neither text nor HTML", doc.source or doc.id)
