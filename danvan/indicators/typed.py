"""Typed-in indicators in the computation: values entered per unit and period."""

from collections import defaultdict
from decimal import Decimal

from django.db.models import QuerySet

from danvan.indicators.definitions import Indicator
from danvan.indicators.models import TypedIndicator, TypedValue
from danvan.orgunits.models import OrgUnit

DERIVED = [
    Indicator(
        code="DVC_TRUC_TUYEN",
        label="Số dịch vụ công trực tuyến (mức độ 3, 4; toàn trình, một phần)",
        unit="dịch vụ",
        register="typed",
        derived="DVC_MUC_DO_3 + DVC_MUC_DO_4 + DVC_TOAN_TRINH + DVC_MOT_PHAN",
        legal_ref="Nghị định 42/2022/NĐ-CP",
    ),
    Indicator(
        code="TL_DVC_TRUC_TUYEN",
        label="Tỷ lệ dịch vụ công trực tuyến trên tổng số dịch vụ công cung cấp",
        unit="%",
        register="typed",
        ratio=("DVC_TRUC_TUYEN", "DVC_TONG"),
        legal_ref="Nghị định 42/2022/NĐ-CP",
    ),
]


def typed_values(units: QuerySet[OrgUnit], period_code: str, *, single_unit: bool):
    """(values by code, per-unit listing of values that do not add up).

    Additive values are summed over the units that entered one (absent when none did);
    non-additive ones (a rate, an average) count only for a single unit — over a subtree they
    are listed per unit, never summed or averaged."""
    totals: dict[str, Decimal] = {}
    listed: dict[str, list[tuple[str, Decimal]]] = defaultdict(list)
    indicators = {i.pk: i for i in TypedIndicator.objects.filter(active=True)}
    rows = TypedValue.objects.filter(
        unit__in=units, period=period_code, indicator_id__in=indicators
    ).select_related("unit")
    for row in rows:
        indicator = indicators[row.indicator_id]
        if indicator.additive or single_unit:
            totals[indicator.code] = totals.get(indicator.code, Decimal(0)) + row.value
        else:
            listed[indicator.code].append((row.unit.code, row.value))
    return {code: _plain(value) for code, value in totals.items()}, dict(listed)


def _plain(value: Decimal):
    return int(value) if value == value.to_integral_value() else value
