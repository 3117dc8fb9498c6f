"""Reads of any register, over units given by the access gate."""

import datetime

from django.db.models import Q, QuerySet
from django.http import Http404

from danvan.accounts.access import access_register_units, access_units
from danvan.orgunits.models import OrgUnit
from danvan.registers.columns import RegisterSpec, export_value
from danvan.registers.custom import columns_for

RECORD_NOT_FOUND = "Không tìm thấy bản ghi, hoặc bản ghi thuộc đơn vị bạn không được xem."


def register_write_units(spec: RegisterSpec, user) -> QuerySet[OrgUnit]:
    """The units whose records of this register ``user`` may write: the keepers' units, or
    the spec's own rule (:attr:`RegisterSpec.writable_units`)."""
    if spec.writable_units is not None:
        return spec.writable_units(user)
    return access_register_units(user)


def register_read_units(spec: RegisterSpec, user) -> QuerySet[OrgUnit]:
    """The units whose records of this register ``user`` may read: the access gate's, and
    those the spec lets them write."""
    if spec.writable_units is None:
        return access_units(user)
    readable = access_units(user).values("pk")
    written = spec.writable_units(user).values("pk")
    return OrgUnit.objects.filter(Q(pk__in=readable) | Q(pk__in=written))


def register_records(
    spec: RegisterSpec,
    units: QuerySet[OrgUnit],
    *,
    text: str = "",
    unit_code: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet:
    key_field = spec.column(spec.key).field
    records = spec.model._default_manager.filter(unit__in=units).select_related("unit")
    if text:
        records = records.filter(**{f"{key_field}__icontains": text})
    if unit_code:
        records = records.filter(unit__code=unit_code)
    if spec.date_field and date_from:
        records = records.filter(**{f"{spec.date_field}__gte": date_from})
    if spec.date_field and date_to:
        records = records.filter(**{f"{spec.date_field}__lte": date_to})
    order = [f"-{spec.date_field}"] if spec.date_field else []
    return records.order_by(*order, key_field)


def register_record(
    spec: RegisterSpec, units: QuerySet[OrgUnit], pk: int, *, not_found: str = RECORD_NOT_FOUND
):
    record = (
        spec.model._default_manager.filter(unit__in=units, pk=pk).select_related("unit").first()
    )
    if record is None:
        raise Http404(not_found)
    return record


def column_header(column) -> str:
    """The header shown on pages: the unit column shows the unit's name, not its code."""
    return "Đơn vị" if column.field == "unit" else column.headers[0]


def record_cells(spec: RegisterSpec, record, columns=None) -> list[tuple[str, str]]:
    """(Vietnamese header, display value) of each column (``columns``, by default
    :func:`columns_for`), choices shown by their label."""
    cells = []
    for column in columns if columns is not None else columns_for(spec):
        if column.is_custom:
            value = column.export(column.value_of(record))
        elif column.field == "unit":
            value = record.unit.short_name or record.unit.name
        else:
            display = getattr(record, f"get_{column.field}_display", None)
            raw = getattr(record, column.field)
            value = display() if display and raw != "" else export_value(raw)
        cells.append((column_header(column), value))
    return cells
