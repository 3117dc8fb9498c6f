"""The deadline engine's panel in Chromium, on a kind of the test app: the clerk opens the
task from the home page, records its completion on a date she types (a future date is refused
and what she typed stays), adds a link as evidence, and cancels another task with a reason
after the confirmation dialog."""

import datetime
import re

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from danvan.accounts.models import Role
from danvan.accounts.services import user_create
from danvan.deadlines.models import Evidence
from danvan.deadlines.status import State
from danvan.orgunits.services import orgunit_create
from tests.browser.test_login_tree import log_in
from tests.conftest import PASSWORD
from tests.plugin_deadline.models import Task

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def office(transactional_db):
    today = timezone.localdate()
    province = orgunit_create(code="GL", name="Ủy ban nhân dân tỉnh Gia Lai", kind="tinh")
    unit = orgunit_create(
        code="GL.BQL", name="Ban Quản lý Khu kinh tế", kind="so_nganh", parent=province
    )
    user_create(
        username="bql.chuyenvien",
        password=PASSWORD,
        full_name="Võ Thị Thu",
        grants=[(Role.CHUYEN_VIEN, unit, False)],
    )
    report = Task.objects.create(
        unit=unit,
        title="Báo cáo sơ kết công tác dân vận 6 tháng",
        due_on=today + datetime.timedelta(days=2),
        due_rule="trước ngày 10/5 hằng năm",
        started_on=today - datetime.timedelta(days=40),
    )
    meeting = Task.objects.create(
        unit=unit,
        title="Hội nghị đối thoại với doanh nghiệp",
        due_on=today + datetime.timedelta(days=3),
    )
    return {"report": report, "meeting": meeting, "today": today}


def _type(page, label, text):
    field = page.get_by_label(label, exact=True)
    field.fill("")
    field.click()
    page.keyboard.type(text)


def test_complete_with_a_typed_date_add_a_link_and_cancel_with_a_reason(
    page, live_server, office, step
):
    today, report = office["today"], office["report"]
    log_in(page, live_server.url, "bql.chuyenvien", PASSWORD)
    page.get_by_role("link", name=report.title).click()
    panel = page.get_by_role("region", name="Thời hạn và tiến độ")
    expect(panel).to_contain_text("Chưa thực hiện")
    expect(panel).to_contain_text("ngày làm việc")
    expect(panel).to_contain_text("trước ngày 10/5 hằng năm")
    step("mo-viec")

    # Completion on a day not yet come: refused, the typed date and note stay.
    panel.get_by_text("Ghi hoàn thành", exact=True).first.click()
    tomorrow = f"{today + datetime.timedelta(days=1):%d/%m/%Y}"
    _type(page, "Ngày hoàn thành", tomorrow)
    _type(page, "Kết quả, ghi chú", "Đã gửi Báo cáo số 45/BC-BQL")
    panel.get_by_role("button", name="Ghi hoàn thành").click()
    expect(panel.get_by_role("alert")).to_contain_text(f"Ngày hoàn thành {tomorrow} chưa tới")
    expect(page.get_by_label("Ngày hoàn thành", exact=True)).to_have_value(tomorrow)
    expect(page.get_by_label("Kết quả, ghi chú", exact=True)).to_have_value(
        "Đã gửi Báo cáo số 45/BC-BQL"
    )
    # The swapped-in form keeps its calendar button (core/forms-lists.js after htmx swaps).
    expect(page.locator("details[open]").get_by_role("button", name="Mở lịch")).to_be_visible()
    step("ngay-chua-toi")
    yesterday = today - datetime.timedelta(days=1)
    _type(page, "Ngày hoàn thành", f"{yesterday:%d/%m/%Y}")
    panel.get_by_role("button", name="Ghi hoàn thành").click()
    expect(panel).to_contain_text("Đã ghi hoàn thành.")
    expect(panel.locator(".deadline-status")).to_have_text("Hoàn thành")
    expect(panel).to_contain_text(re.compile(rf"Ngày hoàn thành\s*{yesterday:%d/%m/%Y}"))
    expect(panel).to_contain_text("Hoàn thành. Đã gửi Báo cáo số 45/BC-BQL")
    report.refresh_from_db()
    assert (report.state, report.done_on) == (State.HOAN_THANH, yesterday)
    step("da-hoan-thanh")

    # A link to the report as evidence.
    panel.get_by_text("Thêm minh chứng", exact=True).first.click()
    page.get_by_label("Loại minh chứng").select_option(label="Liên kết")
    _type(page, "Mô tả", "Báo cáo trên cổng thông tin điện tử")
    _type(page, "Đường dẫn", "https://bqlkkt.gialai.gov.vn/bao-cao-6-thang")
    panel.get_by_role("button", name="Thêm minh chứng").click()
    expect(panel).to_contain_text("Đã thêm minh chứng.")
    link = panel.get_by_role("link", name="Báo cáo trên cổng thông tin điện tử")
    expect(link).to_have_attribute("href", "https://bqlkkt.gialai.gov.vn/bao-cao-6-thang")
    assert Evidence.objects.get().kind == "lien_ket"
    step("minh-chung")

    # Another task, cancelled with a reason after the confirmation dialog.
    page.goto(f"{live_server.url}/")
    page.get_by_role("link", name=office["meeting"].title).click()
    panel = page.get_by_role("region", name="Thời hạn và tiến độ")
    panel.get_by_text("Hủy việc", exact=True).first.click()
    _type(page, "Lý do hủy", "Tỉnh gộp vào hội nghị đối thoại quý III")
    panel.get_by_role("button", name="Hủy việc").click()
    dialog = page.get_by_role("dialog")
    expect(dialog).to_contain_text("Hủy việc này?")
    dialog.get_by_role("button", name="Hủy việc").click()
    expect(panel.locator(".deadline-status")).to_have_text("Hủy")
    expect(panel).to_contain_text("Tỉnh gộp vào hội nghị đối thoại quý III")
    expect(panel.get_by_text("Mở lại", exact=True)).to_be_visible()
    office["meeting"].refresh_from_db()
    assert office["meeting"].state == State.HUY
    step("da-huy")
    assert page.console_errors == []
