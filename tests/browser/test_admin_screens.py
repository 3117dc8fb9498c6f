"""The administrator's screens in a real browser: users, calendar, import, audit trail."""

import re

import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def test_admin_creates_a_user_and_the_trail_shows_it(page, live_server, demo):
    log_in(page, live_server.url, "quantri")
    nav(page, "Quản trị", "Người dùng")
    page.get_by_role("link", name="Thêm người dùng").click()
    page.get_by_label("Tên đăng nhập").fill("stp.chuyenvien")
    page.get_by_label("Họ và tên").fill("Đinh Thị Tư Pháp")
    page.get_by_label("Mật khẩu").fill("123")
    page.get_by_label("Vai trò").select_option("chuyen_vien")
    page.get_by_label("Đơn vị", exact=True).select_option("GL.STP")
    page.get_by_role("button", name="Tạo tài khoản").click()
    # A weak password is refused; what was typed stays.
    expect(page.get_by_role("alert").first).to_contain_text("Mật khẩu chưa đạt")
    expect(page.get_by_label("Họ và tên")).to_have_value("Đinh Thị Tư Pháp")
    page.get_by_label("Mật khẩu").fill("Mat-khau-du-dai-2026")
    page.get_by_role("button", name="Tạo tài khoản").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Đinh Thị Tư Pháp")
    expect(page.get_by_role("cell", name="Sở Tư pháp (GL.STP)")).to_be_visible()

    nav(page, "Quản trị", "Nhật ký")
    page.get_by_label("Người thực hiện").fill("quantri")
    page.get_by_role("button", name="Lọc").click()
    expect(page.get_by_text("stp.chuyenvien: Chuyên viên — Sở Tư pháp")).to_be_visible()
    assert page.console_errors == []


def test_admin_adds_a_make_up_day_to_the_calendar(page, live_server, demo):
    log_in(page, live_server.url, "quantri")
    page.goto(f"{live_server.url}/lich/?nam=2026")
    expect(page.get_by_role("heading", level=1)).to_have_text("Lịch ngày làm việc năm 2026")
    expect(page.get_by_role("cell", name="Tết Nguyên Đán", exact=True)).to_be_visible()
    page.get_by_label("Ngày", exact=True).fill("28/02/2026")
    page.get_by_label("Đổi thành").select_option("lam_viec")
    page.get_by_label("Căn cứ, ghi chú").fill("Làm bù theo thông báo của UBND tỉnh")
    page.get_by_role("button", name="Ghi").click()
    expect(page.get_by_text("Đã ghi 28/02/2026")).to_be_visible()
    expect(page.get_by_role("cell", name="Làm bù theo thông báo của UBND tỉnh")).to_be_visible()


def test_import_with_a_bad_row_lists_it_and_imports_nothing(page, live_server, demo, tmp_path):
    source = tmp_path / "don-vi.csv"
    source.write_text(
        "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cha,Hiệu lực từ\n"
        "GL.SNV.TCBC,Phòng Tổ chức biên chế,phong,GL.SNV,01/01/2026\n"
        "GL.SNV.X,Phòng X,phong,GL.SNV,31/04/2026\n",
        encoding="utf-8",
    )
    log_in(page, live_server.url, "quantri")
    page.goto(f"{live_server.url}/don-vi/nhap/")
    page.get_by_label("Tệp CSV hoặc XLSX").set_input_files(str(source))
    page.get_by_role("button", name="Kiểm tra và nhập").click()
    problems = page.get_by_role("alert")
    expect(problems).to_contain_text("Tệp có 1 lỗi — chưa nhập dòng nào")
    expect(problems).to_contain_text("31/04/2026")
    page.goto(f"{live_server.url}/don-vi/?q=Tổ chức biên chế")
    expect(page.get_by_text(re.compile("Không có đơn vị nào"))).to_be_visible()
