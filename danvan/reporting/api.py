"""REST API of the reporting workflow: the same services and selectors as the pages.

Refusals are raised (DomainError and its kinds) and leave through the API's one error path
(danvan/api/views.py, decision 0024); every output has a schema below."""

import datetime

from ninja import Field, Router, Schema, Status

from danvan.accounts.access import access_unit, access_units
from danvan.core.api import StrictIn, body_doc, errors, parse_body
from danvan.core.errors import DomainError, Invalid, NotFound, problem
from danvan.indicators.models import FormVersion
from danvan.reporting import services
from danvan.reporting.consolidation import consolidation_comparison
from danvan.reporting.diff import report_versions_diff
from danvan.reporting.empty_sections import report_empty_sections
from danvan.reporting.figures import figures_moved, report_appendix, report_form_rows, report_result
from danvan.reporting.outlines import request_outline
from danvan.reporting.selectors import (
    completeness_by_subtree,
    consolidation_visible,
    report_visible,
    request_completeness,
    requests_visible,
)

router = Router(tags=["Báo cáo định kỳ"])
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."
NO_CONSOLIDATION = "Chưa lập báo cáo tổng hợp cho yêu cầu này."
NO_VERSION = "Không có phiên bản này của báo cáo."


REMIND_BEFORE = (
    "Nhắc các đơn vị chưa gửi trước hạn bấy nhiêu ngày làm việc (trừ thứ Bảy, Chủ nhật, "
    "ngày lễ, Tết và ngày nghỉ bù theo lịch làm việc); 0: không nhắc."
)
REMIND_AFTER = "Nhắc các đơn vị chưa gửi sau hạn bấy nhiêu ngày làm việc; 0: không nhắc."


class RequestOut(Schema):
    id: int
    reference: str
    issuer: str
    subject: str
    period: str
    deadline: datetime.date
    targets: list[str]
    window_start: datetime.date | None
    window_end: datetime.date | None
    parent: int | None
    form_version: int | None
    report_type: str | None = Field(None, description="mã loại báo cáo (BC_DINH_KY, BC_SO_KET …)")
    outline: list[str] = Field([], description="các mục của đề cương, theo thứ tự")
    remind_days_before: int = Field(description=REMIND_BEFORE)
    remind_on_day: bool
    remind_days_after: int = Field(description=REMIND_AFTER)


class RequestIn(StrictIn):
    issuer: str
    number: str
    symbol: str
    issued_on: datetime.date
    subject: str
    period: str
    deadline: datetime.date
    targets: list[str] = []
    subtrees: list[str] = []
    window_start: datetime.date | None = None
    window_end: datetime.date | None = None
    parent: int | None = None
    form_version: int | None = None
    report_type: str | None = Field(
        None, description="mã loại báo cáo; để trống: báo cáo định kỳ (BC_DINH_KY)"
    )
    remind_days_before: int = Field(3, description=REMIND_BEFORE)
    remind_on_day: bool = True
    remind_days_after: int = Field(1, description=REMIND_AFTER)


class DeadlineIn(StrictIn):
    deadline: datetime.date
    reason: str = ""


class AppendixLineOut(Schema):
    code: str
    label: str
    unit: str
    shown: str
    override: dict | None


class MovedFigureOut(Schema):
    section: str
    code: str
    inserted: str
    current: str


class ReportOut(Schema):
    id: int
    request: int
    unit: str
    status: str
    version: int
    sections: dict
    overrides: dict
    figures: dict
    number: str
    report_date: datetime.date | None
    signer_authority: str
    signer_authority_title: str
    signer_title: str
    signer_name: str
    recipients: str
    consolidation: int | None
    appendix: list[AppendixLineOut] | None = None
    moved_figures: list[MovedFigureOut] | None = None
    # Headings of the sections with no text: a client warns before submitting.
    empty_sections: list[str] | None = None


class DetailsIn(StrictIn):
    """Number, date, signature block and recipients of a report or a consolidation."""

    number: str | None = None
    report_date: datetime.date | None = None
    signer_authority: str | None = None
    signer_authority_title: str | None = None
    signer_title: str | None = None
    signer_name: str | None = None
    recipients: str | None = None

    def details(self) -> dict:
        return {
            name: value
            for name, value in self.dict().items()
            if name in services.EDITABLE_DETAILS and value is not None
        }


class ReportIn(DetailsIn):
    expected_version: int
    sections: dict | None = None
    overrides: dict | None = None


class VersionIn(StrictIn):
    expected_version: int


class ConsolidationBuildIn(StrictIn):
    include_submitted: bool = False
    reset_text: bool = False


class ConsolidationIn(DetailsIn):
    expected_version: int
    sections: dict


class CommentIn(StrictIn):
    comment: str = ""


class UnitCompletenessOut(Schema):
    unit: str
    status: str  # "missing" when the unit never submitted
    on_time: bool
    first_submitted: datetime.date | None


class SubtreeCompletenessOut(Schema):
    unit: str
    expected: int
    submitted: int
    on_time: int
    missing: int


class CompletenessOut(Schema):
    expected: int
    submitted: int
    on_time: int
    late: int
    missing: int
    units: list[UnitCompletenessOut]
    subtrees: list[SubtreeCompletenessOut]


class RemindOut(Schema):
    reminded: int  # units reminded now


class ReportVersionOut(Schema):
    number: int
    status: str
    by: str | None
    at: datetime.datetime


class SectionDiffOut(Schema):
    key: str
    lines: list[tuple[str, str]]  # ("-" removed | "+" added, the line)


class FigureDiffOut(Schema):
    code: str
    before: str | int | float | None
    after: str | int | float | None
    reason: str


class DiffOut(Schema):
    sections: list[SectionDiffOut]
    figures: list[FigureDiffOut]


class ConsolidationOut(Schema):
    request: int
    version: int
    include_submitted: bool
    reports: list
    sections: dict
    number: str
    report_date: datetime.date | None
    recipients: str
    signer_authority: str
    signer_authority_title: str
    signer_name: str
    signer_title: str
    values: dict
    ratios: dict[str, dict]
    listed: dict
    units: dict
    previous_period: str
    previous: dict[str, str]
    differences: dict[str, str]


def _request_out(request) -> dict:
    return {
        "id": request.pk,
        "reference": request.reference,
        "issuer": request.issuer.code,
        "subject": request.subject,
        "period": request.period,
        "deadline": request.deadline,
        "targets": [t.unit.code for t in request.targets.select_related("unit")],
        "report_type": request.report_type.report_type.code if request.report_type else None,
        "outline": [h.label for h in request_outline(request)],
        "window_start": request.window_start,
        "window_end": request.window_end,
        "parent": request.parent_id,
        "form_version": request.form_version_id,
        "remind_days_before": request.remind_days_before,
        "remind_on_day": request.remind_on_day,
        "remind_days_after": request.remind_days_after,
    }


def _report_out(report) -> dict:
    return {
        "id": report.pk,
        "request": report.request_id,
        "unit": report.unit.code,
        "status": report.status,
        "version": report.version,
        "sections": report.sections,
        "overrides": report.overrides,
        "figures": report.figures,
        **{name: getattr(report, name) for name in services.EDITABLE_DETAILS},
        "consolidation": report.consolidation_id,
    }


def _report_full(report) -> dict:
    """The report with its appendix as it stands and the linked figures that moved."""
    result = report_result(report)
    rows = report_form_rows(report, result)
    return {
        **_report_out(report),
        "appendix": [
            {
                "code": line.row.code,
                "label": line.row.label,
                "unit": line.row.unit,
                "shown": line.row.shown,
                "override": line.override,
            }
            for line in report_appendix(report, result)
            if line.row.code
        ],
        "moved_figures": [
            {"section": m.section, "code": m.code, "inserted": m.inserted, "current": m.current}
            for m in (figures_moved(report, rows) if not report.is_locked else [])
        ],
        "empty_sections": report_empty_sections(report),
    }


def _request(user, request_id):
    request = requests_visible(user).filter(pk=request_id).first()
    if request is None:
        raise NotFound(NOT_FOUND)
    return request


def _report(user, report_id):
    report = report_visible(user, report_id)
    if report is None:
        raise NotFound(NOT_FOUND)
    return report


def _form_version(pk: int | None):
    if pk is None:
        return None
    found = FormVersion.objects.filter(pk=pk).first()
    if found is None:
        message = f"Không có phiên bản biểu mẫu số {pk}."
        raise Invalid(message, [problem("form_version", message, value=pk)])
    return found


@router.get(
    "/requests/", response={200: list[RequestOut], **errors()}, summary="Các yêu cầu báo cáo"
)
def requests_list(request):
    return [_request_out(r) for r in requests_visible(request.auth)]


@router.post(
    "/requests/",
    response={201: RequestOut, **errors(400, 403, 404)},
    summary="Phát hành yêu cầu báo cáo (chỉ tới các đơn vị đang hoạt động bạn tổng hợp)",
)
def requests_create(request, payload: RequestIn):
    user = request.auth
    issuer = access_unit(user, payload.issuer)
    targets = services.request_targets_resolve(user, payload.targets, payload.subtrees)
    parent = _request(user, payload.parent) if payload.parent is not None else None
    if bool(payload.window_start) != bool(payload.window_end):
        raise DomainError(services.BAD_WINDOW)
    window = (payload.window_start, payload.window_end) if payload.window_start else None
    created = services.request_issue(
        user=user,
        issuer=issuer,
        number=payload.number,
        symbol=payload.symbol,
        issued_on=payload.issued_on,
        subject=payload.subject,
        period=payload.period,
        deadline=payload.deadline,
        targets=targets,
        window=window,
        parent=parent,
        form_version=_form_version(payload.form_version),
        report_type=payload.report_type,
        remind_days_before=payload.remind_days_before,
        remind_on_day=payload.remind_on_day,
        remind_days_after=payload.remind_days_after,
    )
    return Status(201, _request_out(created))


@router.get(
    "/requests/{request_id}/completeness",
    response={200: CompletenessOut, **errors(404)},
    summary="Tình hình gửi báo cáo",
)
def requests_completeness(request, request_id: int):
    found = _request(request.auth, request_id)
    result = request_completeness(found, units=access_units(request.auth))
    return {
        "expected": result.expected,
        "submitted": result.submitted,
        "on_time": result.on_time,
        "late": result.late,
        "missing": result.missing,
        "units": [
            {
                "unit": u.unit_code,
                "status": u.status,
                "on_time": u.on_time,
                "first_submitted": u.first_submitted,
            }
            for u in result.units
        ],
        "subtrees": [
            {
                "unit": s.unit_code,
                "expected": s.expected,
                "submitted": s.submitted,
                "on_time": s.on_time,
                "missing": s.missing,
            }
            for s in completeness_by_subtree(found, result)
        ],
    }


@router.post(
    "/requests/{request_id}/deadline",
    response={200: RequestOut, **errors(400, 403, 404)},
    summary="Đổi hạn gửi báo cáo (ghi lại và thông báo cho các đơn vị)",
    openapi_extra=body_doc(DeadlineIn),
)
def requests_amend(request, request_id: int):
    found = _request(request.auth, request_id)
    payload = parse_body(request.body, DeadlineIn)
    services.request_amend_deadline(
        user=request.auth, request=found, deadline=payload.deadline, reason=payload.reason
    )
    return _request_out(found)


@router.post(
    "/requests/{request_id}/remind",
    response={200: RemindOut, **errors(400, 403, 404)},
    summary="Nhắc các đơn vị chưa gửi báo cáo",
)
def requests_remind(request, request_id: int):
    found = _request(request.auth, request_id)
    return {"reminded": services.request_remind_overdue(user=request.auth, request=found)}


@router.post(
    "/requests/{request_id}/reports/{unit_code}/",
    response={200: ReportOut, **errors(400, 403, 404)},
    summary="Mở (hoặc tạo) báo cáo của đơn vị",
)
def reports_open(request, request_id: int, unit_code: str):
    found = _request(request.auth, request_id)
    unit = access_unit(request.auth, unit_code)
    return _report_out(services.report_open(user=request.auth, request=found, unit=unit))


@router.get(
    "/reports/{report_id}/",
    response={200: ReportOut, **errors(404)},
    summary="Một báo cáo, với phụ lục và các số liệu đã thay đổi trong sổ",
)
def reports_detail(request, report_id: int):
    return _report_full(_report(request.auth, report_id))


@router.put(
    "/reports/{report_id}/",
    response={200: ReportOut, **errors(400, 403, 404, 409)},
    summary="Lưu báo cáo (cần expected_version; 409 kèm bản của người kia trong «current»)",
    openapi_extra=body_doc(ReportIn),
)
def reports_save(request, report_id: int):
    report = _report(request.auth, report_id)
    payload = parse_body(request.body, ReportIn)
    return _report_out(
        services.report_save(
            user=request.auth,
            report=report,
            expected_version=payload.expected_version,
            sections=payload.sections,
            overrides=payload.overrides,
            **payload.details(),
        )
    )


@router.post(
    "/reports/{report_id}/refresh-figures",
    response={200: ReportOut, **errors(400, 403, 404, 409)},
    summary="Cập nhật các số liệu trong nội dung theo sổ theo dõi",
    openapi_extra=body_doc(VersionIn),
)
def reports_refresh(request, report_id: int):
    report = _report(request.auth, report_id)
    payload = parse_body(request.body, VersionIn)
    return _report_full(
        services.report_refresh_figures(
            user=request.auth, report=report, expected_version=payload.expected_version
        )
    )


@router.get(
    "/reports/{report_id}/versions",
    response={200: list[ReportVersionOut], **errors(404)},
    summary="Các phiên bản của báo cáo",
)
def reports_versions(request, report_id: int):
    report = _report(request.auth, report_id)
    return [
        {
            "number": v.number,
            "status": v.status,
            "by": v.by.get_username() if v.by else None,
            "at": v.at,
        }
        for v in report.versions.select_related("by").order_by("number")
    ]


@router.get(
    "/reports/{report_id}/diff",
    response={200: DiffOut, **errors(404)},
    summary="Khác nhau giữa hai phiên bản (nội dung và số liệu)",
)
def reports_diff(request, report_id: int, a: int, b: int):
    report = _report(request.auth, report_id)
    try:
        sections, figures = report_versions_diff(report, a, b)
    except LookupError:
        raise NotFound(NO_VERSION)
    return {
        "sections": [
            {"key": s.key, "lines": [(kind, line) for kind, line in s.lines if kind != "="]}
            for s in sections
            if s.changed
        ],
        "figures": [
            {"code": f.code, "before": f.before, "after": f.after, "reason": f.note}
            for f in figures
        ],
    }


def _transition(path: str, summary: str, *, comment: bool = False):
    """A report's workflow step: POST, answers the report; ``comment``: a {"comment": "…"}
    body, read after the access check."""
    return router.post(
        path,
        response={200: ReportOut, **errors(400, 403, 404)},
        summary=summary,
        openapi_extra=body_doc(CommentIn) if comment else None,
    )


def _comment(request) -> str:
    return parse_body(request.body, CommentIn).comment


@_transition("/reports/{report_id}/submit", "Lãnh đạo gửi báo cáo")
def reports_submit(request, report_id: int):
    report = _report(request.auth, report_id)
    return _report_out(services.report_submit(user=request.auth, report=report))


@_transition(
    "/reports/{report_id}/send-to-head",
    "Chuyên viên trình lãnh đạo (ý kiến kèm theo, nếu có)",
    comment=True,
)
def reports_send_to_head(request, report_id: int):
    report = _report(request.auth, report_id)
    return _report_out(
        services.report_send_to_head(user=request.auth, report=report, comment=_comment(request))
    )


@_transition(
    "/reports/{report_id}/head-return",
    "Lãnh đạo trả báo cáo về cho chuyên viên kèm ý kiến",
    comment=True,
)
def reports_head_return(request, report_id: int):
    report = _report(request.auth, report_id)
    return _report_out(
        services.report_head_return(user=request.auth, report=report, comment=_comment(request))
    )


@_transition("/reports/{report_id}/withdraw", "Chuyên viên rút lại báo cáo đã trình lãnh đạo")
def reports_withdraw(request, report_id: int):
    report = _report(request.auth, report_id)
    return _report_out(services.report_withdraw(user=request.auth, report=report))


@_transition("/reports/{report_id}/return", "Trả lại báo cáo kèm ý kiến", comment=True)
def reports_return(request, report_id: int):
    report = _report(request.auth, report_id)
    comment = _comment(request)
    return _report_out(
        services.report_review(user=request.auth, report=report, accept=False, comment=comment)
    )


@_transition("/reports/{report_id}/accept", "Tiếp nhận báo cáo")
def reports_accept(request, report_id: int):
    report = _report(request.auth, report_id)
    return _report_out(services.report_review(user=request.auth, report=report, accept=True))


def _consolidation_out(consolidation) -> dict:
    comparison = consolidation_comparison(consolidation)
    return {
        "request": consolidation.request_id,
        "version": consolidation.version,
        "include_submitted": consolidation.include_submitted,
        "reports": consolidation.figures.get("reports", []),
        "sections": consolidation.sections,
        **{name: getattr(consolidation, name) for name in sorted(services.EDITABLE_DETAILS)},
        "values": consolidation.figures.get("values", {}),
        "ratios": {code: r.as_json() for code, r in comparison.result.ratios.items()},
        "listed": consolidation.figures.get("listed", {}),
        "units": consolidation.figures.get("units", {}),
        "previous_period": comparison.previous_label,
        "previous": comparison.previous,
        "differences": comparison.differences,
    }


def _consolidation(user, request_id, *, existing: bool = False):
    found = _request(user, request_id)
    allowed, consolidation = consolidation_visible(user, found)
    if not allowed:
        raise NotFound(NOT_FOUND)
    if existing and consolidation is None:
        raise NotFound(NO_CONSOLIDATION)
    return found, consolidation


@router.get(
    "/requests/{request_id}/consolidation",
    response={200: ConsolidationOut, **errors(404)},
    summary="Báo cáo tổng hợp",
)
def consolidation_detail(request, request_id: int):
    _, consolidation = _consolidation(request.auth, request_id, existing=True)
    return _consolidation_out(consolidation)


@router.post(
    "/requests/{request_id}/consolidation",
    response={200: ConsolidationOut, **errors(400, 403, 404)},
    summary="Tổng hợp (hoặc tổng hợp lại) các báo cáo",
    openapi_extra=body_doc(ConsolidationBuildIn),
)
def consolidation_build(request, request_id: int):
    found, _ = _consolidation(request.auth, request_id)
    payload = parse_body(request.body, ConsolidationBuildIn)
    built = services.consolidation_build(
        user=request.auth,
        request=found,
        include_submitted=payload.include_submitted,
        reset_text=payload.reset_text,
    )
    return _consolidation_out(built)


@router.put(
    "/requests/{request_id}/consolidation",
    response={200: ConsolidationOut, **errors(400, 403, 404, 409)},
    summary="Lưu nội dung báo cáo tổng hợp (cần expected_version; 409 kèm bản đã lưu)",
    openapi_extra=body_doc(ConsolidationIn),
)
def consolidation_save(request, request_id: int):
    _, consolidation = _consolidation(request.auth, request_id, existing=True)
    payload = parse_body(request.body, ConsolidationIn)
    saved = services.consolidation_save(
        user=request.auth,
        consolidation=consolidation,
        expected_version=payload.expected_version,
        sections=payload.sections,
        **payload.details(),
    )
    return _consolidation_out(saved)


@router.post(
    "/requests/{request_id}/consolidation/forward",
    response={200: ReportOut, **errors(400, 403, 404)},
    summary="Chuyển báo cáo tổng hợp thành báo cáo gửi cấp trên",
)
def consolidation_forward(request, request_id: int):
    _, consolidation = _consolidation(request.auth, request_id, existing=True)
    return _report_out(
        services.consolidation_forward(user=request.auth, consolidation=consolidation)
    )
