"""The documents as files through the API (the same renderers as the pages and the CLI)."""

from ninja import Router
from ninja.errors import HttpError

from danvan.core.errors import DomainError
from danvan.documents import render as documents
from danvan.documents.pdf import NO_LIBREOFFICE
from danvan.documents.views import file_response
from danvan.indicators.selectors import indicators_scope
from danvan.plans.selectors import plan_visible
from danvan.reporting.selectors import consolidation_visible, report_visible, requests_visible

router = Router(tags=["Văn bản"])
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


def _file(make):
    try:
        return file_response(make())
    except DomainError as error:
        raise HttpError(503 if error.message == NO_LIBREOFFICE else 400, error.message)


@router.get("/reports/{report_id}/{fmt}", summary="Báo cáo của đơn vị: docx | pdf")
def document_report(request, report_id: int, fmt: str):

    report = report_visible(request.auth, report_id)
    if report is None:
        raise HttpError(404, NOT_FOUND)
    return _file(lambda: documents.render_report(report, fmt))


@router.get("/consolidations/{request_id}/{fmt}", summary="Báo cáo tổng hợp: docx | pdf | xlsx")
def document_consolidation(request, request_id: int, fmt: str):

    found = requests_visible(request.auth).filter(pk=request_id).first()
    if found is None:
        raise HttpError(404, NOT_FOUND)
    allowed, consolidation = consolidation_visible(request.auth, found)
    if not allowed or consolidation is None:
        raise HttpError(404, NOT_FOUND)
    return _file(lambda: documents.render_consolidation(consolidation, fmt))


@router.get("/appendix/{fmt}", summary="Phụ lục số liệu của đơn vị và kỳ: docx | pdf | xlsx")
def document_appendix(request, fmt: str, unit: str, period: str, subtree: bool = False):
    from django.http import Http404

    try:
        scope = indicators_scope(request.auth, unit, period, subtree=subtree)
    except Http404:
        raise HttpError(404, NOT_FOUND)
    except DomainError as error:
        raise HttpError(400, error.message)
    return _file(lambda: documents.render_appendix(scope, fmt))


@router.get("/plans/{plan_id}/{fmt}", summary="Kế hoạch: docx | pdf")
def document_plan(request, plan_id: int, fmt: str):

    plan = plan_visible(request.auth, plan_id)
    if plan is None:
        raise HttpError(404, NOT_FOUND)
    return _file(lambda: documents.render_plan(plan, fmt))
