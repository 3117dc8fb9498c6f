"""The kinds of due things. A kind is registered by the app that owns it, from its
``AppConfig.ready()``::

    from danvan.deadlines.registry import DeadlineKind, deadline_kind_register
    deadline_kind_register(DeadlineKind("plans.item", "Nhiệm vụ kế hoạch", plan_items_due))

``items(scope)`` yields a :class:`Due` for every thing of the kind owned by (or, where the kind
has co-operating units, shared with) a unit of ``scope.units``; those units have already been
through the access gate (``danvan.accounts.access``), so a kind filters on them and never
widens them. A name registered twice replaces the earlier kind (``ready()`` may run twice).
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from danvan.deadlines.status import Status


@dataclass(frozen=True)
class Scope:
    """Whose things are asked for, on which day."""

    units: Any  # QuerySet[OrgUnit], already through the access gate (all units for reminders)
    day: datetime.date
    include_closed: bool = False  # done and cancelled things too (the overview's filter)
    user: Any = None  # None: the system (the daily reminders)


@dataclass(frozen=True)
class Due:
    """One due thing, as every screen, the API, the CLI and the reminders read it.

    ``key`` identifies the object ("plans.planitem:12"); ``unit`` is the owner unit (an
    OrgUnit); ``co_units`` the co-operating units. ``days_left`` is filled in by the engine (the
    signed number of working days to ``due``; negative: overdue by that many).
    """

    key: str
    kind: str  # the kind's name, "plans.item"
    unit: Any  # OrgUnit
    title: str
    url: str
    due: datetime.date | None
    status: Status
    co_units: tuple = ()
    done_on: datetime.date | None = None
    detail: str = ""  # a second line: "Kèm theo Kế hoạch số 12/KH-BQLKKT"
    count: int | None = None  # a line standing for several records ("12 hồ sơ quá hạn")
    remind_before: int = 0  # working days before the due date (0: no reminder)
    remind_on_day: bool = False
    remind_after: int = 0  # working days after the due date, while still open
    days_left: int | None = None
    overdue: bool = False

    @property
    def is_open(self) -> bool:
        return self.status in (Status.CHUA_THUC_HIEN, Status.DANG_THUC_HIEN, Status.QUA_HAN)


@dataclass(frozen=True)
class DeadlineKind:
    name: str
    label: str  # "Nhiệm vụ kế hoạch", shown as the line's kind
    items: Callable[[Scope], Iterable[Due]]
    position: int = 100  # order of kinds on the overview
    # The engine sends this kind's reminders (before / on / after, working days) to the keepers
    # of the owner unit; a kind with its own reminders (report requests) sets ``remind`` to the
    # function that sends them for a day and returns how many it sent.
    remind: Callable[[datetime.date], int] | None = None
    # Work of the day before anyone is reminded (``danvan reminders --date D`` runs it first):
    # a plan item creating its report request N working days before its due date. Returns
    # Vietnamese lines saying what it did.
    daily: Callable[[datetime.date], list[str]] | None = None
    # Whether the home page's "Việc cần làm" shows this kind's lines (a kind whose app already
    # puts richer lines there, the report requests, says False).
    on_home: bool = True
    # For the engine's generic screens (progress notes, evidence, state changes): the model,
    # the records ``user`` may read (through the access gate) and whether ``user`` may change
    # one. A kind without them has read-only lines (dossiers past due, counted per unit).
    model: type | None = None
    visible: Callable[[Any], Any] | None = None  # user -> QuerySet of the model
    can_change: Callable[[Any, Any], bool] | None = None  # (user, obj) -> bool
    # The day a record's work began (a plan item: its plan's date), when the kind has one: a
    # completion dated before it is refused (``danvan.deadlines.services.deadline_complete``).
    start: Callable[[Any], datetime.date | None] | None = None  # obj -> date or None
    extra: dict = field(default_factory=dict)


_KINDS: dict[str, DeadlineKind] = {}


def deadline_kind_register(kind: DeadlineKind) -> None:
    _KINDS[kind.name] = kind


def deadline_kinds() -> list[DeadlineKind]:
    return sorted(_KINDS.values(), key=lambda kind: (kind.position, kind.name))


def deadline_kind(name: str) -> DeadlineKind:
    return _KINDS[name]


def deadline_kind_of(obj) -> DeadlineKind | None:
    """The kind whose ``model`` ``obj`` is (the engine's services are given only the record)."""
    return next((k for k in deadline_kinds() if k.model is not None and type(obj) is k.model), None)


def deadline_key(obj) -> str:
    """The key of one record, as in :attr:`Due.key` and ``ReminderSent``: "plans.planitem:12"."""
    return f"{obj._meta.label_lower}:{obj.pk}"
