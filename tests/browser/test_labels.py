"""People's words at 1366×768: the consolidation's comparison between units (indicators as
rows, units as columns, frozen header inside its own scrolling box, a unit filter, codes on
request) and the audit trail in Vietnamese."""

import re

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from danvan.reporting.models import ReportRequest
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _no_page_overflow(page):
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 1366, f"trang tràn ngang: {width}px"


def test_the_comparison_between_units_reads_at_1366(page, live_server, demo, step):
    log_in(page, live_server.url, "snv.tonghop")
    request = ReportRequest.objects.get(number="1995")
    page.goto(f"{live_server.url}/bao-cao/{request.pk}/tong-hop/")
    section = page.locator("#so-sanh")
    table = page.locator("#so-sanh-don-vi")
    expect(section.get_by_role("heading", name="So sánh giữa các đơn vị")).to_be_visible()
    headers = table.locator("thead th")
    expect(headers.first).to_have_text("Chỉ tiêu")
    expect(table.locator("thead th.don-vi")).to_have_count(2)
    # Units by their short names, on one line each (no word-per-line wrapping).
    for header in table.locator("thead th.don-vi").all():
        box = header.bounding_box()
        assert box["height"] < 60, header.inner_text()
    # Labels, not codes: the «Mã» column is hidden until asked for.
    expect(table.get_by_role("rowheader").first).not_to_have_text(re.compile(r"^[A-Z_]+$"))
    expect(table.locator("td.ma").first).to_be_hidden()
    expect(table).to_contain_text(re.compile(r"\d+,\d%"))
    _no_page_overflow(page)
    step("so-sanh")

    # Scroll inside the box: the header row stays at the top of the box.
    box = page.locator(".so-sanh-cuon")
    box.scroll_into_view_if_needed()
    box_top = box.bounding_box()["y"]
    box.focus()  # the box takes the keyboard focus, as a person tabbing to it would
    for _ in range(3):
        page.keyboard.press("PageDown")
    for _ in range(50):  # smooth scrolling: wait until the box has moved
        if box.evaluate("element => element.scrollTop") > 200:
            break
        page.wait_for_timeout(100)
    assert box.evaluate("element => element.scrollTop") > 200
    header_top = headers.first.bounding_box()["y"]
    assert abs(header_top - box_top) < 3, (header_top, box_top)
    expect(headers.first).to_be_in_viewport()
    step("cuon")

    # «Hiện mã» shows the code column at once (the page's own script).
    section.get_by_label("Hiện mã chỉ tiêu").check()
    expect(table.locator("td.ma").first).to_be_visible()
    expect(table.locator("td.ma").first).to_have_text(re.compile(r"^[A-Z][A-Z0-9_]+$"))

    # The unit filter: choose one unit, compare.
    section.get_by_role("checkbox", name=re.compile("BQL")).check()
    section.get_by_role("button", name="So sánh").click()
    expect(table.locator("thead th.don-vi")).to_have_count(1)
    expect(table.locator("thead th.don-vi")).to_have_attribute(
        "title", re.compile("Ban Quản lý Khu kinh tế")
    )
    expect(page.locator("#so-sanh").get_by_text("1/2 đơn vị")).to_be_visible()
    expect(table.locator("td.ma").first).to_be_visible()  # «Hiện mã» kept by the GET form
    _no_page_overflow(page)
    step("loc")
    assert page.console_errors == []


def test_the_audit_trail_reads_in_vietnamese(page, live_server, demo, step):
    log_in(page, live_server.url, "quantri")
    nav(page, "Quản trị", "Nhật ký")
    page.get_by_label("Loại dữ liệu").select_option(label="Báo cáo của đơn vị")
    page.get_by_label("Thao tác").select_option(label="Sửa")
    page.get_by_role("button", name="Lọc").click()
    rows = page.locator("table tbody")
    expect(rows).to_contain_text("Tình trạng: Đã gửi → Đã tiếp nhận")
    expect(rows).to_contain_text("Báo cáo của đơn vị")
    text = rows.inner_text()
    for code in ("submitted", "accepted", "unit_id", "request_id", "reporting.unitreport", "{'"):
        assert code not in text, code
    assert re.search(r"\d{2}/\d{2}/\d{4}", text)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)
    _no_page_overflow(page)
    step("nhat-ky")
    with page.expect_download() as download:
        page.get_by_role("link", name="Xuất CSV").click()
    with open(download.value.path(), encoding="utf-8-sig") as handle:
        content = handle.read()
    assert content.startswith("Thời điểm,Người thực hiện,Kênh")
    assert "Tình trạng: Đã gửi → Đã tiếp nhận" in content
    assert page.console_errors == []
