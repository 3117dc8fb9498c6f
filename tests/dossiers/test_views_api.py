import datetime
import json

from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.audit.models import AuditEvent
from danvan.dossiers.models import Dossier, Procedure
from danvan.dossiers.services import dossier_create
from tests.dossiers.test_importing import HEADER, ROWS

D = datetime.date
FORM = {
    "code": "HS-WEB-1",
    "unit": "",
    "procedure_code": "1.002",
    "procedure_name": "Điều chỉnh dự án đầu tư",
    "channel": "truc_tuyen",
    "online_level": "toan_trinh",
    "received_on": "04/01/2021",
}


def _dossier(tree, code="HS-A", unit="A", **extra):
    return dossier_create(
        unit=tree[unit], code=code, channel="truc_tiep", received_on=D(2021, 1, 4), **extra
    )


def test_clerk_creates_a_dossier_and_the_due_date_is_computed(users, tree, login):
    Procedure.objects.create(code="1.002", name="Điều chỉnh dự án", duration_working_days=3)
    client = login(users["clerk_a"])
    response = client.post("/ho-so/them/", {**FORM, "unit": tree["A"].pk})
    assert response.status_code == 302
    dossier = Dossier.objects.get(code="HS-WEB-1")
    assert dossier.due_on == D(2021, 1, 7)
    assert AuditEvent.objects.filter(model="dossiers.dossier", action="create").exists()
    page = client.get(response["Location"]).content.decode()
    assert "07/01/2021" in page and "Toàn trình" in page


def test_a_failed_save_keeps_the_users_text(users, tree, login):
    client = login(users["clerk_a"])
    response = client.post(
        "/ho-so/them/",
        {**FORM, "unit": tree["A"].pk, "finished_on": "03/01/2021", "outcome": "tu_choi"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Ngày kết thúc trước ngày tiếp nhận" in page
    assert 'value="Điều chỉnh dự án đầu tư"' in page and 'value="03/01/2021"' in page
    assert not Dossier.objects.exists()


def test_clerk_cannot_write_to_another_unit(users, tree, login):
    client = login(users["clerk_a"])
    response = client.post("/ho-so/them/", {**FORM, "unit": tree["B"].pk})
    assert response.status_code == 200 and not Dossier.objects.exists()
    other = _dossier(tree, code="HS-B", unit="B")
    assert client.get(f"/ho-so/{other.pk}/").status_code == 404
    assert client.post(f"/ho-so/{other.pk}/xoa/").status_code == 404
    assert Dossier.objects.filter(pk=other.pk).exists()


def test_aggregator_reads_the_subtree_but_cannot_write(users, tree, login):
    _dossier(tree, code="HS-A1", unit="A1")
    client = login(users["aggregator"])
    page = client.get("/ho-so/").content.decode()
    assert "HS-A1" in page and "Thêm hồ sơ" not in page
    refused = client.get("/ho-so/them/")
    assert refused.status_code == 403 and "không được ghi sổ" in refused.content.decode()
    assert client.get("/ho-so/nhap/").status_code == 403


def test_edit_and_delete(users, tree, login):
    dossier = _dossier(tree)
    client = login(users["head_a"])
    data = {
        **FORM,
        "code": "HS-A",
        "unit": tree["A"].pk,
        "finished_on": "05/01/2021",
        "outcome": "da_tra_ket_qua",
        "rating": "hai_long",
    }
    assert client.post(f"/ho-so/{dossier.pk}/sua/", data).status_code == 302
    dossier.refresh_from_db()
    assert (dossier.outcome, dossier.rating) == ("da_tra_ket_qua", "hai_long")
    assert client.post(f"/ho-so/{dossier.pk}/xoa/").status_code == 302
    assert not Dossier.objects.exists()
    assert AuditEvent.objects.filter(model="dossiers.dossier", action="delete").exists()


def test_list_filters(users, tree, login):
    _dossier(tree, code="HS-1")
    _dossier(tree, code="HS-2", finished_on=D(2021, 1, 5), outcome="tu_choi")
    client = login(users["clerk_a"])
    pending = client.get("/ho-so/?tinh_trang=dang_giai_quyet").content.decode()
    assert "HS-1" in pending and "HS-2" not in pending
    dated = client.get("/ho-so/?ngay_tiep_nhan_tu=05/01/2021").content.decode()
    assert "Không có hồ sơ nào" in dated


def test_upload_import_and_export_round_trip(users, tree, login):
    client = login(users["head_a"])
    response = client.post(
        "/ho-so/nhap/", {"file": SimpleUploadedFile("hs.csv", (HEADER + ROWS).encode())}
    )
    assert "Thêm mới 3" in response.content.decode()
    exported = client.get("/ho-so/xuat/").content
    again = client.post("/ho-so/nhap/", {"file": SimpleUploadedFile("lai.csv", exported)})
    assert "Thêm mới 0, cập nhật 0, không đổi 3" in again.content.decode()
    xlsx = client.get("/ho-so/xuat/?dinh_dang=xlsx").content
    third = client.post("/ho-so/nhap/", {"file": SimpleUploadedFile("lai.xlsx", xlsx)})
    assert "không đổi 3" in third.content.decode()


def test_upload_import_with_bad_rows(users, tree, login):
    bad = HEADER + ROWS + "HS-9,A,,,,fax,,04/01/2021,,,,,,,\n"
    response = login(users["head_a"]).post(
        "/ho-so/nhap/", {"file": SimpleUploadedFile("hs.csv", bad.encode())}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "<td>Kênh nộp</td>" in html and "Trực tiếp, Trực tuyến, Bưu chính công ích" in html
    assert "kenh_nop" not in html and "truc_tiep" not in html
    assert not Dossier.objects.exists()


def test_api_crud(users, tree, api_client):
    client = api_client(users["clerk_a"])
    body = {"code": "HS-API", "unit": "A", "channel": "buu_chinh", "received_on": "2021-01-04"}
    created = client.post("/api/v1/dossiers/", json.dumps(body), content_type="application/json")
    assert created.status_code == 201, created.content
    dossier_id = created.json()["id"]
    listed = client.get("/api/v1/dossiers/?unit=A").json()
    assert [d["code"] for d in listed] == ["HS-API"]
    body.update(finished_on="2021-01-02", outcome="tu_choi")
    refused = client.put(
        f"/api/v1/dossiers/{dossier_id}/", json.dumps(body), content_type="application/json"
    )
    assert refused.status_code == 422
    assert "trước ngày tiếp nhận" in refused.json()["detail"]
    assert [p["field"] for p in refused.json()["problems"]] == ["ngay_ket_thuc"]
    body["unit"] = "B"
    assert (
        client.post(
            "/api/v1/dossiers/",
            json.dumps({**body, "code": "HS-X"}),
            content_type="application/json",
        ).status_code
        == 403
    )
    assert client.delete(f"/api/v1/dossiers/{dossier_id}/").status_code == 204
    assert not Dossier.objects.exists()
