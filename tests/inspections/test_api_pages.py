"""The workflow API (/api/v1/recommendations/), the register's generic API, and the pages of
both sides: lists by side, the inspection page, uploads and downloads behind the gate."""

import datetime
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.deadlines.status import State
from danvan.inspections.models import Recommendation

D = datetime.date


def _post(client, url, body):
    return client.post(url, json.dumps(body), content_type="application/json")


def test_the_workflow_through_the_api(make_rec, people, api_client):
    rec = make_rec()
    b, a = api_client(people["clerk_b"]), api_client(people["inspector"])
    listed = b.get("/api/v1/recommendations/?vai_tro=khac_phuc").json()
    assert [r["ma_kien_nghi"] for r in listed] == ["KN-1"]
    assert listed[0]["han_khac_phuc"] == "30/09/2023" and listed[0]["ket_qua"] == ""
    assert b.get("/api/v1/recommendations/?vai_tro=kiem_tra").json() == []
    assert [r["id"] for r in a.get("/api/v1/recommendations/?vai_tro=kiem_tra").json()] == [rec.pk]

    url = f"/api/v1/recommendations/{rec.pk}"
    report = {"ket_qua": "da_khac_phuc", "noi_dung": "Đã niêm yết", "ngay_bao_cao": "01/09/2023"}
    assert _post(a, f"{url}/report/", report).status_code == 403  # not the inspected unit
    answer = _post(b, f"{url}/report/", report)
    assert answer.status_code == 200, answer.content
    assert answer.json()["trang_thai"] in ("dang_thuc_hien", "qua_han")
    assert answer.json()["ket_qua"] == "da_khac_phuc"

    refused = _post(b, f"{url}/close/", {"ngay_khac_phuc": "05/09/2023", "minh_chung": "Biên bản"})
    assert refused.status_code == 403
    assert "đơn vị kiểm tra" in refused.json()["detail"]
    bad = _post(a, f"{url}/close/", {"ngay_khac_phuc": "31/02/2023", "minh_chung": "Biên bản"})
    assert bad.status_code == 422 and bad.json()["problems"][0]["field"] == "ngay_khac_phuc"
    unknown = _post(a, f"{url}/close/", {"ngay_khac_phuc": "05/09/2023", "minh_chung": "x", "a": 1})
    assert unknown.status_code == 422
    closed = _post(a, f"{url}/close/", {"ngay_khac_phuc": "05/09/2023", "minh_chung": "Biên bản"})
    assert closed.status_code == 200
    assert (closed.json()["trang_thai"], closed.json()["ngay_khac_phuc"]) == (
        "hoan_thanh",
        "05/09/2023",
    )
    again = _post(a, f"{url}/reject/", {"ly_do": "Muộn"})
    assert again.status_code == 400 and "đã đóng" in again.json()["detail"]


def test_bad_api_input_is_named(make_rec, people, api_client):
    rec = make_rec()
    b = api_client(people["clerk_b"])
    url = f"/api/v1/recommendations/{rec.pk}/report/"
    bad = _post(b, url, {"ket_qua": "xong", "noi_dung": "x", "ngay_bao_cao": "01/09/2023"})
    assert bad.status_code == 422 and bad.json()["problems"][0]["field"] == "ket_qua"
    assert b.get("/api/v1/recommendations/?vai_tro=ca_hai").status_code == 422
    outsider = api_client(people["clerk_x"])
    assert outsider.get(f"/api/v1/recommendations/{rec.pk}/").status_code == 404
    assert outsider.get("/api/v1/recommendations/").json() == []
    report = {"ket_qua": "da_khac_phuc", "noi_dung": "x", "ngay_bao_cao": "01/09/2023"}
    assert _post(outsider, url, report).status_code == 404
    assert Recommendation.objects.get(pk=rec.pk).state == State.CHUA_THUC_HIEN


def test_the_generic_register_api_is_the_inspecting_units(inspection, people, api_client):
    body = {
        "ma_kien_nghi": "KN-API",
        "ma_cuoc_kiem_tra": "KT-A-2023",
        "ma_don_vi": "B",
        "noi_dung": "Bố trí công chức tại Bộ phận Một cửa",
        "han_khac_phuc": "30/11/2023",
    }
    refused = _post(api_client(people["clerk_b"]), "/api/v1/registers/recommendations/", body)
    assert refused.status_code == 422  # B keeps its registers, not the Sở's recommendations
    assert refused.json()["problems"][0]["field"] == "ma_don_vi"
    assert not Recommendation.objects.exists()
    created = _post(api_client(people["inspector"]), "/api/v1/registers/recommendations/", body)
    assert created.status_code == 201, created.content
    assert created.json()["values"]["ma_cuoc_kiem_tra"] == "KT-A-2023"
    rec_id = created.json()["id"]
    # Both sides read it through the register; a third unit does not.
    for user in (people["inspector"], people["clerk_b"]):
        assert (
            api_client(user).get(f"/api/v1/registers/recommendations/{rec_id}/").status_code == 200
        )
    assert (
        api_client(people["clerk_x"])
        .get(f"/api/v1/registers/recommendations/{rec_id}/")
        .status_code
        == 404
    )
    patched = api_client(people["clerk_b"]).patch(
        f"/api/v1/registers/recommendations/{rec_id}/",
        json.dumps({"noi_dung": "Sửa"}),
        content_type="application/json",
    )
    assert patched.status_code == 404
    assert Recommendation.objects.get(pk=rec_id).content == "Bố trí công chức tại Bộ phận Một cửa"


def test_pages_of_both_sides(make_rec, people, login, inspection):
    rec = make_rec()
    b, a = login(people["clerk_b"]), login(people["inspector"])
    page = b.get("/kien-nghi/?vai_tro=khac_phuc").content.decode()
    assert "KN-1" in page and "Niêm yết đầy đủ thủ tục hành chính" in page
    assert "KN-1" not in b.get("/kien-nghi/?vai_tro=kiem_tra").content.decode()
    assert "KN-1" in a.get("/kien-nghi/?vai_tro=kiem_tra").content.decode()
    detail_b = b.get(f"/kien-nghi/{rec.pk}/").content.decode()
    assert "Gửi báo cáo khắc phục" in detail_b and "Đóng kiến nghị" not in detail_b
    detail_a = a.get(f"/kien-nghi/{rec.pk}/").content.decode()
    assert "Đóng kiến nghị" in detail_a and "Gửi báo cáo khắc phục" not in detail_a
    # B's clerk reports with a file; A's clerk downloads it.
    upload = SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 bao cao")
    answer = b.post(
        f"/kien-nghi/{rec.pk}/bao-cao/",
        {
            "result": "da_khac_phuc",
            "text": "Đã niêm yết",
            "reported_on": "01/09/2023",
            "report_file": upload,
        },
    )
    assert answer.status_code == 302
    assert a.get(f"/kien-nghi/{rec.pk}/tep-bao-cao/").status_code == 200
    # A bad form keeps what was typed and says why.
    bad = a.post(f"/kien-nghi/{rec.pk}/dong/", {"done_on": "31/02/2023", "evidence": "Biên bản"})
    assert bad.status_code == 200
    assert "Biên bản" in bad.content.decode() and "Đã đóng kiến nghị" not in bad.content.decode()
    refused = b.post(f"/kien-nghi/{rec.pk}/dong/", {"done_on": "05/09/2023", "evidence": "x"})
    assert "Chỉ chuyên viên, lãnh đạo của đơn vị kiểm tra" in refused.content.decode()
    assert Recommendation.objects.get(pk=rec.pk).state == State.DANG_THUC_HIEN
    outsider = login(people["clerk_x"])
    for url in (
        f"/kien-nghi/{rec.pk}/",
        f"/cuoc-kiem-tra/{inspection.pk}/",
        f"/kien-nghi/{rec.pk}/tep-bao-cao/",
    ):
        assert outsider.get(url).status_code == 404


def test_the_inspection_page_and_its_conclusion_file(inspection, make_rec, people, login):
    make_rec()
    a, b = login(people["inspector"]), login(people["clerk_b"])
    page = b.get(f"/cuoc-kiem-tra/{inspection.pk}/").content.decode()
    for text in (
        "Nguyễn Văn Kiểm",
        "Trần Thị Lan — Trưởng phòng",
        "Kế hoạch số 25/KH-SNV",
        "Sở Tư pháp Bí Mật",
        "Niêm yết thủ tục chưa đầy đủ.",
        "KN-1",
    ):
        assert text in page
    assert "Sửa đoàn kiểm tra" not in page and "Thêm kiến nghị" not in page
    assert b.get(f"/cuoc-kiem-tra/{inspection.pk}/sua/").status_code == 404
    upload = SimpleUploadedFile("ket-luan.pdf", b"%PDF-1.4 ket luan")
    answer = a.post(
        f"/cuoc-kiem-tra/{inspection.pk}/sua/",
        {
            "leader": "Phạm Thị Hoa",
            "members": "",
            "basis": inspection.basis,
            "conclusion_on": "30/06/2023",
            "conclusion": "Kết luận đã ký",
            "conclusion_file": upload,
        },
    )
    assert answer.status_code == 302
    download = b.get(f"/cuoc-kiem-tra/{inspection.pk}/tep-ket-luan/")
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4 ket luan"
    too_big = SimpleUploadedFile("ket-luan.exe", b"x")
    refused = a.post(f"/cuoc-kiem-tra/{inspection.pk}/sua/", {"conclusion_file": too_big})
    assert "không nhận được" in refused.content.decode()
    # The register's record page links to the inspection page.
    record_page = a.get(f"/so/inspections/{inspection.pk}/").content.decode()
    assert f"/cuoc-kiem-tra/{inspection.pk}/" in record_page
    # Adding a recommendation from the page: the unit among those inspected.
    added = a.post(
        f"/cuoc-kiem-tra/{inspection.pk}/them-kien-nghi/",
        {"code": "KN-2", "unit": "B", "content": "Xin lỗi người dân", "due_on": "30/09/2023"},
    )
    assert added.status_code == 302 and Recommendation.objects.filter(code="KN-2").exists()
    assert a.get(f"/van-ban/kiem-tra/{inspection.pk}/docx/").status_code == 200
    assert b.get(f"/van-ban/khac-phuc/{inspection.pk}/docx/?don_vi=B").status_code == 200


@pytest.mark.parametrize("side", ["kiem_tra", "khac_phuc", ""])
def test_a_third_unit_sees_no_recommendation(make_rec, people, login, side):
    make_rec()
    page = login(people["clerk_x"]).get(f"/kien-nghi/?vai_tro={side}").content.decode()
    assert "KN-1" not in page and "Không có kiến nghị nào." in page


def test_an_inspection_with_recommendations_is_not_deleted(make_rec, people, login, inspection):
    make_rec()
    answer = login(people["inspector"]).post(f"/so/inspections/{inspection.pk}/xoa/", follow=True)
    assert "còn 1 kiến nghị sau kiểm tra" in answer.content.decode()
    assert Recommendation.objects.filter(inspection=inspection).exists()
    from danvan.activities.models import Inspection
    from danvan.registers.models import TrashedRecord

    assert Inspection.objects.filter(pk=inspection.pk).exists()
    assert not TrashedRecord.objects.filter(register_slug="inspections").exists()


def test_the_generic_form_takes_the_inspection_by_its_code(inspection, people, login):
    a = login(people["inspector"])
    form = a.get("/so/recommendations/them/").content.decode()
    assert "KT-A-2023 —" not in form  # no list of the province's inspections
    bad = a.post(
        "/so/recommendations/them/",
        {
            "code": "KN-F",
            "inspection": "KT-KHONG",
            "unit": people["clerk_b"].grants.get().unit_id,
            "content": "Nội dung",
            "due_on": "30/09/2023",
        },
    )
    assert "Không có cuộc kiểm tra «KT-KHONG»" in bad.content.decode()
    good = a.post(
        "/so/recommendations/them/",
        {
            "code": "KN-F",
            "inspection": "KT-A-2023",
            "unit": people["clerk_b"].grants.get().unit_id,
            "content": "Nội dung",
            "due_on": "30/09/2023",
            "result": "",
        },
    )
    assert good.status_code == 302, good.content.decode()[:2000]
    rec = Recommendation.objects.get(code="KN-F")
    assert rec.inspection == inspection
    edit = a.get(f"/so/recommendations/{rec.pk}/sua/").content.decode()
    assert 'value="KT-A-2023"' in edit
