"""In Chromium: the province administrator edits the «Báo cáo chuyên đề» type by typing its
outline (a nested heading included); the aggregator issues a request of that type; the clerk's
draft opens with those headings, one editor each."""

import re

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from danvan.reporting.models import ReportType, UnitReport
from tests.browser.test_login_tree import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _as(page, live_server, username):
    page.context.clear_cookies()
    log_in(page, live_server.url, username)


def test_administrator_types_an_outline_and_a_request_of_the_type_opens_it(
    page, live_server, demo, step
):
    _as(page, live_server, "quantri")
    page.goto(f"{live_server.url}/bao-cao/loai/")
    page.get_by_role("link", name="Báo cáo chuyên đề").click()
    outline = page.get_by_label("Đề cương")
    outline.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(
        "I. Tình hình chung\nII. Kết quả\n1. Việc đã làm\n2. Việc chưa làm\nIII. Kiến nghị"
    )
    page.get_by_label("Mục mở đầu bằng các câu số liệu").fill("II")
    page.get_by_label("Ghi chú thay đổi").fill("Thêm mục con")
    step("sua-loai")
    page.get_by_role("button", name="Lưu thành phiên bản mới").click()
    expect(page.get_by_text("Đã lưu phiên bản 2 của loại báo cáo.")).to_be_visible()
    expect(page.locator("li.cap-2").first).to_have_text("1. Việc đã làm")
    assert ReportType.objects.get(code="BC_CHUYEN_DE").versions.count() == 2

    _as(page, live_server, "snv.tonghop")
    page.goto(f"{live_server.url}/bao-cao/phat-hanh/")
    page.get_by_label("Đơn vị ban hành").select_option("GL.SNV")
    page.get_by_label("Số", exact=True).fill("2002")
    page.get_by_label("Ký hiệu").fill("SNV-CĐ")
    page.get_by_label("Loại báo cáo").select_option(label="Báo cáo chuyên đề")
    page.get_by_label("Ngày ban hành").fill("09/04/2022")
    page.get_by_label("Trích yếu").fill("Báo cáo chuyên đề văn hóa công sở")
    page.get_by_label("Kỳ báo cáo").fill("2022")
    page.get_by_label("Hạn gửi báo cáo").fill("25/04/2022")
    targets = page.get_by_role("group", name="Các đơn vị phải báo cáo")
    targets.get_by_label(re.compile(r"Ban Quản lý Khu kinh tế.*\(BQLKKT\)")).check()
    page.get_by_role("button", name="Phát hành").click()
    page.get_by_role("dialog").get_by_role("button", name="Phát hành").click()
    expect(page.get_by_text("Báo cáo chuyên đề").first).to_be_visible()
    request_url = page.url

    _as(page, live_server, "bqlkkt.chuyenvien")
    page.goto(request_url)
    page.get_by_role("button", name="Soạn báo cáo").click()
    for title in ("I. Tình hình chung", "II. Kết quả", "1. Việc đã làm", "III. Kiến nghị"):
        expect(page.get_by_role("textbox", name=title)).to_be_visible()
    page.get_by_role("textbox", name="2. Việc chưa làm").click()
    page.keyboard.type("Chưa số hóa hồ sơ lưu trữ.")
    step("soan-thao")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu báo cáo.")).to_be_visible()
    saved = UnitReport.objects.get(unit__code="BQLKKT", request__number="2002").sections
    # Keyed by the outline (PostgreSQL's jsonb keeps no key order; pages follow the outline).
    assert set(saved) == {"I", "II", "II.1", "II.2", "III"}
    assert "Chưa số hóa hồ sơ lưu trữ." in saved["II.2"]
