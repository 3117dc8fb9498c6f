"""The one rule for exported cells (decision 0039): typed formulas are inert text, control
characters never reach a file, numbers stay numbers, DanVan's own formulas stay formulas."""

import csv
import io

import pytest
from openpyxl import Workbook, load_workbook

from danvan.core.exporting import (
    clean_text,
    csv_row,
    csv_value,
    csv_value_read,
    would_execute,
    xlsx_row,
    xlsx_value,
)

FORMULAS = [
    '=HYPERLINK("http://x","Bấm")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-1+1",
    "\t=1",
    "\r=CR",
    "  =1+1",  # after spaces
    "\x01=1",  # a control character that goes, leaving a formula
]


@pytest.mark.parametrize("text", FORMULAS)
def test_a_formula_gets_an_apostrophe_in_csv_after_control_characters_go(text):
    value = csv_value(text)
    assert value.startswith("'")
    assert value[1:] == clean_text(text)
    assert csv_value_read(value) == clean_text(text)


@pytest.mark.parametrize(
    "text", ["Bấm", "-5", "-50.003", "-84,2%", "3.5", "'Hòa'", "#N/A", "a=b", "x-1", ""]
)
def test_ordinary_text_and_numbers_written_as_text_are_left_alone(text):
    assert csv_value(text) == text
    assert csv_value_read(text) == text


def test_numbers_stay_numbers():
    assert csv_row([-5, 3.5, None, True]) == [-5, 3.5, "", True]


def test_control_characters_go_and_a_cr_becomes_a_line_break():
    assert clean_text("Bấm\x00\x01\x1b\x7f\x85\x9f xong\ufffe") == "Bấm xong"
    assert clean_text("a\r\nb\rc\td\ne") == "a\nb\nc\td\ne"


def test_the_csv_apostrophe_survives_the_csv_module():
    buffer = io.StringIO()
    csv.writer(buffer).writerow(csv_row(FORMULAS))
    cells = next(csv.reader(io.StringIO(buffer.getvalue())))
    assert all(cell.startswith("'") for cell in cells)


@pytest.mark.parametrize("write_only", [False, True])
def test_xlsx_text_is_a_string_cell_and_danvan_formulas_stay_formulas(write_only):
    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet("x") if write_only else workbook.active
    sheet.append(xlsx_row(sheet, [*FORMULAS, "#N/A", "Bấm\x01", -5, 2.5]))
    if not write_only:
        xlsx_value(sheet.cell(2, 1), "=SUM(1,2)")  # typed: inert
        sheet.cell(2, 2).value = "=SUM(I1:J1)"  # DanVan's own: a formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    read = load_workbook(io.BytesIO(buffer.getvalue())).worksheets[0]
    row = list(read.iter_rows(min_row=1, max_row=1))[0]
    assert [c.data_type for c in row] == ["s"] * 10 + ["n", "n"]
    assert [c.value for c in row[:8]] == [clean_text(text) for text in FORMULAS]
    assert all(c.quotePrefix for c in row[:8]) and not row[8].quotePrefix
    assert [c.value for c in row[8:]] == ["#N/A", "Bấm", -5, 2.5]
    if not write_only:
        assert (read["A2"].data_type, read["A2"].value) == ("s", "=SUM(1,2)")
        assert (read["B2"].data_type, read["B2"].value) == ("f", "=SUM(I1:J1)")


def test_would_execute_is_decided_on_the_cleaned_text():
    assert would_execute("\r=CR") and would_execute(clean_text("\r=CR"))
    assert not would_execute("-12") and would_execute("-12+1")
