"""Custom fields of any register (trường bổ sung): the columns a province administrator adds.

:func:`columns_for` is THE list of a register's columns: its spec's fixed columns followed by
its active custom ones. Every consumer (form, list, import, template, export, API, trash)
reads it, so a custom field appears wherever a fixed column does. A custom column reads and
writes the record's ``custom`` JSON, keyed by the field's code:

- text and choice values as text (a choice by the label the administrator typed),
- numbers as a decimal string ("1234"), so SQL can ``Cast`` them to a decimal and sum them on
  SQLite and PostgreSQL alike,
- dates as ISO strings ("2026-01-05"), yes/no as JSON booleans.

A retired field (``active=False``) is no longer a column: its values stay in the records and
are shown read-only on the record's page (:func:`retired_cells`), and kept by the trash.

The fields are read once and cached in the process; every save or delete of a field clears the
cache (signals, connected in ``RegistersConfig.ready()``), and the cache expires after
:data:`CACHE_SECONDS` so that other processes see a change soon.
"""

import datetime
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.http import Http404

from danvan.core.dates import format_date
from danvan.core.numbers import format_number
from danvan.core.parsing import fold, parse_number
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec, export_value
from danvan.registers.models import CustomField

CACHE_SECONDS = 30
Kind = CustomField.Kind

# What the import template says of a column whose parser the template cannot explain itself.
KIND_HELP = {Kind.NUMBER: "Số nguyên không âm, ví dụ 1.234; để trống là chưa có"}
SAMPLE_DAY = datetime.date(2026, 1, 5)


def _number(value: str) -> Decimal | None:
    """A number cell: empty is no value; otherwise the one parser ("1.234", "84,2", "-3")."""
    if not value.strip():
        return None
    return parse_number(value)


def kind_parser(kind: str, choices: list[str]) -> Callable[[str], Any]:
    if kind == Kind.NUMBER:
        return _number
    if kind == Kind.DATE:
        return c.date
    if kind == Kind.BOOL:
        return c.boolean
    if kind == Kind.CHOICE:
        return c.Choice([(label, label) for label in choices], blank=True)
    return c.text(500)


@dataclass(frozen=True)
class CustomColumn(Column):
    """A column of a custom field: ``name`` is the field's code, ``field`` is "custom"."""

    kind: str = Kind.TEXT
    field_id: int = 0
    active: bool = True

    @property
    def is_custom(self) -> bool:
        return True

    def value_of(self, record) -> Any:
        return from_json(self.kind, (getattr(record, "custom", None) or {}).get(self.name))

    def to_json(self, value: Any) -> Any:
        """A parsed value as stored in the JSON; None (nothing to store) for an empty one."""
        if value is None or value == "":
            return None
        if self.kind == Kind.NUMBER:
            return f"{Decimal(value).normalize():f}"  # "10", never "1E+1"
        if self.kind == Kind.DATE:
            return value.isoformat()
        return value

    def export(self, value: Any) -> str:
        if self.kind == Kind.NUMBER and value is not None:
            # As people write it and the import reads it back: 1.234 and 84,2.
            places = max(0, -Decimal(value).normalize().as_tuple().exponent)
            return format_number(value, places)
        return export_value(value)


def from_json(kind: str, stored: Any) -> Any:
    """The Python value of a stored one (Decimal, date, bool or text); None when absent."""
    if stored is None:
        return None
    try:
        if kind == Kind.NUMBER:
            return Decimal(str(stored))
        if kind == Kind.DATE:
            return datetime.date.fromisoformat(str(stored))
    except (ArithmeticError, ValueError):
        return None  # a value that no longer fits is shown as nothing, never crashes a page
    return stored


def _sample(field: CustomField) -> str:
    """The import template's sample value (one the import accepts)."""
    if field.kind == Kind.NUMBER:
        return "1"
    if field.kind == Kind.DATE:
        return format_date(SAMPLE_DAY) if field.required else ""
    if field.kind == Kind.BOOL:
        return "không"
    if field.kind == Kind.CHOICE:
        return field.choices[0] if field.required and field.choices else ""
    return "Mẫu" if field.required else ""


def custom_column(field: CustomField) -> CustomColumn:
    return CustomColumn(
        name=field.code,
        headers=(field.label,),
        field="custom",
        parse=kind_parser(field.kind, list(field.choices or [])),
        required=field.required,
        help=KIND_HELP.get(field.kind, ""),
        sample=_sample(field),
        kind=field.kind,
        field_id=field.pk,
        active=field.active,
    )


# --- the cache of every field -------------------------------------------------------------

_cache: dict[str, Any] = {"fields": None, "at": 0.0}
_lock = threading.Lock()


def custom_fields_changed(**_kwargs) -> None:
    """Forget the cached fields (a field was saved or deleted; tests between cases)."""
    with _lock:
        _cache["fields"] = None


def custom_fields_all() -> list[CustomField]:
    """Every custom field of every register, in position order (cached, see the module)."""
    with _lock:
        fields, at = _cache["fields"], _cache["at"]
        if fields is not None and time.monotonic() - at < CACHE_SECONDS:
            return fields
    fields = list(CustomField.objects.order_by("register_slug", "position", "id"))
    with _lock:
        _cache["fields"], _cache["at"] = fields, time.monotonic()
    return fields


def custom_fields_of(slug: str, *, retired: bool = False) -> list[CustomField]:
    return [f for f in custom_fields_all() if f.register_slug == slug and (retired or f.active)]


# --- the one list of columns ----------------------------------------------------------------


def custom_columns(spec: RegisterSpec, *, retired: bool = False) -> tuple[CustomColumn, ...]:
    """The register's custom columns, active ones first (with ``retired``, retired ones too)."""
    fields = custom_fields_of(spec.slug, retired=retired)
    fields.sort(key=lambda f: (not f.active, f.position, f.pk))
    return tuple(custom_column(f) for f in fields)


def columns_for(spec: RegisterSpec) -> tuple[Column, ...]:
    """Every column of the register: the spec's fixed columns, then its active custom ones."""
    return (*spec.columns, *custom_columns(spec))


def required_for(columns) -> set[str]:
    return {column.name for column in columns if column.required}


def headers_for(columns) -> dict[str, str]:
    return {column.name: column.header for column in columns}


def custom_merge(old: dict | None, new: dict | None) -> dict:
    """A record's custom values after a (partial) write: ``new`` over ``old``, None removed."""
    merged = {**(old or {}), **(new or {})}
    return {code: value for code, value in merged.items() if value is not None}


def retired_cells(spec: RegisterSpec, record) -> list[tuple[str, str]]:
    """(label, value) of the record's values of retired fields: shown read-only."""
    cells = []
    for column in custom_columns(spec, retired=True):
        if column.active:
            continue
        value = column.value_of(record)
        if value is not None:
            cells.append((column.header, column.export(value)))
    return cells


def retired_values(spec: RegisterSpec, record) -> dict:
    """The stored values of retired fields (the trash keeps them, the restore puts them back)."""
    retired = {col.name for col in custom_columns(spec, retired=True) if not col.active}
    return {code: v for code, v in (record.custom or {}).items() if code in retired}


def custom_field_label(code: str) -> str | None:
    """The audit trail's name of a key of a record's ``custom`` JSON."""
    for field in custom_fields_all():
        if field.code == code:
            return field.label
    return None


# --- codes ------------------------------------------------------------------------------------

CODE_RE = re.compile(r"^[a-z][a-z0-9_]{0,59}$")


def custom_code_from_label(label: str) -> str:
    """«Số người tham dự» → "so_nguoi_tham_du"."""
    code = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")
    if code and not code[0].isalpha():
        code = f"truong_{code}"
    return code[:60].rstrip("_")


# --- reads of the administrator's screen and API ------------------------------------------

FIELD_NOT_FOUND = "Không tìm thấy trường bổ sung này."


def custom_fields_listed(register_slug: str = ""):
    fields = CustomField.objects.order_by("register_slug", "-active", "position", "id")
    return fields.filter(register_slug=register_slug) if register_slug else fields


def custom_field_get(pk: int) -> CustomField:
    field = CustomField.objects.filter(pk=pk).first()
    if field is None:
        raise Http404(FIELD_NOT_FOUND)
    return field
