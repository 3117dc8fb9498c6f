"""/api/v1/indicators/: the catalogue read by anyone, extended by a province administrator."""

import json

from danvan.indicators.models import TypedIndicator

URL = "/api/v1/indicators/"
ATTENDED = {
    "code": "SO_DV_THAM_DU",
    "label": "Số đảng viên tham dự hội nghị",
    "unit": "người",
    "value_type": "so_nguyen",
    "additive": True,
}


def _post(client, url, data):
    return client.post(url, json.dumps(data), content_type="application/json")


def _patch(client, url, data):
    return client.patch(url, json.dumps(data), content_type="application/json")


def test_an_administrator_adds_edits_and_retires_through_the_api(users, api_client):
    admin = api_client(users["admin"])
    created = _post(admin, URL, ATTENDED)
    assert created.status_code == 201, created.content
    assert created.json()["kind"] == "nhap_tay" and created.json()["version"] == 1
    members = {**ATTENDED, "code": "TONG_DANG_VIEN", "label": "Tổng số đảng viên"}
    assert _post(admin, URL, members).status_code == 201
    ratio = {
        "code": "TL_DV_THAM_DU",
        "label": "Tỷ lệ đảng viên tham dự",
        "ratio_numerator": "SO_DV_THAM_DU",
        "ratio_denominator": "TONG_DANG_VIEN",
        "valid_from": "01/01/2021",
    }
    made = _post(admin, URL, ratio).json()
    assert made["kind"] == "ti_le" and made["valid_from"] == "2021-01-01"

    changed = _patch(admin, f"{URL}SO_DV_THAM_DU", {"label": "Số đảng viên dự hội nghị"})
    assert changed.status_code == 200
    assert changed.json()["label"] == "Số đảng viên dự hội nghị"
    assert changed.json()["unit"] == "người"  # fields not sent stay
    assert changed.json()["version"] == 2

    retired = _post(admin, f"{URL}TL_DV_THAM_DU/retire", {"valid_to": "31/12/2025"})
    assert retired.status_code == 200
    assert retired.json()["active"] is False and retired.json()["valid_to"] == "2025-12-31"

    listed = {row["code"]: row for row in admin.get(URL).json()}
    assert listed["TL_DV_THAM_DU"]["active"] is False  # retired, still listed
    assert listed["HS_MOI"]["kind"] == "tinh_tu_so" and not listed["HS_MOI"]["admin_defined"]
    assert admin.get(f"{URL}TL_DV_THAM_DU").json()["ratio_denominator"] == "TONG_DANG_VIEN"


def test_bad_input_gets_a_vietnamese_400_and_nothing_changes(users, api_client):
    admin = api_client(users["admin"])
    refused = _post(admin, URL, {**ATTENDED, "code": "HS_MOI"})
    assert refused.status_code == 400
    assert "Mã «HS_MOI» đã có trong danh mục chỉ tiêu" in refused.json()["detail"]
    _post(admin, URL, ATTENDED)
    refused = _patch(admin, f"{URL}SO_DV_THAM_DU", {"valid_from": "32/13/2021"})
    assert refused.status_code == 400
    assert "«32/13/2021» không phải ngày hợp lệ" in refused.json()["detail"]
    assert TypedIndicator.objects.get(code="SO_DV_THAM_DU").valid_from is None
    missing = _patch(admin, f"{URL}KHONG_CO", {"label": "x"})
    assert missing.status_code == 404
    assert (
        missing.json()["detail"]
        == "Không có chỉ tiêu «KHONG_CO» trong danh mục do quản trị định nghĩa."
    )


def test_others_read_but_do_not_change_the_catalogue(users, api_client):
    _post(api_client(users["admin"]), URL, ATTENDED)
    for who in ("clerk_a", "admin_a"):
        client = api_client(users[who])
        assert client.get(URL).status_code == 200
        refused = _post(client, URL, {**ATTENDED, "code": "KHAC"})
        assert refused.status_code == 403
        assert refused.json()["detail"].startswith("Chỉ quản trị cấp tỉnh")
        assert _patch(client, f"{URL}SO_DV_THAM_DU", {"label": "Khác"}).status_code == 403
        assert _post(client, f"{URL}SO_DV_THAM_DU/retire", {}).status_code == 403
    item = TypedIndicator.objects.get(code="SO_DV_THAM_DU")
    assert item.label == ATTENDED["label"] and item.active
    assert not TypedIndicator.objects.filter(code="KHAC").exists()
