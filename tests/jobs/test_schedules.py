"""The daily reminders are on the task queue's schedule: one schedule, created after migrate
and again idempotently, which runs `danvan reminders`."""

import pytest
from django.core.management import call_command
from django_q.models import Schedule

from danvan.deadlines.tasks import DAILY_FUNCTION, DAILY_SCHEDULE, reminders_daily
from danvan.jobs.schedules import schedules_ensure

pytestmark = pytest.mark.django_db


def test_the_daily_reminders_are_scheduled_once_after_migrate():
    found = Schedule.objects.get(name=DAILY_SCHEDULE)  # created by the test database's migrate
    assert (found.func, found.schedule_type) == ("danvan.deadlines.tasks.reminders_daily", "D")
    first_run = found.next_run
    assert schedules_ensure() == 0
    call_command("migrate", verbosity=0)
    assert Schedule.objects.filter(name=DAILY_SCHEDULE).count() == 1
    assert Schedule.objects.get(name=DAILY_SCHEDULE).next_run == first_run


def test_a_deleted_schedule_comes_back_and_a_changed_function_is_corrected():
    Schedule.objects.filter(name=DAILY_SCHEDULE).delete()
    assert schedules_ensure() == 1
    Schedule.objects.filter(name=DAILY_SCHEDULE).update(func="cu.ham_cu")
    assert schedules_ensure() == 0
    assert Schedule.objects.get(name=DAILY_SCHEDULE).func == DAILY_FUNCTION


def test_the_scheduled_function_runs_the_reminders(tree):
    output = reminders_daily()
    assert "không có lời nhắc nào cần gửi" in output
