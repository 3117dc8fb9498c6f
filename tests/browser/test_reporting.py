"""The reporting journey in Chromium: issue → draft → submit → return → correct → resubmit →
accept. (Consolidation is not built yet.)"""

import re

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _as(browser_page, live_server, username):
    browser_page.context.clear_cookies()
    log_in(browser_page, live_server.url, username)


def test_request_to_accepted_report(page, live_server, demo):
    _as(page, live_server, "snv.tonghop")
    page.get_by_role("link", name="Báo cáo", exact=True).click()
    page.get_by_role("link", name="Phát hành yêu cầu báo cáo").click()
    page.get_by_label("Đơn vị ban hành").select_option("GL")
    page.get_by_label("Số", exact=True).fill("1995")
    page.get_by_label("Ký hiệu").fill("SNV-XDCQ&CTTN")
    page.get_by_label("Ngày ban hành").fill("29/10/2021")
    page.get_by_label("Trích yếu").fill("Báo cáo quy chế dân chủ và dân vận chính quyền năm 2021")
    page.get_by_label("Kỳ báo cáo").fill("2021")
    page.get_by_label("Hạn gửi báo cáo").fill("10/11/2021")
    page.get_by_label(re.compile(r"Ban Quản lý Khu kinh tế.*\(BQLKKT\)")).check()
    page.get_by_role("button", name="Phát hành").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021"
    )
    request_url = page.url

    _as(page, live_server, "bqlkkt.chuyenvien")
    page.goto(request_url)
    page.get_by_role("button", name="Soạn báo cáo").click()
    page.get_by_label("I. ĐẶC ĐIỂM TÌNH HÌNH").fill("Ban Quản lý KKT có 06 phòng chuyên môn.")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu báo cáo.")).to_be_visible()
    report_url = page.url

    _as(page, live_server, "bqlkkt.lanhdao")
    page.goto(report_url)
    page.get_by_role("button", name="Lãnh đạo gửi báo cáo").click()
    expect(page.get_by_text("Tình trạng: Đã gửi")).to_be_visible()

    _as(page, live_server, "snv.tonghop")
    page.goto(report_url)
    page.get_by_label("Ý kiến khi trả lại").fill("Bổ sung số liệu tiếp công dân.")
    page.get_by_role("button", name="Trả lại").click()
    expect(page.get_by_text("Tình trạng: Bị trả lại")).to_be_visible()
    expect(page.get_by_text("«Bổ sung số liệu tiếp công dân.»")).to_be_visible()

    _as(page, live_server, "bqlkkt.chuyenvien")
    page.goto(report_url)
    page.get_by_label("III. KẾT QUẢ THỰC HIỆN").fill("Tiếp công dân 04 cuộc.")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu báo cáo.")).to_be_visible()

    _as(page, live_server, "bqlkkt.lanhdao")
    page.goto(report_url)
    page.get_by_role("button", name="Lãnh đạo gửi báo cáo").click()

    _as(page, live_server, "snv.tonghop")
    page.goto(report_url)
    page.get_by_role("button", name="Tiếp nhận").click()
    expect(page.get_by_text("Tình trạng: Đã tiếp nhận")).to_be_visible()
    page.goto(request_url)
    expect(page.get_by_text("Phải gửi 1; đã gửi 1")).to_be_visible()
    assert page.console_errors == []
