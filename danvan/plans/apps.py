from django.apps import AppConfig


class PlansConfig(AppConfig):
    """Plans (kế hoạch): purposes, content, who does what by when, items tracked to done;
    an item is a due thing of the deadline engine and a record of «Sổ nhiệm vụ kế hoạch»."""

    name = "danvan.plans"
    label = "plans"
    verbose_name = "Kế hoạch"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from django.db.models.signals import post_save

        from danvan.audit.recorder import audit_register
        from danvan.deadlines.registry import DeadlineKind, deadline_kind_register
        from danvan.indicators.registry import indicators_register
        from danvan.plans import services
        from danvan.plans.indicators import PLAN_INDICATORS
        from danvan.plans.models import Plan, PlanItem
        from danvan.plans.register import SLUG, plan_items_spec
        from danvan.plans.selectors import plan_items_due, plan_items_visible
        from danvan.registers.registry import register_add, registers
        from danvan.reporting.models import UnitReport

        audit_register(Plan, unit_path=lambda p: p.unit.path)
        audit_register(PlanItem, unit_path=lambda i: i.plan.unit.path)
        if SLUG not in registers():
            register_add(plan_items_spec())
            indicators_register(PLAN_INDICATORS)
        deadline_kind_register(
            DeadlineKind(
                "plans.item",
                "Nhiệm vụ kế hoạch",
                plan_items_due,
                position=10,
                daily=services.plan_items_daily,
                model=PlanItem,
                visible=plan_items_visible,
                can_change=services.plan_item_can_change,
                # The engine's panel refuses a completion before the plan was issued, as the
                # plan page does.
                start=lambda item: item.plan.issued_on,
            )
        )
        post_save.connect(_report_saved, sender=UnitReport, dispatch_uid="plans.report_saved")


def _report_saved(sender, instance, **kwargs):
    """A report submitted or accepted may complete the request an item created: the item is
    then done, on the day of the last submission."""
    from danvan.plans.services import plan_items_close_by_request

    if instance.status in ("submitted", "accepted"):
        plan_items_close_by_request(instance.request_id)
