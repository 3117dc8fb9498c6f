"""The plan screens in Chromium: the demo's 2023 plan with items in every status, copied to a
new year from its page; the copy's report item creates its request on its day's run; an item
edited, its progress recorded with a typed date, a cancel refused without a reason."""

import datetime
import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from danvan.plans.models import Plan
from danvan.plans.services import working_days_before
from danvan.reporting.models import ReportRequest
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def test_a_plan_copied_from_last_year_creates_its_request_on_its_day(page, live_server, demo, step):
    log_in(page, live_server.url, "bqlkkt.chuyenvien")
    nav(page, "Báo cáo", "Kế hoạch")
    page.get_by_label("Năm").select_option("2023")
    page.get_by_role("button", name="Lọc").click()
    page.get_by_role(
        "link", name="Triển khai thực hiện công tác dân vận chính quyền năm 2023"
    ).click()
    table = page.locator("#plan-items")
    for status in [
        "Hoàn thành",
        "Hoàn thành quá hạn",
        "Quá hạn",
        "Đang thực hiện",
        "Chưa thực hiện",
        "Hủy",
    ]:
        expect(table.get_by_text(status, exact=True).first).to_be_visible()
    report_row = table.get_by_role(
        "row", name=re.compile("Báo cáo công tác dân vận chính quyền 06 tháng")
    )
    expect(report_row).to_contain_text("10/05/2023")
    expect(report_row).to_contain_text("Các phòng, đơn vị trực thuộc")
    step("ke-hoach-2023")

    year = page.get_by_label("Sao chép sang năm")
    year.click()
    year.press("Control+A")
    page.keyboard.type("2027")
    page.get_by_role("button", name="Sao chép sang năm …").click()
    expect(page.get_by_text("Đã sao chép kế hoạch sang năm 2027")).to_be_visible()
    expect(page.locator(".lead")).to_contain_text("Dự thảo")
    copied = page.locator("#plan-items").get_by_role(
        "row", name=re.compile("Báo cáo công tác dân vận chính quyền 06 tháng")
    )
    expect(copied).to_contain_text("10/05/2027")
    step("ban-sao-2027")

    # The day's run: nothing the working day before, the request on the day.
    plan = Plan.objects.get(year=2027)
    item = plan.items.get(number="3")
    day = working_days_before(item.due_on, 5)
    call_command("reminders", "--date", f"{day - datetime.timedelta(days=1):%d/%m/%Y}")
    assert not ReportRequest.objects.filter(deadline=datetime.date(2027, 5, 10)).exists()
    call_command("reminders", "--date", f"{day:%d/%m/%Y}")
    request = ReportRequest.objects.get(deadline=datetime.date(2027, 5, 10))
    copied.get_by_role("link", name=re.compile("Báo cáo công tác dân vận")).click()
    expect(page.get_by_role("link", name=request.reference)).to_be_visible()
    expect(page.locator(".facts")).to_contain_text("Đang thực hiện")
    step("yeu-cau-da-tao")
    assert page.console_errors == []


def test_an_item_is_added_edited_done_and_not_cancelled_without_a_reason(
    page, live_server, demo, step
):
    log_in(page, live_server.url, "bqlkkt.chuyenvien")
    nav(page, "Báo cáo", "Kế hoạch")
    page.get_by_role(
        "link", name="Triển khai thực hiện công tác dân vận chính quyền năm 2023"
    ).click()
    page.locator("summary", has_text="Thêm nhiệm vụ").click()
    page.get_by_label("Nội dung nhiệm vụ").click()
    page.keyboard.type("Tổng kết mô hình “Dân vận khéo”")
    page.get_by_label("Đơn vị chủ trì").select_option("BQLKKT.VP")
    page.get_by_label("Hạn", exact=True).click()
    page.keyboard.type("sau Tết")
    page.get_by_role("button", name="Thêm nhiệm vụ").click()
    expect(page.get_by_text(re.compile("không phải thời hạn hợp lệ"))).to_be_visible()
    expect(page.get_by_label("Nội dung nhiệm vụ")).to_have_value("Tổng kết mô hình “Dân vận khéo”")
    page.get_by_label("Hạn", exact=True).fill("")
    page.get_by_label("Hạn", exact=True).click()
    page.keyboard.type("15/12/2023")
    page.get_by_label("Chỉ tiêu").click()
    page.keyboard.type("01 mô hình")
    page.get_by_role("button", name="Thêm nhiệm vụ").click()
    expect(page.get_by_text("Đã thêm nhiệm vụ 8.")).to_be_visible()
    row = page.locator("#plan-items").get_by_role("row", name=re.compile("Tổng kết mô hình"))
    expect(row).to_contain_text("15/12/2023")
    expect(row).to_contain_text("01 mô hình")
    row.get_by_role("link", name=re.compile("Tổng kết mô hình")).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nhiệm vụ 8")

    page.locator("summary", has_text="Sửa nhiệm vụ").click()
    due = page.get_by_label("Hạn", exact=True)
    due.click()
    due.press("Control+A")
    page.keyboard.type("20/12/2023")
    page.get_by_role("button", name="Lưu nhiệm vụ").click()
    expect(page.get_by_text("Đã lưu nhiệm vụ 8.")).to_be_visible()
    expect(page.locator(".facts")).to_contain_text("20/12/2023")

    page.get_by_label("Trạng thái").select_option(label="Hoàn thành")
    done = page.get_by_label(re.compile("Ngày hoàn thành"))
    done.click()
    done.press("Control+A")
    page.keyboard.type("18/12/2023")
    page.get_by_label("Ghi nhận tiến độ").click()
    page.keyboard.type("Đã tổng kết tại hội nghị cán bộ")
    page.get_by_role("button", name="Cập nhật tiến độ").click()
    expect(page.get_by_text("Đã cập nhật tiến độ nhiệm vụ.")).to_be_visible()
    expect(page.locator(".facts")).to_contain_text("hoàn thành ngày 18/12/2023")
    expect(page.get_by_text("18/12/2023: Đã tổng kết tại hội nghị cán bộ")).to_be_visible()

    page.get_by_role("button", name="Hủy nhiệm vụ").click()
    expect(page.get_by_text("Hủy cần ghi rõ lý do.")).to_be_visible()
    expect(page.locator(".facts")).not_to_contain_text("lý do hủy")
    step("nhiem-vu")
    assert page.console_errors == []
