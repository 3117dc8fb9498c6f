"""Writes of one record of any register (files go through :mod:`.importing`)."""

import copy

from django.db import transaction

from danvan.core.errors import DomainError
from danvan.registers.columns import RegisterSpec
from danvan.registers.custom import columns_for, custom_merge

KEY_TAKEN = "Mã «{key}» đã có trong sổ."
INVALID = "Bản ghi chưa hợp lệ: {reasons}."


def _validated(spec: RegisterSpec, values: dict) -> dict:
    problems = spec.check(values)
    if problems:
        labels = {c.name: c.headers[0] for c in columns_for(spec)}
        reasons = "; ".join(f"{labels.get(col, col)}: {why}" for col, why in problems)
        raise DomainError(INVALID.format(reasons=reasons))
    return spec.completer()(values)


@transaction.atomic
def register_record_create(spec: RegisterSpec, values: dict):
    key_field = spec.column(spec.key).field
    if spec.model.objects.filter(**{key_field: values[key_field]}).exists():
        raise DomainError(KEY_TAKEN.format(key=values[key_field]))
    values = dict(values)
    if "custom" in values:
        values["custom"] = custom_merge({}, values["custom"])
    record = spec.model.objects.create(**_validated(spec, values))
    spec.on_write([record], [])
    return record


@transaction.atomic
def register_record_update(spec: RegisterSpec, record, values: dict):
    key_field = spec.column(spec.key).field
    new_key = values.get(key_field, getattr(record, key_field))
    others = spec.model.objects.filter(**{key_field: new_key}).exclude(pk=record.pk)
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


@transaction.atomic
def register_record_delete(spec: RegisterSpec, record) -> None:
    """Delete ``record``; a copy goes to the trash first, so it can be restored."""
    from danvan.registers.trash import trash_store

    trash_store(spec, record)
    spec.on_delete([record])
    record.delete()
