"""One entry point per document and format, shared by the pages, the API and `danvan render`:
each returns a :class:`Rendered` (file name, content type, bytes)."""

from dataclasses import dataclass

from danvan.core.errors import DomainError
from danvan.documents import builders, xlsx
from danvan.documents.layout import render_docx
from danvan.documents.pdf import docx_to_pdf
from danvan.indicators.forms_catalogue import form_rows, form_version_current
from danvan.indicators.selectors import indicators_for_scope
from danvan.reporting.consolidation import consolidation_comparison
from danvan.reporting.figures import request_window

TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
BAD_FORMAT = "Không xuất được dạng «{fmt}»; chọn một trong: {allowed}."


@dataclass(frozen=True)
class Rendered:
    filename: str
    content_type: str
    content: bytes


def _check(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise DomainError(BAD_FORMAT.format(fmt=fmt, allowed=", ".join(allowed)))


def _word_or_pdf(document, fmt: str) -> Rendered:
    data = render_docx(document)
    if fmt == "pdf":
        data = docx_to_pdf(data)
    return Rendered(f"{document.title}.{fmt}", TYPES[fmt], data)


def render_report(report, fmt: str) -> Rendered:
    _check(fmt, ("docx", "pdf"))
    return _word_or_pdf(builders.document_for_report(report), fmt)


def render_plan(plan, fmt: str) -> Rendered:
    _check(fmt, ("docx", "pdf"))
    return _word_or_pdf(builders.document_for_plan(plan), fmt)


def render_consolidation(consolidation, fmt: str) -> Rendered:
    _check(fmt, ("docx", "pdf", "xlsx"))
    document = builders.document_for_consolidation(consolidation)
    if fmt != "xlsx":
        return _word_or_pdf(document, fmt)

    comparison = consolidation_comparison(consolidation, with_previous=False)
    workbook = xlsx.appendix_xlsx(
        document.appendix.title, document.appendix.caption, comparison.rows, comparison.result
    )
    units = consolidation.figures.get("units", {})
    names = {code: name for code, name, _ in comparison.units}
    xlsx.comparison_sheet(
        workbook,
        request_window(consolidation.request),
        comparison.rows,
        [(code, names.get(code, code), values) for code, values in units.items()],
        heads=comparison.all_heads,
    )
    return Rendered(f"{document.title}.xlsx", TYPES["xlsx"], xlsx.workbook_bytes(workbook))


def render_appendix(scope, fmt: str) -> Rendered:
    """The appendix of a unit (or subtree) for a period, as the indicator pages show it."""

    _check(fmt, ("docx", "pdf", "xlsx"))
    result = indicators_for_scope(scope)
    rows = form_rows(form_version_current(), result)
    document = builders.document_for_appendix(scope, rows)
    if fmt != "xlsx":
        return _word_or_pdf(document, fmt)
    appendix = document.appendix
    title = f"{appendix.title} — {appendix.unit_name}"
    workbook = xlsx.appendix_xlsx(title, appendix.caption, rows, result)
    return Rendered(f"{document.title}.xlsx", TYPES["xlsx"], xlsx.workbook_bytes(workbook))


# --- Inspections: the conclusion notice and the remediation report ---------------------------


def render_inspection_notice(inspection, recommendations, fmt: str) -> Rendered:
    _check(fmt, ("docx", "pdf"))
    document = builders.document_for_inspection_notice(inspection, list(recommendations))
    return _word_or_pdf(document, fmt)


def render_remediation_report(inspection, unit, recommendations, fmt: str) -> Rendered:
    _check(fmt, ("docx", "pdf"))
    document = builders.document_for_remediation_report(inspection, unit, list(recommendations))
    return _word_or_pdf(document, fmt)


def render_proposal(proposal, fmt: str) -> Rendered:
    _check(fmt, ("docx", "pdf"))
    return _word_or_pdf(builders.document_for_proposal(proposal), fmt)
