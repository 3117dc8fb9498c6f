"""Custom fields in a real browser: the province administrator adds a number field with its
sum indicator, a clerk types a value, the list, the export and the indicator show it."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
REGISTER = "Sổ hội nghị cán bộ, công chức, viên chức"


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _row(page, label):
    return page.get_by_role("row").filter(has=page.get_by_role("cell", name=label, exact=True))


def test_admin_adds_a_summed_field_and_a_clerk_fills_it(page, live_server, demo, step):
    log_in(page, live_server.url, "quantri")
    nav(page, "Quản trị", "Trường bổ sung")
    expect(page.get_by_role("heading", level=1)).to_have_text("Trường bổ sung của các sổ")
    page.get_by_label("Sổ", exact=True).select_option(label=REGISTER)
    page.get_by_label("Tên trường (tiêu đề cột)").click()
    page.keyboard.type("Số đảng viên tham dự")
    page.get_by_label("Kiểu", exact=True).select_option(label="Số")
    page.get_by_label("Tạo chỉ tiêu tổng").check()
    page.get_by_label("Tên chỉ tiêu", exact=True).click()
    page.keyboard.type("Số đảng viên dự hội nghị cán bộ")
    page.get_by_role("button", name="Thêm trường").click()
    # Without an indicator code: refused, what was typed stays.
    expect(page.get_by_role("alert").first).to_contain_text("cần mã chỉ tiêu tổng")
    expect(page.get_by_label("Tên trường (tiêu đề cột)")).to_have_value("Số đảng viên tham dự")
    page.get_by_label("Mã chỉ tiêu", exact=True).click()
    page.keyboard.type("HNCB_DANG_VIEN")
    page.get_by_role("button", name="Thêm trường").click()
    expect(page.get_by_text("Đã thêm trường «Số đảng viên tham dự»")).to_be_visible()
    expect(_row(page, "Số đảng viên tham dự")).to_contain_text("HNCB_DANG_VIEN")
    step("quản trị thêm trường")
    page.get_by_role("button", name="Đăng xuất").click()

    log_in(page, live_server.url, "bqlkkt.chuyenvien")
    nav(page, "Sổ sách", "Sổ theo dõi")
    page.get_by_role("link", name=REGISTER).click()
    page.get_by_role("link", name="Thêm", exact=True).click()
    page.get_by_label("Mã hội nghị").click()
    page.keyboard.type("BQL-HNCB-2021-BS")
    page.get_by_label("Ngày tổ chức").click()
    page.keyboard.type("20/03/2021")
    page.get_by_label("Số đảng viên tham dự").click()
    page.keyboard.type("hai lăm")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("«hai lăm» không phải số (viết 50.003 hoặc 84,2)")).to_be_visible()
    page.get_by_label("Số đảng viên tham dự").fill("")
    page.get_by_label("Số đảng viên tham dự").click()
    page.keyboard.type("25")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("BQL-HNCB-2021-BS")
    expect(page.locator("dl.facts")).to_contain_text("Số đảng viên tham dự")
    step("chuyên viên nhập bản ghi")

    page.get_by_role("link", name=REGISTER).click()
    expect(page.get_by_role("columnheader", name="Số đảng viên tham dự")).to_be_visible()
    expect(_row(page, "BQL-HNCB-2021-BS")).to_contain_text("25")
    with page.expect_download() as download:
        page.get_by_role("link", name="Xuất CSV").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8-sig").splitlines()
    assert exported[0].endswith(",Số đảng viên tham dự")
    assert any(line.startswith("BQL-HNCB-2021-BS,") and line.endswith(",25") for line in exported)

    nav(page, "Báo cáo", "Chỉ tiêu")
    page.get_by_label("Kỳ báo cáo").fill("2021")
    page.get_by_role("button", name="Tính").click()
    page.get_by_role("link", name="Xem tất cả chỉ tiêu").click()
    expect(_row(page, "Số đảng viên dự hội nghị cán bộ")).to_contain_text("25")
    step("chỉ tiêu tổng")
    _row(page, "Số đảng viên dự hội nghị cán bộ").get_by_role("link").click()
    expect(page.locator("tbody tr")).to_have_count(1)
    expect(page.locator("tbody")).to_contain_text("BQL-HNCB-2021-BS")
    assert page.console_errors == []
