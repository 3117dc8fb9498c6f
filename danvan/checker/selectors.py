"""Reads: a workflow report's text for the checker, and the confirmed legacy values."""

from decimal import Decimal

from django.db.models import QuerySet, Sum

from danvan.checker.models import LegacyValue
from danvan.orgunits.models import OrgUnit
from danvan.reporting.outlines import STANDARD_OUTLINE, outline_headings, report_outline
from danvan.reporting.richtext import richtext_plain
from danvan.reporting.selectors import report_visible


def report_for_check(user, report_id: int):
    """(report, its text) if the gate lets ``user`` see the report, else None."""
    report = report_visible(user, report_id)
    if report is None:
        return None
    return report, sections_text(report.sections or {}, report_outline(report))


def sections_text(sections: dict, headings=None) -> str:
    """The report's outline as plain text: each section's heading ("I. ĐẶC ĐIỂM TÌNH HÌNH",
    so the numbering is checked too) and its text, paragraphs and list items on lines."""
    parts = []
    for heading in headings or outline_headings(STANDARD_OUTLINE):
        text = richtext_plain(sections.get(heading.key) or "")
        if text:
            parts.append(f"{heading.label}\n{text}")
    return "\n\n".join(parts)


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
