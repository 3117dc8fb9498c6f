"""The petitions app's due things for the deadline engine (``danvan.deadlines``):

- petitions past their legal deadline and not resolved, one line per petition (each has its
  own deadline, so "quá hạn N ngày làm việc" means something; the count per kind stays the
  number of petitions);
- heads behind their citizen-reception quota (:class:`~danvan.petitions.models.ReceptionQuota`,
  Luật Tiếp công dân 2013), one line per unit and month, for the month so far and the last
  month, computed from the reception book's ``lanh_dao_dinh_ky`` sessions.

Both are read-only lines (what closes them is a record in the register). Overdue petitions are
on the home page already (the petitions worklist provider): ``on_home=False``.
"""

from __future__ import annotations

import calendar as _calendar
import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Q
from django.urls import reverse

from danvan.deadlines.registry import DeadlineKind, Due, Scope
from danvan.deadlines.status import State, Status, status_on
from danvan.petitions.models import Petition, Receiver, Reception, ReceptionQuota

OVERDUE = "petitions.overdue"
QUOTA = "petitions.reception_quota"
ONE_DAY = datetime.timedelta(days=1)
REMIND_BEFORE = 3  # working days before the end of a month still short of the quota


def petitions_overdue_on(units, day: datetime.date):
    """Petitions of ``units`` past their legal deadline and not resolved on ``day`` (a
    petition resolved later was still open that day)."""
    return (
        Petition.objects.filter(unit__in=units, deadline__lt=day, received_on__lte=day)
        .filter(Q(resolved_on__isnull=True) | Q(resolved_on__gt=day))
        .select_related("unit")
        .order_by("deadline", "code")
    )


def petitions_overdue_due(scope: Scope) -> list[Due]:
    return [
        Due(
            key=f"petitions.petition:{p.pk}",
            kind=OVERDUE,
            unit=p.unit,
            title=f"Đơn {p.code} — {p.get_kind_display()}",
            url=reverse("registers:detail", args=["petitions", p.pk]),
            due=p.deadline,
            status=Status.QUA_HAN,
            detail=f"Nhận ngày {p.received_on:%d/%m/%Y}; quá thời hạn giải quyết theo luật",
        )
        for p in petitions_overdue_on(scope.units, scope.day)
    ]


OVERDUE_PETITIONS = DeadlineKind(
    name=OVERDUE,
    label="Đơn thư quá hạn giải quyết",
    items=petitions_overdue_due,
    position=60,
    on_home=False,
)


# --- the heads' reception quota -----------------------------------------------------------


@dataclass(frozen=True)
class MonthQuota:
    """One unit's quota for one month, as of a day."""

    month: datetime.date  # the first day
    quota: ReceptionQuota
    required: int  # days (monthly quota) or weeks (weekly quota)
    done: int  # days received, or weeks with enough days
    done_on: datetime.date | None  # the day the quota was reached

    @property
    def met(self) -> bool:
        return self.done >= self.required

    @property
    def end(self) -> datetime.date:
        return _month_end(self.month)

    @property
    def counted(self) -> str:
        if self.quota.per == ReceptionQuota.Per.TUAN:
            return (
                f"đã tiếp {self.done}/{self.required} tuần, mỗi tuần ít nhất "
                f"{self.quota.days:02d} ngày"
            )
        return f"đã tiếp {self.done}/{self.required} ngày"


def _month_end(first: datetime.date) -> datetime.date:
    return first.replace(day=_calendar.monthrange(first.year, first.month)[1])


def month_weeks(first: datetime.date) -> list[tuple[datetime.date, datetime.date]]:
    """The weeks (Monday–Sunday) of a month: those that END in it, so each week belongs to one
    month and every week of a month is over by the month's last day (its due date)."""
    end = _month_end(first)
    sunday = first + datetime.timedelta(days=(6 - first.weekday()) % 7)
    weeks = []
    while sunday <= end:
        weeks.append((sunday - datetime.timedelta(days=6), sunday))
        sunday += datetime.timedelta(days=7)
    return weeks


def quota_for(quotas: list[ReceptionQuota], kind: str, first: datetime.date):
    """The rule in force for a unit kind in the month starting ``first`` (the latest start)."""
    end = _month_end(first)
    found = [
        q
        for q in quotas
        if q.unit_kind == kind
        and (q.valid_from is None or q.valid_from <= end)
        and (q.valid_to is None or q.valid_to >= first)
    ]
    return max(found, key=lambda q: q.valid_from or datetime.date.min, default=None)


def month_quota(
    quota: ReceptionQuota, first: datetime.date, days: list[datetime.date], as_of: datetime.date
) -> MonthQuota:
    """``days``: the distinct days of the unit's periodic receptions by the head (up to
    ``as_of``), around the month."""
    days = sorted(d for d in set(days) if d <= as_of)
    if quota.per == ReceptionQuota.Per.TUAN:
        weeks = month_weeks(first)
        done, reached = 0, []
        for monday, sunday in weeks:
            inside = [d for d in days if monday <= d <= sunday]
            if len(inside) >= quota.days:
                done += 1
                reached.append(inside[quota.days - 1])
        done_on = max(reached) if done == len(weeks) and reached else None
        return MonthQuota(first, quota, len(weeks), done, done_on)
    inside = [d for d in days if first <= d <= _month_end(first)]
    done_on = inside[quota.days - 1] if len(inside) >= quota.days else None
    return MonthQuota(first, quota, quota.days, min(len(inside), quota.days), done_on)


def _receptions_url(unit_code: str, first: datetime.date) -> str:
    query = {
        "ma_don_vi": unit_code,
        "nguoi_tiep": Receiver.LANH_DAO_DINH_KY,
        "ngay_tiep_tu": first.strftime("%d/%m/%Y"),
        "ngay_tiep_den": _month_end(first).strftime("%d/%m/%Y"),
    }
    return f"{reverse('registers:list', args=['receptions'])}?{urlencode(query)}"


def reception_quota_due(scope: Scope) -> list[Due]:
    day = scope.day
    this_month = day.replace(day=1)
    last_month = (this_month - ONE_DAY).replace(day=1)
    quotas = list(ReceptionQuota.objects.all())
    kinds = {q.unit_kind for q in quotas}
    if not kinds:
        return []
    units = list(
        scope.units.filter(kind__in=kinds)
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=_month_end(this_month)))
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=last_month))
        .order_by("path")
    )
    if not units:
        return []
    # The first week of a month may start in the month before: read six days before.
    window = (last_month - datetime.timedelta(days=6), _month_end(this_month))
    held: dict[int, list[datetime.date]] = {}
    for unit_id, held_on in Reception.objects.filter(
        unit__in=units, receiver=Receiver.LANH_DAO_DINH_KY, held_on__range=window
    ).values_list("unit_id", "held_on"):
        held.setdefault(unit_id, []).append(held_on)
    items = []
    for unit in units:
        for first in (last_month, this_month):
            if not _unit_open_in(unit, first):
                continue
            quota = quota_for(quotas, unit.kind, first)
            if quota is None:
                continue
            result = month_quota(quota, first, held.get(unit.pk, []), day)
            if result.met and not scope.include_closed:
                continue
            items.append(_quota_due(unit, result, day))
    return items


def _unit_open_in(unit, first: datetime.date) -> bool:
    end = _month_end(first)
    return (unit.valid_from is None or unit.valid_from <= end) and (
        unit.valid_to is None or unit.valid_to >= first
    )


def _quota_due(unit, result: MonthQuota, day: datetime.date) -> Due:
    month = result.month.strftime("%m/%Y")
    if result.met:
        state = State.HOAN_THANH
        title = (
            f"Lãnh đạo đã tiếp công dân định kỳ đủ số ngày trong tháng {month} ({result.counted})"
        )
    else:
        state = State.DANG_THUC_HIEN if result.done else State.CHUA_THUC_HIEN
        title = (
            f"Lãnh đạo chưa tiếp công dân định kỳ đủ số ngày trong tháng {month} ({result.counted})"
        )
    quota = result.quota
    return Due(
        key=f"{QUOTA}:{unit.code}:{result.month:%Y-%m}",
        kind=QUOTA,
        unit=unit,
        title=title,
        url=_receptions_url(unit.code, result.month),
        due=result.end,
        status=status_on(state, result.end, result.done_on, day),
        done_on=result.done_on if result.met else None,
        # Told to the unit's keepers 3 working days before the month ends, while still short.
        remind_before=0 if result.met else REMIND_BEFORE,
        detail=(
            f"{quota.holder}: ít nhất {quota.days:02d} ngày mỗi {quota.get_per_display()} "
            f"({quota.legal_ref})"
        ),
    )


RECEPTION_QUOTA = DeadlineKind(
    name=QUOTA,
    label="Tiếp công dân định kỳ của lãnh đạo",
    items=reception_quota_due,
    position=65,
    # A monthly quota line exists for every unit whose head has not yet received citizens: on
    # the overview and in the daily digest, not on every home page all month long.
    on_home=False,
)
