"""What every check shares: the finding, how it is made, how numbers are shown."""

from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal

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
    arithmetic: str | None = None  # the computation, in Vietnamese notation

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
        if self.arithmetic is not None:
            data["arithmetic"] = self.arithmetic
        return data


@dataclass(frozen=True)
class Verified:
    """A relation the checker recomputed and found right, with its arithmetic: shown on the
    page under «Các phép tính khớp» so a reader sees what was checked, not only what failed."""

    kind: str
    arithmetic: str
    excerpt: str
    start: int
    end: int

    def as_json(self) -> dict:
        return {
            "kind": self.kind,
            "arithmetic": self.arithmetic,
            "excerpt": self.excerpt,
            "start": self.start,
            "end": self.end,
        }


def verified(ex: Extraction, kind: str, start: int, end: int, arithmetic: str) -> None:
    ex.cache.setdefault("verified", []).append(
        Verified(kind, arithmetic, ex.text[start:end], start, end)
    )


def make(
    name,
    ex: Extraction,
    start,
    end,
    *,
    stated=None,
    expected=None,
    severity=None,
    arithmetic=None,
    **kw,
):
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
        arithmetic,
    )


def first_word(figure: Figure) -> str:
    """The first word of what a figure counts, lower-case ("hồ sơ trực tuyến" → "hồ"), or ""."""
    return figure.noun.split()[0].lower() if figure.noun else ""


def num(value: Decimal) -> str:
    decimals = max(0, -value.normalize().as_tuple().exponent) if value % 1 else 0
    return format_number(value, decimals)


def sum_shown(values) -> tuple[Decimal, str]:
    """The sum of ``values`` and how the arithmetic shows it: "11 + 10 + 74 = 95"."""
    total = sum(values, Decimal(0))
    return total, " + ".join(num(v) for v in values) + f" = {num(total)}"


def percent_text(value: Decimal, decimals: int) -> str:
    return f"{format_number(value, decimals)}%"


ROUNDED, TRUNCATED, WRONG = "rounded", "truncated", "wrong"


def percent_status(stated: Decimal, decimals: int, expected: Decimal) -> str:
    """``rounded`` when the stated percentage is the exact one rounded to the decimals it
    shows (76,47% for 76,471%); ``truncated`` when it is the exact one cut instead (80,60% for
    80,608%: a notice, not a wrong figure); ``wrong`` otherwise."""
    quantum = Decimal(1).scaleb(-decimals)
    magnitude = abs(expected)
    if any(
        magnitude.quantize(quantum, rounding=mode) == abs(stated)
        # (an exact half either way: 40,62/80 = 50,775% is 50,77% in a spreadsheet's binary)
        for mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN)
    ):
        return ROUNDED
    if magnitude.quantize(quantum, rounding=ROUND_DOWN) == abs(stated):
        return TRUNCATED
    return WRONG


def near(stated: Decimal, expected: Decimal) -> bool:
    """Whether a stated rate lies within a third of the computed one either way: farther off,
    it is a rate of another base, not a slip of this one."""
    return expected * 3 / 4 <= stated <= expected * 4 / 3


def percent_ok(stated: Decimal, decimals: int, expected: Decimal) -> bool:
    """Whether the stated percentage is the exact one rounded or cut to the digits it shows."""
    return percent_status(stated, decimals, expected) != WRONG


def exact_percent(value: Decimal) -> str:
    """The exact value to three decimals, for the arithmetic: 76,471%."""
    return f"{format_number(value, 3)}%"


def rounding_finding(ex, start, end, stated: Decimal, decimals: int, expected: Decimal, what=""):
    """The notice for a percentage cut instead of rounded."""
    quantum = Decimal(1).scaleb(-decimals)
    rounded = abs(expected).quantize(quantum, rounding=ROUND_HALF_UP)
    shown = percent_text(stated, decimals)
    arithmetic = f"{what}{exact_percent(abs(expected))} → {percent_text(rounded, decimals)}"
    return make(
        "rounding",
        ex,
        start,
        end,
        stated=shown,
        expected=percent_text(rounded, decimals),
        exact=exact_percent(abs(expected)),
        arithmetic=f"{arithmetic}; văn bản ghi {shown}: cắt bớt",
    )


def gap(ex: Extraction, start: int, end: int) -> str:
    return ex.text[start:end]


def same_sentence(a: Figure, b: Figure) -> bool:
    return a.sentence == b.sentence


def next_percent(ex: Extraction, figure: Figure) -> Figure | None:
    """The exact percentage right after ``figure`` in its sentence, or None."""
    index = ex.index_of(figure) + 1
    if index >= len(ex.figures):
        return None
    percent = ex.figures[index]
    if percent.kind != "percent" or percent.approximate or percent.sentence != figure.sentence:
        return None
    return percent
