"""Excel files read back: number formats Excel shows in the Vietnamese locale, and formulas
that recompute ratios and totals from their parts."""

import io
import re

import openpyxl
import pytest

from danvan.documents import render
from danvan.indicators.selectors import indicators_scope


def _sheet(rendered, name=None):
    workbook = openpyxl.load_workbook(io.BytesIO(rendered.content))
    return workbook[name] if name else workbook.worksheets[0]


def _value(sheet, reference, depth=0):
    """The value of a cell, following the formulas our sheets use (cell references, + and
    IF(x=0,"",a/b)), as Excel would compute it."""
    cell = sheet[reference]
    value = cell.value
    if not (isinstance(value, str) and value.startswith("=")):
        return value
    formula = value[1:]
    ratio = re.fullmatch(r'IF\(([A-Z]+\d+)=0,"",([A-Z]+\d+)/([A-Z]+\d+)\)', formula)
    if ratio:
        denominator = _value(sheet, ratio.group(1), depth + 1)
        return "" if not denominator else _value(sheet, ratio.group(2)) / denominator
    total = re.fullmatch(r"SUM\(([A-Z]+)(\d+):([A-Z]+)(\d+)\)", formula)
    if total:
        column, first, last = total.group(1), int(total.group(2)), int(total.group(4))
        return sum(_value(sheet, f"{column}{row}") or 0 for row in range(first, last + 1))
    expression = re.sub(r"[A-Z]+\d+", lambda m: str(_value(sheet, m.group(0)) or 0), formula)
    assert re.fullmatch(r"[\d+() .]+", expression), formula
    return eval(expression)  # noqa: S307 — digits, + and parentheses only, checked above


def _row(sheet, code):
    for row in sheet.iter_rows(min_row=5):
        if row[1].value == code:
            return row
    raise AssertionError(code)


def test_the_appendix_workbook(accepted_report, users):
    scope = indicators_scope(users["admin"], "A", "2021")
    sheet = _sheet(render.render_appendix(scope, "xlsx"))
    assert sheet["A4"].value == "STT" and sheet["E4"].value == "Số liệu"
    received = _row(sheet, "HS_TIEP_NHAN")
    assert received[4].value == 3 and received[4].number_format == "#,##0"
    online = _row(sheet, "TL_TRUC_TUYEN")
    assert online[4].number_format == "0.00%"
    assert online[4].value.startswith("=IF(")
    assert _value(sheet, online[4].coordinate) == pytest.approx(2 / 3)
    # The numerator is a formula over the row of its part: edit the part, the ratio follows.
    part = _row(sheet, "HS_TRUC_TUYEN")[4].coordinate
    assert _row(sheet, "TL_TRUC_TUYEN")[5].value == f"={part}"
    sheet[part] = 3
    assert _value(sheet, online[4].coordinate) == pytest.approx(1.0)


def test_the_consolidation_workbook_has_a_per_unit_sheet_with_totals(accepted_report):
    rendered = render.render_consolidation(accepted_report.request.consolidation, "xlsx")
    assert rendered.filename.endswith(".xlsx")
    sheet = _sheet(rendered, "So sánh đơn vị")
    headers = [c.value for c in sheet[1]]
    assert headers[:2] == ["Mã đơn vị", "Đơn vị"]
    assert sheet["A2"].value == "A" and sheet["B2"].value == "Sở Nội vụ"
    total_row = sheet.max_row
    assert sheet.cell(total_row, 2).value == "Tổng cộng"
    received = headers.index("HS_TIEP_NHAN") + 1
    assert sheet.cell(total_row, received).value.startswith("=SUM(")
    assert _value(sheet, sheet.cell(total_row, received).coordinate) == 3
    ratio = headers.index("TL_TRUC_TUYEN") + 1
    assert headers[ratio - 3 : ratio - 1] == ["TL_TRUC_TUYEN (tử số)", "TL_TRUC_TUYEN (mẫu số)"]
    assert _value(sheet, sheet.cell(total_row, ratio).coordinate) == pytest.approx(2 / 3)
    assert sheet.cell(total_row, ratio).number_format == "0.00%"
    # Non-additive typed values (a growth rate, an income per head) get no summed column.
    assert "GRDP_TANG_TRUONG" not in headers and "THU_NHAP_BQ" not in headers
