"""The API's one error path (decision 0024): every operation documents its output and its
errors; every refusal carries a Vietnamese detail and a stable code; an unknown field is
refused by name on every router, and nothing is written."""

import json
import re

import pytest
from django.test import Client

from danvan.accounts.models import ApiToken
from danvan.dossiers.models import Dossier
from danvan.notifications.models import Notification
from tests.conftest import PASSWORD

ERROR_STATUSES = {"400", "401", "403", "404", "409", "422", "503"}
ALWAYS = {"401", "422"}
CODES = {
    "bi_tu_choi",
    "khong_tim_thay",
    "khong_co_quyen",
    "xung_dot_phien_ban",
    "du_lieu_khong_hop_le",
    "tam_thoi_khong_phuc_vu",
    "chua_dang_nhap",
    "noi_dung_khong_doc_duoc",
}


@pytest.fixture
def openapi(db):
    response = Client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.json()


def _resolve(document, schema):
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = document["components"]["schemas"][name]
    return schema


def _operations(document):
    for path, item in document["paths"].items():
        for method, operation in item.items():
            yield path, method, operation


def test_every_operation_documents_its_output_and_its_errors(openapi):
    operations = list(_operations(openapi))
    assert len(operations) > 40
    for path, method, operation in operations:
        where = f"{method.upper()} {path}"
        responses = operation["responses"]
        ok = [status for status in responses if status.startswith("2")]
        assert ok, f"{where}: no 2xx answer documented"
        for status in ok:
            if status == "204":
                continue
            content = responses[status].get("content")
            assert content, f"{where}: {status} without a schema"
            schema = next(iter(content.values()))["schema"]
            assert schema, f"{where}: {status} with an empty schema"
        assert set(responses) >= ALWAYS, f"{where}: 401/422 not documented"
        for status in set(responses) & ERROR_STATUSES:
            schema = responses[status]["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorOut"}, where
        if re.search(r"\{[a-z_]*(id|code)\}", path):
            assert "404" in responses, f"{where}: names a thing but documents no 404"
        if method == "put" and "reporting" in path:
            assert "409" in responses, f"{where}: a versioned save without its 409"
    error = openapi["components"]["schemas"]["ErrorOut"]
    assert set(error["properties"]) == {"detail", "code", "problems", "current"}
    current = _resolve(openapi, {"$ref": "#/components/schemas/CurrentOut"})
    assert set(current["properties"]) == {"version", "saved_by", "saved_at", "content"}


def test_every_input_schema_forbids_unknown_fields(openapi):
    inputs = set()
    for _path, _method, operation in _operations(openapi):
        body = operation.get("requestBody", {}).get("content", {}).get("application/json")
        if body:
            inputs.add(json.dumps(body["schema"], sort_keys=True))
    checked = 0
    for raw in inputs:
        schema = json.loads(raw)
        if schema.get("type") == "object" and "properties" not in schema and "$ref" not in schema:
            continue  # a register record: its keys come from the spec (checked below)
        schema = _resolve(openapi, schema)
        if "anyOf" in schema:  # an optional body: its one schema besides null
            (schema,) = [_resolve(openapi, s) for s in schema["anyOf"] if s.get("type") != "null"]
        assert schema.get("additionalProperties") is False, schema.get("title")
        checked += 1
    assert checked >= 10


def _keys_match(document, schema, value, where):
    schema = _resolve(document, schema)
    if "anyOf" in schema:
        options = [_resolve(document, s) for s in schema["anyOf"] if s.get("type") != "null"]
        if value is None:
            return
        schema = options[0]
    if schema.get("type") == "array" and isinstance(value, list):
        for item in value[:3]:
            _keys_match(document, schema.get("items", {}), item, where)
    elif schema.get("type") == "object" and "properties" in schema and isinstance(value, dict):
        assert set(value) == set(schema["properties"]), where
        for name, child in schema["properties"].items():
            _keys_match(document, child, value[name], f"{where}.{name}")


def test_real_answers_have_the_keys_their_schema_says(openapi, users, tree, api_client):
    client = api_client(users["admin"])
    for url, path in [
        ("/api/v1/units/", "/api/v1/units/"),
        ("/api/v1/units/A/", "/api/v1/units/{code}/"),
        ("/api/v1/periods/2021/", "/api/v1/periods/{period}/"),
        ("/api/v1/worklist/", "/api/v1/worklist/"),
        ("/api/v1/notifications/", "/api/v1/notifications/"),
        ("/api/v1/units/A/indicators?period=2021", "/api/v1/units/{code}/indicators"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        schema = openapi["paths"][path]["get"]["responses"]["200"]["content"]
        _keys_match(openapi, schema["application/json"]["schema"], response.json(), url)
    missing = client.get("/api/v1/units/KHONG-CO/")
    error = openapi["components"]["schemas"]["ErrorOut"]
    assert missing.status_code == 404 and set(missing.json()) <= set(error["properties"])


def test_each_refusal_has_its_stable_code_and_a_vietnamese_detail(users, tree, api_client):
    unauthenticated = Client().get("/api/v1/units/")
    assert unauthenticated.status_code == 401
    assert unauthenticated.json()["code"] == "chua_dang_nhap"
    client = api_client(users["clerk_a"])
    hidden = client.get("/api/v1/units/B/")
    assert hidden.status_code == 404 and hidden.json()["code"] == "khong_tim_thay"
    assert "B" in hidden.json()["detail"]
    forbidden = client.put(
        "/api/v1/units/A/the-thuc/", json.dumps({"symbol": "SNV"}), content_type="application/json"
    )
    assert forbidden.status_code == 403 and forbidden.json()["code"] == "khong_co_quyen"
    assert forbidden.json()["detail"] == "Bạn không có quyền quản trị đơn vị này."
    bad_period = client.get("/api/v1/periods/2021-Q9/")
    assert bad_period.status_code == 400 and bad_period.json()["code"] == "bi_tu_choi"
    not_json = Client().post("/api/v1/auth/token", "{khong", content_type="application/json")
    assert not_json.status_code == 400 and not_json.json()["code"] == "noi_dung_khong_doc_duoc"
    assert "JSON" in not_json.json()["detail"] and "Cannot" not in not_json.json()["detail"]
    wrong_type = client.get("/api/v1/dossiers/?limit=nhieu")
    assert wrong_type.status_code == 422
    (problem,) = wrong_type.json()["problems"]
    assert problem == {
        "field": "limit",
        "label": "limit",
        "value": "nhieu",
        "reason": "Phải là một số nguyên.",
    }
    for response in (unauthenticated, hidden, forbidden, bad_period, not_json, wrong_type):
        assert response.json()["code"] in CODES
        assert set(response.json()) >= {"detail", "code", "problems"}


def _unknown(response, field: str, *accepted: str) -> dict:
    assert response.status_code == 422, response.content.decode()
    body = response.json()
    assert body["code"] == "du_lieu_khong_hop_le"
    problem = next(p for p in body["problems"] if p["field"] == field)
    assert problem["reason"].startswith(f"Trường «{field.rsplit('.', 1)[-1]}» không được nhận.")
    listed = problem["reason"].split("Các trường được nhận: ", 1)[1]
    for name in accepted:
        assert name in listed
    return body


def _send(client, method, url, body):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json")


def test_token_refuses_an_unknown_field(users):
    before = ApiToken.objects.count()
    response = _send(
        Client(),
        "post",
        "/api/v1/auth/token",
        {"username": "lanhdao.a", "password": PASSWORD, "ghi_nho": True},
    )
    _unknown(response, "ghi_nho", "username", "password")
    assert ApiToken.objects.count() == before


def test_letterhead_refuses_an_unknown_field(users, tree, api_client):
    client = api_client(users["admin_a"])
    response = _send(client, "put", "/api/v1/units/A/the-thuc/", {"symbol": "SNV", "mau_chu": "đỏ"})
    body = _unknown(response, "mau_chu", "symbol", "place_name", "issuer_header")
    assert "mau_chu" in body["detail"]
    assert client.get("/api/v1/units/A/").json()["letterhead"]["symbol_declared"] is False


def test_dossier_refuses_an_unknown_field(users, tree, api_client):
    body = {
        "code": "HS-9",
        "unit": "A",
        "channel": "truc_tiep",
        "received_on": "2021-03-01",
        "ghi_chu": "mất",
    }
    response = _send(api_client(users["clerk_a"]), "post", "/api/v1/dossiers/", body)
    _unknown(response, "ghi_chu", "code", "unit", "received_on")
    assert not Dossier.objects.exists()


def test_checker_legacy_refuses_an_unknown_field_in_a_row(users, tree, api_client):
    from danvan.checker.models import LegacyValue

    body = {
        "unit": "A",
        "period": "2020",
        "source_name": "bao-cao-2020.docx",
        "rows": [{"indicator_code": "HS_TIEP_NHAN", "value": "12", "don_vi_tinh": "hồ sơ"}],
    }
    response = _send(api_client(users["clerk_a"]), "post", "/api/v1/checker/legacy", body)
    _unknown(response, "rows.0.don_vi_tinh", "indicator_code", "value")
    assert not LegacyValue.objects.exists()


def test_notifications_refuse_an_unknown_field(users, tree, api_client):
    from danvan.notifications.services import notification_send

    notification_send(users=[users["clerk_a"]], subject="Thử", body="Nội dung")
    response = _send(
        api_client(users["clerk_a"]), "post", "/api/v1/notifications/read", {"tat_ca": True}
    )
    _unknown(response, "tat_ca", "ids")
    assert Notification.objects.filter(read_at__isnull=True).count() == 1


def test_a_register_refuses_an_unknown_key_and_writes_nothing(users, tree, api_client):
    from danvan.activities.models import Inspection

    client = api_client(users["clerk_a"])
    body = {"ma": "KT-1", "ma_don_vi": "A", "ngay": "01/03/2021", "ket_luan_moi": "có"}
    response = _send(client, "post", "/api/v1/registers/inspections/", body)
    found = _unknown(response, "ket_luan_moi", "ma", "ma_don_vi", "ngay")
    assert found["problems"][0]["value"] == "có"
    assert not Inspection.objects.exists()
    created = _send(
        client, "post", "/api/v1/registers/inspections/", {**body, "ket_luan_moi": None}
    )
    assert created.status_code == 422  # the key itself is unknown, whatever its value
    created = _send(
        client,
        "post",
        "/api/v1/registers/inspections/",
        {"ma": "KT-1", "ma_don_vi": "A", "ngay": "01/03/2021"},
    )
    assert created.status_code == 201, created.content.decode()
    record = created.json()["id"]
    patched = _send(
        client, "patch", f"/api/v1/registers/inspections/{record}/", {"ngay": "02/03/2021", "x": 1}
    )
    _unknown(patched, "x", "ngay")
    assert client.get(f"/api/v1/registers/inspections/{record}/").json()["values"]["ngay"] == (
        "01/03/2021"
    )


def test_a_register_accepts_exactly_what_the_spec_lists(users, tree):
    from danvan.registers.parsing import record_accepted_keys, record_unknown_keys
    from danvan.registers.registry import registers

    spec = registers()["inspections"]
    assert record_accepted_keys(spec) == [column.name for column in spec.columns]
    assert record_unknown_keys(spec, {"ma": "1", "la": "2"}) == ["la"]


def test_no_two_schemas_share_a_name(openapi):
    """OpenAPI names components by class name: two «PeriodOut» would silently document one
    answer with the other's fields."""
    from ninja import Schema

    def below(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from below(sub)

    ours = {cls for cls in below(Schema) if cls.__module__.startswith("danvan.")}
    names = {}
    for cls in ours:
        names.setdefault(cls.__name__, set()).add(cls.__module__)
    assert {name: mods for name, mods in names.items() if len(mods) > 1} == {}
