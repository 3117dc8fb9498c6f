"""Reads of inspections and their recommendations, for both sides, through the access gate.

The inspecting side reads the recommendations of inspections held by a unit it may see (the
inspection's unit and, through subtree grants, its ancestors' people); the inspected side
reads those addressed to a unit it may see. Nobody else reads any.
"""

from django.db.models import Q, QuerySet
from django.http import Http404

from danvan.accounts.access import access_register_units, access_units
from danvan.activities.models import Inspection
from danvan.inspections.models import Recommendation
from danvan.orgunits.models import OrgUnit

NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


class Side:
    """Which side of a recommendation one looks from (``?vai_tro=``)."""

    INSPECTING = "kiem_tra"  # the inspecting unit: tracks what it recommended
    REMEDIATING = "khac_phuc"  # the inspected unit: what it must fix
    LABELS = {
        INSPECTING: "Đơn vị kiểm tra theo dõi",
        REMEDIATING: "Đơn vị phải khắc phục",
    }


def _base() -> QuerySet[Recommendation]:
    return Recommendation.objects.select_related("unit", "inspection", "inspection__unit")


def recommendations_visible(user, *, side: str = "") -> QuerySet[Recommendation]:
    units = access_units(user)
    inspecting = Q(inspection__unit__in=units)
    remediating = Q(unit__in=units)
    if side == Side.INSPECTING:
        return _base().filter(inspecting)
    if side == Side.REMEDIATING:
        return _base().filter(remediating)
    return _base().filter(inspecting | remediating)


def recommendation_visible(user, pk: int) -> Recommendation:
    found = recommendations_visible(user).filter(pk=pk).first()
    if found is None:
        raise Http404(NOT_FOUND)
    return found


def recommendation_can_manage(user, recommendation: Recommendation) -> bool:
    """The inspecting unit's keepers create, edit, close and reject."""
    return access_register_units(user).filter(pk=recommendation.inspection.unit_id).exists()


def recommendation_can_report(user, recommendation: Recommendation) -> bool:
    """The inspected unit's keepers report what they did."""
    return access_register_units(user).filter(pk=recommendation.unit_id).exists()


def recommendation_write_units(user) -> QuerySet[OrgUnit]:
    """The units whose recommendations ``user`` may write in the register: those inspected by
    an inspection of a unit they keep the registers of."""
    return OrgUnit.objects.filter(
        inspections_received__unit__in=access_register_units(user)
    ).distinct()


def inspections_visible(user) -> QuerySet[Inspection]:
    """Inspections held by a unit ``user`` may see, or of a unit they may see (the inspected
    unit reads the conclusion that concerns it)."""
    units = access_units(user)
    ids = Inspection.objects.filter(Q(unit__in=units) | Q(inspected_units__in=units)).values("pk")
    return Inspection.objects.filter(pk__in=ids).select_related("unit")


def inspection_visible(user, pk: int) -> Inspection:
    found = inspections_visible(user).filter(pk=pk).first()
    if found is None:
        raise Http404(NOT_FOUND)
    return found


def inspection_can_edit(user, inspection: Inspection) -> bool:
    return access_register_units(user).filter(pk=inspection.unit_id).exists()


def inspection_recommendations(inspection: Inspection) -> QuerySet[Recommendation]:
    return inspection.recommendations.select_related("unit").order_by("code")


def remediation_recommendations(user, inspection: Inspection, unit_code: str = "") -> list:
    """The recommendations of ``inspection`` to one unit that ``user`` sees (``unit_code``, or
    the first such unit), for that unit's remediation report."""
    records = (
        recommendations_visible(user).filter(inspection=inspection).order_by("unit__code", "code")
    )
    if unit_code:
        records = records.filter(unit__code=unit_code)
    first = records.first()
    if first is None:
        return []
    return list(records.filter(unit=first.unit_id))
