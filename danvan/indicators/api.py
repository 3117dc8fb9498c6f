import datetime

from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import Body, Router, Schema, Status
from ninja.errors import HttpError

from danvan.api.schemas import ErrorOut
from danvan.core.errors import DomainError
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


class PeriodOut(Schema):
    code: str
    label: str
    start: datetime.date
    end: datetime.date


class IndicatorsOut(Schema):
    unit: str
    unit_name: str
    subtree: bool
    period: PeriodOut
    values: dict[str, float]
    listed: dict[str, list[dict]]
    ratios: dict[str, RatioOut]
    violations: list[dict]


def _scope(request, code, period, subtree, start, end):
    try:
        return indicators_scope(request.auth, code, period, subtree=subtree, start=start, end=end)
    except Http404 as error:
        raise HttpError(404, str(error))
    except DomainError as error:
        raise HttpError(400, error.message)


@router.get(
    "/{code}/indicators",
    response={200: IndicatorsOut, 400: ErrorOut, 404: ErrorOut},
    summary="Các chỉ tiêu của đơn vị cho một kỳ",
)
def units_indicators(
    request,
    code: str,
    period: str,
    subtree: bool = False,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
):
    scope = _scope(request, code, period, subtree, start, end)
    return result_as_json(scope, indicators_for_scope(scope))


@router.get(
    "/{code}/indicators/{indicator}/records",
    response={200: list[RecordOut], 400: ErrorOut, 404: ErrorOut},  # records of its register
    summary="Các bản ghi đứng sau một số liệu",
)
def units_indicator_records(
    request,
    code: str,
    indicator: str,
    period: str,
    subtree: bool = False,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    limit: int = 1000,
    part: str = "tu_so",
):
    """For a ratio, ``part`` is tu_so (numerator), mau_so (denominator) or khong_dat (counted
    in the denominator, not in the numerator)."""
    if indicator not in catalogue():
        raise HttpError(404, UNKNOWN_INDICATOR.format(code=indicator))
    scope = _scope(request, code, period, subtree, start, end)
    definition = catalogue().get(indicator)
    base = catalogue().get(definition.ratio[0]) if definition.is_ratio else definition
    if base.register not in registers():
        raise HttpError(404, NO_RECORDS)
    spec = registers()[base.register]
    try:
        records = indicator_records(scope.units, scope.window, indicator, part)
    except LookupError:
        raise HttpError(404, NO_RECORDS)
    records = records.select_related("unit")
    return [record_out(spec, r) for r in records.order_by("pk")[: max(1, min(limit, 10000))]]


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


@catalogue_router.get("/", response=list[DefinitionOut], summary="Danh mục chỉ tiêu")
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
        raise HttpError(404, NOT_DEFINED.format(code=code))
    return item


@catalogue_router.get(
    "/{definition}",
    response={200: DefinitionOut, 404: ErrorOut},
    summary="Một chỉ tiêu của danh mục",
)
def indicators_detail(request, definition: str):
    """An indicator of the catalogue; those defined in code are shown too (read only)."""
    catalogue_refresh()
    item = typed_indicator_get(definition)
    if item is None and definition in catalogue():
        return _code_definition_out(catalogue().get(definition))
    return _definition_out(_defined(definition))


@catalogue_router.post(
    "/",
    response={201: DefinitionOut, 400: ErrorOut, 403: ErrorOut},
    summary="Thêm chỉ tiêu (nhập tay hoặc tỷ lệ của hai chỉ tiêu)",
)
def indicators_create(request, payload: Body[dict]):
    """Fields: code, label, unit, value_type (so_nguyen | so_thap_phan | co_khong, or the
    Vietnamese label), additive, ratio_numerator, ratio_denominator, valid_from, valid_to
    (dd/mm/yyyy or ISO), legal_ref."""
    try:
        item = typed_indicator_create(user=request.auth, data=payload)
    except PermissionDenied as error:
        raise HttpError(403, str(error))
    except DomainError as error:
        raise HttpError(400, error.message)
    return Status(201, _definition_out(item))


@catalogue_router.patch(
    "/{definition}",
    response={200: DefinitionOut, 400: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    summary="Sửa chỉ tiêu (chỉ các trường gửi lên; mã không đổi)",
)
def indicators_update(request, definition: str, payload: Body[dict]):
    item = _defined(definition)
    try:
        item = typed_indicator_update(user=request.auth, indicator=item, data=payload)
    except PermissionDenied as error:
        raise HttpError(403, str(error))
    except DomainError as error:
        raise HttpError(400, error.message)
    return _definition_out(item)


class RetireIn(Schema):
    valid_to: str | None = None


@catalogue_router.post(
    "/{definition}/retire",
    response={200: DefinitionOut, 400: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    summary="Ngừng dùng chỉ tiêu (không xóa; báo cáo các kỳ trước vẫn giữ)",
)
def indicators_retire(request, definition: str, payload: RetireIn | None = None):
    item = _defined(definition)
    try:
        item = typed_indicator_retire(
            user=request.auth, indicator=item, valid_to=payload.valid_to if payload else None
        )
    except PermissionDenied as error:
        raise HttpError(403, str(error))
    except DomainError as error:
        raise HttpError(400, error.message)
    return _definition_out(item)
