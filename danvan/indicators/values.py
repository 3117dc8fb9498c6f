"""Values an indicator takes: a count, or a ratio that keeps its parts.

A ratio is never averaged: summing ratios sums numerators and denominators, and the percent
is recomputed from the sums ("285/524, đạt 54,39%").
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from danvan.core.numbers import format_number


@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int
    # Decimals of the percent: 2 for the counted ratios (54,39%), 1 for those an administrator
    # defines (93,0%). Not part of the value: 159/171 equals 159/171 however it is shown.
    places: int = field(default=2, compare=False)

    @property
    def percent(self) -> Decimal | None:
        if not self.denominator:
            return None
        share = Decimal(self.numerator) * 100 / Decimal(self.denominator)
        return share.quantize(Decimal(1).scaleb(-self.places), rounding=ROUND_HALF_UP)

    def __add__(self, other: "Ratio") -> "Ratio":
        return Ratio(
            self.numerator + other.numerator, self.denominator + other.denominator, self.places
        )

    def __str__(self) -> str:
        parts = f"{format_number(self.numerator)}/{format_number(self.denominator)}"
        if self.percent is None:
            return parts
        return f"{parts}, đạt {format_number(self.percent, self.places)}%"

    def as_json(self) -> dict:
        percent = self.percent
        return {
            "numerator": self.numerator,
            "denominator": self.denominator,
            "percent": float(percent) if percent is not None else None,
        }
