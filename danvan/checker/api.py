"""REST API of the checker, /api/v1/checker/…: the same selectors and services as the pages."""

import datetime
from decimal import Decimal

from ninja import File, Router, Schema, Status
from ninja.files import UploadedFile

from danvan.accounts.access import access_register_units, access_unit
from danvan.checker.engine import check_file, check_text
from danvan.checker.forms import MAX_FILES, TOO_MANY_FILES
from danvan.checker.reading import ReadError
from danvan.checker.selectors import legacy_values_list, report_for_check
from danvan.checker.services import LegacyRow, legacy_values_confirm
from danvan.checker.views import EMPTY_REPORT
from danvan.core.api import StrictIn, errors
from danvan.core.errors import DomainError, NotFound

router = Router(tags=["Kiểm tra báo cáo"])
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


class FindingOut(Schema):
    rule: str
    title: str  # the rule's Vietnamese name
    severity: str
    message: str
    excerpt: str
    start: int
    end: int
    stated: str | None = None
    expected: str | None = None
    arithmetic: str | None = None  # the computation, e.g. "212/263 = 80,608% → 80,61%"


class VerifiedOut(Schema):
    """A relation recomputed and found right."""

    kind: str
    arithmetic: str
    excerpt: str
    start: int
    end: int


class FigureOut(Schema):
    """A figure read in the text; its ``kind`` says which of the optional keys it has
    (ratio: numerator, denominator; date: day, month, year; otherwise value)."""

    kind: str
    text: str
    start: int
    end: int
    approximate: bool
    noun: str
    sentence: str
    value: int | float | None = None
    numerator: int | float | None = None
    denominator: int | float | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None


class FileResultOut(Schema):
    file: str
    kind: str | None = None
    encoding: str | None = None
    pages: float | None = None
    error: str | None = None
    figures: list[FigureOut] = []
    findings: list[FindingOut] = []
    verified: list[VerifiedOut] = []


class LegacyRowIn(StrictIn):
    indicator_code: str
    value: str


class LegacyIn(StrictIn):
    unit: str
    period: str
    source_name: str
    rows: list[LegacyRowIn]


class LegacyOut(Schema):
    unit: str
    period: str
    indicator: str
    value: Decimal
    source_name: str
    confirmed_at: datetime.datetime


@router.post(
    "/check",
    response={200: list[FileResultOut], **errors(400)},
    summary="Kiểm tra một hoặc nhiều tệp báo cáo (.txt, .docx, .pdf)",
)
def checker_check(request, files: list[UploadedFile] = File(...)):  # noqa: B008
    if len(files) > MAX_FILES:
        raise DomainError(TOO_MANY_FILES.format(limit=MAX_FILES))
    out = []
    for upload in files:
        try:
            out.append(check_file(upload.name, upload.read()).as_json(upload.name))
        except ReadError as error:
            out.append({"file": upload.name, "error": error.message})
    return out


@router.get(
    "/reports/{report_id}",
    response={200: FileResultOut, **errors(404)},
    summary="Kiểm tra một báo cáo của quy trình báo cáo",
)
def checker_report(request, report_id: int):
    found = report_for_check(request.auth, report_id)
    if found is None:
        raise NotFound(NOT_FOUND)
    report, text = found
    name = f"Báo cáo của {report.unit.name}"
    if not text.strip():
        return {"file": name, "error": EMPTY_REPORT}
    try:
        return check_text(text).as_json(name)
    except ReadError as error:
        return {"file": name, "error": error.message}


@router.get("/legacy", response={200: list[LegacyOut], **errors(404)}, summary="Số liệu lịch sử")
def checker_legacy_list(request, unit: str, period: str | None = None):
    found = access_unit(request.auth, unit)
    return [_legacy_out(v) for v in legacy_values_list([found], period)]


@router.post(
    "/legacy",
    response={201: list[LegacyOut], **errors(400, 403, 404)},
    summary="Lưu số liệu báo cáo cũ đã xác nhận (tất cả hoặc không)",
)
def checker_legacy_confirm(request, payload: LegacyIn):
    unit = access_register_units(request.auth).filter(code=payload.unit).first()
    if unit is None:
        raise NotFound(NOT_FOUND)
    rows = [LegacyRow(r.indicator_code, r.value) for r in payload.rows]
    saved = legacy_values_confirm(
        user=request.auth,
        unit=unit,
        period=payload.period,
        rows=rows,
        source_name=payload.source_name,
    )
    return Status(201, [_legacy_out(v) for v in saved])


def _legacy_out(value) -> dict:
    return {
        "unit": value.unit.code,
        "period": value.period_code,
        "indicator": value.indicator_code,
        "value": value.value,
        "source_name": value.source_name,
        "confirmed_at": value.confirmed_at,
    }
