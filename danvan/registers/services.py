"""Writes of one record of any register (files go through :mod:`.importing`)."""

import copy

from django.db import transaction
from django.utils import timezone

from danvan.audit.context import current_actor
from danvan.core.errors import DomainError, Invalid, problem
from danvan.registers.columns import RegisterSpec, value_problem
from danvan.registers.custom import columns_for, custom_merge, headers_for, retired_values
from danvan.registers.models import TrashedRecord

# Where a trashed record keeps the values of its retired custom fields (as stored).
RETIRED_KEY = "_truong_ngung_dung"

KEY_TAKEN = "Mã «{key}» đã có trong sổ."
INVALID = "Bản ghi chưa hợp lệ: {reasons}."
OWN_PAGES = "Sổ «{label}» được cập nhật trên trang của nó, không sửa trực tiếp ở đây."


def register_writes_check(spec: RegisterSpec) -> None:
    """Refuse generic writes to a register its app writes through its own services."""
    if not spec.generic_writes:
        raise DomainError(OWN_PAGES.format(label=spec.label))


def _checked_values(spec: RegisterSpec, values: dict) -> tuple[dict, list[tuple[str, str]]]:
    """``values`` with the rules of the register's parsers applied to each fixed column's
    value (they may come from an API body, a page form or the trash, not from the parsers):
    NFC text without control characters, a key that is not empty, dates in the record range,
    integers a database column holds. Returns (values, [(column name, reason)])."""
    checked, problems = dict(values), []
    for column in spec.columns:
        if column.field not in values or column.field == "unit":
            continue
        value, why = value_problem(column, values[column.field], is_key=column.name == spec.key)
        if why:
            problems.append((column.name, why))
        checked[column.field] = value
    return checked, problems


def _refuse(spec: RegisterSpec, values: dict, problems: list[tuple[str, str]]) -> None:
    """Invalid (422 in the API) with one problem per (column, reason), when there are any."""
    if not problems:
        return
    labels = headers_for(columns_for(spec))
    reasons = "; ".join(f"{labels.get(col, col)}: {why}" for col, why in problems)
    raise Invalid(
        INVALID.format(reasons=reasons),
        [
            problem(col, why, label=labels.get(col, col), value=_shown(spec, values, col))
            for col, why in problems
        ],
    )


def _checked(spec: RegisterSpec, values: dict) -> dict:
    values, problems = _checked_values(spec, values)
    _refuse(spec, values, problems)
    return values


def _validated(spec: RegisterSpec, values: dict) -> dict:
    """The values to store (the cross-field checks passed, derived values filled)."""
    values = _checked(spec, values)
    _refuse(spec, values, spec.check(values))
    return spec.completer()(values)


def _shown(spec: RegisterSpec, values: dict, name: str):
    column = next((c for c in spec.columns if c.name == name), None)
    if column is None or column.field not in values:
        return None
    value = values[column.field]
    return None if value is None else column.export(value)


@transaction.atomic
def register_record_create(spec: RegisterSpec, values: dict):
    register_writes_check(spec)
    key_field = spec.column(spec.key).field
    values = _checked(spec, values)
    if spec.model._default_manager.filter(**{key_field: values[key_field]}).exists():
        raise DomainError(KEY_TAKEN.format(key=values[key_field]))
    values = dict(values)
    if "custom" in values:
        values["custom"] = custom_merge({}, values["custom"])
    record = spec.model._default_manager.create(**_validated(spec, values))
    spec.on_write([record], [])
    return record


@transaction.atomic
def register_record_update(spec: RegisterSpec, record, values: dict):
    register_writes_check(spec)
    key_field = spec.column(spec.key).field
    values = _checked(spec, values)
    new_key = values.get(key_field, getattr(record, key_field))
    others = spec.model._default_manager.filter(**{key_field: new_key}).exclude(pk=record.pk)
    if others.exists():
        raise DomainError(KEY_TAKEN.format(key=new_key))
    current = {f.name: getattr(record, f.name) for f in spec.model._meta.concrete_fields}
    values = dict(values)
    if "custom" in values:  # only the custom values given change; the others stay
        values["custom"] = custom_merge(record.custom, values["custom"])
    merged = _validated(spec, {**current, **values})
    old = copy.copy(record)
    for name, value in merged.items():
        setattr(record, name, value)
    record.save()
    spec.on_write([], [(old, record)])
    return record


def record_column_values(spec: RegisterSpec, record) -> dict[str, str]:
    """The record as its register's file columns (the text an import reads back), its custom
    columns included; the values of retired custom fields are kept as stored."""
    values = {}
    for column in columns_for(spec):
        value = column.value_of(record)
        values[column.name] = value.code if column.field == "unit" else column.export(value)
    retired = retired_values(spec, record)
    if retired:
        values[RETIRED_KEY] = retired
    return values


def trash_store(spec: RegisterSpec, record) -> TrashedRecord:
    """Keep a copy of ``record`` before its register deletes it (same transaction)."""
    actor = current_actor()
    key_field = spec.column(spec.key).field
    return TrashedRecord.objects.create(
        register_slug=spec.slug,
        unit=record.unit,
        record_key=str(getattr(record, key_field))[:255],
        label=str(record)[:300],
        values=record_column_values(spec, record),
        deleted_at=timezone.now(),
        deleted_by_id=actor.user_id,
        deleted_by_name=actor.username[:150],
    )


@transaction.atomic
def register_record_delete(spec: RegisterSpec, record) -> None:
    """Delete ``record``; a copy goes to the trash first, so it can be restored."""
    register_writes_check(spec)

    trash_store(spec, record)
    spec.on_delete([record])
    record.delete()
