"""Daily work put on the task queue's schedule (django-q2 ``Schedule``), registered by domain
apps (the deadlines app: the daily reminders). The schedules are created after ``migrate``,
idempotently: one row per name, its function kept up to date, its next run left alone."""

import datetime
from dataclasses import dataclass

from django.utils import timezone


@dataclass(frozen=True)
class Daily:
    name: str
    func: str  # dotted path of the function the worker calls
    hour: int  # local time of the first run (then every day)


_DAILY: dict[str, Daily] = {}


def job_schedule_daily(name: str, func: str, *, hour: int = 6) -> None:
    _DAILY[name] = Daily(name, func, hour)


def daily_schedules() -> list[Daily]:
    return list(_DAILY.values())


def _next_run(hour: int) -> datetime.datetime:
    now = timezone.localtime()
    first = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    return first if first > now else first + datetime.timedelta(days=1)


def schedules_ensure(**kwargs) -> int:
    """Create the missing daily schedules (and correct a changed function); returns how many
    were created. Safe to run after every ``migrate``."""
    from django_q.models import Schedule

    created = 0
    for daily in daily_schedules():
        found = Schedule.objects.filter(name=daily.name).first()
        if found is None:
            Schedule.objects.create(
                name=daily.name,
                func=daily.func,
                schedule_type=Schedule.DAILY,
                repeats=-1,
                next_run=_next_run(daily.hour),
            )
            created += 1
        elif found.func != daily.func or found.schedule_type != Schedule.DAILY:
            found.func, found.schedule_type = daily.func, Schedule.DAILY
            found.save(update_fields=["func", "schedule_type"])
    return created
