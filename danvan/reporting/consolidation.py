"""The consolidated report over the units' reports on one request.

Counts are summed over the reports' frozen figures (what each unit submitted, overrides
included); ratios are recomputed from the summed parts; typed-in values that do not add up
(a rate, an average) are listed per unit. The per-unit table, the previous period and the
units' narrative gathered by section come with it.
"""

import html
from dataclasses import dataclass, field
from decimal import Decimal

from danvan.core.numbers import format_number
from danvan.core.progress import progress_tick
from danvan.indicators.engine import Result, catalogue, indicators_compute, indicators_recompute
from danvan.indicators.forms_catalogue import FormRow
from danvan.indicators.models import TypedIndicator
from danvan.indicators.values import Ratio
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_as_of, orgunit_lineage_ids, orgunit_names_as_of
from danvan.periods.selectors import period_window_for
from danvan.periods.values import Period
from danvan.reporting.figures import (
    figure_sentences,
    report_form_rows,
    report_snapshot,
    request_window,
)
from danvan.reporting.legacy import legacy_figures
from danvan.reporting.models import Consolidation, ReportRequest, Status, UnitReport
from danvan.reporting.outlines import request_outline
from danvan.reporting.richtext import richtext_without_figure_lists


def consolidation_reports(request: ReportRequest, include_submitted: bool) -> list[UnitReport]:
    statuses = [Status.ACCEPTED, Status.SUBMITTED] if include_submitted else [Status.ACCEPTED]
    return list(
        UnitReport.objects.filter(request=request, status__in=statuses)
        .select_related("unit", "request", "consolidation")
        .order_by("unit__path")
    )


def _frozen(report: UnitReport) -> dict:
    """A delivered report's figures; one delivered before figures were frozen is frozen now."""
    return report.figures if report.figures.get("values") is not None else report_snapshot(report)


def _summable_codes() -> tuple[set[str], set[str]]:
    """(codes summed over units, typed-in codes listed per unit instead)."""
    counts = {i.code for i in catalogue() if not i.is_ratio and not i.derived and not i.is_typed_in}
    typed = dict(TypedIndicator.objects.typed_in().values_list("code", "additive"))
    return counts | {c for c, additive in typed.items() if additive}, {
        c for c, additive in typed.items() if not additive
    }


def _add(a, b):
    total = Decimal(str(a)) + Decimal(str(b))
    return int(total) if total == total.to_integral_value() else float(total)


SUMMING = "Đang cộng số liệu báo cáo {done}/{total}…"


def _summing(done: int, total: int) -> str:
    return SUMMING.format(done=format_number(done), total=format_number(total))


def consolidation_figures(request: ReportRequest, reports: list[UnitReport]) -> dict:
    """Summed base values, per-unit values and listings, and which reports were used."""
    summed, listed_codes = _summable_codes()
    totals: dict[str, object] = {}
    listed: dict[str, list] = {}
    per_unit: dict[str, dict] = {}
    for index, report in enumerate(reports):
        if index % 20 == 0:  # a background job's progress; a cancelled one stops here
            progress_tick(index, len(reports), _summing(index, len(reports)))
        frozen = _frozen(report)
        values = frozen.get("values", {})
        per_unit[report.unit.code] = values
        for code, value in values.items():
            if code in summed:
                totals[code] = _add(totals.get(code, 0), value)
            elif code in listed_codes:
                listed.setdefault(code, []).append([report.unit.code, value])
        for code, rows in frozen.get("listed", {}).items():
            listed.setdefault(code, []).extend(rows)
    return {
        "values": totals,
        "listed": listed,
        "units": per_unit,
        "reports": [r.pk for r in reports],
    }


def consolidation_sections(request: ReportRequest, reports: list[UnitReport], rows) -> dict:
    """The units' narrative gathered by section, each part headed by the unit's name (as of
    the request); section III opens with the consolidated figures as linked sentences."""
    names = orgunit_names_as_of([r.unit for r in reports], request.issued_on)
    sections = {}
    version = request.report_type
    figures_at = version.figures_section if version is not None else "III"
    for heading in request_outline(request):
        key = heading.key
        parts = [figure_sentences(rows)] if key == figures_at else []
        for report in reports:
            text = richtext_without_figure_lists(report.sections.get(key, ""))
            if text:
                name = html.escape(names[report.unit_id])
                parts.append(f"<p><strong>{name}:</strong></p>{text}")
        sections[key] = "".join(parts)
    return sections


@dataclass
class UnitColumn:
    code: str
    label: str


@dataclass(frozen=True)
class UnitHead:
    """A unit as a column of the comparison: its code, its name and its short name as of the
    request (the short name heads the column, the full name is its tooltip)."""

    code: str
    name: str
    short: str


@dataclass(frozen=True)
class Cell:
    shown: str  # 50.003, 84,2%
    title: str = ""  # a ratio's parts, "315/372"


@dataclass(frozen=True)
class MatrixRow:
    """One line of the comparison: a heading, or an indicator with a cell per unit shown."""

    heading: str = ""
    code: str = ""
    label: str = ""
    unit: str = ""
    cells: tuple[Cell, ...] = ()
    total: Cell = Cell("")


@dataclass
class Comparison:
    """What the consolidation page and the API show."""

    result: Result
    rows: list[FormRow]
    columns: list[UnitColumn]
    units: list[tuple[str, str, list[str]]]  # (code, name as of the request, shown values)
    previous_label: str
    previous: dict[str, str] = field(default_factory=dict)
    differences: dict[str, str] = field(default_factory=dict)
    # Indicators as rows, the chosen units as columns (all units when none is chosen).
    heads: list[UnitHead] = field(default_factory=list)
    all_heads: list[UnitHead] = field(default_factory=list)
    matrix: list[MatrixRow] = field(default_factory=list)


def _shown(result: Result, code: str) -> str:
    value = result.value(code)
    if value is None:
        return "—"
    if isinstance(value, Ratio):
        return str(value)
    return format_number(value, 0 if value == int(value) else 1)


def _cell(result: Result, code: str) -> Cell:
    """A value as a table cell: counts as 50.003, ratios as 84,2% with their parts in the
    tooltip ("315/372")."""
    value = result.value(code)
    if value is None:
        return Cell("—")
    if isinstance(value, Ratio):
        parts = f"{format_number(value.numerator)}/{format_number(value.denominator)}"
        if value.percent is None:
            return Cell("—", parts)
        return Cell(f"{format_number(value.percent, 1)}%", parts)
    if isinstance(value, bool):
        return Cell("Có" if value else "Không")
    return Cell(format_number(value, 0 if value == int(value) else 1))


def _matrix(rows: list[FormRow], total: Result, units: list[Result]) -> list[MatrixRow]:
    matrix = []
    for row in rows:
        if row.heading:
            matrix.append(MatrixRow(heading=row.heading))
        elif row.code:
            matrix.append(
                MatrixRow(
                    code=row.code,
                    label=row.label,
                    unit=row.unit,
                    cells=tuple(_cell(result, row.code) for result in units),
                    total=_cell(total, row.code),
                )
            )
    return matrix


def _difference(now, before) -> str:
    if now is None or before is None:
        return "—"
    if isinstance(now, Ratio):
        if now.percent is None or before.percent is None:
            return "—"
        delta = now.percent - before.percent
        return f"{'+' if delta > 0 else ''}{format_number(delta, 2)} điểm %"
    delta = Decimal(str(now)) - Decimal(str(before))
    sign = "+" if delta > 0 else ""
    return f"{sign}{format_number(delta, 0 if delta == int(delta) else 1)}"


def consolidation_previous(request: ReportRequest, units) -> tuple[str, Result]:
    """The previous period, for the same units: its consolidation if one was made for an
    earlier request of the same issuer, else the registers counted for that period."""
    previous = Period.parse(request.period).previous()
    earlier = (
        Consolidation.objects.filter(request__issuer=request.issuer, request__period=previous.code)
        .select_related("request")
        .first()
    )
    window = period_window_for(previous)
    if earlier is not None and earlier.figures.get("values"):
        figures = earlier.figures
        return previous.label, indicators_recompute(window, figures["values"], figures["listed"])
    counted = indicators_compute(units, window, period_code=previous.code)
    # Years before DanVan: the figures confirmed from the units' legacy reports (the checker's
    # legacy import, plugged in through danvan.reporting.legacy) stand for what the registers
    # do not hold.
    legacy = legacy_figures(units, previous.code)
    if not legacy:
        return previous.label, counted
    values = {code: v for code, v in counted.values.items() if v is not None}
    values.update({code: _add(0, value) for code, value in legacy.items()})
    return previous.label, indicators_recompute(window, values, counted.listed)


def _heads(units: dict[str, OrgUnit], day) -> dict[str, UnitHead]:
    found = OrgUnit.objects.filter(pk__in=[u.pk for u in units.values()]).prefetch_related(
        "versions"
    )
    heads = {}
    for unit in found:
        named = orgunit_as_of(unit, day)
        heads[unit.code] = UnitHead(unit.code, named.name, named.short_name or named.name)
    return heads


def consolidation_comparison(
    consolidation: Consolidation, *, with_previous=True, unit_codes=None
) -> Comparison:
    """The consolidated appendix, the previous period and the per-unit comparison; with
    ``unit_codes``, the comparison's columns are those units only (unknown codes are ignored,
    none left means all)."""
    request = consolidation.request
    figures = consolidation.figures
    window = request_window(request)
    result = indicators_recompute(window, figures.get("values", {}), figures.get("listed"))
    rows = report_form_rows(UnitReport(request=request), result)
    codes = [r for r in rows if r.code]
    columns = [UnitColumn(r.code, r.label) for r in codes]
    unit_by_code = OrgUnit.objects.in_bulk(list(figures.get("units", {})), field_name="code")
    heads = _heads(unit_by_code, request.issued_on)
    units, results = [], {}
    for code, values in figures.get("units", {}).items():
        unit_result = indicators_recompute(window, values, validate=False)
        results[code] = unit_result
        units.append((code, heads[code].name, [_shown(unit_result, c.code) for c in columns]))
    all_heads = [heads[code] for code, _, _ in units]
    chosen = [h for h in all_heads if h.code in set(unit_codes or ())] or all_heads
    comparison = Comparison(
        result,
        rows,
        columns,
        units,
        previous_label="",
        heads=chosen,
        all_heads=all_heads,
        matrix=_matrix(rows, result, [results[h.code] for h in chosen]),
    )
    if with_previous and unit_by_code:
        lineage = orgunit_lineage_ids(unit_by_code.values())
        label, before = consolidation_previous(request, OrgUnit.objects.filter(pk__in=lineage))
        comparison.previous_label = label
        comparison.previous = {c.code: _shown(before, c.code) for c in columns}
        comparison.differences = {
            c.code: _difference(result.value(c.code), before.value(c.code)) for c in columns
        }
    return comparison
