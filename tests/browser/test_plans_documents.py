"""Plans and document downloads in Chromium: open the demo plan, add a task, mark it done,
download the Word file; download a report and the appendix as files."""

import io
import re

import docx
import openpyxl
import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def test_plan_tasks_and_downloads(page, live_server, demo, step):
    log_in(page, live_server.url, "bqlkkt.chuyenvien")
    nav(page, "Báo cáo", "Kế hoạch")
    page.get_by_role(
        "link", name="Triển khai thực hiện công tác dân vận chính quyền năm 2023"
    ).click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ban Quản lý Khu kinh tế")
    # The outline is written in the same editor as reports: type, with Ctrl+B.
    page.wait_for_selector("html[data-richtext-ready]")
    purpose = page.get_by_role("textbox", name=re.compile("^I\\. "))
    purpose.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+B")
    page.keyboard.type("Trọng tâm")
    page.keyboard.press("Control+B")
    page.keyboard.type(" năm 2023: lấy ý kiến Nhân dân.")
    page.get_by_role("button", name="Lưu", exact=True).click()
    expect(page.get_by_text("Đã lưu kế hoạch.")).to_be_visible()
    page.locator("summary", has_text="Thêm nhiệm vụ").click()
    page.get_by_label("Nội dung nhiệm vụ").fill("Tổng kết mô hình “Dân vận khéo”")
    page.get_by_label("Đơn vị chủ trì").select_option("BQLKKT.VP")
    page.get_by_label("Hạn", exact=True).fill("15/12/2023")
    page.get_by_role("button", name="Thêm nhiệm vụ").click()
    row = page.locator("#plan-items").get_by_role("row", name=re.compile("Tổng kết mô hình"))
    expect(row).to_contain_text("15/12/2023")
    step("ke-hoach")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải Word (.docx)").click()
    read = docx.Document(str(download.value.path()))
    assert any(p.text == "KẾ HOẠCH" for p in read.paragraphs)
    typed = next(p for p in read.paragraphs if p.text.startswith("Trọng tâm năm 2023"))
    assert [r.text for r in typed.runs if r.bold] == ["Trọng tâm"]
    assert "Tổng kết mô hình “Dân vận khéo”" in [
        c.text for t in read.tables for r in t.rows for c in r.cells
    ]

    nav(page, "Báo cáo", "Chỉ tiêu")
    page.get_by_label("Kỳ báo cáo").fill("2021")
    page.get_by_role("button", name="Tính").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải Excel (.xlsx)").click()
    assert download.value.suggested_filename == "phu-luc-BQLKKT-2021.xlsx"
    sheet = openpyxl.load_workbook(io.BytesIO(download.value.path().read_bytes())).active
    codes = {row[1].value: row[4].value for row in sheet.iter_rows(min_row=5)}
    assert codes["HS_TIEP_NHAN"] == 524
    assert page.console_errors == []
