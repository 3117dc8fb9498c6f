import re

import pytest
from playwright.sync_api import expect

from danvan.demo import province
from danvan.demo.loader import demo_load

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def log_in(page, base, username, password=province.DEMO_PASSWORD):
    page.goto(f"{base}/")
    expect(page).to_have_url(re.compile(r"/dang-nhap/"))
    page.get_by_label("Tên đăng nhập").fill(username)
    page.get_by_label("Mật khẩu").fill(password)
    page.get_by_role("button", name="Đăng nhập").click()


def nav(page, menu, link):
    """Open a menu of the main navigation («Sổ sách», «Báo cáo», «Quản trị») and follow a
    link in it, as a person does: click the menu button, then the link."""
    main = page.get_by_role("navigation", name="Điều hướng chính")
    main.get_by_role("button", name=menu, exact=True).click()
    main.get_by_role("link", name=link, exact=True).click()


def test_login_then_browse_the_unit_tree(page, live_server, demo):
    log_in(page, live_server.url, "snv.tonghop")
    expect(page.get_by_role("heading", name=re.compile("Xin chào"))).to_be_visible()
    expect(page.get_by_text("Tổng hợp")).to_be_visible()

    page.get_by_role("link", name="Đơn vị", exact=True).click()
    expect(page.get_by_role("heading", name="Cây đơn vị")).to_be_visible()
    root = page.locator("#cay-don-vi > li").first
    expect(root).to_contain_text("Ủy ban nhân dân tỉnh Gia Lai")

    # Expanding a node loads its children through htmx, without a page load.
    root.get_by_role("button").first.click()
    expect(page.get_by_role("link", name="Sở Nội vụ")).to_be_visible()
    page.get_by_role("button", name=re.compile("cấp dưới của Ban Quản lý Khu kinh tế")).click()
    expect(page.get_by_role("link", name="Phòng Quản lý đầu tư")).to_be_visible()

    # The board's page, as of the date of the 2021 report, shows the name it had then.
    page.get_by_role("link", name="Ban Quản lý Khu kinh tế tỉnh Gia Lai").click()
    page.get_by_label("Xem theo ngày").fill("08/11/2021")
    page.get_by_role("button", name="Xem").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Ban Quản lý Khu kinh tế tỉnh Bình Định"
    )
    expect(page.get_by_text("01/07/2025").first).to_be_visible()
    assert page.console_errors == []  # no CSP violation, no missing asset


def test_wrong_password_shows_a_vietnamese_message(page, live_server, demo):
    log_in(page, live_server.url, "quantri", "khong-dung")
    expect(page.get_by_role("alert")).to_contain_text("Sai tên đăng nhập hoặc mật khẩu")
    expect(page).to_have_url(re.compile(r"/dang-nhap/"))


def test_a_clerk_sees_only_their_unit(page, live_server, demo):
    log_in(page, live_server.url, "quynhon.chuyenvien")
    page.goto(f"{live_server.url}/don-vi/")
    nodes = page.locator("#cay-don-vi > li")
    expect(nodes).to_have_count(1)
    expect(nodes.first).to_contain_text("Ủy ban nhân dân phường Quy Nhơn")
    expect(page.get_by_role("link", name="Người dùng")).to_have_count(0)
    page.goto(f"{live_server.url}/don-vi/GL.SNV/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Không tìm thấy")
