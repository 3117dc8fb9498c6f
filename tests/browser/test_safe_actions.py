"""Safe actions in a real browser: «Xóa» asks first (Esc cancels, nothing changes), the
record goes to the trash, «Khôi phục» (asked too) brings it back, the audit trail shows both."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from danvan.accounts.models import Role
from danvan.accounts.services import user_create
from danvan.dossiers.models import Dossier
from danvan.dossiers.services import dossier_create
from danvan.orgunits.services import orgunit_create
from tests.browser.test_login_tree import log_in, nav
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
CODE = "000.00.12.H21-210105-0001"


@pytest.fixture
def office(transactional_db):
    province = orgunit_create(code="GL", name="Ủy ban nhân dân tỉnh Gia Lai", kind="tinh")
    unit = orgunit_create(
        code="GL.BQL", name="Ban Quản lý Khu kinh tế", kind="so_nganh", parent=province
    )
    user_create(
        username="bql.chuyenvien",
        password=PASSWORD,
        full_name="Võ Thị Thu",
        grants=[(Role.CHUYEN_VIEN, unit, False), (Role.QUAN_TRI, unit, True)],
    )
    return dossier_create(
        unit=unit,
        code=CODE,
        channel="truc_tuyen",
        procedure_name="Cấp giấy chứng nhận đăng ký đầu tư",
        received_on=datetime.date(2021, 1, 5),
    )


def test_delete_asks_first_then_the_trash_restores_it(page, live_server, office, step):
    log_in(page, live_server.url, "bql.chuyenvien", PASSWORD)
    page.goto(f"{live_server.url}/ho-so/{office.pk}/")
    delete = page.get_by_role("button", name="Xóa", exact=True)
    delete.click()
    dialog = page.get_by_role("dialog", name="Xác nhận")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text(f"Xóa hồ sơ {CODE}? Hồ sơ sẽ được chuyển vào thùng rác.")
    expect(dialog.get_by_role("button", name="Hủy")).to_be_focused()
    step("hoi-xac-nhan")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(delete).to_be_focused()  # focus back on the button that opened it
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hồ sơ {CODE}")
    assert Dossier.objects.filter(code=CODE).exists()  # Esc changed nothing

    delete.click()
    page.get_by_role("dialog").get_by_role("button", name="Xóa hồ sơ").click()
    expect(page.get_by_text(f"Đã xóa hồ sơ «{CODE}».")).to_be_visible()
    assert not Dossier.objects.filter(code=CODE).exists()

    page.get_by_role("link", name="Thùng rác").click()
    row = page.get_by_role("row", name=re.compile(re.escape(CODE)))
    expect(row).to_contain_text("Hồ sơ thủ tục hành chính")
    expect(row).to_contain_text("Võ Thị Thu")
    step("thung-rac")
    row.get_by_role("button", name="Khôi phục").click()
    restore_dialog = page.get_by_role("dialog", name="Xác nhận")
    expect(restore_dialog).to_contain_text(f"Khôi phục {CODE}")
    restore_dialog.get_by_role("button", name="Đồng ý").click()
    expect(page.get_by_text(re.compile(f"Đã khôi phục «{re.escape(CODE)}"))).to_be_visible()
    assert Dossier.objects.filter(code=CODE).exists()

    nav(page, "Quản trị", "Nhật ký")
    deleted = page.get_by_role("row").filter(has=page.get_by_role("cell", name="Xóa", exact=True))
    expect(deleted.filter(has_text="Hồ sơ TTHC").filter(has_text=CODE)).to_have_count(1)
    rows = page.get_by_role("row")
    created = rows.filter(has=page.get_by_role("cell", name="Thêm mới", exact=True))
    expect(created.filter(has_text="Hồ sơ TTHC").filter(has_text=CODE)).to_have_count(2)
    # typed in, then restored; and the restore itself, as a change of the trash entry
    changed = rows.filter(has=page.get_by_role("cell", name="Sửa", exact=True))
    restored = changed.filter(has_text=f"Thùng rác: {CODE}").filter(has_text="Khôi phục lúc")
    expect(restored).to_have_count(1)
    step("nhat-ky")
    assert page.console_errors == []


@pytest.fixture
def draft(transactional_db):
    from danvan.reporting.services import report_open, request_issue

    province = orgunit_create(code="GL", name="Ủy ban nhân dân tỉnh Gia Lai", kind="tinh")
    snv = orgunit_create(code="GL.SNV", name="Sở Nội vụ", kind="so_nganh", parent=province)
    unit = orgunit_create(
        code="GL.BQL", name="Ban Quản lý Khu kinh tế", kind="so_nganh", parent=province
    )
    aggregator = user_create(
        username="snv.tonghop", password=PASSWORD, grants=[(Role.TONG_HOP, province, True)]
    )
    head = user_create(
        username="bql.lanhdao", password=PASSWORD, grants=[(Role.LANH_DAO, unit, True)]
    )
    found = request_issue(
        user=aggregator,
        issuer=snv,
        number="1995",
        symbol="SNV-XDCQ",
        issued_on=datetime.date(2021, 10, 29),
        subject="Báo cáo công tác dân vận năm 2021",
        period="2021",
        deadline=datetime.date(2021, 11, 10),
        targets=[unit],
    )
    return report_open(user=head, request=found, unit=unit)


def test_submit_lists_the_empty_sections_and_cancel_keeps_the_draft(page, live_server, draft):
    log_in(page, live_server.url, "bql.lanhdao", PASSWORD)
    page.goto(f"{live_server.url}/bao-cao/bao-cao/{draft.pk}/")
    submit = page.get_by_role("button", name="Lãnh đạo gửi báo cáo")
    submit.click()
    dialog = page.get_by_role("dialog", name="Xác nhận")
    expect(dialog).to_contain_text("Gửi báo cáo của Ban Quản lý Khu kinh tế tới Sở Nội vụ?")
    expect(dialog.get_by_role("listitem")).to_have_text(
        [
            "I. ĐẶC ĐIỂM TÌNH HÌNH",
            "II. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, TRIỂN KHAI",
            "IV. ĐÁNH GIÁ CHUNG",
            "V. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI",
        ]
    )
    dialog.get_by_role("button", name="Hủy").click()
    expect(dialog).to_be_hidden()
    expect(page.locator("#tinh-trang")).to_have_text("Dự thảo")
    draft.refresh_from_db()
    assert draft.status == "draft"
    submit.click()
    page.get_by_role("dialog").get_by_role("button", name="Gửi báo cáo").click()
    expect(page.locator("#tinh-trang")).to_have_text("Đã gửi")
    assert page.console_errors == []


def test_an_htmx_form_is_asked_too_and_posts_through_htmx_once_confirmed(page, live_server, office):
    log_in(page, live_server.url, "bql.chuyenvien", PASSWORD)
    page.goto(f"{live_server.url}/ho-so/{office.pk}/")
    # A form posted by htmx, added the way a partial would be (htmx.process on new content).
    page.evaluate(
        """() => {
        const form = document.createElement("form");
        form.setAttribute("hx-post", "/so/thung-rac/");
        form.setAttribute("hx-swap", "none");
        form.setAttribute("data-confirm", "Thử gửi bằng htmx?");
        const button = document.createElement("button");
        button.type = "submit";
        button.textContent = "Gửi thử";
        form.appendChild(button);
        document.querySelector("main").appendChild(form);
        htmx.process(form);
    }"""
    )
    requests = []
    page.on("request", lambda r: requests.append(r) if r.method == "POST" else None)
    page.get_by_role("button", name="Gửi thử").click()
    expect(page.get_by_role("dialog")).to_contain_text("Thử gửi bằng htmx?")
    page.keyboard.press("Escape")
    expect(page.get_by_role("dialog")).to_be_hidden()
    assert requests == []
    page.get_by_role("button", name="Gửi thử").click()
    with page.expect_request(lambda r: r.method == "POST") as sent:
        page.get_by_role("dialog").get_by_role("button", name="Đồng ý").click()
    assert sent.value.headers.get("hx-request") == "true"
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Hồ sơ {CODE}")  # no page load
    assert len(requests) == 1
