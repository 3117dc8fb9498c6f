"""The audit trail as people read it. Events are stored as they happened (technical values:
``unit_id: 24``, ``status: "submitted"``, ISO dates, JSON) and are never rewritten; this module
only presents them: data types and fields by their Vietnamese names, list values by their
labels, foreign keys by the referenced record's name, dates as dd/mm/yyyy, dictionaries as one
line per entry, and codes (an indicator's ``HS_MOI``) with the label their app gives them.

Domain apps plug their vocabularies in from ``AppConfig.ready()`` with
:func:`audit_register_code_labels`; this module never imports them.
"""

import datetime
import html
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.apps import apps
from django.db import models
from django.utils.html import strip_tags

from danvan.audit.models import AuditEvent
from danvan.core.numbers import format_number

EMPTY = "—"
DELETED = "#{pk} (đã xóa)"
SOURCES = {"web": "Trang web", "api": "API", "cli": "Dòng lệnh", "system": "Hệ thống"}
# Models and fields whose app gives no Vietnamese name (Django's default is English); the
# apps' own verbose names win wherever they exist.
MODEL_NAMES = {
    "reporting.requesttarget": "đơn vị được yêu cầu báo cáo",
    "plans.planitem": "nhiệm vụ của kế hoạch",
}
FIELD_NAMES = {
    "unit": "đơn vị",
    "parent": "đơn vị cấp trên",
    "user": "người dùng",
    "request": "yêu cầu báo cáo",
    "version": "phiên bản",
    "consolidation": "báo cáo tổng hợp",
    "plan": "kế hoạch",
    "position": "thứ tự",
    "indicator": "chỉ tiêu",
    "form": "biểu mẫu",
    "confirmed_by": "người xác nhận",
    "created_by": "người tạo",
    "created_at": "thời điểm tạo",
    "updated_at": "thời điểm cập nhật",
    "submitted_at": "thời điểm gửi",
    "expires_at": "hết hạn",
    "last_used_at": "dùng lần cuối",
    "revoked": "đã thu hồi",
    "prefix": "tiền tố",
    "key_hash": "mã băm",
    "path": "đường dẫn trong cây",
    "level": "cấp",
}
HIDDEN = {"id", "created_at", "updated_at", "path", "level"}
# Keys of the dictionaries the apps store (a report's frozen figures, its overrides).
KEY_NAMES = {
    "values": "số liệu",
    "listed": "liệt kê theo đơn vị",
    "overridden": "số liệu sửa tay",
    "computed": "số tính từ sổ",
    "value": "giá trị",
    "reason": "lý do",
    "reports": "báo cáo",
    "units": "đơn vị",
}
TEXT_LIMIT = 160

_code_labellers: list[Callable[[str], str | None]] = []


def audit_register_code_labels(labeller: Callable[[str], str | None]) -> None:
    """``labeller(code)`` returns the Vietnamese label of a code it knows (an indicator's
    ``HS_MOI``), else None. Used for the keys of dictionaries such as a report's figures."""
    if labeller not in _code_labellers:
        _code_labellers.append(labeller)


def code_label(code: str) -> str | None:
    for labeller in _code_labellers:
        try:
            label = labeller(code)
        except Exception:  # noqa: BLE001 — a vocabulary that cannot answer is no label
            label = None
        if label:
            return label
    return None


def _model(model_label: str) -> type[models.Model] | None:
    try:
        return apps.get_model(model_label)
    except (LookupError, ValueError):
        return None


def _is_default_name(name: str, verbose: str) -> bool:
    return verbose == name.replace("_", " ") or not any(ord(ch) > 127 for ch in verbose)


def model_name(model_label: str) -> str:
    """The kind of record, in Vietnamese, capitalised: "Báo cáo của đơn vị"."""
    model = _model(model_label)
    if model_label in MODEL_NAMES:
        name = MODEL_NAMES[model_label]
    elif model is None:
        return model_label
    else:
        name = str(model._meta.verbose_name)
    return name[:1].upper() + name[1:]


def _field_name(field: models.Field) -> str:
    verbose = str(field.verbose_name)
    if _is_default_name(field.name, verbose):
        verbose = FIELD_NAMES.get(field.name, verbose)
    return verbose[:1].upper() + verbose[1:]


def _fields(model_label: str) -> dict[str, models.Field]:
    model = _model(model_label)
    if model is None:
        return {}
    return {f.attname: f for f in model._meta.concrete_fields}


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str
    lines: tuple[tuple[str, str, str], ...] = ()  # a dictionary's entries: (key, before, after)


def _date(value) -> str:
    if not isinstance(value, str):
        return str(value)
    try:
        if "T" in value or " " in value.strip():
            moment = datetime.datetime.fromisoformat(value)
            if moment.tzinfo is not None:
                from django.utils import timezone

                moment = timezone.localtime(moment)
            return moment.strftime("%H:%M %d/%m/%Y")
        return datetime.date.fromisoformat(value).strftime("%d/%m/%Y")
    except ValueError:
        return value


def _scalar(value) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int | float):
        decimals = 0 if float(value) == int(value) else 2
        return format_number(value, decimals)
    if isinstance(value, list | tuple):
        return "; ".join(_scalar(v) for v in value) or EMPTY
    if isinstance(value, dict):
        return "; ".join(f"{_key(k)}: {_scalar(v)}" for k, v in value.items()) or EMPTY
    text = str(value)
    if "<" in text and ">" in text:  # rich text (a report's section): what it reads
        text = " ".join(html.unescape(strip_tags(text)).split())
        if len(text) > TEXT_LIMIT:
            text = text[: TEXT_LIMIT - 1].rstrip() + "…"
    return text


def _key(key: str) -> str:
    key = str(key)
    if key in KEY_NAMES:
        return KEY_NAMES[key]
    label = code_label(key)
    return f"{key} ({label})" if label else key


def _flat(value, prefix="") -> dict[str, object]:
    """A nested dictionary as {"values › HS_MOI": 12, …}, lists and scalars as leaves."""
    if not isinstance(value, dict):
        return {prefix: value}
    out = {}
    for key, inner in value.items():
        path = f"{prefix} › {key}" if prefix else str(key)
        if isinstance(inner, dict) and inner:
            out.update(_flat(inner, path))
        else:
            out[path] = inner
    return out


def _path_label(path: str) -> str:
    return " › ".join(_key(part) for part in path.split(" › "))


def _dict_lines(before, after) -> tuple[tuple[str, str, str], ...]:
    flat_before = _flat(before) if isinstance(before, dict) else {}
    flat_after = _flat(after) if isinstance(after, dict) else {}
    keys = list(dict.fromkeys([*flat_before, *flat_after]))
    return tuple(
        (_path_label(k), _scalar(flat_before.get(k)), _scalar(flat_after.get(k)))
        for k in keys
        if flat_before.get(k) != flat_after.get(k)
    )


def _as_json(value):
    """A JSON field's value; old events may hold a dict serialised as text."""
    if isinstance(value, str) and value[:1] in "{[":
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


class References:
    """The names of the records that events' foreign keys point at, read once per page."""

    def __init__(self, events: Iterable[AuditEvent]):
        wanted: dict[type[models.Model], set] = defaultdict(set)
        for event in events:
            for attname, field in _fields(event.model).items():
                if not field.is_relation or field.related_model is None:
                    continue
                for data in (event.before or {}, event.after or {}):
                    if data.get(attname) is not None:
                        wanted[field.related_model].add(data[attname])
        self.names: dict[tuple[type, str], str] = {}
        for model, pks in wanted.items():
            clean = [pk for pk in pks if isinstance(pk, int | str)]
            for pk, record in model._default_manager.in_bulk(clean).items():
                self.names[(model, str(pk))] = _reference_name(record)

    def name(self, model, pk) -> str:
        if pk is None or pk == "":
            return EMPTY
        return self.names.get((model, str(pk)), DELETED.format(pk=pk))


def _reference_name(record) -> str:
    name = getattr(record, "name", None)
    if isinstance(name, str) and name:
        return name  # a unit by its name, without the code the str() adds
    full = getattr(record, "get_full_name", None)
    if callable(full) and full():
        return f"{full()} ({record.get_username()})"
    return str(record)


def _value(field: models.Field | None, value, references: References) -> str:
    if field is None:
        return _scalar(value)
    if field.is_relation and field.related_model is not None:
        return references.name(field.related_model, value)
    if field.choices and value not in (None, ""):
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.DateTimeField | models.DateField) and value:
        return _date(value)
    return _scalar(value)


def event_changes(event: AuditEvent, references: References | None = None) -> list[Change]:
    """What changed (or, for a creation or deletion, what the record held), field by field,
    without bookkeeping columns."""
    references = references or References([event])
    fields = _fields(event.model)
    before, after = event.before or {}, event.after or {}
    changes = []
    for name in event.changed_fields:
        if name in HIDDEN or (fields.get(name) and fields[name].name in HIDDEN):
            continue
        field = fields.get(name)
        label = _field_name(field) if field else FIELD_NAMES.get(name, name).capitalize()
        old, new = before.get(name), after.get(name)
        if isinstance(field, models.JSONField) or isinstance(_as_json(old) or _as_json(new), dict):
            old, new = _as_json(old), _as_json(new)
            if isinstance(old, dict) or isinstance(new, dict):
                lines = _dict_lines(old or {}, new or {})
                changes.append(Change(label, EMPTY, EMPTY, lines))
                continue
        changes.append(
            Change(label, _value(field, old, references), _value(field, new, references))
        )
    return changes


def source_label(source: str) -> str:
    return SOURCES.get(source, source)


def change_text(change: Change, action: str) -> list[str]:
    """A change as lines of plain text (the CSV export)."""
    if change.lines:
        arrow = action == AuditEvent.Action.UPDATE
        return [
            f"{change.label} › {key}: {f'{old} → ' if arrow else ''}{new}"
            for key, old, new in change.lines
        ]
    if action == AuditEvent.Action.CREATE:
        return [f"{change.label}: {change.after}"]
    if action == AuditEvent.Action.DELETE:
        return [f"{change.label}: {change.before}"]
    return [f"{change.label}: {change.before} → {change.after}"]
