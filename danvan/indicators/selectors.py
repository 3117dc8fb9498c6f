"""What the indicator pages, the API and the CLI share: which units, which window."""

import datetime
from dataclasses import dataclass

from django.db.models import QuerySet

from danvan.accounts.access import access_unit, access_units
from danvan.core.errors import DomainError
from danvan.indicators.engine import Result, indicators_compute
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_lineage, orgunit_name_as_of, orgunit_subtree
from danvan.periods.selectors import period_window_for
from danvan.periods.values import Period, PeriodError, Window

HALF_OVERRIDE = "Cần cả ngày bắt đầu và ngày kết thúc để tính theo khoảng ngày riêng."


@dataclass(frozen=True)
class Scope:
    unit: OrgUnit
    subtree: bool
    units: QuerySet[OrgUnit]
    period: Period
    window: Window

    @property
    def unit_name(self) -> str:
        """The unit's name at the end of the window: a 2021 appendix shows the 2021 name."""
        return orgunit_name_as_of(self.unit, self.window.end)


def indicators_scope(
    user,
    code: str,
    period_code: str,
    *,
    subtree: bool = False,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
) -> Scope:
    """The unit (through the access gate), the units whose records count — the unit and the
    units merged into it, or its whole visible subtree — and the period's data window."""
    unit = access_unit(user, code)
    visible = access_units(user)
    if subtree:
        units = orgunit_subtree(visible, unit)
    else:
        units = visible.filter(pk__in=[u.pk for u in orgunit_lineage(unit)])
    try:
        period = Period.parse(period_code)
        if (start is None) != (end is None):
            raise DomainError(HALF_OVERRIDE)
        override = (start, end) if start is not None and end is not None else None
        window = period_window_for(period, override=override)
    except PeriodError as error:
        raise DomainError(str(error))
    return Scope(unit, subtree, units, period, window)


def indicators_for_scope(scope: Scope) -> Result:
    return indicators_compute(
        scope.units, scope.window, period_code=scope.period.code, single_unit=not scope.subtree
    )


def result_as_json(scope: Scope, result: Result) -> dict:
    return {
        "unit": scope.unit.code,
        "unit_name": scope.unit_name,
        "subtree": scope.subtree,
        "period": {
            "code": scope.period.code,
            "label": scope.period.label,
            "start": scope.window.start.isoformat(),
            "end": scope.window.end.isoformat(),
        },
        "values": {code: _number(value) for code, value in result.values.items()},
        "listed": {
            code: [{"unit": unit, "value": _number(value)} for unit, value in rows]
            for code, rows in result.listed.items()
        },
        "ratios": {code: ratio.as_json() for code, ratio in result.ratios.items()},
        "violations": [v.as_json() for v in result.violations],
    }


def _number(value):
    return value if isinstance(value, int) else float(value)
