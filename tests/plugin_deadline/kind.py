"""The test kind: tasks of the units in scope, visible through the access gate, changed by the
keepers of their unit."""

from danvan.accounts.access import access_register_units, access_units
from danvan.deadlines.registry import DeadlineKind, Due, Scope, deadline_key
from danvan.deadlines.status import OPEN_STATES
from tests.plugin_deadline.models import KIND, Task


def tasks_due(scope: Scope):
    tasks = Task.objects.filter(unit__in=scope.units).select_related("unit")
    if not scope.include_closed:
        tasks = tasks.filter(state__in=OPEN_STATES)
    for task in tasks:
        yield Due(
            key=deadline_key(task),
            kind=KIND,
            unit=task.unit,
            title=task.title,
            url=task.get_absolute_url(),
            due=task.due_on,
            status=task.status_on(scope.day),
            done_on=task.done_on,
            remind_before=task.remind_before,
            remind_on_day=task.remind_on_day,
            remind_after=task.remind_after,
        )


def tasks_visible(user):
    return Task.objects.filter(unit__in=access_units(user))


def task_can_change(user, task) -> bool:
    return access_register_units(user).filter(pk=task.unit_id).exists()


TASKS = DeadlineKind(
    KIND,
    "Việc thử",
    tasks_due,
    model=Task,
    visible=tasks_visible,
    can_change=task_can_change,
    start=lambda task: task.started_on,
)
