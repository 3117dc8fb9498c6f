"""Tiny expressions over indicator codes, for validation rules kept as data:
``HS_DA_GIAI_QUYET + HS_RUT + HS_DANG_GIAI_QUYET``, ``2 * X`` is not supported on purpose:
sums and differences of codes and whole numbers are what the forms need."""

import re

from danvan.core.errors import DomainError

TOKEN = re.compile(r"\s*(?:(?P<num>\d+)|(?P<code>[A-Z][A-Z0-9_]*)|(?P<op>[+-]))")
BAD_EXPRESSION = "Biểu thức «{text}» không hợp lệ: chỉ dùng mã chỉ tiêu, số nguyên, dấu + và -."


def parse(text: str) -> list[tuple[int, str | int]]:
    """``A + B - 3`` → [(+1, "A"), (+1, "B"), (-1, 3)]."""
    terms, sign, expect_term, position = [], 1, True, 0
    text = text.strip()
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match:
            raise DomainError(BAD_EXPRESSION.format(text=text))
        position = match.end()
        if match.group("op"):
            if expect_term:
                raise DomainError(BAD_EXPRESSION.format(text=text))
            sign, expect_term = (1 if match.group("op") == "+" else -1), True
            continue
        if not expect_term:
            raise DomainError(BAD_EXPRESSION.format(text=text))
        term = int(match.group("num")) if match.group("num") else match.group("code")
        terms.append((sign, term))
        expect_term = False
    if expect_term:
        raise DomainError(BAD_EXPRESSION.format(text=text))
    return terms


def codes(text: str) -> set[str]:
    return {term for _, term in parse(text) if isinstance(term, str)}


def evaluate(text: str, values: dict[str, int]) -> int | None:
    """The value, or None when a code has no value for this computation."""
    total = 0
    for sign, term in parse(text):
        if isinstance(term, int):
            total += sign * term
        elif values.get(term) is None:
            return None
        else:
            total += sign * values[term]
    return total
