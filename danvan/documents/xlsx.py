"""Appendix and per-unit comparison as Excel workbooks that recompute when a user edits them.

Numbers carry the format codes ``#,##0`` and ``0.00%``: Excel shows them with the separators of
the user's locale, so a Vietnamese Windows shows 50.003 and 84,20%. A ratio is a formula over
its numerator and denominator cells, which are themselves formulas over the rows of their parts
when those rows are in the sheet, and totals are SUM formulas: change a figure, the ratios and
totals follow.
"""

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

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
        sheet.append([title])
        _style(sheet.cell(1, 1), bold=True)
        sheet.append([caption])
        _style(sheet.cell(2, 1), italic=True)
        sheet.append([])
        sheet.append(self.HEADERS)
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
            sheet.cell(line, 1, row.heading)
            sheet.merge_cells(start_row=line, start_column=1, end_row=line, end_column=8)
            _style(sheet.cell(line, 1), bold=True)
            return
        sheet.cell(line, 1, number)
        sheet.cell(line, 2, row.code)
        sheet.cell(line, 3, row.label)
        sheet.cell(line, 4, row.unit)
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
            sheet.cell(line, 8, "; ".join(f"{unit}: {shown}" for unit, shown in row.listed))
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


def comparison_sheet(workbook: Workbook, window: Window, rows: list[FormRow], units) -> None:
    """One row per unit (``units``: (code, name, base values)), a column per count and, for
    each ratio, its numerator, denominator and the ratio as a formula; a total row of SUMs
    with the ratios recomputed from the summed parts."""
    sheet = workbook.create_sheet("So sánh đơn vị")
    # Typed-in values that do not add up (a rate, an income per head) have no column here.
    additive = dict(TypedIndicator.objects.values_list("code", "additive"))
    columns: list[tuple[str, str, str]] = []  # (kind, code, header)
    for row in rows:
        if not row.code:
            continue
        definition = _definition(row.code)
        if definition is not None and definition.is_ratio:
            numerator, denominator = definition.ratio
            columns.append(("num", numerator, f"{row.code} (tử số)"))
            columns.append(("den", denominator, f"{row.code} (mẫu số)"))
            columns.append(("ratio", row.code, row.code))
        elif definition is not None or additive.get(row.code):
            columns.append(("count", row.code, row.code))
    sheet.append(["Mã đơn vị", "Đơn vị", *[header for _, _, header in columns]])
    for column in range(1, len(columns) + 3):
        _style(sheet.cell(1, column), bold=True, wrap=True, center=True)
        sheet.cell(1, column).border = BOX
    sheet.column_dimensions["A"].width = 14
    sheet.column_dimensions["B"].width = 40
    sheet.freeze_panes = "C2"
    first = 2
    for line, (code, name, values) in enumerate(units, start=first):
        result = indicators_recompute(window, values, validate=False)
        sheet.cell(line, 1, code)
        sheet.cell(line, 2, name)
        for column, (kind, indicator, _) in enumerate(columns, start=3):
            cell = sheet.cell(line, column)
            if kind == "ratio":
                num, den = get_column_letter(column - 2), get_column_letter(column - 1)
                cell.value = f'=IF({den}{line}=0,"",{num}{line}/{den}{line})'
                _style(cell, number_format=PERCENT)
            else:
                value = result.values.get(indicator)
                cell.value = None if value is None else _plain(value)
                _style(cell, number_format=INTEGER)
            cell.border = BOX
    last = first + len(units) - 1
    total = last + 1
    sheet.cell(total, 2, "Tổng cộng")
    _style(sheet.cell(total, 2), bold=True)
    for column, (kind, _, _) in enumerate(columns, start=3):
        letter = get_column_letter(column)
        cell = sheet.cell(total, column)
        if kind == "ratio":
            num, den = get_column_letter(column - 2), get_column_letter(column - 1)
            cell.value = f'=IF({den}{total}=0,"",{num}{total}/{den}{total})'
            _style(cell, bold=True, number_format=PERCENT)
        else:
            cell.value = f"=SUM({letter}{first}:{letter}{last})" if units else 0
            _style(cell, bold=True, number_format=INTEGER)
        cell.border = BOX


def workbook_bytes(workbook: Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
