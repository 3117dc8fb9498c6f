"""The deadline overview in Chromium, with the demo province: the head of the Economic Zone
Board opens «Xem tất cả việc cần làm» from the home page, types a date, chooses a unit, reads
the lines (working days, overdue first, counts) and follows one to the register it counts."""

import re

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def test_filter_by_date_and_unit_then_follow_a_line(page, live_server, demo, step):
    log_in(page, live_server.url, "bqlkkt.lanhdao")
    page.get_by_role("link", name="Xem tất cả việc cần làm").click()
    expect(page).to_have_url(re.compile(r"/viec-can-lam/$"))
    expect(page.get_by_role("heading", name="Việc cần làm và thời hạn")).to_be_visible()
    expect(page.get_by_role("heading", name=re.compile(r"^Hôm nay: \d+ việc"))).to_be_visible()
    step("hom-nay")

    date = page.get_by_label("Ngày xem")
    date.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("08/05/2023")
    page.get_by_label("Đơn vị", exact=True).select_option(
        label="Ban Quản lý Khu kinh tế tỉnh Gia Lai (BQLKKT)"
    )
    page.get_by_role("button", name="Xem", exact=True).click()

    expect(page.get_by_label("Ngày xem")).to_have_value("08/05/2023")
    heading = page.get_by_role("heading", name=re.compile(r"^Ngày 08\/05\/2023: "))
    expect(heading).to_contain_text("của Ban Quản lý Khu kinh tế")
    table = page.get_by_role("table", name="Danh sách việc cần làm")
    rows = table.locator("tbody tr")
    expect(rows.first).to_contain_text("Hồ sơ TTHC quá hạn")
    expect(rows.first).to_contain_text("10/03/2022")
    expect(rows.first).to_contain_text(re.compile(r"quá hạn \d+ ngày làm việc"))
    quota = rows.filter(has_text="tháng 04/2023")
    expect(quota).to_contain_text("Lãnh đạo chưa tiếp công dân định kỳ đủ số ngày")
    expect(quota).to_contain_text("quá hạn 3 ngày làm việc")  # 30/04 → 08/05: 4, 5, 8 May
    expect(page.locator(".deadline-counts")).to_contain_text("Tiếp công dân định kỳ của lãnh đạo")
    step("ngay-08-05-2023")

    quota.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/so/receptions/\?ma_don_vi=BQLKKT"))
    expect(page.get_by_label("Ngày tiếp từ")).to_have_value("01/04/2023")
    expect(page.get_by_text("Không có bản ghi nào.")).to_be_visible()
    step("so-tiep-cong-dan")
    assert page.console_errors == []


def test_a_typed_bad_date_is_explained(page, live_server, demo):
    log_in(page, live_server.url, "quynhon.chuyenvien")
    page.get_by_role("navigation", name="Điều hướng chính").get_by_role(
        "link", name="Việc cần làm"
    ).click()
    date = page.get_by_label("Ngày xem")
    date.click()
    page.keyboard.press("Control+A")
    page.keyboard.type("31/02/2023")
    page.keyboard.press("Enter")
    expect(page.get_by_role("alert")).to_contain_text(
        "Ngày xem «31/02/2023» không hợp lệ: hãy nhập dạng dd/mm/yyyy"
    )
    expect(page.get_by_label("Ngày xem")).to_have_value("31/02/2023")
    assert page.console_errors == []
