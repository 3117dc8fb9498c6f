"""Forms and lists at 1366×768: the grouped menu, the unit tree, dates, register lists."""

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from danvan.demo import province
from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _as(page, live_server, username):
    page.context.clear_cookies()
    log_in(page, live_server.url, username)
    expect(page.get_by_role("heading", name=re.compile("Xin chào"))).to_be_visible()


def test_the_menu_fits_one_line_at_1366_for_every_demo_role(page, live_server, demo):
    for username, _name, _grants in province.USERS:
        _as(page, live_server, username)
        main = page.get_by_role("navigation", name="Điều hướng chính")
        items = main.locator(".menubar > li")
        heights = [items.nth(i).bounding_box()["height"] for i in range(items.count())]
        tops = {round(items.nth(i).bounding_box()["y"]) for i in range(items.count())}
        # One line of 15 px text with its padding is under 40 px; a wrapped item is ~60.
        assert max(heights) < 40, (username, heights)
        assert len(tops) == 1, (username, tops)  # every item on the same row
        bar = page.locator("header.topbar").bounding_box()
        assert bar["height"] < 60, (username, bar)
        assert page.evaluate("document.documentElement.scrollWidth") <= 1366, username
    assert page.console_errors == []


def test_menus_open_and_close_with_the_keyboard(page, live_server, demo):
    _as(page, live_server, "quantri")
    main = page.get_by_role("navigation", name="Điều hướng chính")
    admin = main.get_by_role("button", name="Quản trị", exact=True)
    expect(admin).to_have_attribute("aria-expanded", "false")
    expect(main.get_by_role("link", name="Người dùng")).to_be_hidden()
    admin.focus()
    page.keyboard.press("Enter")
    expect(admin).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("ArrowDown")
    expect(main.get_by_role("link", name="Đơn vị", exact=True)).to_be_focused()
    page.keyboard.press("ArrowDown")
    expect(main.get_by_role("link", name="Người dùng")).to_be_focused()
    page.keyboard.press("Escape")
    expect(admin).to_have_attribute("aria-expanded", "false")
    expect(admin).to_be_focused()
    expect(main.get_by_role("link", name="Người dùng")).to_be_hidden()
    # Opening one menu closes the other.
    main.get_by_role("button", name="Sổ sách").click()
    main.get_by_role("button", name="Báo cáo", exact=True).click()
    expect(main.get_by_role("button", name="Sổ sách")).to_have_attribute("aria-expanded", "false")
    page.keyboard.press("Escape")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")  # the first link of «Báo cáo»
    expect(page.get_by_role("heading", level=1)).to_have_text("Yêu cầu báo cáo")
    assert page.console_errors == []


def test_request_form_tree_search_subtree_and_a_typed_date_kept(page, live_server, demo, step):
    _as(page, live_server, "snv.tonghop")
    nav(page, "Báo cáo", "Yêu cầu và báo cáo")
    page.get_by_role("link", name="Phát hành yêu cầu báo cáo").click()
    # Compact: the whole form (its tree included) fits well under 1.200 px at 1366×768.
    form_height = page.locator("main form").bounding_box()["height"]
    assert form_height < 1200, form_height

    targets = page.get_by_role("group", name="Các đơn vị phải báo cáo")
    expect(targets.get_by_text("Đã chọn 0 đơn vị")).to_be_visible()
    search = targets.get_by_role("searchbox", name="Tìm đơn vị theo tên hoặc mã")
    search.press_sequentially("khu kinh te")  # without diacritics, as people type
    expect(targets.get_by_label(re.compile(r"^Sở Tư pháp"))).to_be_hidden()
    expect(
        targets.get_by_label(re.compile(r"^Ban Quản lý Khu kinh tế.*\(BQLKKT\)"))
    ).to_be_visible()
    targets.get_by_label(re.compile("^Chọn cả cấp dưới của Ban Quản lý Khu kinh tế")).check()
    count = targets.locator(".unit-tree-count")
    expect(count).to_have_text(re.compile(r"^Đã chọn [2-9]\d* đơn vị$"))
    chosen = int(re.search(r"\d+", count.inner_text()).group())
    search.fill("")
    expect(targets.get_by_label(re.compile(r"^Sở Tư pháp"))).to_be_visible()
    step("cay-don-vi")

    page.get_by_label("Đơn vị ban hành").select_option("GL.SNV")
    page.get_by_label("Số", exact=True).fill("77")
    page.get_by_label("Ký hiệu").fill("SNV-XDCQ")
    date = page.get_by_label("Ngày ban hành")
    date.click()
    page.keyboard.type("05/12/2026")
    page.get_by_label("Trích yếu").fill("Báo cáo tháng 12")
    page.get_by_label("Kỳ báo cáo").fill("2026-M13")  # no 13th month: refused
    page.get_by_label("Hạn gửi báo cáo").press_sequentially("5/1/2027")
    page.get_by_role("button", name="Phát hành").click()
    page.get_by_role("dialog").get_by_role("button", name="Phát hành").click()

    expect(page.get_by_role("alert").first).to_be_visible()
    expect(page.get_by_label("Ngày ban hành")).to_have_value("05/12/2026")
    expect(page.get_by_label("Hạn gửi báo cáo")).to_have_value("5/1/2027")
    expect(count).to_have_text(f"Đã chọn {chosen} đơn vị")  # the ticks came back
    # The period's error and its help text do not overlap.
    field = page.locator(".field", has=page.get_by_label("Kỳ báo cáo"))
    hint = field.locator(".hint").bounding_box()
    error = field.locator(".errors").bounding_box()
    assert hint["y"] + hint["height"] <= error["y"] + 1 or error["y"] + error["height"] <= hint["y"]
    step("loi-ky")

    page.get_by_label("Kỳ báo cáo").fill("2026-M12")
    page.get_by_role("button", name="Phát hành").click()
    page.get_by_role("dialog").get_by_role("button", name="Phát hành").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Văn bản số 77/SNV-XDCQ ngày 05/12/2026"
    )
    expect(page.get_by_text("Ban Quản lý Khu kinh tế tỉnh Gia Lai").first).to_be_visible()
    assert page.console_errors == []


def test_the_calendar_button_writes_dd_mm_yyyy(page, live_server, demo):
    _as(page, live_server, "bqlkkt.chuyenvien")
    page.goto(f"{live_server.url}/ho-so/them/")
    received = page.get_by_label("Ngày tiếp nhận")
    button = page.locator(".date-wrap", has=received).get_by_role("button", name="Mở lịch")
    expect(button).to_be_visible()
    # The button drives the browser's own date input; its chosen day comes back typed out.
    native = page.locator(".date-wrap", has=received).locator("input[type=date]")
    native.fill("2026-12-05")
    native.dispatch_event("change")
    expect(received).to_have_value("05/12/2026")
    # The clerk's one unit is already chosen.
    expect(page.get_by_label("Đơn vị", exact=True)).to_have_value(re.compile(r"^\d+$"))
    assert (
        page.get_by_label("Đơn vị", exact=True)
        .evaluate("s => s.options[s.selectedIndex].text")
        .strip()
        .endswith("(BQLKKT)")
    )
    assert page.console_errors == []


def test_a_register_list_sorted_filtered_then_exported(page, live_server, demo, step):
    _as(page, live_server, "bqlkkt.lanhdao")
    nav(page, "Sổ sách", "Hồ sơ TTHC")
    expect(page.get_by_role("status").first).to_have_text(re.compile(r"^1–50 / [\d.]+ hồ sơ$"))
    # Sort by the date received, oldest first, by clicking its header.
    header = page.get_by_role("columnheader", name="Ngày tiếp nhận")
    header.get_by_role("link").click()
    expect(page.get_by_role("columnheader", name="Ngày tiếp nhận")).to_have_attribute(
        "aria-sort", "ascending"
    )
    page.get_by_text("Lọc theo cột").click()
    page.get_by_label("Kênh nộp").select_option(label="Trực tuyến")
    page.get_by_label("Ngày tiếp nhận từ").press_sequentially("01/01/2021")
    page.get_by_label("Ngày tiếp nhận đến").press_sequentially("31/12/2021")
    page.get_by_role("button", name="Lọc").last.click()
    expect(page.get_by_role("columnheader", name="Ngày tiếp nhận")).to_have_attribute(
        "aria-sort", "ascending"
    )
    status = page.get_by_role("status").first
    expect(status).to_have_text(re.compile(r"^1–50 / [\d.]+ hồ sơ$"))
    total = int(status.inner_text().split("/ ")[1].split()[0].replace(".", ""))
    assert 50 < total < 524  # online ones of 2021 only, more than one page
    first_code = page.locator("tbody tr").first.locator("td").first.inner_text()
    step("loc")

    with page.expect_download() as info:
        page.get_by_role("link", name="Xuất CSV").click()
    with open(info.value.path(), encoding="utf-8-sig") as downloaded:
        text = downloaded.read()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == total
    # The export is headed and filled in Vietnamese, as the import reads it back.
    assert {r["Kênh nộp"] for r in rows} == {"Trực tuyến"}
    assert all(r["Ngày tiếp nhận"].endswith("/2021") for r in rows)
    assert rows[0]["Mã hồ sơ"] == first_code  # same order as the list

    with page.expect_download() as info:
        page.get_by_role("link", name="Xuất Excel").click()
    from openpyxl import load_workbook

    assert info.value.suggested_filename == "ho-so-tthc.xlsx"
    with open(info.value.path(), "rb") as downloaded:
        sheet = load_workbook(downloaded, read_only=True).active
        codes = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert codes == [r["Mã hồ sơ"] for r in rows]
    assert page.console_errors == []
