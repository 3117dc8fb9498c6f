"""Values an indicator takes: a count, or a ratio that keeps its parts.

A ratio is never averaged: summing ratios sums numerators and denominators, and the percent
is recomputed from the sums ("285/524, đạt 54,39%").
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from danvan.core.numbers import format_number


@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def percent(self) -> Decimal | None:
        if not self.denominator:
            return None
        share = Decimal(self.numerator) * 100 / Decimal(self.denominator)
        return share.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    def __add__(self, other: "Ratio") -> "Ratio":
        return Ratio(self.numerator + other.numerator, self.denominator + other.denominator)

    def __str__(self) -> str:
        parts = f"{format_number(self.numerator)}/{format_number(self.denominator)}"
        if self.percent is None:
            return parts
        return f"{parts}, đạt {format_number(self.percent, 2)}%"

    def as_json(self) -> dict:
        percent = self.percent
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "percent": float(percent) if percent is not None else None,
        }
