"""A unit report's figures: computed from the registers, overridden only with a reason,
inserted into the text as linked sentences, and frozen when the report is submitted.

The frozen snapshot (``UnitReport.figures``) keeps base values only; sums of parts and ratios
are recomputed from them wherever they are shown or summed, so a ratio is never averaged.
"""

import html
import re
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from danvan.core.errors import DomainError
from danvan.core.numbers import format_number
from danvan.core.parsing import parse_number
from danvan.indicators.engine import Result, catalogue, indicators_compute, indicators_recompute
from danvan.indicators.forms_catalogue import FormRow, catalogue_rows, form_rows
from danvan.indicators.forms_catalogue import form_version_current as _current_form
from danvan.indicators.labels import indicator_label
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_lineage
from danvan.periods.selectors import period_window_for
from danvan.periods.values import Period, Window
from danvan.reporting.models import ReportRequest, UnitReport
from danvan.reporting.richtext import figure_span, figures_in

OVERRIDE_NOT_A_NUMBER = "Chỉ tiêu «{label}»: «{value}» không phải số (viết 50.003 hoặc 84,2)."
OVERRIDE_NEEDS_REASON = "Chỉ tiêu «{label}»: sửa số liệu tính từ sổ phải ghi rõ lý do."
OVERRIDE_RATIO = "Chỉ tiêu «{label}» là tỷ lệ: hãy sửa tử số hoặc mẫu số, tỷ lệ được tính lại."
OVERRIDE_UNKNOWN = "Chỉ tiêu «{label}» không có trong biểu mẫu của báo cáo."


def request_window(request: ReportRequest) -> Window:
    override = (request.window_start, request.window_end) if request.window_start else None
    return period_window_for(Period.parse(request.period), override=override)


def report_units(report: UnitReport) -> QuerySet[OrgUnit]:
    """The unit and the units merged into it: their records are the unit's history."""
    return OrgUnit.objects.filter(pk__in=[u.pk for u in orgunit_lineage(report.unit)])


def report_computed(report: UnitReport) -> Result:
    """What the registers say now, for the report's unit and the request's window."""
    return indicators_compute(
        report_units(report),
        request_window(report.request),
        period_code=report.request.period,
        single_unit=True,
    )


def _number(text: str):
    """An override as typed ("530", "50.003", "84,2"); ValueError if it is not a number."""
    value = parse_number(text)
    return int(value) if value == value.to_integral_value() else float(value)


def overrides_clean(raw: dict, allowed: set[str]) -> dict:
    """``{code: {"value": "530", "reason": "…"}}`` checked: numbers in Vietnamese notation, a
    reason for every change, no ratio (its parts are changed instead). Empty values drop out.
    Raises DomainError listing every problem."""

    cleaned, problems = {}, []
    for code, entry in (raw or {}).items():
        value = str(entry.get("value", "")).strip()
        reason = str(entry.get("reason", "")).strip()
        if not value:
            continue
        label = indicator_label(code) or code  # people read the label, not the code
        if code not in allowed:
            problems.append(OVERRIDE_UNKNOWN.format(label=label))
        elif code in catalogue() and catalogue().get(code).is_ratio:
            problems.append(OVERRIDE_RATIO.format(label=label))
        elif not reason:
            problems.append(OVERRIDE_NEEDS_REASON.format(label=label))
        else:
            try:
                _number(value)
            except ValueError:
                problems.append(OVERRIDE_NOT_A_NUMBER.format(label=label, value=value))
            else:
                cleaned[code] = {"value": value, "reason": reason}
    if problems:
        raise DomainError(" ".join(problems))
    return cleaned


def _base_values(result: Result) -> dict:
    return {
        code: value if isinstance(value, int) else float(value)
        for code, value in result.values.items()
        if value is not None
    }


def report_result(report: UnitReport) -> Result:
    """The report's figures as they stand: frozen ones once submitted (or those of the
    consolidation it was made from), else computed now, with the overrides applied."""
    window = request_window(report.request)
    if report.is_locked and report.figures.get("values") is not None:
        frozen = report.figures
        return indicators_recompute(window, frozen["values"], frozen.get("listed"))
    if report.consolidation_id:
        frozen = report.consolidation.figures
        return indicators_recompute(window, frozen.get("values", {}), frozen.get("listed"))
    computed = report_computed(report)
    values = _base_values(computed)
    for code, entry in report.overrides.items():
        values[code] = _number(entry["value"])
    return indicators_recompute(window, values, computed.listed)


def report_snapshot(report: UnitReport) -> dict:
    """What is frozen at submission: base values after overrides, the computed values the
    overrides replaced (shown to the aggregator), and the per-unit listings."""
    result = report_result(report)
    computed = report_computed(report) if report.overrides else None
    return {
        "values": _base_values(result),
        "listed": {
            code: [[unit, float(value)] for unit, value in rows]
            for code, rows in result.listed.items()
        },
        "overridden": {
            code: {
                "computed": _shown_value(computed.value(code)) if computed else "—",
                "value": entry["value"],
                "reason": entry["reason"],
            }
            for code, entry in report.overrides.items()
        },
    }


def _shown_value(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, int | float | Decimal):
        return format_number(value, 0 if value == int(value) else 1)
    return str(value)


def report_form_rows(report: UnitReport, result: Result) -> list[FormRow]:
    request = report.request
    kind = request.report_type
    version = request.form_version or (
        _current_form(kind.form.code) if kind is not None and kind.form_id else _current_form()
    )
    # A submitted report shows the administrator-defined indicators as they were defined then.
    as_of = report.submitted_at if report.is_locked else None
    if version:
        return form_rows(version, result, as_of=as_of)
    return catalogue_rows(result, as_of=as_of)


@dataclass(frozen=True)
class AppendixLine:
    row: FormRow
    override: dict | None
    is_ratio: bool


def report_appendix(report: UnitReport, result: Result) -> list[AppendixLine]:
    overridden = report.figures.get("overridden") if report.is_locked else None
    overridden = overridden if overridden is not None else report.overrides
    lines = []
    for row in report_form_rows(report, result):
        is_ratio = bool(row.code) and row.code in catalogue() and catalogue().get(row.code).is_ratio
        lines.append(AppendixLine(row, overridden.get(row.code), is_ratio))
    return lines


def _nothing(shown: str) -> bool:
    """A figure not worth a sentence: no value, zero, or a ratio of nothing."""
    return shown in ("", "—", "0", "Không") or shown.startswith("0/0")


_HEADING_NUMBER = re.compile(r"^\s*(?:\d+|[IVXLC]+|[a-zđ])\s*[.)]\s+")


def numbered_heading(heading: str, number: int) -> str:
    """ "4. Cải cách hành chính" shown as the 3rd heading → "3. Cải cách hành chính": generated
    numbering follows what is shown, not the numbers typed into the form."""
    return f"{number}. {_HEADING_NUMBER.sub('', heading, count=1).strip()}"


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def _ratio_parts(code: str) -> str:
    """What a ratio counts, in words: "(số hồ sơ tiếp nhận trực tuyến trên số hồ sơ tiếp nhận
    mới trong kỳ)", so that 285/588 is not read against the 589 received in total."""
    definitions = catalogue()
    if code not in definitions or not definitions.get(code).is_ratio:
        return ""
    numerator, denominator = definitions.get(code).ratio
    labels = []
    for part in (numerator, denominator):
        if part not in definitions:
            return ""
        labels.append(_lower_first(definitions.get(part).label))
    return f" ({labels[0]} trên {labels[1]})"


def figure_sentences(rows: list[FormRow]) -> str:
    """Section III's opening: every figure of the form as a sentence, each figure linked to
    its indicator, grouped under the form's headings. Groups without a figure are left out and
    the headings shown are numbered 1, 2, 3 … after that; a ratio says what it divides. The
    clerk edits around them; the figures stay linked."""
    groups: list[tuple[str, list[str]]] = [("", [])]
    for row in rows:
        if row.heading:
            groups.append((row.heading, []))
        elif row.code and not _nothing(row.shown):
            unit = f" {row.unit}" if row.unit and row.unit != "%" else ""
            label = html.escape(row.label)
            parts = html.escape(_ratio_parts(row.code))
            groups[-1][1].append(
                f"<li>{label}: {figure_span(row.code, row.shown)}{html.escape(unit)}{parts}.</li>"
            )
    parts, number = [], 0
    for heading, items in groups:
        if not items:
            continue
        if heading:
            number += 1
            parts.append(
                f"<p><strong>{html.escape(numbered_heading(heading, number))}</strong></p>"
            )
        parts.append("<ul>" + "".join(items) + "</ul>")
    return "".join(parts)


@dataclass(frozen=True)
class MovedFigure:
    section: str
    code: str
    label: str
    inserted: str
    current: str


def figures_current(rows: list[FormRow]) -> dict[str, str]:
    return {row.code: row.shown for row in rows if row.code}


def figures_moved(report: UnitReport, rows: list[FormRow]) -> list[MovedFigure]:
    """Linked figures whose indicator no longer has the value that was inserted."""
    current = figures_current(rows)
    labels = {row.code: row.label for row in rows if row.code}
    moved = []
    for key, text in report.sections.items():
        for code, inserted in figures_in(text):
            if code in current and current[code] != inserted:
                moved.append(MovedFigure(key, code, labels[code], inserted, current[code]))
    return moved
