"""Export of a register in the columns its import reads, so a file round-trips: Vietnamese
headers and list values by their labels, both of which the import accepts. Every cell goes
through ``core.exporting``: a typed formula is inert text, a control character never reaches the
file (decision 0039)."""

import csv
import io

from django.db.models import QuerySet
from openpyxl import Workbook

from danvan.core.exporting import clean_text, csv_row, xlsx_row
from danvan.registers.columns import RegisterSpec
from danvan.registers.custom import columns_for
from danvan.registers.registry import registers


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
    writer.writerow(csv_row(c.header for c in columns))
    for record in records.select_related("unit").iterator(chunk_size=2000):
        writer.writerow(csv_row(_cells(columns, record)))
    return buffer.getvalue().encode("utf-8-sig")  # BOM: Excel on Windows reads UTF-8


def register_export_xlsx(spec: RegisterSpec, records: QuerySet) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.label[:31])
    columns = columns_for(spec)
    sheet.append(xlsx_row(sheet, (c.header for c in columns)))
    for record in records.select_related("unit").iterator(chunk_size=2000):
        sheet.append(xlsx_row(sheet, _cells(columns, record)))
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def register_listing(
    slug: str, units, start, end, *, columns: list[str] | None = None, limit: int = 500
) -> tuple[str, list[list[str]]] | None:
    """The records of register ``slug`` kept by ``units`` and dated (the spec's ``date_field``)
    from ``start`` to ``end``, as a table for a report's appendix: (the register's label,
    [header row, rows…]) in the export's cells; ``columns`` names the columns to keep (all but
    the unit otherwise). None when no register has that slug (a type naming a register whose
    app is not installed)."""
    spec = registers().get(slug)
    if spec is None:
        return None
    chosen = [c for c in columns_for(spec) if c.field != "unit"]
    if columns:
        chosen = [c for c in columns_for(spec) if c.name in columns]
    records = spec.model._default_manager.filter(unit__in=list(units))
    if spec.date_field:
        records = records.filter(
            **{f"{spec.date_field}__gte": start, f"{spec.date_field}__lte": end}
        ).order_by(spec.date_field, "pk")
    rows = [["STT", *[c.header for c in chosen]]]
    for n, record in enumerate(records.select_related("unit")[:limit], start=1):
        cells = []
        for column in chosen:
            value = column.value_of(record)
            if hasattr(value, "strftime"):
                cells.append(f"{value:%d/%m/%Y}")
            else:
                cells.append(value.code if column.field == "unit" else column.export(value))
        rows.append([str(n), *(clean_text(cell) for cell in cells)])
    return spec.label, rows
