"""The reporting workflow's due things for the home page (see ``danvan.worklist``):

- for a unit's clerks and heads: requests the unit must answer and has not submitted (with the
  deadline in working days), drafts, reports returned with the aggregator's or the head's
  comment, reports waiting for the head (the head's action; the clerk waits), reports
  submitted and waiting for the aggregator;
- for an issuer's aggregators: reports waiting for their acceptance, and their requests with
  units that have not delivered yet.

Everything is read through the access gate.
"""

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.core.dates import format_date
from danvan.reporting.models import ReportRequest, RequestTarget, Status, Transition, UnitReport
from danvan.worklist.items import WorklistContext

SOURCE = "reporting"


def _ids(user, roles) -> set[int]:
    return set(access_units(user, roles=roles).values_list("pk", flat=True))


def _last_comments(reports) -> dict[int, str]:
    """The comment of each report's last transition (the return comment, for returned ones)."""
    comments = {}
    for t in Transition.objects.filter(report__in=reports).order_by("report_id", "at", "pk"):
        comments[t.report_id] = t.comment
    return comments


def reports_due(ctx: WorklistContext):
    user = ctx.user
    clerk = _ids(user, [Role.CHUYEN_VIEN])
    head = _ids(user, [Role.LANH_DAO])
    keeper = clerk | head
    items = []
    if keeper:
        items += _unit_items(ctx, clerk, head, keeper)
    aggregator = access_units(user, roles=[Role.TONG_HOP])
    if aggregator.exists():
        items += _aggregator_items(ctx, aggregator)
    return items


def _unit_items(ctx, clerk, head, keeper):
    targets = RequestTarget.objects.filter(unit_id__in=keeper).select_related("request", "unit")
    reports = {
        (r.request_id, r.unit_id): r
        for r in UnitReport.objects.filter(unit_id__in=keeper).exclude(status=Status.ACCEPTED)
    }
    accepted = set(
        UnitReport.objects.filter(unit_id__in=keeper, status=Status.ACCEPTED).values_list(
            "request_id", "unit_id"
        )
    )
    returned = [r for r in reports.values() if r.status in (Status.RETURNED, Status.DRAFT)]
    comments = _last_comments(returned)
    items = []
    for target in targets:
        request, unit = target.request, target.unit
        if (request.pk, unit.pk) in accepted:
            continue
        report = reports.get((request.pk, unit.pk))
        is_clerk, is_head = unit.pk in clerk, unit.pk in head
        common = {
            "source": SOURCE,
            "title": request.subject,
            "unit": unit.name,
            "due": request.deadline,
            "extra": request.reference,
        }
        if report is None:
            if unit.valid_to is not None and unit.valid_to < ctx.today:
                continue  # a unit closed or merged since can no longer answer
            items.append(
                ctx.item(
                    key=f"reporting.requesttarget:{target.pk}",
                    kind="Yêu cầu báo cáo",
                    url=reverse("reporting:detail", args=[request.pk]),
                    status="Chưa soạn báo cáo",
                    **common,
                )
            )
            continue
        url = reverse("reporting:report", args=[report.pk])
        key = f"reporting.unitreport:{report.pk}"
        comment = comments.get(report.pk, "")
        if report.status == Status.DRAFT:
            items.append(
                ctx.item(
                    key=key,
                    kind="Báo cáo dự thảo",
                    url=url,
                    mine=is_clerk,
                    status="Dự thảo — cần hoàn thành và trình lãnh đạo"
                    if is_clerk
                    else "Chuyên viên đang soạn",
                    **{**common, "extra": _comment_line(comment, "lãnh đạo") or common["extra"]},
                )
            )
        elif report.status == Status.RETURNED:
            items.append(
                ctx.item(
                    key=key,
                    kind="Báo cáo bị trả lại",
                    url=url,
                    status="Bị trả lại — cần sửa và gửi lại",
                    **{**common, "extra": _comment_line(comment, "cơ quan tổng hợp")},
                    urgency=1,
                )
            )
        elif report.status == Status.PENDING_HEAD:
            items.append(
                ctx.item(
                    key=key,
                    kind="Báo cáo chờ lãnh đạo duyệt",
                    url=url,
                    mine=is_head,
                    status="Chờ bạn duyệt và gửi" if is_head else "Đã trình lãnh đạo",
                    urgency=2,
                    **common,
                )
            )
        elif report.status == Status.SUBMITTED:
            sent = _sent(report)
            items.append(
                ctx.item(
                    key=key,
                    kind="Báo cáo đã gửi",
                    url=url,
                    mine=False,
                    status="Chờ cơ quan tổng hợp tiếp nhận",
                    **{**common, "due": None, "extra": f"Gửi ngày {sent}" if sent else ""},
                )
            )
    return items


def _sent(report) -> str:
    if report.submitted_at is None:
        return ""
    return format_date(timezone.localtime(report.submitted_at).date())


def _comment_line(comment: str, who: str) -> str:
    return f"Ý kiến của {who}: {comment}" if comment else ""


def _aggregator_items(ctx, aggregator):
    items = []
    waiting = (
        UnitReport.objects.filter(
            status=Status.SUBMITTED, unit__in=aggregator, request__issuer__in=aggregator
        )
        .select_related("request", "unit")
        .order_by("submitted_at", "pk")
    )
    for report in waiting:
        sent = _sent(report)
        items.append(
            ctx.item(
                source=SOURCE,
                key=f"reporting.unitreport:{report.pk}",
                kind="Báo cáo chờ tiếp nhận",
                title=report.request.subject,
                url=reverse("reporting:report", args=[report.pk]),
                unit=report.unit.name,
                status="Chờ bạn tiếp nhận hoặc trả lại",
                extra=f"{report.request.reference}; gửi ngày {sent}"
                if sent
                else report.request.reference,
                urgency=1,
            )
        )
    requests = (
        ReportRequest.objects.filter(issuer__in=aggregator)
        .annotate(expected=Count("targets", distinct=True))
        .select_related("issuer")
    )
    delivered_counts = dict(
        UnitReport.objects.filter(
            request__in=requests, status__in=[Status.SUBMITTED, Status.ACCEPTED]
        )
        .values("request_id")
        .annotate(n=Count("pk"))
        .values_list("request_id", "n")
    )
    for request in requests:
        missing = request.expected - delivered_counts.get(request.pk, 0)
        if missing <= 0:
            continue
        items.append(
            ctx.item(
                source=SOURCE,
                key=f"reporting.reportrequest:{request.pk}",
                kind="Yêu cầu đã phát hành",
                title=request.subject,
                url=reverse("reporting:detail", args=[request.pk]),
                unit=request.issuer.name,
                mine=False,
                due=request.deadline,
                status=f"{missing}/{request.expected} đơn vị chưa gửi báo cáo",
                extra=request.reference,
            )
        )
    return items
