"""Reads of the dossier register. Callers pass units from the access gate."""

import datetime

from django.db.models import Q, QuerySet
from django.utils import timezone

from danvan.dossiers.models import Dossier
from danvan.dossiers.spec import DOSSIERS
from danvan.orgunits.models import OrgUnit
from danvan.registers.selectors import register_record

DOSSIER_NOT_FOUND = "Không tìm thấy hồ sơ, hoặc hồ sơ thuộc đơn vị bạn không được xem."


def dossier_list(
    units: QuerySet[OrgUnit],
    *,
    text: str = "",
    unit_code: str = "",
    channel: str = "",
    outcome: str = "",
    status: str = "",
    received_from: datetime.date | None = None,
    received_to: datetime.date | None = None,
    today: datetime.date | None = None,
) -> QuerySet[Dossier]:
    dossiers = Dossier.objects.filter(unit__in=units).select_related("unit")
    if text:
        dossiers = dossiers.filter(
            Q(code__icontains=text)
            | Q(procedure_name__icontains=text)
            | Q(procedure_code__icontains=text)
        )
    if unit_code:
        dossiers = dossiers.filter(unit__code=unit_code)
    if channel:
        dossiers = dossiers.filter(channel=channel)
    if outcome:
        dossiers = dossiers.filter(outcome=outcome)
    if status == "dang_giai_quyet":
        dossiers = dossiers.filter(finished_on__isnull=True)
    elif status == "da_ket_thuc":
        dossiers = dossiers.filter(finished_on__isnull=False)
    elif status == "qua_han":
        dossiers = dossiers_overdue(dossiers, today or timezone.localdate(), scoped=True)
    if received_from:
        dossiers = dossiers.filter(received_on__gte=received_from)
    if received_to:
        dossiers = dossiers.filter(received_on__lte=received_to)
    return dossiers


def dossiers_overdue(units, today: datetime.date, *, scoped: bool = False) -> QuerySet[Dossier]:
    """Dossiers not finished whose due date (ngày hẹn trả) is before ``today``: of ``units``
    (from the access gate), or, with ``scoped``, narrowing an already scoped queryset."""
    dossiers = units if scoped else Dossier.objects.filter(unit__in=units)
    return dossiers.filter(finished_on__isnull=True, due_on__lt=today).select_related("unit")


def dossier_get(units: QuerySet[OrgUnit], pk: int) -> Dossier:
    return register_record(DOSSIERS, units, pk, not_found=DOSSIER_NOT_FOUND)
