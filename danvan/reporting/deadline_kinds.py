"""Report requests as due things of the deadline engine (``danvan.deadlines``): one line per
(request, target unit) whose report is not yet submitted or accepted — chưa thực hiện (no
report yet), đang thực hiện (a draft, waiting for the head, returned), quá hạn (past the
deadline) — and, when the overview asks for closed things too, the delivered ones, done on
the day of their first submission (the day completeness counts).

The home page already shows these lines, richer, through the reporting worklist provider, so
the kind says ``on_home=False``; its reminders are reporting's own (``remind=``), counted in
working days (:mod:`danvan.reporting.reminders`).
"""

from __future__ import annotations

from django.db.models import Min, Q
from django.urls import reverse
from django.utils import timezone

from danvan.deadlines.registry import DeadlineKind, Due, Scope
from danvan.deadlines.status import State, status_on
from danvan.reporting.models import RequestTarget, Status, UnitReport
from danvan.reporting.reminders import reminders_send

KIND = "reporting.request"
LABEL = "Yêu cầu báo cáo"
DELIVERED = (Status.SUBMITTED, Status.ACCEPTED)


def report_requests_due(scope: Scope) -> list[Due]:
    targets = (
        RequestTarget.objects.filter(unit__in=scope.units, request__issued_on__lte=scope.day)
        .select_related("request", "unit")
        .order_by("request__deadline", "unit__path")
    )
    reports = {
        (r.request_id, r.unit_id): r
        for r in UnitReport.objects.filter(
            unit__in=scope.units, request__issued_on__lte=scope.day
        ).annotate(first=Min("transitions__at", filter=Q(transitions__to_status=Status.SUBMITTED)))
    }
    items = []
    for target in targets:
        request, unit = target.request, target.unit
        report = reports.get((request.pk, unit.pk))
        first = getattr(report, "first", None)
        first_day = timezone.localtime(first).date() if first else None
        delivered = (
            report is not None
            and report.status in DELIVERED
            and first_day is not None
            and first_day <= scope.day
        )
        if delivered:
            if not scope.include_closed:
                continue
            state, done_on = State.HOAN_THANH, first_day
        else:
            if report is None and unit.valid_to is not None and unit.valid_to < scope.day:
                continue  # a unit closed or merged since can no longer answer
            state = State.CHUA_THUC_HIEN if report is None else State.DANG_THUC_HIEN
            done_on = None
        url = (
            reverse("reporting:report", args=[report.pk])
            if report is not None
            else reverse("reporting:detail", args=[request.pk])
        )
        items.append(
            Due(
                key=f"reporting.requesttarget:{target.pk}",
                kind=KIND,
                unit=unit,
                title=request.subject,
                url=url,
                due=request.deadline,
                status=status_on(state, request.deadline, done_on, scope.day),
                done_on=done_on,
                detail=request.reference,
                remind_before=request.remind_days_before,
                remind_on_day=request.remind_on_day,
                remind_after=request.remind_days_after,
            )
        )
    return items


def report_reminders_send(day) -> int:
    """Reporting's own reminders of ``day`` (working days), for the engine's daily run."""
    return sum(reminders_send(day).values())


REPORT_REQUESTS = DeadlineKind(
    name=KIND,
    label=LABEL,
    items=report_requests_due,
    position=40,
    remind=report_reminders_send,
    on_home=False,
)
