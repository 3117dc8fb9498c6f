"""Progress and cancellation of long work (imports, consolidations …) without knowing who
listens. A background job sets a reporter for the work it runs (``progress_reporting``); the
work calls ``progress_tick(done, total, message)`` now and then. The reporter may raise to
cancel: inside the import pipeline's transaction that rolls everything back. Outside a job no
reporter is set and a tick costs one context-variable read.

``progress_span(start, end, total)`` lets a step report its own ``done``/``total`` (a bulk
insert counting its rows) as a part of the whole: its ticks land between ``start`` and
``end`` of ``total``, itself a part of the enclosing span when there is one.
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

Reporter = Callable[[int, int, str], None]

_reporter: ContextVar[Reporter | None] = ContextVar("danvan_progress", default=None)
_span: ContextVar[tuple[int, int, int] | None] = ContextVar("danvan_progress_span", default=None)


@contextmanager
def progress_reporting(reporter: Reporter) -> Iterator[None]:
    token = _reporter.set(reporter)
    try:
        yield
    finally:
        _reporter.reset(token)


@contextmanager
def progress_span(start: int, end: int, total: int) -> Iterator[None]:
    parent = _span.get()
    if parent is not None:  # nested: a part of the enclosing part
        low, high, outer = parent
        total = max(total, 1)
        start, end = low + (high - low) * start // total, low + (high - low) * end // total
        total = outer
    token = _span.set((start, end, total))
    try:
        yield
    finally:
        _span.reset(token)


def progress_tick(done: int, total: int, message: str = "") -> None:
    reporter = _reporter.get()
    if reporter is None:
        return
    span = _span.get()
    if span is not None:
        start, end, outer = span
        done = start + (end - start) * min(done, total) // max(total, 1)
        total = outer
    reporter(done, total, message)


def progress_active() -> bool:
    return _reporter.get() is not None
