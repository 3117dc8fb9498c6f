from danvan.notifications.models import Notification
from danvan.notifications.services import notification_send


def test_each_person_reads_only_their_own_inbox(users, login, api_client):
    notification_send(users=[users["clerk_a"]], subject="Việc của Sở Nội vụ", link="/bao-cao/")
    notification_send(users=[users["clerk_b"]], subject="Việc của Sở Tư pháp")
    page = login(users["clerk_a"]).get("/thong-bao/").content.decode()
    assert "Việc của Sở Nội vụ" in page and "Việc của Sở Tư pháp" not in page
    assert 'aria-label="1 thông báo chưa đọc"' in page
    listed = api_client(users["clerk_b"]).get("/api/v1/notifications/").json()
    assert [n["subject"] for n in listed] == ["Việc của Sở Tư pháp"]


def test_marking_read_touches_only_ones_own(users, login, api_client):
    notification_send(users=[users["clerk_a"], users["clerk_b"]], subject="Nhắc chung")
    login(users["clerk_a"]).post("/thong-bao/da-doc/")
    assert Notification.objects.get(user=users["clerk_a"]).read_at is not None
    assert Notification.objects.get(user=users["clerk_b"]).read_at is None
    other = Notification.objects.get(user=users["clerk_b"]).pk
    response = api_client(users["clerk_a"]).post(
        "/api/v1/notifications/read", {"ids": [other]}, content_type="application/json"
    )
    assert response.json() == {"marked": 0}
    assert Notification.objects.get(user=users["clerk_b"]).read_at is None
