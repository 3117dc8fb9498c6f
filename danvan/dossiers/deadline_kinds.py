"""Dossiers past their ngày hẹn trả as due things of the deadline engine (``danvan.deadlines``):
one line per unit, "N hồ sơ quá hạn", linking to the unit's list of overdue dossiers (a unit
may hold thousands of dossiers; the line counts them, the list shows them). Read-only, and
already on the home page through the dossiers worklist provider: ``on_home=False``."""

from __future__ import annotations

import datetime
from urllib.parse import urlencode

from django.db.models import Count, Min, Q
from django.urls import reverse

from danvan.core.numbers import format_number
from danvan.deadlines.registry import DeadlineKind, Due, Scope
from danvan.deadlines.status import Status
from danvan.dossiers.models import Dossier
from danvan.orgunits.models import OrgUnit

KIND = "dossiers.overdue"


def dossiers_overdue_on(units, day: datetime.date):
    """Dossiers of ``units`` past their due date and not finished on ``day`` (for today the
    same as :func:`danvan.dossiers.selectors.dossiers_overdue`, which the list filters by)."""
    return Dossier.objects.filter(unit__in=units, due_on__lt=day, received_on__lte=day).filter(
        Q(finished_on__isnull=True) | Q(finished_on__gt=day)
    )


def _list_url(unit_code: str) -> str:
    query = {"tinh_trang": "qua_han", "ma_don_vi": unit_code}
    return f"{reverse('dossiers:list')}?{urlencode(query)}"


def dossiers_overdue_due(scope: Scope) -> list[Due]:
    rows = list(
        dossiers_overdue_on(scope.units, scope.day)
        .values("unit_id")
        .annotate(n=Count("pk"), oldest=Min("due_on"))
        .order_by("oldest")
    )
    units = OrgUnit.objects.in_bulk([row["unit_id"] for row in rows])
    return [
        Due(
            key=f"{KIND}:{units[row['unit_id']].code}",
            kind=KIND,
            unit=units[row["unit_id"]],
            title=f"{format_number(row['n'])} hồ sơ quá hạn chưa giải quyết xong",
            url=_list_url(units[row["unit_id"]].code),
            due=row["oldest"],
            status=Status.QUA_HAN,
            detail="Hạn trả sớm nhất trong số đó",
            count=row["n"],
        )
        for row in rows
    ]


OVERDUE_DOSSIERS = DeadlineKind(
    name=KIND,
    label="Hồ sơ TTHC quá hạn",
    items=dossiers_overdue_due,
    position=70,
    on_home=False,
)
