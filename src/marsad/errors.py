"""A small exception tree. Each error says what went wrong and where."""

from __future__ import annotations


class MarsadError(Exception):
    """Base of every error marsad raises on purpose."""


class InputError(MarsadError):
    """A document or file that cannot be read: empty, binary, malformed, wrong encoding."""

    def __init__(self, reason: str, where: str | None = None) -> None:
        self.reason = reason
        self.where = where
        super().__init__(f"{where}: {reason}" if where else reason)


class ExtractionError(MarsadError):
    """A stage could not produce its output for a document (no article on a page, say)."""

    def __init__(self, reason: str, where: str | None = None) -> None:
        self.reason = reason
        self.where = where
        super().__init__(f"{where}: {reason}" if where else reason)


class LexiconError(MarsadError):
    """A data file under marsad/data is missing, malformed or fails its integrity rules."""


class GazetteerError(MarsadError):
    """A gazetteer file cannot be imported or the gazetteer database is unusable."""


class StoreError(MarsadError):
    """The event store cannot be opened, migrated or written."""


class ConfigError(MarsadError):
    """A setting (environment variable, option) has an invalid value."""


class LimitError(ExtractionError):
    """A document over a limit: too large to read, or over its time budget."""
