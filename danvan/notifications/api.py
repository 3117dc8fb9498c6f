import datetime

from django.urls import reverse
from ninja import Router, Schema

from danvan.core.api import StrictIn, errors
from danvan.notifications.selectors import notifications_of
from danvan.notifications.services import notifications_mark_read

router = Router(tags=["Thông báo"])


class NotificationOut(Schema):
    id: int
    subject: str
    body: str
    link: str
    open_url: str
    about: str
    period: str
    target: str | None
    created_at: datetime.datetime
    read: bool


class MarkReadIn(StrictIn):
    ids: list[int] | None = None


class MarkedOut(Schema):
    marked: int  # notifications marked read now


@router.get("/", response={200: list[NotificationOut], **errors()}, summary="Hộp thông báo của tôi")
def notifications_list(request, unread: bool = False):
    found = notifications_of(request.auth)
    if unread:
        found = found.filter(read_at__isnull=True)
    return [
        {
            "id": n.pk,
            "subject": n.subject,
            "body": n.body,
            "link": n.link,
            "open_url": reverse("notifications:open", args=[n.pk]),
            "about": n.about,
            "period": n.period,
            "target": f"{n.target_type.app_label}.{n.target_type.model}:{n.target_id}"
            if n.target_type_id
            else None,
            "created_at": n.created_at,
            "read": n.read_at is not None,
        }
        for n in found.select_related("target_type")[:200]
    ]


@router.post("/read", response={200: MarkedOut, **errors()}, summary="Đánh dấu đã đọc")
def notifications_read(request, payload: MarkReadIn):
    return {"marked": notifications_mark_read(user=request.auth, ids=payload.ids)}
