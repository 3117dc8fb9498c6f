"""Export of the tree in the same columns the import reads, so a file round-trips (Vietnamese
headers and the kind by its label, both of which the import accepts)."""

import csv
import io

from django.db.models import QuerySet
from django.utils import timezone
from openpyxl import Workbook
from openpyxl.styles import Font

from danvan.core.dates import format_date
from danvan.core.exporting import csv_row, xlsx_row
from danvan.orgunits.importing import COLUMNS
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_as_of

HEADERS = [headers[0] for headers in COLUMNS.values()]  # the import reads them back


def _rows(units: QuerySet[OrgUnit]):
    today = timezone.localdate()
    for unit in units.select_related("parent").prefetch_related("versions").order_by("path"):
        as_of = orgunit_as_of(unit, today)  # the letterhead in force today, as declared
        yield [
            unit.code,
            unit.name,
            unit.short_name,
            unit.get_kind_display(),
            unit.parent.code if unit.parent else "",
            format_date(unit.valid_from),
            format_date(unit.valid_to),
            as_of.symbol,
            "có" if as_of.symbol_with_parent else "",
            as_of.place_name,
            as_of.parent_header,
            as_of.issuer_header,
        ]


def orgunits_export_csv(units: QuerySet[OrgUnit]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerows(csv_row(row) for row in _rows(units))  # typed formulas stay inert text
    # UTF-8 with BOM: Excel on Windows then opens Vietnamese text correctly.
    return buffer.getvalue().encode("utf-8-sig")


def orgunits_export_xlsx(units: QuerySet[OrgUnit]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Đơn vị"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _rows(units):
        sheet.append(xlsx_row(sheet, row))  # names are text cells, never formulas
    widths = (16, 60, 20, 18, 16, 14, 14, 12, 10, 16, 30, 40)
    for column, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
