"""Unread notifications as due things of the home page; opening one marks it read."""

from django.urls import reverse
from django.utils import timezone

from danvan.notifications.selectors import notifications_of
from danvan.worklist.items import Group

SHOWN = 5  # the newest; the rest are one line leading to the inbox


def notifications_due(ctx):
    unread = notifications_of(ctx.user).filter(read_at__isnull=True)
    total = unread.count()
    items = [
        ctx.item(
            source="notifications",
            key=f"notifications.notification:{n.pk}",
            kind="Thông báo",
            title=n.subject,
            url=reverse("notifications:open", args=[n.pk]),
            group=Group.NOTICES,
            status=f"Nhận lúc {timezone.localtime(n.created_at):%H:%M %d/%m/%Y}",
            urgency=n.pk,  # newest first
            extra=" · ".join(part for part in (n.about, n.period and f"Kỳ: {n.period}") if part),
        )
        for n in unread[:SHOWN]
    ]
    if total > SHOWN:
        items.append(
            ctx.item(
                source="notifications",
                key="notifications:khac",
                kind="Thông báo",
                title=f"Còn {total - SHOWN} thông báo chưa đọc khác",
                url=reverse("notifications:inbox"),
                group=Group.NOTICES,
                count=total - SHOWN,
            )
        )
    return items
