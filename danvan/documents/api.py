"""The documents as files through the API (the same renderers as the pages and the CLI).
Refusals leave through the API's one error path (503 when LibreOffice is missing for PDF)."""

from ninja import Router

from danvan.core.api import errors
from danvan.core.errors import NotFound
from danvan.documents import render as documents
from danvan.documents.views import file_response
from danvan.indicators.selectors import indicators_scope
from danvan.plans.selectors import plan_visible
from danvan.reporting.selectors import consolidation_visible, report_visible, requests_visible

router = Router(tags=["Văn bản"])
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."
MEDIA = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _file_doc(*formats: str) -> dict:
    """``openapi_extra``: the 200 answer is a file in one of ``formats``."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    return {
        "responses": {
            200: {
                "description": "Tệp văn bản: " + ", ".join(formats),
                "content": {MEDIA[f]: binary for f in formats},
            }
        }
    }


def _route(path: str, summary: str, *formats: str):
    return router.get(
        path,
        response=errors(400, 404, 503),
        summary=summary,
        openapi_extra=_file_doc(*formats),
    )


@_route("/reports/{report_id}/{fmt}", "Báo cáo của đơn vị: docx | pdf", "docx", "pdf")
def document_report(request, report_id: int, fmt: str):

    report = report_visible(request.auth, report_id)
    if report is None:
        raise NotFound(NOT_FOUND)
    return file_response(documents.render_report(report, fmt))


@_route(
    "/consolidations/{request_id}/{fmt}",
    "Báo cáo tổng hợp: docx | pdf | xlsx",
    "docx",
    "pdf",
    "xlsx",
)
def document_consolidation(request, request_id: int, fmt: str):

    found = requests_visible(request.auth).filter(pk=request_id).first()
    if found is None:
        raise NotFound(NOT_FOUND)
    allowed, consolidation = consolidation_visible(request.auth, found)
    if not allowed or consolidation is None:
        raise NotFound(NOT_FOUND)
    return file_response(documents.render_consolidation(consolidation, fmt))


@_route(
    "/appendix/{fmt}",
    "Phụ lục số liệu của đơn vị và kỳ: docx | pdf | xlsx",
    "docx",
    "pdf",
    "xlsx",
)
def document_appendix(request, fmt: str, unit: str, period: str, subtree: bool = False):
    scope = indicators_scope(request.auth, unit, period, subtree=subtree)
    return file_response(documents.render_appendix(scope, fmt))


@_route("/plans/{plan_id}/{fmt}", "Kế hoạch: docx | pdf", "docx", "pdf")
def document_plan(request, plan_id: int, fmt: str):

    plan = plan_visible(request.auth, plan_id)
    if plan is None:
        raise NotFound(NOT_FOUND)
    return file_response(documents.render_plan(plan, fmt))
