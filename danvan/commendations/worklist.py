"""«Việc cần làm» of proposals: the deciding unit's people see what waits for a decision, the
proposing unit's head what waits to be sent, its clerks what came back."""

from django.urls import reverse

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.commendations.models import Proposal, ProposalStatus
from danvan.commendations.selectors import proposals_waiting

SOURCE = "commendations.proposals"
RETURNED = "Đề xuất khen thưởng bị trả lại"
PENDING = "Đề xuất khen thưởng chờ gửi"


def proposals_due(ctx):
    items = []
    for p in proposals_waiting(ctx.user):
        items.append(
            ctx.item(
                source=SOURCE,
                key=f"commendations.proposal:{p.pk}",
                kind="Đề xuất khen thưởng chờ quyết định",
                title=p.title,
                url=reverse("commendations:proposal_detail", args=[p.pk]),
                unit=p.unit.name,
                status="Đã gửi — cần trả lại hoặc quyết định",
            )
        )
    heads = access_units(ctx.user, roles=[Role.LANH_DAO])
    clerks = access_units(ctx.user, roles=[Role.CHUYEN_VIEN])
    own = Proposal.objects.filter(
        unit__in=heads, status=ProposalStatus.PENDING_HEAD
    ) | Proposal.objects.filter(unit__in=clerks, status=ProposalStatus.RETURNED)
    for p in own.select_related("unit").distinct():
        returned = p.status == ProposalStatus.RETURNED
        items.append(
            ctx.item(
                source=SOURCE,
                key=f"commendations.proposal:{p.pk}",
                kind="Đề xuất khen thưởng bị trả lại"
                if returned
                else "Đề xuất khen thưởng chờ gửi",
                title=p.title,
                url=reverse("commendations:proposal_detail", args=[p.pk]),
                unit=p.unit.name,
                status="Bị trả lại — cần sửa và trình lại" if returned else "Chờ lãnh đạo gửi",
                extra=p.return_reason if returned else "",
            )
        )
    return items
