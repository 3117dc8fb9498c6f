"""Reporting periods (kỳ báo cáo) and their data windows, as immutable values.

A :class:`Period` names a reporting period by kind, year and index, in the spirit of
openfisca's ``Period``; it knows nothing about dates beyond its calendar months. Which
dates a report covers is a separate question answered by :func:`period_window`, by a
:class:`WindowRule` (the Decree 09/2019/NĐ-CP cut-off on the 14th, or plain calendar
boundaries) or by a request's own dates.

>>> p = Period.parse("2021-q3")
>>> p.code, p.label, p.title
('2021-Q3', 'quý III năm 2021', 'Quý III năm 2021')
>>> period_window(p).label
'15/06/2021 – 14/09/2021'
>>> period_window("2021-H1", WindowRule.CALENDAR).label
'01/01/2021 – 30/06/2021'
"""

from __future__ import annotations

import calendar
import dataclasses
import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "Bound",
    "Period",
    "PeriodError",
    "PeriodKind",
    "Window",
    "WINDOW_RULES",
    "WindowRule",
    "period_window",
    "periods_of_year",
]

MIN_YEAR = 1900
MAX_YEAR = 2999

# User-facing messages (Vietnamese). Kept as constants so views and tests share them.
MSG_INVALID_CODE = (
    "Mã kỳ báo cáo không hợp lệ: «{code}». "
    "Dạng đúng: 2021, 2021-H1, 2021-H2, 2021-9M, 2021-Q3, 2021-M09."
)
MSG_INVALID_YEAR = "Năm của kỳ báo cáo phải từ {min} đến {max}, không phải {year}."
MSG_INVALID_INDEX = (
    "Số thứ tự kỳ báo cáo không hợp lệ: {index} (kỳ «{kind}» chỉ đánh số từ 1 đến {count})."
)
MSG_INVALID_KIND = "Loại kỳ báo cáo không hợp lệ: «{kind}»."
MSG_INVALID_RULE = "Cách tính khoảng thời gian báo cáo không hợp lệ: «{rule}»."
MSG_WINDOW_ORDER = "Ngày bắt đầu ({start}) không được sau ngày kết thúc ({end})."


class PeriodError(ValueError):
    """A period code, period or window is invalid; the message is Vietnamese, for users."""


class PeriodKind(StrEnum):
    """Kinds of reporting period, from the longest to the shortest."""

    YEAR = "year"
    HALF = "half"
    NINE_MONTHS = "nine_months"
    QUARTER = "quarter"
    MONTH = "month"

    @property
    def label(self) -> str:
        """Vietnamese name of the kind, e.g. ``"Quý"``."""
        return _KINDS[self].label

    @property
    def months(self) -> int:
        """Length of one period of this kind, in months."""
        return _KINDS[self].months

    @property
    def per_year(self) -> int:
        """How many periods of this kind a year has (the largest valid index). Not ``count``:
        a kind is a ``str``, and that name would hide ``str.count``."""
        return _KINDS[self].count


@dataclass(frozen=True, slots=True)
class _KindSpec:
    label: str
    months: int  # length of one period
    count: int  # periods per year, i.e. the largest index
    step: int  # months between the starts of consecutive indexes


_KINDS: Mapping[PeriodKind, _KindSpec] = MappingProxyType(
    {
        PeriodKind.YEAR: _KindSpec("Năm", 12, 1, 12),
        PeriodKind.HALF: _KindSpec("6 tháng", 6, 2, 6),
        PeriodKind.NINE_MONTHS: _KindSpec("9 tháng", 9, 1, 9),
        PeriodKind.QUARTER: _KindSpec("Quý", 3, 4, 3),
        PeriodKind.MONTH: _KindSpec("Tháng", 1, 12, 1),
    }
)

_ROMAN = ("I", "II", "III", "IV")

_CODE_RE = re.compile(
    r"(?P<year>[0-9]{4})(?:-(?:(?P<half>H[12])|(?P<nine>9M)|(?P<quarter>Q[1-4])"
    r"|(?P<month>M(?:0[1-9]|1[0-2]))))?",
    re.ASCII,
)


def _coerce_kind(kind: PeriodKind | str) -> PeriodKind:
    try:
        return PeriodKind(kind)
    except ValueError:
        raise PeriodError(MSG_INVALID_KIND.format(kind=kind))


@functools.total_ordering
@dataclass(frozen=True, slots=True)
class Period:
    """A reporting period: a year, a half, the first nine months, a quarter or a month.

    ``index`` is the half (1–2), quarter (1–4) or month (1–12); it is 1 for a year and for
    nine months. Periods are hashable and sort chronologically by their first month, the
    longer period first when two start together (2021, 2021-9M, 2021-H1, 2021-Q1, 2021-M01,
    2021-M02, …).
    """

    kind: PeriodKind
    year: int
    index: int = 1

    def __post_init__(self) -> None:
        kind = _coerce_kind(self.kind)
        object.__setattr__(self, "kind", kind)
        if isinstance(self.year, bool) or not isinstance(self.year, int):
            raise TypeError(f"year must be an int, not {type(self.year).__name__}")
        if isinstance(self.index, bool) or not isinstance(self.index, int):
            raise TypeError(f"index must be an int, not {type(self.index).__name__}")
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PeriodError(MSG_INVALID_YEAR.format(min=MIN_YEAR, max=MAX_YEAR, year=self.year))
        if not 1 <= self.index <= kind.per_year:
            raise PeriodError(
                MSG_INVALID_INDEX.format(
                    kind=kind.label.lower(), index=self.index, count=kind.per_year
                )
            )

    # -- parsing and naming -------------------------------------------------------------

    @classmethod
    def parse(cls, code: str) -> Period:
        """Parse a canonical code; surrounding spaces and lower case are accepted.

        >>> Period.parse(" 2021-m09 ")
        Period(kind=<PeriodKind.MONTH: 'month'>, year=2021, index=9)
        """
        if not isinstance(code, str):
            raise PeriodError(MSG_INVALID_CODE.format(code=code))
        text = code.strip().upper()
        match = _CODE_RE.fullmatch(text)
        if match is None:
            raise PeriodError(MSG_INVALID_CODE.format(code=code.strip()))
        year = int(match["year"])
        if match["half"]:
            return cls(PeriodKind.HALF, year, int(match["half"][1:]))
        if match["nine"]:
            return cls(PeriodKind.NINE_MONTHS, year)
        if match["quarter"]:
            return cls(PeriodKind.QUARTER, year, int(match["quarter"][1:]))
        if match["month"]:
            return cls(PeriodKind.MONTH, year, int(match["month"][1:]))
        return cls(PeriodKind.YEAR, year)

    @property
    def code(self) -> str:
        """Canonical code: ``2021``, ``2021-H1``, ``2021-9M``, ``2021-Q3``, ``2021-M09``."""
        match self.kind:
            case PeriodKind.YEAR:
                return f"{self.year}"
            case PeriodKind.HALF:
                return f"{self.year}-H{self.index}"
            case PeriodKind.NINE_MONTHS:
                return f"{self.year}-9M"
            case PeriodKind.QUARTER:
                return f"{self.year}-Q{self.index}"
            case PeriodKind.MONTH:
                return f"{self.year}-M{self.index:02d}"
        raise AssertionError(self.kind)  # pragma: no cover

    def __str__(self) -> str:
        return self.code

    @property
    def label(self) -> str:
        """Vietnamese name for use inside a sentence, e.g. ``"quý III năm 2021"``."""
        match self.kind:
            case PeriodKind.YEAR:
                return f"năm {self.year}"
            case PeriodKind.HALF:
                part = "đầu" if self.index == 1 else "cuối"
                return f"6 tháng {part} năm {self.year}"
            case PeriodKind.NINE_MONTHS:
                return f"9 tháng đầu năm {self.year}"
            case PeriodKind.QUARTER:
                return f"quý {_ROMAN[self.index - 1]} năm {self.year}"
            case PeriodKind.MONTH:
                return f"tháng {self.index} năm {self.year}"
        raise AssertionError(self.kind)  # pragma: no cover

    @property
    def title(self) -> str:
        """The label with a capital first letter, for headings: ``"Quý III năm 2021"``."""
        label = self.label
        return label[:1].upper() + label[1:]

    # -- calendar months ----------------------------------------------------------------

    @property
    def first_month(self) -> int:
        """Calendar month (1–12) in which the period starts."""
        return (self.index - 1) * _KINDS[self.kind].step + 1

    @property
    def last_month(self) -> int:
        """Calendar month (1–12) in which the period ends."""
        return self.first_month + self.kind.months - 1

    # -- navigation ---------------------------------------------------------------------

    def previous(self) -> Period:
        """The period of the same kind one step back: 2021-Q1 → 2020-Q4, 2021-9M → 2020-9M."""
        if self.index > 1:
            return dataclasses.replace(self, index=self.index - 1)
        return Period(self.kind, self.year - 1, self.kind.per_year)

    def next(self) -> Period:
        """The period of the same kind one step forward: 2021-Q4 → 2022-Q1."""
        if self.index < self.kind.per_year:
            return dataclasses.replace(self, index=self.index + 1)
        return Period(self.kind, self.year + 1, 1)

    def same_period_last_year(self) -> Period:
        """The same period one year earlier (cùng kỳ năm trước): 2021-Q3 → 2020-Q3."""
        return dataclasses.replace(self, year=self.year - 1)

    # -- ordering -----------------------------------------------------------------------

    def _sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.first_month, -self.kind.months)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._sort_key() < other._sort_key()


def periods_of_year(year: int, kind: PeriodKind | str) -> list[Period]:
    """All periods of ``kind`` in ``year``, in order.

    >>> [p.code for p in periods_of_year(2021, PeriodKind.HALF)]
    ['2021-H1', '2021-H2']
    """
    kind = _coerce_kind(kind)
    return [Period(kind, year, index) for index in range(1, kind.per_year + 1)]


# -- windows --------------------------------------------------------------------------------


def _format_date(d: date) -> str:
    return d.strftime("%d/%m/%Y")


@dataclass(frozen=True, slots=True)
class Window:
    """A span of days, both ends inclusive."""

    start: date
    end: date

    def __post_init__(self) -> None:
        for name in ("start", "end"):
            value = getattr(self, name)
            if isinstance(value, datetime) or not isinstance(value, date):
                raise TypeError(f"{name} must be a date, not {type(value).__name__}")
        if self.start > self.end:
            raise PeriodError(
                MSG_WINDOW_ORDER.format(start=_format_date(self.start), end=_format_date(self.end))
            )

    def contains(self, d: date) -> bool:
        """Whether ``d`` falls within the window (ends included)."""
        return self.start <= d <= self.end

    def __contains__(self, d: object) -> bool:
        return isinstance(d, date) and not isinstance(d, datetime) and self.contains(d)

    @property
    def days(self) -> int:
        """Number of days in the window, both ends counted."""
        return (self.end - self.start).days + 1

    @property
    def label(self) -> str:
        """``"15/12/2020 – 14/06/2021"``."""
        return f"{_format_date(self.start)} – {_format_date(self.end)}"

    def __str__(self) -> str:
        return self.label


class WindowRule(StrEnum):
    """How a period's data window is derived from its calendar months."""

    ND09 = "nd09"
    CALENDAR = "calendar"

    @property
    def label(self) -> str:
        """Vietnamese description of the rule."""
        return _RULE_LABELS[self]


_RULE_LABELS: Mapping[WindowRule, str] = MappingProxyType(
    {
        WindowRule.ND09: "Theo Nghị định 09/2019/NĐ-CP (chốt số liệu ngày 14)",
        WindowRule.CALENDAR: "Theo năm dương lịch",
    }
)


@dataclass(frozen=True, slots=True)
class Bound:
    """One end of a window: ``day`` of the month ``month_offset`` months from an anchor.

    The start bound is anchored on the period's first month, the end bound on its last.
    ``day=None`` means the last day of that month.
    """

    month_offset: int
    day: int | None

    def resolve(self, year: int, month: int) -> date:
        total = year * 12 + (month - 1) + self.month_offset
        y, m = divmod(total, 12)
        m += 1
        day = calendar.monthrange(y, m)[1] if self.day is None else self.day
        return date(y, m, day)


# The rule table: for each rule and kind, (start bound, end bound). Decree 09/2019/NĐ-CP
# cuts data off on the 14th: a period runs from the 15th of the month before its first
# month to the 14th of its last month (H1 = 15/12 of the previous year → 14/06, year =
# 15/12 → 14/12, …). Calendar windows run from the 1st of the first month to the last day
# of the last month. Every kind happens to share its rule's bounds today; a per-kind
# exception is a one-entry change here.
_ND09 = (Bound(-1, 15), Bound(0, 14))
_CALENDAR = (Bound(0, 1), Bound(0, None))

WINDOW_RULES: Mapping[WindowRule, Mapping[PeriodKind, tuple[Bound, Bound]]] = MappingProxyType(
    {
        WindowRule.ND09: MappingProxyType(dict.fromkeys(PeriodKind, _ND09)),
        WindowRule.CALENDAR: MappingProxyType(dict.fromkeys(PeriodKind, _CALENDAR)),
    }
)


def period_window(
    period: Period | str,
    rule: WindowRule | str = WindowRule.ND09,
    *,
    override: tuple[date, date] | None = None,
) -> Window:
    """The data window of ``period`` under ``rule``; an explicit ``override`` wins.

    ``period`` may be a :class:`Period` or its code; ``override`` is a request's own
    ``(start, end)`` dates.

    >>> period_window("2021-M01").label
    '15/12/2020 – 14/01/2021'
    >>> period_window("2021", override=(date(2021, 1, 1), date(2021, 3, 31))).days
    90
    """
    if isinstance(period, str):
        period = Period.parse(period)
    try:
        rule = WindowRule(rule)
    except ValueError:
        raise PeriodError(MSG_INVALID_RULE.format(rule=rule))
    if override is not None:
        start, end = override
        return Window(start, end)
    start_bound, end_bound = WINDOW_RULES[rule][period.kind]
    return Window(
        start_bound.resolve(period.year, period.first_month),
        end_bound.resolve(period.year, period.last_month),
    )
