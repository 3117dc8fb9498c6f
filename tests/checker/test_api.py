"""/api/v1/checker/: files, a workflow report, legacy values — same gate as the pages."""

import json

from django.core.files.uploadedfile import SimpleUploadedFile

from tests.checker.test_views import WRONG, report  # noqa: F401 — fixture


def test_check_files(users, api_client):
    client = api_client(users["clerk_a"])
    response = client.post(
        "/api/v1/checker/check",
        {
            "files": [
                SimpleUploadedFile("sai.txt", WRONG.encode("utf-8")),
                SimpleUploadedFile("anh.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
            ]
        },
    )
    assert response.status_code == 200
    first, second = response.json()
    assert first["file"] == "sai.txt" and first["encoding"] == "UTF-8"
    assert first["findings"][0]["rule"] == "ratio_mismatch"
    assert first["findings"][0]["title"] == "Tỷ lệ không khớp với tử số, mẫu số"
    assert first["findings"][0]["expected"] == "84,68%"
    assert "không phải văn bản" in second["error"]


def test_a_finding_carries_its_arithmetic_and_the_relations_found_right(users, api_client):
    text = "Tăng 121,4% (1.231/1.014). Đã giải quyết 143/187 hồ sơ, đạt 76,47%."
    response = api_client(users["clerk_a"]).post(
        "/api/v1/checker/check", {"files": [SimpleUploadedFile("bc.txt", text.encode("utf-8"))]}
    )
    assert response.status_code == 200
    (result,) = response.json()
    (finding,) = result["findings"]
    assert finding["rule"] == "change_mismatch" and finding["severity"] == "error"
    assert finding["arithmetic"] == "(1.231 − 1.014)/1.014 = 21,400% ≠ 121,4%"
    assert [v["arithmetic"] for v in result["verified"]] == ["143/187 = 76,471% → 76,47%: khớp"]


def test_check_needs_a_token(db, client):
    assert client.post("/api/v1/checker/check").status_code == 401


def test_check_a_workflow_report(users, api_client, report):  # noqa: F811
    response = api_client(users["head_a"]).get(f"/api/v1/checker/reports/{report.pk}")
    assert response.status_code == 200
    rules = {f["rule"] for f in response.json()["findings"]}
    assert {"part_exceeds_total", "invalid_date"} <= rules
    assert (
        api_client(users["clerk_b"]).get(f"/api/v1/checker/reports/{report.pk}").status_code == 404
    )


def test_legacy_values_round_trip(users, api_client, tree):
    client = api_client(users["clerk_a"])
    body = {
        "unit": "A",
        "period": "2021",
        "source_name": "bao-cao-2021.docx",
        "rows": [
            {"indicator_code": "HS_TIEP_NHAN", "value": "1.250"},
            {"indicator_code": "HS_TRUC_TUYEN", "value": "285"},
        ],
    }
    response = client.post(
        "/api/v1/checker/legacy", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 201, response.content
    listed = client.get("/api/v1/checker/legacy?unit=A&period=2021").json()
    assert {(v["indicator"], v["value"]) for v in listed} == {
        ("HS_TIEP_NHAN", "1250.0000"),
        ("HS_TRUC_TUYEN", "285.0000"),
    }
    other = api_client(users["clerk_b"])
    assert other.get("/api/v1/checker/legacy?unit=A").status_code == 404
    body["unit"] = "A"
    refused = other.post(
        "/api/v1/checker/legacy", json.dumps(body), content_type="application/json"
    )
    assert refused.status_code == 404


def test_legacy_all_or_nothing_through_the_api(users, api_client, tree):
    body = {
        "unit": "A",
        "period": "2021",
        "source_name": "x.txt",
        "rows": [
            {"indicator_code": "HS_TIEP_NHAN", "value": "1.250"},
            {"indicator_code": "KHONG_CO", "value": "3"},
        ],
    }
    client = api_client(users["clerk_a"])
    response = client.post(
        "/api/v1/checker/legacy", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 400
    assert "không có chỉ tiêu «KHONG_CO»" in response.json()["detail"]
    assert client.get("/api/v1/checker/legacy?unit=A").json() == []
