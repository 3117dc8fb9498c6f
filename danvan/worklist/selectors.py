"""The due things of one person on one day, from every registered provider."""

import datetime
from dataclasses import dataclass

from danvan.calendars.selectors import calendar_current
from danvan.worklist.items import Group, WorkItem, WorklistContext
from danvan.worklist.registry import worklist_providers


@dataclass(frozen=True)
class WorklistGroup:
    group: Group
    items: list[WorkItem]

    @property
    def label(self) -> str:
        return self.group.label

    @property
    def count(self) -> int:
        """How many lines the group has (an item counting 12 dossiers is one line: its title
        says how many)."""
        return len(self.items)


def worklist_for(user, today: datetime.date) -> list[WorkItem]:
    """Every provider's items for ``user``, most pressing first: by group, then deadline."""
    if user is None or not user.is_authenticated:
        return []
    ctx = WorklistContext(user=user, today=today, calendar=calendar_current())
    items = [item for provider in worklist_providers().values() for item in provider(ctx)]
    return sorted(items, key=lambda item: item.sort_key)


def worklist_grouped(items: list[WorkItem]) -> list[WorklistGroup]:
    """The non-empty groups, in the order of :class:`Group`."""
    return [
        WorklistGroup(group, [item for item in items if item.group == group])
        for group in Group
        if any(item.group == group for item in items)
    ]
