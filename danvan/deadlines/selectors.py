"""Reading due things: every registered kind, for the units a person may see."""

from __future__ import annotations

import dataclasses
import datetime
from typing import Any

from django.contrib.contenttypes.models import ContentType

from danvan.accounts.access import access_units
from danvan.calendars.selectors import calendar_current
from danvan.core.numbers import format_number
from danvan.deadlines.models import Evidence, ProgressNote
from danvan.deadlines.registry import Due, Scope, deadline_kinds
from danvan.orgunits.models import OrgUnit


def deadline_scope_units(user, *, unit: OrgUnit | None = None, subtree: bool = False):
    """The units of the overview: what ``user`` may read, narrowed to ``unit`` (and its
    subtree). Every read of due things goes through here (the access gate)."""
    units = access_units(user)
    if unit is not None:
        units = units.filter(path__startswith=unit.path) if subtree else units.filter(pk=unit.pk)
    return units


def deadline_when(
    days_left: int | None,
    overdue: bool,
    due: datetime.date | None,
    day: datetime.date | None = None,
) -> str:
    """The time left in words, in working days: "còn 3 ngày làm việc", "hạn cuối hôm nay",
    "quá hạn 2 ngày làm việc" ("đã quá hạn" when the date is past but no working day has
    passed yet: a deadline on a Saturday seen on Sunday; "còn 0 ngày làm việc" for one on a
    Saturday seen on Friday)."""
    if due is None or days_left is None:
        return ""
    if overdue:
        if days_left:
            return f"quá hạn {format_number(-days_left)} ngày làm việc"
        return "đã quá hạn"
    if days_left == 0:
        return "hạn cuối hôm nay" if day is None or due == day else "còn 0 ngày làm việc"
    return f"còn {format_number(days_left)} ngày làm việc"


def deadlines_with_days(items, day: datetime.date, calendar=None) -> list[Due]:
    """``items`` with their working days left on ``day``, the most pressing first."""
    calendar = calendar or calendar_current()
    out = []
    for item in items:
        if item.due is None:
            out.append(item)
            continue
        left, overdue = calendar.days_left(item.due, day)
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


def evidence_of(obj: Any):
    """The evidence of ``obj``, oldest first."""
    return Evidence.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).order_by("created_at", "pk")


def notes_of(obj: Any):
    """The progress notes of ``obj``, in date order."""
    return ProgressNote.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
    ).order_by("day", "pk")
