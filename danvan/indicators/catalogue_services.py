"""Administrators extend the indicator catalogue: typed-in items and ratios of two other codes.

One entry point for the page, the API and the command line. What is typed is checked as a
whole — every problem is listed, in Vietnamese, and nothing is written unless all is right.
An indicator is never deleted: retiring it sets the day it stops applying, so the reports and
appendices of the periods before still show it. Every save leaves a version (admin_defined).
"""

import datetime
import re

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from danvan.accounts.access import access_is_province_admin
from danvan.core.dates import format_date, parse_date
from danvan.core.errors import DomainError
from danvan.indicators.admin_defined import RETIRED
from danvan.indicators.engine import catalogue, catalogue_invalidate, catalogue_refresh
from danvan.indicators.models import TypedIndicator
from danvan.registers.columns import Choice, boolean

NOT_ADMIN = "Chỉ quản trị cấp tỉnh được thêm, sửa hoặc ngừng dùng chỉ tiêu."
CODE_REQUIRED = "Cần ghi mã chỉ tiêu."
CODE_FORMAT = (
    "Mã chỉ tiêu «{code}» không hợp lệ: viết chữ in hoa không dấu, chữ số và dấu gạch dưới, "
    "bắt đầu bằng chữ, tối đa 40 ký tự (ví dụ SO_DV_THAM_DU)."
)
CODE_TAKEN = "Mã «{code}» đã có trong danh mục chỉ tiêu («{label}»); hãy chọn mã khác."
CODE_FIXED = (
    "Không đổi được mã của chỉ tiêu đã tạo (các báo cáo đã dùng mã này); "
    "hãy ngừng dùng chỉ tiêu này và tạo chỉ tiêu mới."
)
LABEL_REQUIRED = "Cần ghi tên chỉ tiêu."
TOO_LONG = "{field} dài quá {limit} ký tự."
BAD_VALUE_TYPE = "Kiểu giá trị {reason}."
BAD_ADDITIVE = "Cộng qua các đơn vị: {reason}."
BAD_DATE = "{field}: {reason}"
RATIO_HALF = "Tỷ lệ cần cả mã tử số và mã mẫu số."
RATIO_UNKNOWN = "Không có chỉ tiêu mã «{code}» trong danh mục để làm {part}."
RATIO_OF_RATIO = "«{code}» là một tỷ lệ; {part} của tỷ lệ phải là chỉ tiêu không phải tỷ lệ."
RATIO_ITSELF = "Tỷ lệ không lấy chính nó làm {part}."
RATIO_SAME = "Tử số và mẫu số phải là hai chỉ tiêu khác nhau."
USED_AS_PART = (
    "«{code}» đang là tử số hoặc mẫu số của tỷ lệ «{ratio}» nên không chuyển thành tỷ lệ được."
)
HAS_VALUES = (
    "Đã có số liệu nhập cho chỉ tiêu này nên không đổi được kiểu giá trị hay chuyển thành tỷ lệ."
)
DATES_ORDER = "Ngày áp dụng đến ({end}) phải từ ngày áp dụng từ ({start}) trở đi."
ALREADY_RETIRED = "Chỉ tiêu «{label}» đã ngừng dùng{ended}."
RETIRE_BEFORE_START = "Ngày ngừng dùng ({end}) phải từ ngày áp dụng từ ({start}) trở đi."

CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,39}$")
VALUE_TYPES = Choice(TypedIndicator.ValueType.choices)
FIELDS = (
    "code",
    "label",
    "unit",
    "value_type",
    "additive",
    "ratio_numerator",
    "ratio_denominator",
    "valid_from",
    "valid_to",
    "legal_ref",
)
LIMITS = {"label": ("Tên chỉ tiêu", 300), "unit": ("Đơn vị tính", 40), "legal_ref": ("Căn cứ", 300)}
DATE_NAMES = {"valid_from": "Áp dụng từ ngày", "valid_to": "Áp dụng đến ngày"}


def can_manage_indicators(user) -> bool:
    """Who adds, edits and retires indicators: the province's administrators (the catalogue is
    the whole province's, like its calendar and its forms)."""
    return access_is_province_admin(user)


def _require(user) -> None:
    if not can_manage_indicators(user):
        raise PermissionDenied(NOT_ADMIN)


def _text(value) -> str:
    return "" if value is None else str(value).strip()


def _date(value, field: str, problems: list) -> datetime.date | None:
    if isinstance(value, datetime.date):
        return value
    try:
        return parse_date(_text(value))
    except ValueError as error:
        problems.append(BAD_DATE.format(field=DATE_NAMES[field], reason=error))
        return None


def _clean(data: dict, current: TypedIndicator | None) -> dict:
    """The checked fields (a partial ``data`` keeps ``current``'s other values)."""
    catalogue_refresh()  # uniqueness and parts are checked against the catalogue as it is now
    base = {name: getattr(current, name) for name in FIELDS} if current else {}
    raw = {**base, **{k: v for k, v in data.items() if k in FIELDS}}
    problems: list[str] = []
    cleaned: dict = {}

    code = _text(raw.get("code")).upper()
    if current is not None and code != current.code:
        problems.append(CODE_FIXED)
    elif not code:
        problems.append(CODE_REQUIRED)
    elif not CODE.match(code):
        problems.append(CODE_FORMAT.format(code=code))
    elif current is None and code in catalogue():
        problems.append(CODE_TAKEN.format(code=code, label=catalogue().get(code).label))
    elif current is None and TypedIndicator.objects.filter(code=code).exists():
        label = TypedIndicator.objects.get(code=code).label
        problems.append(CODE_TAKEN.format(code=code, label=label))
    cleaned["code"] = code

    for name in ("label", "unit", "legal_ref"):
        cleaned[name] = _text(raw.get(name))
        field, limit = LIMITS[name]
        if len(cleaned[name]) > limit:
            problems.append(TOO_LONG.format(field=field, limit=limit))
    if not cleaned["label"]:
        problems.append(LABEL_REQUIRED)

    numerator = _text(raw.get("ratio_numerator")).upper()
    denominator = _text(raw.get("ratio_denominator")).upper()
    cleaned["ratio_numerator"], cleaned["ratio_denominator"] = numerator, denominator
    is_ratio = bool(numerator or denominator)
    if is_ratio:
        problems.extend(_ratio_problems(code, numerator, denominator))
        cleaned["value_type"] = TypedIndicator.ValueType.SO_THAP_PHAN
        cleaned["additive"] = False  # a ratio is recomputed from its summed parts
    else:
        try:
            cleaned["value_type"] = VALUE_TYPES(_text(raw.get("value_type")) or "so_nguyen")
        except ValueError as error:
            problems.append(BAD_VALUE_TYPE.format(reason=error))
        additive = raw.get("additive", True)
        try:
            cleaned["additive"] = additive if isinstance(additive, bool) else boolean(additive)
        except ValueError as error:
            problems.append(BAD_ADDITIVE.format(reason=error))

    retyped = is_ratio or cleaned.get("value_type", current and current.value_type) != (
        current and current.value_type
    )
    if current is not None and retyped and current.values.exists():
        problems.append(HAS_VALUES)
    if current is not None and is_ratio:
        for other in TypedIndicator.objects.ratios().exclude(pk=current.pk):
            if code in (other.ratio_numerator, other.ratio_denominator):
                problems.append(USED_AS_PART.format(code=code, ratio=other.label))

    start = _date(raw.get("valid_from"), "valid_from", problems)
    end = _date(raw.get("valid_to"), "valid_to", problems)
    if start and end and end < start:
        problems.append(DATES_ORDER.format(start=format_date(start), end=format_date(end)))
    cleaned["valid_from"], cleaned["valid_to"] = start, end

    if problems:
        raise DomainError(" ".join(problems))
    return cleaned


def _ratio_problems(code: str, numerator: str, denominator: str) -> list[str]:
    if not (numerator and denominator):
        return [RATIO_HALF]
    problems = []
    for part, name in ((numerator, "tử số"), (denominator, "mẫu số")):
        if part == code:
            problems.append(RATIO_ITSELF.format(part=name))
        elif part not in catalogue():
            problems.append(RATIO_UNKNOWN.format(code=part, part=name))
        elif catalogue().get(part).is_ratio:
            # The engine divides summed counts; a ratio of ratios would be an average.
            problems.append(RATIO_OF_RATIO.format(code=part, part=name))
    if numerator == denominator and not problems:
        problems.append(RATIO_SAME)
    return problems


@transaction.atomic
def typed_indicator_create(*, user, data: dict) -> TypedIndicator:
    """A new indicator of the catalogue, typed in by the units or a ratio of two codes."""
    _require(user)
    cleaned = _clean(data, None)
    indicator = TypedIndicator.objects.create(**cleaned)
    catalogue_invalidate()
    return indicator


@transaction.atomic
def typed_indicator_update(*, user, indicator: TypedIndicator, data: dict) -> TypedIndicator:
    """Change what an indicator says (its code stays); old reports keep the version they had."""
    _require(user)
    cleaned = _clean(data, indicator)
    changed = [name for name, value in cleaned.items() if getattr(indicator, name) != value]
    if not changed:
        return indicator
    for name in changed:
        setattr(indicator, name, cleaned[name])
    indicator.save()
    catalogue_invalidate()
    return indicator


@transaction.atomic
def typed_indicator_retire(
    *, user, indicator: TypedIndicator, valid_to: datetime.date | str | None = None
) -> TypedIndicator:
    """Stop using an indicator after ``valid_to`` (today by default). Nothing is deleted: its
    values, and the reports and appendices of the periods before, keep it."""
    _require(user)
    problems: list[str] = []
    # Blank (or only spaces) means today, like no date at all.
    end = (_date(valid_to, "valid_to", problems) if valid_to else None) or timezone.localdate()
    if problems:
        raise DomainError(" ".join(problems))
    if not indicator.active:
        ended = f" sau ngày {format_date(indicator.valid_to)}" if indicator.valid_to else ""
        raise DomainError(ALREADY_RETIRED.format(label=indicator.label, ended=ended))
    if indicator.valid_from and end < indicator.valid_from:
        raise DomainError(
            RETIRE_BEFORE_START.format(
                start=format_date(indicator.valid_from), end=format_date(end)
            )
        )
    indicator.valid_to, indicator.active = end, False
    indicator._change = RETIRED  # the version says why it changed
    indicator.save()
    catalogue_invalidate()
    return indicator


def typed_indicator_get(code: str) -> TypedIndicator | None:
    return TypedIndicator.objects.filter(code=_text(code).upper()).first()
