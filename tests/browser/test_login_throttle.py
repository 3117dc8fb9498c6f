"""A colleague at another PC of the same office types my username with wrong passwords until
DanVan makes that PC wait; my own PC, which logged in before, still logs in; the administrator
lifts the lock-out from «Người dùng» → «Tạm khóa đăng nhập»."""

import re

import pytest
from playwright.sync_api import expect

from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def type_login(page, base, username, password):
    page.goto(f"{base}/dang-nhap/")
    page.get_by_label("Tên đăng nhập").click()
    page.keyboard.type(username)
    page.get_by_label("Mật khẩu").click()
    page.keyboard.type(password)
    page.keyboard.press("Enter")


def test_a_colleague_cannot_lock_me_out_and_the_administrator_lifts_the_wait(
    browser, live_server, users, step
):
    base = live_server.url
    mine = browser.new_context(locale="vi-VN").new_page()
    type_login(mine, base, "chuyenvien.a", PASSWORD)
    expect(mine.get_by_role("heading", name=re.compile("Xin chào"))).to_be_visible()
    mine.get_by_role("button", name="Đăng xuất").click()
    expect(mine).to_have_url(re.compile(r"/dang-nhap/"))

    other = browser.new_context(locale="vi-VN").new_page()
    for _ in range(5):
        type_login(other, base, "chuyenvien.a", "doan-bua")
        expect(other.get_by_role("alert")).to_contain_text("Sai tên đăng nhập hoặc mật khẩu")
    type_login(other, base, "chuyenvien.a", PASSWORD)
    expect(other.get_by_role("alert")).to_contain_text("Đăng nhập tạm bị chặn")
    expect(other.get_by_role("alert")).to_contain_text("còn 1 phút")

    # My PC is judged by its own attempts: it logs in at once.
    type_login(mine, base, "chuyenvien.a", PASSWORD)
    expect(mine.get_by_role("heading", name=re.compile("Xin chào"))).to_be_visible()

    admin = browser.new_context(locale="vi-VN").new_page()
    type_login(admin, base, "quantri", PASSWORD)
    expect(admin.get_by_role("heading", name=re.compile("Xin chào"))).to_be_visible()
    admin.goto(f"{base}/nguoi-dung/")
    admin.get_by_role("link", name="Tạm khóa đăng nhập").click()
    row = admin.get_by_role("row", name=re.compile("chuyenvien.a"))
    expect(row).to_contain_text("Tài khoản (máy chưa từng đăng nhập)")
    row.get_by_role("button", name="Mở khóa").click()
    expect(admin.get_by_text("Đã mở khóa đăng nhập cho «chuyenvien.a».")).to_be_visible()
    expect(
        admin.get_by_text("Không có tài khoản hoặc địa chỉ nào đang bị tạm khóa")
    ).to_be_visible()

    type_login(other, base, "chuyenvien.a", PASSWORD)
    expect(other.get_by_role("heading", name=re.compile("Xin chào"))).to_be_visible()
    for page in (mine, other, admin):
        page.context.close()
