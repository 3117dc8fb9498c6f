"""The deadline overview (``/viec-can-lam/``, ``GET /api/v1/deadlines/``, ``danvan deadlines``):
every due thing in a person's scope, read through :func:`deadlines_for` (never beside it),
filtered by unit, subtree, day, kind and status, with counts per kind and status.

The page, the API and the command share :func:`overview_filters_parse` (what the user typed →
filters, or a Vietnamese refusal) and :func:`deadline_overview` (filters → lines and counts), so
the three always show the same lines in the same order.
"""

from __future__ import annotations

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone

from danvan.accounts.access import access_units
from danvan.core.errors import Invalid, NotFound, problem
from danvan.core.numbers import format_number
from danvan.core.parsing import parse_date
from danvan.deadlines.registry import Due, deadline_kinds
from danvan.deadlines.selectors import deadlines_for
from danvan.deadlines.status import Status
from danvan.orgunits.models import OrgUnit

# The status filter: the six statuses, plus "đang mở" (not done, not cancelled: the default)
# and "tất cả".
OPEN = "dang_mo"
ALL = "tat_ca"
STATUS_CHOICES: list[tuple[str, str]] = [
    (OPEN, "Đang mở (chưa xong)"),
    *Status.choices,
    (ALL, "Tất cả"),
]
OPEN_STATUSES = (Status.CHUA_THUC_HIEN, Status.DANG_THUC_HIEN, Status.QUA_HAN)

BAD_DATE = "Ngày xem «{value}» không hợp lệ: hãy nhập dạng dd/mm/yyyy, ví dụ 08/05/2023."
BAD_KIND = "Không có loại việc «{value}». Các loại: {accepted}."
BAD_STATUS = "Không có trạng thái «{value}». Các trạng thái: {accepted}."
BAD_SUBTREE = "«{value}» không phải có/không (1 hoặc 0) cho «gồm cả cấp dưới»."
UNIT_NOT_FOUND = "Không tìm thấy đơn vị «{code}», hoặc bạn không có quyền xem đơn vị này."
BAD_FILTERS = "Bộ lọc không hợp lệ: xem từng mục trong «problems»."

LABELS = {
    "unit": "Đơn vị",
    "subtree": "Gồm cả cấp dưới",
    "date": "Ngày xem",
    "kind": "Loại việc",
    "status": "Trạng thái",
}


@dataclass(frozen=True)
class OverviewFilters:
    day: datetime.date
    unit: OrgUnit | None = None
    subtree: bool = False
    kind: str = ""  # a kind's name, or "" for every kind
    status: str = OPEN  # a Status value, OPEN or ALL


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    count: int


@dataclass
class Overview:
    filters: OverviewFilters
    items: list[Due]
    by_kind: list[Count] = field(default_factory=list)
    by_status: list[Count] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(weight(item) for item in self.items)


def weight(item: Due) -> int:
    """How many things a line stands for: "12 hồ sơ quá hạn" counts 12."""
    return item.count if item.count is not None else 1


def kind_labels() -> dict[str, str]:
    return {kind.name: kind.label for kind in deadline_kinds()}


def kind_choices() -> list[tuple[str, str]]:
    return [(kind.name, kind.label) for kind in deadline_kinds()]


def _truthy(value) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value or "").strip().lower()
    if text in ("", "0", "false", "khong", "không", "off"):
        return False
    if text in ("1", "true", "co", "có", "on", "yes"):
        return True
    return None


def overview_filters_parse(
    user,
    *,
    unit: str = "",
    subtree=False,
    date: str = "",
    kind: str = "",
    status: str = "",
    today: datetime.date | None = None,
) -> OverviewFilters:
    """What the user typed (page, API query or command line) as filters. A unit outside the
    user's scope is the same NotFound as a unit that does not exist; every other bad value is
    an Invalid naming each problem; nothing is guessed."""
    problems = []
    day = today or timezone.localdate()
    if str(date or "").strip():
        try:
            day = parse_date(str(date).strip())
        except ValueError:
            problems.append(
                problem("date", BAD_DATE.format(value=date), label=LABELS["date"], value=date)
            )
    flag = _truthy(subtree)
    if flag is None:
        problems.append(
            problem(
                "subtree",
                BAD_SUBTREE.format(value=subtree),
                label=LABELS["subtree"],
                value=subtree,
            )
        )
    kind = (kind or "").strip()
    labels = kind_labels()
    if kind and kind not in labels:
        accepted = ", ".join(f"{name} ({label})" for name, label in labels.items())
        problems.append(
            problem(
                "kind",
                BAD_KIND.format(value=kind, accepted=accepted),
                label=LABELS["kind"],
                value=kind,
            )
        )
    status = (status or "").strip() or OPEN
    statuses = dict(STATUS_CHOICES)
    if status not in statuses:
        accepted = ", ".join(f"{value} ({label})" for value, label in STATUS_CHOICES)
        problems.append(
            problem(
                "status",
                BAD_STATUS.format(value=status, accepted=accepted),
                label=LABELS["status"],
                value=status,
            )
        )
    if problems:
        detail = problems[0]["reason"] if len(problems) == 1 else BAD_FILTERS
        raise Invalid(detail, problems)
    found = None
    code = (unit or "").strip()
    if code:
        found = access_units(user).filter(code=code).first()
        if found is None:
            raise NotFound(UNIT_NOT_FOUND.format(code=code))
    return OverviewFilters(day=day, unit=found, subtree=bool(flag), kind=kind, status=status)


def _wanted(item: Due, status: str) -> bool:
    if status == ALL:
        return True
    if status == OPEN:
        return item.status in OPEN_STATUSES
    return item.status == status


def _order(item: Due) -> tuple:
    """Overdue first (the longest overdue on top), then open by due date, then the closed."""
    return (
        not item.overdue or not item.is_open,
        not item.is_open,
        item.due is None,
        item.due or datetime.date.max,
        item.unit.path if item.unit is not None else "",
        item.title,
    )


def deadline_overview(user, filters: OverviewFilters) -> Overview:
    """The overview's lines and counts for ``user`` (whose scope the access gate decides)."""
    closed = filters.status not in (OPEN, *OPEN_STATUSES)
    items = deadlines_for(
        user,
        day=filters.day,
        unit=filters.unit,
        subtree=filters.subtree,
        include_closed=closed,
        kinds=[filters.kind] if filters.kind else None,
    )
    items = sorted((i for i in items if _wanted(i, filters.status)), key=_order)
    labels = kind_labels()
    per_kind: Counter = Counter()
    per_status: Counter = Counter()
    for item in items:
        per_kind[item.kind] += weight(item)
        per_status[item.status] += weight(item)
    return Overview(
        filters=filters,
        items=items,
        by_kind=[
            Count(name, label, per_kind[name]) for name, label in labels.items() if per_kind[name]
        ],
        by_status=[
            Count(value, label, per_status[value])
            for value, label in Status.choices
            if per_status[value]
        ],
    )


def days_text(item: Due) -> str:
    """ "còn N ngày làm việc", "hạn cuối hôm nay", "quá hạn N ngày làm việc" (open things)."""
    if item.due is None or not item.is_open or item.days_left is None:
        return ""
    if item.overdue:
        if item.days_left:
            return f"quá hạn {format_number(-item.days_left)} ngày làm việc"
        return "đã quá hạn"
    if item.days_left == 0:
        return "hạn cuối hôm nay"
    return f"còn {format_number(item.days_left)} ngày làm việc"


def due_text(day: datetime.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def overview_item_dict(item: Due, labels: dict[str, str] | None = None) -> dict:
    """One line as the API and ``danvan deadlines --format json`` give it."""
    labels = labels if labels is not None else kind_labels()
    return {
        "kind": item.kind,
        "kind_label": labels.get(item.kind, item.kind),
        "unit": item.unit.code if item.unit is not None else "",
        "unit_name": item.unit.name if item.unit is not None else "",
        "title": item.title,
        "due": due_text(item.due) or None,
        "status": str(item.status),
        "status_label": Status(item.status).label,
        "days_left": item.days_left,
        "days_text": days_text(item),
        "count": item.count,
        "url": item.url,
        "key": item.key,
    }
