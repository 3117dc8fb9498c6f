"""/api/v1/commendation-proposals/ and /api/v1/commendations/: the workflow, refusals, scope."""

import json

import pytest

from danvan.commendations.models import Commendation

BASE = "/api/v1/commendation-proposals/"
ENTRY = {
    "doi_tuong": "ca_nhan",
    "ten_doi_tuong": "Nguyễn Thị Hoa",
    "chuc_vu": "Chuyên viên",
    "hinh_thuc": "chien_si_thi_dua",
    "cap": "ubnd_tinh",
    "tom_tat_thanh_tich": "Sáng kiến",
}
BODY = {
    "ma_don_vi": "A",
    "ma_co_quan_quyet_dinh": "P",
    "trich_yeu": "Đề nghị khen thưởng năm 2022",
    "nam": 2022,
    "ma_phong_trao": "PT-VHCS",
    "danh_sach": [ENTRY, {**ENTRY, "ten_doi_tuong": "Lê Văn Minh"}],
}


def _post(client, url, body=None):
    return client.post(url, json.dumps(body or {}), content_type="application/json")


@pytest.fixture
def clients(api_client, people):
    return {name: api_client(user) for name, user in people.items()}


def test_whole_workflow(clients, movement):
    response = _post(clients["clerk"], BASE, BODY)
    assert response.status_code == 201, response.content
    p = response.json()
    assert p["trang_thai"] == "draft" and len(p["danh_sach"]) == 2
    assert "send_to_head" in p["hanh_dong"]
    url = f"{BASE}{p['id']}/"
    assert _post(clients["head"], url + "submit/").status_code == 400  # still a draft
    p = _post(clients["clerk"], url + "send-to-head/", {"phien_ban": p["phien_ban"]}).json()
    assert _post(clients["clerk"], url + "submit/").status_code == 403  # a clerk cannot send
    assert _post(clients["head"], url + "submit/", {"phien_ban": 1}).status_code == 409
    p = _post(clients["head"], url + "submit/").json()
    assert p["trang_thai"] == "submitted"
    assert (
        _post(
            clients["head"],
            url + "decide/",
            {"so_quyet_dinh": "1", "ngay_quyet_dinh": "05/01/2023", "khen_thuong": []},
        ).status_code
        == 403
    )
    bad = _post(
        clients["decider"],
        url + "decide/",
        {"so_quyet_dinh": "1", "ngay_quyet_dinh": "", "khen_thuong": []},
    )
    assert bad.status_code == 422
    first = p["danh_sach"][0]["id"]
    p = _post(
        clients["decider"],
        url + "decide/",
        {"so_quyet_dinh": "25/QĐ-UBND", "ngay_quyet_dinh": "05/01/2023", "khen_thuong": [first]},
    ).json()
    assert p["trang_thai"] == "decided"
    assert [k["ten_doi_tuong"] for k in p["khen_thuong"]] == ["Nguyễn Thị Hoa"]
    assert [e["duoc_khen_thuong"] for e in p["danh_sach"]] == [True, False]
    listed = clients["clerk"].get("/api/v1/commendations/").json()
    assert [k["ma_khen_thuong"] for k in listed] == [Commendation.objects.get().code]
    assert clients["clerk"].get(url + "entries/").status_code == 200


def test_return_and_edit(clients, submitted):
    url = f"{BASE}{submitted.pk}/"
    assert _post(clients["decider"], url + "return/", {"ly_do": " "}).status_code == 422
    p = _post(clients["decider"], url + "return/", {"ly_do": "Thiếu hồ sơ"}).json()
    assert p["trang_thai"] == "returned" and p["ly_do_tra_lai"] == "Thiếu hồ sơ"
    body = {k: v for k, v in BODY.items() if k != "ma_don_vi"}
    response = clients["clerk"].put(
        url,
        json.dumps({**body, "phien_ban": p["phien_ban"], "danh_sach": [ENTRY]}),
        content_type="application/json",
    )
    assert response.status_code == 200 and len(response.json()["danh_sach"]) == 1


def test_bad_bodies(clients, movement):
    assert _post(clients["clerk"], BASE, {**BODY, "ma_phong_trao": "KHONG"}).status_code == 422
    assert _post(clients["clerk"], BASE, {**BODY, "ma_co_quan_quyet_dinh": "ZZ"}).status_code == 422
    bad_entry = {**ENTRY, "doi_tuong": "tap_the"}
    assert _post(clients["clerk"], BASE, {**BODY, "danh_sach": [bad_entry]}).status_code == 422
    assert _post(clients["clerk"], BASE, {**BODY, "thua": 1}).status_code in (400, 422)
    assert _post(clients["clerk_b"], BASE, BODY).status_code == 404


def test_cross_unit(clients, draft, submitted):
    assert clients["clerk_b"].get(f"{BASE}{submitted.pk}/").status_code == 404
    assert clients["clerk_b"].get(BASE).json() == []
    assert clients["decider"].get(f"{BASE}{submitted.pk}/").status_code == 200


def test_openapi_lists_the_schemas(client, db):
    doc = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/commendation-proposals/{pk}/decide/" in doc["paths"]
    assert "/api/v1/commendations/" in doc["paths"]
