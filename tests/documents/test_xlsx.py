"""Excel files read back: number formats Excel shows in the Vietnamese locale, and formulas
that recompute ratios and totals from their parts."""

import datetime
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
    total = re.fullmatch(r"SUM\(([A-Z]+\d+):([A-Z]+\d+)\)", formula)
    if total:  # a column or a row of cells
        cells = [c for line in sheet[total.group(1) : total.group(2)] for c in line]
        return sum(_value(sheet, c.coordinate) or 0 for c in cells)
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


def _line(sheet, code):
    for row in sheet.iter_rows(min_row=2):
        if row[1].value == code:
            return row
    raise AssertionError(code)


def test_the_consolidation_workbook_compares_units_in_columns(accepted_report):
    from danvan.orgunits.models import OrgUnit, OrgUnitVersion

    OrgUnit.objects.filter(code="A").update(short_name="SNV")
    OrgUnitVersion.objects.filter(unit__code="A").update(short_name="SNV")
    rendered = render.render_consolidation(accepted_report.request.consolidation, "xlsx")
    assert rendered.filename.endswith(".xlsx")
    sheet = _sheet(rendered, "So sánh đơn vị")
    headers = [c.value for c in sheet[1]]
    # Labels first, the code in a narrow column, units by their short name, then the total.
    assert headers == ["Chỉ tiêu", "Mã", "Đơn vị tính", "SNV", "Tổng cộng"]
    assert "Sở Nội vụ (mã A)" in sheet["D1"].comment.text
    assert sheet.freeze_panes == "D2"
    assert sheet.column_dimensions["A"].width >= 40
    received = _line(sheet, "HS_TIEP_NHAN")
    assert received[0].value.startswith("Tổng số") and received[2].value == "hồ sơ"
    assert received[3].value == 3 and received[3].number_format == "#,##0"
    assert received[4].value.startswith("=SUM(") and _value(sheet, received[4].coordinate) == 3
    ratio = _line(sheet, "TL_TRUC_TUYEN")
    numerator, denominator = _line(sheet, "HS_TRUC_TUYEN"), _line(sheet, "HS_MOI")
    # The ratio refers to its parts' own rows.
    assert ratio[3].value == (
        f'=IF(D{denominator[3].row}=0,"",D{numerator[3].row}/D{denominator[3].row})'
    )
    assert ratio[3].number_format == "0.00%"
    assert _value(sheet, ratio[3].coordinate) == pytest.approx(2 / 3)
    assert _value(sheet, ratio[4].coordinate) == pytest.approx(2 / 3)
    # Edit a unit's part: the unit's ratio and the total's follow.
    sheet[numerator[3].coordinate] = 3
    assert _value(sheet, ratio[4].coordinate) == pytest.approx(1.0)
    # No column is headed by a code.
    assert not any(h and "_" in h for h in headers)


def test_a_ratio_whose_parts_have_no_row_gets_them_just_above_it(db):
    from danvan.documents.xlsx import comparison_sheet
    from danvan.indicators.forms_catalogue import FormRow
    from danvan.periods.selectors import period_window_for
    from danvan.periods.values import Period

    workbook = openpyxl.Workbook()
    comparison_sheet(
        workbook,
        period_window_for(Period.parse("2021")),
        [FormRow(code="TL_TRUC_TUYEN", label="Tỷ lệ hồ sơ trực tuyến", unit="%")],
        [
            ("A", "Sở A", {"HS_TRUC_TUYEN": 2, "HS_MOI": 3}),
            ("B", "Sở B", {"HS_TRUC_TUYEN": 1, "HS_MOI": 5}),
        ],
    )
    sheet = workbook["So sánh đơn vị"]
    assert [c.value for c in sheet[1]] == [
        "Chỉ tiêu",
        "Mã",
        "Đơn vị tính",
        "Sở A",
        "Sở B",
        "Tổng cộng",
    ]
    assert sheet["A2"].value.startswith("Tử số: ") and sheet["B2"].value == "HS_TRUC_TUYEN"
    assert sheet["A3"].value.startswith("Mẫu số: ") and sheet["B3"].value == "HS_MOI"
    assert sheet["A4"].value == "Tỷ lệ hồ sơ trực tuyến"
    assert _value(sheet, "D4") == pytest.approx(2 / 3)
    assert _value(sheet, "F4") == pytest.approx(3 / 8)  # from the summed parts, not averaged


def test_typed_text_in_the_appendix_is_inert_but_its_own_formulas_still_compute(db):
    """Decision 0039: headings, labels, units and notes are string cells (never a formula,
    no control character); the ratio and parts DanVan writes stay formulas."""
    from danvan.documents.xlsx import appendix_xlsx, workbook_bytes
    from danvan.indicators.engine import Result, catalogue
    from danvan.indicators.forms_catalogue import FormRow
    from danvan.periods.values import Window

    ratio = next(i for i in catalogue() if i.is_ratio and i.register == "dossiers")
    numerator, denominator = ratio.ratio
    rows = [
        FormRow(heading='=HYPERLINK("http://x","Bấm")'),
        FormRow(code=numerator, label="+cmd|' /C calc'!A0", unit="@SUM(1+1)"),
        FormRow(code=denominator, label="-1+1", unit="hồ sơ\x01", listed=(("=A", "1"),)),
        FormRow(code=ratio.code, label=ratio.label, unit="%"),
    ]
    window = Window(datetime.date(2021, 1, 1), datetime.date(2021, 12, 31))
    result = Result(window=window, values={numerator: 3, denominator: 4})
    workbook = appendix_xlsx("=Tiêu đề", "\r=CR", rows, result)
    sheet = openpyxl.load_workbook(io.BytesIO(workbook_bytes(workbook))).worksheets[0]
    cells = {c.coordinate: c for row in sheet.iter_rows() for c in row if c.value is not None}
    assert (cells["A1"].value, cells["A1"].data_type) == ("=Tiêu đề", "s")
    assert (cells["A2"].value, cells["A2"].data_type) == ("\n=CR", "s")
    assert (cells["A5"].value, cells["A5"].data_type) == ('=HYPERLINK("http://x","Bấm")', "s")
    assert [cells[c].data_type for c in ("C6", "D6", "C7", "D7", "H7")] == ["s"] * 5
    assert cells["D7"].value == "hồ sơ" and cells["H7"].value == "=A: 1"
    formulas = {k for k, c in cells.items() if c.data_type == "f"}
    assert formulas == {"E8", "F8", "G8"}
    assert _value(sheet, "E8") == 0.75
