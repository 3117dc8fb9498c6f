"""Notifications and reminders: who is told, when, once; the inbox and e-mail."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command

from danvan.core.errors import DomainError
from danvan.deadlines.registry import deadline_kinds
from danvan.notifications.models import Notification
from danvan.reporting.models import Reminder
from danvan.reporting.reminders import reminders_send
from danvan.reporting.services import (
    report_open,
    report_review,
    report_submit,
    request_amend_deadline,
    request_remind_overdue,
)

D = datetime.date


def _inbox(user):
    return list(Notification.objects.filter(user=user).values_list("subject", flat=True))


def test_issuing_tells_the_keepers_of_every_target_unit(users, request_2021):
    for name in ("clerk_a", "head_a", "clerk_b"):
        assert _inbox(users[name]) == [f"Yêu cầu báo cáo mới: {request_2021.reference}"]
    assert _inbox(users["aggregator"]) == []  # not a target: told nothing


def test_the_deadline_amendment_is_recorded_and_every_unit_told(users, request_2021):
    request_amend_deadline(
        user=users["aggregator"], request=request_2021, deadline=D(2021, 11, 20), reason="Lùi hạn"
    )
    latest = Notification.objects.filter(user=users["clerk_b"]).first()
    assert latest.subject.startswith("Đổi hạn gửi báo cáo")
    assert "từ 10/11/2021 sang 20/11/2021" in latest.body and "Lùi hạn" in latest.body
    with pytest.raises(DomainError, match="phải sau ngày ban hành"):
        request_amend_deadline(
            user=users["aggregator"], request=request_2021, deadline=D(2021, 1, 1), reason=""
        )


@pytest.mark.parametrize(
    ("day", "kind"),
    [
        # 3 working days before Wednesday 10/11/2021: Friday 05/11 (the weekend not counted)
        (D(2021, 11, 5), Reminder.Kind.BEFORE),
        (D(2021, 11, 10), Reminder.Kind.ON_DAY),
        (D(2021, 11, 11), Reminder.Kind.AFTER),  # 1 working day after
    ],
)
def test_scheduled_reminders_reach_units_that_have_not_delivered_once(
    users, tree, request_2021, day, kind
):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report_submit(user=users["head_a"], report=report)
    assert reminders_send(day) == {request_2021.reference: 2}  # B and X, not A
    assert set(Reminder.objects.values_list("unit__code", "kind")) == {
        ("B", kind),
        ("X", kind),
    }
    assert reminders_send(day) == {}  # never twice the same day
    assert _inbox(users["clerk_b"])[0] == f"Nhắc gửi báo cáo: {request_2021.reference}"
    assert not any(s.startswith("Nhắc") for s in _inbox(users["clerk_a"]))


def test_no_reminder_on_other_days(request_2021):
    assert reminders_send(D(2021, 11, 7)) == {}  # 3 calendar days before: a Sunday
    assert reminders_send(D(2021, 11, 8)) == {}
    assert reminders_send(D(2021, 11, 12)) == {}


def test_the_aggregators_one_click_reminder(users, tree, request_2021):
    with pytest.raises(DomainError):
        request_remind_overdue(user=users["clerk_a"], request=request_2021)
    assert request_remind_overdue(user=users["aggregator"], request=request_2021) == 3
    assert request_remind_overdue(user=users["aggregator"], request=request_2021) == 0


def test_transitions_are_told_to_the_other_side_and_go_out_by_email(
    users, tree, request_2021, django_capture_on_commit_callbacks
):
    users["aggregator"].email = "tonghop@snv.gov.vn"
    users["aggregator"].save()
    users["clerk_a"].email = "cv.a@snv.gov.vn"
    users["clerk_a"].save()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
        report = report_submit(user=users["head_a"], report=report)
        assert _inbox(users["aggregator"])[0].startswith("Sở Nội vụ đã gửi báo cáo")
        report_review(
            user=users["aggregator"], report=report, accept=False, comment="Bổ sung số liệu"
        )
    returned = Notification.objects.filter(user=users["clerk_a"]).first()
    assert returned.subject == "Báo cáo của Sở Nội vụ bị trả lại"
    assert returned.body == "Ý kiến: Bổ sung số liệu"
    assert [m.to for m in mail.outbox] == [["tonghop@snv.gov.vn"], ["cv.a@snv.gov.vn"]]
    assert "Bổ sung số liệu" in mail.outbox[1].body


def test_the_reminders_command(users, request_2021, capsys):
    # `danvan reminders` now lives in danvan.deadlines and reaches these reminders through the
    # report-request kind's ``remind`` (registered from the reporting app's ready()).
    if not any(kind.remind is not None for kind in deadline_kinds()):
        pytest.skip("Loại việc «yêu cầu báo cáo» chưa đăng ký với danvan.deadlines (remind=)")
    call_command("reminders", "--date", "10/11/2021")
    assert "đã nhắc 3 đơn vị" in capsys.readouterr().out
    call_command("reminders", "--date", "10/11/2021")
    assert "không có lời nhắc nào" in capsys.readouterr().out


def test_every_notification_says_which_request_and_period_it_concerns(users, request_2021, tree):
    about = (
        "Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021 — "
        "Báo cáo kết quả thực hiện quy chế dân chủ năm 2021"
    )
    issued = Notification.objects.get(user=users["clerk_b"])
    assert (issued.target, issued.about, issued.period) == (request_2021, about, "Năm 2021")
    request_remind_overdue(user=users["aggregator"], request=request_2021)
    reminded = Notification.objects.filter(user=users["clerk_b"]).first()
    assert reminded.subject.startswith("Nhắc gửi báo cáo")
    assert (reminded.target, reminded.period) == (request_2021, "Năm 2021")
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report = report_submit(user=users["head_a"], report=report)
    report_review(user=users["aggregator"], report=report, accept=False, comment="Sửa mục III")
    returned = Notification.objects.filter(user=users["clerk_a"]).first()
    assert returned.subject == "Báo cáo của Sở Nội vụ bị trả lại"
    assert (returned.target, returned.about) == (report, about)
    told = Notification.objects.filter(user=users["aggregator"]).first()
    assert (told.target, told.period) == (report, "Năm 2021")
