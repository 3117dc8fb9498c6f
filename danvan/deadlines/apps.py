from django.apps import AppConfig


class DeadlinesConfig(AppConfig):
    """The deadline engine: "something a unit must do by a date", whatever app it comes from
    (plan items, recommendations, grassroots-democracy obligations, report requests …).

    Domain apps plug their kinds in from their own ``ready()`` with
    :func:`danvan.deadlines.registry.deadline_kind_register`; this app never imports them.
    """

    name = "danvan.deadlines"
    label = "deadlines"
    verbose_name = "Thời hạn, việc cần làm"
