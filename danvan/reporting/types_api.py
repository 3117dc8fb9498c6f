"""REST API of the report types (decision 0033): read-only lists of the types and their
versions — every signed-in user may read them (a request names one); they are edited on the
pages by province administrators (type_services)."""

import datetime

from ninja import Router, Schema

from danvan.core.api import errors
from danvan.core.errors import NotFound
from danvan.reporting.models import ReportType
from danvan.reporting.outlines import outline_headings, outline_text

router = Router(tags=["Loại báo cáo"])
NOT_FOUND = "Không có loại báo cáo này."


class HeadingOut(Schema):
    key: str
    label: str
    level: int


class ReportTypeVersionOut(Schema):
    number: int
    outline: list
    outline_text: str
    headings: list[HeadingOut]
    figures_section: str
    form: str | None
    appendix_registers: list
    note: str
    changed_by: str | None
    changed_at: datetime.datetime


class ReportTypeOut(Schema):
    code: str
    name: str
    document_kind: str
    active: bool
    current_version: int | None


class ReportTypeDetailOut(ReportTypeOut):
    versions: list[ReportTypeVersionOut]


def _version_out(version) -> dict:
    headings = outline_headings(version.outline)
    return {
        "number": version.number,
        "outline": version.outline,
        "outline_text": outline_text(version.outline),
        "headings": [{"key": h.key, "label": h.label, "level": h.level} for h in headings],
        "figures_section": version.figures_section,
        "form": version.form.code if version.form_id else None,
        "appendix_registers": version.appendix_registers or [],
        "note": version.note,
        "changed_by": version.changed_by.get_username() if version.changed_by_id else None,
        "changed_at": version.changed_at,
    }


def _type_out(report_type, versions) -> dict:
    return {
        "code": report_type.code,
        "name": report_type.name,
        "document_kind": report_type.document_kind,
        "active": report_type.active,
        "current_version": versions[0].number if versions else None,
    }


def _types():
    return ReportType.objects.prefetch_related("versions__form", "versions__changed_by")


@router.get("/", response={200: list[ReportTypeOut], **errors()}, summary="Các loại báo cáo")
def report_types_list(request):
    return [_type_out(t, list(t.versions.all())) for t in _types()]


@router.get(
    "/{report_type}/",
    response={200: ReportTypeDetailOut, **errors(404)},
    summary="Một loại báo cáo và các phiên bản của nó",
)
def report_types_detail(request, report_type: str):
    found = _types().filter(code=report_type).first()
    if found is None:
        raise NotFound(NOT_FOUND)
    versions = list(found.versions.all())
    return {**_type_out(found, versions), "versions": [_version_out(v) for v in versions]}
