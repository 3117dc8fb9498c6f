"""Who is told what about a request: new request, changed deadline, reminders before, on and
after the deadline, the aggregator's one-click reminder, and every transition of a report.

Reminders are recorded (one per unit, kind and day), so running ``danvan reminders`` twice a
day, or clicking twice, never sends the same reminder twice.
"""

import datetime

from django.urls import reverse

from danvan.accounts.access import access_holders
from danvan.accounts.models import Role
from danvan.calendars.selectors import calendar_current
from danvan.core.dates import format_date
from danvan.notifications.services import notification_send
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Period, PeriodError
from danvan.reporting.models import Reminder, ReportRequest, RequestTarget, Status, UnitReport

KEEPERS = [Role.CHUYEN_VIEN, Role.LANH_DAO]


def _link(request: ReportRequest) -> str:
    return reverse("reporting:detail", args=[request.pk])


def _concerns(request: ReportRequest, target=None) -> dict:
    """What a notification is about: the object, the request's number and trích yếu, the
    period — shown in the inbox next to the message."""
    try:
        period = Period.parse(request.period).title
    except PeriodError:
        period = request.period
    return {
        "target": target if target is not None else request,
        "about": f"{request.reference} — {request.subject}",
        "period": period,
    }


def _tell_units(units, subject: str, body: str, link: str, concerns: dict, roles=None) -> int:
    holders = access_holders(units, roles or KEEPERS)
    people = [person for unit in units for person in holders[unit.pk]]
    return notification_send(users=people, subject=subject, body=body, link=link, **concerns)


def notify_issued(request: ReportRequest) -> int:
    units = [t.unit for t in request.targets.select_related("unit")]
    return _tell_units(
        units,
        f"Yêu cầu báo cáo mới: {request.reference}",
        f"{request.subject}. Hạn gửi báo cáo: {format_date(request.deadline)}.",
        _link(request),
        _concerns(request),
    )


def notify_deadline_changed(request: ReportRequest, old: datetime.date, reason: str) -> int:
    units = [t.unit for t in request.targets.select_related("unit")]
    body = f"Hạn gửi báo cáo đổi từ {format_date(old)} sang {format_date(request.deadline)}."
    if reason:
        body += f" Lý do: {reason}"
    return _tell_units(
        units,
        f"Đổi hạn gửi báo cáo: {request.reference}",
        body,
        _link(request),
        _concerns(request),
    )


def notify_transition(
    report: UnitReport, to: str, comment: str = "", *, by=None, withdrawn: bool = False
) -> int:
    link = reverse("reporting:report", args=[report.pk])
    name = report.unit.name
    concerns = _concerns(report.request, report)
    body = f"Ý kiến: {comment}" if comment else ""
    if to == Status.SUBMITTED:
        holders = access_holders([report.request.issuer], [Role.TONG_HOP])
        people = holders[report.request.issuer_id]
        return notification_send(
            users=people,
            subject=f"{name} đã gửi báo cáo theo {report.request.reference}",
            link=link,
            **concerns,
        )
    who = (by.get_full_name() or by.get_username()) if by is not None else ""
    if to == Status.PENDING_HEAD:
        subject = f"Chuyên viên {who} trình lãnh đạo báo cáo của {name}".replace("  ", " ")
        return _tell_units([report.unit], subject, body, link, concerns, [Role.LANH_DAO])
    if to == Status.DRAFT and withdrawn:
        subject = f"Chuyên viên {who} đã rút lại báo cáo của {name} để sửa".replace("  ", " ")
        return _tell_units([report.unit], subject, body, link, concerns, [Role.LANH_DAO])
    if to == Status.DRAFT:
        subject = f"Lãnh đạo trả lại báo cáo của {name} để chuyên viên sửa"
        return _tell_units([report.unit], subject, body, link, concerns, [Role.CHUYEN_VIEN])
    subject = {
        Status.RETURNED: f"Báo cáo của {name} bị trả lại",
        Status.ACCEPTED: f"Báo cáo của {name} đã được tiếp nhận",
    }[to]
    return _tell_units([report.unit], subject, body, link, concerns)


def units_not_delivered(request: ReportRequest) -> list[OrgUnit]:
    delivered = UnitReport.objects.filter(
        request=request, status__in=[Status.SUBMITTED, Status.ACCEPTED]
    ).values("unit_id")
    return [
        t.unit
        for t in RequestTarget.objects.filter(request=request)
        .exclude(unit_id__in=delivered)
        .select_related("unit")
        .order_by("unit__path")
    ]


def _remind(request: ReportRequest, kind: str, day: datetime.date, by=None, calendar=None) -> int:
    """Remind every unit that has not delivered, once per kind and day. Returns how many
    units were reminded now (those already reminded today are skipped)."""
    units = units_not_delivered(request)
    done = set(
        Reminder.objects.filter(request=request, kind=kind, day=day).values_list(
            "unit_id", flat=True
        )
    )
    units = [u for u in units if u.pk not in done]
    if not units:
        return 0
    Reminder.objects.bulk_create(
        [Reminder(request=request, unit=u, kind=kind, day=day, by=by) for u in units]
    )
    calendar = calendar or calendar_current()
    deadline = format_date(request.deadline)
    if day < request.deadline:
        left = calendar.working_days_between(day, request.deadline)
        when = f"còn {left} ngày làm việc nữa là hết hạn ({deadline})"
    elif day == request.deadline:
        when = f"hôm nay ({deadline}) là hạn cuối"
    else:
        late = calendar.working_days_between(request.deadline, day)
        when = f"đã quá hạn {late} ngày làm việc (hạn {deadline})"
    _tell_units(
        units,
        f"Nhắc gửi báo cáo: {request.reference}",
        f"Đơn vị chưa gửi báo cáo «{request.subject}»; {when}.",
        _link(request),
        _concerns(request),
    )
    return len(units)


def reminders_kinds_due(request: ReportRequest, day: datetime.date, calendar=None) -> list[str]:
    """The reminders of ``request`` due on ``day``. Before and after count WORKING days with
    the calendar in force: ``remind_days_before`` = 3 and a deadline of 10/05/2023 remind on
    05/05/2023 (29/04–03/05 are days off), not on 07/05."""
    calendar = calendar or calendar_current()
    kinds = []
    if request.remind_days_before and day == calendar.add_working_days(
        request.deadline, -request.remind_days_before
    ):
        kinds.append(Reminder.Kind.BEFORE)
    if request.remind_on_day and day == request.deadline:
        kinds.append(Reminder.Kind.ON_DAY)
    if request.remind_days_after and day == calendar.add_working_days(
        request.deadline, request.remind_days_after
    ):
        kinds.append(Reminder.Kind.AFTER)
    return kinds


def reminders_send(day: datetime.date) -> dict[str, int]:
    """The scheduled reminders of ``day`` (run daily: ``danvan reminders``). Returns the
    number of units reminded per request reference."""
    year = datetime.timedelta(days=366)  # reminders further than that from the deadline: none
    sent = {}
    calendar = calendar_current()
    for request in ReportRequest.objects.filter(deadline__range=(day - year, day + year)):
        kinds = reminders_kinds_due(request, day, calendar)
        count = sum(_remind(request, kind, day, calendar=calendar) for kind in kinds)
        if count:
            sent[request.reference] = count
    return sent


def reminders_send_overdue(request: ReportRequest, *, by, day: datetime.date) -> int:
    """The aggregator's one click: remind every unit that has not delivered yet."""
    return _remind(request, Reminder.Kind.MANUAL, day, by=by)
