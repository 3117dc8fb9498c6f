"""Figures of periods before DanVan, from whichever app keeps them (the checker confirms them
from the units' legacy reports). The app plugs in from its ``AppConfig.ready()`` (the checker:
``legacy_source_register(legacy_values)``).

A source is ``source(units, period_code) -> {indicator code: value}`` over units the caller
got from the access gate; the values of all sources are added up.
"""

from collections.abc import Callable
from decimal import Decimal

LegacySource = Callable[[object, str], dict[str, Decimal]]

_SOURCES: list[LegacySource] = []


def legacy_source_register(source: LegacySource) -> None:
    if source not in _SOURCES:  # ready() may run again in a test process
        _SOURCES.append(source)


def legacy_figures(units, period_code: str) -> dict[str, Decimal]:
    found: dict[str, Decimal] = {}
    for source in _SOURCES:
        for code, value in source(units, period_code).items():
            found[code] = found.get(code, 0) + value
    return found
