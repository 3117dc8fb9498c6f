"""Import of a register file: every row parsed and checked first, then written in bulk.

A file with any bad row changes nothing and every problem is reported with line, column, value
and reason. Records are matched by their key (``ma_ho_so`` …): a re-imported file writes
nothing, a changed row updates its record, only the columns present in the file are touched.
"""

import copy
from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import QuerySet

from danvan.audit.recorder import audit_record_bulk, snapshot
from danvan.core.bulk import fast_bulk_insert
from danvan.core.errors import DomainError
from danvan.core.importing import ImportRejected, Problem
from danvan.core.tabular import read_table
from danvan.orgunits.models import OrgUnit
from danvan.registers.columns import RegisterSpec
from danvan.registers.custom import columns_for, custom_merge, required_for, table_columns_for
from danvan.registers.parsing import record_values

DUPLICATE_KEY = "mã «{value}» lặp lại (đã có ở dòng {first})"
KEY_OF_OTHER_UNIT = "mã «{value}» đã có trong sổ của đơn vị khác ({unit})"
NO_ROWS = "Tệp không có dòng dữ liệu nào."


@dataclass
class RegisterImportResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    keys: list[str] = field(default_factory=list)


def _parse(spec: RegisterSpec, table, units: dict[str, OrgUnit], columns):
    present = set(table.columns)
    key_field = spec.column(spec.key).field
    rows, problems, first_line = [], [], {}
    for row in table.rows:
        raw = {name: value for name, value in row.values.items() if name in present}
        values, found = record_values(spec, raw, units, partial=True, columns=columns)
        problems += [Problem(row.line, column, value, why) for column, value, why in found]
        key = values.get(key_field)
        if key and key in first_line:
            reason = DUPLICATE_KEY.format(value=key, first=first_line[key])
            problems.append(Problem(row.line, spec.key, key, reason))
            continue
        if key:
            first_line[key] = row.line
        if not found:
            rows.append((row.line, values))
    return rows, problems


def _read_back_ids(model, key_field: str, created: list) -> None:
    """The ids the database gave the new records, read back by their keys."""
    for start in range(0, len(created), 5000):
        chunk = created[start : start + 5000]
        ids = dict(
            model.objects.filter(
                **{f"{key_field}__in": [getattr(r, key_field) for r in chunk]}
            ).values_list(key_field, "pk")
        )
        for record in chunk:
            record.pk = ids[getattr(record, key_field)]


def register_import(
    spec: RegisterSpec, data: bytes, filename: str, *, units: QuerySet[OrgUnit]
) -> RegisterImportResult:
    """Import ``data`` into the register; ``units`` are the units the user may write to."""
    columns = columns_for(spec)
    table_columns = table_columns_for(columns)
    required = required_for(columns) | {spec.key}
    table = read_table(data, filename, table_columns, required=required)
    if not table.rows:
        raise DomainError(NO_ROWS)
    writable = {u.code: u for u in units}
    rows, problems = _parse(spec, table, writable, columns)
    key_field = spec.column(spec.key).field
    model = spec.model
    keys = [values[key_field] for _, values in rows]
    existing = {
        getattr(record, key_field): record
        for record in model.objects.filter(**{f"{key_field}__in": keys}).select_related("unit")
    }
    for line, values in rows:
        record = existing.get(values[key_field])
        if record is not None and record.unit.code not in writable:
            reason = KEY_OF_OTHER_UNIT.format(value=values[key_field], unit=record.unit.code)
            problems.append(Problem(line, spec.key, values[key_field], reason))
    if problems:
        raise ImportRejected(problems, table_columns)
    result = RegisterImportResult()
    complete = spec.completer()
    created, updated, changed_fields, old_versions = [], [], set(), []
    for _, values in rows:
        record = existing.get(values[key_field])
        if record is None:
            values = dict(values)
            if "custom" in values:
                values["custom"] = custom_merge({}, values["custom"])
            created.append(model(**complete(values)))
            continue
        merged = {f.name: getattr(record, f.name) for f in model._meta.concrete_fields}
        merged.update(values)
        if "custom" in values:  # the file's custom columns over the record's other values
            merged["custom"] = custom_merge(record.custom, values["custom"])
        merged = complete(merged)
        diff = {name for name, value in merged.items() if getattr(record, name) != value}
        if not diff:
            result.unchanged += 1
            continue
        before = snapshot(record)
        old_versions.append(copy.copy(record))
        for name in diff:
            setattr(record, name, merged[name])
        changed_fields |= diff
        updated.append((before, record))
    with transaction.atomic():
        fast_bulk_insert(model, created)
        if updated:
            model.objects.bulk_update(
                [record for _, record in updated], sorted(changed_fields), batch_size=1000
            )
        _read_back_ids(model, key_field, created)
        audit_record_bulk(created=created, updated=updated)
        spec.on_write(created, list(zip(old_versions, [r for _, r in updated], strict=True)))
    result.created, result.updated = len(created), len(updated)
    result.keys = keys
    return result
