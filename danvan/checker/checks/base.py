"""What every check shares: the finding, how it is made, how numbers are shown."""

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

from danvan.checker.figures import Extraction, Figure
from danvan.checker.rules import RULES
from danvan.core.numbers import format_number


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    message: str
    excerpt: str
    start: int
    end: int
    stated: str | None = None
    expected: str | None = None

    @property
    def title(self) -> str:
        """The rule's Vietnamese name (the code stays in ``rule`` for experts and scripts)."""
        return RULES[self.rule].title

    def as_json(self) -> dict:
        data = {
            "rule": self.rule,
            "title": self.title,
            "severity": self.severity,
            "message": self.message,
            "excerpt": self.excerpt,
            "start": self.start,
            "end": self.end,
        }
        if self.stated is not None:
            data["stated"] = self.stated
        if self.expected is not None:
            data["expected"] = self.expected
        return data


def make(name, ex: Extraction, start, end, *, stated=None, expected=None, severity=None, **kw):
    rule = RULES[name]
    message = rule.message.format(stated=stated, expected=expected, **kw)
    return Finding(
        name,
        severity or rule.severity,
        message,
        ex.text[start:end],
        start,
        end,
        None if stated is None else str(stated),
        None if expected is None else str(expected),
    )


def num(value: Decimal) -> str:
    decimals = max(0, -value.normalize().as_tuple().exponent) if value % 1 else 0
    return format_number(value, decimals)


def percent_text(value: Decimal, decimals: int) -> str:
    return f"{format_number(value, decimals)}%"


def percent_ok(stated: Decimal, decimals: int, expected: Decimal) -> bool:
    """A stated percentage may round or truncate the last digit it shows (54,38% for 54,389%)."""
    quantum = Decimal(1).scaleb(-decimals)
    return any(
        expected.quantize(quantum, rounding=mode) == stated
        for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN)
    )


def gap(ex: Extraction, start: int, end: int) -> str:
    return ex.text[start:end]


def same_sentence(a: Figure, b: Figure) -> bool:
    return a.sentence == b.sentence
