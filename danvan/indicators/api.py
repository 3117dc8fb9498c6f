import datetime
from typing import Annotated

from ninja import Field, Router, Schema, Status

from danvan.core.api import DateParam, StrictIn, errors
from danvan.core.errors import NotFound
from danvan.indicators.catalogue_services import (
    typed_indicator_create,
    typed_indicator_get,
    typed_indicator_retire,
    typed_indicator_update,
)
from danvan.indicators.engine import catalogue, catalogue_refresh, indicator_records
from danvan.indicators.models import TypedIndicator
from danvan.indicators.selectors import indicators_for_scope, indicators_scope, result_as_json
from danvan.registers.api import RecordOut, record_out
from danvan.registers.registry import registers

router = Router(tags=["Chỉ tiêu"])
UNKNOWN_INDICATOR = "Không có chỉ tiêu «{code}»."
NO_RECORDS = "Số liệu này không tính từ sổ nào nên không có bản ghi để xem."


class RatioOut(Schema):
    numerator: int
    denominator: int
    percent: float | None


class IndicatorPeriodOut(Schema):
    code: str
    label: str
    start: datetime.date
    end: datetime.date


class ListedOut(Schema):
    unit: str
    value: int | float


class ViolationOut(Schema):
    rule: str
    description: str
    importance: str
    left: int
    operator: str
    right: int


class IndicatorsOut(Schema):
    unit: str
    unit_name: str
    subtree: bool
    period: IndicatorPeriodOut
    values: dict[str, float]
    listed: dict[str, list[ListedOut]]
    ratios: dict[str, RatioOut]
    violations: list[ViolationOut]


def _scope(request, code, period, subtree, start, end):
    return indicators_scope(request.auth, code, period, subtree=subtree, start=start, end=end)


@router.get(
    "/{code}/indicators",
    response={200: IndicatorsOut, **errors(400, 404)},
    summary="Các chỉ tiêu của đơn vị cho một kỳ",
)
def units_indicators(
    request,
    code: str,
    period: str,
    subtree: bool = False,
    start: DateParam | None = None,
    end: DateParam | None = None,
):
    scope = _scope(request, code, period, subtree, start, end)
    return result_as_json(scope, indicators_for_scope(scope))


@router.get(
    "/{code}/indicators/{indicator}/records",
    response={200: list[RecordOut], **errors(400, 404)},  # records of its register
    summary="Các bản ghi đứng sau một số liệu",
)
def units_indicator_records(
    request,
    code: str,
    indicator: str,
    period: str,
    subtree: bool = False,
    start: DateParam | None = None,
    end: DateParam | None = None,
    limit: Annotated[int, Field(ge=1, le=10000)] = 1000,
    part: str = "tu_so",
):
    """For a ratio, ``part`` is tu_so (numerator), mau_so (denominator) or khong_dat (counted
    in the denominator, not in the numerator)."""
    if indicator not in catalogue():
        raise NotFound(UNKNOWN_INDICATOR.format(code=indicator))
    scope = _scope(request, code, period, subtree, start, end)
    definition = catalogue().get(indicator)
    base = catalogue().get(definition.ratio[0]) if definition.is_ratio else definition
    if base.register not in registers():
        raise NotFound(NO_RECORDS)
    spec = registers()[base.register]
    try:
        records = indicator_records(scope.units, scope.window, indicator, part)
    except LookupError:
        raise NotFound(NO_RECORDS)
    records = records.select_related("unit")
    return [record_out(spec, r) for r in records.order_by("pk")[:limit]]


# The catalogue an administrator extends: /api/v1/indicators/.
catalogue_router = Router(tags=["Danh mục chỉ tiêu"])
NOT_DEFINED = "Không có chỉ tiêu «{code}» trong danh mục do quản trị định nghĩa."


class DefinitionOut(Schema):
    code: str
    label: str
    unit: str
    kind: str  # nhap_tay | ti_le | tinh_tu_so
    value_type: str | None = None
    additive: bool | None = None
    ratio_numerator: str | None = None
    ratio_denominator: str | None = None
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    legal_ref: str = ""
    active: bool = True
    admin_defined: bool
    version: int | None = None


def _definition_out(item: TypedIndicator) -> dict:
    last = item.versions.order_by("-number").values_list("number", flat=True).first()
    return {
        "code": item.code,
        "label": item.label,
        "unit": item.unit,
        "kind": "ti_le" if item.is_ratio else "nhap_tay",
        "value_type": None if item.is_ratio else item.value_type,
        "additive": None if item.is_ratio else item.additive,
        "ratio_numerator": item.ratio_numerator or None,
        "ratio_denominator": item.ratio_denominator or None,
        "valid_from": item.valid_from,
        "valid_to": item.valid_to,
        "legal_ref": item.legal_ref,
        "active": item.active,
        "admin_defined": True,
        "version": last,
    }


def _code_definition_out(indicator) -> dict:
    return {
        "code": indicator.code,
        "label": indicator.label,
        "unit": indicator.unit,
        "kind": "ti_le" if indicator.is_ratio else "tinh_tu_so",
        "ratio_numerator": indicator.ratio[0] if indicator.ratio else None,
        "ratio_denominator": indicator.ratio[1] if indicator.ratio else None,
        "valid_from": indicator.valid_from,
        "valid_to": indicator.valid_to,
        "legal_ref": indicator.legal_ref,
        "admin_defined": False,
    }


@catalogue_router.get(
    "/", response={200: list[DefinitionOut], **errors()}, summary="Danh mục chỉ tiêu"
)
def indicators_list(request):
    """Every indicator: those counted from the registers (defined in code) and those an
    administrator defined, retired ones included (``active`` false, ``valid_to`` set)."""
    catalogue_refresh()
    defined = {item.code: item for item in TypedIndicator.objects.all()}
    found = [_code_definition_out(i) for i in catalogue() if i.code not in defined]
    return found + [_definition_out(item) for item in defined.values()]


def _defined(code: str) -> TypedIndicator:
    item = typed_indicator_get(code)
    if item is None:
        raise NotFound(NOT_DEFINED.format(code=code))
    return item


@catalogue_router.get(
    "/{definition}",
    response={200: DefinitionOut, **errors(404)},
    summary="Một chỉ tiêu của danh mục",
)
def indicators_detail(request, definition: str):
    """An indicator of the catalogue; those defined in code are shown too (read only)."""
    catalogue_refresh()
    item = typed_indicator_get(definition)
    if item is None and definition in catalogue():
        return _code_definition_out(catalogue().get(definition))
    return _definition_out(_defined(definition))


class DefinitionIn(StrictIn):
    """Fields of an indicator an administrator defines (a PATCH sends only those it changes)."""

    code: str | None = None
    label: str | None = None
    unit: str | None = None
    value_type: str | None = None  # so_nguyen | so_thap_phan | co_khong, or the label
    additive: bool | str | None = None
    ratio_numerator: str | None = None
    ratio_denominator: str | None = None
    valid_from: str | None = None  # dd/mm/yyyy or ISO
    valid_to: str | None = None
    legal_ref: str | None = None


@catalogue_router.post(
    "/",
    response={201: DefinitionOut, **errors(400, 403)},
    summary="Thêm chỉ tiêu (nhập tay hoặc tỷ lệ của hai chỉ tiêu)",
)
def indicators_create(request, payload: DefinitionIn):
    """Fields: code, label, unit, value_type (so_nguyen | so_thap_phan | co_khong, or the
    Vietnamese label), additive, ratio_numerator, ratio_denominator, valid_from, valid_to
    (dd/mm/yyyy or ISO), legal_ref."""
    data = payload.dict(exclude_unset=True)
    item = typed_indicator_create(user=request.auth, data=data)
    return Status(201, _definition_out(item))


@catalogue_router.patch(
    "/{definition}",
    response={200: DefinitionOut, **errors(400, 403, 404)},
    summary="Sửa chỉ tiêu (chỉ các trường gửi lên; mã không đổi)",
)
def indicators_update(request, definition: str, payload: DefinitionIn):
    item = _defined(definition)
    data = payload.dict(exclude_unset=True)
    return _definition_out(typed_indicator_update(user=request.auth, indicator=item, data=data))


class RetireIn(StrictIn):
    valid_to: str | None = None


@catalogue_router.post(
    "/{definition}/retire",
    response={200: DefinitionOut, **errors(400, 403, 404)},
    summary="Ngừng dùng chỉ tiêu (không xóa; báo cáo các kỳ trước vẫn giữ)",
)
def indicators_retire(request, definition: str, payload: RetireIn | None = None):
    item = _defined(definition)
    valid_to = payload.valid_to if payload else None
    return _definition_out(
        typed_indicator_retire(user=request.auth, indicator=item, valid_to=valid_to)
    )
