import datetime
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.core.importing import ImportRejected
from danvan.indicators.engine import indicators_compute, indicators_compute_direct
from danvan.indicators.values import Ratio
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.petitions.models import DeadlineRule, Petition, Reception
from danvan.petitions.spec import PETITIONS, RECEPTIONS
from danvan.registers.importing import register_import

D = datetime.date
YEAR = Window(D(2021, 1, 1), D(2021, 12, 31))
PETITION_HEADER = (
    "ma_don,ma_don_vi,ngay_nhan,loai_don,so_nguoi_dung_don,du_dieu_kien,"
    "ly_do_khong_du_dieu_kien,xu_ly,ngay_thu_ly,muc_do_phuc_tap,vung_kho_khan,han_giai_quyet,"
    "ngay_giai_quyet,ket_qua\n"
)
PETITION_ROWS = (
    "KN-1,A,04/01/2021,khieu_nai,1,có,,thu_ly,05/01/2021,,,,20/01/2021,dung\n"
    "KN-2,A,10/11/2021,Khiếu nại,3,,,thu_ly,11/11/2021,phuc_tap,x,,,\n"
    "TC-1,A,01/03/2021,to_cao,1,có,,thu_ly,02/03/2021,dac_biet_phuc_tap,,,,\n"
    "KP-1,A,01/03/2021,kien_nghi_phan_anh,1,có,,thu_ly,02/03/2021,,,,05/03/2021,da_tra_loi\n"
    "KP-2,A,02/03/2021,kien_nghi_phan_anh,1,không,Đơn nặc danh,luu,,,,,,\n"
    "TR-1,A,02/04/2021,tranh_chap,2,có,,chuyen,,,,,,\n"
)
RECEPTION_ROWS = (
    "ma_phien,ma_don_vi,ngay_tiep,nguoi_tiep,so_luot,so_nguoi,doan_dong_nguoi,noi_dung\n"
    'T-1,A,05/01/2021,lanh_dao_dinh_ky,3,4,,"Bồi thường, GPMB"\n'
    "T-2,A,06/01/2021,Tiếp thường xuyên,1,12,x,Đoàn đông người\n"
    "T-3,A1,07/01/2021,lanh_dao_dot_xuat,2,2,0,\n"
)


def _import(spec, text, user=SYSTEM):
    return register_import(spec, text.encode(), "x.csv", units=access_register_units(user))


def test_petitions_get_their_legal_deadline_from_the_dated_rules(tree):
    _import(PETITIONS, PETITION_HEADER + PETITION_ROWS)
    deadlines = dict(Petition.objects.values_list("code", "deadline"))
    assert deadlines["KN-1"] == D(2021, 2, 4)  # 30 days from acceptance
    assert deadlines["KN-2"] == D(2021, 11, 11) + datetime.timedelta(days=60)  # complex, remote
    assert deadlines["TC-1"] == D(2021, 3, 2) + datetime.timedelta(days=90)  # 2 extensions
    assert deadlines["KP-1"] is None and deadlines["TR-1"] is None


def test_a_newer_dated_rule_applies_from_its_date(tree):
    DeadlineRule.objects.create(
        kind="khieu_nai",
        complexity="khong",
        remote_area=False,
        days=20,
        day_kind="ngay_lam_viec",
        valid_from=D(2021, 6, 1),
        legal_ref="Quy định giả định để kiểm thử",
    )
    DeadlineRule.objects.filter(
        kind="khieu_nai", complexity="khong", remote_area=False, valid_from=None
    ).update(valid_to=D(2021, 5, 31))
    text = PETITION_HEADER + PETITION_ROWS.replace(
        "KN-2,A,10/11/2021,Khiếu nại,3,,,thu_ly,11/11/2021,phuc_tap,x",
        "KN-2,A,10/11/2021,Khiếu nại,3,,,thu_ly,11/11/2021,khong,",
    )
    _import(PETITIONS, text)
    deadlines = dict(Petition.objects.values_list("code", "deadline"))
    assert deadlines["KN-1"] == D(2021, 2, 4)  # old rule: accepted before 01/06/2021
    assert deadlines["KN-2"] == D(2021, 12, 9)  # 20 working days from Thursday 11/11/2021


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        ("X-1,A,01/03/2021,khieu_nai,1,có,,luu,02/03/2021,,,,,", "ngay_thu_ly", "không phải"),
        ("X-1,A,05/03/2021,khieu_nai,1,có,,thu_ly,02/03/2021,,,,,", "ngay_thu_ly", "trước"),
        (
            "X-1,A,01/03/2021,khieu_nai,1,không,,luu,,,,,,",
            "ly_do_khong_du_dieu_kien",
            "cần ghi lý do",
        ),
        (
            "X-1,A,01/03/2021,khieu_nai,1,không,Trùng,thu_ly,02/03/2021,,,,,",
            "xu_ly",
            "không thể thụ lý",
        ),
        ("X-1,A,01/03/2021,thu_tu,1,có,,,,,,,,", "loai_don", "không hợp lệ"),
        (
            "X-1,A,01/03/2021,khieu_nai,1,có,,thu_ly,02/03/2021,,,,10/03/2021,",
            "ket_qua",
            "thiếu kết quả",
        ),
    ],
)
def test_each_bad_petition_row_is_reported(tree, row, column, reason):
    with pytest.raises(ImportRejected) as caught:
        _import(PETITIONS, PETITION_HEADER + PETITION_ROWS + row + "\n")
    assert [(p.line, p.code) for p in caught.value.problems] == [(8, column)]
    assert reason in caught.value.problems[0].message
    assert not Petition.objects.exists()


def test_petition_and_reception_indicators(tree):
    _import(PETITIONS, PETITION_HEADER + PETITION_ROWS)
    _import(RECEPTIONS, RECEPTION_ROWS)
    result = indicators_compute(OrgUnit.objects.all(), YEAR)
    v = result.values
    assert (
        v["DON_TONG"],
        v["DON_KHIEU_NAI"],
        v["DON_TO_CAO"],
        v["DON_KIEN_NGHI"],
        v["DON_TRANH_CHAP"],
    ) == (6, 2, 1, 2, 1)
    assert (v["DON_DU_DIEU_KIEN"], v["DON_KHONG_DU_DIEU_KIEN"]) == (5, 1)
    assert (v["DON_THU_LY"], v["DON_CHUYEN"], v["DON_LUU"]) == (4, 1, 1)
    assert result.ratios["TL_KN_GIAI_QUYET"] == Ratio(1, 2)
    assert result.ratios["TL_TC_GIAI_QUYET"] == Ratio(0, 1)
    assert str(result.ratios["TL_KNPA_GIAI_QUYET"]) == "1/1, đạt 100,00%"
    # TC-1 (accepted 02/03, deadline 31/05) is unresolved at the end of the year: overdue.
    assert v["DON_QUA_HAN"] == 1
    assert (v["TCD_PHIEN"], v["TCD_LUOT"], v["TCD_NGUOI"], v["TCD_DOAN_DONG_NGUOI"]) == (
        3,
        6,
        18,
        1,
    )
    assert (v["TCD_LANH_DAO_DINH_KY"], v["TCD_LANH_DAO_DOT_XUAT"], v["TCD_THUONG_XUYEN"]) == (
        1,
        1,
        1,
    )
    assert result.violations == []
    assert v == indicators_compute_direct(OrgUnit.objects.all(), YEAR).values


def test_generic_register_pages(users, tree, login):
    client = login(users["head_a"])
    upload = SimpleUploadedFile("tcd.csv", RECEPTION_ROWS.encode())
    assert "Thêm mới 3" in client.post("/so/receptions/nhap/", {"file": upload}).content.decode()
    page = client.get("/so/receptions/").content.decode()
    assert "Lãnh đạo tiếp định kỳ" in page and "T-3" in page
    record = Reception.objects.get(code="T-1")
    detail = client.get(f"/so/receptions/{record.pk}/").content.decode()
    assert "Bồi thường, GPMB" in detail
    response = client.post(
        f"/so/receptions/{record.pk}/sua/",
        {
            "code": "T-1",
            "unit": tree["A"].pk,
            "held_on": "05/01/2021",
            "receiver": "lanh_dao_dinh_ky",
            "visits": 3,
            "people": 0,
            "subject": "Sửa",
        },
    )
    assert "Số người phải từ 1 trở lên" in response.content.decode()
    record.refresh_from_db()
    assert record.people == 4
    created = client.post(
        "/so/petitions/them/",
        {
            "code": "KN-WEB",
            "unit": tree["A1"].pk,
            "received_on": "01/02/2021",
            "kind": "khieu_nai",
            "senders": 1,
            "eligible": "on",
            "handling": "thu_ly",
            "accepted_on": "02/02/2021",
            "complexity": "khong",
        },
    )
    assert created.status_code == 302
    assert Petition.objects.get(code="KN-WEB").deadline == D(2021, 3, 4)
    export = client.get("/so/petitions/xuat/").content.decode("utf-8-sig")
    assert export.splitlines()[0].startswith("Mã đơn,Mã đơn vị,Ngày nhận,Loại đơn")
    assert "KN-WEB,A1,01/02/2021,Khiếu nại,1,có,,Thụ lý giải quyết" in export
    assert client.get("/so/khong-co/").status_code == 404


def test_clerk_of_another_unit_cannot_touch_records(users, tree, login):
    _import(RECEPTIONS, RECEPTION_ROWS)
    record = Reception.objects.get(code="T-1")
    client = login(users["clerk_b"])
    assert client.get(f"/so/receptions/{record.pk}/").status_code == 404
    assert client.post(f"/so/receptions/{record.pk}/xoa/").status_code == 404
    assert "T-1" not in client.get("/so/receptions/").content.decode()
    assert Reception.objects.filter(pk=record.pk).exists()


def test_register_api(users, tree, api_client):
    client = api_client(users["clerk_a"])
    body = {
        "ma_phien": "T-API",
        "ma_don_vi": "A",
        "ngay_tiep": "2021-03-01",
        "nguoi_tiep": "thuong_xuyen",
        "so_luot": 2,
        "so_nguoi": 2,
        "doan_dong_nguoi": False,
    }
    created = client.post(
        "/api/v1/registers/receptions/", json.dumps(body), content_type="application/json"
    )
    assert created.status_code == 201, created.content
    record = created.json()
    assert record["values"]["ngay_tiep"] == "01/03/2021"
    bad = client.patch(
        f"/api/v1/registers/receptions/{record['id']}/",
        json.dumps({"ngay_tiep": "31/02/2021"}),
        content_type="application/json",
    )
    assert bad.status_code == 422
    assert bad.json()["problems"][0]["field"] == "ngay_tiep"
    foreign = client.post(
        "/api/v1/registers/receptions/",
        json.dumps({**body, "ma_phien": "T-B", "ma_don_vi": "B"}),
        content_type="application/json",
    )
    assert foreign.status_code == 422 and "không được ghi sổ" in foreign.content.decode()
    listed = client.get("/api/v1/registers/receptions/").json()
    assert [r["values"]["ma_phien"] for r in listed] == ["T-API"]
    assert client.delete(f"/api/v1/registers/receptions/{record['id']}/").status_code == 204
    assert client.get("/api/v1/registers/nothing/").status_code == 404
