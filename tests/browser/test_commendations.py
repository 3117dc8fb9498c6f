"""Proposals in Chromium: the clerk drafts with two entries, the head sends, the province's
aggregator decides granting one; the register shows one commendation and the Word appendix
lists both names."""

import docx
import pytest
from playwright.sync_api import expect

from danvan.commendations.models import Commendation
from tests.browser.test_login_tree import log_in
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _type(page, locator, text):
    locator.click()
    locator.press("Control+A")
    locator.press("Delete")
    page.keyboard.type(text)


def _row(page, i, name, kind, form, achievement):
    _type(page, page.locator(f'[name="entries-{i}-subject_name"]'), name)
    page.locator(f'[name="entries-{i}-subject_kind"]').select_option(label=kind)
    page.locator(f'[name="entries-{i}-form"]').select_option(label=form)
    page.locator(f'[name="entries-{i}-level"]').select_option(label="UBND tỉnh")
    _type(page, page.locator(f'[name="entries-{i}-achievement"]'), achievement)


def test_draft_send_decide_then_register_and_word(page, live_server, users, tree, step, tmp_path):
    base = live_server.url
    log_in(page, base, "chuyenvien.a", PASSWORD)
    page.goto(f"{base}/khen-thuong/de-xuat/")
    page.get_by_role("link", name="Lập đề xuất mới").click()
    _type(page, page.get_by_label("Trích yếu"), "Đề nghị tặng Bằng khen năm 2022")
    expect(page.get_by_label("Cơ quan quyết định khen thưởng")).to_have_value("P")
    _row(page, 0, "Phòng Xây dựng chính quyền", "Tập thể", "Bằng khen", "Xuất sắc")
    # A person given a collective's form: refused, what was typed stays.
    _row(page, 1, "Nguyễn Thị Hoa", "Cá nhân", "Tập thể lao động xuất sắc", "Sáng kiến")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("alert").first).to_contain_text("chỉ dành cho tập thể")
    expect(page.locator('[name="entries-1-subject_name"]')).to_have_value("Nguyễn Thị Hoa")
    page.locator('[name="entries-1-form"]').select_option(label="Chiến sĩ thi đua")
    step("du-thao")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu đề xuất khen thưởng.")).to_be_visible()
    page.get_by_role("button", name="Trình lãnh đạo").click()
    expect(page.locator(".status")).to_have_text("Chờ lãnh đạo duyệt")
    detail = page.url

    page.context.clear_cookies()
    log_in(page, base, "lanhdao.a", PASSWORD)
    page.goto(detail)
    expect(page.get_by_role("button", name="Ghi quyết định")).to_have_count(0)
    page.get_by_role("button", name="Gửi đề xuất").click()
    expect(page.locator(".status")).to_have_text("Đã gửi")

    page.context.clear_cookies()
    log_in(page, base, "tonghop", PASSWORD)
    page.goto(f"{base}/khen-thuong/de-xuat/")
    page.get_by_role("link", name="Đề nghị tặng Bằng khen năm 2022").first.click()
    page.get_by_label("Khen thưởng «Phòng Xây dựng chính quyền»").check()
    _type(page, page.get_by_label("Số quyết định"), "25/QĐ-UBND")
    _type(page, page.get_by_label("Ngày quyết định"), "05/01/2023")
    step("quyet-dinh")
    page.get_by_role("button", name="Ghi quyết định").click()
    expect(page.get_by_text("Đã ghi quyết định khen thưởng.")).to_be_visible()
    expect(page.locator(".status")).to_have_text("Đã quyết định")

    page.context.clear_cookies()
    log_in(page, base, "chuyenvien.a", PASSWORD)
    page.goto(detail)
    expect(page.get_by_text("Không được khen thưởng")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải tờ trình (Word)").click()
    path = tmp_path / "to-trinh.docx"
    download.value.save_as(path)
    doc = docx.Document(str(path))
    names = [row.cells[1].text for t in doc.tables for row in t.rows if row.cells[0].text]
    assert "Phòng Xây dựng chính quyền" in names and "Nguyễn Thị Hoa" in names
    page.get_by_role("link", name=Commendation.objects.get().code).click()
    page.goto(f"{base}/so/commendations/")
    expect(page.get_by_text("Phòng Xây dựng chính quyền")).to_have_count(1)
    assert Commendation.objects.count() == 1
