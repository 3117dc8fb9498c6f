"""«Dân vận khéo» models through their life: identified, registered, recognised."""

import datetime

import pytest

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.activities.models import Inspection, SkilfulModel
from danvan.activities.spec import INSPECTIONS, SKILFUL_MODELS, skilful_check
from danvan.core.errors import DomainError
from danvan.core.importing import ImportRejected
from danvan.indicators.engine import indicators_compute, indicators_compute_direct
from danvan.indicators.registry import catalogue
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.registers.exporting import register_export_csv
from danvan.registers.importing import register_import
from danvan.registers.services import register_record_create, register_record_update

D = datetime.date
YEAR = Window(D(2022, 1, 1), D(2022, 12, 31))
HEAD = (
    "ma,ma_don_vi,giai_doan,nam,ngay_xac_dinh,ngay,linh_vuc,don_vi_phoi_hop,ngay_cong_nhan,"
    "cap_cong_nhan,ten_mo_hinh,ket_qua,minh_chung\n"
)


def _import(text: str):
    units = access_register_units(SYSTEM)
    return register_import(SKILFUL_MODELS, text.encode(), "m.csv", units=units)


def _values(tree):
    subtree = OrgUnit.objects.filter(path__startswith=tree["A"].path)
    result = indicators_compute(subtree, YEAR)
    assert result.values == indicators_compute_direct(subtree, YEAR).values
    return result.values


def test_identified_only_model_counts_identified_not_registered(tree):
    _import(
        HEAD + "M1,A,,,15/03/2022,,Cải cách hành chính,Công đoàn,,,Một cửa thân thiện,,\n"
        "M2,A,,,01/02/2022,01/03/2022,,,,,Doanh nghiệp thân thiện,,\n"
        "M3,A,,,,01/04/2022,,,01/10/2022,tinh,Dân vận khéo trong GPMB,Giải phóng 20 ha,"
        "QĐ 12/QĐ-UBND\n"
    )
    m1 = SkilfulModel.objects.get(code="M1")
    assert (m1.stage, m1.held_on, m1.year, m1.registered_on) == (
        "xac_dinh",
        D(2022, 3, 15),
        2022,
        None,
    )
    assert m1.partners == "Công đoàn" and m1.field == "Cải cách hành chính"
    m3 = SkilfulModel.objects.get(code="M3")
    assert (m3.stage, m3.held_on, m3.level, m3.results) == (
        "cong_nhan",
        D(2022, 4, 1),
        "tinh",
        "Giải phóng 20 ha",
    )
    v = _values(tree)
    assert (v["DVK_XAC_DINH"], v["DVK_DANG_KY"], v["DVK_CONG_NHAN"]) == (3, 2, 1)
    # The drill-down of DVK_DANG_KY lists the registered ones, not M1.
    q = catalogue().get("DVK_DANG_KY").records(YEAR)
    assert set(SkilfulModel.objects.filter(q).values_list("code", flat=True)) == {"M2", "M3"}
    q = catalogue().get("DVK_XAC_DINH").records(YEAR)
    assert set(SkilfulModel.objects.filter(q).values_list("code", flat=True)) == {"M1", "M2", "M3"}


def test_identified_on_the_windows_last_day_counts_next_day_does_not(tree):
    _import(HEAD + "M1,A,,,31/12/2022,,,,,,Cuối năm,,\nM2,A,,,01/01/2023,,,,,,Đầu năm sau,,\n")
    v = _values(tree)
    assert v["DVK_XAC_DINH"] == 1
    assert v["DVK_DANG_KY"] == 0


def test_registration_on_the_last_day_counts_in_the_year_identified_before(tree):
    _import(HEAD + "M1,A,,,10/12/2021,31/12/2022,,,,,x,,\nM2,A,,,,01/01/2023,,,,,y,,\n")
    v = _values(tree)
    assert (v["DVK_XAC_DINH"], v["DVK_DANG_KY"]) == (0, 1)


def test_old_file_with_only_the_registration_date_imports_as_before(tree):
    result = _import(
        "ma,ma_don_vi,ngay,ngay_cong_nhan,cap_cong_nhan,ten_mo_hinh\n"
        "M1,A,01/03/2022,01/10/2022,tinh,Dân vận khéo trong GPMB\n"
        "M2,A,01/03/2022,,,Doanh nghiệp thân thiện\n"
    )
    assert result.created == 2
    m1, m2 = SkilfulModel.objects.order_by("code")
    assert (m1.stage, m1.registered_on, m1.held_on, m1.year) == (
        "cong_nhan",
        D(2022, 3, 1),
        D(2022, 3, 1),
        2022,
    )
    assert (m2.stage, m2.identified_on) == ("dang_ky", None)
    # Headers of old files too («Ngày đăng ký»).
    _import("Mã mô hình,Mã đơn vị,Ngày đăng ký,Tên mô hình\nM3,A,05/05/2022,Khéo\n")
    assert SkilfulModel.objects.get(code="M3").registered_on == D(2022, 5, 5)
    v = _values(tree)
    assert (v["DVK_XAC_DINH"], v["DVK_DANG_KY"], v["DVK_CONG_NHAN"]) == (3, 3, 1)


def test_registering_an_identified_model_later_moves_its_stage(tree):
    _import(HEAD + "M1,A,,,15/03/2022,,,,,,Một cửa,,\n")
    _import("ma,ma_don_vi,ngay_xac_dinh,ngay\nM1,A,15/03/2022,20/04/2022\n")
    m1 = SkilfulModel.objects.get(code="M1")
    assert (m1.stage, m1.registered_on, m1.held_on, m1.subject) == (
        "dang_ky",
        D(2022, 4, 20),
        D(2022, 3, 15),
        "Một cửa",
    )


BAD_ROWS = [
    ("M1,A,,,,,,,,,không ngày,,", "ngay", "cần ngày xác định hoặc ngày đăng ký"),
    ("M1,A,,,10/05/2022,01/05/2022,,,,,x,,", "ngay", "ngày đăng ký trước ngày xác định"),
    (
        "M1,A,,,,01/05/2022,,,01/04/2022,tinh,x,,",
        "ngay_cong_nhan",
        "ngày công nhận trước ngày đăng ký",
    ),
    (
        "M1,A,,,01/05/2022,,,,01/06/2022,tinh,x,,",
        "ngay_cong_nhan",
        "chưa đăng ký thì chưa công nhận",
    ),
    ("M1,A,,,,01/05/2022,,,01/06/2022,,x,,", "cap_cong_nhan", "cần cấp công nhận"),
    ("M1,A,,,,01/05/2022,,,,tinh,x,,", "cap_cong_nhan", "cần ngày công nhận"),
    ("M1,A,,,,01/05/2022,,,,huyen_moi,x,,", "cap_cong_nhan", ""),
    ("M1,A,,2030,,01/05/2022,,,,,x,,", "nam", "năm 2030 sau năm"),
    ("M1,A,,1800,,01/05/2022,,,,,x,,", "nam", "năm phải từ 1990 đến 2100"),
    ("M1,A,,hai,,01/05/2022,,,,,x,,", "nam", ""),
    ("M1,A,cong_nhan,,,01/05/2022,,,,,x,,", "giai_doan", "chưa có ngày tương ứng"),
    ("M1,A,dang_ky,,01/05/2022,,,,,,x,,", "giai_doan", "mới ở giai đoạn «xác định»"),
    ("M1,A,giai_doan_la,,01/05/2022,,,,,,x,,", "giai_doan", ""),
    ("M1,A,,,32/01/2022,,,,,,x,,", "ngay_xac_dinh", ""),
    ("M1,Z,,,01/01/2022,,,,,,x,,", "ma_don_vi", "không có"),
    (",A,,,01/01/2022,,,,,,x,,", "ma", ""),
    ("M1,A,,,01/01/2022,,,,,,x," + "k" * 5001 + ",", "ket_qua", "dài quá 5000"),
]


@pytest.mark.parametrize(("row", "column", "reason"), BAD_ROWS)
def test_every_bad_row_is_refused_and_nothing_changes(tree, row, column, reason):
    _import(HEAD + "M0,A,,,01/01/2022,,,,,,đã có,,\n")
    with pytest.raises(ImportRejected) as caught:
        _import(HEAD + "M9,A,,,01/02/2022,,,,,,tốt,,\n" + row + "\n")
    problems = caught.value.problems
    assert column in {p.code for p in problems}
    assert any(reason in p.message for p in problems if p.code == column)
    assert set(SkilfulModel.objects.values_list("code", flat=True)) == {"M0"}


def test_a_file_without_any_date_column_is_refused(tree):
    with pytest.raises(ImportRejected, match="cần ngày xác định hoặc ngày đăng ký"):
        _import("ma,ma_don_vi,ten_mo_hinh\nM1,A,x\n")


def test_a_stage_behind_the_dates_follows_them(tree):
    _import(HEAD + "M1,A,xac_dinh,,01/04/2022,01/05/2022,,,,,x,,\n")
    assert SkilfulModel.objects.get(code="M1").stage == "dang_ky"


def test_check_alone_keeps_the_order():
    assert skilful_check({"identified_on": D(2022, 1, 1)}) == []
    assert (
        skilful_check(
            {"registered_on": D(2022, 1, 1), "recognised_on": D(2022, 1, 1), "level": "co_so"}
        )
        == []
    )


def test_record_written_one_by_one_gets_its_stage_and_date(tree):
    record = register_record_create(
        SKILFUL_MODELS,
        {"code": "M1", "unit": tree["A"], "identified_on": D(2022, 6, 1), "subject": "Khéo"},
    )
    assert (record.stage, record.held_on, record.year) == ("xac_dinh", D(2022, 6, 1), 2022)
    record = register_record_update(SKILFUL_MODELS, record, {"registered_on": D(2022, 7, 1)})
    assert (record.stage, record.held_on) == ("dang_ky", D(2022, 6, 1))
    with pytest.raises(DomainError, match="ngày đăng ký trước ngày xác định"):
        register_record_update(SKILFUL_MODELS, record, {"registered_on": D(2022, 5, 1)})
    record.refresh_from_db()
    assert record.registered_on == D(2022, 7, 1)


def test_export_shows_the_stage_and_reimports_unchanged(tree):
    _import(HEAD + "M1,A,,,15/03/2022,,,,,,Một cửa,,\nM2,A,,,,01/03/2022,,,01/09/2022,co_so,K,,\n")
    text = register_export_csv(SKILFUL_MODELS, SkilfulModel.objects.all()).decode("utf-8-sig")
    assert "Giai đoạn" in text and "Xác định" in text and "Công nhận" in text
    result = register_import(
        SKILFUL_MODELS, text.encode(), "m.csv", units=access_register_units(SYSTEM)
    )
    assert (result.created, result.updated, result.unchanged) == (0, 0, 2)


def test_office_culture_inspections_counted_by_the_inspecting_unit(tree):
    units = access_register_units(SYSTEM)
    register_import(
        INSPECTIONS,
        "ma,ma_don_vi,ngay,loai,don_vi_duoc_kiem_tra\n"
        "K1,A,01/05/2022,van_hoa_cong_so,A1\n"
        "K2,A,31/12/2022,Kiểm tra thực hiện văn hóa công sở,\n"
        "K3,A,01/01/2023,van_hoa_cong_so,\n"
        "K4,A,01/06/2022,cchc,\n"
        "K5,B,01/06/2022,van_hoa_cong_so,A\n".encode(),
        "k.csv",
        units=units,
    )
    assert Inspection.objects.get(code="K2").kind == "van_hoa_cong_so"
    v = _values(tree)
    assert v["KT_VAN_HOA_CONG_SO"] == 2  # K1 and K2; not K3 (next year), K4, K5 (by B)
    assert v["KT_DOAN"] == 3
    ind = catalogue().get("KT_VAN_HOA_CONG_SO")
    assert ind.label == "Số cuộc kiểm tra thực hiện văn hóa công sở" and ind.legal_ref
    assert catalogue().get("DVK_XAC_DINH").label == "Mô hình \u201cDân vận khéo\u201d xác định"
