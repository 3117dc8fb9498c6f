"""What each document says, from DanVan's records: a unit report, a consolidated report, an
appendix alone, a plan. Names are those of the document's date (a 2021 report of the Economic
Zone Board says "tỉnh Bình Định", as the paper one did)."""

import datetime
import re

from django.utils import timezone

from danvan.documents.model import (
    Appendix,
    AppendixRow,
    Document,
    Signer,
    document_symbol,
    shown_number,
)
from danvan.indicators.forms_catalogue import FormRow
from danvan.orgunits.letterhead import orgunit_letterhead_as_of
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_name_as_of
from danvan.plans.models import OUTLINE as PLAN_OUTLINE
from danvan.reporting.consolidation import consolidation_comparison
from danvan.reporting.figures import numbered_heading, report_form_rows, report_result
from danvan.reporting.models import OUTLINE, Consolidation, UnitReport


def _letterhead(unit: OrgUnit, day: datetime.date, kind: str) -> dict:
    """The header fields of a document of ``unit`` dated ``day``: names, place and the
    default symbol ("BC-BQL"), all as the unit's version of that day declares or derives them."""
    head = orgunit_letterhead_as_of(unit, day)
    return {
        "parent_body": "\n".join(head.parent_lines),
        "parent_fixed": head.parent_declared,
        "issuing_body": "\n".join(head.issuer_lines),
        "issuing_fixed": head.issuer_declared,
        "place": head.place,
        "symbol": document_symbol(kind, head.document_symbol),
    }


def split_number(number: str, default_symbol: str) -> tuple[str, str]:
    """ "128/BC-BQL" → ("128", "BC-BQL"); "128" → ("128", default); "" → ("", default)."""
    number = (number or "").strip()
    if "/" in number:
        head, symbol = number.split("/", 1)
        return head.strip(), symbol.strip()
    return number, default_symbol


def _summary(subject: str) -> str:
    """The line under "BÁO CÁO": the subject without its own "Báo cáo" ("Kết quả …")."""
    text = re.sub(r"^\s*báo cáo\s+", "", subject, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def _signer(signed) -> Signer:
    """The signature block of a report, a consolidation or a plan (same field names)."""
    return Signer(
        authority=signed.signer_authority,
        authority_title=signed.signer_authority_title,
        title=signed.signer_title,
        name=signed.signer_name,
    )


def _recipients(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def appendix_rows(rows: list[FormRow]) -> list[AppendixRow]:
    """The table's rows: headings numbered 1, 2, 3 … in the order shown (whatever numbers the
    form's headings carry), items numbered from 1 under each heading."""

    out, number, headings = [], 0, 0
    for row in rows:
        if row.heading:
            headings += 1
            out.append(AppendixRow(heading=numbered_heading(row.heading, headings)))
            number = 0
        elif row.code:
            number += 1
            note = "; ".join(f"{unit}: {value}" for unit, value in row.listed)
            out.append(
                AppendixRow(
                    number=str(number), label=row.label, unit=row.unit, value=row.shown, note=note
                )
            )
    return out


def _caption(kind: str, number: str, symbol: str, day, unit_name: str) -> str:
    shown_day = f"{day:%d/%m/%Y}" if day else "      "
    shown = shown_number(number) or "      "
    return f"(Kèm theo {kind} số {shown}/{symbol} ngày {shown_day} của {unit_name})"


def document_for_report(report: UnitReport) -> Document:

    request = report.request
    day = report.report_date or request.issued_on
    unit_name = orgunit_name_as_of(report.unit, day)
    issuer_name = orgunit_name_as_of(request.issuer, request.issued_on)
    head = _letterhead(report.unit, day, "BÁO CÁO")
    number, symbol = split_number(report.number, head.pop("symbol"))
    rows = report_form_rows(report, report_result(report))
    return Document(
        kind="BÁO CÁO",
        **head,
        number=number,
        symbol=symbol,
        date=report.report_date,
        summary=_summary(request.subject),
        opening=(
            f"Thực hiện {request.reference} của {issuer_name} về việc "
            f"{_lower_first(request.subject)}, {unit_name} báo cáo kết quả như sau:"
        ),
        sections=[(f"{key}. {title}", report.sections.get(key, "")) for key, title in OUTLINE],
        closing=f"Trên đây là báo cáo {_lower_first(_summary(request.subject))} của {unit_name}./.",
        signer=_signer(report),
        recipients=_recipients(report.recipients),
        appendix=Appendix(
            title="Phụ lục tổng hợp số liệu",
            caption=_caption("Báo cáo", number, symbol, report.report_date, unit_name),
            rows=appendix_rows(rows),
        ),
        title=f"bao-cao-{report.unit.code}-{request.period}",
    )


def document_for_consolidation(consolidation: Consolidation) -> Document:

    request = consolidation.request
    issuer = request.issuer
    day = consolidation.report_date or request.issued_on
    name = orgunit_name_as_of(issuer, day)
    comparison = consolidation_comparison(consolidation, with_previous=False)
    head = _letterhead(issuer, day, "BÁO CÁO")
    number, symbol = split_number(consolidation.number, head.pop("symbol"))
    count = len(consolidation.figures.get("reports", []))
    return Document(
        kind="BÁO CÁO",
        **head,
        number=number,
        symbol=symbol,
        date=consolidation.report_date,
        summary=f"Tổng hợp {_lower_first(_summary(request.subject))}",
        opening=(
            f"Căn cứ báo cáo của {count} cơ quan, đơn vị theo {request.reference}, {name} "
            "tổng hợp kết quả như sau:"
        ),
        sections=[
            (f"{key}. {title}", consolidation.sections.get(key, "")) for key, title in OUTLINE
        ],
        closing=f"Trên đây là báo cáo tổng hợp {_lower_first(_summary(request.subject))}./.",
        signer=_signer(consolidation),
        recipients=_recipients(consolidation.recipients),
        appendix=Appendix(
            title="Phụ lục tổng hợp số liệu",
            caption=_caption("Báo cáo", number, symbol, consolidation.report_date, name),
            rows=appendix_rows(comparison.rows),
        ),
        title=f"bao-cao-tong-hop-{issuer.code}-{request.period}",
    )


def document_for_appendix(scope, rows: list[FormRow]) -> Document:
    """The appendix alone: the header, then the table."""
    day = scope.window.end
    name = scope.unit_name + (" và các đơn vị trực thuộc" if scope.subtree else "")
    head = _letterhead(scope.unit, day, "")
    head.pop("symbol")
    return Document(
        kind="",
        **head,
        number="",
        symbol="",
        date=None,
        summary="",
        appendix=Appendix(
            title=f"Phụ lục số liệu — {scope.period.label}",
            caption=f"(Số liệu từ ngày {scope.window.start:%d/%m/%Y} đến ngày "
            f"{scope.window.end:%d/%m/%Y})",
            rows=appendix_rows(rows),
            unit_name=name,
        ),
        title=f"phu-luc-{scope.unit.code}-{scope.period.code}",
    )


def _plan_items(plan, day: datetime.date) -> list[tuple[str, str, str]]:
    """The plan's «Tổ chức thực hiện» table: each item not cancelled, its target beside its
    content, its lead unit (and who co-operates), its due date (or its rule)."""
    from danvan.plans.selectors import plan_item_co_units, plan_items

    rows = []
    for item in plan_items(plan).exclude(state="huy"):
        content = item.content + (f" (chỉ tiêu: {item.target})" if item.target else "")
        lead = orgunit_name_as_of(item.unit, day)
        if item.co_children:
            lead += "; phối hợp: các phòng, đơn vị trực thuộc"
        else:
            co = [orgunit_name_as_of(u, day) for u in plan_item_co_units(item, day)]
            if co:
                lead += "; phối hợp: " + ", ".join(co)
        if item.due_on and item.due_rule and "/" not in item.due_rule[:3]:
            due = f"{item.due_rule} ({item.due_on:%d/%m/%Y})"
        else:
            due = f"{item.due_on:%d/%m/%Y}" if item.due_on else item.due_rule
        rows.append((content, lead, due))
    return rows


def document_for_plan(plan) -> Document:

    day = plan.issued_on or timezone.localdate()
    name = orgunit_name_as_of(plan.unit, day)
    head = _letterhead(plan.unit, day, "KẾ HOẠCH")
    number, symbol = split_number(plan.number, plan.symbol or head.pop("symbol"))
    head.pop("symbol", None)
    return Document(
        kind="KẾ HOẠCH",
        **head,
        number=number,
        symbol=symbol,
        date=plan.issued_on,
        summary=plan.subject,
        opening=plan.basis,
        sections=[(f"{key}. {title}", plan.sections.get(key, "")) for key, title in PLAN_OUTLINE],
        closing=f"Trên đây là {_lower_first(plan.subject)} của {name}./." if plan.subject else "",
        signer=_signer(plan),
        recipients=_recipients(plan.recipients),
        items=_plan_items(plan, day),
        title=f"ke-hoach-{plan.unit.code}-{plan.pk}",
    )
