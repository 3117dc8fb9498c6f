import datetime

from ninja import Router, Schema

from danvan.core.api import errors
from danvan.core.errors import NotFound
from danvan.indicators.engine import catalogue, indicator_records
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
    start: datetime.date | None = None,
    end: datetime.date | None = None,
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
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    limit: int = 1000,
    part: str = "tu_so",
):
    """For a ratio, ``part`` is tu_so (numerator), mau_so (denominator) or khong_dat (counted
    in the denominator, not in the numerator)."""
    if indicator not in catalogue():
        raise NotFound(UNKNOWN_INDICATOR.format(code=indicator))
    scope = _scope(request, code, period, subtree, start, end)
    definition = catalogue().get(indicator)
    base = catalogue().get(definition.ratio[0]) if definition.is_ratio else definition
    spec = registers()[base.register]
    try:
        records = indicator_records(scope.units, scope.window, indicator, part)
    except LookupError:
        raise NotFound(NO_RECORDS)
    records = records.select_related("unit")
    return [record_out(spec, r) for r in records.order_by("pk")[: max(1, min(limit, 10000))]]
