"""The reporting workflow's core: every transition, the forbidden ones, the overwrite
protection and late/on-time counting at the deadline's edges."""

import datetime

import pytest
from django.utils import timezone

from danvan.core.errors import DomainError
from danvan.reporting.models import ReportVersion, Status, Transition
from danvan.reporting.selectors import request_completeness
from danvan.reporting.services import (
    ConcurrentEdit,
    report_open,
    report_review,
    report_save,
    report_submit,
    request_amend_deadline,
    request_issue,
)
from tests.conftest import make_user

D = datetime.date


def test_a_request_reads_like_the_document_it_is(request_2021):
    assert request_2021.reference == "Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021"
    assert sorted(t.unit.code for t in request_2021.targets.all()) == ["A", "B", "X"]
    assert request_2021.form_version is not None


@pytest.mark.parametrize(
    ("who", "targets", "deadline", "message"),
    [
        ("clerk_a", ["A"], D(2021, 11, 10), "vai trò tổng hợp"),
        ("aggregator", [], D(2021, 11, 10), "ít nhất một"),
        ("aggregator", ["A"], D(2021, 10, 1), "phải sau ngày ban hành"),
    ],
)
def test_bad_requests_are_refused(users, tree, who, targets, deadline, message):
    with pytest.raises(DomainError, match=message):
        request_issue(
            user=users[who],
            issuer=tree["P"],
            number="1",
            symbol="SNV",
            issued_on=D(2021, 10, 29),
            subject="x",
            period="2021",
            deadline=deadline,
            targets=[tree[code] for code in targets],
        )


def test_targets_must_lie_in_the_aggregators_scope(users, tree):
    aggregator_a = make_user("tonghop.a", "tong_hop", tree["A"], subtree=True)
    with pytest.raises(DomainError, match="ngoài phạm vi"):
        request_issue(
            user=aggregator_a,
            issuer=tree["A"],
            number="2",
            symbol="SNV",
            issued_on=D(2021, 10, 29),
            subject="x",
            period="2021",
            deadline=D(2021, 11, 10),
            targets=[tree["A1"], tree["B"]],
        )


def test_the_whole_journey_with_every_transition_recorded(users, tree, request_2021):
    clerk, head, aggregator = users["clerk_a"], users["head_a"], users["aggregator"]
    report = report_open(user=clerk, request=request_2021, unit=tree["A"])
    assert report.status == Status.DRAFT and set(report.sections) == {"I", "II", "III", "IV", "V"}
    report = report_save(
        user=clerk,
        report=report,
        expected_version=report.version,
        sections={**report.sections, "I": "<p>Đặc điểm tình hình.</p>"},
    )
    with pytest.raises(DomainError, match="Chỉ lãnh đạo"):
        report_submit(user=clerk, report=report)
    report = report_submit(user=head, report=report, figures={"HS_MOI": 524})
    with pytest.raises(DomainError, match="không sửa được"):
        report_save(user=clerk, report=report, expected_version=report.version, sections={})
    with pytest.raises(DomainError, match="ghi rõ ý kiến"):
        report_review(user=aggregator, report=report, accept=False)
    report = report_review(
        user=aggregator, report=report, accept=False, comment="Bổ sung số liệu tiếp công dân."
    )
    assert report.status == Status.RETURNED
    report = report_save(
        user=clerk,
        report=report,
        expected_version=report.version,
        sections={**report.sections, "III": "<p>Đã bổ sung.</p>"},
    )
    report = report_submit(user=head, report=report)
    report = report_review(user=aggregator, report=report, accept=True)
    assert report.status == Status.ACCEPTED
    with pytest.raises(DomainError, match="Không thể chuyển"):
        report_review(user=aggregator, report=report, accept=False, comment="Muộn rồi")
    steps = list(Transition.objects.filter(report=report).values_list("to_status", "comment"))
    assert steps == [
        ("submitted", ""),
        ("returned", "Bổ sung số liệu tiếp công dân."),
        ("submitted", ""),
        ("accepted", ""),
    ]
    assert ReportVersion.objects.filter(report=report).count() == report.version


def test_an_aggregator_cannot_write_a_units_text_and_a_clerk_cannot_accept(
    users, tree, request_2021
):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    with pytest.raises(DomainError, match="Chỉ chuyên viên hoặc lãnh đạo"):
        report_save(
            user=users["aggregator"],
            report=report,
            expected_version=report.version,
            sections={"I": "Viết thay"},
        )
    report = report_submit(user=users["head_a"], report=report)
    with pytest.raises(DomainError, match="Chỉ người tổng hợp"):
        report_review(user=users["clerk_a"], report=report, accept=True)
    with pytest.raises(DomainError, match="không thuộc danh sách"):
        report_open(user=users["clerk_a"], request=request_2021, unit=tree["A1"])


def test_a_second_save_from_an_old_version_is_refused_and_nothing_is_lost(
    users, tree, request_2021
):
    clerk, head = users["clerk_a"], users["head_a"]
    opened = report_open(user=clerk, request=request_2021, unit=tree["A"])
    version = opened.version
    report_save(
        user=head,
        report=opened,
        expected_version=version,
        sections={**opened.sections, "I": "Bản của lãnh đạo"},
    )
    with pytest.raises(ConcurrentEdit) as caught:
        report_save(
            user=clerk,
            report=opened,
            expected_version=version,
            sections={**opened.sections, "I": "Bản của chuyên viên"},
        )
    assert caught.value.report.sections["I"] == "<p>Bản của lãnh đạo</p>"
    theirs = caught.value.current  # the same as plain data, for the API's 409
    assert theirs["content"]["sections"]["I"] == "<p>Bản của lãnh đạo</p>"
    assert theirs["saved_by"] == "lanhdao.a" and theirs["version"] == version + 1
    assert "lanhdao.a" in caught.value.message
    opened.refresh_from_db()
    assert opened.sections["I"] == "<p>Bản của lãnh đạo</p>"


def _submitted_on(report, day):
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(16, 30)))
    Transition.objects.filter(report=report, to_status="submitted").update(at=moment)


def test_completeness_at_the_deadlines_edges(users, tree, request_2021):
    head_b = make_user("lanhdao.b", "lanh_dao", tree["B"])
    on_time = report_submit(
        user=users["head_a"],
        report=report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"]),
    )
    _submitted_on(on_time, D(2021, 11, 10))  # on the deadline day itself
    late = report_submit(
        user=head_b, report=report_open(user=users["clerk_b"], request=request_2021, unit=tree["B"])
    )
    _submitted_on(late, D(2021, 11, 11))
    result = request_completeness(request_2021)
    assert (result.expected, result.submitted, result.on_time, result.late, result.missing) == (
        3,
        2,
        1,
        1,
        1,
    )
    assert [u.unit_code for u in result.overdue] == ["X"]
    # A returned report counts as missing until it is submitted again.
    report_review(user=users["aggregator"], report=late, accept=False, comment="Sửa lại")
    assert request_completeness(request_2021).missing == 2


def test_deadline_amendment_is_recorded(users, tree, request_2021):
    request_amend_deadline(
        user=users["aggregator"],
        request=request_2021,
        deadline=D(2021, 11, 15),
        reason="Gia hạn do dịch Covid-19",
    )
    change = request_2021.deadline_changes.get()
    assert (change.old_deadline, change.new_deadline) == (D(2021, 11, 10), D(2021, 11, 15))
    with pytest.raises(DomainError):
        request_amend_deadline(
            user=users["clerk_a"], request=request_2021, deadline=D(2021, 12, 1), reason="x"
        )


def test_api_journey_and_refusals(users, tree, api_client):
    import json

    aggregator = api_client(users["aggregator"])
    created = aggregator.post(
        "/api/v1/reporting/requests/",
        json.dumps(
            {
                "issuer": "P",
                "number": "1995",
                "symbol": "SNV-XDCQ&CTTN",
                "issued_on": "2021-10-29",
                "subject": "Báo cáo năm 2021",
                "period": "2021",
                "deadline": "2021-11-10",
                "targets": ["A", "B"],
            }
        ),
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    request_id = created.json()["id"]
    clerk = api_client(users["clerk_a"])
    assert [r["id"] for r in clerk.get("/api/v1/reporting/requests/").json()] == [request_id]
    report = clerk.post(f"/api/v1/reporting/requests/{request_id}/reports/A/").json()
    saved = clerk.put(
        f"/api/v1/reporting/reports/{report['id']}/",
        json.dumps({"expected_version": report["version"], "sections": {"I": "Tình hình"}}),
        content_type="application/json",
    )
    assert saved.status_code == 200 and saved.json()["version"] == report["version"] + 1
    stale = clerk.put(
        f"/api/v1/reporting/reports/{report['id']}/",
        json.dumps({"expected_version": report["version"], "sections": {"I": "Cũ"}}),
        content_type="application/json",
    )
    assert stale.status_code == 409 and "vẫn được giữ" in stale.json()["detail"]
    # The other version travels with the 409, so that a client can merge like the page does.
    theirs = stale.json()
    assert theirs["code"] == "xung_dot_phien_ban"
    assert theirs["current"]["version"] == saved.json()["version"]
    assert theirs["current"]["saved_by"] == "chuyenvien.a" and theirs["current"]["saved_at"]
    assert theirs["current"]["content"]["sections"]["I"] == "<p>Tình hình</p>"
    not_head = clerk.post(f"/api/v1/reporting/reports/{report['id']}/submit")
    assert not_head.status_code == 403 and not_head.json()["code"] == "khong_co_quyen"
    head = api_client(users["head_a"])
    assert head.post(f"/api/v1/reporting/reports/{report['id']}/submit").status_code == 200
    locked = clerk.put(
        f"/api/v1/reporting/reports/{report['id']}/",
        json.dumps({"expected_version": saved.json()["version"] + 1, "sections": {"I": "Sửa lén"}}),
        content_type="application/json",
    )
    assert locked.status_code == 400 and "không sửa được" in locked.json()["detail"]
    assert locked.json()["code"] == "bi_tu_choi"
    returned = aggregator.post(
        f"/api/v1/reporting/reports/{report['id']}/return",
        json.dumps({"comment": "Bổ sung"}),
        content_type="application/json",
    )
    assert returned.json()["status"] == "returned"
    completeness = aggregator.get(f"/api/v1/reporting/requests/{request_id}/completeness").json()
    assert (completeness["expected"], completeness["missing"]) == (2, 2)
