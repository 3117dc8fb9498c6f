"""The report page and the API know the «Trình lãnh đạo» step."""

import pytest

from danvan.reporting.models import Status
from danvan.reporting.services import report_open
from tests.conftest import make_user


@pytest.fixture
def draft(users, request_2021, tree):
    return report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])


def test_page_clerk_sends_head_returns_with_comment(users, login, draft):
    url = f"/bao-cao/bao-cao/{draft.pk}/"
    clerk, head = login(users["clerk_a"]), login(users["head_a"])
    page = clerk.get(url).content.decode()
    assert "Trình lãnh đạo" in page and "Lãnh đạo gửi báo cáo" not in page
    response = clerk.post(f"{url}trinh-lanh-dao/", follow=True)
    page = response.content.decode()
    assert "Đã trình lãnh đạo. Lãnh đạo đơn vị đã được thông báo." in page
    assert "Chờ lãnh đạo duyệt" in page and "Rút lại để sửa" in page
    assert 'type="submit" class="primary">Lưu<' not in page  # the clerk cannot save now
    page = head.get(url).content.decode()
    assert "Lãnh đạo gửi báo cáo" in page and "Trả về chuyên viên" in page
    head.post(f"{url}tra-chuyen-vien/", {"comment": "Viết lại mục II."})
    draft.refresh_from_db()
    assert draft.status == Status.DRAFT
    page = clerk.get(url).content.decode()
    assert "Ý kiến của lãnh đạo khi trả về:</strong> Viết lại mục II." in page


def test_page_refuses_another_units_head(users, login, draft, tree):
    head_b = make_user("lanhdao.b", "lanh_dao", tree["B"])
    login(users["clerk_a"]).post(f"/bao-cao/bao-cao/{draft.pk}/trinh-lanh-dao/")
    response = login(head_b).post(f"/bao-cao/bao-cao/{draft.pk}/gui/")
    assert response.status_code == 404
    draft.refresh_from_db()
    assert draft.status == Status.PENDING_HEAD


def test_api_send_withdraw_send_head_return(users, api_client, draft):
    clerk, head = api_client(users["clerk_a"]), api_client(users["head_a"])
    base = f"/api/v1/reporting/reports/{draft.pk}"
    response = clerk.post(f"{base}/send-to-head", {}, content_type="application/json")
    assert response.status_code == 200 and response.json()["status"] == "pending_head"
    assert clerk.post(f"{base}/withdraw").json()["status"] == "draft"
    clerk.post(f"{base}/send-to-head", {"comment": "Lần 2"}, content_type="application/json")
    refused = head.post(f"{base}/head-return", {"comment": ""}, content_type="application/json")
    assert refused.status_code == 400 and "ghi rõ ý kiến" in refused.json()["detail"]
    back = head.post(f"{base}/head-return", {"comment": "Sửa"}, content_type="application/json")
    assert back.json()["status"] == "draft"
    outsider = api_client(users["clerk_b"]).post(f"{base}/send-to-head")
    assert outsider.status_code == 404
