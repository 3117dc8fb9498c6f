"""Numbers as Vietnamese documents write them: 50.003 and 84,2%."""

from decimal import ROUND_HALF_UP, Decimal


def format_number(value, decimals: int = 0) -> str:
    if value is None or value == "":
        return ""
    quantum = Decimal(1).scaleb(-decimals)
    number = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
    sign = "-" if number < 0 else ""
    whole, _, fraction = f"{abs(number):f}".partition(".")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = ".".join(groups) or "0"
    return f"{sign}{text},{fraction}" if fraction else f"{sign}{text}"


def format_percent(numerator, denominator, decimals: int = 1) -> str:
    """The share numerator/denominator as "84,2%"; an empty string when there is no base."""
    if not denominator:
        return ""
    share = Decimal(str(numerator)) * 100 / Decimal(str(denominator))
    return f"{format_number(share, decimals)}%"
