"""Exports are headed by the Vietnamese headers and show list values by their labels; the
import reads them back unchanged."""

import csv
import io
import re

import pytest
from django.core.exceptions import FieldDoesNotExist
from django.db.models import CharField, TextField
from openpyxl import load_workbook

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.core.import_templates import template_csv
from danvan.core.parsing import Choice
from danvan.registers.exporting import register_export_csv, register_export_xlsx
from danvan.registers.import_templates import register_template_columns
from danvan.registers.importing import register_import
from danvan.registers.registry import registers
from tests.registers.test_import_templates import sample_prerequisites

ROW = "Mã hồ sơ,Mã đơn vị,Kênh nộp,Ngày tiếp nhận,Kết quả,Ngày kết thúc,Đánh giá\n"
ROW += "HS-1,A,truc_tuyen,04/01/2021,da_tra_ket_qua,05/01/2021,rat_hai_long\n"


def test_xlsx_export_headers_and_labels_read_back(tree):
    spec = registers()["dossiers"]
    units = access_register_units(SYSTEM)
    register_import(spec, ROW.encode(), "x.csv", units=units)
    data = register_export_xlsx(spec, spec.model.objects.all())
    sheet = load_workbook(io.BytesIO(data)).active
    header, values = [c.value for c in sheet[1]], [c.value for c in sheet[2]]
    assert header == [column.headers[0] for column in spec.columns]
    assert not any("_" in h for h in header)
    cells = dict(zip(header, values, strict=True))
    assert cells["Kênh nộp"] == "Trực tuyến" and cells["Đánh giá"] == "Rất hài lòng"
    assert cells["Ngày tiếp nhận"] == "04/01/2021"
    again = register_import(spec, data, "x.xlsx", units=units)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


def test_csv_export_reads_back(tree):
    spec = registers()["dossiers"]
    units = access_register_units(SYSTEM)
    register_import(spec, ROW.encode(), "x.csv", units=units)
    data = register_export_csv(spec, spec.model.objects.all())
    text = data.decode("utf-8-sig")
    assert text.startswith("Mã hồ sơ,Mã đơn vị,Mã thủ tục") and "truc_tuyen" not in text
    again = register_import(spec, data, "x.csv", units=units)
    assert again.unchanged == 1


# --- exports that cannot execute (decision 0039) ---------------------------------------------
PAYLOADS = [
    '=HYPERLINK("http://x","Bấm")',
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)",
    "-1+1",
    "\t=1",
    "\r=CR",
    "Bấm\x01\x1b\x7f\x85 xong",  # C0, DEL and C1 control characters
]
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SPECS = sorted(registers())


def _text_fields(spec) -> list:
    """The model's free-text fields behind the register's columns (the key included)."""
    fields = []
    for column in spec.columns:
        if column.field == "unit" or isinstance(column.parse, Choice):
            continue
        try:
            field = spec.model._meta.get_field(column.field)
        except FieldDoesNotExist:
            continue
        if isinstance(field, CharField | TextField) and not field.choices:
            fields.append(field)
    return fields


def _records_holding_the_payloads(tree, spec) -> int:
    """One record per payload: the template's sample row imported, then copied once per
    payload with every text field (the key included) set to it, as an API client or an old
    import could have stored it. Returns how many text fields each record has."""
    sample_prerequisites(tree, spec.slug)
    data = template_csv(register_template_columns(spec, unit_code="A"))
    register_import(spec, data, "mau.csv", units=access_register_units(SYSTEM))
    (sample,) = spec.model.objects.all()
    fields = _text_fields(spec)
    assert fields, spec.slug
    # Beside the key, a unique (unit, year) must differ too: each copy moves a year back.
    spread = [n for group in spec.model._meta.unique_together for n in group if n != "unit"]
    unique = [
        f
        for f in spec.model._meta.fields
        if f.unique and not f.primary_key and f not in fields and isinstance(f, CharField)
    ]
    for number, payload in enumerate(PAYLOADS):
        record = spec.model.objects.get(pk=sample.pk)
        if number:
            record.pk = None
            record._state.adding = True
        for field in fields:
            setattr(record, field.attname, payload[: field.max_length or None])
        for name in spread:
            setattr(record, name, getattr(record, name) - number)
        for field in unique:  # a unique code the file does not show (a plan item's)
            setattr(record, field.attname, f"{getattr(record, field.attname)}-{number}")
        record.save()
    assert spec.model.objects.count() == len(PAYLOADS)
    return len(fields)


def _assert_csv_inert(data: bytes) -> list[list[str]]:
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    for cell in (cell for row in rows for cell in row):
        assert not CONTROLS.search(cell.replace("\t", "").replace("\n", "").replace("\r", "")), cell
        if cell.lstrip()[:1] in ("=", "+", "@") or cell[:1] in ("\t", "\r"):
            pytest.fail(f"live cell {cell!r}")
        if cell.startswith("-") and not re.fullmatch(r"-[\d.,]+%?", cell):
            pytest.fail(f"live cell {cell!r}")
    return rows


def _assert_xlsx_inert(data: bytes) -> list[list]:
    sheet = load_workbook(io.BytesIO(data)).worksheets[0]
    rows = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", (cell.coordinate, cell.value)
            if isinstance(cell.value, str):
                assert cell.data_type == "s"
                assert not CONTROLS.search(cell.value.replace("\t", "").replace("\n", ""))
        rows.append([cell.value for cell in row])
    return rows


@pytest.mark.parametrize("slug", SPECS)
def test_formulas_typed_into_any_register_are_inert_in_its_csv_and_xlsx_exports(
    tree, users, login, slug
):
    spec = registers()[slug]
    fields = _records_holding_the_payloads(tree, spec)
    client = login(users["admin"])
    csv_response = client.get(f"/so/{slug}/xuat/", {"dinh_dang": "csv"})
    xlsx_response = client.get(f"/so/{slug}/xuat/", {"dinh_dang": "xlsx"})
    assert (csv_response.status_code, xlsx_response.status_code) == (200, 200)
    cells = [c for row in _assert_csv_inert(csv_response.content)[1:] for c in row]
    for payload in PAYLOADS[:6]:
        shown = "'" + payload.replace("\r", "\n")[:3]
        assert sum(cell.startswith(shown) for cell in cells) >= fields, payload
    assert sum(cell.startswith("Bấm xong") for cell in cells) >= fields
    values = [v for row in _assert_xlsx_inert(xlsx_response.content)[1:] for v in row]
    assert sum(str(v).startswith("=HYPERLINK(") for v in values) >= fields
    assert sum(str(v).startswith("Bấm xong") for v in values) >= fields


def test_the_dossier_pages_export_is_inert_too(tree, users, login):
    spec = registers()["dossiers"]
    _records_holding_the_payloads(tree, spec)
    client = login(users["admin"])
    _assert_csv_inert(client.get("/ho-so/xuat/", {"dinh_dang": "csv"}).content)
    _assert_xlsx_inert(client.get("/ho-so/xuat/", {"dinh_dang": "xlsx"}).content)


def test_an_inert_export_still_reads_back_unchanged(tree):
    """The apostrophe of the CSV is taken off again on import; the XLSX holds the text as is."""
    spec = registers()["dossiers"]
    units = access_register_units(SYSTEM)
    register_import(spec, ROW.encode(), "x.csv", units=units)
    field = next(f for f in _text_fields(spec) if f.name != "code")
    spec.model.objects.update(**{field.name: '=HYPERLINK("http://x","Bấm")'})
    for data, name in (
        (register_export_csv(spec, spec.model.objects.all()), "x.csv"),
        (register_export_xlsx(spec, spec.model.objects.all()), "x.xlsx"),
    ):
        again = register_import(spec, data, name, units=units)
        assert (again.created, again.updated, again.unchanged) == (0, 0, 1), name
    assert getattr(spec.model.objects.get(), field.name) == '=HYPERLINK("http://x","Bấm")'
