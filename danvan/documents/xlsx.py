"""Appendix and per-unit comparison as Excel workbooks that recompute when a user edits them.

Numbers carry the format codes ``#,##0`` and ``0.00%``: Excel shows them with the separators of
the user's locale, so a Vietnamese Windows shows 50.003 and 84,20%. A ratio is a formula over
its numerator and denominator cells, which are themselves formulas over the rows of their parts
when those rows are in the sheet, and totals are SUM formulas: change a figure, the ratios and
totals follow. Those formulas are DanVan's own; every text (labels, headings, unit names, notes,
which administrators and units type) goes through ``core.exporting.xlsx_value``: a string cell
that is never a formula, without control characters (decision 0039).
"""

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from danvan.core.exporting import clean_text, xlsx_row, xlsx_value
from danvan.indicators.definitions import Indicator
from danvan.indicators.engine import Result, catalogue, indicators_recompute
from danvan.indicators.forms_catalogue import FormRow
from danvan.indicators.models import TypedIndicator
from danvan.indicators.values import Ratio
from danvan.periods.values import Window

INTEGER = "#,##0"
DECIMAL = "#,##0.0"
PERCENT = "0.00%"
FONT = "Times New Roman"
THIN = Side(style="thin", color="000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
CODE = re.compile(r"[A-Z][A-Z0-9_]*")


def _definition(code: str) -> Indicator | None:
    return catalogue().get(code) if code in catalogue() else None


def _style(cell, *, bold=False, italic=False, number_format=None, wrap=False, center=False):
    cell.font = Font(name=FONT, size=12, bold=bold, italic=italic)
    if number_format:
        cell.number_format = number_format
    cell.alignment = Alignment(
        wrap_text=wrap, vertical="center", horizontal="center" if center else None
    )


def _plain(value):
    if isinstance(value, bool) or value is None:
        return value
    return int(value) if float(value) == int(value) else float(value)


class _AppendixSheet:
    """Rows of a form: each indicator's value cell, known by code for formulas."""

    HEADERS = ["STT", "Mã", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Tử số", "Mẫu số", "Ghi chú"]
    WIDTHS = [6, 22, 60, 12, 14, 12, 12, 30]

    def __init__(self, sheet, result: Result):
        self.sheet = sheet
        self.result = result
        self.cells: dict[str, str] = {}
        self.typed = {t.code: t for t in TypedIndicator.objects.all()}

    def _reference(self, code: str):
        """A formula term for ``code``: its row's cell, a sum of its parts' cells, or the
        value itself when neither is in the sheet."""
        if code in self.cells:
            return self.cells[code]
        definition = _definition(code)
        if definition is not None and definition.derived:
            parts = CODE.findall(definition.derived)
            if all(p in self.cells for p in parts):
                return "(" + CODE.sub(lambda m: self.cells[m.group(0)], definition.derived) + ")"
        value = self.result.values.get(code)
        return _plain(value) if value is not None else 0

    def write(self, title: str, caption: str, rows: list[FormRow]) -> None:
        sheet = self.sheet
        sheet.append(xlsx_row(sheet, [title]))
        _style(sheet.cell(1, 1), bold=True)
        sheet.append(xlsx_row(sheet, [caption]))
        _style(sheet.cell(2, 1), italic=True)
        sheet.append([])
        sheet.append(xlsx_row(sheet, self.HEADERS))
        for column, width in enumerate(self.WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(column)].width = width
            cell = sheet.cell(4, column)
            _style(cell, bold=True, center=True, wrap=True)
            cell.border = BOX
        sheet.freeze_panes = "A5"
        # First pass: where each indicator's value lands (ratios refer to rows below them).
        line, number = 5, 0
        placed = []
        for row in rows:
            if row.heading:
                placed.append((line, row, None))
                number = 0
            elif row.code:
                number += 1
                self.cells[row.code] = f"E{line}"
                placed.append((line, row, number))
            else:
                continue
            line += 1
        for line, row, number in placed:
            self._write_row(line, row, number)

    def _write_row(self, line: int, row: FormRow, number) -> None:
        sheet = self.sheet
        if row.heading:
            xlsx_value(sheet.cell(line, 1), row.heading)
            sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=8)
            _style(sheet.cell(line, 1), bold=True)
            return
        sheet.cell(line, 1, number)
        xlsx_value(sheet.cell(line, 2), row.code)
        xlsx_value(sheet.cell(line, 3), row.label)
        xlsx_value(sheet.cell(line, 4), row.unit)
        value = self.result.value(row.code)
        definition = _definition(row.code)
        value_cell = sheet.cell(line, 5)
        if definition is not None and definition.is_ratio:
            numerator, denominator = definition.ratio
            sheet.cell(line, 6, f"={self._reference(numerator)}")
            sheet.cell(line, 7, f"={self._reference(denominator)}")
            value_cell.value = f'=IF(G{line}=0,"",F{line}/G{line})'
            _style(value_cell, number_format=PERCENT)
            _style(sheet.cell(line, 6), number_format=INTEGER)
            _style(sheet.cell(line, 7), number_format=INTEGER)
        elif definition is not None and definition.derived:
            value_cell.value = f"={self._reference_derived(definition)}"
            _style(value_cell, number_format=INTEGER)
        elif row.code in self.typed and self.typed[row.code].value_type == "co_khong":
            value_cell.value = None if value is None else ("Có" if value else "Không")
            _style(value_cell)
        else:
            value_cell.value = _plain(value) if not isinstance(value, Ratio) else None
            decimals = row.code in self.typed and self.typed[row.code].value_type == "so_thap_phan"
            _style(value_cell, number_format=DECIMAL if decimals else INTEGER)
        if row.listed:
            listed = "; ".join(f"{unit}: {shown}" for unit, shown in row.listed)
            xlsx_value(sheet.cell(line, 8), listed)
        for column in range(1, 9):
            cell = sheet.cell(line, column)
            cell.border = BOX
            if column in (3, 8):
                _style(cell, wrap=True)
            elif column in (1, 2, 4):
                _style(cell, center=column != 2)

    def _reference_derived(self, definition: Indicator) -> str:
        parts = CODE.findall(definition.derived)
        if all(p in self.cells for p in parts):
            return CODE.sub(lambda m: self.cells[m.group(0)], definition.derived)
        return str(_plain(self.result.values.get(definition.code) or 0))


def appendix_xlsx(title: str, caption: str, rows: list[FormRow], result: Result) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Phụ lục"
    _AppendixSheet(sheet, result).write(title, caption, rows)
    return workbook


COMPARISON_FIXED = ["Chỉ tiêu", "Mã", "Đơn vị tính"]
NUMERATOR = "Tử số: {label}"
DENOMINATOR = "Mẫu số: {label}"


def _label(code: str, rows: list[FormRow]) -> str:
    for row in rows:
        if row.code == code:
            return row.label
    definition = _definition(code)
    return definition.label if definition is not None else code


def comparison_sheet(
    workbook: Workbook, window: Window, rows: list[FormRow], units, heads=None
) -> None:
    """Indicators as rows, units as columns (``units``: (code, name, base values); ``heads``:
    the page's unit heads with short names), as the consolidation page shows them: the label
    first (the code in a narrow column beside it), the unit's short name heading its column
    (full name and code in the cell's comment), a «Tổng cộng» column of SUMs. A ratio is a
    formula over its numerator and denominator rows, written just above it, so that the
    total's ratio is recomputed from the summed parts. Header row and the three first columns
    are frozen."""
    from openpyxl.comments import Comment

    sheet = workbook.create_sheet("So sánh đơn vị")
    additive = dict(TypedIndicator.objects.typed_in().values_list("code", "additive"))
    short = {head.code: head.short for head in heads or ()}
    first_unit = len(COMPARISON_FIXED) + 1
    total_column = first_unit + len(units)
    heads_row = [*COMPARISON_FIXED, *[short.get(code) or name for code, name, _ in units]]
    sheet.append(xlsx_row(sheet, [*heads_row, "Tổng cộng"]))
    for column in range(1, total_column + 1):
        cell = sheet.cell(1, column)
        _style(cell, bold=True, wrap=True, center=True)
        cell.border = BOX
    for offset, (code, name, _) in enumerate(units):
        note = clean_text(f"{name} (mã {code})")
        sheet.cell(1, first_unit + offset).comment = Comment(note, "DanVan")
    sheet.row_dimensions[1].height = 48
    widths = {1: 48, 2: 16, 3: 11, total_column: 14}
    for column in range(1, total_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = widths.get(column, 13)
    sheet.freeze_panes = sheet.cell(2, first_unit).coordinate
    results = [indicators_recompute(window, values, validate=False) for _, _, values in units]
    unit_letters = [get_column_letter(first_unit + i) for i in range(len(units))]
    total_letter = get_column_letter(total_column)
    line = 2

    def counts_row(label, code, unit, *, bold=False, summed=True, indent=0):
        nonlocal line
        xlsx_value(sheet.cell(line, 1), label)
        xlsx_value(sheet.cell(line, 2), code)
        xlsx_value(sheet.cell(line, 3), unit)
        _style(sheet.cell(line, 1), bold=bold, wrap=True)
        sheet.cell(line, 1).alignment = Alignment(wrap_text=True, vertical="center", indent=indent)
        _style(sheet.cell(line, 2))
        _style(sheet.cell(line, 3), center=True)
        for offset, result in enumerate(results):
            value = result.values.get(code)
            cell = sheet.cell(line, first_unit + offset)
            cell.value = None if value is None or isinstance(value, Ratio) else _plain(value)
            _style(cell, bold=bold, number_format=INTEGER if summed else DECIMAL)
        total = sheet.cell(line, total_column)
        if summed and units:
            total.value = f"=SUM({unit_letters[0]}{line}:{unit_letters[-1]}{line})"
        _style(total, bold=True, number_format=INTEGER)
        for column in range(1, total_column + 1):
            sheet.cell(line, column).border = BOX
        line += 1
        return line - 1

    # Plan the lines first: a ratio refers to the rows of its parts wherever they are, and
    # only parts that have no row of their own get a "Tử số: …"/"Mẫu số: …" row above it.
    counted = {
        row.code
        for row in rows
        if row.code
        and not (_definition(row.code) and _definition(row.code).is_ratio)
        and (_definition(row.code) is not None or row.code in additive)
    }
    plan, helpers = [], set()
    for row in rows:
        if row.heading:
            plan.append(("heading", row))
        elif row.code in counted:
            plan.append(("count", row))
        elif row.code and _definition(row.code) is not None and _definition(row.code).is_ratio:
            parts = _definition(row.code).ratio
            for part, template in zip(parts, (NUMERATOR, DENOMINATOR), strict=True):
                if part not in counted and part not in helpers:
                    helpers.add(part)
                    plan.append(("part", (part, template.format(label=_label(part, rows)))))
            plan.append(("ratio", row))
    lines = {}
    for offset, (kind, item) in enumerate(plan, start=2):
        if kind == "count":
            lines.setdefault(item.code, offset)
        elif kind == "part":
            lines.setdefault(item[0], offset)
    for kind, item in plan:
        if kind == "heading":
            xlsx_value(sheet.cell(line, 1), item.heading)
            sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=3)
            _style(sheet.cell(line, 1), bold=True, wrap=True)
            for column in range(1, total_column + 1):
                sheet.cell(line, column).border = BOX
            line += 1
        elif kind == "count":
            counts_row(item.label, item.code, item.unit, summed=additive.get(item.code, True))
        elif kind == "part":
            counts_row(item[1], item[0], "", indent=2)
        else:
            numerator, denominator = _definition(item.code).ratio
            num, den = lines[numerator], lines[denominator]
            xlsx_value(sheet.cell(line, 1), item.label)
            xlsx_value(sheet.cell(line, 2), item.code)
            xlsx_value(sheet.cell(line, 3), item.unit)
            _style(sheet.cell(line, 1), wrap=True)
            _style(sheet.cell(line, 2))
            _style(sheet.cell(line, 3), center=True)
            for letter in [*unit_letters, total_letter]:
                cell = sheet[f"{letter}{line}"]
                cell.value = f'=IF({letter}{den}=0,"",{letter}{num}/{letter}{den})'
                _style(cell, bold=letter == total_letter, number_format=PERCENT)
            for column in range(1, total_column + 1):
                sheet.cell(line, column).border = BOX
            line += 1


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
