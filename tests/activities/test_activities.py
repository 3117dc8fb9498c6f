import datetime

import pytest

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.activities.spec import ACTIVITY_SPECS, SKILFUL_MODELS, SUPERVISIONS
from danvan.core.importing import ImportRejected
from danvan.indicators.engine import indicators_compute, indicators_compute_direct
from danvan.indicators.values import Ratio
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

D = datetime.date
YEAR = Window(D(2021, 1, 1), D(2021, 12, 31))

FILES = {
    "dialogues": "ma,ma_don_vi,ngay,chu_tri,doi_tuong,so_nguoi\n"
    "D1,A,01/02/2021,cap_uy,nguoi_dan,30\nD2,A1,01/03/2021,chinh_quyen,,20\n"
    "D3,A,01/03/2020,chinh_quyen,,20\n",
    "conferences": "ma,ma_don_vi,ngay,loai,hinh_thuc,so_nguoi\n"
    "H1,A,01/02/2021,tap_huan,rieng,40\nH2,A,02/02/2021,hoi_nghi,long_ghep,25\n",
    "documents": "ma,ma_don_vi,ngay,co_quan,loai_van_ban\n"
    "01/KH-A,A,05/01/2021,chinh_quyen,ke_hoach\n02-QĐ/ĐU,A,06/01/2021,dang,"
    "Quyết định\n",
    "skilful-models": "ma,ma_don_vi,ngay,ngay_cong_nhan,cap_cong_nhan,ten_mo_hinh\n"
    "M1,A,01/03/2021,01/10/2021,tinh,Dân vận khéo trong GPMB\n"
    "M2,A,01/03/2021,,,Doanh nghiệp thân thiện\n",
    "inspections": "ma,ma_don_vi,ngay,so_don_vi\nK1,A,01/05/2021,12\nK2,A,01/06/2021,3\n",
    "supervisions": "ma,ma_don_vi,ngay,hinh_thuc,so_y_kien,so_y_kien_tiep_thu\n"
    "G1,A,01/05/2021,giam_sat,10,8\nG2,A,01/06/2021,phan_bien,5,4\n",
    "staff-conferences": "ma,ma_don_vi,ngay,so_nguoi\nC1,A,10/03/2021,40\n"
    "C2,A,10/12/2021,38\nC3,A1,11/03/2021,12\n",
}


@pytest.fixture
def filled(tree):
    units = access_register_units(SYSTEM)
    for slug, text in FILES.items():
        register_import(registers()[slug], text.encode(), f"{slug}.csv", units=units)


def test_every_small_register_is_registered():
    assert {spec.slug for spec in ACTIVITY_SPECS} <= set(registers())
    assert len(ACTIVITY_SPECS) == 7


def test_small_register_indicators(filled, tree):
    subtree = OrgUnit.objects.filter(path__startswith=tree["A"].path)
    result = indicators_compute(subtree, YEAR)
    v = result.values
    assert (v["DT_TONG"], v["DT_CAP_UY"], v["DT_CHINH_QUYEN"]) == (2, 1, 1)
    assert (v["HN_TONG"], v["HN_RIENG"], v["HN_LONG_GHEP"], v["HN_LUOT_NGUOI"]) == (2, 1, 1, 65)
    assert (v["VB_TONG"], v["VB_DANG"], v["VB_CHINH_QUYEN"], v["VB_QUYET_DINH"]) == (2, 1, 1, 1)
    assert (v["DVK_DANG_KY"], v["DVK_CONG_NHAN"]) == (2, 1)
    assert (v["KT_DOAN"], v["KT_DON_VI"]) == (2, 15)
    assert (v["GS_CUOC"], v["PB_CUOC"]) == (1, 1)
    assert result.ratios["TL_Y_KIEN_TIEP_THU"] == Ratio(12, 15)
    # A held two conferences, A1 one: two units of the two that hold them (A1 is a phòng,
    # which does not count among the units expected to hold one; A does).
    assert v["HNCB_DON_VI_TO_CHUC"] == 2
    assert v["HNCB_TONG_DON_VI"] == 1
    assert v == indicators_compute_direct(subtree, YEAR).values


def test_bad_rows_of_small_registers(tree):
    units = access_register_units(SYSTEM)
    with pytest.raises(ImportRejected, match="vượt số ý kiến"):
        register_import(
            SUPERVISIONS,
            b"ma,ma_don_vi,ngay,hinh_thuc,so_y_kien,so_y_kien_tiep_thu\n"
            b"G1,A,01/05/2021,giam_sat,3,8\n",
            "g.csv",
            units=units,
        )
    with pytest.raises(ImportRejected) as caught:
        register_import(
            SKILFUL_MODELS,
            b"ma,ma_don_vi,ngay,ngay_cong_nhan,cap_cong_nhan\nM1,A,01/03/2021,01/02/2021,\n",
            "m.csv",
            units=units,
        )
    assert {p.code for p in caught.value.problems} == {"ngay_cong_nhan", "cap_cong_nhan"}
