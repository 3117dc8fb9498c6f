"""Reading due things: every registered kind, for the units a person may see."""

from __future__ import annotations

import dataclasses
import datetime

from danvan.accounts.access import access_units
from danvan.calendars.selectors import calendar_current
from danvan.deadlines.registry import Due, Scope, deadline_kinds
from danvan.orgunits.models import OrgUnit


def deadline_scope_units(user, *, unit: OrgUnit | None = None, subtree: bool = False):
    """The units of the overview: what ``user`` may read, narrowed to ``unit`` (and its
    subtree). Every read of due things goes through here (the access gate)."""
    units = access_units(user)
    if unit is not None:
        units = units.filter(path__startswith=unit.path) if subtree else units.filter(pk=unit.pk)
    return units


def deadlines_with_days(items, day: datetime.date, calendar=None) -> list[Due]:
    """``items`` with their working days left on ``day``, the most pressing first."""
    calendar = calendar or calendar_current()
    out = []
    for item in items:
        if item.due is None:
            out.append(item)
            continue
        if item.due < day:
            left, overdue = -calendar.working_days_between(item.due, day), True
        else:
            left, overdue = calendar.working_days_between(day, item.due), False
        out.append(dataclasses.replace(item, days_left=left, overdue=overdue))
    return sorted(
        out,
        key=lambda d: (not d.is_open, d.due is None, d.due or datetime.date.max, d.title),
    )


def deadlines_for(
    user,
    *,
    day: datetime.date,
    unit: OrgUnit | None = None,
    subtree: bool = False,
    include_closed: bool = False,
    kinds: list[str] | None = None,
) -> list[Due]:
    """Every due thing of every kind in ``user``'s scope on ``day``."""
    scope = Scope(
        units=deadline_scope_units(user, unit=unit, subtree=subtree),
        day=day,
        include_closed=include_closed,
        user=user,
    )
    items = [
        item
        for kind in deadline_kinds()
        if kinds is None or kind.name in kinds
        for item in kind.items(scope)
    ]
    return deadlines_with_days(items, day)
