"""The reporting API beyond the basic journey: details, overrides, refresh, versions, diff,
deadline, reminders and consolidation, each with its refusals."""

import json

import pytest

from tests.reporting.conftest import dossiers


def _json(client, method, path, body=None):
    response = getattr(client, method)(
        path, json.dumps(body) if body is not None else "", content_type="application/json"
    )
    return response.status_code, response.json()


@pytest.fixture
def clients(users, api_client):
    return {name: api_client(user) for name, user in users.items()}


def test_a_report_through_the_api_from_draft_to_consolidation(clients, tree, request_2021):
    dossiers(tree["A"], "A", online=1, offline=1)
    clerk, head, aggregator = clients["clerk_a"], clients["head_a"], clients["aggregator"]
    status, report = _json(
        clerk, "post", f"/api/v1/reporting/requests/{request_2021.pk}/reports/A/"
    )
    assert status == 200
    path = f"/api/v1/reporting/reports/{report['id']}/"
    status, full = _json(clerk, "get", path)
    shown = {row["code"]: row["shown"] for row in full["appendix"]}
    assert shown["HS_TIEP_NHAN"] == "2" and full["moved_figures"] == []
    status, refused = _json(
        clerk,
        "put",
        path,
        {"expected_version": 1, "overrides": {"HS_TIEP_NHAN": {"value": "3", "reason": ""}}},
    )
    assert status == 400 and "lý do" in refused["detail"]
    status, saved = _json(
        clerk,
        "put",
        path,
        {
            "expected_version": 1,
            "overrides": {"HS_TIEP_NHAN": {"value": "3", "reason": "Hồ sơ giấy"}},
            "signer_name": "Nguyễn Văn A",
            "recipients": "- Sở Nội vụ;",
        },
    )
    assert status == 200 and saved["signer_name"] == "Nguyễn Văn A"
    dossiers(tree["A"], "A-MOI", online=1, offline=0)
    status, full = _json(clerk, "get", path)
    assert {m["code"] for m in full["moved_figures"]} >= {"HS_TRUC_TUYEN", "TL_TRUC_TUYEN"}
    status, refreshed = _json(
        clerk, "post", f"{path}refresh-figures", {"expected_version": saved["version"]}
    )
    assert status == 200 and refreshed["moved_figures"] == []
    status, versions = _json(clerk, "get", f"{path}versions")
    assert [v["number"] for v in versions] == [1, 2, 3]
    status, diff = _json(clerk, "get", f"{path}diff?a=1&b=2")
    assert {"code": "HS_TIEP_NHAN", "before": 2, "after": 3, "reason": "Hồ sơ giấy"} in diff[
        "figures"
    ]
    assert _json(head, "post", f"{path}submit")[0] == 200
    assert _json(aggregator, "post", f"{path}accept")[0] == 200
    base = f"/api/v1/reporting/requests/{request_2021.pk}/consolidation"
    assert _json(aggregator, "get", base)[0] == 404
    assert _json(clerk, "post", base, {})[0] == 404  # not the issuer's aggregator or head
    status, built = _json(aggregator, "post", base, {"include_submitted": False})
    assert status == 200 and built["values"]["HS_TIEP_NHAN"] == 3
    # Submitted after the third dossier arrived: 2 of 3 online, recomputed from the parts.
    assert built["ratios"]["TL_TRUC_TUYEN"] == {"numerator": 2, "denominator": 3, "percent": 66.67}
    status, conflict = _json(aggregator, "put", base, {"expected_version": 0, "sections": {}})
    assert status == 409
    status, edited = _json(
        aggregator, "put", base, {"expected_version": built["version"], "sections": {"I": "Chung"}}
    )
    assert status == 200 and edited["sections"]["I"] == "<p>Chung</p>"
    status, refused = _json(aggregator, "post", f"{base}/forward")
    assert status == 400 and "cấp trên" in refused["detail"]


def test_deadline_and_reminders_through_the_api(clients, request_2021):
    path = f"/api/v1/reporting/requests/{request_2021.pk}"
    status, amended = _json(
        clients["aggregator"],
        "post",
        f"{path}/deadline",
        {"deadline": "2021-11-20", "reason": "Lùi"},
    )
    assert status == 200 and amended["deadline"] == "2021-11-20"
    status, bad = _json(clients["aggregator"], "post", f"{path}/deadline", {"deadline": "mai"})
    assert status == 422 and bad["code"] == "du_lieu_khong_hop_le"
    assert (
        bad["problems"][0]["field"] == "deadline" and "yyyy-mm-dd" in bad["problems"][0]["reason"]
    )
    assert (
        _json(clients["clerk_a"], "post", f"{path}/deadline", {"deadline": "2021-12-01"})[0] == 403
    )
    assert _json(clients["aggregator"], "post", f"{path}/remind")[1] == {"reminded": 3}
    assert _json(clients["clerk_a"], "post", f"{path}/remind")[0] == 403
    status, completeness = _json(clients["aggregator"], "get", f"{path}/completeness")
    assert completeness["subtrees"] == []  # A, B and X: none holds another


def test_issuing_a_subtree_with_a_window_through_the_api(clients, tree):
    status, created = _json(
        clients["aggregator"],
        "post",
        "/api/v1/reporting/requests/",
        {
            "issuer": "P",
            "number": "5",
            "symbol": "SNV",
            "issued_on": "2021-06-01",
            "subject": "Báo cáo 6 tháng",
            "period": "2021-H1",
            "deadline": "2021-06-15",
            "subtrees": ["A"],
            "window_start": "2021-01-01",
            "window_end": "2021-05-31",
        },
    )
    assert status == 201 and sorted(created["targets"]) == ["A", "A1"]
    assert created["window_end"] == "2021-05-31"
    status, refused = _json(
        clients["aggregator"],
        "post",
        "/api/v1/reporting/requests/",
        {
            "issuer": "P",
            "number": "6",
            "symbol": "SNV",
            "issued_on": "2021-06-01",
            "subject": "Báo cáo",
            "period": "2021-H1",
            "deadline": "2021-06-15",
            "targets": ["A"],
            "window_start": "2021-01-01",
        },
    )
    assert status == 400 and "Khoảng lấy số liệu" in refused["detail"]
    status, refused = _json(
        clients["aggregator"],
        "post",
        "/api/v1/reporting/requests/",
        {
            "issuer": "P",
            "number": "7",
            "symbol": "SNV",
            "issued_on": "2021-06-01",
            "subject": "Báo cáo",
            "period": "2021-H1",
            "deadline": "2021-06-15",
            "targets": ["A"],
            "form_version": 99999,
        },
    )
    assert status == 422 and "biểu mẫu" in refused["detail"]
    assert refused["problems"][0]["field"] == "form_version"
