"""The access gate. Every read of unit-scoped data — in views, the API and the CLI — starts from
:func:`access_units`; the other functions here are built on it, never beside it.

A user sees a unit when one of their grants covers it: the granted unit itself (and the units
merged into it, whose history it carries), or with ``include_subtree`` every unit below it.
Superusers and the command line (acting as :data:`SYSTEM`) see everything.
"""

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404

from danvan.accounts.models import Role, RoleGrant
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_active, orgunit_lineage_ids

UNIT_NOT_FOUND = "Không tìm thấy đơn vị «{code}», hoặc bạn không có quyền xem đơn vị này."
ROLE_REQUIRED = "Chức năng này dành cho người có vai trò {roles}."
PROVINCE_ADMIN_REQUIRED = "Chỉ quản trị cấp tỉnh được thay đổi thiết lập chung của cả tỉnh."


class _System:
    """The principal of command-line runs: an administrator of the whole tree."""

    pk = None
    is_authenticated = True
    is_active = True
    is_superuser = True

    def get_username(self) -> str:
        return "hệ thống"


SYSTEM = _System()


def _grants(user, roles: Iterable[str] | None) -> list[RoleGrant]:
    grants = RoleGrant.objects.filter(user=user).select_related("unit")
    if roles is not None:
        grants = grants.filter(role__in=list(roles))
    return list(grants)


def access_units(user, *, roles: Iterable[str] | None = None) -> QuerySet[OrgUnit]:
    """The units whose data ``user`` may read (through grants of ``roles``, if given)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return OrgUnit.objects.none()
    if user.is_superuser:
        return OrgUnit.objects.all()
    grants = _grants(user, roles)
    subtree_paths = sorted({g.unit.path for g in grants if g.include_subtree})
    # A subtree inside another granted subtree adds nothing: keep the query short.
    subtree_paths = [
        p for p in subtree_paths if not any(p != o and p.startswith(o) for o in subtree_paths)
    ]
    single_ids = {
        g.unit_id
        for g in grants
        if not g.include_subtree and not any(g.unit.path.startswith(p) for p in subtree_paths)
    }
    scope = Q(pk__in=single_ids | _merged_into(single_ids)) if single_ids else Q(pk__in=[])
    for path in subtree_paths:
        scope |= Q(path__startswith=path)
    return OrgUnit.objects.filter(scope)


def _merged_into(unit_ids: set[int]) -> set[int]:
    """Every unit merged, directly or through earlier merges, into one of ``unit_ids``: a
    unit grant carries the history of its predecessors."""

    return orgunit_lineage_ids(unit_ids) - set(unit_ids)


def access_unit(user, code: str, *, roles: Iterable[str] | None = None) -> OrgUnit:
    """One unit by code, or 404 — the same answer whether it does not exist or is not yours,
    so that probing codes reveals nothing."""
    unit = access_units(user, roles=roles).filter(code=code).first()
    if unit is None:
        raise Http404(UNIT_NOT_FOUND.format(code=code))
    return unit


NOT_UNIT_ADMIN = "Bạn không có quyền quản trị đơn vị này."


def can_administer_unit(user, unit: OrgUnit) -> bool:
    """May ``user`` change ``unit`` itself (rename, merge, letterhead)? The one answer for the
    unit page, its template and the API."""
    return access_units(user, roles=[Role.QUAN_TRI]).filter(pk=unit.pk).exists()


def access_has_role(user, roles: Iterable[str]) -> bool:
    if user is None or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return RoleGrant.objects.filter(user=user, role__in=list(roles)).exists()


def access_require_role(user, roles: Iterable[str]) -> None:
    roles = list(roles)
    if not access_has_role(user, roles):
        labels = ", ".join(Role(role).label for role in roles)
        raise PermissionDenied(ROLE_REQUIRED.format(roles=labels))


def access_unit_paths(user, *, roles: Iterable[str] | None = None) -> list[str] | None:
    """Path prefixes of the units ``user`` may read; None means the whole tree."""
    if user is not None and user.is_authenticated and user.is_superuser:
        return None
    return list(access_units(user, roles=roles).values_list("path", flat=True))


def access_user_accounts(user) -> QuerySet:
    """The accounts an administrator may see and manage: those whose every grant lies in the
    units they administer (so a commune's administrator cannot reset the password of a
    provincial aggregator who also holds a grant there). Only a superuser sees accounts
    without any grant."""
    User = get_user_model()
    if user is not None and user.is_authenticated and user.is_superuser:
        return User.objects.all()
    units = access_units(user, roles=[Role.QUAN_TRI])
    outside = OrgUnit.objects.exclude(pk__in=units.values("pk"))
    return (
        User.objects.filter(grants__unit__in=units, is_superuser=False)
        .exclude(grants__unit__in=outside)
        .distinct()
    )


def access_is_province_admin(user) -> bool:
    """Province-wide settings (calendar, period rule) belong to administrators of a whole tree:
    a superuser or a quản trị granted a top-level unit with its subtree."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return RoleGrant.objects.filter(
        user=user, role=Role.QUAN_TRI, include_subtree=True, unit__parent__isnull=True
    ).exists()


def access_require_province_admin(user) -> None:
    if not access_is_province_admin(user):
        raise PermissionDenied(PROVINCE_ADMIN_REQUIRED)


# Who keeps the registers of a unit (types records in, imports files).
REGISTER_KEEPERS = (Role.CHUYEN_VIEN, Role.LANH_DAO)


def access_register_units(user) -> QuerySet[OrgUnit]:
    """The units whose registers ``user`` may write: the keepers' grants, units still working
    today (one merged from a future date stays writable until the day before)."""

    return orgunit_active(access_units(user, roles=REGISTER_KEEPERS))


def access_holders(units: Iterable[OrgUnit], roles: Iterable[str]) -> dict[int, list]:
    """For each unit, the active people whose grants of ``roles`` cover it (the unit itself,
    or an ancestor granted with its subtree): who is told about, or may act on, its work."""
    units = list(units)
    ancestor_codes = {code for u in units for code in u.path.strip("/").split("/")}
    grants = (
        RoleGrant.objects.filter(role__in=list(roles), user__is_active=True)
        .filter(Q(unit__in=units) | Q(unit__code__in=ancestor_codes, include_subtree=True))
        .select_related("user", "unit")
    )
    holders: dict[int, dict] = {u.pk: {} for u in units}
    for grant in grants:
        for unit in units:
            if grant.unit_id == unit.pk or (
                grant.include_subtree and unit.path.startswith(grant.unit.path)
            ):
                holders[unit.pk][grant.user_id] = grant.user
    return {pk: list(found.values()) for pk, found in holders.items()}


def access_home_unit(user, units: QuerySet[OrgUnit] | None = None) -> OrgUnit | None:
    """The unit a form should preselect for ``user``: the one unit all their grants name (a
    clerk of one unit), when it is among ``units``; else the only unit of ``units``."""
    if user is None or not user.is_authenticated or getattr(user, "pk", None) is None:
        return None
    unit_ids = set(RoleGrant.objects.filter(user=user).values_list("unit_id", flat=True))
    candidates = units if units is not None else OrgUnit.objects.all()
    if len(unit_ids) == 1:
        found = candidates.filter(pk__in=unit_ids).first()
        if found is not None:
            return found
    if units is not None:
        only = list(units.order_by("path")[:2])
        if len(only) == 1:
            return only[0]
    return None
