from django.apps import AppConfig


def _thing_unit_path(attached) -> str:
    """The unit path of the thing a note or a piece of evidence belongs to (audit trail)."""
    thing = attached.thing
    unit = getattr(thing, "unit", None) if thing is not None else None
    return getattr(unit, "path", "") or ""


class DeadlinesConfig(AppConfig):
    """The deadline engine: "something a unit must do by a date", whatever app it comes from
    (plan items, recommendations, grassroots-democracy obligations, report requests …).

    Domain apps plug their kinds in from their own ``ready()`` with
    :func:`danvan.deadlines.registry.deadline_kind_register`; this app never imports them.
    """

    name = "danvan.deadlines"
    label = "deadlines"
    verbose_name = "Thời hạn, việc cần làm"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.deadlines.models import Evidence, ProgressNote
        from danvan.deadlines.tasks import DAILY_FUNCTION, DAILY_HOUR, DAILY_SCHEDULE
        from danvan.deadlines.worklist import deadlines_due
        from danvan.jobs.schedules import job_schedule_daily
        from danvan.worklist.registry import worklist_register

        audit_register(Evidence, unit_path=_thing_unit_path)
        audit_register(ProgressNote, unit_path=_thing_unit_path)
        worklist_register("deadlines", deadlines_due)
        # `danvan reminders` once a day from the task queue's schedule (decision 0042).
        job_schedule_daily(DAILY_SCHEDULE, DAILY_FUNCTION, hour=DAILY_HOUR)
