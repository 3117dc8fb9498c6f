"""Report reminders count WORKING days (issue 12): before and after the deadline, with the
calendar in force (legal holidays, the administrator's days off and make-up days)."""

import datetime
import json

import pytest
from django.test import Client

from danvan.calendars.models import CalendarDay
from danvan.calendars.services import calendar_day_set
from danvan.notifications.models import Notification
from danvan.reporting.deadline_kinds import report_reminders_send
from danvan.reporting.models import Reminder
from danvan.reporting.reminders import reminders_kinds_due, reminders_send
from danvan.reporting.services import request_issue

D = datetime.date


def _issue(users, tree, deadline, before=3, after=1):
    return request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="12",
        symbol="SNV-XDCQ",
        issued_on=D(2023, 4, 3),
        subject="Báo cáo công tác dân vận 6 tháng đầu năm 2023",
        period="2023-H1",
        deadline=deadline,
        targets=[tree["A"], tree["B"]],
        remind_days_before=before,
        remind_days_after=after,
    )


def _days_reminded(request, start, end, kind):
    days = []
    day = start
    while day <= end:
        if kind in reminders_kinds_due(request, day):
            days.append(day)
        day += datetime.timedelta(days=1)
    return days


def test_three_working_days_before_10_05_2023_is_05_05(users, tree):
    """29/04–03/05/2023 are days off (30/4, 1/5 and the swap), 06–07/05 a weekend."""
    request = _issue(users, tree, D(2023, 5, 10))
    assert _days_reminded(request, D(2023, 4, 1), D(2023, 5, 31), Reminder.Kind.BEFORE) == [
        D(2023, 5, 5)
    ]
    assert reminders_send(D(2023, 5, 7)) == {}  # 3 calendar days before: nothing any more
    assert reminders_send(D(2023, 5, 4)) == {}
    assert reminders_send(D(2023, 5, 5)) == {request.reference: 2}
    assert reminders_send(D(2023, 5, 5)) == {}  # once
    body = Notification.objects.filter(user=users["clerk_b"]).first().body
    assert "còn 3 ngày làm việc nữa là hết hạn (10/05/2023)" in body


def test_a_deadline_just_before_the_holiday_reminds_after_it(users, tree):
    """Due Friday 28/04/2023: one working day after is Thursday 04/05, not Saturday 29/04."""
    request = _issue(users, tree, D(2023, 4, 28), before=2, after=1)
    assert _days_reminded(request, D(2023, 4, 1), D(2023, 5, 31), Reminder.Kind.AFTER) == [
        D(2023, 5, 4)
    ]
    assert _days_reminded(request, D(2023, 4, 1), D(2023, 5, 31), Reminder.Kind.BEFORE) == [
        D(2023, 4, 26)
    ]
    assert report_reminders_send(D(2023, 4, 29)) == 0
    assert report_reminders_send(D(2023, 5, 4)) == 2
    body = Notification.objects.filter(user=users["clerk_a"]).first().body
    assert "đã quá hạn 1 ngày làm việc (hạn 28/04/2023)" in body


def test_the_administrators_make_up_day_counts(users, tree):
    """A make-up working Saturday 06/05/2023 moves the reminder 3 working days before
    10/05/2023 from Friday 05/05 to that Saturday."""
    calendar_day_set(day=D(2023, 5, 6), kind=CalendarDay.Kind.LAM_VIEC, note="Làm bù")
    request = _issue(users, tree, D(2023, 5, 10))
    assert _days_reminded(request, D(2023, 4, 1), D(2023, 5, 31), Reminder.Kind.BEFORE) == [
        D(2023, 5, 6)
    ]
    assert reminders_send(D(2023, 5, 5)) == {}


def test_no_reminder_set_means_none(users, tree):
    request = _issue(users, tree, D(2023, 5, 10), before=0, after=0)
    request.remind_on_day = False
    request.save()
    assert _days_reminded(request, D(2023, 4, 1), D(2023, 6, 30), Reminder.Kind.BEFORE) == []
    assert reminders_send(D(2023, 5, 10)) == {}


def test_the_request_form_and_the_api_say_working_days(users, login):
    page = login(users["aggregator"]).get("/bao-cao/phat-hanh/").content.decode()
    assert "Nhắc trước hạn (ngày làm việc)" in page
    assert "Nhắc sau hạn (ngày làm việc)" in page
    schema = json.loads(Client().get("/api/v1/openapi.json").content)
    text = json.dumps(schema, ensure_ascii=False)
    assert "trước hạn bấy nhiêu ngày làm việc" in text


@pytest.mark.parametrize("field", ["remind_days_before", "remind_days_after"])
def test_the_model_field_names_working_days(field):
    from danvan.reporting.models import ReportRequest

    assert "ngày làm việc" in ReportRequest._meta.get_field(field).verbose_name
