from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    """Inspections' recommendations (kiến nghị) tracked to closure: who must act, by when,
    the remediation report, closed with evidence or not accepted (a kind of the deadline
    engine). The inspection register itself is the activities app's."""

    name = "danvan.inspections"
    label = "inspections"
    verbose_name = "Kiểm tra và kiến nghị"
