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


def test_opening_a_notification_marks_it_read_and_goes_to_its_target(users, login, tree):
    notification_send(
        users=[users["clerk_a"]],
        subject="Yêu cầu báo cáo mới",
        link="/bao-cao/",
        target=tree["A"],
        about="Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021 — Báo cáo quy chế dân chủ",
        period="Năm 2021",
    )
    notification = Notification.objects.get()
    assert notification.target == tree["A"]
    client = login(users["clerk_a"])
    page = client.get("/thong-bao/").content.decode()
    assert f'href="/thong-bao/{notification.pk}/"' in page
    assert "Liên quan đến: Văn bản số 1995/SNV-XDCQ&amp;CTTN ngày 29/10/2021" in page
    assert "Kỳ: Năm 2021" in page and "chưa đọc" in page
    response = client.get(f"/thong-bao/{notification.pk}/")
    assert (response.status_code, response["Location"]) == (302, "/bao-cao/")
    notification.refresh_from_db()
    assert notification.read_at is not None
    assert "đã đọc" in client.get("/thong-bao/").content.decode()


def test_nobody_opens_anothers_notification(users, login):
    notification_send(users=[users["clerk_b"]], subject="Của người khác", link="/bao-cao/")
    other = Notification.objects.get()
    assert login(users["clerk_a"]).get(f"/thong-bao/{other.pk}/").status_code == 404
    other.refresh_from_db()
    assert other.read_at is None


def test_an_outside_link_is_never_followed(users, login):
    notification_send(users=[users["clerk_a"]], subject="Lạ", link="https://example.com/x")
    notification = Notification.objects.get()
    response = login(users["clerk_a"]).get(f"/thong-bao/{notification.pk}/")
    assert response["Location"] == "/thong-bao/"


def test_the_api_says_what_a_notification_concerns(users, api_client, tree):
    notification_send(
        users=[users["clerk_a"]], subject="X", link="/", target=tree["A"], period="Năm 2021"
    )
    (listed,) = api_client(users["clerk_a"]).get("/api/v1/notifications/").json()
    assert listed["period"] == "Năm 2021"
    assert listed["target"] == f"orgunits.orgunit:{tree['A'].pk}"
    assert listed["open_url"] == f"/thong-bao/{listed['id']}/"
