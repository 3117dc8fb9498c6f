"""Typed-in values: what a unit enters for a period."""

from decimal import Decimal

from django.db import transaction

from danvan.accounts.access import access_register_units
from danvan.core.errors import DomainError
from danvan.core.parsing import parse_bool, parse_number
from danvan.indicators.models import TypedIndicator, TypedValue
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Period

NOT_A_NUMBER = "«{value}» không phải số (viết 50.003 hoặc 84,2)."
NOT_WHOLE = "«{value}» phải là số nguyên không âm."
NOT_YES_NO = "«{value}» phải là có hoặc không."


def typed_parse(indicator: TypedIndicator, text: str) -> Decimal | None:
    """The value of ``text`` for ``indicator``, None for an empty cell, or DomainError."""
    text = (text or "").strip()
    if not text:
        return None
    if indicator.value_type == TypedIndicator.ValueType.CO_KHONG:
        try:
            return Decimal(int(parse_bool(text)))
        except ValueError:
            raise DomainError(NOT_YES_NO.format(value=text)) from None
    try:
        value = parse_number(text)
    except ValueError:
        raise DomainError(NOT_A_NUMBER.format(value=text)) from None
    if indicator.value_type == TypedIndicator.ValueType.SO_NGUYEN and (
        value < 0 or value != value.to_integral_value()
    ):
        raise DomainError(NOT_WHOLE.format(value=text))
    return value


NOT_A_TYPIST = "Bạn không được nhập số liệu cho đơn vị này."


def can_type_values(user, unit: OrgUnit) -> bool:
    """Typed values belong to one unit: its register keepers enter them (page and API)."""
    return access_register_units(user).filter(pk=unit.pk).exists()


@transaction.atomic
def typed_values_set(*, unit: OrgUnit, period: Period, entries: dict[TypedIndicator, str]):
    """Save what was typed for ``unit`` and ``period``; every value is checked before any is
    saved, and an emptied field removes its value. Raises DomainError listing every bad one."""
    parsed, problems = {}, []
    for indicator, text in entries.items():
        try:
            parsed[indicator] = typed_parse(indicator, text)
        except DomainError as error:
            problems.append(f"{indicator.label}: {error.message}")
    if problems:
        raise DomainError(" ".join(problems))
    for indicator, value in parsed.items():
        current = TypedValue.objects.filter(
            indicator=indicator, unit=unit, period=period.code
        ).first()
        if value is None:
            if current is not None:
                current.delete()
        elif current is None:
            TypedValue.objects.create(
                indicator=indicator, unit=unit, period=period.code, value=value
            )
        elif current.value != value:
            current.value = value
            current.save()
