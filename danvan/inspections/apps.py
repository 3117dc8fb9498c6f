from django.apps import AppConfig


class InspectionsConfig(AppConfig):
    """Inspections' recommendations (kiến nghị) tracked to closure: who must act, by when,
    the remediation report, closed with evidence or not accepted (a kind of the deadline
    engine). The inspection register itself is the activities app's."""

    name = "danvan.inspections"
    label = "inspections"
    verbose_name = "Kiểm tra và kiến nghị"

    def ready(self):
        # AppConfig.ready(): models (and the spec built on them) can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.deadlines.registry import deadline_kind_register
        from danvan.indicators.registry import indicators_register
        from danvan.inspections.deadlines import RECOMMENDATION_KIND
        from danvan.inspections.indicators import RECOMMENDATION_INDICATORS
        from danvan.inspections.models import Recommendation
        from danvan.inspections.spec import RECOMMENDATIONS
        from danvan.registers.registry import register_add, registers

        audit_register(Recommendation, unit_path=lambda record: record.unit.path)
        if RECOMMENDATIONS.slug not in registers():  # ready() may run twice
            register_add(RECOMMENDATIONS)
        indicators_register(RECOMMENDATION_INDICATORS)
        deadline_kind_register(RECOMMENDATION_KIND)
