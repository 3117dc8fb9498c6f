import datetime

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from danvan.accounts.access import access_register_units
from danvan.audit.models import AuditEvent
from danvan.core.importing import ImportRejected
from danvan.dossiers.models import Dossier, Procedure
from danvan.dossiers.spec import DOSSIERS
from danvan.registers.importing import register_import

D = datetime.date
HEADER = (
    "ma_ho_so,ma_don_vi,ma_thu_tuc,ten_thu_tuc,linh_vuc,kenh_nop,muc_do_dvc,ngay_tiep_nhan,"
    "ngay_hen_tra,ngay_ket_thuc,ket_qua,thanh_toan_truc_tuyen,tra_qua_buu_chinh,phieu_xin_loi,"
    "danh_gia\n"
)
ROWS = (
    "HS-001,A,1.001,Cấp giấy chứng nhận đầu tư,Đầu tư,truc_tuyen,toan_trinh,04/01/2021,"
    "18/01/2021,15/01/2021,da_tra_ket_qua,co,x,,rat_hai_long\n"
    "HS-002,A,1.002,Điều chỉnh dự án,Đầu tư,Trực tiếp,,2021-01-05,,,,khong,0,0,\n"
    "HS-003,A1,1.003,Xác nhận lao động,Lao động,buu_chinh,mức độ 3,06/01/2021,08/01/2021,"
    "11/01/2021,tu_choi,1,true,có,Bình thường\n"
)


def _import(tree, text, user=None):
    from danvan.accounts.access import SYSTEM

    units = access_register_units(user or SYSTEM)
    return register_import(DOSSIERS, text.encode("utf-8"), "ho-so.csv", units=units)


def test_good_file_creates_records_with_parsed_values(tree):
    result = _import(tree, HEADER + ROWS)
    assert (result.created, result.updated, result.unchanged) == (3, 0, 0)
    first = Dossier.objects.get(code="HS-001")
    assert (first.unit.code, first.channel, first.online_level) == ("A", "truc_tuyen", "toan_trinh")
    assert (first.received_on, first.due_on, first.finished_on) == (
        D(2021, 1, 4),
        D(2021, 1, 18),
        D(2021, 1, 15),
    )
    assert (first.paid_online, first.returned_by_post, first.apology_issued) == (True, True, False)
    assert first.rating == "rat_hai_long"
    second = Dossier.objects.get(code="HS-002")
    assert (second.channel, second.finished_on, second.outcome) == ("truc_tiep", None, "")
    assert second.due_on is None  # no due date in the file and no known procedure duration
    third = Dossier.objects.get(code="HS-003")
    assert (third.online_level, third.rating, third.apology_issued) == (
        "muc_do_3",
        "binh_thuong",
        True,
    )


def test_reimport_changes_nothing_and_a_changed_row_updates_by_code(tree):
    _import(tree, HEADER + ROWS)
    events = AuditEvent.objects.count()
    again = _import(tree, HEADER + ROWS)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert AuditEvent.objects.count() == events
    changed = ROWS.replace("2021-01-05,,,,khong", "2021-01-05,,20/01/2021,rut_ho_so,khong")
    result = _import(tree, HEADER + changed)
    assert (result.created, result.updated, result.unchanged) == (0, 1, 2)
    assert Dossier.objects.count() == 3
    withdrawn = Dossier.objects.get(code="HS-002")
    assert (withdrawn.outcome, withdrawn.finished_on) == ("rut_ho_so", D(2021, 1, 20))
    event = AuditEvent.objects.filter(model="dossiers.dossier", action="update").get()
    assert event.before["outcome"] == "" and event.after["outcome"] == "rut_ho_so"
    assert event.unit_path == "/P/A/"


def test_every_import_is_audited_per_record(tree):
    _import(tree, HEADER + ROWS)
    created = AuditEvent.objects.filter(model="dossiers.dossier", action="create")
    assert created.count() == 3
    assert {e.after["code"] for e in created} == {"HS-001", "HS-002", "HS-003"}


def test_missing_due_date_is_computed_in_working_days(tree):
    Procedure.objects.create(code="1.002", name="Điều chỉnh dự án", duration_working_days=5)
    _import(tree, HEADER + ROWS.replace("2021-01-05", "09/02/2021"))
    # Received Tuesday 09/02/2021, just before Tết Tân Sửu (10–16/02): 5 working days later.
    assert Dossier.objects.get(code="HS-002").due_on == D(2021, 2, 23)
    # A due date given in the file is kept as it is.
    assert Dossier.objects.get(code="HS-003").due_on == D(2021, 1, 8)


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        ("HS-9,A,,,,fax,,04/01/2021,,,,,,,", "kenh_nop", "không hợp lệ"),
        ("HS-9,A,,,,truc_tiep,,31/04/2021,,,,,,,", "ngay_tiep_nhan", "không phải ngày hợp lệ"),
        ("HS-9,A,,,,truc_tiep,,,,,,,,,", "ngay_tiep_nhan", "bắt buộc"),
        ("HS-9,B,,,,truc_tiep,,04/01/2021,,,,,,,", "ma_don_vi", "không được ghi sổ"),
        ("HS-9,ZZ,,,,truc_tiep,,04/01/2021,,,,,,,", "ma_don_vi", "không có"),
        ("HS-9,A,,,,truc_tiep,,04/01/2021,,05/01/2021,,,,,", "ket_qua", "thiếu kết quả"),
        ("HS-9,A,,,,truc_tiep,,04/01/2021,,,tu_choi,,,,", "ngay_ket_thuc", "thiếu ngày kết thúc"),
        ("HS-9,A,,,,truc_tiep,,04/01/2021,,03/01/2021,tu_choi,,,,", "ngay_ket_thuc", "trước"),
        ("HS-9,A,,,,truc_tiep,,04/01/2021,02/01/2021,,,,,,", "ngay_hen_tra", "trước"),
        ("HS-9,A,,,,truc_tiep,,04/01/2021,,,,có lẽ,,,", "thanh_toan_truc_tuyen", "có/không"),
        ("HS-9,A,,,,truc_tiep,,04/01/2021,,,,,,,tạm được", "danh_gia", "không hợp lệ"),
        ("HS-001,A,,,,truc_tiep,,04/01/2021,,,,,,,", "ma_ho_so", "lặp lại"),
        (",A,,,,truc_tiep,,04/01/2021,,,,,,,", "ma_ho_so", "bắt buộc"),
    ],
)
def test_each_bad_row_is_reported_and_nothing_changes(users, tree, row, column, reason):
    with pytest.raises(ImportRejected) as caught:
        _import(tree, HEADER + ROWS + row + "\n", user=users["head_a"])
    problems = caught.value.problems
    assert [(p.line, p.code) for p in problems] == [(5, column)]
    assert reason in problems[0].message
    assert Dossier.objects.count() == 0


def test_a_record_of_another_unit_cannot_be_taken_over_by_code(users, tree):
    _import(tree, HEADER + ROWS.replace(",A,1.001", ",B,1.001"))
    with pytest.raises(ImportRejected, match="đơn vị khác"):
        _import(tree, HEADER + ROWS.replace("HS-002", "HS-222"), user=users["head_a"])
    assert Dossier.objects.get(code="HS-001").unit == tree["B"]


def test_vietnamese_headers_and_partial_columns(tree):
    text = "Mã hồ sơ;Mã đơn vị;Kênh nộp;Ngày tiếp nhận\nHS-100;A;Bưu chính công ích;07/06/2021\n"
    result = register_import(
        DOSSIERS, text.encode("utf-8-sig"), "x.csv", units=access_register_units(_system())
    )
    assert result.created == 1
    assert Dossier.objects.get(code="HS-100").channel == "buu_chinh"


def _system():
    from danvan.accounts.access import SYSTEM

    return SYSTEM


def test_cli_import(tree, tmp_path, capsys):
    source = tmp_path / "ho-so.csv"
    source.write_text(HEADER + ROWS, encoding="utf-8")
    call_command("import", "dossiers", str(source))
    assert "thêm mới 3" in capsys.readouterr().out
    with pytest.raises(CommandError, match="Không có sổ «abc»"):
        call_command("import", "abc", str(source))
    source.write_text(HEADER + ROWS + "HS-9,A,,,,fax,,04/01/2021,,,,,,,\n", encoding="utf-8")
    expected = 'Dòng 5, cột "Kênh nộp": «fax» không hợp lệ; chọn một trong: Trực tiếp, Trực tuyến'
    with pytest.raises(CommandError, match=expected):
        call_command("import", "dossiers", str(source))
