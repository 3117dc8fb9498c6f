"""The day's run of the deadline engine (``danvan reminders``, once a day from the scheduler):

1. every kind's ``daily(day)`` work (a plan item creating its report request …), whose lines
   say what it did;
2. reminders of every kind the engine reminds for (``remind is None``): to the keepers
   (chuyên viên, lãnh đạo) of the owner unit of each open thing, ``remind_before`` working
   days before its due date, on the day, and ``remind_after`` working days after it while it
   is still open — counted with the calendar in force; a kind with its own reminders (report
   requests) has its ``remind(day)`` called instead;
3. the daily digest: one notification per person with open things in their scope due within
   :data:`DIGEST_WORKING_DAYS` working days or overdue.

Everything sent is recorded (``ReminderSent`` per thing, unit, kind of reminder and day;
``DigestSent`` per person and day), so running twice a day sends nothing the second time.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import NoReverseMatch, reverse

from danvan.accounts.access import REGISTER_KEEPERS, access_holders
from danvan.calendars.selectors import calendar_current
from danvan.core.dates import format_date
from danvan.core.numbers import format_number
from danvan.deadlines.models import DigestSent, ReminderSent
from danvan.deadlines.registry import DeadlineKind, Due, Scope, deadline_kinds
from danvan.deadlines.selectors import deadline_when, deadlines_for, deadlines_with_days
from danvan.notifications.services import notification_send
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_active

log = logging.getLogger(__name__)

DIGEST = "digest"  # the key of the digests' count in deadline_reminders_send's answer
DIGEST_WORKING_DAYS = 5
DIGEST_MAX_LINES = 40

SUBJECTS = {
    ReminderSent.Kind.BEFORE: "Sắp đến hạn — {kind}: {title}",
    ReminderSent.Kind.ON_DAY: "Hôm nay đến hạn — {kind}: {title}",
    ReminderSent.Kind.AFTER: "Đã quá hạn — {kind}: {title}",
}
BODIES = {
    ReminderSent.Kind.BEFORE: "{unit}: «{title}» có hạn {due}, {when}.",
    ReminderSent.Kind.ON_DAY: "{unit}: hôm nay ({due}) là hạn của «{title}».",
    ReminderSent.Kind.AFTER: "{unit}: «{title}» có hạn {due}, {when}, chưa hoàn thành.",
}
DIGEST_SUBJECT = "Việc cần làm ngày {day}: {n} việc đến hạn hoặc quá hạn"
DIGEST_MORE = "… và {n} việc khác."
DAILY_FAILED = "Lỗi khi chạy việc hằng ngày của «{kind}»: {error}"


@dataclass
class RemindersRun:
    """What one day's run did: each kind's daily lines, reminders sent per kind, digests."""

    day: datetime.date
    lines: dict[str, list[str]] = field(default_factory=dict)  # kind name -> lines
    reminders: dict[str, int] = field(default_factory=dict)  # kind name -> reminders sent
    digests: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {**self.reminders, DIGEST: self.digests}


def reminders_due_kinds(item: Due, day: datetime.date, calendar) -> list[str]:
    """Which reminders ``item`` gets on ``day``: ``remind_before`` working days before its due
    date (exactly that day), on the day itself, ``remind_after`` working days after it."""
    if item.due is None or not item.is_open:
        return []
    kinds = []
    if item.remind_before and day == calendar.add_working_days(item.due, -item.remind_before):
        kinds.append(ReminderSent.Kind.BEFORE)
    if item.remind_on_day and day == item.due:
        kinds.append(ReminderSent.Kind.ON_DAY)
    if item.remind_after and day == calendar.add_working_days(item.due, item.remind_after):
        kinds.append(ReminderSent.Kind.AFTER)
    return kinds


def _remind(kind: DeadlineKind, item: Due, which: str, day: datetime.date) -> int:
    """Send one reminder of ``item`` to its owner unit's keepers, unless already sent."""
    with transaction.atomic():
        _, created = ReminderSent.objects.get_or_create(
            key=item.key[:80], unit=item.unit, kind=which, day=day
        )
        if not created:
            return 0
        people = access_holders([item.unit], REGISTER_KEEPERS)[item.unit.pk]
        words = {
            "kind": kind.label,
            "title": item.title,
            "unit": item.unit.name,
            "due": format_date(item.due),
            "when": deadline_when(item.days_left, item.overdue, item.due, day),
        }
        notification_send(
            users=people,
            subject=SUBJECTS[which].format(**words)[:300],
            body=BODIES[which].format(**words),
            link=item.url,
            about=f"{kind.label}: {item.title}",
        )
    return 1


def _engine_reminders(kind: DeadlineKind, day: datetime.date, units, calendar) -> int:
    scope = Scope(units=units, day=day, user=None)
    items = deadlines_with_days(list(kind.items(scope)), day, calendar)
    sent = 0
    for item in items:
        if item.unit is None:
            continue
        for which in reminders_due_kinds(item, day, calendar):
            sent += _remind(kind, item, which, day)
    return sent


def digest_lines(items: list[Due], day: datetime.date) -> list[str]:
    labels = {kind.name: kind.label for kind in deadline_kinds()}
    lines = []
    for item in items:
        when = deadline_when(item.days_left, item.overdue, item.due, day)
        unit = f" ({item.unit.name})" if item.unit is not None else ""
        lines.append(
            f"{labels.get(item.kind, item.kind)}: {item.title}{unit} — hạn "
            f"{format_date(item.due)}, {when}"
        )
    return lines


def digest_items(user, day: datetime.date) -> list[Due]:
    """The open things in ``user``'s scope that are overdue or due within
    :data:`DIGEST_WORKING_DAYS` working days on ``day``, the most pressing first."""
    return [
        item
        for item in deadlines_for(user, day=day)
        if item.is_open
        and item.due is not None
        and (item.overdue or (item.days_left is not None and item.days_left <= DIGEST_WORKING_DAYS))
    ]


def _digest_link() -> str:
    try:
        return reverse("deadlines:overview")
    except NoReverseMatch:
        return reverse("home")


def deadline_digests_send(day: datetime.date) -> int:
    """One digest per person (with a grant) who has something due soon or overdue, at most one
    a day. Returns how many were sent now."""
    User = get_user_model()
    already = set(DigestSent.objects.filter(day=day).values_list("user_id", flat=True))
    people = (
        User.objects.filter(is_active=True, grants__isnull=False)
        .exclude(pk__in=already)
        .distinct()
        .order_by("pk")
    )
    link = _digest_link()
    sent = 0
    for person in people:
        items = digest_items(person, day)
        if not items:
            continue
        with transaction.atomic():
            _, created = DigestSent.objects.get_or_create(
                user=person, day=day, defaults={"items": len(items)}
            )
            if not created:
                continue
            lines = digest_lines(items[:DIGEST_MAX_LINES], day)
            if len(items) > DIGEST_MAX_LINES:
                lines.append(DIGEST_MORE.format(n=format_number(len(items) - DIGEST_MAX_LINES)))
            notification_send(
                users=[person],
                subject=DIGEST_SUBJECT.format(day=format_date(day), n=format_number(len(items))),
                body="\n".join(lines),
                link=link,
            )
        sent += 1
    return sent


def deadline_reminders_run(day: datetime.date) -> RemindersRun:
    """The whole day's run (see the module docstring)."""
    run = RemindersRun(day=day)
    kinds = deadline_kinds()
    for kind in kinds:
        if kind.daily is None:
            continue
        try:
            with transaction.atomic():
                run.lines[kind.name] = list(kind.daily(day))
        except Exception as error:  # noqa: BLE001 - one kind's failure must not stop the others
            log.exception("Việc hằng ngày của %s bị lỗi", kind.name)
            run.failures.append(DAILY_FAILED.format(kind=kind.label, error=error))
    calendar = calendar_current()
    units = orgunit_active(OrgUnit.objects.all(), day)
    for kind in kinds:
        if kind.remind is not None:
            run.reminders[kind.name] = int(kind.remind(day) or 0)
        else:
            run.reminders[kind.name] = _engine_reminders(kind, day, units, calendar)
    run.digests = deadline_digests_send(day)
    return run


def deadline_reminders_send(day: datetime.date) -> dict[str, int]:
    """Run the day (daily work, reminders, digests) and say how many reminders each kind sent
    (by kind name) and how many digests (under :data:`DIGEST`)."""
    return deadline_reminders_run(day).counts
