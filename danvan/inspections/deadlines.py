"""Recommendations as a kind of the deadline engine: the open ones (and, when asked, the
closed ones) of the units in scope, as the overview, the home page and the reminders read
them. The scope's units went through the access gate; here they are the owner (the unit
that must act)."""

from danvan.deadlines.registry import DeadlineKind, Due, Scope
from danvan.deadlines.status import OPEN_STATES
from danvan.inspections.models import Recommendation
from danvan.inspections.selectors import recommendation_can_manage, recommendations_visible

KIND = "inspections.recommendation"


def recommendations_due(scope: Scope):
    records = Recommendation.objects.filter(unit__in=scope.units).select_related(
        "unit", "inspection", "inspection__unit"
    )
    if not scope.include_closed:
        records = records.filter(state__in=OPEN_STATES)
    for rec in records.order_by("due_on", "code"):
        yield Due(
            key=f"inspections.recommendation:{rec.pk}",
            kind=KIND,
            unit=rec.unit,
            title=f"Kiến nghị {rec.code}: {rec.content[:120]}",
            url=f"/kien-nghi/{rec.pk}/",
            due=rec.due_on,
            status=rec.status_on(scope.day),
            done_on=rec.done_on,
            detail=(
                f"Kiểm tra {rec.inspection.code} của {rec.inspection.unit.name}"
                f" — {rec.result_label}"
            ),
            remind_before=rec.remind_before,
            remind_on_day=rec.remind_on_day,
            remind_after=rec.remind_after,
        )


RECOMMENDATION_KIND = DeadlineKind(
    KIND,
    "Kiến nghị sau kiểm tra",
    recommendations_due,
    position=30,
    model=Recommendation,
    visible=recommendations_visible,
    can_change=recommendation_can_manage,
)
