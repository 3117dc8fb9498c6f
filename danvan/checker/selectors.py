"""Reads: a workflow report's text for the checker, and the confirmed legacy values."""

import html
import re
from decimal import Decimal

from django.db.models import QuerySet, Sum
from django.utils.html import strip_tags

from danvan.checker.models import LegacyValue
from danvan.orgunits.models import OrgUnit

_BREAKS = re.compile(r"<\s*(?:br|/p|/li|/div|/h[1-6]|/tr)\s*/?>", re.I)
_ROMAN_ORDER = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]


def report_for_check(user, report_id: int):
    """(report, its text) if the gate lets ``user`` see the report, else None."""
    from danvan.reporting.selectors import report_visible

    report = report_visible(user, report_id)
    if report is None:
        return None
    return report, sections_text(report.sections or {})


def sections_text(sections: dict) -> str:
    """The sections "I".."V" as plain text, in order; HTML tags removed, line breaks kept."""

    def order(key):
        return (_ROMAN_ORDER.index(key), key) if key in _ROMAN_ORDER else (99, key)

    parts = []
    for key in sorted(sections, key=order):
        value = sections[key]
        if not isinstance(value, str):
            continue
        text = html.unescape(strip_tags(_BREAKS.sub("\n", value)))
        parts.append(text.strip())
    return "\n\n".join(p for p in parts if p)


def legacy_values(units: QuerySet[OrgUnit] | list[OrgUnit], period_code: str) -> dict[str, Decimal]:
    """Confirmed legacy values of ``period_code`` by indicator code, summed over ``units``
    (the caller passes units it got from the access gate). For the consolidation's
    "difference from the previous period" when that period has no register data."""
    rows = (
        LegacyValue.objects.filter(unit__in=units, period_code=period_code)
        .values("indicator_code")
        .annotate(total=Sum("value"))
    )
    return {row["indicator_code"]: row["total"] for row in rows}


def legacy_values_list(units, period_code: str | None = None):
    rows = LegacyValue.objects.filter(unit__in=units).select_related("unit", "confirmed_by")
    if period_code:
        rows = rows.filter(period_code=period_code)
    return rows.order_by("unit__code", "period_code", "indicator_code")
