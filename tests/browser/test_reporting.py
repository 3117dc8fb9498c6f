"""The whole reporting journey in Chromium: the aggregator issues a request → the clerk drafts
(figures already in, last year's text at hand, an override with its reason) → the head submits
→ the aggregator returns it with a comment → the clerk corrects → the head resubmits → the
aggregator compares the versions and accepts → consolidates. A screenshot of every step is
kept when the test fails."""

import re

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from danvan.reporting.models import UnitReport
from danvan.reporting.richtext import figures_in
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _as(browser_page, live_server, username):
    browser_page.context.clear_cookies()
    log_in(browser_page, live_server.url, username)


def _row(scope, label):
    """A table row found by what people read: the indicator's label (codes are hidden)."""
    page = getattr(scope, "page", scope)  # ``has`` is matched inside each row
    return scope.get_by_role("row").filter(has=page.get_by_role("cell", name=label, exact=True))


def _section(page, title):
    return page.get_by_role("textbox", name=title)


def _type_into(page, title, text):
    """Click into a section's editor and type at its end, on a new line if it has text."""
    section = _section(page, title)
    section.click()
    page.keyboard.press("Control+End")
    if section.inner_text().strip():
        page.keyboard.press("Enter")
    page.keyboard.type(text)


def test_request_to_consolidated_report(page, live_server, demo, step):
    _as(page, live_server, "snv.tonghop")
    nav(page, "Báo cáo", "Yêu cầu và báo cáo")
    page.get_by_role("link", name="Phát hành yêu cầu báo cáo").click()
    page.get_by_label("Đơn vị ban hành").select_option("GL.SNV")
    page.get_by_label("Số", exact=True).fill("2001")
    page.get_by_label("Ký hiệu").fill("SNV-XDCQ&CTTN")
    page.get_by_label("Ngày ban hành").fill("29/10/2021")
    page.get_by_label("Trích yếu").fill("Báo cáo quy chế dân chủ và dân vận chính quyền năm 2021")
    page.get_by_label("Kỳ báo cáo").fill("2021")
    page.get_by_label("Hạn gửi báo cáo").fill("10/11/2021")
    targets = page.get_by_role("group", name="Các đơn vị phải báo cáo")
    targets.get_by_label(re.compile(r"Ban Quản lý Khu kinh tế.*\(BQLKKT\)")).check()
    step("phat-hanh")
    page.get_by_role("button", name="Phát hành").click()
    page.get_by_role("dialog").get_by_role("button", name="Phát hành").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Văn bản số 2001/SNV-XDCQ&CTTN ngày 29/10/2021"
    )
    request_url = page.url

    # The clerk: told in the inbox, opens a draft already filled from the registers.
    _as(page, live_server, "bqlkkt.chuyenvien")
    page.get_by_role("link", name=re.compile("^Thông báo")).click()
    expect(
        page.get_by_role("link", name=re.compile("Yêu cầu báo cáo mới: Văn bản số 2001"))
    ).to_be_visible()
    page.goto(request_url)
    page.get_by_role("button", name="Soạn báo cáo").click()
    expect(_section(page, "III. KẾT QUẢ THỰC HIỆN")).to_contain_text(
        "Tổng số hồ sơ tiếp nhận: 524 hồ sơ."
    )
    expect(_section(page, "III. KẾT QUẢ THỰC HIỆN")).to_contain_text("285/524, đạt 54,39%")
    page.get_by_text("Nội dung kỳ trước (2020)").first.click()
    page.get_by_role("button", name="Dùng lại nội dung kỳ trước").first.click()
    expect(_section(page, "I. ĐẶC ĐIỂM TÌNH HÌNH")).to_contain_text("06 phòng chuyên môn")
    _type_into(page, "IV. ĐÁNH GIÁ CHUNG", "Quy chế dân chủ được thực hiện nền nếp.")
    page.get_by_label("Sửa Lãnh đạo tiếp định kỳ", exact=True).fill("13")
    page.get_by_label("Lý do sửa Lãnh đạo tiếp định kỳ").fill("01 buổi tiếp tại KCN chưa vào sổ")
    page.get_by_label("Họ và tên người ký").fill("Phan Viết Hùng")
    step("soan-thao")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu báo cáo.")).to_be_visible()
    report_url = page.url
    # The figures inserted from the registers came back from the editor still linked.
    saved = UnitReport.objects.get(unit__code="BQLKKT", request__number="2001").sections
    assert ("HS_TIEP_NHAN", "524") in figures_in(saved["III"])
    assert "06 phòng chuyên môn" in saved["I"] and "nền nếp" in saved["IV"]

    _as(page, live_server, "bqlkkt.lanhdao")
    page.goto(report_url)
    page.get_by_role("button", name="Lãnh đạo gửi báo cáo").click()
    page.get_by_role("dialog").get_by_role("button", name="Gửi báo cáo").click()
    expect(page.locator("#tinh-trang")).to_have_text("Đã gửi")
    expect(page.get_by_text("Báo cáo đã gửi nên bị khóa")).to_be_visible()
    step("da-gui")

    _as(page, live_server, "snv.tonghop")
    page.goto(report_url)
    expect(_row(page, "Lãnh đạo tiếp định kỳ")).to_contain_text("01 buổi tiếp tại KCN chưa vào sổ")
    page.get_by_label("Ý kiến khi trả lại").fill("Bổ sung số liệu tiếp công dân.")
    page.get_by_role("button", name="Trả lại").click()
    page.get_by_role("dialog").get_by_role("button", name="Trả lại").click()
    expect(page.locator("#tinh-trang")).to_have_text("Bị trả lại")
    step("tra-lai")

    _as(page, live_server, "bqlkkt.chuyenvien")
    page.goto(report_url)
    expect(page.get_by_role("alert").filter(has_text="Ý kiến khi trả lại")).to_contain_text(
        "Bổ sung số liệu tiếp công dân."
    )
    editor = _section(page, "III. KẾT QUẢ THỰC HIỆN")
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Enter")
    page.keyboard.type("Tiếp công dân 04 cuộc.")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu báo cáo.")).to_be_visible()
    step("sua-lai")

    _as(page, live_server, "bqlkkt.lanhdao")
    page.goto(report_url)
    page.get_by_role("button", name="Lãnh đạo gửi báo cáo").click()
    page.get_by_role("dialog").get_by_role("button", name="Gửi báo cáo").click()
    expect(page.locator("#tinh-trang")).to_have_text("Đã gửi")

    _as(page, live_server, "snv.tonghop")
    page.goto(report_url)
    page.get_by_role("link", name="So sánh hai phiên bản gần nhất").click()
    page.get_by_label("Từ phiên bản").select_option("4")
    page.get_by_role("button", name="So sánh").click()
    expect(page.locator(".diff-add").filter(has_text="Tiếp công dân 04 cuộc.")).to_be_visible()
    step("so-sanh")
    page.goto(report_url)
    page.get_by_role("button", name="Tiếp nhận").click()
    page.get_by_role("dialog").get_by_role("button", name="Tiếp nhận").click()
    expect(page.locator("#tinh-trang")).to_have_text("Đã tiếp nhận")
    page.goto(request_url)
    expect(page.locator("#ty-le-gui")).to_contain_text("Phải gửi 1; đã gửi 1 (đúng hạn 0, muộn 1)")
    page.get_by_role("link", name="Lập báo cáo tổng hợp").click()
    page.get_by_role("button", name="Tổng hợp").click()
    expect(page.get_by_text("Đã tổng hợp số liệu")).to_be_visible()
    appendix = page.locator("#phu-luc-tong-hop")
    expect(_row(appendix, "Tổng số hồ sơ tiếp nhận")).to_contain_text("524")
    expect(_row(appendix, "Lãnh đạo tiếp định kỳ")).to_contain_text("13")
    # Units head the comparison's columns by their short name, the full name as tooltip.
    expect(page.locator("#so-sanh-don-vi th.don-vi").first).to_have_attribute(
        "title", "Ban Quản lý Khu kinh tế tỉnh Bình Định"
    )
    expect(_section(page, "IV. ĐÁNH GIÁ CHUNG")).to_contain_text("nền nếp")
    _type_into(page, "V. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI", "Nhiệm vụ chung năm 2022.")
    page.get_by_role("button", name="Lưu báo cáo tổng hợp").click()
    expect(page.get_by_text("Đã lưu báo cáo tổng hợp.")).to_be_visible()
    step("tong-hop")
    assert page.console_errors == []
