"""Blank import files ("tệp mẫu") that people fill in: the Vietnamese headers, one sample row,
drop-down lists for the columns that take a value from a list, and a «Hướng dẫn» sheet that
explains every column. Each importer describes its columns once (:class:`TemplateColumn`);
the same description gives the XLSX and the CSV, so the template always matches what the
importer reads. Headers, samples and list labels may be administrators' text (custom fields):
every cell goes through ``core.exporting``, so none is ever a formula (decision 0039).
"""

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from danvan.core.exporting import csv_row, xlsx_row, xlsx_value

DATA_SHEET = "Dữ liệu"
GUIDE_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_TYPE = "text/csv; charset=utf-8"
NOT_IN_LIST = "Giá trị này không có trong danh sách; khi nhập tệp sẽ bị báo lỗi."
GUIDE_HEADERS = ("Cột", "Bắt buộc", "Giải thích", "Giá trị chấp nhận", "Ví dụ")
GENERAL_NOTES = (
    "Điền mỗi bản ghi trên một dòng của trang «Dữ liệu», giữ nguyên dòng tiêu đề; "
    "xóa dòng mẫu trước khi nhập nếu không muốn nhập nó.",
    "Ngày ghi dạng dd/mm/yyyy (ví dụ 05/12/2026). Có/không ghi «có» hoặc «không» "
    "(cũng nhận x, 1, 0).",
    "Có một dòng sai thì không dòng nào được nhập; trang nhập liệt kê từng dòng, cột và lý do.",
)


@dataclass(frozen=True)
class TemplateColumn:
    header: str  # the Vietnamese header, as the importer reads it
    explanation: str
    required: bool = False
    choices: tuple[str, ...] = ()  # the accepted labels, when the value comes from a list
    sample: str = ""  # the sample row's value; it must import cleanly


def _bold(cell):
    cell.font = Font(bold=True)
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def template_workbook(
    title: str, columns: Sequence[TemplateColumn], notes: Sequence[str] = ()
) -> Workbook:
    workbook = Workbook()
    data = workbook.active
    data.title = DATA_SHEET
    data.append(xlsx_row(data, (c.header for c in columns)))
    data.append(xlsx_row(data, (c.sample for c in columns)))
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    for index, column in enumerate(columns, start=1):
        cell = data.cell(1, index)
        _bold(cell)
        if column.required:
            cell.fill = required_fill
        letter = get_column_letter(index)
        data.column_dimensions[letter].width = max(14, min(40, len(column.header) + 4))
    data.freeze_panes = "A2"
    lists, list_column = None, 0
    for index, column in enumerate(columns, start=1):
        if not column.choices:
            continue
        if lists is None:
            lists = workbook.create_sheet(LISTS_SHEET)
        list_column += 1
        list_letter = get_column_letter(list_column)
        _bold(xlsx_value(lists.cell(1, list_column), column.header))
        for row, label in enumerate(column.choices, start=2):
            xlsx_value(lists.cell(row, list_column), label)
        lists.column_dimensions[list_letter].width = max(len(c) for c in column.choices) + 4
        last = len(column.choices) + 1
        validation = DataValidation(
            type="list",
            formula1=f"{quote_sheetname(LISTS_SHEET)}!${list_letter}$2:${list_letter}${last}",
            allow_blank=not column.required,
            showErrorMessage=True,
            errorStyle="warning",
            errorTitle=column.header,
            error=NOT_IN_LIST,
        )
        letter = get_column_letter(index)
        validation.add(f"{letter}2:{letter}5000")
        data.add_data_validation(validation)
    guide = workbook.create_sheet(GUIDE_SHEET, 1)
    guide.append(xlsx_row(guide, [title]))
    guide["A1"].font = Font(bold=True, size=13)
    for note in (*notes, *GENERAL_NOTES):
        guide.append(xlsx_row(guide, [note]))
    guide.append([])
    guide.append(xlsx_row(guide, GUIDE_HEADERS))
    header_row = guide.max_row
    for index in range(1, len(GUIDE_HEADERS) + 1):
        _bold(guide.cell(header_row, index))
    for column in columns:
        guide.append(
            xlsx_row(
                guide,
                [
                    column.header,
                    "Có" if column.required else "Không",
                    column.explanation,
                    "; ".join(column.choices),
                    column.sample,
                ],
            )
        )
        for index in range(1, len(GUIDE_HEADERS) + 1):
            guide.cell(guide.max_row, index).alignment = Alignment(wrap_text=True, vertical="top")
    for letter, width in zip("ABCDE", (28, 10, 60, 50, 22), strict=True):
        guide.column_dimensions[letter].width = width
    workbook.active = 0
    return workbook


def template_xlsx(
    title: str, columns: Sequence[TemplateColumn], notes: Sequence[str] = ()
) -> bytes:
    buffer = io.BytesIO()
    template_workbook(title, columns, notes).save(buffer)
    return buffer.getvalue()


def template_csv(columns: Sequence[TemplateColumn]) -> bytes:
    """The headers and the sample row, UTF-8 with a BOM so that Excel on Windows reads it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_row(c.header for c in columns))
    writer.writerow(csv_row(c.sample for c in columns))
    return buffer.getvalue().encode("utf-8-sig")


def template_response(name: str, title: str, columns, file_format: str, notes=()):
    """The HTTP download of a template, as XLSX (default) or CSV."""
    from django.http import HttpResponse

    if file_format == "csv":
        response = HttpResponse(template_csv(columns), content_type=CSV_TYPE)
        extension = "csv"
    else:
        response = HttpResponse(template_xlsx(title, columns, notes), content_type=XLSX_TYPE)
        extension = "xlsx"
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response
