"""Unread notifications on the home page, each opening (and marking read) its notification."""

import datetime

from danvan.notifications.models import Notification
from danvan.notifications.services import notification_send
from danvan.worklist.items import Group
from danvan.worklist.selectors import worklist_for


def _notices(user):
    today = datetime.date(2021, 11, 8)
    return [i for i in worklist_for(user, today=today) if i.source == "notifications"]


def test_unread_ones_only_and_only_ones_own(users):
    notification_send(users=[users["clerk_a"]], subject="Đã đọc rồi")
    Notification.objects.update(read_at=datetime.datetime(2021, 11, 1, tzinfo=datetime.UTC))
    notification_send(
        users=[users["clerk_a"]], subject="Yêu cầu mới", about="Văn bản số 1", period="Năm 2021"
    )
    notification_send(users=[users["clerk_b"]], subject="Của Sở Tư pháp")
    (item,) = _notices(users["clerk_a"])
    unread = Notification.objects.get(subject="Yêu cầu mới")
    assert (item.title, item.group) == ("Yêu cầu mới", Group.NOTICES)
    assert item.url == f"/thong-bao/{unread.pk}/"
    assert item.extra == "Văn bản số 1 · Kỳ: Năm 2021"


def test_beyond_five_a_line_leads_to_the_inbox(users):
    for i in range(12):
        notification_send(users=[users["clerk_a"]], subject=f"Tin {i}")
    items = _notices(users["clerk_a"])
    assert [i.title for i in items[:5]] == ["Tin 11", "Tin 10", "Tin 9", "Tin 8", "Tin 7"]
    assert (items[-1].title, items[-1].url, items[-1].count) == (
        "Còn 7 thông báo chưa đọc khác",
        "/thong-bao/",
        7,
    )
