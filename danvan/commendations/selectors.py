"""Who sees and acts on proposals (đề xuất khen thưởng): one place for the pages, API and
templates."""

from django.db.models import Q, QuerySet

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.commendations.models import Commendation, Proposal, ProposalStatus

PROPOSERS = (Role.CHUYEN_VIEN, Role.LANH_DAO)
# The deciding unit's people who receive, return and decide proposals.
DECIDERS = (Role.LANH_DAO, Role.TONG_HOP)
ALL_ROLES = (Role.CHUYEN_VIEN, Role.LANH_DAO, Role.TONG_HOP)


def proposal_scope_units(user, roles=ALL_ROLES):
    return access_units(user, roles=roles)


def access_proposals(user) -> QuerySet[Proposal]:
    """The proposals ``user`` may read: its units' own, and those sent to a unit it decides for
    (drafts of other units stay hidden)."""
    own = proposal_scope_units(user, roles=PROPOSERS)
    deciding = proposal_scope_units(user, roles=ALL_ROLES)
    return (
        Proposal.objects.filter(
            Q(unit__in=own)
            | Q(
                deciding_unit__in=deciding,
                status__in=[ProposalStatus.SUBMITTED, ProposalStatus.DECIDED],
            )
        )
        .select_related("unit", "deciding_unit", "movement")
        .distinct()
    )


def proposals_waiting(user) -> QuerySet[Proposal]:
    """Proposals sent to a unit where ``user`` decides, not decided yet."""
    return Proposal.objects.filter(
        deciding_unit__in=proposal_scope_units(user, roles=DECIDERS),
        status=ProposalStatus.SUBMITTED,
    ).select_related("unit", "deciding_unit")


def proposal_commendations(proposal: Proposal) -> QuerySet[Commendation]:
    return Commendation.objects.filter(proposal=proposal).order_by("code")


def proposal_deciding_choices(units) -> QuerySet:
    """The units a proposal of ``units`` may go to: the units above them in the tree (the
    parent, up to the province's UBND), still working today."""
    from danvan.orgunits.models import OrgUnit
    from danvan.orgunits.selectors import orgunit_active

    paths = set()
    for unit in units:
        parts = [p for p in (unit.path or "").split("/") if p]
        for i in range(1, len(parts)):
            paths.add("/" + "/".join(parts[:i]) + "/")
    return orgunit_active(OrgUnit.objects.filter(path__in=paths)).order_by("path")
