"""Import of a register file: every row parsed and checked first, then written in bulk.

A file with any bad row changes nothing and every problem is reported with line, column, value
and reason. Records are matched by their key (``ma_ho_so`` …): a re-imported file writes
nothing, a changed row updates its record, only the columns present in the file are touched.
"""

import copy
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet

from danvan.audit.recorder import audit_record_bulk, snapshot
from danvan.core.bulk import fast_bulk_insert
from danvan.core.importing import (
    ImportColumn,
    ImportFile,
    ImportLocks,
    ImportOutcome,
    ImportSpec,
    Problem,
    import_run,
)
from danvan.core.locks import LockName
from danvan.core.progress import progress_span, progress_tick
from danvan.orgunits.models import OrgUnit
from danvan.registers.columns import RegisterSpec
from danvan.registers.custom import columns_for, custom_merge, required_for
from danvan.registers.parsing import record_values

SAME_AS_ROW = "trùng {what} với dòng {first}"
SAME_AS_RECORD = "trùng {what} với bản ghi đã có «{key}»"
DUPLICATE_KEY = "mã «{value}» lặp lại (đã có ở dòng {first})"
KEY_OF_OTHER_UNIT = "mã «{value}» đã có trong sổ của đơn vị khác ({unit})"
WRITING = "Đang ghi các bản ghi…"
WRITING_AUDIT = "Đang ghi nhật ký thay đổi…"
WRITING_FIGURES = "Đang cập nhật số liệu tổng hợp…"


@dataclass
class RegisterImportResult(ImportOutcome):
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    keys: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


def register_import_spec(spec: RegisterSpec, writable: dict[str, OrgUnit]) -> ImportSpec:
    """The register as the import pipeline reads it: its columns, the key and required ones
    present, and each record parsed by its columns' parsers (units among ``writable``)."""
    columns = columns_for(spec)  # the fixed columns and the register's custom fields
    return ImportSpec(
        columns=tuple(ImportColumn(c.name, c.headers, c.parse, c.required) for c in columns),
        required=frozenset(required_for(columns) | {spec.key}),
        row_parse=lambda raw: record_values(spec, raw, writable, partial=True, columns=columns),
    )


def register_import_locks(spec: RegisterSpec, writable: dict[str, OrgUnit]) -> ImportLocks:
    """One lock per unit the file writes to (its rows' units; every unit the user may write
    to when the file has no unit column): overlapping imports of one register serialise."""

    def locks(file: ImportFile):
        units = {row.values["unit"] for row in file.rows if row.values.get("unit") is not None}
        if not units or any(row.values.get("unit") is None for row in file.rows):
            units |= set(writable.values())
        return [
            LockName(f"import:{spec.slug}:{unit.code}", f"sổ «{spec.label}» của «{unit.name}»")
            for unit in units
        ]

    return locks


def _unique_sets(model, key_field: str) -> list[tuple[str, ...]]:
    """The model's other uniqueness rules (a culture recognition: one per unit and year)."""
    sets = [
        tuple(c.fields)
        for c in model._meta.constraints
        if getattr(c, "fields", None) and getattr(c, "condition", None) is None
    ]
    sets += [tuple(u) for u in model._meta.unique_together]
    return [fields for fields in sets if fields != (key_field,)]


def _unique_problems(spec: RegisterSpec, rows, key_field: str) -> list[Problem]:
    """Rows that would break another uniqueness rule of the register, against each other or
    against records of other keys: reported like any bad cell, before anything is written."""
    problems: list[Problem] = []
    model = spec.model
    for fields in _unique_sets(model, key_field):
        labels = {f: model._meta.get_field(f).verbose_name for f in fields}
        what = " và ".join(str(labels[f]) for f in fields)
        column = next((c.name for c in spec.columns if c.field == fields[0]), spec.key)
        seen: dict[tuple, tuple[int, str]] = {}
        for line, values in rows:
            if not all(values.get(f) is not None for f in fields):
                continue  # a partial row keeps the record's own values
            combo = tuple(_plain(values[f]) for f in fields)
            first = seen.get(combo)
            if first is not None:
                reason = SAME_AS_ROW.format(what=what, first=first[0])
                problems.append(Problem(line, column, _shown(values, fields), reason))
                continue
            seen[combo] = (line, values[key_field])
        combos = list(seen)
        for start in range(0, len(combos), 500):
            query = Q()
            for combo in combos[start : start + 500]:
                query |= Q(**{_lookup(model, f): v for f, v in zip(fields, combo, strict=True)})
            for record in model.objects.filter(query):
                combo = tuple(_plain(getattr(record, _lookup(model, f))) for f in fields)
                line, key = seen[combo]
                if getattr(record, key_field) != key:
                    reason = SAME_AS_RECORD.format(what=what, key=getattr(record, key_field))
                    problems.append(Problem(line, column, str(combo[0]), reason))
    return problems


def _lookup(model, name: str) -> str:
    field = model._meta.get_field(name)
    return field.attname if field.is_relation else name


def _plain(value):
    return value.pk if hasattr(value, "_meta") else value


def _shown(values: dict, fields) -> str:
    value = values[fields[0]]
    return getattr(value, "code", None) or str(value)


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
    spec: RegisterSpec,
    data: bytes,
    filename: str,
    *,
    units: QuerySet[OrgUnit],
    ignore_columns: bool = False,
    ignore_how: str = "",
) -> RegisterImportResult:
    """Import ``data`` into the register; ``units`` are the units the user may write to."""
    if spec.importer is not None:  # the register's own import (its app's services)
        return spec.importer(
            data, filename, units=units, ignore_columns=ignore_columns, ignore_how=ignore_how
        )
    writable = {u.code: u for u in units}
    key_field = spec.column(spec.key).field
    model = spec.model
    state: dict = {}

    def check(file: ImportFile) -> list[Problem]:
        problems, first_line, rows = [], {}, []
        for row in file.rows:
            key = row.values.get(key_field)
            if key and key in first_line:
                reason = DUPLICATE_KEY.format(value=key, first=first_line[key])
                problems.append(Problem(row.line, spec.key, key, reason))
                continue
            if key:
                first_line[key] = row.line
            if row.ok:
                rows.append((row.line, row.values))
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
        problems += _unique_problems(spec, rows, key_field)
        state.update(rows=rows, keys=keys, existing=existing)
        return problems

    def write(file: ImportFile) -> RegisterImportResult:
        return _write(spec, state["rows"], state["existing"], state["keys"])

    return import_run(
        register_import_spec(spec, writable),
        data,
        filename,
        locks=register_import_locks(spec, writable),
        check=check,
        write=write,
        ignore_columns=ignore_columns,
        ignore_how=ignore_how,
    )


def _write(spec: RegisterSpec, rows, existing: dict, keys: list) -> RegisterImportResult:
    """Inside the pipeline's transaction: new records in bulk, changed ones updated (only the
    fields that differ), unchanged ones counted; audit and derived data kept in step."""
    key_field = spec.column(spec.key).field
    model = spec.model
    result = RegisterImportResult()
    complete = spec.completer()
    created, updated, changed_fields, old_versions = [], [], set(), []
    # A background job's progress: the steps below, in parts of 10 (decision 0042).
    for index, (_, values) in enumerate(rows):
        if index % 5000 == 0:  # building the records: the first 2 parts of 10
            progress_tick(index, 5 * len(rows), WRITING)
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
    with progress_span(2, 5, 10):
        fast_bulk_insert(model, created)
    progress_tick(5, 10, WRITING)
    if updated:
        model.objects.bulk_update(
            [record for _, record in updated], sorted(changed_fields), batch_size=1000
        )
    _read_back_ids(model, key_field, created)
    progress_tick(6, 10, WRITING_AUDIT)
    with progress_span(6, 9, 10):
        audit_record_bulk(created=created, updated=updated)
    progress_tick(9, 10, WRITING_FIGURES)
    spec.on_write(created, list(zip(old_versions, [r for _, r in updated], strict=True)))
    result.created, result.updated = len(created), len(updated)
    result.keys = keys
    return result
