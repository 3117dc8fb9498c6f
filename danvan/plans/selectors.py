"""Reading plans and their items, always through the access gate: a plan is seen by its
unit's people and by the people of every unit it gives an item to (lead or co-operating,
«các phòng, đơn vị trực thuộc» resolved to the plan's unit's children now)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.urls import reverse

from danvan.accounts.access import access_units
from danvan.activities.models import SkilfulModel
from danvan.deadlines.registry import Due, Scope
from danvan.deadlines.status import State
from danvan.orgunits.models import OrgUnit
from danvan.plans.models import Output, Plan, PlanItem, PlanStatus


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


# Targets of "Dân vận khéo" models (issue 13, part 4): a plan item whose output is «mô hình»
# with a target states «ít nhất NN mô hình» for each of its units (the lead unit and the
# co-operating ones) in the plan's year; the unit's models of that year (its own and its
# subtree's, counted on the dates the DVK_* indicators use) meet it when enough are registered.
DVK_TARGET = "ít nhất {value:02d} mô hình"


@dataclass(frozen=True)
class DvkTarget:
    unit: object  # OrgUnit
    target: int
    items: tuple  # the plan items that state it (the strictest counts)
    identified: int
    registered: int
    recognised: int

    @property
    def met(self) -> bool:
        return self.registered >= self.target

    @property
    def target_text(self) -> str:
        return DVK_TARGET.format(value=self.target)


def dvk_target_items(year: int) -> QuerySet[PlanItem]:
    """Items of the year's issued plans that expect models, with a target, not cancelled."""
    return (
        PlanItem.objects.filter(
            plan__year=year,
            plan__status=PlanStatus.BAN_HANH,
            output=Output.MO_HINH,
            target_value__gt=0,
        )
        .exclude(state=State.HUY)
        .select_related("plan", "plan__unit", "unit")
        .prefetch_related("co_units")
    )


def dvk_item_units(item: PlanItem, year: int) -> list:
    """The units an item gives the target to: its lead unit and co-operating units."""
    units = {item.unit.pk: item.unit}
    for unit in plan_item_co_units(item, datetime.date(year, 12, 31)):
        units.setdefault(unit.pk, unit)
    return list(units.values())


def dvk_targets(year: int, units, *, items=None) -> list[DvkTarget]:
    """Per unit of ``units`` (a QuerySet of OrgUnit) given a model target in ``year``: the
    target, the models identified, registered and recognised in the year, met or not."""
    allowed = set(units.values_list("pk", flat=True))
    wanted: dict[int, tuple] = {}
    for item in dvk_target_items(year) if items is None else items:
        for unit in dvk_item_units(item, year):
            if unit.pk not in allowed:
                continue
            target, its_items = wanted.get(unit.pk, (0, ()))
            wanted[unit.pk] = (max(target, item.target_value), (*its_items, item))
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    rows = []
    for unit in OrgUnit.objects.filter(pk__in=wanted).order_by("path"):
        models = SkilfulModel.objects.filter(unit__path__startswith=unit.path)
        counts = models.aggregate(
            identified=Count("pk", filter=Q(held_on__gte=start, held_on__lte=end)),
            registered=Count("pk", filter=Q(registered_on__gte=start, registered_on__lte=end)),
            recognised=Count("pk", filter=Q(recognised_on__gte=start, recognised_on__lte=end)),
        )
        target, its_items = wanted[unit.pk]
        rows.append(DvkTarget(unit=unit, target=target, items=its_items, **counts))
    return rows
