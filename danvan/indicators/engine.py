"""The indicator engine: every figure of a report, for any set of units and any window.

Counts come from the daily counters (one aggregate query per register, O(units × days));
ratios are recomputed from their summed parts; the validation rules run on every
computation and their violations are returned, never hidden. ``indicators_compute_direct``
counts the records themselves, one query per indicator: the reference the fast path is tested
(and benchmarked) against.
"""

import datetime
import operator
from dataclasses import dataclass, field

from django.db.models import Case, Count, F, IntegerField, Q, QuerySet, Sum, When
from django.db.models.functions import Coalesce

from danvan.indicators import expressions
from danvan.indicators.admin_defined import admin_indicators_invalidate, admin_indicators_refresh
from danvan.indicators.definitions import Indicator
from danvan.indicators.models import ValidationRule
from danvan.indicators.registry import catalogue
from danvan.indicators.registry import catalogue_invalidate as registry_invalidate
from danvan.indicators.typed import typed_values
from danvan.indicators.values import Ratio
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.registers.columns import RegisterSpec
from danvan.registers.registry import registers

# ``catalogue`` lives in danvan.indicators.registry; imported from here by many call sites.
__all__ = ["catalogue"]

COMPARE = {
    "==": operator.eq,
    "<=": operator.le,
    ">=": operator.ge,
    "<": operator.lt,
    ">": operator.gt,
}


def _register(register: str) -> RegisterSpec:
    return registers()[register]


def catalogue_invalidate(**signal) -> None:
    """Drop what this process built from the database (also a post_save receiver of the
    administrators' indicator versions): the next ``catalogue()`` reads it again."""
    admin_indicators_invalidate()
    registry_invalidate()


def catalogue_refresh() -> None:
    """One indexed query: drop the administrators' indicators if one was changed since (in
    any process); each computation calls it first."""
    admin_indicators_refresh()


def _next_month(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def _rollup_sums(units, window: Window, register: str, *, by_unit: bool = False):
    """Counter sums "before", "within" and "upto" the window. Whole months come from the
    monthly counters, the partial months at the window's edges from the daily ones."""
    counters = _register(register).counters
    daily, monthly, columns = counters.daily, counters.monthly, counters.columns
    start, end = window.start, window.end
    start_month, end_month = start.replace(day=1), end.replace(day=1)
    after_start_month = _next_month(start_month)

    def parts(model, key, before, within):
        aggregates = {}
        for name, condition in (("before", before), ("within", within)):
            # Prefix sums are only needed for the counters that carry state across windows.
            for column in counters.carried if name == "before" else columns:
                aggregates[f"{name}__{column}"] = Coalesce(
                    Sum(
                        Case(
                            When(condition, then=F(column)), default=0, output_field=IntegerField()
                        )
                    ),
                    0,
                )
        rows = model.objects.filter(unit__in=units)
        return rows, aggregates

    day_rows, day_aggs = parts(
        daily,
        "day",
        Q(day__gte=start_month, day__lt=start),
        Q(day__gte=start, day__lte=end) & (Q(day__lt=after_start_month) | Q(day__gte=end_month)),
    )
    day_rows = day_rows.filter(
        Q(day__gte=start_month, day__lt=after_start_month) | Q(day__gte=end_month, day__lte=end)
    )
    month_rows, month_aggs = parts(
        monthly,
        "month",
        Q(month__lt=start_month),
        Q(month__gte=after_start_month, month__lt=end_month),
    )
    month_rows = month_rows.filter(month__lt=end_month)

    def combine(*found):
        sums = {}
        for part in found:
            for key, value in part.items():
                if "__" in key:
                    name, column = key.split("__", 1)
                    sums[f"{name}.{column}"] = sums.get(f"{name}.{column}", 0) + (value or 0)
        for column in columns:
            sums[f"upto.{column}"] = sums.get(f"before.{column}", 0) + sums.get(
                f"within.{column}", 0
            )
        return sums

    if not by_unit:
        return combine(day_rows.aggregate(**day_aggs), month_rows.aggregate(**month_aggs))
    grouped: dict[int, list] = {}
    for rows, aggs in ((day_rows, day_aggs), (month_rows, month_aggs)):
        for row in rows.values("unit_id").annotate(**aggs):
            grouped.setdefault(row.pop("unit_id"), []).append(row)
    return {unit: combine(*found) for unit, found in grouped.items()}


def _aggregate(indicator: Indicator, window: Window):
    """The aggregate that counts (or sums) an indicator's records in one SQL expression."""
    condition = indicator.records(window)
    if indicator.measure:
        return Coalesce(Sum(indicator.measure, filter=condition), 0)
    if indicator.count_distinct:
        return Count(indicator.count_distinct, filter=condition, distinct=True)
    return Count("pk", filter=condition)


def _counted_directly(units, window, indicators: list[Indicator]) -> dict[str, int]:
    """All indicators of one register in one query (conditional aggregates)."""
    if not indicators:
        return {}
    model = _register(indicators[0].register).model
    return model.objects.filter(unit__in=units).aggregate(
        **{i.code: _aggregate(i, window) for i in indicators}
    )


@dataclass(frozen=True)
class Violation:
    rule: str
    description: str
    importance: str
    left: int
    operator: str
    right: int

    def as_json(self) -> dict:
        return {
            "rule": self.rule,
            "description": self.description,
            "importance": self.importance,
            "left": self.left,
            "operator": self.operator,
            "right": self.right,
        }


@dataclass
class Result:
    window: Window
    values: dict[str, int] = field(default_factory=dict)
    ratios: dict[str, Ratio] = field(default_factory=dict)
    violations: list[Violation] = field(default_factory=list)
    # Typed-in values that do not add up over units, listed per unit code.
    listed: dict[str, list] = field(default_factory=dict)

    def value(self, code: str):
        return self.ratios.get(code, self.values.get(code))


def _ratios(indicators: list[Indicator], values: dict[str, int]) -> dict[str, Ratio]:
    return {
        i.code: Ratio(values[i.ratio[0]], values[i.ratio[1]], i.places)
        for i in indicators
        if i.is_ratio and i.ratio[0] in values and i.ratio[1] in values
    }


def _violations(values: dict[str, int]) -> list[Violation]:
    found = []
    for rule in ValidationRule.objects.filter(active=True):
        left = expressions.evaluate(rule.left, values)
        right = expressions.evaluate(rule.right, values)
        if left is None or right is None:
            continue  # the rule is about indicators this computation does not have
        if not COMPARE[rule.operator](left, right):
            found.append(
                Violation(rule.code, rule.description, rule.importance, left, rule.operator, right)
            )
    return found


def _derived(indicators: list[Indicator], values: dict) -> dict:
    """Sums of parts: a part nobody entered counts as 0 as long as one part was entered (a unit
    with 45 services at level 4 rarely types a 0 for level 3)."""
    found = {}
    for indicator in indicators:
        if indicator.derived:
            known = {**values, **found}
            codes = expressions.codes(indicator.derived)
            if codes & known.keys():
                filled = {**dict.fromkeys(codes, 0), **known}
                found[indicator.code] = expressions.evaluate(indicator.derived, filled)
    return found


def _typed(units, period_code: str | None, single_unit: bool):
    if period_code is None:
        return {}, {}
    return typed_values(units, period_code, single_unit=single_unit)


def indicators_compute(
    units: QuerySet[OrgUnit],
    window: Window,
    *,
    period_code: str | None = None,
    single_unit: bool = False,
) -> Result:
    """All indicators for the records of ``units`` (already narrowed by the access gate),
    plus the values typed in for ``period_code``."""
    catalogue_refresh()
    indicators = catalogue().for_window(window)
    values: dict[str, int] = {}
    counted_registers = {i.register for i in indicators if i.records or i.compute}
    for register in sorted(counted_registers):
        counted = [i for i in indicators if i.register == register and not i.is_ratio]
        computed = [i for i in counted if i.compute is not None]
        counted = [i for i in counted if i.compute is None]
        if _register(register).counters is not None:
            sums = _rollup_sums(units, window, register)
            values.update({i.code: i.from_sums(sums) for i in counted})
        else:
            values.update(_counted_directly(units, window, counted))
        values.update({i.code: i.compute(units, window) for i in computed})
    typed, listed = _typed(units, period_code, single_unit)
    values.update(typed)
    values.update(_derived(indicators, values))
    result = Result(window, values, _ratios(indicators, values), _violations(values))
    result.listed = listed
    return result


def indicators_recompute(
    window: Window, values: dict, listed: dict | None = None, *, validate: bool = True
) -> Result:
    """A result from given base values (a report's figures with the clerk's overrides, or
    figures summed over reports): sums of parts and ratios are recomputed, never carried."""
    catalogue_refresh()
    indicators = catalogue().for_window(window)
    derived_codes = {i.code for i in indicators if i.derived or i.is_ratio}
    base = {code: value for code, value in values.items() if code not in derived_codes}
    base.update(_derived(indicators, base))
    violations = _violations(base) if validate else []
    result = Result(window, base, _ratios(indicators, base), violations)
    result.listed = listed or {}
    return result


def indicators_compute_direct(units: QuerySet[OrgUnit], window: Window) -> Result:
    """The same figures counted straight from the records (reference and naive baseline)."""
    catalogue_refresh()
    indicators = catalogue().for_window(window)
    values = {}
    for indicator in indicators:
        if indicator.is_ratio or indicator.derived or indicator.is_typed_in:
            continue
        if indicator.compute is not None:
            values[indicator.code] = indicator.compute(units, window)
            continue
        records = _register(indicator.register).model.objects.filter(unit__in=units)
        values[indicator.code] = records.aggregate(v=_aggregate(indicator, window))["v"]
    return Result(window, values, _ratios(indicators, values), _violations(values))


# The parts of a ratio one can open: the records behind its numerator, its denominator, and
# those counted in the denominator but not in the numerator (the 3 late ones of 521/524).
NUMERATOR, DENOMINATOR, SHORTFALL = "tu_so", "mau_so", "khong_dat"
RATIO_PARTS = (NUMERATOR, DENOMINATOR, SHORTFALL)


def _records_q(code: str, window: Window):
    indicator = catalogue().get(code)
    if indicator.records is None:
        raise LookupError(code)
    return indicator, indicator.records(window)


def indicator_records(
    units: QuerySet[OrgUnit], window: Window, code: str, part: str = NUMERATOR
) -> QuerySet:
    """The records behind one figure; for a ratio, behind the ``part`` asked for (numerator by
    default, denominator, or the shortfall: in the denominator and not in the numerator)."""
    indicator = catalogue().get(code)
    if indicator.is_ratio:
        if part not in RATIO_PARTS:
            raise LookupError(part)
        numerator, numerator_q = _records_q(indicator.ratio[0], window)
        _, denominator_q = _records_q(indicator.ratio[1], window)
        records = _register(numerator.register).model.objects.filter(unit__in=units)
        if part == NUMERATOR:
            return records.filter(numerator_q)
        if part == DENOMINATOR:
            return records.filter(denominator_q)
        counted = records.filter(numerator_q).values("pk")
        return records.filter(denominator_q).exclude(pk__in=counted)
    indicator, records_q = _records_q(code, window)
    return _register(indicator.register).model.objects.filter(unit__in=units).filter(records_q)


def indicators_compute_by_unit(
    units: QuerySet[OrgUnit], window: Window, *, register: str
) -> dict[int, dict[str, int]]:
    """The register's count indicators for each unit separately, in one grouped query: the
    per-unit comparison of a consolidation, and the figure the benchmark checks."""
    indicators = [
        i
        for i in catalogue().for_window(window)
        if i.register == register and not i.is_ratio and i.compute is None and not i.derived
    ]
    spec = _register(register)
    if spec.counters is not None:
        sums = _rollup_sums(units, window, register, by_unit=True)
        return {unit: {i.code: i.from_sums(row) for i in indicators} for unit, row in sums.items()}
    rows = (
        spec.model.objects.filter(unit__in=units)
        .values("unit_id")
        .annotate(**{i.code: _aggregate(i, window) for i in indicators})
    )
    return {row.pop("unit_id"): row for row in rows}
