"""`danvan import inspections|recommendations FILE`: the new columns, all or nothing, every
bad cell named."""

import datetime

import pytest
from django.core.management import call_command

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.activities.models import Inspection
from danvan.activities.spec import INSPECTIONS
from danvan.core.importing import ImportRejected
from danvan.deadlines.status import State
from danvan.inspections.models import Recommendation
from danvan.inspections.spec import RECOMMENDATIONS
from danvan.registers.exporting import register_export_csv
from danvan.registers.importing import register_import

D = datetime.date

INSPECTION_FILE = (
    "ma,ma_don_vi,ngay,loai,noi_dung,truong_doan,thanh_vien,can_cu,don_vi_duoc_kiem_tra,"
    "ngay_ket_luan,ket_luan\n"
    "KT-1,A,15/06/2023,cchc,Cải cách hành chính,Nguyễn Văn Kiểm,Trần Thị Lan — Trưởng phòng,"
    "Kế hoạch số 25/KH-SNV,B; X,30/06/2023,Còn tồn tại\n"
)
GOOD = (
    "ma_kien_nghi,ma_cuoc_kiem_tra,ma_don_vi,noi_dung,han_khac_phuc,ngay_khac_phuc,ket_qua\n"
    "KN-1,KT-1,B,Niêm yết thủ tục,31/08/2023,20/08/2023,da_khac_phuc\n"
    "KN-2,KT-1,B,Xin lỗi người dân,31/08/2023,,Đang khắc phục\n"
    "KN-3,KT-1,X,Cập nhật hồ sơ,30/09/2023,,\n"
    "KN-4,KT-1,X,Quy chế phối hợp,30/09/2023,,Đã khắc phục\n"
)


def _import(spec, text, name="tep.csv"):
    return register_import(spec, text.encode(), name, units=access_register_units(SYSTEM))


@pytest.fixture
def inspected(tree):
    _import(INSPECTIONS, INSPECTION_FILE)
    return Inspection.objects.get(code="KT-1")


def test_the_inspection_register_carries_team_basis_units_and_conclusion(inspected, tree):
    i = inspected
    assert (i.kind, i.leader, i.basis) == ("cchc", "Nguyễn Văn Kiểm", "Kế hoạch số 25/KH-SNV")
    assert set(i.inspected_units.values_list("code", flat=True)) == {"B", "X"}
    assert (i.units_inspected, i.inspected_codes) == (2, "B; X")
    assert (i.conclusion_on, i.conclusion) == (D(2023, 6, 30), "Còn tồn tại")
    exported = register_export_csv(INSPECTIONS, Inspection.objects.all()).decode("utf-8-sig")
    assert "B; X" in exported and "Nguyễn Văn Kiểm" in exported
    # The exported file reads back as it is: nothing changes.
    again = register_import(
        INSPECTIONS, exported.encode(), "xuat.csv", units=access_register_units(SYSTEM)
    )
    assert (again.created, again.updated) == (0, 0)
    # A changed list changes the units and the count.
    _import(INSPECTIONS, "ma,ma_don_vi,ngay,don_vi_duoc_kiem_tra\nKT-1,A,15/06/2023,B\n")
    i.refresh_from_db()
    assert list(i.inspected_units.values_list("code", flat=True)) == ["B"]
    assert i.units_inspected == 1


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        ("B; KHONG-CO", "không có đơn vị «KHONG-CO» trong cây đơn vị"),
        ("A", "không tự kiểm tra chính mình"),
    ],
)
def test_bad_inspected_units_are_named(tree, cell, reason):
    text = f"ma,ma_don_vi,ngay,don_vi_duoc_kiem_tra\nKT-9,A,15/06/2023,{cell}\n"
    with pytest.raises(ImportRejected) as refused:
        _import(INSPECTIONS, text)
    assert any(reason in p.message for p in refused.value.problems)
    assert not Inspection.objects.filter(code="KT-9").exists()


def test_a_conclusion_before_the_inspection_is_refused(tree):
    text = "ma,ma_don_vi,ngay,ngay_ket_luan\nKT-9,A,15/06/2023,01/06/2023\n"
    with pytest.raises(ImportRejected) as refused:
        _import(INSPECTIONS, text)
    assert [p.message for p in refused.value.problems] == ["ngày kết luận trước ngày kiểm tra"]


def test_recommendations_import_and_their_states(inspected):
    result = _import(RECOMMENDATIONS, GOOD)
    assert result.created == 4
    states = {r.code: (r.state, r.result, r.done_on) for r in Recommendation.objects.all()}
    assert states == {
        "KN-1": (State.HOAN_THANH, "da_khac_phuc", D(2023, 8, 20)),
        "KN-2": (State.DANG_THUC_HIEN, "dang_khac_phuc", None),
        "KN-3": (State.CHUA_THUC_HIEN, "", None),
        # Reported as remedied, not yet closed by the inspecting unit (no ngày khắc phục).
        "KN-4": (State.DANG_THUC_HIEN, "da_khac_phuc", None),
    }
    assert _import(RECOMMENDATIONS, GOOD).unchanged == 4
    exported = register_export_csv(RECOMMENDATIONS, Recommendation.objects.all())
    text = exported.decode("utf-8-sig")
    assert "KT-1" in text and "Đã khắc phục" in text


def test_every_bad_cell_is_named_and_nothing_is_written(inspected, tree):
    bad = (
        "ma_kien_nghi,ma_cuoc_kiem_tra,ma_don_vi,noi_dung,han_khac_phuc,ngay_khac_phuc,ket_qua\n"
        "KN-1,KT-1,B,Đúng,31/08/2023,20/08/2023,da_khac_phuc\n"  # a good row: not written
        "KN-2,KT-KHONG,B,Cuộc kiểm tra lạ,31/08/2023,,\n"
        "KN-3,KT-1,A1,Đơn vị không được kiểm tra,31/08/2023,,\n"
        "KN-4,KT-1,B,Có ngày mà chưa khắc phục,31/08/2023,20/08/2023,dang_khac_phuc\n"
        "KN-5,KT-1,B,Khắc phục trước khi kiểm tra,31/08/2023,01/06/2023,da_khac_phuc\n"
        "KN-6,KT-1,B,Kết quả lạ,31/08/2023,,xong roi\n"
        "KN-7,KT-1,B,Hạn trước khi kiểm tra,01/06/2023,,\n"
        "KN-8,KT-1,B,,31/08/2023,,\n"
        "KN-9,KT-1,B,Ngày sai,31/02/2023,,\n"
    )
    with pytest.raises(ImportRejected) as refused:
        _import(RECOMMENDATIONS, bad)
    found = {(p.line, p.code): p.message for p in refused.value.problems}
    assert "không có cuộc kiểm tra «KT-KHONG»" in found[(3, "ma_cuoc_kiem_tra")]
    assert "«A1» không phải đơn vị được kiểm tra" in found[(4, "ma_don_vi")]
    assert "B, X" in found[(4, "ma_don_vi")]
    assert "«Đã khắc phục»" in found[(5, "ngay_khac_phuc")]
    assert "trước ngày kiểm tra (15/06/2023)" in found[(6, "ngay_khac_phuc")]
    assert (7, "ket_qua") in found
    assert "hạn khắc phục trước ngày kiểm tra" in found[(8, "han_khac_phuc")]
    assert (9, "noi_dung") in found
    assert (10, "han_khac_phuc") in found
    assert not Recommendation.objects.exists()


def test_the_command_line_import(inspected, tmp_path, capsys):
    path = tmp_path / "kien-nghi.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("import", "recommendations", str(path))
    assert Recommendation.objects.count() == 4
