import json

from django.test import Client

from tests.conftest import PASSWORD


def test_token_then_bearer_lists_only_visible_units(users):
    client = Client()
    response = client.post(
        "/api/v1/auth/token",
        data=json.dumps({"username": "lanhdao.a", "password": PASSWORD}),
        content_type="application/json",
    )
    assert response.status_code == 200
    token = response.json()["token"]
    listing = client.get("/api/v1/units/", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert listing.status_code == 200
    assert [u["code"] for u in listing.json()] == ["A", "A1"]
    assert listing.json()[0]["kind_label"] == "Sở, ban, ngành"


def test_wrong_password_gets_401_in_vietnamese(users):
    response = Client().post(
        "/api/v1/auth/token",
        data=json.dumps({"username": "lanhdao.a", "password": "sai-mat-khau"}),
        content_type="application/json",
    )
    assert response.status_code == 401
    assert "Sai tên đăng nhập hoặc mật khẩu" in response.json()["detail"]
    assert "token" not in response.json()


def test_malformed_body_gets_422(users):
    response = Client().post(
        "/api/v1/auth/token", data="{khong-phai-json", content_type="application/json"
    )
    assert response.status_code in (400, 422)


def test_no_or_bad_token_is_401(users):
    assert Client().get("/api/v1/units/").status_code == 401
    response = Client().get("/api/v1/units/", HTTP_AUTHORIZATION="Bearer khong-hop-le")
    assert response.status_code == 401
    assert "Bearer" in response.json()["detail"]


def test_session_cookie_alone_does_not_open_the_api(users, login):
    assert login(users["admin"]).get("/api/v1/units/").status_code == 401


def test_detail_with_history_and_as_of(users, tree, api_client):
    import datetime

    from danvan.orgunits.services import orgunit_rename

    orgunit_rename(unit=tree["A"], name="Sở Nội vụ mới", effective=datetime.date(2025, 3, 1))
    client = api_client(users["clerk_a"])
    data = client.get("/api/v1/units/A/?as_of=2021-06-14").json()
    assert data["name"] == "Sở Nội vụ mới"
    assert data["name_as_of"] == "Sở Nội vụ"
    assert [v["name"] for v in data["versions"]] == ["Sở Nội vụ", "Sở Nội vụ mới"]


def test_foreign_unit_is_404_like_a_missing_one(users, api_client):
    client = api_client(users["clerk_a"])
    foreign = client.get("/api/v1/units/B/")
    missing = client.get("/api/v1/units/KHONGCO/")
    assert foreign.status_code == missing.status_code == 404
    assert "Sở Tư pháp" not in foreign.content.decode()


def test_search_and_as_of_filters(users, api_client):
    client = api_client(users["aggregator"])
    assert [u["code"] for u in client.get("/api/v1/units/?q=xã").json()] == ["X"]
    before_commune = client.get("/api/v1/units/?as_of=2025-06-30").json()
    assert "X" not in [u["code"] for u in before_commune]


def test_openapi_document_and_docs_page_are_served_locally(db):
    client = Client()
    schema = client.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert {"/api/v1/auth/token", "/api/v1/units/", "/api/v1/units/{code}/"} <= set(paths)
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200
    html = docs.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "cdn" not in html.lower()


def test_api_changes_are_audited_as_api_calls(users, api_client):
    from danvan.accounts.models import ApiToken
    from danvan.audit.models import AuditEvent

    client = api_client(users["clerk_a"])
    assert client.get("/api/v1/units/").status_code == 200
    assert ApiToken.objects.filter(user=users["clerk_a"]).exists()
    assert AuditEvent.objects.filter(model="accounts.apitoken").exists()


def test_period_label_and_window(users, api_client):
    client = api_client(users["clerk_a"])
    data = client.get("/api/v1/periods/2021-H1/").json()
    assert data["label"] == "6 tháng đầu năm 2021"
    assert (data["start"], data["end"], data["rule"]) == ("2020-12-15", "2021-06-14", "nd09")
    own = client.get("/api/v1/periods/2021-H1/?start=2021-01-01&end=2021-06-04").json()
    assert (own["end"], own["rule"]) == ("2021-06-04", "override")
    bad = client.get("/api/v1/periods/2021-Q5/")
    assert bad.status_code == 400 and "Mã kỳ báo cáo không hợp lệ" in bad.json()["detail"]
    reversed_dates = client.get("/api/v1/periods/2021/?start=2021-06-04&end=2021-01-01")
    assert reversed_dates.status_code == 400


def _token(username):
    response = Client().post(
        "/api/v1/auth/token",
        data=json.dumps({"username": username, "password": PASSWORD}),
        content_type="application/json",
    )
    return {"HTTP_AUTHORIZATION": f"Bearer {response.json()['token']}"}


def test_the_letterhead_through_the_api(users):
    client = Client()
    detail = client.get("/api/v1/units/A/", **_token("lanhdao.a")).json()
    assert detail["letterhead"]["symbol"] == "SNV" and detail["letterhead"]["symbol_guessed"]
    assert detail["letterhead"]["place"] == "Thử"
    admin = _token(users["admin"].username)
    response = client.put(
        "/api/v1/units/A/the-thuc/",
        data=json.dumps({"symbol": "SNV", "issuer_header": "SỞ\nNỘI VỤ"}),
        content_type="application/json",
        **admin,
    )
    assert response.status_code == 200
    assert response.json()["issuer_lines"] == ["SỞ", "NỘI VỤ"]
    assert response.json()["symbol_declared"]
    bad = client.put(
        "/api/v1/units/A/the-thuc/",
        data=json.dumps({"symbol": "Sở NV"}),
        content_type="application/json",
        **admin,
    )
    assert bad.status_code == 400 and "không hợp lệ" in bad.json()["detail"]
    refused = client.put(
        "/api/v1/units/A/the-thuc/",
        data=json.dumps({"symbol": "XYZ"}),
        content_type="application/json",
        **_token("lanhdao.a"),
    )
    assert refused.status_code == 403
    versions = client.get("/api/v1/units/A/", **admin).json()["versions"]
    assert versions[-1]["symbol"] == "SNV"
