"""Per-document limits of an ingest run: input size, article length and time.

* `max_doc_bytes`: a document whose input (file, JSON line, page, text) is larger is refused
  before anything reads it, with a recorded failure at stage `limit` (JSON lines are read with
  the same cap, so a 50 MB line is never held in memory whole);
* `max_text_chars`: an article whose text is longer is cut at the last paragraph break before
  the limit; the document is stored with a note saying where it was cut;
* `time_budget`: seconds of extraction per document. `time_budget()` arms a timer (SIGALRM)
  around the work; when it fires, the work is interrupted between two Python instructions and
  the document becomes a failure at stage `limit` while the batch goes on. The timer works in the
  main thread of a process (the ingest process, or each worker process); elsewhere (an API thread)
  the size limits alone bound the work. Work inside one C call (an HTML parse) is not interrupted:
  the size cap and the nesting cap (`marsad.article.nesting`) bound those.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from types import FrameType
from typing import Any

from marsad.errors import LimitError
from marsad.text.cut import cut_text

__all__ = ["MAX_DOC_BYTES", "MAX_TEXT_CHARS", "TIME_BUDGET", "Limits", "cut_text", "input_size", "time_budget",
           "too_large"]

MAX_DOC_BYTES = 4 * 1024 * 1024
MAX_TEXT_CHARS = 200_000
TIME_BUDGET = 60.0
RETRY = 0.1  # seconds between two deliveries of an expired budget


@dataclass(frozen=True, slots=True)
class Limits:
    max_doc_bytes: int = MAX_DOC_BYTES
    max_text_chars: int = MAX_TEXT_CHARS
    time_budget: float = TIME_BUDGET  # seconds; 0 disables the timer
    # not a limit, but carried to the workers with them: the publication date of the documents
    # that carry none (`--published`); relative dates are resolved against it
    published: date | None = None


class _Expired(BaseException):
    """Raised by the timer; a BaseException so that no `except Exception` inside a stage eats it."""


@contextmanager
def time_budget(seconds: float, where: str) -> Iterator[None]:
    """Run the block with a deadline; LimitError when it is exceeded (see the module docstring)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    armed = [True]

    def expire(_signum: int, _frame: FrameType | None) -> None:
        if armed[0]:
            raise _Expired

    previous = signal.signal(signal.SIGALRM, expire)
    hook = sys.unraisablehook

    def swallowed(unraisable: Any) -> None:
        # an expiry a destructor swallowed is reported by no one: the timer fires again (a hook
        # written in Python, a test runner's, could itself be interrupted while it reports it)
        if not isinstance(unraisable.exc_value, _Expired):
            hook(unraisable)

    sys.unraisablehook = swallowed
    # the timer fires again every RETRY seconds: an exception raised where a C extension or a
    # destructor swallows it must not let the document run on unbounded
    signal.setitimer(signal.ITIMER_REAL, seconds, RETRY)
    try:
        yield
    except _Expired:
        armed[0] = False
        raise LimitError(f"over the time budget of {seconds:g} s per document (--time-budget)", where) from None
    finally:
        armed[0] = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        sys.unraisablehook = hook


def input_size(text: str | None, html: str | None, data: bytes | None) -> int:
    """Bytes of a document's input (UTF-8 for text)."""
    if data is not None:
        return len(data)
    return sum(len(s.encode("utf-8", errors="replace")) for s in (text, html) if s)


def too_large(size: int, limit: int) -> str | None:
    """The reason to refuse an input of `size` bytes, or None."""
    if limit and size > limit:
        return f"document of {size} bytes exceeds the limit of {limit} bytes (--max-doc-bytes)"
    return None
