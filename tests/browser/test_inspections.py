"""Recommendations in Chromium, on the demo: the Economic Zone Board's clerk types a
remediation report; the Sở Nội vụ's clerk closes the recommendation with a date and evidence;
the conclusion notice downloads as Word."""

import re

import docx
import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from danvan.inspections.models import Recommendation
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _type(page, label, text):
    field = page.get_by_label(label, exact=True)
    field.click()
    field.press("Control+A")
    field.press("Delete")
    page.keyboard.type(text)


def test_report_then_close_a_recommendation(page, live_server, demo, step):
    log_in(page, live_server.url, "bqlkkt.chuyenvien")
    nav(page, "Sổ sách", "Kiến nghị sau kiểm tra")
    page.get_by_role("link", name="Đơn vị phải khắc phục").click()
    expect(page.get_by_role("row", name=re.compile("KN-SNV-2023-01"))).to_contain_text(
        "Đã khắc phục"
    )
    page.get_by_role("link", name="KN-SNV-2023-05").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Kiến nghị KN-SNV-2023-05")
    expect(page.get_by_role("button", name="Đóng kiến nghị")).to_have_count(0)
    page.get_by_label("Kết quả", exact=True).select_option(label="Đang khắc phục")
    _type(
        page, "Đã khắc phục những gì", "Đã rà soát 12 thủ tục, đề xuất cắt giảm 3 thành phần hồ sơ."
    )
    _type(page, "Ngày báo cáo", "10/11/2023")
    step("bao-cao-khac-phuc")
    page.get_by_role("button", name="Gửi báo cáo khắc phục").click()
    expect(page.get_by_text("Đã gửi báo cáo khắc phục.")).to_be_visible()
    expect(page.get_by_text("Đã rà soát 12 thủ tục")).to_be_visible()

    page.context.clear_cookies()
    log_in(page, live_server.url, "snv.chuyenvien")
    nav(page, "Sổ sách", "Kiến nghị sau kiểm tra")
    page.get_by_role("link", name="Đơn vị kiểm tra theo dõi").click()
    page.get_by_role("link", name="KN-SNV-2023-05").click()
    expect(page.get_by_text("Đã rà soát 12 thủ tục")).to_be_visible()
    expect(page.get_by_role("button", name="Gửi báo cáo khắc phục")).to_have_count(0)
    # A date before the inspection is refused, what was typed stays.
    _type(page, "Ngày khắc phục", "01/01/2023")
    _type(page, "Minh chứng", "Biên bản kiểm tra lại ngày 20/11/2023")
    page.get_by_role("button", name="Đóng kiến nghị").click()
    expect(page.get_by_role("alert")).to_contain_text("trước ngày kiểm tra (15/06/2023)")
    expect(page.get_by_label("Minh chứng", exact=True)).to_have_value(
        "Biên bản kiểm tra lại ngày 20/11/2023"
    )
    _type(page, "Ngày khắc phục", "20/11/2023")
    step("dong-kien-nghi")
    page.get_by_role("button", name="Đóng kiến nghị").click()
    expect(page.get_by_text("Đã đóng kiến nghị.")).to_be_visible()
    expect(page.get_by_text("đã khắc phục ngày 20/11/2023")).to_be_visible()
    # The evidence is in the deadline panel's list (a description, no empty link).
    evidence = page.locator(".deadline-evidence")
    expect(evidence).to_contain_text("Biên bản kiểm tra lại ngày 20/11/2023")
    expect(evidence.locator('a[href=""]')).to_have_count(0)
    rec = Recommendation.objects.get(code="KN-SNV-2023-05")
    assert (rec.state, rec.result, f"{rec.done_on:%d/%m/%Y}") == (
        "hoan_thanh",
        "da_khac_phuc",
        "20/11/2023",
    )

    page.get_by_role("link", name="Cuộc kiểm tra KT-SNV-2023-CCHC-01").click()
    expect(page.get_by_text("Nguyễn Văn Kiểm — Phó Giám đốc Sở Nội vụ")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Thông báo kết luận — Tải Word (.docx)").click()
    read = docx.Document(str(download.value.path()))
    assert "THÔNG BÁO" in [p.text for p in read.paragraphs]
    cells = [c.text for t in read.tables for r in t.rows for c in r.cells]
    assert any("Rà soát, đề xuất cắt giảm" in c for c in cells)
    assert page.console_errors == []
