"""Reads of emulation, through one access function: a user sees the movements launched by or
joined by the units of their grants, and the registrations of those units."""

from django.db.models import Q, QuerySet

from danvan.accounts.access import REGISTER_KEEPERS, access_register_units, access_units
from danvan.emulation.models import Movement, Registration


def emulation_scope_units(user):
    """The access function of emulation (what the user may read)."""
    return access_units(user)


def movements_visible(user) -> QuerySet[Movement]:
    """Movements launched by the user's units, joined by them, or launched above them (the
    province's movement reaches every unit under it)."""
    units = emulation_scope_units(user)
    above = set()
    for path in units.values_list("path", flat=True):
        parts = [p for p in (path or "").split("/") if p]
        above |= {"/" + "/".join(parts[:n]) + "/" for n in range(1, len(parts))}
    return (
        Movement.objects.filter(
            Q(unit__in=units) | Q(participants__in=units) | Q(unit__path__in=above)
        )
        .distinct()
        .select_related("unit")
    )


def movement_visible(user, pk: int) -> Movement | None:
    return movements_visible(user).filter(pk=pk).first()


def registrations_visible(user) -> QuerySet[Registration]:
    return Registration.objects.filter(unit__in=emulation_scope_units(user)).select_related(
        "movement", "unit"
    )


def registration_visible(user, pk: int) -> Registration | None:
    return registrations_visible(user).filter(pk=pk).first()


def emulation_can_keep(user, unit) -> bool:
    """Whether ``user`` keeps the registers of ``unit`` (registers, assesses, adds criteria)."""
    return access_register_units(user).filter(pk=unit.pk).exists()


__all__ = ["REGISTER_KEEPERS"]
