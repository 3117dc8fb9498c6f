"""«Dân vận khéo» in Chromium: a clerk records an identified model by typing, registers it
later, and the targets page shows the unit's «ít nhất 01 mô hình» met."""

import datetime

import pytest
from playwright.sync_api import expect

from danvan.activities.models import SkilfulModel
from danvan.plans.services import plan_create, plan_item_add
from tests.browser.test_login_tree import log_in
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def target(users, tree):
    plan = plan_create(
        user=users["clerk_a"],
        unit=tree["A"],
        subject="Kế hoạch công tác dân vận năm 2023",
        number="12",
        symbol="KH-SNV",
        issued_on=datetime.date(2023, 1, 16),
    )
    return plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Xây dựng mô hình “Dân vận khéo”",
        unit=tree["A"],
        output="mo_hinh",
        target="ít nhất 01 mô hình",
    )


def _type(page, label, text, **kwargs):
    field = page.get_by_label(label, **kwargs)
    field.click()
    field.press("Control+A")
    page.keyboard.type(text)


def _targets_row(page, base):
    page.goto(f"{base}/mo-hinh-dan-van-kheo/chi-tieu/")
    _type(page, "Năm", "2023", exact=True)
    page.get_by_role("button", name="Xem").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Chỉ tiêu mô hình “Dân vận khéo” năm 2023"
    )
    return page.get_by_role("row").filter(has=page.get_by_role("cell", name="Sở Nội vụ"))


def test_clerk_identifies_then_registers_a_model_and_the_target_is_met(
    page, live_server, users, target, step
):
    log_in(page, live_server.url, "chuyenvien.a", PASSWORD)
    row = _targets_row(page, live_server.url)
    expect(row).to_contain_text("ít nhất 01 mô hình")
    expect(row).to_contain_text("Chưa đạt")
    step("chua-dat")

    page.goto(f"{live_server.url}/so/skilful-models/")
    page.get_by_role("link", name="Thêm", exact=True).click()
    _type(page, "Mã mô hình", "DVK-2023-01")
    page.get_by_label("Đơn vị", exact=True).select_option(label="Sở Nội vụ (A)")
    _type(page, "Ngày xác định", "15/03/2023")
    _type(page, "Lĩnh vực", "Cải cách hành chính")
    _type(page, "Tên mô hình", "Một cửa thân thiện")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("DVK-2023-01 — 15/03/2023")
    expect(page.get_by_text("Xác định", exact=True)).to_be_visible()
    model = SkilfulModel.objects.get(code="DVK-2023-01")
    assert (model.stage, model.registered_on, model.year) == ("xac_dinh", None, 2023)
    step("xac-dinh")

    # Identified only: the target is not met yet.
    expect(_targets_row(page, live_server.url)).to_contain_text("Chưa đạt")

    page.goto(f"{live_server.url}/so/skilful-models/{model.pk}/")
    page.get_by_role("link", name="Sửa").click()
    _type(page, "Ngày đăng ký", "10/03/2023")  # before the identification: refused
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Ngày đăng ký trước ngày xác định.")).to_be_visible()
    _type(page, "Ngày đăng ký", "01/04/2023")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đăng ký", exact=True)).to_be_visible()
    model.refresh_from_db()
    assert (model.stage, model.registered_on) == ("dang_ky", datetime.date(2023, 4, 1))
    step("dang-ky")

    row = _targets_row(page, live_server.url)
    expect(row.get_by_role("cell").nth(2)).to_have_text("1")  # identified
    expect(row.get_by_role("cell").nth(3)).to_have_text("1")  # registered
    expect(row.get_by_text("Đạt", exact=True)).to_be_visible()
    step("dat")
    assert page.console_errors == []
