"""REST API of the reporting workflow (the pages come later; see the issue)."""

import datetime
import json

from django.http import Http404
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from danvan.accounts.access import access_unit, access_units
from danvan.api.schemas import ErrorOut
from danvan.core.errors import DomainError
from danvan.reporting import services
from danvan.reporting.selectors import report_visible, request_completeness, requests_visible

router = Router(tags=["Báo cáo định kỳ"])
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."
BAD_BODY = 'Nội dung gửi lên phải là JSON dạng {"comment": "…"}.'


class RequestOut(Schema):
    id: int
    reference: str
    issuer: str
    subject: str
    period: str
    deadline: datetime.date
    targets: list[str]


class RequestIn(Schema):
    issuer: str
    number: str
    symbol: str
    issued_on: datetime.date
    subject: str
    period: str
    deadline: datetime.date
    targets: list[str]


class ReportOut(Schema):
    id: int
    request: int
    unit: str
    status: str
    version: int
    sections: dict
    overrides: dict
    figures: dict


class ReportIn(Schema):
    expected_version: int
    sections: dict | None = None
    overrides: dict | None = None


class CompletenessOut(Schema):
    expected: int
    submitted: int
    on_time: int
    late: int
    missing: int
    units: list[dict]


def _request_out(request) -> dict:
    return {
        "id": request.pk,
        "reference": request.reference,
        "issuer": request.issuer.code,
        "subject": request.subject,
        "period": request.period,
        "deadline": request.deadline,
        "targets": [t.unit.code for t in request.targets.select_related("unit")],
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
    }


def _request(user, request_id):
    request = requests_visible(user).filter(pk=request_id).first()
    if request is None:
        raise HttpError(404, NOT_FOUND)
    return request


def _report(user, report_id):
    report = report_visible(user, report_id)
    if report is None:
        raise HttpError(404, NOT_FOUND)
    return report


def _refused(error: DomainError):
    raise HttpError(409 if isinstance(error, services.ConcurrentEdit) else 400, error.message)


@router.get("/requests/", response=list[RequestOut], summary="Các yêu cầu báo cáo")
def requests_list(request):
    return [_request_out(r) for r in requests_visible(request.auth)]


@router.post(
    "/requests/",
    response={201: RequestOut, 400: ErrorOut, 404: ErrorOut},
    summary="Phát hành yêu cầu báo cáo",
)
def requests_create(request, payload: RequestIn):
    user = request.auth
    try:
        issuer = access_unit(user, payload.issuer)
        visible = access_units(user)
        targets = list(visible.filter(code__in=payload.targets))
        missing = set(payload.targets) - {u.code for u in targets}
        if missing:
            raise HttpError(404, NOT_FOUND)
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
        )
    except Http404:
        raise HttpError(404, NOT_FOUND)
    except DomainError as error:
        _refused(error)
    return Status(201, _request_out(created))


@router.get(
    "/requests/{request_id}/completeness",
    response={200: CompletenessOut, 404: ErrorOut},
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
    }


@router.post(
    "/requests/{request_id}/reports/{unit_code}/",
    response={200: ReportOut, 400: ErrorOut, 404: ErrorOut},
    summary="Mở (hoặc tạo) báo cáo của đơn vị",
)
def reports_open(request, request_id: int, unit_code: str):
    found = _request(request.auth, request_id)
    try:
        unit = access_unit(request.auth, unit_code)
        return _report_out(services.report_open(user=request.auth, request=found, unit=unit))
    except Http404:
        raise HttpError(404, NOT_FOUND)
    except DomainError as error:
        _refused(error)


@router.get(
    "/reports/{report_id}/", response={200: ReportOut, 404: ErrorOut}, summary="Một báo cáo"
)
def reports_detail(request, report_id: int):
    return _report_out(_report(request.auth, report_id))


@router.put(
    "/reports/{report_id}/",
    response={200: ReportOut, 400: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    summary="Lưu báo cáo (cần expected_version)",
)
def reports_save(request, report_id: int, payload: ReportIn):
    report = _report(request.auth, report_id)
    try:
        return _report_out(
            services.report_save(
                user=request.auth,
                report=report,
                expected_version=payload.expected_version,
                sections=payload.sections,
                overrides=payload.overrides,
            )
        )
    except DomainError as error:
        _refused(error)


@router.post(
    "/reports/{report_id}/submit",
    response={200: ReportOut, 400: ErrorOut, 404: ErrorOut},
    summary="Lãnh đạo gửi báo cáo",
)
def reports_submit(request, report_id: int):
    try:
        return _report_out(
            services.report_submit(user=request.auth, report=_report(request.auth, report_id))
        )
    except DomainError as error:
        _refused(error)


@router.post(
    "/reports/{report_id}/return",
    response={200: ReportOut, 400: ErrorOut, 404: ErrorOut},
    summary="Trả lại báo cáo kèm ý kiến",
)
def reports_return(request, report_id: int):
    # The body ({"comment": "…"}) is read after the access check, so that a request for a
    # report the caller may not see is answered 404 whatever its body.
    report = _report(request.auth, report_id)
    try:
        comment = str(json.loads(request.body or b"{}").get("comment", ""))
    except (ValueError, AttributeError):
        raise HttpError(400, BAD_BODY)
    try:
        return _report_out(
            services.report_review(user=request.auth, report=report, accept=False, comment=comment)
        )
    except DomainError as error:
        _refused(error)


@router.post(
    "/reports/{report_id}/accept",
    response={200: ReportOut, 400: ErrorOut, 404: ErrorOut},
    summary="Tiếp nhận báo cáo",
)
def reports_accept(request, report_id: int):
    try:
        return _report_out(
            services.report_review(
                user=request.auth, report=_report(request.auth, report_id), accept=True
            )
        )
    except DomainError as error:
        _refused(error)
