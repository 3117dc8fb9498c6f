"""Working days (ngày làm việc) for deadlines, without Django.

Public holidays come from the ``holidays`` package (``holidays.VN``), which already knows
the civil servants' Tết days off, compensatory days and the weekend days the government
turned into working days. An administrator can add more on top: extra days off (a
province's own day off, a swapped day) and extra working days (a make-up Saturday).

Weekends are Saturday and Sunday. A day is a working day when, in this order:

1. it is one of the calendar's ``extra_working_days`` → working;
2. it is one of its ``extra_days_off`` → not working;
3. it is a weekend day the package lists as a make-up working day → working;
4. it is a Saturday or Sunday → not working;
5. it is a public holiday of the package → not working;
6. otherwise → working.

>>> from datetime import date
>>> add_working_days(date(2021, 2, 9), 1)  # Tết Tân Sửu: 10/02–16/02/2021 off
datetime.date(2021, 2, 17)
>>> working_days_between(date(2024, 2, 7), date(2024, 2, 15))
1
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import holidays

__all__ = [
    "ADMIN_DAY_OFF_NAME",
    "COMPENSATORY_DAY_OFF_NAME",
    "WorkingDayCalendar",
    "add_working_days",
    "default_calendar",
    "working_days_between",
]

ADMIN_DAY_OFF_NAME = "Ngày nghỉ do quản trị thêm"
"""Name shown for an administrator's extra day off that was given no name."""

COMPENSATORY_DAY_OFF_NAME = "Nghỉ bù"
"""Conventional name for a compensatory day off, for use in ``names``."""

_ONE_DAY = timedelta(days=1)
_SATURDAY = 5


def _check_date(value: object, name: str = "d") -> date:
    # A datetime never equals a date, so it would silently look like a working day.
    if isinstance(value, datetime) or not isinstance(value, date):
        raise TypeError(f"{name} must be a date, not {type(value).__name__}")
    return value


def _is_weekend(d: date) -> bool:
    return d.weekday() >= _SATURDAY


@dataclass(frozen=True, slots=True)
class _PackageYear:
    holidays: Mapping[date, str]  # public holidays in the year, with Vietnamese names
    weekend_workdays: frozenset[date]  # weekend days in the year made working days


@functools.lru_cache(maxsize=256)
def _package_year(year: int) -> _PackageYear:
    """The ``holidays`` package's data for one year (immutable, so cached process-wide)."""
    vn = holidays.VN(years=year, language="vi")
    return _PackageYear(
        holidays={d: name for d, name in vn.items() if d.year == year},
        weekend_workdays=frozenset(
            d for d in getattr(vn, "weekend_workdays", ()) if d.year == year and _is_weekend(d)
        ),
    )


class WorkingDayCalendar:
    """Vietnamese public holidays from the ``holidays`` package plus administrator extras.

    ``names`` optionally maps extra days off to the name to show for them (for instance
    :data:`COMPENSATORY_DAY_OFF_NAME`); unnamed ones show :data:`ADMIN_DAY_OFF_NAME`.
    A date in both ``extra_working_days`` and ``extra_days_off`` is a working day.
    """

    def __init__(
        self,
        extra_days_off: Iterable[date] = (),
        extra_working_days: Iterable[date] = (),
        *,
        names: Mapping[date, str] | None = None,
    ) -> None:
        self._extra_days_off = frozenset(
            _check_date(d, "extra_days_off item") for d in extra_days_off
        )
        self._extra_working_days = frozenset(
            _check_date(d, "extra_working_days item") for d in extra_working_days
        )
        self._names = dict(names or {})
        self._days_off_by_year: dict[int, frozenset[date]] = {}

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(extra_days_off={sorted(self._extra_days_off)!r}, "
            f"extra_working_days={sorted(self._extra_working_days)!r})"
        )

    @property
    def extra_days_off(self) -> frozenset[date]:
        return self._extra_days_off

    @property
    def extra_working_days(self) -> frozenset[date]:
        return self._extra_working_days

    # -- single days ----------------------------------------------------------------------

    def _decide(self, d: date) -> bool:
        """The working-day rules, applied to one day (see the module docstring)."""
        if d in self._extra_working_days:
            return True
        if d in self._extra_days_off:
            return False
        package = _package_year(d.year)
        if _is_weekend(d):
            return d in package.weekend_workdays
        return d not in package.holidays

    def _non_working_days(self, year: int) -> frozenset[date]:
        """Every non-working day of ``year``, computed once per calendar and year."""
        cached = self._days_off_by_year.get(year)
        if cached is None:
            first, last = date(year, 1, 1), date(year, 12, 31)
            cached = frozenset(
                first + timedelta(days=i)
                for i in range((last - first).days + 1)
                if not self._decide(first + timedelta(days=i))
            )
            self._days_off_by_year[year] = cached
        return cached

    def is_working_day(self, d: date) -> bool:
        """Whether ``d`` is a working day."""
        _check_date(d)
        return d not in self._non_working_days(d.year)

    def holiday_name(self, d: date) -> str | None:
        """Why ``d`` is a day off, in Vietnamese; ``None`` for working days and plain weekends."""
        _check_date(d)
        if self.is_working_day(d):
            return None
        if d in self._extra_days_off:
            return self._names.get(d, ADMIN_DAY_OFF_NAME)
        return _package_year(d.year).holidays.get(d)

    def days_off(self, year: int) -> list[tuple[date, str]]:
        """Named days off of ``year`` (holidays and administrator days), in date order.

        Ordinary weekends are left out; a holiday falling on a weekend is listed.
        """
        candidates = set(_package_year(year).holidays)
        candidates.update(d for d in self._extra_days_off if d.year == year)
        result = []
        for d in sorted(candidates):
            name = self.holiday_name(d)
            if name is not None:
                result.append((d, name))
        return result

    # -- counting -------------------------------------------------------------------------

    def add_working_days(self, start: date, n: int) -> date:
        """The date ``n`` working days after ``start`` (``start`` itself is not counted).

        ``n == 0`` returns ``start`` unchanged, even on a day off; a negative ``n`` counts
        backwards, so ``add_working_days(d, -1)`` is the last working day before ``d``.
        The result of a non-zero ``n`` is always a working day.
        """
        _check_date(start, "start")
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError(f"n must be an int, not {type(n).__name__}")
        step = _ONE_DAY if n > 0 else -_ONE_DAY
        remaining = abs(n)
        d = start
        while remaining:
            d += step
            if d not in self._non_working_days(d.year):
                remaining -= 1
        return d

    def _count_working_days(self, first: date, last: date) -> int:
        """Working days in ``[first, last]`` (0 when ``first > last``)."""
        if first > last:
            return 0
        total = (last - first).days + 1
        for year in range(first.year, last.year + 1):
            total -= sum(1 for d in self._non_working_days(year) if first <= d <= last)
        return total

    def working_days_between(self, a: date, b: date) -> int:
        """Signed count of the working days passed going from ``a`` to ``b``.

        Forwards (``b >= a``) it counts working days ``d`` with ``a < d <= b``; backwards
        (``b < a``) it is minus the count of working days with ``b <= d < a``. Like
        :meth:`add_working_days`, the day you start from is never counted and the day you
        arrive at is, so ``working_days_between(a, add_working_days(a, n)) == n`` for
        every ``n``, negative ones included.
        """
        _check_date(a, "a")
        _check_date(b, "b")
        if b >= a:
            return self._count_working_days(a + _ONE_DAY, b)
        return -self._count_working_days(b, a - _ONE_DAY)

    def days_left(self, due: date, today: date) -> tuple[int, bool]:
        """(signed working days from ``today`` to ``due``, whether ``due`` is past): negative
        when overdue by that many working days; a past date with no working day between (a
        deadline on a Saturday seen on Sunday) is ``(0, True)``."""
        if due < today:
            return -self.working_days_between(due, today), True
        return self.working_days_between(today, due), False


@functools.cache
def default_calendar() -> WorkingDayCalendar:
    """The shared calendar with the package's holidays and no administrator extras."""
    return WorkingDayCalendar()


def add_working_days(d: date, n: int, calendar: WorkingDayCalendar | None = None) -> date:
    """:meth:`WorkingDayCalendar.add_working_days` on ``calendar`` or the default one."""
    return (calendar if calendar is not None else default_calendar()).add_working_days(d, n)


def working_days_between(a: date, b: date, calendar: WorkingDayCalendar | None = None) -> int:
    """:meth:`WorkingDayCalendar.working_days_between` on ``calendar`` or the default one."""
    return (calendar if calendar is not None else default_calendar()).working_days_between(a, b)
