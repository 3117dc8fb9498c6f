"""The working-day calendar in force: the legal holidays of the ``holidays`` package with the
administrator's changes (CalendarDay) on top."""

import datetime

from danvan.calendars.models import CalendarDay
from danvan.calendars.workdays import WorkingDayCalendar


def calendar_default() -> WorkingDayCalendar:
    return WorkingDayCalendar()


def calendar_current() -> WorkingDayCalendar:
    entries = list(CalendarDay.objects.all())
    return WorkingDayCalendar(
        extra_days_off=[e.day for e in entries if e.kind == CalendarDay.Kind.NGHI],
        extra_working_days=[e.day for e in entries if e.kind == CalendarDay.Kind.LAM_VIEC],
        names={e.day: e.note for e in entries if e.note},
    )


def calendar_add_working_days(day: datetime.date, n: int) -> datetime.date:
    return calendar_current().add_working_days(day, n)


def calendar_working_days_between(a: datetime.date, b: datetime.date) -> int:
    return calendar_current().working_days_between(a, b)


def calendar_entries(year: int) -> list[CalendarDay]:
    return list(CalendarDay.objects.filter(day__year=year))
