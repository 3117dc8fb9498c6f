"""Overdue dossiers (past their ngày hẹn trả, not finished) as due things of the home page."""

from urllib.parse import urlencode

from django.urls import reverse

from danvan.dossiers.selectors import dossiers_overdue
from danvan.registers.worklist import OverdueSpec, overdue_items


def _list_url(unit_code):
    query = {"tinh_trang": "qua_han", **({"ma_don_vi": unit_code} if unit_code else {})}
    return f"{reverse('dossiers:list')}?{urlencode(query)}"


OVERDUE_DOSSIERS = OverdueSpec(
    source="dossiers.overdue",
    kind="Hồ sơ TTHC quá hạn",
    noun="hồ sơ",
    overdue=dossiers_overdue,
    due_field="due_on",
    record_title=lambda d: f"Hồ sơ {d.code} — {d.procedure_name or d.procedure_code}",
    record_url=lambda d: reverse("dossiers:detail", args=[d.pk]),
    unit_url=_list_url,
    status="Chưa giải quyết xong, đã quá ngày hẹn trả",
)


def dossiers_due(ctx):
    return overdue_items(ctx, OVERDUE_DOSSIERS)
