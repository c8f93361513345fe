"""Documents handed to local worker processes a few at a time (`marsad ingest --workers N`).

Each task sent to a process pool costs both ends some work that does not depend on the document:
a future, the call and its result pickled through a pipe, the pool's queue-feeding and
result-reading threads of the writing process woken (each time taking a core from a worker for a
moment). `Chunked` gathers the documents submitted one by one into tasks of `size` and hands out
one `Share` per document: a future-like view of that document's result in its task's result. A
task is sent when it is full, when fewer tasks than `busy` (the workers) are still running or
waiting (a slow source, fetched URL by URL: a worker is not left idle while a task fills), or as
soon as the result of one of its documents is asked for (the end of the input, a full window), so
no document waits for others that never come.

Every document of a task is prepared on its own (`prepare` catches what one document raises and
`run_chunk` keeps any other exception apart, per document): a task gives each document the
result, or the exception, that a task of its own would have given.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

CHUNK = 8  # documents per task


class _Raised:
    """An exception one document of a task raised, handed back in the task's results."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error


def run_chunk(fn: Callable[..., Any], calls: list[tuple[Any, ...]]) -> list[Any]:
    """`fn(*args)` for each of `calls`, in order (in a worker process): each call's result, or
    the exception it raised (`Exception` only: the others stop the task, as they stop one call)."""
    out: list[Any] = []
    for args in calls:
        try:
            out.append(fn(*args))
        except Exception as e:
            out.append(_Raised(e))
    return out


class _Task:
    __slots__ = ("calls", "future")

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []
        self.future: Future[list[Any]] | None = None


class Share:
    """One document's part of a task: `done`, `result` and `cancel` as a future of its own."""

    __slots__ = ("_index", "_owner", "_task")

    def __init__(self, owner: Chunked, task: _Task, index: int) -> None:
        self._owner, self._task, self._index = owner, task, index

    def done(self) -> bool:
        f = self._task.future
        return f is not None and f.done()

    def result(self) -> Any:
        if self._task.future is None:
            self._owner.send()  # asked for before its task was full: sent as it is
        assert self._task.future is not None
        found = self._task.future.result()[self._index]
        if isinstance(found, _Raised):
            raise found.error
        return found

    def cancel(self) -> bool:
        f = self._task.future
        return f.cancel() if f is not None else True


class Chunked:
    """Submit `fn(*args)` calls `size` at a time through `submit_task(run_chunk, fn, calls)`
    (a process pool's `submit`) to `busy` workers."""

    def __init__(self, submit_task: Callable[..., Future[list[Any]]], fn: Callable[..., Any],
                 size: int = CHUNK, busy: int = 1) -> None:
        self._submit, self._fn, self.size, self.busy = submit_task, fn, max(1, size), busy
        self._open = _Task()
        self._sent: deque[Future[list[Any]]] = deque()  # sent tasks, those done at the left dropped

    def submit(self, *args: Any) -> Share:
        task = self._open
        task.calls.append(args)
        share = Share(self, task, len(task.calls) - 1)
        sent = self._sent
        while sent and sent[0].done():
            sent.popleft()
        if len(task.calls) >= self.size or len(sent) < self.busy:
            self.send()
        return share

    def send(self) -> None:
        """Send the task being filled (nothing when it is empty)."""
        task = self._open
        if task.calls:
            self._open = _Task()
            task.future = self._submit(run_chunk, self._fn, task.calls)
            self._sent.append(task.future)
