"""Documents sent to worker processes a few at a time (`marsad.ingest.chunks`): each document gets
its own result or exception, in order, and no document waits for a task that never fills."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import pytest

from marsad.ingest.chunks import Chunked, run_chunk


def _square(x: int) -> int:
    if x == 3:
        raise ValueError("three")
    return x * x


class _Held:
    """A submit function that records the tasks and runs them only when told (or at once, with `now`)."""

    def __init__(self) -> None:
        self.tasks: list[tuple[Future[list[Any]], list[tuple[Any, ...]]]] = []
        self.now = False

    def __call__(self, fn: Any, call: Any, calls: list[tuple[Any, ...]]) -> Future[list[Any]]:
        f: Future[list[Any]] = Future()
        self.tasks.append((f, list(calls)))
        if self.now:
            self.run_all()
        return f

    def run_all(self) -> None:
        for f, calls in self.tasks:
            if not f.done():
                f.set_result(run_chunk(_square, calls))

    def sent(self) -> list[list[tuple[Any, ...]]]:
        return [calls for _, calls in self.tasks]


def test_each_document_gets_its_own_result_or_exception_in_order() -> None:
    with ThreadPoolExecutor(max_workers=2) as pool:
        chunked = Chunked(pool.submit, _square, size=4, busy=0)
        shares = [chunked.submit(x) for x in range(10)]
        assert [s.result() for s in (shares[0], shares[1], shares[2])] == [0, 1, 4]
        with pytest.raises(ValueError, match="three"):
            shares[3].result()
        assert [s.result() for s in shares[4:]] == [x * x for x in range(4, 10)]


def test_tasks_are_sent_full_and_a_partial_one_when_asked_for() -> None:
    held = _Held()
    chunked = Chunked(held, _square, size=3, busy=0)
    shares = [chunked.submit(x) for x in range(7)]
    assert held.sent() == [[(0,), (1,), (2,)], [(3,), (4,), (5,)]]
    assert not shares[0].done() and not shares[6].done()
    held.run_all()
    assert shares[0].done() and shares[2].result() == 4 and not shares[6].done()
    held.now = True
    assert shares[6].result() == 36  # asking for it sent its task as it was
    assert held.sent()[2] == [(6,)]
    chunked.send()  # nothing left to send
    assert len(held.tasks) == 3


def test_an_idle_worker_gets_a_task_at_once() -> None:
    held = _Held()
    chunked = Chunked(held, _square, size=8, busy=2)
    chunked.submit(1)
    chunked.submit(2)
    assert held.sent() == [[(1,)], [(2,)]]  # two workers, two tasks at once
    chunked.submit(3)
    chunked.submit(4)
    assert len(held.tasks) == 2  # both busy: the next task fills
    held.run_all()
    chunked.submit(5)
    assert held.sent()[2] == [(3,), (4,), (5,)]  # a worker was free again
