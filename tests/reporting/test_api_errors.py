"""The reporting API on the one error path: unknown fields, the other version after a 409,
access before the body, and the targets of a request decided by one service for the page,
the API and the service itself (a merged unit is refused everywhere, with one message)."""

import datetime
import json

import pytest

from danvan.core.errors import Invalid
from danvan.orgunits.services import orgunit_merge
from danvan.reporting.models import ReportRequest, UnitReport
from danvan.reporting.services import (
    can_target,
    consolidation_build,
    report_open,
    report_review,
    report_submit,
    request_issue,
    request_targets_allowed,
)
from tests.reporting.conftest import dossiers

D = datetime.date
CLOSED = "đã ngừng hoạt động từ ngày 01/03/2025 (đã sáp nhập vào «Sở Nội vụ»)"


def _send(client, method, url, body):
    return getattr(client, method)(url, json.dumps(body), content_type="application/json")


def _unknown(response, field, *accepted):
    assert response.status_code == 422, response.content.decode()
    body = response.json()
    assert body["code"] == "du_lieu_khong_hop_le"
    (problem,) = [p for p in body["problems"] if p["field"] == field]
    assert problem["reason"].startswith(f"Trường «{field}» không được nhận.")
    for name in accepted:
        assert name in problem["reason"]


@pytest.fixture
def clients(users, api_client):
    return {name: api_client(user) for name, user in users.items()}


def _request_body(**extra):
    return {
        "issuer": "P",
        "number": "77",
        "symbol": "SNV",
        "issued_on": "2026-01-05",
        "subject": "Báo cáo quý I",
        "period": "2026-Q1",
        "deadline": "2026-04-10",
        **extra,
    }


def test_every_reporting_body_refuses_an_unknown_field(clients, users, tree, request_2021):
    aggregator, clerk = clients["aggregator"], clients["clerk_a"]
    created = _send(
        aggregator, "post", "/api/v1/reporting/requests/", _request_body(targets=["A"], cap="x")
    )
    _unknown(created, "cap", "targets", "subtrees", "deadline")
    assert not ReportRequest.objects.filter(number="77").exists()

    path = f"/api/v1/reporting/requests/{request_2021.pk}"
    deadline = _send(aggregator, "post", f"{path}/deadline", {"deadline": "2021-11-20", "ly": 1})
    _unknown(deadline, "ly", "deadline", "reason")
    request_2021.refresh_from_db()
    assert request_2021.deadline == D(2021, 11, 10)

    report = _send(clerk, "post", f"{path}/reports/A/", {}).json()
    url = f"/api/v1/reporting/reports/{report['id']}/"
    saved = _send(
        clerk, "put", url, {"expected_version": 1, "sections": {"I": "Mới"}, "phu_luc": {}}
    )
    _unknown(saved, "phu_luc", "expected_version", "sections", "overrides", "signer_name")
    assert UnitReport.objects.get(pk=report["id"]).version == 1

    sent = _send(clerk, "post", f"{url}send-to-head", {"comment": "Kính trình", "gap": True})
    _unknown(sent, "gap", "comment")
    assert UnitReport.objects.get(pk=report["id"]).status == "draft"


def test_a_consolidation_conflict_carries_the_saved_version(clients, users, tree, request_2021):
    dossiers(tree["A"], "A", online=1, offline=0)
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report_submit(user=users["head_a"], report=report)
    report_review(user=users["aggregator"], report=report, accept=True)
    built = consolidation_build(user=users["aggregator"], request=request_2021)
    url = f"/api/v1/reporting/requests/{request_2021.pk}/consolidation"
    first = _send(
        clients["aggregator"],
        "put",
        url,
        {"expected_version": built.version, "sections": {"I": "Bản thứ nhất"}},
    )
    assert first.status_code == 200
    stale = _send(
        clients["aggregator"],
        "put",
        url,
        {"expected_version": built.version, "sections": {"I": "Bản cũ"}},
    )
    assert stale.status_code == 409
    body = stale.json()
    assert body["code"] == "xung_dot_phien_ban" and "giữ nguyên" in body["detail"]
    assert body["current"]["version"] == first.json()["version"]
    assert body["current"]["saved_by"] == "tonghop"
    assert body["current"]["content"]["sections"]["I"] == "<p>Bản thứ nhất</p>"
    assert "number" in body["current"]["content"]


def test_a_report_of_another_unit_is_404_whatever_the_body(clients, users, tree, request_2021):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    other = clients["clerk_b"]
    url = f"/api/v1/reporting/reports/{report.pk}/"
    for method, path, body in [
        ("put", url, {"la": 1}),
        ("put", url, {"expected_version": 1, "sections": {"I": "Ghi đè"}}),
        ("post", f"{url}send-to-head", {"la": 1}),
        ("post", f"{url}refresh-figures", "khong-phai-json"),
        ("post", f"{url}submit", {}),
    ]:
        response = _send(other, method, path, body)
        assert response.status_code == 404, (path, response.content.decode())
        assert response.json()["code"] == "khong_tim_thay"
    report.refresh_from_db()
    assert report.version == 1 and report.status == "draft"


def test_a_report_save_that_is_not_json_is_400_and_changes_nothing(
    clients, users, tree, request_2021
):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    response = clients["clerk_a"].put(
        f"/api/v1/reporting/reports/{report.pk}/", "{khong", content_type="application/json"
    )
    assert response.status_code == 400
    assert response.json()["code"] == "noi_dung_khong_doc_duoc"
    report.refresh_from_db()
    assert report.version == 1


@pytest.fixture
def merged(tree):
    """B merged into A from 01/03/2025: B is closed today, and sits under A."""
    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=D(2025, 3, 1))
    tree["B"].refresh_from_db()
    return tree["B"]


def test_the_api_refuses_a_merged_unit_as_target(clients, users, tree, merged):
    response = _send(
        clients["aggregator"], "post", "/api/v1/reporting/requests/", _request_body(targets=["B"])
    )
    assert response.status_code == 422, response.content.decode()
    body = response.json()
    assert CLOSED in body["detail"] and "Sở Tư pháp Bí Mật" in body["detail"]
    assert body["problems"][0]["field"] == "targets" and body["problems"][0]["value"] == "B"
    assert not ReportRequest.objects.exists()
    # «Chọn cả cấp dưới» of A takes the working units below A only, never the merged B.
    subtree = _send(
        clients["aggregator"], "post", "/api/v1/reporting/requests/", _request_body(subtrees=["A"])
    )
    assert subtree.status_code == 201, subtree.content.decode()
    assert sorted(subtree.json()["targets"]) == ["A", "A1"]


def test_the_request_page_refuses_a_merged_unit_with_the_same_message(login, users, tree, merged):
    client = login(users["aggregator"])
    form = client.get("/bao-cao/phat-hanh/").content.decode()
    assert 'data-code="A"' in form and 'data-code="B"' not in form
    response = client.post(
        "/bao-cao/phat-hanh/",
        {
            "issuer": "P",
            "number": "77",
            "symbol": "SNV",
            "issued_on": "05/01/2026",
            "subject": "Báo cáo quý I",
            "period": "2026-Q1",
            "deadline": "10/04/2026",
            "remind_days_before": "3",
            "remind_days_after": "1",
            "targets": ["A", "B"],
        },
    )
    assert response.status_code == 200
    assert CLOSED in response.content.decode()
    assert not ReportRequest.objects.exists()


def test_the_service_refuses_a_merged_unit_and_can_target_says_why(users, tree, merged):
    aggregator = users["aggregator"]
    assert can_target(aggregator, tree["A"]) and not can_target(aggregator, merged)
    assert merged not in request_targets_allowed(aggregator)
    assert not can_target(users["clerk_a"], tree["A"])  # no aggregator role
    with pytest.raises(Invalid) as caught:
        request_issue(
            user=aggregator,
            issuer=tree["P"],
            number="78",
            symbol="SNV",
            issued_on=D(2026, 1, 5),
            subject="Báo cáo",
            period="2026-Q1",
            deadline=D(2026, 4, 10),
            targets=[tree["A"], merged],
        )
    assert CLOSED in caught.value.message
    assert not ReportRequest.objects.exists()


def test_a_unit_outside_the_aggregators_scope_is_forbidden(users, tree, api_client):
    from tests.conftest import make_user

    aggregator_a = make_user("tonghop.a", "tong_hop", tree["A"], subtree=True)
    response = _send(
        api_client(aggregator_a),
        "post",
        "/api/v1/reporting/requests/",
        _request_body(issuer="A", targets=["A1", "B"]),
    )
    # B is not even visible to an aggregator of A: the same 404 as any unknown code.
    assert response.status_code == 404 and "B" in response.json()["detail"]
    assert not ReportRequest.objects.exists()
