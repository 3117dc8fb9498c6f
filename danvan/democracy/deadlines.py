"""The democracy app's kinds of due things, for the deadline engine (registered from ready())."""

from django.urls import reverse

from danvan.accounts.access import access_units
from danvan.deadlines.registry import DeadlineKind, Due, Scope
from danvan.deadlines.status import OPEN_STATES
from danvan.democracy.models import Obligation, ResolutionItem
from danvan.democracy.selectors import can_keep
from danvan.democracy.services import obligations_daily

OBLIGATION = "democracy.obligation"
RESOLUTION_ITEM = "democracy.resolution_item"


def obligations_due(scope: Scope):
    found = Obligation.objects.filter(unit__in=scope.units).select_related("type", "unit")
    if not scope.include_closed:
        found = found.filter(state__in=OPEN_STATES)
    for o in found:
        yield Due(
            key=f"democracy.obligation:{o.pk}",
            kind=OBLIGATION,
            unit=o.unit,
            title=f"{o.type.label} năm {o.year}",
            url=reverse("democracy:obligation", args=[o.pk]),
            due=o.due_on,
            status=o.status_on(scope.day),
            done_on=o.done_on,
            detail=o.type.legal_ref,
            remind_before=o.remind_before,
            remind_on_day=o.remind_on_day,
            remind_after=o.remind_after,
        )


def resolution_items_due(scope: Scope):
    found = ResolutionItem.objects.filter(unit__in=scope.units).select_related("conference", "unit")
    if not scope.include_closed:
        found = found.filter(state__in=OPEN_STATES)
    for item in found:
        yield Due(
            key=f"democracy.resolutionitem:{item.pk}",
            kind=RESOLUTION_ITEM,
            unit=item.unit,
            title=item.content[:200],
            url=reverse("democracy:conference", args=[item.conference_id]),
            due=item.due_on,
            status=item.status_on(scope.day),
            done_on=item.done_on,
            detail=f"Nghị quyết hội nghị {item.conference.code}",
            remind_before=item.remind_before,
            remind_on_day=item.remind_on_day,
            remind_after=item.remind_after,
        )


DEMOCRACY_KINDS = [
    DeadlineKind(
        OBLIGATION,
        "Nghĩa vụ thực hiện dân chủ ở cơ sở",
        obligations_due,
        position=40,
        daily=obligations_daily,
        model=Obligation,
        visible=lambda user: Obligation.objects.filter(unit__in=access_units(user)),
        can_change=lambda user, obj: can_keep(user, obj.unit),
    ),
    DeadlineKind(
        RESOLUTION_ITEM,
        "Nội dung nghị quyết hội nghị cán bộ",
        resolution_items_due,
        position=41,
        model=ResolutionItem,
        visible=lambda user: ResolutionItem.objects.filter(unit__in=access_units(user)),
        can_change=lambda user, obj: can_keep(user, obj.unit),
    ),
]
