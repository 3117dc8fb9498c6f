"""Both sides of a recommendation: the inspected unit reports, the inspecting unit closes or
rejects; nobody else sees or changes anything."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import Http404

from danvan.core.errors import DomainError, Forbidden
from danvan.deadlines.registry import Scope, deadline_kind
from danvan.deadlines.status import State, Status
from danvan.inspections import services
from danvan.inspections.models import Recommendation, Result
from danvan.inspections.selectors import (
    Side,
    inspection_visible,
    recommendation_visible,
    recommendations_visible,
)
from danvan.notifications.models import Notification
from danvan.orgunits.models import OrgUnit
from tests.inspections.conftest import TODAY

D = datetime.date


def _report(rec, user, result=Result.DANG_KHAC_PHUC, day=None):
    return services.recommendation_report(
        user=user,
        recommendation=rec,
        result=result,
        text="Đã niêm yết lại 45 thủ tục.",
        reported_on=day or D(2023, 9, 1),
        today=TODAY,
    )


def test_the_inspected_unit_reports_and_the_inspecting_unit_is_told(make_rec, people):
    rec = _report(make_rec(), people["clerk_b"])
    assert (rec.state, rec.result, rec.reported_on) == (
        State.DANG_THUC_HIEN,
        Result.DANG_KHAC_PHUC,
        D(2023, 9, 1),
    )
    told = Notification.objects.filter(subject__contains="báo cáo khắc phục kiến nghị KN-1")
    assert {n.user for n in told} >= {people["inspector"], people["inspector_head"]}
    assert people["clerk_b"] not in {n.user for n in told}


def test_the_inspecting_unit_closes_with_evidence_and_a_date(make_rec, people):
    rec = _report(make_rec(), people["clerk_b"], Result.DA_KHAC_PHUC)
    rec = services.recommendation_close(
        user=people["inspector"],
        recommendation=rec,
        done_on=D(2023, 9, 5),
        evidence="Biên bản kiểm tra lại ngày 05/09/2023",
        today=TODAY,
    )
    assert (rec.state, rec.result, rec.done_on) == (State.HOAN_THANH, "da_khac_phuc", D(2023, 9, 5))
    assert [e.label for e in services.recommendation_evidence(rec)] == [
        "Biên bản kiểm tra lại ngày 05/09/2023"
    ]
    assert rec.status_on(TODAY) == Status.HOAN_THANH
    with pytest.raises(DomainError, match="đã đóng"):
        _report(rec, people["clerk_b"])


def test_closing_late_reads_as_done_late(make_rec, people):
    rec = services.recommendation_close(
        user=people["inspector"],
        recommendation=make_rec(due=D(2023, 9, 1)),
        done_on=D(2023, 9, 20),
        evidence="Kiểm tra lại tại chỗ",
        today=TODAY,
    )
    assert rec.status_on(TODAY) == Status.HOAN_THANH_QUA_HAN


@pytest.mark.parametrize(
    ("done_on", "evidence", "message"),
    [
        (None, "Biên bản", "Nhập ngày khắc phục"),
        (D(2023, 6, 1), "Biên bản", "trước ngày kiểm tra"),
        (D(2024, 1, 1), "Biên bản", "sau ngày hôm nay"),
        (D(2023, 9, 5), "   ", "minh chứng"),
    ],
)
def test_a_bad_closure_changes_nothing(make_rec, people, done_on, evidence, message):
    rec = make_rec()
    with pytest.raises(DomainError, match=message):
        services.recommendation_close(
            user=people["inspector"],
            recommendation=rec,
            done_on=done_on,
            evidence=evidence,
            today=TODAY,
        )
    rec.refresh_from_db()
    assert (rec.state, rec.done_on, rec.result) == (State.CHUA_THUC_HIEN, None, "")


def test_not_accepted_sends_the_report_back_open(make_rec, people):
    rec = _report(make_rec(), people["clerk_b"])
    rec = services.recommendation_reject(
        user=people["inspector"],
        recommendation=rec,
        reason="Chưa ban hành quy chế",
        today=D(2023, 9, 10),
    )
    assert (rec.state, rec.result) == (State.CHUA_THUC_HIEN, "")
    assert (rec.rejected_on, rec.rejected_reason) == (D(2023, 9, 10), "Chưa ban hành quy chế")
    assert Notification.objects.filter(
        user=people["clerk_b"], subject__contains="không được chấp nhận"
    ).exists()
    rec = _report(rec, people["clerk_b"], Result.DA_KHAC_PHUC, D(2023, 9, 20))
    assert (rec.state, rec.result) == (State.DANG_THUC_HIEN, Result.DA_KHAC_PHUC)
    assert rec.rejected_reason == "Chưa ban hành quy chế"  # the earlier refusal stays readable


def test_rejecting_needs_a_report_and_a_reason(make_rec, people):
    rec = make_rec()
    with pytest.raises(DomainError, match="chưa có báo cáo khắc phục"):
        services.recommendation_reject(user=people["inspector"], recommendation=rec, reason="x")
    rec = _report(rec, people["clerk_b"])
    with pytest.raises(DomainError, match="lý do"):
        services.recommendation_reject(user=people["inspector"], recommendation=rec, reason=" ")


@pytest.mark.parametrize(
    ("result", "text", "day", "message"),
    [
        ("", "Đã làm", D(2023, 9, 1), "Chọn kết quả"),
        ("xong", "Đã làm", D(2023, 9, 1), "Chọn kết quả"),
        ("da_khac_phuc", "  ", D(2023, 9, 1), "Ghi rõ"),
        ("da_khac_phuc", "Đã làm", None, "Nhập ngày báo cáo"),
        ("da_khac_phuc", "Đã làm", D(2023, 5, 1), "trước ngày kiểm tra"),
    ],
)
def test_a_bad_report_changes_nothing(make_rec, people, result, text, day, message):
    rec = make_rec()
    with pytest.raises(DomainError, match=message):
        services.recommendation_report(
            user=people["clerk_b"],
            recommendation=rec,
            result=result,
            text=text,
            reported_on=day,
            today=TODAY,
        )
    rec.refresh_from_db()
    assert (rec.state, rec.result, rec.reported_on) == (State.CHUA_THUC_HIEN, "", None)


def test_each_side_does_only_its_own_part(make_rec, people, inspection, tree):
    rec = make_rec()
    with pytest.raises(Forbidden):
        _report(rec, people["inspector"])  # the inspecting unit does not report for B
    for user in (people["clerk_b"], people["head_b"], people["aggregator"]):
        with pytest.raises(Forbidden):
            services.recommendation_close(
                user=user,
                recommendation=rec,
                done_on=D(2023, 9, 5),
                evidence="x",
                today=TODAY,
            )
    rec = _report(rec, people["head_b"])  # the inspected unit's head is a keeper too
    with pytest.raises(Forbidden):
        services.recommendation_reject(user=people["clerk_b"], recommendation=rec, reason="x")
    with pytest.raises(Forbidden):
        services.recommendation_create(
            user=people["clerk_b"],
            values={
                "code": "KN-B",
                "inspection": inspection,
                "unit": tree["B"],
                "content": "Tự kiến nghị",
                "due_on": D(2023, 9, 1),
            },
        )
    with pytest.raises(Forbidden):
        services.recommendation_update(
            user=people["clerk_b"], recommendation=rec, values={"content": "Sửa"}
        )
    services.recommendation_update(
        user=people["inspector"], recommendation=rec, values={"content": "Nội dung mới"}
    )
    assert Recommendation.objects.get(pk=rec.pk).content == "Nội dung mới"


def test_both_sides_see_it_and_a_third_unit_sees_none(make_rec, people, inspection):
    rec = make_rec()
    inspecting = recommendations_visible(people["inspector"], side=Side.INSPECTING)
    remediating = recommendations_visible(people["clerk_b"], side=Side.REMEDIATING)
    assert list(inspecting) == list(remediating) == [rec]
    assert not recommendations_visible(people["inspector"], side=Side.REMEDIATING).exists()
    assert not recommendations_visible(people["clerk_b"], side=Side.INSPECTING).exists()
    assert list(recommendations_visible(people["aggregator"])) == [rec]  # the province, above
    assert not recommendations_visible(people["clerk_x"]).exists()
    with pytest.raises(Http404):
        recommendation_visible(people["clerk_x"], rec.pk)
    with pytest.raises(Http404):
        inspection_visible(people["clerk_x"], inspection.pk)
    assert inspection_visible(people["clerk_b"], inspection.pk) == inspection


def test_a_recommendation_is_a_deadline_kind(make_rec, people):
    open_one = make_rec("KN-1", due=D(2023, 10, 31))
    closed = make_rec("KN-2")
    services.recommendation_close(
        user=people["inspector"],
        recommendation=closed,
        done_on=D(2023, 9, 5),
        evidence="Biên bản",
        today=TODAY,
    )
    kind = deadline_kind("inspections.recommendation")
    assert kind.label == "Kiến nghị sau kiểm tra" and kind.model is Recommendation
    units = OrgUnit.objects.filter(code="B")
    items = list(kind.items(Scope(units=units, day=D(2023, 11, 1))))
    assert [(d.key, d.status, d.due) for d in items] == [
        (f"inspections.recommendation:{open_one.pk}", Status.QUA_HAN, D(2023, 10, 31))
    ]
    assert items[0].url == f"/kien-nghi/{open_one.pk}/"
    every = list(kind.items(Scope(units=units, day=D(2023, 11, 1), include_closed=True)))
    assert len(every) == 2
    assert not list(kind.items(Scope(units=OrgUnit.objects.filter(code="X"), day=TODAY)))
    assert kind.can_change(people["inspector"], open_one)
    assert not kind.can_change(people["clerk_b"], open_one)
    assert list(kind.visible(people["clerk_x"])) == []


def test_closed_through_the_engine_means_remedied(make_rec):
    rec = make_rec()
    rec.state, rec.done_on = State.HOAN_THANH, D(2023, 9, 1)
    rec.save()
    rec.refresh_from_db()
    assert rec.result == Result.DA_KHAC_PHUC


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [("bao-cao.exe", 10, "không nhận được"), ("bao-cao.pdf", 6 * 1024 * 1024, "lớn quá 5 MB")],
)
def test_uploads_have_limits(make_rec, people, name, size, message):
    rec = make_rec()
    upload = SimpleUploadedFile(name, b"x" * size)
    with pytest.raises(DomainError, match=message):
        services.recommendation_report(
            user=people["clerk_b"],
            recommendation=rec,
            result=Result.DANG_KHAC_PHUC,
            text="Đã làm",
            reported_on=D(2023, 9, 1),
            upload=upload,
            today=TODAY,
        )
    rec.refresh_from_db()
    assert rec.reported_on is None and not rec.report_file


def test_inspection_details_by_the_inspecting_unit_only(inspection, people):
    upload = SimpleUploadedFile("ket-luan.pdf", b"%PDF-1.4 ket luan")
    record = services.inspection_details_update(
        user=people["inspector"],
        inspection=inspection,
        values={"leader": "Phạm Thị Hoa", "conclusion": "Kết luận mới"},
        upload=upload,
    )
    assert (record.leader, record.conclusion) == ("Phạm Thị Hoa", "Kết luận mới")
    assert record.conclusion_file.name.endswith(".pdf")
    with pytest.raises(Forbidden):
        services.inspection_details_update(
            user=people["clerk_b"], inspection=inspection, values={"leader": "Tôi"}
        )
    with pytest.raises(DomainError, match="trước ngày kiểm tra"):
        services.inspection_details_update(
            user=people["inspector"],
            inspection=inspection,
            values={"conclusion_on": D(2023, 1, 1)},
        )
