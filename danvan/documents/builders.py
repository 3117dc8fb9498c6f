"""What each document says, from DanVan's records: a unit report, a consolidated report, an
appendix alone, a plan. Names are those of the document's date (a 2021 report of the Economic
Zone Board says "tỉnh Bình Định", as the paper one did)."""

import datetime
import html
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
from danvan.reporting.listings import request_listings
from danvan.reporting.models import Consolidation, UnitReport
from danvan.reporting.outlines import request_outline


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


def _kind(request) -> str:
    """The document type of the request's report type ("BÁO CÁO" for the standard one)."""
    version = request.report_type
    return version.report_type.document_kind if version is not None else "BÁO CÁO"


def document_for_report(report: UnitReport) -> Document:

    request = report.request
    day = report.report_date or request.issued_on
    unit_name = orgunit_name_as_of(report.unit, day)
    issuer_name = orgunit_name_as_of(request.issuer, request.issued_on)
    kind = _kind(request)
    head = _letterhead(report.unit, day, kind)
    number, symbol = split_number(report.number, head.pop("symbol"))
    rows = report_form_rows(report, report_result(report))
    return Document(
        kind=kind,
        **head,
        number=number,
        symbol=symbol,
        date=report.report_date,
        summary=_summary(request.subject),
        opening=(
            f"Thực hiện {request.reference} của {issuer_name} về việc "
            f"{_lower_first(request.subject)}, {unit_name} báo cáo kết quả như sau:"
        ),
        sections=[(h.label, report.sections.get(h.key, "")) for h in request_outline(request)],
        closing=f"Trên đây là báo cáo {_lower_first(_summary(request.subject))} của {unit_name}./.",
        signer=_signer(report),
        recipients=_recipients(report.recipients),
        appendix=Appendix(
            title="Phụ lục tổng hợp số liệu",
            caption=_caption(kind.capitalize(), number, symbol, report.report_date, unit_name),
            rows=appendix_rows(rows),
        ),
        listings=request_listings(request, [report.unit]),
        title=f"bao-cao-{report.unit.code}-{request.period}",
    )


def document_for_consolidation(consolidation: Consolidation) -> Document:

    request = consolidation.request
    issuer = request.issuer
    day = consolidation.report_date or request.issued_on
    name = orgunit_name_as_of(issuer, day)
    comparison = consolidation_comparison(consolidation, with_previous=False)
    kind = _kind(request)
    head = _letterhead(issuer, day, kind)
    number, symbol = split_number(consolidation.number, head.pop("symbol"))
    count = len(consolidation.figures.get("reports", []))
    return Document(
        kind=kind,
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
            (h.label, consolidation.sections.get(h.key, "")) for h in request_outline(request)
        ],
        closing=f"Trên đây là báo cáo tổng hợp {_lower_first(_summary(request.subject))}./.",
        signer=_signer(consolidation),
        recipients=_recipients(consolidation.recipients),
        appendix=Appendix(
            title="Phụ lục tổng hợp số liệu",
            caption=_caption(kind.capitalize(), number, symbol, consolidation.report_date, name),
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


# --- Inspections (danvan.inspections): the conclusion notice and the remediation report -------


def _esc(text: str) -> str:
    return html.escape(text or "", quote=False)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{_esc(line)}</p>" for line in (text or "").splitlines() if line.strip())


def _recommendations_table(heads: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{_esc(h)}</th>" for h in heads)
    body = "".join("<tr>" + "".join(f"<td>{_esc(c)}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><tbody><tr>{head}</tr>{body}</tbody></table>"


def document_for_inspection_notice(inspection, recommendations) -> Document:
    """Thông báo kết luận kiểm tra, by the inspecting unit: the team and basis, the
    conclusion, then each recommendation with the unit that must act and its due date."""
    day = inspection.conclusion_on or inspection.held_on
    name = orgunit_name_as_of(inspection.unit, day)
    head = _letterhead(inspection.unit, day, "THÔNG BÁO")
    symbol = head.pop("symbol")
    units = [orgunit_name_as_of(u, day) for u in inspection.inspected_units.order_by("code")]
    inspected = ", ".join(units) or f"{inspection.units_inspected} đơn vị"
    subject = inspection.subject or inspection.get_kind_display().lower()
    team = [f"Trưởng đoàn: {inspection.leader}."] if inspection.leader else []
    team += [f"Thành viên: {m.strip()}." for m in inspection.members.splitlines() if m.strip()]
    rows = [
        [str(i), rec.content, orgunit_name_as_of(rec.unit, day), f"{rec.due_on:%d/%m/%Y}"]
        for i, rec in enumerate(recommendations, start=1)
    ]
    sections = [
        (
            "I. Khái quát cuộc kiểm tra",
            _paragraphs(
                f"Ngày {inspection.held_on:%d/%m/%Y}, đoàn kiểm tra của {name} đã kiểm tra "
                f"{_lower_first(subject)} tại {inspected}.\n" + "\n".join(team)
            ),
        ),
        ("II. Kết luận", _paragraphs(inspection.conclusion) or "<p>(Chưa có kết luận.)</p>"),
        (
            "III. Kiến nghị và thời hạn khắc phục",
            _recommendations_table(
                ["STT", "Nội dung kiến nghị", "Đơn vị thực hiện", "Hạn khắc phục"], rows
            )
            if rows
            else "<p>Không có kiến nghị.</p>",
        ),
    ]
    basis = f"Căn cứ {_lower_first(inspection.basis)};" if inspection.basis else ""
    return Document(
        kind="THÔNG BÁO",
        **head,
        number="",
        symbol=symbol,
        date=inspection.conclusion_on,
        summary=f"Kết luận kiểm tra {_lower_first(subject)}",
        opening=(f"{basis} {name} thông báo kết luận kiểm tra như sau:".strip()),
        sections=sections,
        closing=(
            "Đề nghị các đơn vị được kiểm tra thực hiện các kiến nghị trên đúng thời hạn và "
            f"báo cáo kết quả khắc phục về {name}./."
        ),
        recipients=[f"- {u};" for u in units] + ["- Lưu: VT."],
        title=f"thong-bao-ket-luan-{inspection.code}",
    )


def document_for_remediation_report(inspection, unit, recommendations) -> Document:
    """Báo cáo kết quả khắc phục, by the inspected ``unit``: each recommendation, what was
    done, the result."""
    reported = [rec.reported_on for rec in recommendations if rec.reported_on]
    day = max(reported) if reported else timezone.localdate()
    name = orgunit_name_as_of(unit, day)
    inspector = orgunit_name_as_of(inspection.unit, inspection.held_on)
    head = _letterhead(unit, day, "BÁO CÁO")
    symbol = head.pop("symbol")
    subject = inspection.subject or inspection.get_kind_display().lower()
    concluded = f" ngày {inspection.conclusion_on:%d/%m/%Y}" if inspection.conclusion_on else ""
    rows = [
        [
            str(i),
            rec.content,
            rec.report_text or "(chưa báo cáo)",
            rec.result_label + (f" ({rec.done_on:%d/%m/%Y})" if rec.done_on else ""),
        ]
        for i, rec in enumerate(recommendations, start=1)
    ]
    done = sum(1 for rec in recommendations if rec.state == "hoan_thanh")
    return Document(
        kind="BÁO CÁO",
        **head,
        number="",
        symbol=symbol,
        date=max(reported) if reported else None,
        summary=f"Kết quả khắc phục các kiến nghị sau kiểm tra {_lower_first(subject)}",
        opening=(
            f"Thực hiện kết luận kiểm tra{concluded} của {inspector} (cuộc kiểm tra "
            f"{inspection.code}), {name} báo cáo kết quả khắc phục như sau:"
        ),
        sections=[
            (
                "I. Kết quả khắc phục từng kiến nghị",
                _recommendations_table(
                    ["STT", "Kiến nghị", "Kết quả thực hiện", "Kết quả khắc phục"], rows
                ),
            ),
            (
                "II. Đánh giá chung",
                _paragraphs(
                    f"Tổng số {len(recommendations)} kiến nghị; đã khắc phục {done} kiến nghị; "
                    f"còn {len(recommendations) - done} kiến nghị đang thực hiện."
                ),
            ),
        ],
        closing=f"Trên đây là báo cáo kết quả khắc phục của {name}./.",
        recipients=[f"- {inspector} (b/c);", "- Lưu: VT."],
        title=f"bao-cao-khac-phuc-{inspection.code}-{unit.code}",
    )


# --- Commendations (danvan.commendations): the proposal (tờ trình đề nghị khen thưởng) -------


PROPOSAL_HEADS = [
    "STT",
    "Tên tập thể, cá nhân",
    "Chức vụ, đơn vị công tác",
    "Hình thức khen thưởng",
    "Cấp khen thưởng",
    "Tóm tắt thành tích",
]


def proposal_appendix_rows(proposal) -> list[list[str]]:
    return [
        [
            str(i),
            entry.subject_name,
            entry.position_title,
            entry.get_form_display(),
            entry.get_level_display(),
            entry.achievement,
        ]
        for i, entry in enumerate(proposal.entries.all(), start=1)
    ]


def document_for_proposal(proposal) -> Document:
    """Tờ trình đề nghị khen thưởng, by the proposing unit to the deciding one: the body, then
    the appendix «Danh sách đề nghị khen thưởng»."""
    day = proposal.decided_on or (
        timezone.localdate(proposal.submitted_at) if proposal.submitted_at else None
    )
    as_of = day or timezone.localdate()
    name = orgunit_name_as_of(proposal.unit, as_of)
    to = orgunit_name_as_of(proposal.deciding_unit, as_of)
    head = _letterhead(proposal.unit, as_of, "TỜ TRÌNH")
    number, symbol = split_number(proposal.number, head.pop("symbol"))
    rows = proposal_appendix_rows(proposal)
    collectives = sum(1 for e in proposal.entries.all() if e.subject_kind == "tap_the")
    persons = len(rows) - collectives
    movement = f" trong phong trào thi đua «{proposal.movement.name}»" if proposal.movement else ""
    sections = [
        (
            "",
            _paragraphs(proposal.body)
            or _paragraphs(
                f"{name} kính trình {to} xem xét, khen thưởng {collectives} tập thể và "
                f"{persons} cá nhân đã có thành tích năm {proposal.year}{movement}."
            ),
        ),
        (
            "Danh sách đề nghị khen thưởng",
            _recommendations_table(PROPOSAL_HEADS, rows)
            if rows
            else "<p>(Chưa có tập thể, cá nhân được đề nghị.)</p>",
        ),
    ]
    return Document(
        kind="TỜ TRÌNH",
        **head,
        number=number,
        symbol=symbol,
        date=day,
        summary=proposal.title,
        opening=f"Kính gửi: {to}.",
        sections=sections,
        closing=f"Kính trình {to} xem xét, quyết định./.",
        recipients=[f"- {to};", "- Lưu: VT."],
        title=f"to-trinh-khen-thuong-{proposal.pk}",
    )
