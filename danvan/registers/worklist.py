"""Overdue register records as due things (``danvan.worklist``), shared by the dossier and the
petition providers: a few records are listed one by one, more are counted per unit with a
link to the unit's list; units the user only oversees (aggregator, administrator) go to
"Theo dõi", and many of those become a single line."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, Min

from danvan.accounts.access import access_register_units, access_units
from danvan.worklist.items import Group, WorklistContext

ONE_BY_ONE = 3  # a unit with at most this many overdue records lists them one by one
UNITS_ONE_BY_ONE = 5  # more overseen units than this: one line for all of them


@dataclass(frozen=True)
class OverdueSpec:
    source: str
    kind: str  # "Hồ sơ quá hạn"
    noun: str  # "hồ sơ"
    overdue: Callable  # (units queryset, today) -> queryset of overdue records
    due_field: str
    record_title: Callable  # record -> str
    record_url: Callable  # record -> str
    unit_url: Callable  # unit code or None (all units) -> str
    status: str  # "Chưa giải quyết xong, đã quá hạn trả"


def overdue_items(ctx: WorklistContext, spec: OverdueSpec):
    units = access_units(ctx.user)
    records = spec.overdue(units, ctx.today)
    per_unit = list(
        records.values("unit_id", "unit__code", "unit__name")
        .annotate(n=Count("pk"), oldest=Min(spec.due_field))
        .order_by("oldest")
    )
    if not per_unit:
        return []
    keeper = set(access_register_units(ctx.user).values_list("pk", flat=True))
    mine = [row for row in per_unit if row["unit_id"] in keeper]
    watched = [row for row in per_unit if row["unit_id"] not in keeper]
    items = []
    for row in mine:
        items += _unit_items(ctx, spec, records, row, group=None)
    if len(watched) > UNITS_ONE_BY_ONE:
        total = sum(row["n"] for row in watched)
        items.append(
            ctx.item(
                source=spec.source,
                key=f"{spec.source}:tat-ca",
                kind=spec.kind,
                title=f"{total} {spec.noun} quá hạn tại {len(watched)} đơn vị bạn theo dõi",
                url=spec.unit_url(None),
                group=Group.WATCH,
                due=min(row["oldest"] for row in watched),
                status=spec.status,
                count=total,
            )
        )
    else:
        for row in watched:
            items += _unit_items(ctx, spec, records, row, group=Group.WATCH)
    return items


def _unit_items(ctx, spec, records, row, group):
    if row["n"] <= ONE_BY_ONE:
        return [
            ctx.item(
                source=spec.source,
                key=f"{spec.source}:{record.pk}",
                kind=spec.kind,
                title=spec.record_title(record),
                url=spec.record_url(record),
                group=group,
                unit=row["unit__name"],
                due=getattr(record, spec.due_field),
                status=spec.status,
            )
            for record in records.filter(unit_id=row["unit_id"]).order_by(spec.due_field, "pk")
        ]
    return [
        ctx.item(
            source=spec.source,
            key=f"{spec.source}:don-vi:{row['unit__code']}",
            kind=spec.kind,
            title=f"{row['n']} {spec.noun} quá hạn",
            url=spec.unit_url(row["unit__code"]),
            group=group,
            unit=row["unit__name"],
            due=row["oldest"],
            status=spec.status,
            count=row["n"],
        )
    ]
