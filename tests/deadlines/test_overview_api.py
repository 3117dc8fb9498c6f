"""GET /api/v1/deadlines/: the overview's lines, and the house's error shape."""

import json

import pytest
from django.test import Client


def _get(client, **query):
    response = client.get("/api/v1/deadlines/", query)
    return response.status_code, json.loads(response.content)


def test_items_carry_what_a_client_needs(users, world, api_client):
    status, items = _get(api_client(users["head_a"]), date="08/05/2023")
    assert status == 200
    assert [i["kind"] for i in items] == [
        "dossiers.overdue",
        "petitions.overdue",
        "reporting.request",
        "petitions.reception_quota",
    ]
    request = items[2]
    assert request == {
        "kind": "reporting.request",
        "kind_label": "Yêu cầu báo cáo",
        "unit": "A",
        "unit_name": "Sở Nội vụ",
        "title": "Báo cáo công tác dân vận 6 tháng đầu năm 2023",
        "due": "10/05/2023",
        "status": "chua_thuc_hien",
        "status_label": "Chưa thực hiện",
        "days_left": 2,
        "days_text": "còn 2 ngày làm việc",
        "count": None,
        "url": f"/bao-cao/{world['request'].pk}/",
        "key": request["key"],
    }
    assert request["key"].startswith("reporting.requesttarget:")
    assert (items[0]["count"], items[0]["days_left"]) == (2, -9)


def test_unit_subtree_kind_and_status(users, world, api_client):
    client = api_client(users["aggregator"])
    _, only_p = _get(client, date="08/05/2023", unit="P")
    assert {i["unit"] for i in only_p} == {"P"}
    _, subtree = _get(client, date="08/05/2023", unit="P", subtree="1")
    assert {i["unit"] for i in subtree} == {"P", "A", "B", "X"}
    _, kind = _get(client, date="08/05/2023", kind="petitions.overdue")
    assert [i["title"] for i in kind] == ["Đơn DON-BI-MAT — Khiếu nại", "Đơn DON-B-1 — Khiếu nại"]
    _, late = _get(client, date="08/05/2023", status="qua_han", unit="B")
    assert {i["status"] for i in late} == {"qua_han"} and len(late) == 3


def test_another_units_user_sees_nothing_of_a(users, world, api_client):
    client = api_client(users["clerk_b"])
    _, items = _get(client, date="08/05/2023")
    assert {i["unit"] for i in items} == {"B"}
    outside = _get(client, unit="A")
    missing = _get(client, unit="KHONG-CO")
    assert outside[0] == missing[0] == 404
    assert outside[1]["code"] == missing[1]["code"] == "khong_tim_thay"
    assert outside[1]["detail"] == (
        "Không tìm thấy đơn vị «A», hoặc bạn không có quyền xem đơn vị này."
    )


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"date": "2023-13-01"}, "date"),
        ({"date": "hôm qua"}, "date"),
        ({"kind": "khong.co"}, "kind"),
        ({"status": "xong"}, "status"),
    ],
)
def test_bad_input_is_a_422_naming_the_field(users, world, api_client, query, field):
    status, body = _get(api_client(users["clerk_a"]), **query)
    assert status == 422
    assert body["code"] == "du_lieu_khong_hop_le"
    assert [p["field"] for p in body["problems"]] == [field]
    assert body["detail"] == body["problems"][0]["reason"]


def test_two_bad_filters_are_both_named(users, world, api_client):
    status, body = _get(api_client(users["clerk_a"]), date="x", status="y")
    assert status == 422
    assert [p["field"] for p in body["problems"]] == ["date", "status"]


def test_without_a_token_401(db):
    response = Client().get("/api/v1/deadlines/")
    assert response.status_code == 401
    assert json.loads(response.content)["code"] == "chua_dang_nhap"


def test_documented_in_openapi(db):
    schema = json.loads(Client().get("/api/v1/openapi.json").content)
    operation = schema["paths"]["/api/v1/deadlines/"]["get"]
    assert {"200", "401", "404", "422"} <= set(operation["responses"])
    names = {p["name"] for p in operation["parameters"]}
    assert names == {"unit", "subtree", "date", "kind", "status"}
    assert "dd/mm/yyyy" in operation["description"]
