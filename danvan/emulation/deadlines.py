"""A movement's interim and final reviews (sơ kết, tổng kết) as a kind of the deadline engine:
due for the unit that must report, reminded in working days, completed with evidence (the
review report) through the engine's panel."""

from danvan.deadlines.registry import DeadlineKind, Due, Scope
from danvan.deadlines.status import OPEN_STATES
from danvan.emulation.models import MovementReview
from danvan.emulation.selectors import emulation_can_keep, emulation_scope_units

KIND = "emulation.review"


def reviews_visible(user):
    return MovementReview.objects.filter(unit__in=emulation_scope_units(user))


def review_can_change(user, review: MovementReview) -> bool:
    return emulation_can_keep(user, review.unit)


def reviews_due(scope: Scope):
    records = MovementReview.objects.filter(unit__in=scope.units).select_related("unit", "movement")
    if not scope.include_closed:
        records = records.filter(state__in=OPEN_STATES)
    for review in records.order_by("due_on", "pk"):
        yield Due(
            key=f"{KIND}:{review.pk}",
            kind=KIND,
            unit=review.unit,
            title=f"{review.get_kind_display()} phong trào: {review.title}",
            url=f"/thi-dua/{review.movement_id}/",
            due=review.due_on,
            status=review.status_on(scope.day),
            done_on=review.done_on,
            detail=f"Phong trào «{review.movement.name}»",
            remind_before=review.remind_before,
            remind_on_day=review.remind_on_day,
            remind_after=review.remind_after,
        )


REVIEW_KIND = DeadlineKind(
    KIND,
    "Sơ kết, tổng kết phong trào thi đua",
    reviews_due,
    position=45,
    model=MovementReview,
    visible=reviews_visible,
    can_change=review_can_change,
    start=lambda review: review.movement.starts_on,
)
