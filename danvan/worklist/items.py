"""What one due thing is, whatever app it comes from.

A provider (see :mod:`danvan.worklist.registry`) builds :class:`WorkItem` values through
:meth:`WorklistContext.item`, which computes the working days left with the calendar in force
(the legal holidays plus the administrator's days), so every app counts days the same way.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from enum import StrEnum

from danvan.calendars.workdays import WorkingDayCalendar
from danvan.core.numbers import format_number


class Group(StrEnum):
    """Where an item shows on the home page, in this order."""

    NOW = "can_lam_ngay"  # my action, overdue or due within URGENT_WORKING_DAYS (or no date)
    SOON = "sap_den_han"  # my action, due later
    WAITING = "cho_nguoi_khac"  # done on my side: waits for the head, the aggregator …
    WATCH = "theo_doi"  # not my action but in my scope (overdue records of units I oversee)
    NOTICES = "thong_bao"  # unread notifications

    @property
    def label(self) -> str:
        return GROUP_LABELS[self]


GROUP_LABELS = {
    Group.NOW: "Cần làm ngay",
    Group.SOON: "Sắp đến hạn",
    Group.WAITING: "Chờ người khác",
    Group.WATCH: "Theo dõi",
    Group.NOTICES: "Thông báo chưa đọc",
}

# An action due within this many working days (or overdue) is "Cần làm ngay".
URGENT_WORKING_DAYS = 2


@dataclass(frozen=True)
class WorkItem:
    """One due thing. Everything a person reads is Vietnamese; ``source`` and ``key`` are for
    programs (the API, tests): ``source`` names the provider, ``key`` identifies the object
    (``"reporting.unitreport:12"``) so a client can follow an item across calls.

    ``due`` is the deadline (None when the thing has none); ``days_left`` the signed number of
    working days to it (negative: overdue by that many); ``overdue`` is True once the date is
    past, even when no working day has passed yet (a deadline on a Saturday seen on Sunday).
    ``count`` is set on items that stand for several records (``"12 hồ sơ quá hạn"``).
    """

    source: str
    key: str
    kind: str  # what it is: "Yêu cầu báo cáo", "Báo cáo bị trả lại", "Hồ sơ quá hạn" …
    title: str
    url: str
    group: Group
    unit: str = ""
    due: datetime.date | None = None
    days_left: int | None = None
    overdue: bool = False
    status: str = ""
    extra: str = ""  # e.g. the comment the report was returned with
    count: int | None = None
    urgency: int = 0  # higher first within a group, after the deadline

    @property
    def when(self) -> str:
        """The deadline in words, in working days: "quá hạn 3 ngày làm việc"."""
        if self.due is None:
            return ""
        if self.overdue:
            if self.days_left:
                return f"quá hạn {format_number(-self.days_left)} ngày làm việc"
            return "đã quá hạn"
        if self.days_left == 0:
            return "hạn cuối hôm nay"
        return f"còn {format_number(self.days_left)} ngày làm việc"

    @property
    def sort_key(self) -> tuple:
        return (
            list(Group).index(self.group),
            self.due is None,
            self.due or datetime.date.max,
            -self.urgency,
            self.title,
        )

    def as_dict(self) -> dict:
        return {
            "source": self.source,
            "key": self.key,
            "kind": self.kind,
            "title": self.title,
            "url": self.url,
            "group": self.group.value,
            "group_label": self.group.label,
            "unit": self.unit,
            "due": self.due,
            "days_left": self.days_left,
            "overdue": self.overdue,
            "when": self.when,
            "status": self.status,
            "extra": self.extra,
            "count": self.count,
        }


@dataclass
class WorklistContext:
    """What every provider is given: who, which day, and the working-day calendar."""

    user: object
    today: datetime.date
    calendar: WorkingDayCalendar = field(default_factory=WorkingDayCalendar)

    def days_left(self, due: datetime.date) -> tuple[int, bool]:
        """(signed working days to ``due``, whether ``due`` is past)."""
        return self.calendar.days_left(due, self.today)

    def item(
        self,
        *,
        source: str,
        key: str,
        kind: str,
        title: str,
        url: str,
        mine: bool = True,
        group: Group | None = None,
        due: datetime.date | None = None,
        **details,
    ) -> WorkItem:
        """A :class:`WorkItem` with its days left and its group worked out.

        ``mine`` says whether the action is the user's: if so the item goes to "Cần làm ngay"
        when overdue, due within :data:`URGENT_WORKING_DAYS` or undated, else to "Sắp đến
        hạn"; if not, to "Chờ người khác". ``group`` overrides this.
        """
        days_left, overdue = (None, False) if due is None else self.days_left(due)
        if group is None:
            if not mine:
                group = Group.WAITING
            elif due is None or overdue or days_left <= URGENT_WORKING_DAYS:
                group = Group.NOW
            else:
                group = Group.SOON
        return WorkItem(
            source=source,
            key=key,
            kind=kind,
            title=title,
            url=url,
            group=group,
            due=due,
            days_left=days_left,
            overdue=overdue,
            **details,
        )
