"""The home page's "Việc cần làm" in Chromium, with the demo province: the clerk sees the
quarter's request due on the next working day, opens it from the list, drafts and clicks
«Trình lãnh đạo»; the head finds it on his home page, sends it back with a typed comment; the
clerk reads the comment on her home page, sends it again; the head submits it."""

import re

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
QUARTER = re.compile("Báo cáo nhanh kết quả giải quyết thủ tục hành chính quý")


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _as(page, live_server, username):
    page.context.clear_cookies()
    log_in(page, live_server.url, username)
    expect(page.get_by_role("heading", name="Việc cần làm")).to_be_visible()


def _group(page, name):
    return page.get_by_role("region", name=re.compile(f"^{name}"))


def test_clerk_sends_to_head_from_the_home_page(page, live_server, demo, step):
    _as(page, live_server, "bqlkkt.chuyenvien")
    now = _group(page, "Cần làm ngay")
    item = now.get_by_role("listitem").filter(has=page.get_by_role("link", name=QUARTER))
    expect(item).to_contain_text("Chưa soạn báo cáo")
    expect(item).to_contain_text("còn 1 ngày làm việc")
    expect(item).to_contain_text(re.compile(r"hạn \d\d/\d\d/\d{4}"))
    # The year's report the clerk already sent waits for the head.
    expect(_group(page, "Chờ người khác")).to_contain_text("Đã trình lãnh đạo")
    step("trang-chu-chuyen-vien")
    item.get_by_role("link", name=QUARTER).click()
    page.get_by_role("button", name="Soạn báo cáo").click()
    report_url = page.url
    page.get_by_role("button", name="Trình lãnh đạo").click()
    page.get_by_role("dialog").get_by_role("button", name="Trình lãnh đạo").click()
    expect(
        page.get_by_text("Đã trình lãnh đạo. Lãnh đạo đơn vị đã được thông báo.")
    ).to_be_visible()
    expect(page.locator("#tinh-trang")).to_have_text("Chờ lãnh đạo duyệt")
    expect(page.get_by_role("button", name="Lưu")).to_have_count(0)
    step("da-trinh")

    _as(page, live_server, "bqlkkt.lanhdao")
    mine = page.get_by_role("listitem").filter(has_text="Chờ bạn duyệt và gửi")
    expect(mine.get_by_role("link", name=QUARTER)).to_be_visible()
    notices = _group(page, "Thông báo chưa đọc")
    expect(notices).to_contain_text("trình lãnh đạo báo cáo của Ban Quản lý Khu kinh tế")
    step("trang-chu-lanh-dao")
    mine.get_by_role("link", name=QUARTER).click()
    expect(page).to_have_url(report_url)
    page.get_by_label("Ý kiến của lãnh đạo").press_sequentially("Bổ sung số hồ sơ trễ hạn.")
    page.get_by_role("button", name="Trả về chuyên viên").click()
    page.get_by_role("dialog").get_by_role("button", name="Trả về chuyên viên").click()
    expect(page.locator("#tinh-trang")).to_have_text("Dự thảo")

    _as(page, live_server, "bqlkkt.chuyenvien")
    back = page.get_by_role("listitem").filter(has=page.get_by_role("link", name=QUARTER))
    expect(back).to_contain_text("Ý kiến của lãnh đạo: Bổ sung số hồ sơ trễ hạn.")
    back.get_by_role("link", name=QUARTER).click()
    expect(page.get_by_text("Ý kiến của lãnh đạo khi trả về:")).to_be_visible()
    page.get_by_role("button", name="Trình lãnh đạo").click()
    page.get_by_role("dialog").get_by_role("button", name="Trình lãnh đạo").click()
    expect(page.locator("#tinh-trang")).to_have_text("Chờ lãnh đạo duyệt")

    _as(page, live_server, "bqlkkt.lanhdao")
    page.get_by_role("listitem").filter(has_text="Chờ bạn duyệt và gửi").get_by_role(
        "link", name=QUARTER
    ).click()
    page.get_by_role("button", name="Lãnh đạo gửi báo cáo").click()
    page.get_by_role("dialog").get_by_role("button", name="Gửi báo cáo").click()
    expect(page.locator("#tinh-trang")).to_have_text("Đã gửi")

    _as(page, live_server, "bqlkkt.chuyenvien")
    waiting = (
        _group(page, "Chờ người khác")
        .get_by_role("listitem")
        .filter(has=page.get_by_role("link", name=QUARTER))
    )
    expect(waiting).to_contain_text("Chờ cơ quan tổng hợp tiếp nhận")
    step("da-gui")
    assert page.console_errors == []


@pytest.mark.parametrize(
    ("username", "group", "text"),
    [
        ("quantri", "Theo dõi", "hồ sơ quá hạn"),
        ("snv.tonghop", "Cần làm ngay", "Chờ bạn tiếp nhận hoặc trả lại"),
        ("bqlkkt.chuyenvien", "Cần làm ngay", "Chưa soạn báo cáo"),
        ("bqlkkt.lanhdao", "Sắp đến hạn", "Chờ bạn duyệt và gửi"),
        ("quynhon.chuyenvien", "Sắp đến hạn", "Ý kiến của cơ quan tổng hợp: Bổ sung"),
    ],
)
def test_every_demo_role_has_something_to_see(page, live_server, demo, username, group, text):
    _as(page, live_server, username)
    expect(_group(page, group)).to_contain_text(text)
    assert page.console_errors == []
