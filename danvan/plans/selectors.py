"""Reading plans and their items, always through the access gate: a plan is seen by its
unit's people and by the people of every unit it gives an item to (lead or co-operating,
«các phòng, đơn vị trực thuộc» resolved to the plan's unit's children now)."""

from __future__ import annotations

import datetime

from django.db.models import Count, Q, QuerySet
from django.urls import reverse

from danvan.accounts.access import access_units
from danvan.deadlines.registry import Due, Scope
from danvan.deadlines.status import State
from danvan.plans.models import Plan, PlanItem, PlanStatus


def _item_scope(units) -> Q:
    """Items of a plan of ``units``, led by one, shared with one, or shared with every child of
    the plan's unit when one of ``units`` is such a child."""
    ids = units.values("pk")
    parents = units.values("parent_id")
    return (
        Q(plan__unit__in=ids)
        | Q(unit__in=ids)
        | Q(co_units__in=ids)
        | Q(co_children=True, plan__unit__in=parents)
    )


def plan_items_visible(user) -> QuerySet[PlanItem]:
    units = access_units(user)
    ids = PlanItem.objects.filter(_item_scope(units)).values("pk")
    return PlanItem.objects.filter(pk__in=ids).select_related("plan", "plan__unit", "unit")


def plans_visible(user) -> QuerySet[Plan]:
    units = access_units(user)
    shared = PlanItem.objects.filter(_item_scope(units)).values("plan_id")
    return (
        Plan.objects.filter(Q(unit__in=units.values("pk")) | Q(pk__in=shared))
        .select_related("unit")
        .distinct()
    )


def plan_visible(user, pk: int) -> Plan | None:
    return plans_visible(user).filter(pk=pk).first()


def plans_filtered(user, *, year: int | None = None, status: str = "") -> QuerySet[Plan]:
    plans = plans_visible(user)
    if year:
        plans = plans.filter(year=year)
    if status:
        plans = plans.filter(status=status)
    return plans.annotate(item_count=Count("items", distinct=True)).order_by(
        "-year", "-issued_on", "-pk"
    )


def plan_years(user) -> list[int]:
    return sorted(
        {y for y in plans_visible(user).values_list("year", flat=True) if y}, reverse=True
    )


def plan_items(plan: Plan) -> QuerySet[PlanItem]:
    return plan.items.select_related("unit", "request", "form_version").prefetch_related("co_units")


def plan_item_co_units(item: PlanItem, day: datetime.date | None = None) -> list:
    """The co-operating units as shown: the chosen ones, or the plan's unit's children."""
    if item.co_children:
        from danvan.orgunits.models import OrgUnit
        from danvan.orgunits.selectors import orgunit_active

        return list(orgunit_active(OrgUnit.objects.filter(parent=item.plan.unit), day))
    return list(item.co_units.all())


def plan_item_url(item: PlanItem) -> str:
    return reverse("plans:item", args=[item.plan_id, item.pk])


def plan_items_due(scope: Scope) -> list[Due]:
    """The plans kind's items: every item of scope's units, open ones (closed ones too when
    asked), as the engine's lines."""
    items = PlanItem.objects.filter(_item_scope(scope.units)).exclude(plan__status=PlanStatus.HUY)
    if not scope.include_closed:
        items = items.filter(state__in=[State.CHUA_THUC_HIEN, State.DANG_THUC_HIEN])
    items = (
        PlanItem.objects.filter(pk__in=items.values("pk"))
        .select_related("plan", "plan__unit", "unit")
        .prefetch_related("co_units")
    )
    out = []
    for item in items:
        out.append(
            Due(
                key=f"plans.planitem:{item.pk}",
                kind="plans.item",
                unit=item.unit,
                title=f"{item.number}. {item.content[:160]}",
                url=plan_item_url(item),
                due=item.due_on,
                status=item.status_on(scope.day),
                co_units=tuple(plan_item_co_units(item, scope.day)),
                done_on=item.done_on,
                detail=f"Theo {item.plan.reference}",
                remind_before=item.remind_before,
                remind_on_day=item.remind_on_day,
                remind_after=item.remind_after,
            )
        )
    return out
