"""Writes of custom fields (trường bổ sung): only a province administrator defines them.

Every input is checked before anything is written; a refusal is a :class:`DomainError` whose
message lists every problem in Vietnamese. The audit trail records each change of a field
(``CustomField`` is registered with the recorder), so its history — added, renamed, made
required, retired, put back — is the audit trail's.
"""

import re
import unicodedata
from collections.abc import Callable

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from danvan.accounts.access import access_is_province_admin
from danvan.core.errors import DomainError
from danvan.core.parsing import fold
from danvan.registers import columns as c
from danvan.registers.custom import CODE_RE, custom_code_from_label, custom_fields_changed
from danvan.registers.models import CustomField
from danvan.registers.registry import registers

Kind = CustomField.Kind

NOT_ADMIN = "Chỉ quản trị cấp tỉnh được thêm, sửa hoặc ngừng dùng trường bổ sung."
INVALID = "Trường bổ sung chưa hợp lệ: {reasons}."
UNKNOWN_REGISTER = "không có sổ «{slug}»"
LABEL_EMPTY = "tên trường không được để trống"
LABEL_TOO_LONG = "tên trường dài quá 200 ký tự"
LABEL_TAKEN = "tên «{label}» trùng với cột «{other}» của sổ (tên là tiêu đề cột khi nhập tệp)"
CODE_BAD = (
    "mã kỹ thuật «{code}» không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch "
    "dưới, bắt đầu bằng chữ (ví dụ so_nguoi_tham_du)"
)
CODE_TAKEN = "mã kỹ thuật «{code}» đã có trong sổ"
CODE_RESERVED = "mã kỹ thuật «{code}» là tên dành riêng của hệ thống; chọn mã khác"
KIND_BAD = "kiểu «{kind}» không hợp lệ; chọn một trong: {kinds}"
CHOICES_EMPTY = "trường danh sách chọn cần ít nhất một lựa chọn (mỗi dòng một lựa chọn)"
CHOICE_TWICE = "lựa chọn «{choice}» lặp lại"
CHOICE_TOO_LONG = "lựa chọn «{choice}» dài quá 200 ký tự"
INDICATOR_KIND = "chỉ tạo được chỉ tiêu tổng cho trường kiểu Số hoặc Có/không"
INDICATOR_CODE_EMPTY = "cần mã chỉ tiêu tổng (ví dụ HN_LUOT_CU_DI)"
INDICATOR_CODE_BAD = (
    "mã chỉ tiêu «{code}» không hợp lệ: chữ in hoa không dấu, chữ số và dấu gạch dưới, "
    "bắt đầu bằng chữ, 2–40 ký tự"
)
INDICATOR_LABEL_EMPTY = "cần tên chỉ tiêu tổng"
INDICATOR_TAKEN = "mã chỉ tiêu «{code}» đã có trong danh mục chỉ tiêu"
NO_DATE = "sổ «{label}» không có ngày để tính chỉ tiêu theo kỳ"
POSITION_BAD = "thứ tự phải là số nguyên không âm"
ALREADY_RETIRED = "Trường «{label}» đã ngừng dùng từ trước."
NOT_RETIRED = "Trường «{label}» đang được dùng."

# Names a code cannot take: the list page's own query parameters and the record's keys.
RESERVED_CODES = {"custom", "id", "q", "sap_xep", "trang", "dinh_dang"}
INDICATOR_CODE_RE = re.compile(r"^[A-Z][A-Z0-9_]{1,39}$")
KINDS = c.Choice(Kind.choices)

# Checks of an indicator code against indicators defined elsewhere (the code catalogue, the
# typed-in indicators). The indicators app registers them from its AppConfig.ready(): this app
# sits below it and never imports it. A check returns True when the code is taken.
_indicator_code_taken: list[Callable[[str], bool]] = []


def custom_register_indicator_code_check(check: Callable[[str], bool]) -> None:
    if check not in _indicator_code_taken:
        _indicator_code_taken.append(check)


def can_define_custom_fields(user) -> bool:
    """Custom fields are province-wide: a superuser or a province administrator."""
    return access_is_province_admin(user)


def _require_admin(user) -> None:
    if not can_define_custom_fields(user):
        raise PermissionDenied(NOT_ADMIN)


def _clean(text) -> str:
    return unicodedata.normalize("NFC", str(text or "").strip())


def _choices(raw) -> tuple[list[str], list[str]]:
    if isinstance(raw, str):
        raw = raw.splitlines()
    found, problems, seen = [], [], set()
    for item in raw or []:
        choice = _clean(item)
        if not choice:
            continue
        folded = fold(choice)
        if folded in seen:
            problems.append(CHOICE_TWICE.format(choice=choice))
            continue
        if len(choice) > 200:
            problems.append(CHOICE_TOO_LONG.format(choice=choice))
            continue
        seen.add(folded)
        found.append(choice)
    return found, problems


def _validate(
    *,
    slug: str,
    label,
    kind: str,
    code: str,
    choices,
    indicator_code,
    indicator_label,
    position,
    field: CustomField | None = None,
) -> tuple[dict, list[str]]:
    """The field's clean values and every problem (nothing is written here)."""
    problems = []
    spec = registers().get(slug)
    if spec is None:
        return {}, [UNKNOWN_REGISTER.format(slug=slug)]
    others = CustomField.objects.filter(register_slug=slug)
    if field is not None:
        others = others.exclude(pk=field.pk)
    label = _clean(label)
    if not label:
        problems.append(LABEL_EMPTY)
    elif len(label) > 200:
        problems.append(LABEL_TOO_LONG)
    else:
        taken = {fold(h): col.header for col in spec.columns for h in col.headers}
        taken.update({fold(f.label): f.label for f in others})
        if fold(label) in taken:
            problems.append(LABEL_TAKEN.format(label=label, other=taken[fold(label)]))
    code = _clean(code).lower() or custom_code_from_label(label)
    if field is None:
        if not CODE_RE.match(code):
            problems.append(CODE_BAD.format(code=code))
        elif code in RESERVED_CODES:
            problems.append(CODE_RESERVED.format(code=code))
        elif code in {col.name for col in spec.columns} or others.filter(code=code).exists():
            problems.append(CODE_TAKEN.format(code=code))
    try:
        kind = KINDS(str(kind or ""))
    except ValueError:
        problems.append(KIND_BAD.format(kind=kind, kinds=KINDS.accepted()))
        kind = ""
    clean_choices: list[str] = []
    if kind == Kind.CHOICE:
        clean_choices, found = _choices(choices)
        problems += found
        if not clean_choices and not found:
            problems.append(CHOICES_EMPTY)
    indicator_code = _clean(indicator_code).upper()
    indicator_label = _clean(indicator_label)
    if indicator_code or indicator_label:
        if kind and kind not in (Kind.NUMBER, Kind.BOOL):
            problems.append(INDICATOR_KIND)
        if not spec.date_field:
            problems.append(NO_DATE.format(label=spec.label))
        if not indicator_code:
            problems.append(INDICATOR_CODE_EMPTY)
        elif not INDICATOR_CODE_RE.match(indicator_code):
            problems.append(INDICATOR_CODE_BAD.format(code=indicator_code))
        else:
            mine = field.indicator_code if field is not None else ""
            other_fields = CustomField.objects.filter(indicator_code=indicator_code)
            if field is not None:
                other_fields = other_fields.exclude(pk=field.pk)
            if other_fields.exists() or (
                indicator_code != mine and any(t(indicator_code) for t in _indicator_code_taken)
            ):
                problems.append(INDICATOR_TAKEN.format(code=indicator_code))
        if not indicator_label:
            problems.append(INDICATOR_LABEL_EMPTY)
    if position in (None, ""):
        position = None
    else:
        try:
            position = c.count(str(position))
        except ValueError:
            problems.append(POSITION_BAD)
            position = None
    values = {
        "label": label,
        "kind": kind,
        "code": code,
        "choices": clean_choices,
        "indicator_code": indicator_code,
        "indicator_label": indicator_label,
        "position": position,
    }
    return values, problems


def _refuse(problems: list[str]) -> None:
    if problems:
        raise DomainError(INVALID.format(reasons="; ".join(problems)))


def _changed(field: CustomField) -> None:
    custom_fields_changed()
    transaction.on_commit(custom_fields_changed)


@transaction.atomic
def custom_field_create(
    *,
    user,
    register_slug: str,
    label: str,
    kind: str,
    code: str = "",
    choices=None,
    required: bool = False,
    position=None,
    indicator_code: str = "",
    indicator_label: str = "",
) -> CustomField:
    """A new field on the register; its code is derived from the label when not given."""
    _require_admin(user)
    values, problems = _validate(
        slug=register_slug,
        label=label,
        kind=kind,
        code=code,
        choices=choices,
        indicator_code=indicator_code,
        indicator_label=indicator_label,
        position=position,
    )
    _refuse(problems)
    if values["position"] is None:
        last = CustomField.objects.filter(register_slug=register_slug).aggregate(m=Max("position"))[
            "m"
        ]
        values["position"] = (last or 0) + 10
    field = CustomField.objects.create(
        register_slug=register_slug, required=bool(required), **values
    )
    _changed(field)
    return field


@transaction.atomic
def custom_field_update(
    *,
    user,
    field: CustomField,
    label: str,
    required: bool,
    choices=None,
    position=None,
    indicator_code: str = "",
    indicator_label: str = "",
) -> CustomField:
    """Rename, make required or not, reorder, change the choices or the sum indicator. The code
    and the kind stay (the records' values are stored under the code, in the kind's form)."""
    _require_admin(user)
    values, problems = _validate(
        slug=field.register_slug,
        label=label,
        kind=field.kind,
        code=field.code,
        choices=choices if choices is not None else field.choices,
        indicator_code=indicator_code,
        indicator_label=indicator_label,
        position=position if position not in (None, "") else field.position,
        field=field,
    )
    _refuse(problems)
    values.pop("code")
    values.pop("kind")
    for name, value in values.items():
        setattr(field, name, value)
    field.required = bool(required)
    field.save()
    _changed(field)
    return field


@transaction.atomic
def custom_field_retire(*, user, field: CustomField) -> CustomField:
    """Stop using the field: no longer a column; the records keep their values (read-only)."""
    _require_admin(user)
    if not field.active:
        raise DomainError(ALREADY_RETIRED.format(label=field.label))
    field.active = False
    field.retired_at = timezone.now()
    field.save()
    _changed(field)
    return field


@transaction.atomic
def custom_field_reactivate(*, user, field: CustomField) -> CustomField:
    _require_admin(user)
    if field.active:
        raise DomainError(NOT_RETIRED.format(label=field.label))
    field.active = True
    field.retired_at = None
    field.save()
    _changed(field)
    return field
