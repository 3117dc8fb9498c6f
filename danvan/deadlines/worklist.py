"""The engine's lines on the home page's "Việc cần làm" (provider ``deadlines`` of
:mod:`danvan.worklist`): every open due thing of a kind with ``on_home=True`` in the user's
scope that is overdue or due within :data:`HOME_WORKING_DAYS` working days.

The user's own action when they keep (chuyên viên, lãnh đạo) the owner unit; otherwise it is
something to watch ("Theo dõi"). Kinds whose app already puts richer lines there (report
requests) say ``on_home=False``.
"""

from danvan.accounts.access import REGISTER_KEEPERS, access_units
from danvan.deadlines.registry import deadline_kinds
from danvan.deadlines.selectors import deadlines_for
from danvan.worklist.items import Group, WorklistContext

SOURCE = "deadlines"
HOME_WORKING_DAYS = 10


def deadlines_due(ctx: WorklistContext):
    kinds = {kind.name: kind for kind in deadline_kinds() if kind.on_home}
    if not kinds:
        return []
    dues = [
        due
        for due in deadlines_for(ctx.user, day=ctx.today, kinds=list(kinds))
        if due.is_open
        and due.due is not None
        and (due.overdue or (due.days_left is not None and due.days_left <= HOME_WORKING_DAYS))
    ]
    if not dues:
        return []
    kept = set(access_units(ctx.user, roles=REGISTER_KEEPERS).values_list("pk", flat=True))
    items = []
    for due in dues:
        mine = due.unit is not None and due.unit.pk in kept
        items.append(
            ctx.item(
                source=SOURCE,
                key=due.key,
                kind=kinds[due.kind].label,
                title=due.title,
                url=due.url,
                mine=mine,
                group=None if mine else Group.WATCH,
                due=due.due,
                unit=getattr(due.unit, "name", ""),
                status=due.status.label,
                extra=due.detail,
                count=due.count,
            )
        )
    return items
