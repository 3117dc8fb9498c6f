"""`danvan import commendations FILE`: all or nothing, every bad cell named; the figures
KT_KHEN_THUONG_* by decision date, with their records."""

import datetime

import pytest
from django.core.management import call_command

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.commendations.models import Commendation
from danvan.commendations.spec import COMMENDATIONS
from danvan.core.importing import ImportRejected
from danvan.indicators.engine import indicator_records, indicators_compute
from danvan.indicators.registry import catalogue as indicators_catalogue
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.registers.importing import register_import

D = datetime.date
NEXT_YEAR = datetime.date.today().year + 1  # after today, inside the record range
YEAR_2022 = Window(D(2022, 1, 1), D(2022, 12, 31))

HEAD = (
    "ma_khen_thuong,ma_don_vi,doi_tuong,ten_doi_tuong,hinh_thuc,cap,so_quyet_dinh,"
    "ngay_quyet_dinh,ma_phong_trao,thanh_tich\n"
)
GOOD = HEAD + (
    "KT-1,A,tap_the,Phòng Xây dựng chính quyền,Bằng khen,UBND tỉnh,12/QĐ-UBND,31/12/2022,PT-VHCS,"
    "Xuất sắc\n"
    "KT-2,A,Cá nhân,Nguyễn Thị Hoa,Chiến sĩ thi đua,Thủ trưởng đơn vị,5/QĐ-SNV,01/01/2023,,\n"
    "KT-3,A,ca_nhan,Lê Văn Minh,giay_khen,thu_truong_don_vi,5/QĐ-SNV,15/06/2022,,\n"
    "KT-4,B,tap_the,Văn phòng Sở Tư pháp,tap_the_lao_dong_xuat_sac,ubnd_tinh,9/QĐ-UBND,"
    "01/03/2022,,\n"
)


def _import(text):
    return register_import(
        COMMENDATIONS, text.encode(), "tep.csv", units=access_register_units(SYSTEM)
    )


@pytest.fixture
def four(movement):
    _import(GOOD)
    return Commendation.objects.all()


def test_import_reads_vietnamese_labels_and_the_movement(four, movement):
    k = Commendation.objects.get(code="KT-1")
    assert (k.subject_kind, k.form, k.level, k.movement) == (
        "tap_the",
        "bang_khen",
        "ubnd_tinh",
        movement,
    )
    assert Commendation.objects.get(code="KT-2").level == "thu_truong_don_vi"
    assert four.count() == 4


def test_vietnamese_headers_accepted(tree, movement):
    text = (
        "Mã khen thưởng,Mã đơn vị,Đối tượng,Tên tập thể, cá nhân,Hình thức khen thưởng,Cấp,"
        "Số quyết định,Ngày quyết định\n"
    )
    text = text.replace("Tên tập thể, cá nhân", '"Tên tập thể, cá nhân"')
    text += "KT-9,A,Tập thể,Văn phòng,Bằng khen,UBND tỉnh,1/QĐ-UBND,02/02/2022\n"
    _import(text)
    assert Commendation.objects.get(code="KT-9").form == "bang_khen"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (f"KT-5,A,ca_nhan,Hoa,bang_khen,ubnd_tinh,1/QĐ,01/01/{NEXT_YEAR},,", "sau ngày hôm nay"),
        ("KT-5,A,ca_nhan,Hoa,bang_khen,ubnd_tinh,1/QĐ,01/01/2099,,", "nằm ngoài khoảng cho phép"),
        ("KT-5,A,ca_nhan,Hoa,bang_khen,ubnd_tinh,1/QĐ,01/01/2022,KHONG-CO,", "KHONG-CO"),
        (
            "KT-5,A,ca_nhan,Hoa,tap_the_lao_dong_xuat_sac,ubnd_tinh,1/QĐ,01/01/2022,,",
            "chỉ dành cho tập thể",
        ),
        (
            "KT-5,A,tap_the,Phòng,chien_si_thi_dua,ubnd_tinh,1/QĐ,01/01/2022,,",
            "chỉ dành cho cá nhân",
        ),
        (
            "KT-5,A,tap_the,Phòng,lao_dong_tien_tien,ubnd_tinh,1/QĐ,01/01/2022,,",
            "chỉ dành cho cá nhân",
        ),
        ("KT-5,A,ca_nhan,Hoa,huy_chuong,ubnd_tinh,1/QĐ,01/01/2022,,", "huy_chuong"),
        ("KT-5,A,ca_nhan,Hoa,bang_khen,cap_xa,1/QĐ,01/01/2022,,", "cap_xa"),
        ("KT-5,A,ca_nhan,Hoa,bang_khen,ubnd_tinh,1/QĐ,32/01/2022,,", "32/01/2022"),
        ("KT-5,A,ca_nhan,,bang_khen,ubnd_tinh,1/QĐ,01/01/2022,,", "ten_doi_tuong"),
        ("KT-5,A,ca_nhan,Hoa,bang_khen,ubnd_tinh,,01/01/2022,,", "so_quyet_dinh"),
        ("KT-5,ZZ,ca_nhan,Hoa,bang_khen,ubnd_tinh,1/QĐ,01/01/2022,,", "ZZ"),
    ],
)
def test_every_bad_row_rejects_the_whole_file(tree, movement, row, reason):
    good = "KT-6,A,ca_nhan,Lan,giay_khen,thu_truong_don_vi,2/QĐ,01/01/2022,,\n"
    with pytest.raises(ImportRejected) as caught:
        _import(HEAD + good + row + "\n")
    assert reason in str(caught.value.problems) + caught.value.message
    assert not Commendation.objects.exists()


def test_cli_import(tree, movement, tmp_path):
    path = tmp_path / "khen-thuong.csv"
    path.write_text(GOOD, encoding="utf-8")
    call_command("import", "commendations", str(path))
    assert Commendation.objects.count() == 4


def test_last_day_counts_the_day_after_does_not(four):
    units = OrgUnit.objects.filter(code="A")
    result = indicators_compute(units, YEAR_2022)
    # KT-1 on 31/12/2022 counts; KT-2 on 01/01/2023 does not.
    assert result.values["KT_KHEN_THUONG_TAP_THE"] == 1
    assert result.values["KT_KHEN_THUONG_CA_NHAN"] == 1
    assert result.values["KT_KHEN_THUONG_BANG_KHEN"] == 1
    assert result.values["KT_KHEN_THUONG_CHIEN_SI_THI_DUA"] == 0
    assert result.values["KT_KHEN_THUONG_GIAY_KHEN"] == 1
    assert result.values["KT_KHEN_THUONG_CAP_THU_TRUONG_DON_VI"] == 1
    records = indicator_records(units, YEAR_2022, "KT_KHEN_THUONG_CA_NHAN")
    assert [r.code for r in records] == ["KT-3"]
    whole = indicators_compute(OrgUnit.objects.all(), YEAR_2022)
    assert whole.values["KT_KHEN_THUONG_TAP_THE"] == 2


def test_indicators_in_the_catalogue_labelled_in_vietnamese(db):
    catalogue = indicators_catalogue()
    assert catalogue.get("KT_KHEN_THUONG_TAP_THE").label == "Số tập thể được khen thưởng"
    assert "Bằng khen" in catalogue.get("KT_KHEN_THUONG_BANG_KHEN").label
    assert catalogue.get("KT_KHEN_THUONG_CAP_UBND_TINH").has_records
