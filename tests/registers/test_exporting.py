"""Exports are headed by the Vietnamese headers and show list values by their labels; the
import reads them back unchanged."""

import io

from openpyxl import load_workbook

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.registers.exporting import register_export_csv, register_export_xlsx
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

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
