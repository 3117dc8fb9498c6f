import datetime

from danvan.plans.models import Plan, PlanItem

D = datetime.date
BASE = "/api/v1/plans/"


def _json(client, method, url, body=None):
    return getattr(client, method)(url, body, content_type="application/json")


def test_plans_crud_through_the_api(users, tree, api_client):
    client = api_client(users["clerk_a"])
    created = _json(
        client,
        "post",
        BASE,
        {
            "unit": "A",
            "subject": "Kế hoạch công tác dân vận năm 2023",
            "number": "12",
            "symbol": "KH-SNV",
            "issued_on": "16/01/2023",
            "implements": [{"number": "79", "symbol": "KH-UBND", "date": "10/01/2023"}],
            "sections": {"I": "<p>Mục đích</p>"},
        },
    )
    assert created.status_code == 201, created.content
    plan = created.json()
    assert (plan["year"], plan["issued_on"], plan["status"]) == (2023, "16/01/2023", "ban_hanh")
    url = f"{BASE}{plan['id']}/"
    item = _json(
        client,
        "post",
        f"{url}items/",
        {
            "content": "Báo cáo 6 tháng",
            "unit": "A",
            "co_children": True,
            "due_rule": "trước ngày 10/5/2023",
            "output": "bao_cao",
            "period": "2023-H1",
        },
    )
    assert item.status_code == 201, item.content
    body = item.json()
    assert (body["number"], body["due"], body["co_units"], body["lead_days"]) == (
        "1",
        "10/05/2023",
        ["A1"],
        5,
    )
    item_url = f"{url}items/{body['id']}/"
    edited = _json(client, "patch", item_url, {"lead_days": 3, "unit": "A1"})
    assert (
        edited.status_code == 200
        and edited.json()["lead_days"] == 3
        and edited.json()["unit"] == "A1"
    )
    done = _json(
        client, "post", f"{item_url}complete/", {"done_on": "12/05/2023", "note": "Đã gửi"}
    )
    assert done.json()["status"] == "hoan_thanh_qua_han"
    got = client.get(url).json()
    assert [i["content"] for i in got["items"]] == ["Báo cáo 6 tháng"]
    assert [p["id"] for p in client.get(f"{BASE}?year=2023").json()] == [plan["id"]]
    assert client.get(f"{BASE}?year=2024").json() == []
    saved = _json(client, "patch", url, {"expected_version": 1, "subject": "Kế hoạch mới"})
    assert saved.status_code == 200 and saved.json()["version"] == 2
    conflict = _json(client, "patch", url, {"expected_version": 1, "subject": "Cũ"})
    assert conflict.status_code == 409 and conflict.json()["current"]["version"] == 2
    copy = _json(client, "post", f"{url}copy/", {"year": 2024})
    assert copy.status_code == 201 and copy.json()["items"][0]["due"] == "10/05/2024"
    refused = _json(client, "post", f"{item_url}cancel/", {"reason": " "})
    assert refused.status_code == 400 and refused.json()["code"] == "bi_tu_choi"
    cancelled = _json(client, "post", f"{url}cancel/", {"reason": "Thay bằng kế hoạch khác"})
    assert cancelled.json()["status"] == "huy"


def test_api_errors_have_the_house_shape(users, tree, api_client):
    client = api_client(users["clerk_a"])
    unknown = _json(client, "post", BASE, {"unit": "A", "subject": "X", "mau": "1"})
    assert unknown.status_code == 422 and "mau" in unknown.json()["detail"]
    bad_date = _json(client, "post", BASE, {"unit": "A", "subject": "X", "issued_on": "31/02/2023"})
    assert bad_date.status_code == 422 and bad_date.json()["problems"][0]["field"] == "issued_on"
    other = _json(client, "post", BASE, {"unit": "B", "subject": "Kế hoạch lạ"})
    assert other.status_code == 404  # B is not the clerk's unit: it is not even seen
    plan = Plan.objects.create(unit=tree["A"], subject="Kế hoạch của A", year=2023)
    item = PlanItem.objects.create(
        plan=plan, code=f"{plan.pk}:1", number="1", position=1, unit=tree["A"], content="Việc"
    )
    stranger = api_client(users["clerk_b"])
    assert stranger.get(f"{BASE}{plan.pk}/").status_code == 404
    assert stranger.get(BASE).json() == []
    for path, body in [
        (f"{BASE}{plan.pk}/items/{item.pk}/complete/", {"done_on": "01/02/2023"}),
        (f"{BASE}{plan.pk}/cancel/", {"reason": "x"}),
        (f"{BASE}{plan.pk}/copy/", {"year": 2024}),
    ]:
        assert _json(stranger, "post", path, body).status_code == 404
    bad_unit = _json(client, "post", f"{BASE}{plan.pk}/items/", {"content": "Việc", "unit": "B"})
    assert bad_unit.status_code == 422 and bad_unit.json()["problems"][0]["value"] == "B"
    future = _json(
        client, "post", f"{BASE}{plan.pk}/items/{item.pk}/complete/", {"done_on": "01/01/2099"}
    )
    assert future.status_code == 400 and "sau hôm nay" in future.json()["detail"]
    assert PlanItem.objects.get().state == "chua_thuc_hien"
