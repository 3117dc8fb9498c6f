"""The trash (thùng rác) of every register: what a deletion keeps, who may put it back, and
the restore itself.

A deletion still goes through the register's own delete (counters and the audit trail stay
right); ``trash_store`` (in :mod:`.services`, beside the delete it serves) first copies the
record's values as the register's file columns.
:func:`trash_restore` puts them back through the same parse → check → create path as an
import or the form (so a record that would not be accepted today is refused), with the same
key, and marks the entry restored (the audit trail records that update as the restoration,
beside the record's own "thêm mới" event).
"""

import datetime

from django.db import transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone

from danvan.accounts.access import REGISTER_KEEPERS, access_units
from danvan.accounts.models import Role
from danvan.core.errors import DomainError
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_active
from danvan.registers.custom import columns_for, headers_for
from danvan.registers.models import TrashedRecord
from danvan.registers.parsing import record_values
from danvan.registers.registry import registers
from danvan.registers.services import RETIRED_KEY, register_record_create

# Who may restore: an administrator of the unit, or a keeper of its registers.
RESTORERS = (Role.QUAN_TRI, *REGISTER_KEEPERS)

ENTRY_NOT_FOUND = "Không tìm thấy bản ghi trong thùng rác, hoặc bạn không có quyền khôi phục."
ALREADY_RESTORED = "Bản ghi «{label}» đã được khôi phục lúc {at}{by}; không khôi phục lần nữa."
KEY_REUSED = (
    "Không khôi phục được «{label}»: mã «{key}» đã có trong sổ (có thể đã được nhập lại sau khi "
    "xóa). Sửa hoặc xóa bản ghi đang dùng mã này trước."
)
UNIT_GONE = (
    "Không khôi phục được «{label}»: đơn vị «{unit}» đã ngừng hoạt động{merged}. "
    "Hãy nhập lại bản ghi vào đơn vị đang hoạt động."
)
INVALID_NOW = "Không khôi phục được «{label}»: bản ghi không còn hợp lệ — {reasons}."
UNKNOWN_REGISTER = "Sổ «{slug}» không còn trong hệ thống."


def trash_units(user) -> QuerySet[OrgUnit]:
    """The units whose trash ``user`` may open and restore from (the access gate's units of an
    administrator or a keeper; merged predecessors included, so their entries are listed)."""
    return access_units(user, roles=RESTORERS)


def trash_entries(
    units: QuerySet[OrgUnit],
    *,
    register_slug: str = "",
    unit_code: str = "",
    state: str = "",
) -> QuerySet[TrashedRecord]:
    """Entries of ``units`` (from :func:`trash_units`), newest first. ``state``: "" (waiting
    to be restored), "da-khoi-phuc" (restored) or "tat-ca" (all)."""
    entries = TrashedRecord.objects.filter(unit__in=units).select_related(
        "unit", "deleted_by", "restored_by"
    )
    if register_slug:
        entries = entries.filter(register_slug=register_slug)
    if unit_code:
        entries = entries.filter(unit__code=unit_code)
    if state == "da-khoi-phuc":
        entries = entries.filter(restored_at__isnull=False)
    elif state != "tat-ca":
        entries = entries.filter(restored_at__isnull=True)
    return entries


def trash_entry(units: QuerySet[OrgUnit], entry_id: int) -> TrashedRecord:
    entry = trash_entries(units, state="tat-ca").filter(pk=entry_id).first()
    if entry is None:
        raise Http404(ENTRY_NOT_FOUND)
    return entry


def _when(moment: datetime.datetime) -> str:
    return timezone.localtime(moment).strftime("%H:%M %d/%m/%Y")


@transaction.atomic
def trash_restore(*, user, entry_id: int, today: datetime.date | None = None):
    """Put a trashed record back, with its key, through the register's create path.

    Refused (DomainError, nothing changes) when it was already restored, its key is taken
    again, its unit is no longer active today, or its values no longer pass the register's
    checks. ``Http404`` when the entry is not in the user's scope.
    """
    today = today or timezone.localdate()
    units = trash_units(user)
    entry = trash_entry(units, entry_id)
    # Lock the row (PostgreSQL) so two clicks cannot restore twice; SQLite serialises writers.
    entry = TrashedRecord.objects.select_for_update().select_related("unit").get(pk=entry.pk)
    if entry.restored_at is not None:
        by = f" bởi {entry.restored_by.get_username()}" if entry.restored_by else ""
        raise DomainError(
            ALREADY_RESTORED.format(label=entry.label, at=_when(entry.restored_at), by=by)
        )
    spec = registers().get(entry.register_slug)
    if spec is None:
        raise DomainError(UNKNOWN_REGISTER.format(slug=entry.register_slug))
    unit = entry.unit
    if not orgunit_active(OrgUnit.objects.filter(pk=unit.pk), today).exists():
        merged = f" (đã sáp nhập vào {unit.merged_into.name})" if unit.merged_into_id else ""
        raise DomainError(UNIT_GONE.format(label=entry.label, unit=unit.name, merged=merged))
    key_field = spec.column(spec.key).field
    if spec.model._default_manager.filter(**{key_field: entry.record_key}).exists():
        raise DomainError(KEY_REUSED.format(label=entry.label, key=entry.record_key))
    columns = columns_for(spec)
    values, problems = record_values(spec, entry.values, {unit.code: unit}, columns=columns)
    retired = entry.values.get(RETIRED_KEY) or {}
    if retired:  # put back as they were (a retired field has no parser any more)
        values["custom"] = {**retired, **values.get("custom", {})}
    if problems:
        labels = headers_for(columns)
        reasons = "; ".join(f"{labels.get(col, col)}: {why}" for col, _value, why in problems)
        raise DomainError(INVALID_NOW.format(label=entry.label, reasons=reasons))

    record = register_record_create(spec, values)
    entry.restored_at = timezone.now()
    entry.restored_by = user if getattr(user, "pk", None) else None
    entry.restored_record_id = record.pk
    entry.save()
    return record


def trash_register_labels() -> dict[str, str]:
    return {slug: spec.label for slug, spec in registers().items()}
