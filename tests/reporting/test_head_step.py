"""«Trình lãnh đạo»: the clerk sends the draft to the unit's head, who submits it or sends it
back with a comment; meanwhile only a head edits it, and the clerk may take it back. Clerks
and heads of other units can do none of it; every move is a Transition and tells somebody."""

import pytest

from danvan.core.errors import DomainError
from danvan.notifications.models import Notification
from danvan.reporting.models import Status, Transition
from danvan.reporting.selectors import request_completeness
from danvan.reporting.services import (
    Action,
    report_actions,
    report_head_return,
    report_open,
    report_review,
    report_save,
    report_send_to_head,
    report_submit,
    report_withdraw,
)
from tests.conftest import make_user


@pytest.fixture
def draft(users, request_2021, tree):
    return report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])


@pytest.fixture
def head_b(tree):
    return make_user("lanhdao.b", "lanh_dao", tree["B"])


def _moves(report):
    return [
        (t.from_status, t.to_status, t.by.get_username(), t.comment)
        for t in Transition.objects.filter(report=report)
    ]


def test_the_clerk_sends_to_the_head_who_is_told(users, draft):
    Notification.objects.all().delete()
    report = report_send_to_head(user=users["clerk_a"], report=draft, comment="Kính trình")
    assert report.status == Status.PENDING_HEAD
    assert report.get_status_display() == "Chờ lãnh đạo duyệt"
    assert _moves(report) == [("draft", "pending_head", "chuyenvien.a", "Kính trình")]
    told = Notification.objects.get()
    assert told.user == users["head_a"]
    assert told.subject.startswith("Chuyên viên chuyenvien.a trình lãnh đạo báo cáo của Sở Nội vụ")
    assert told.link == f"/bao-cao/bao-cao/{report.pk}/"
    assert told.target == report
    assert told.about.startswith("Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021 — Báo cáo")
    assert told.period == "Năm 2021"


def test_waiting_for_the_head_is_not_submitted(users, draft, request_2021):
    report_send_to_head(user=users["clerk_a"], report=draft)
    completeness = request_completeness(request_2021)
    row = next(u for u in completeness.units if u.unit_code == "A")
    assert row.status == "missing" and completeness.submitted == 0


def test_only_a_head_edits_a_report_waiting_for_the_head(users, draft):
    report = report_send_to_head(user=users["clerk_a"], report=draft)
    with pytest.raises(DomainError, match="chỉ lãnh đạo đơn vị sửa được"):
        report_save(
            user=users["clerk_a"], report=report, expected_version=report.version, sections={}
        )
    saved = report_save(
        user=users["head_a"],
        report=report,
        expected_version=report.version,
        sections={"I": "<p>Lãnh đạo sửa câu chữ.</p>"},
    )
    assert saved.status == Status.PENDING_HEAD and "Lãnh đạo sửa" in saved.sections["I"]


def test_the_head_submits_it(users, draft):
    report = report_send_to_head(user=users["clerk_a"], report=draft)
    report = report_submit(user=users["head_a"], report=report)
    assert report.status == Status.SUBMITTED and report.is_locked
    assert [m[:2] for m in _moves(report)] == [
        ("draft", "pending_head"),
        ("pending_head", "submitted"),
    ]


def test_the_head_sends_it_back_with_a_comment_and_the_clerks_are_told(users, draft):
    report = report_send_to_head(user=users["clerk_a"], report=draft)
    with pytest.raises(DomainError, match="ghi rõ ý kiến"):
        report_head_return(user=users["head_a"], report=report, comment="  ")
    Notification.objects.all().delete()
    report = report_head_return(user=users["head_a"], report=report, comment="Bổ sung mục IV.")
    assert report.status == Status.DRAFT
    assert _moves(report)[-1] == ("pending_head", "draft", "lanhdao.a", "Bổ sung mục IV.")
    told = Notification.objects.get()
    assert told.user == users["clerk_a"] and told.body == "Ý kiến: Bổ sung mục IV."
    # Back in draft, the clerk edits again.
    report_save(user=users["clerk_a"], report=report, expected_version=report.version, sections={})


def test_the_clerk_may_take_it_back_before_the_head_acts(users, draft):
    report = report_send_to_head(user=users["clerk_a"], report=draft)
    Notification.objects.all().delete()
    report = report_withdraw(user=users["clerk_a"], report=report)
    assert report.status == Status.DRAFT
    assert _moves(report)[-1][:3] == ("pending_head", "draft", "chuyenvien.a")
    assert Notification.objects.get().user == users["head_a"]
    with pytest.raises(DomainError, match="Không thể chuyển"):
        report_withdraw(user=users["clerk_a"], report=report)


def test_a_returned_report_goes_to_the_head_again(users, draft):
    report = report_submit(user=users["head_a"], report=draft)
    report = report_review(user=users["aggregator"], report=report, accept=False, comment="Sửa")
    report = report_send_to_head(user=users["clerk_a"], report=report)
    assert report.status == Status.PENDING_HEAD


def test_people_of_other_units_can_do_none_of_it(users, draft, head_b):
    clerk_b = users["clerk_b"]
    with pytest.raises(DomainError, match="Chỉ chuyên viên của đơn vị"):
        report_send_to_head(user=clerk_b, report=draft)
    with pytest.raises(DomainError, match="Chỉ chuyên viên của đơn vị"):
        report_send_to_head(user=users["head_a"], report=draft)  # the head does not "trình"
    report = report_send_to_head(user=users["clerk_a"], report=draft)
    with pytest.raises(DomainError, match="Chỉ lãnh đạo đơn vị"):
        report_head_return(user=head_b, report=report, comment="Không phải việc của tôi")
    with pytest.raises(DomainError, match="Chỉ lãnh đạo đơn vị"):
        report_submit(user=head_b, report=report)
    with pytest.raises(DomainError, match="Chỉ chuyên viên của đơn vị"):
        report_withdraw(user=clerk_b, report=report)
    with pytest.raises(DomainError, match="Chỉ lãnh đạo đơn vị"):
        report_head_return(user=users["clerk_a"], report=report, comment="Tự trả")
    report.refresh_from_db()
    assert report.status == Status.PENDING_HEAD and len(_moves(report)) == 1


def test_the_actions_each_person_has(users, draft, head_b):
    def actions(who, report):
        return report_actions(user=users.get(who) or who, report=report)

    assert actions("clerk_a", draft) == {Action.SAVE, Action.SEND_TO_HEAD}
    assert actions("head_a", draft) == {Action.SAVE, Action.SUBMIT}
    assert actions("clerk_b", draft) == set() and actions(head_b, draft) == set()
    pending = report_send_to_head(user=users["clerk_a"], report=draft)
    assert actions("clerk_a", pending) == {Action.WITHDRAW}
    assert actions("head_a", pending) == {Action.SAVE, Action.SUBMIT, Action.HEAD_RETURN}
    assert actions("aggregator", pending) == set()
    submitted = report_submit(user=users["head_a"], report=pending)
    assert actions("aggregator", submitted) == {Action.ACCEPT, Action.RETURN}
    assert actions("clerk_a", submitted) == set()
