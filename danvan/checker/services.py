"""Writes: confirmed legacy values become a unit's history for a period (all or nothing)."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from danvan.accounts.access import access_register_units
from danvan.checker.models import LegacyValue
from danvan.core.errors import DomainError
from danvan.core.parsing import parse_number
from danvan.indicators.engine import catalogue
from danvan.indicators.labels import indicator_label
from danvan.indicators.models import TypedIndicator
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Period, PeriodError

NOT_KEEPER = "Bạn không giữ sổ của đơn vị này nên không được nhập số liệu lịch sử cho đơn vị."
BAD_PERIOD = "Kỳ «{period}» không đúng (viết 2021, 2021-H1, 2021-Q3 …)."
UNKNOWN_INDICATOR = "Dòng {line}: không có chỉ tiêu «{code}»."
NOT_A_NUMBER = "Dòng {line}: «{value}» không phải số (viết 50.003 hoặc 84,2)."
NEGATIVE = "Dòng {line}: số liệu không được âm."
DUPLICATE = "Dòng {line}: chỉ tiêu «{code}» đã có ở dòng {first}."
NOTHING = "Chưa chọn số liệu nào để lưu."


@dataclass(frozen=True)
class LegacyRow:
    indicator_code: str
    value: str  # as the person typed or confirmed it: "50.003", "84,2"


def parse_value(text: str) -> Decimal:
    """Vietnamese writing: "50.003" → 50003, "84,2" → 84.2 (danvan.core.parsing). Raises
    ValueError."""
    return parse_number(text)


def indicator_choices() -> list[tuple[str, str]]:
    """(code, label) of every indicator a legacy value may be stored for: counts and sums of
    the catalogue and the typed-in indicators; never a ratio (its parts are stored)."""

    choices = {i.code: i.label for i in catalogue() if not i.is_ratio}
    typed = TypedIndicator.objects.typed_in().filter(active=True)
    for code, label in typed.values_list("code", "label"):
        choices.setdefault(code, label)
    return sorted(choices.items())


def legacy_values_confirm(
    *, user, unit: OrgUnit, period: str, rows: list[LegacyRow], source_name: str
) -> list[LegacyValue]:
    """Store ``rows`` as ``unit``'s values for ``period``. Every row is checked first; one bad
    row and nothing is saved (DomainError lists every problem). A value already stored for
    the same unit, period and indicator is replaced (and audited as a change)."""
    if not access_register_units(user).filter(pk=unit.pk).exists():
        raise PermissionDenied(NOT_KEEPER)
    try:
        period_code = Period.parse(period.strip()).code
    except (PeriodError, ValueError):
        raise DomainError(BAD_PERIOD.format(period=period))
    known = {code for code, _ in indicator_choices()}
    problems: list[str] = []
    parsed: dict[str, Decimal] = {}
    seen: dict[str, int] = {}  # code → the line it first came on
    for line, row in enumerate(rows, start=1):
        code = row.indicator_code.strip()
        if code not in known:
            problems.append(UNKNOWN_INDICATOR.format(line=line, code=code))
            continue
        if code in seen:
            label = indicator_label(code) or code
            problems.append(DUPLICATE.format(line=line, code=label, first=seen[code]))
            continue
        seen[code] = line
        try:
            value = parse_value(row.value)
        except ValueError:
            problems.append(NOT_A_NUMBER.format(line=line, value=row.value))
            continue
        if value < 0:
            problems.append(NEGATIVE.format(line=line))
            continue
        parsed[code] = value
    if problems:
        raise DomainError(" ".join(problems))
    if not parsed:
        raise DomainError(NOTHING)
    now = timezone.now()
    saved = []
    with transaction.atomic():
        for code, value in parsed.items():
            current = LegacyValue.objects.filter(
                unit=unit, period_code=period_code, indicator_code=code
            ).first()
            if current is None:
                current = LegacyValue(unit=unit, period_code=period_code, indicator_code=code)
            current.value = value
            current.source_name = source_name[:255]
            current.confirmed_by = user if getattr(user, "pk", None) else None
            current.confirmed_at = now
            current.save()
            saved.append(current)
    return saved
