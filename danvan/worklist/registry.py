"""The providers of due things. A provider is a function ``provider(ctx) -> Iterable[WorkItem]``
(``ctx`` is a :class:`~danvan.worklist.items.WorklistContext`) that reads only through the
access gate (``danvan.accounts.access``) and builds its items with ``ctx.item(...)``.

Each domain app registers its providers in its ``AppConfig.ready()``::

    from danvan.worklist.registry import worklist_register
    worklist_register("reporting.reports", reports_due)

A name registered twice replaces the earlier provider (``ready()`` may run more than once in
tests); providers run in the order they were first registered.
"""

from collections.abc import Callable, Iterable

from danvan.worklist.items import WorkItem, WorklistContext

Provider = Callable[[WorklistContext], Iterable[WorkItem]]

_PROVIDERS: dict[str, Provider] = {}


def worklist_register(name: str, provider: Provider) -> None:
    _PROVIDERS[name] = provider


def worklist_providers() -> dict[str, Provider]:
    return dict(_PROVIDERS)
