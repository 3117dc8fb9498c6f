"""Dossier register and the appendix in a real browser."""

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _row(page, label):
    return page.get_by_role("row").filter(has=page.get_by_role("cell", name=label, exact=True))


def test_appendix_2021_reproduces_the_report_and_drills_down(page, live_server, demo):
    log_in(page, live_server.url, "bqlkkt.lanhdao")
    nav(page, "Báo cáo", "Chỉ tiêu")
    page.get_by_label("Kỳ báo cáo").fill("2021")
    page.get_by_role("button", name="Tính").click()
    expect(page.get_by_text("Ban Quản lý Khu kinh tế tỉnh Bình Định — Năm 2021")).to_be_visible()
    # Rows are found by what people read: the indicator's label (codes are hidden).
    expect(_row(page, "Tổng số hồ sơ tiếp nhận")).to_contain_text("524")
    expect(_row(page, "Tỷ lệ hồ sơ tiếp nhận trực tuyến")).to_contain_text("285/524, đạt 54,39%")
    expect(_row(page, "Tỷ lệ hồ sơ giải quyết trước và đúng hạn")).to_contain_text(
        "521/524, đạt 99,43%"
    )
    expect(page.get_by_text("TL_DUNG_HAN", exact=True)).to_be_hidden()
    page.get_by_role("link", name="Xem tất cả chỉ tiêu").click()
    _row(page, "Số hồ sơ giải quyết trễ hạn").get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Số hồ sơ giải quyết trễ hạn")
    expect(page.locator("tbody tr")).to_have_count(3)
    page.locator("tbody tr").first.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Hồ sơ BQL-2021-")
    assert page.console_errors == []


def test_clerk_types_in_a_dossier_and_a_bad_date_keeps_the_form(page, live_server, demo):
    log_in(page, live_server.url, "quynhon.chuyenvien")
    nav(page, "Sổ sách", "Hồ sơ TTHC")
    page.get_by_role("link", name="Thêm hồ sơ").click()
    page.get_by_label("Mã hồ sơ").fill("QN-THU-0001")
    page.get_by_label("Đơn vị", exact=True).select_option(
        label="Ủy ban nhân dân phường Quy Nhơn (XA.QUYNHON)"
    )
    page.get_by_label("Mã thủ tục").fill("1.001193")
    page.get_by_label("Tên thủ tục").fill("Đăng ký khai sinh")
    page.get_by_label("Kênh nộp").select_option("truc_tiep")
    page.get_by_label("Ngày tiếp nhận").fill("20/11/2026")
    page.get_by_label("Ngày kết thúc").fill("19/11/2026")
    page.get_by_label("Kết quả", exact=True).select_option("da_tra_ket_qua")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Ngày kết thúc trước ngày tiếp nhận")).to_be_visible()
    expect(page.get_by_label("Tên thủ tục")).to_have_value("Đăng ký khai sinh")
    page.get_by_label("Ngày kết thúc").fill("20/11/2026")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Hồ sơ QN-THU-0001")
    expect(page.get_by_text("Đã trả kết quả")).to_be_visible()
