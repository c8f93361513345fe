"""What the event-language tests share: a Thursday to publish on, the engine run on one text (or
a headline and its body), the news it tells (background and summaries left out) and the names of
its fields."""

from __future__ import annotations

from datetime import date

from marsad.models import Article, Event
from marsad.pipeline import extract_events

PUB = date(2016, 5, 12)  # a Thursday


def events(text: str, published: date | None = PUB) -> list[Event]:
    """Every record of one article body (no headline), background and summaries included."""
    return extract_events(Article(id="t", title=None, body=text, published=published, language="ar"))


def news(text: str, published: date | None = PUB) -> list[Event]:
    """The fresh incidents: background and aggregate records left out."""
    return [e for e in events(text, published) if not e.background and not e.aggregate]


def headline_news(title: str, body: str, published: date | None = PUB) -> list[Event]:
    """The fresh incidents of an article with its headline."""
    found = extract_events(Article(id="t", title=title, body=body, published=published, language="ar"))
    return [e for e in found if not e.background and not e.aggregate]


def place(e: Event) -> str | None:
    return e.location.name if e.location else None


def actor1(e: Event) -> str | None:
    return e.actor1.name if e.actor1 else None


def actor2(e: Event) -> str | None:
    return e.actor2.name if e.actor2 else None
