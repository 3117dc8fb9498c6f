"""The daily reminders on the task queue's schedule: the worker runs `danvan reminders` once a
day (the schedule is created after `migrate`, see danvan.jobs.schedules). Running it again on
the same day sends nothing twice (the engine records what it sent)."""

import io

from django.core.management import call_command

DAILY_SCHEDULE = "Nhắc việc hằng ngày (danvan reminders)"
DAILY_HOUR = 6  # local time
DAILY_FUNCTION = "danvan.deadlines.tasks.reminders_daily"


def reminders_daily() -> str:
    """What the worker calls; its output is kept with the task's result."""
    out, err = io.StringIO(), io.StringIO()
    call_command("reminders", stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()
