"""Every register's import template: Vietnamese headers, a sample row that imports as it is,
drop-down lists for list columns and a «Hướng dẫn» sheet; the same from the page and the CLI."""

import io

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.core.import_templates import GUIDE_SHEET, LISTS_SHEET, template_csv, template_xlsx
from danvan.registers import columns as c
from danvan.registers.import_templates import register_template_columns, register_template_note
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

SPECS = sorted(registers())


def _template(spec, unit_code="A", fmt="xlsx"):
    columns = register_template_columns(spec, unit_code=unit_code)
    if fmt == "csv":
        return template_csv(columns)
    return template_xlsx(spec.label, columns, [register_template_note(spec)])


def sample_prerequisites(tree, slug):
    """What a register's sample row names and must exist first (also used by export tests)."""
    if slug == "plan-items":  # an item belongs to a plan: the sample names plan 12/KH-BQLKKT
        from danvan.plans.models import Plan

        Plan.objects.create(unit=tree["A"], number="12", symbol="KH-BQLKKT", subject="Kế hoạch")
    if slug == "recommendations":  # a recommendation follows an inspection of its unit
        import datetime

        from danvan.activities.models import Inspection

        inspection = Inspection.objects.create(
            code="KT-2023-01", unit=tree["P"], held_on=datetime.date(2023, 6, 15)
        )
        inspection.inspected_units.set([tree["A"]])
    if slug == "emulation-registrations":  # a registration names its movement
        import datetime

        from danvan.emulation.models import Movement

        Movement.objects.create(
            code="TD-VHCS-2019",
            name="Phong trào",
            unit=tree["A"],
            starts_on=datetime.date(2000, 1, 1),
            ends_on=datetime.date(2100, 12, 31),
        )


@pytest.mark.parametrize("slug", SPECS)
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_template_filled_with_its_sample_row_imports_cleanly(tree, slug, fmt):
    spec = registers()[slug]
    sample_prerequisites(tree, slug)
    data = _template(spec, fmt=fmt)
    result = register_import(spec, data, f"mau.{fmt}", units=access_register_units(SYSTEM))
    assert (result.created, result.updated) == (1, 0)
    record = spec.model.objects.get()
    assert record.unit.code == "A"
    again = register_import(spec, data, f"mau.{fmt}", units=access_register_units(SYSTEM))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 1)


@pytest.mark.parametrize("slug", SPECS)
def test_the_sheets_speak_vietnamese_and_explain_every_column(db, slug):
    spec = registers()[slug]
    workbook = load_workbook(io.BytesIO(_template(spec)))
    assert workbook.sheetnames[:2] == ["Dữ liệu", GUIDE_SHEET]
    data = workbook["Dữ liệu"]
    headers = [cell.value for cell in data[1]]
    assert headers == [column.headers[0] for column in spec.columns]
    assert not any(column.name in headers for column in spec.columns if "_" in column.name)
    assert data.freeze_panes == "A2"
    guide = workbook[GUIDE_SHEET]
    rows = [r for r in guide.iter_rows(values_only=True)]
    explained = {r[0]: r for r in rows if r[0] in headers}
    assert set(explained) == set(headers)
    for column in spec.columns:
        header, required, explanation, accepted, _ = explained[column.headers[0]]
        assert explanation, header
        must = column.required or column.name == spec.key
        if isinstance(column.parse, c.Choice):
            must = must or not (column.parse.blank or column.parse.default is not None)
        assert required == ("Có" if must else "Không")
        if isinstance(column.parse, c.Choice):
            assert accepted == "; ".join(label for _, label in column.parse.choices)


def test_list_columns_get_a_drop_down_of_the_labels(db):
    spec = registers()["dossiers"]
    workbook = load_workbook(io.BytesIO(_template(spec)))
    data = workbook["Dữ liệu"]
    lists = workbook[LISTS_SHEET]
    channel = [col.header for col in spec.columns].index("Kênh nộp") + 1
    letter = data.cell(1, channel).column_letter
    validation = next(
        v for v in data.data_validations.dataValidation if f"{letter}2" in str(v.sqref)
    )
    assert validation.type == "list"
    sheet_ref, cells = validation.formula1.split("!")
    assert LISTS_SHEET in sheet_ref
    first, last = cells.replace("$", "").split(":")
    labels = [cell.value for row in lists[first:last] for cell in row]
    assert labels == ["Trực tiếp", "Trực tuyến", "Bưu chính công ích"]
    assert data.cell(2, channel).value == "Trực tiếp"


def test_the_page_offers_the_template_and_serves_it_with_a_unit_of_the_user(users, login):
    client = login(users["clerk_a"])
    page = client.get("/so/petitions/nhap/").content.decode()
    assert "/so/petitions/tep-mau/" in page and "Tải tệp mẫu Excel" in page
    response = client.get("/so/petitions/tep-mau/")
    assert response.status_code == 200
    assert response["Content-Disposition"].endswith('mau-nhap-petitions.xlsx"')
    sheet = load_workbook(io.BytesIO(response.content))["Dữ liệu"]
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(2, header.index("Mã đơn vị") + 1).value == "A"
    csv = client.get("/so/petitions/tep-mau/?dinh_dang=csv")
    assert csv.content.decode("utf-8-sig").splitlines()[0].startswith("Mã đơn,Mã đơn vị,Ngày nhận")
    uploaded = client.post("/so/petitions/nhap/", {"file": _upload("mau.xlsx", response.content)})
    assert "Thêm mới 1" in uploaded.content.decode()


def test_the_dossier_import_page_links_the_template(users, login):
    page = login(users["clerk_a"]).get("/ho-so/nhap/").content.decode()
    assert "/so/dossiers/tep-mau/" in page


def test_a_person_without_a_register_gets_no_template(users, login):
    assert login(users["admin"]).get("/so/dossiers/tep-mau/").status_code == 403


def test_cli_writes_the_template(tree, tmp_path, capsys):
    target = tmp_path / "mau.xlsx"
    call_command("import", "receptions", "--template", str(target))
    assert "Đã ghi tệp mẫu" in capsys.readouterr().out
    workbook = load_workbook(target)
    assert GUIDE_SHEET in workbook.sheetnames
    call_command("import", "receptions", str(target))
    assert "thêm mới 1" in capsys.readouterr().out
    csv_target = tmp_path / "mau.csv"
    call_command("import", "receptions", "--template", str(csv_target))
    assert csv_target.read_bytes().startswith("\ufeffMã phiên tiếp".encode())


def _upload(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)


def test_a_template_of_typed_headers_samples_and_labels_holds_no_formula():
    """Custom fields bring administrators' text into templates: it is inert (decision 0039),
    while the drop-down list keeps its own reference to the lists sheet."""
    import csv

    from danvan.core.import_templates import TemplateColumn

    columns = [
        TemplateColumn(header="=Cột", explanation="-1+1", sample="+cmd|' /C calc'!A0"),
        TemplateColumn(header="Loại", explanation="x", choices=("@SUM(1+1)", "Khác\x01")),
    ]
    workbook = load_workbook(io.BytesIO(template_xlsx("=Tiêu đề", columns)))
    for sheet in workbook.worksheets:
        for cell in (cell for row in sheet.iter_rows() for cell in row):
            assert cell.data_type != "f", (sheet.title, cell.coordinate)
    assert workbook["Dữ liệu"]["A1"].value == "=Cột"
    assert [c.value for c in workbook[LISTS_SHEET]["A"]] == ["Loại", "@SUM(1+1)", "Khác"]
    assert workbook["Dữ liệu"].data_validations.dataValidation[0].formula1.startswith("'Danh")
    rows = list(csv.reader(io.StringIO(template_csv(columns).decode("utf-8-sig"))))
    assert rows == [["'=Cột", "Loại"], ["'+cmd|' /C calc'!A0", ""]]
