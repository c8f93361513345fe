"""Typed values that flow between stages (frozen dataclasses; pydantic only at the API edge)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A span of a stored text: [start, end) offsets and the characters themselves."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Document:
    """An input document as in spec/EVENTS.md: either `text` or `html` is set."""

    id: str
    text: str | None = None
    html: str | None = None
    html_bytes: bytes | None = None
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned article: what the article reader makes of a page or of scraped text."""

    id: str
    title: str | None
    body: str  # paragraphs separated by blank lines
    published: date | None = None
    section: tuple[str, ...] = ()
    author: str | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    source: str | None = None

    @property
    def full_text(self) -> str:
        """Headline and body as one text (the headline first, a blank line between)."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body

    def to_row(self) -> dict[str, Any]:
        d = asdict(self)
        d["published"] = self.published.isoformat() if self.published else None
        d["section"] = list(self.section)
        return d


@dataclass(frozen=True, slots=True)
class Failure:
    """A document that could not be processed, with the stage and the reason."""

    doc: str
    stage: str
    reason: str
    details: dict[str, Any] = field(default_factory=dict)

    def to_row(self) -> dict[str, Any]:
        return {"id": self.doc, "error": {"stage": self.stage, "reason": self.reason, **self.details}}
