"""Petitions past their legal deadline and not resolved, as due things of the home page."""

from urllib.parse import urlencode

from django.urls import reverse

from danvan.petitions.models import Petition
from danvan.registers.worklist import OverdueSpec, overdue_items


def petitions_overdue(units, today):
    """Petitions of ``units`` (from the access gate) whose legal deadline passed before
    ``today`` without a resolution."""
    return Petition.objects.filter(
        unit__in=units, deadline__lt=today, resolved_on__isnull=True
    ).select_related("unit")


def _list_url(unit_code):
    url = reverse("registers:list", args=["petitions"])
    return f"{url}?{urlencode({'ma_don_vi': unit_code})}" if unit_code else url


OVERDUE_PETITIONS = OverdueSpec(
    source="petitions.overdue",
    kind="Đơn thư quá hạn giải quyết",
    noun="đơn",
    overdue=petitions_overdue,
    due_field="deadline",
    record_title=lambda p: f"Đơn {p.code} — {p.get_kind_display()}",
    record_url=lambda p: reverse("registers:detail", args=["petitions", p.pk]),
    unit_url=_list_url,
    status="Quá thời hạn giải quyết theo luật, chưa giải quyết xong",
)


def petitions_due(ctx):
    return overdue_items(ctx, OVERDUE_PETITIONS)
