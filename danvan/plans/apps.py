from django.apps import AppConfig


class PlansConfig(AppConfig):
    """Plans (kế hoạch): purposes, content, who does what by when, items tracked to done."""

    name = "danvan.plans"
    label = "plans"
    verbose_name = "Kế hoạch"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.plans.models import Plan, PlanItem

        audit_register(Plan, unit_path=lambda p: p.unit.path)
        audit_register(PlanItem, unit_path=lambda i: i.plan.unit.path)
