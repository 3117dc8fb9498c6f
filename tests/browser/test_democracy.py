"""Grassroots democracy in Chromium: a clerk of the Economic Zone Board opens the year's
obligations, records the day an estimate was approved, then its publicity with the date and
the form; the obligation shows «Hoàn thành». The 2023 overview lists the real late item and
the staff conference's attendance."""

import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from danvan.democracy.services import obligations_instantiate
from danvan.orgunits.models import OrgUnit
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()
    obligations_instantiate(
        year=timezone.localdate().year, units=OrgUnit.objects.filter(code="BQLKKT")
    )


def test_a_clerk_records_a_publicity_and_the_obligation_is_done(page, live_server, demo, step):
    today = timezone.localdate().strftime("%d/%m/%Y")
    log_in(page, live_server.url, "bqlkkt.chuyenvien")
    nav(page, "Báo cáo", "Dân chủ ở cơ sở")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Ban Quản lý Khu kinh tế")
    page.get_by_role("link", name="Công khai dự toán ngân sách được giao").click()
    expect(page.locator("#trang-thai")).to_have_text("Chưa thực hiện")
    page.get_by_label("Ngày của sự kiện").click()
    page.keyboard.type(today)
    page.get_by_role("button", name="Ghi ngày và tính hạn").click()
    expect(page.get_by_text("Đã ghi ngày của sự kiện và tính hạn.")).to_be_visible()
    # A date that has not come yet is refused with a Vietnamese message; nothing changes.
    page.get_by_label("Ngày công khai, thực hiện").click()
    page.keyboard.type("01/01/2999")
    page.get_by_label("Hình thức", exact=True).select_option(label="Niêm yết tại trụ sở")
    page.get_by_role("button", name="Ghi nhận").click()
    expect(page.get_by_text(re.compile("Ngày công khai 01/01/2999 chưa đến"))).to_be_visible()
    expect(page.locator("#trang-thai")).to_have_text("Chưa thực hiện")
    field = page.get_by_label("Ngày công khai, thực hiện")
    field.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(today)
    page.get_by_label("Hình thức", exact=True).select_option(label="Niêm yết tại trụ sở")
    page.get_by_label("Nội dung đã công khai, lấy ý kiến").click()
    page.keyboard.type("Dự toán thu, chi ngân sách năm nay")
    page.get_by_label("Minh chứng (số văn bản, biên bản …)").click()
    page.keyboard.type("Biên bản niêm yết số 01/BB")
    page.get_by_role("button", name="Ghi nhận").click()
    expect(page.get_by_text("Đã ghi nhận việc công khai, thực hiện.")).to_be_visible()
    expect(page.locator("#trang-thai")).to_have_text("Hoàn thành")
    expect(page.get_by_text("Biên bản niêm yết số 01/BB")).to_be_visible()
    step("da-cong-khai")

    page.get_by_role("link", name="Thực hiện dân chủ ở cơ sở").click()
    page.get_by_label("Năm").fill("2023")
    page.get_by_role("button", name="Xem").click()
    expect(page.get_by_role("alert")).to_contain_text("Công khai kế hoạch, kết quả tuyển dụng")
    row = page.get_by_role("row", name=re.compile("Công khai quyết toán ngân sách"))
    expect(row).to_contain_text("Hoàn thành quá hạn")
    expect(page.get_by_text(re.compile(r"tham dự 64/70 \(91,4%\)"))).to_be_visible()
    page.get_by_role("link", name="Hội nghị cán bộ, công chức, viên chức năm 2023").click()
    expect(page.locator("#tham-du")).to_have_text("64/70 (91,4%)")
    overdue = page.get_by_role("row", name=re.compile("Rà soát, cập nhật quy chế làm việc"))
    expect(overdue).to_contain_text("Quá hạn")
    step("hoi-nghi")
    assert page.console_errors == []
