"""Export of a register in the columns its import reads, so a file round-trips: Vietnamese
headers and list values by their labels, both of which the import accepts."""

import csv
import io

from django.db.models import QuerySet
from openpyxl import Workbook

from danvan.registers.columns import RegisterSpec
from danvan.registers.custom import columns_for


def _cells(columns, record) -> list[str]:
    cells = []
    for column in columns:
        value = column.value_of(record)
        cells.append(value.code if column.field == "unit" else column.export(value))
    return cells


def register_export_csv(spec: RegisterSpec, records: QuerySet) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    columns = columns_for(spec)
    writer.writerow([c.header for c in columns])
    for record in records.select_related("unit").iterator(chunk_size=2000):
        writer.writerow(_cells(columns, record))
    return buffer.getvalue().encode("utf-8-sig")  # BOM: Excel on Windows reads UTF-8


def register_export_xlsx(spec: RegisterSpec, records: QuerySet) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.label[:31])
    columns = columns_for(spec)
    sheet.append([c.header for c in columns])
    for record in records.select_related("unit").iterator(chunk_size=2000):
        sheet.append(_cells(columns, record))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
