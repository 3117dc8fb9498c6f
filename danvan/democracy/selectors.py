"""Reads of the democracy app. Every read of unit data starts from the access gate."""

import datetime

from django.db.models import Q, QuerySet

from danvan.accounts.access import access_register_units, access_units
from danvan.activities.models import StaffConference
from danvan.democracy.models import (
    BoardSupervision,
    Obligation,
    ObligationType,
    PeopleInspectionBoard,
    ResolutionItem,
    SteeringBoard,
)
from danvan.orgunits.models import OrgUnit


def obligation_types_in_force(day: datetime.date) -> QuerySet[ObligationType]:
    return ObligationType.objects.filter(
        Q(valid_to__isnull=True) | Q(valid_to__gte=day), valid_from__lte=day
    )


def obligation_type_versions(code: str) -> QuerySet[ObligationType]:
    """Every dated version of one catalogue entry, the oldest first (the history)."""
    return ObligationType.objects.filter(code=code).order_by("valid_from")


def obligation_type_current(code: str) -> ObligationType | None:
    """The latest version of ``code`` (the one a revision starts from)."""
    return obligation_type_versions(code).order_by("-valid_from").first()


def obligation_catalogue() -> list[ObligationType]:
    """One line per code: its latest version."""
    latest: dict[str, ObligationType] = {}
    for row in ObligationType.objects.order_by("valid_from"):
        latest[row.code] = row
    return sorted(latest.values(), key=lambda t: (t.position, t.code))


def obligations_visible(user) -> QuerySet[Obligation]:
    return Obligation.objects.filter(unit__in=access_units(user)).select_related("type", "unit")


def obligation_visible(user, obligation_id: int) -> Obligation | None:
    return obligations_visible(user).filter(pk=obligation_id).first()


def obligations_of(
    user, *, unit: OrgUnit, year: int | None = None, subtree: bool = False
) -> QuerySet[Obligation]:
    units = access_units(user)
    units = units.filter(path__startswith=unit.path) if subtree else units.filter(pk=unit.pk)
    found = obligations_visible(user).filter(unit__in=units)
    if year is not None:
        found = found.filter(year=year)
    return found.order_by("unit__path", "type__position", "due_on", "code")


def can_keep(user, unit: OrgUnit) -> bool:
    """Whether ``user`` keeps ``unit``'s registers (chuyên viên, lãnh đạo), so may record a
    publicity, an event date, a resolution item, a board or a supervision of it."""
    return access_register_units(user).filter(pk=unit.pk).exists()


def conferences_visible(user) -> QuerySet[StaffConference]:
    return StaffConference.objects.filter(unit__in=access_units(user)).select_related("unit")


def conference_visible(user, conference_id: int) -> StaffConference | None:
    return conferences_visible(user).filter(pk=conference_id).first()


def resolution_items_visible(user) -> QuerySet[ResolutionItem]:
    return ResolutionItem.objects.filter(unit__in=access_units(user)).select_related(
        "conference", "unit"
    )


def steering_board_of(unit: OrgUnit, day: datetime.date) -> SteeringBoard | None:
    """The board in place on ``day``: the latest decision on or before it."""
    return (
        SteeringBoard.objects.filter(unit=unit, decided_on__lte=day)
        .prefetch_related("members")
        .order_by("-decided_on")
        .first()
    )


def inspection_board_of(unit: OrgUnit, day: datetime.date) -> PeopleInspectionBoard | None:
    """The people's inspection board whose term holds ``day``."""
    return (
        PeopleInspectionBoard.objects.filter(unit=unit, term_from__lte=day, term_to__gte=day)
        .prefetch_related("members")
        .first()
    )


def steering_boards_visible(user) -> QuerySet[SteeringBoard]:
    return SteeringBoard.objects.filter(unit__in=access_units(user)).prefetch_related("members")


def inspection_boards_visible(user) -> QuerySet[PeopleInspectionBoard]:
    return PeopleInspectionBoard.objects.filter(unit__in=access_units(user)).prefetch_related(
        "members"
    )


def supervisions_of(board: PeopleInspectionBoard) -> QuerySet[BoardSupervision]:
    return BoardSupervision.objects.filter(
        unit=board.unit, held_on__gte=board.term_from, held_on__lte=board.term_to
    ).order_by("held_on", "code")


def attendance_text(attended: int | None, total: int | None) -> str:
    """ "159/171 (93,0%)"; the parts only when the total is unknown or zero."""
    if attended is None:
        return ""
    if not total:
        return f"{attended}"
    percent = f"{attended * 100 / total:.1f}".replace(".", ",")
    return f"{attended}/{total} ({percent}%)"
