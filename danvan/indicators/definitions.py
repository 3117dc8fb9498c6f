"""Indicator definitions: what each figure of the appendix means, as data.

Each definition carries its Vietnamese label, its unit, its legal reference and the dates it
applies to (openfisca's dated formulas): a rule change is a new definition with its own
``valid_from``, never an ``if year >= …`` inside a formula.
"""

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Q

from danvan.periods.values import Window


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    unit: str  # "hồ sơ", "lượt", "%" …
    register: str  # the register it counts, e.g. "dossiers"
    legal_ref: str = ""
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    # Count indicators: which records of the register it counts, for a window (drill-down and
    # the reference computation) and how it follows from the daily counters (fast path).
    records: Callable[[Window], Q] | None = None
    from_sums: Callable[[dict], int] | None = None
    # Sum this field of the records instead of counting them (visits, attendees …).
    measure: str | None = None
    # Count distinct values of this field (e.g. units that held a conference).
    count_distinct: str | None = None
    # Figures that are not counts of one register (e.g. how many units are in scope).
    compute: Callable[[object, Window], int] | None = None
    # Derived indicators: a sum/difference of other codes (``expressions``), e.g. typed-in parts.
    derived: str | None = None
    # Ratio indicators: numerator and denominator indicator codes.
    ratio: tuple[str, str] | None = None
    # Decimals of a ratio's percent (administrator-defined ratios show 93,0%).
    places: int = 2
    # Defined by an administrator (danvan.indicators.admin_defined), not in code.
    admin_defined: bool = False

    @property
    def is_typed_in(self) -> bool:
        """A value a unit types in (no register, no formula)."""
        return self.register == "typed" and not self.derived and not self.ratio

    @property
    def has_records(self) -> bool:
        """Whether a figure of it can be opened to the records behind it."""
        return self.records is not None or (self.ratio is not None and self.register != "typed")

    @property
    def is_ratio(self) -> bool:
        return self.ratio is not None

    def applies_to(self, window: Window) -> bool:
        return (self.valid_from is None or self.valid_from <= window.end) and (
            self.valid_to is None or window.start <= self.valid_to
        )


class Catalogue:
    def __init__(self, indicators: list[Indicator]):
        self._by_code = {i.code: i for i in indicators}
        if len(self._by_code) != len(indicators):
            raise ValueError("Có mã chỉ tiêu được khai báo hai lần.")

    def __iter__(self):
        return iter(self._by_code.values())

    def __contains__(self, code: str) -> bool:
        return code in self._by_code

    def get(self, code: str) -> Indicator:
        return self._by_code[code]

    def for_window(self, window: Window) -> list[Indicator]:
        return [i for i in self if i.applies_to(window)]
