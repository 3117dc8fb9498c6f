"""An administrator extends the catalogue in a real browser: two typed-in items and their
ratio, put on the appendix form; a clerk types 159 and 171; the appendix page and the Word
file show 159, 171 and 93,0%."""

import docx
import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _type(page, label, text):
    field = page.get_by_label(label, exact=True)
    field.click()
    field.press_sequentially(text)


def _add(page, code, label, unit, *, ratio=None):
    page.get_by_role("link", name="Thêm chỉ tiêu").click()
    _type(page, "Mã chỉ tiêu", code)
    _type(page, "Tên chỉ tiêu", label)
    _type(page, "Đơn vị tính", unit)
    if ratio:
        _type(page, "Tỷ lệ: mã tử số", ratio[0])
        _type(page, "Tỷ lệ: mã mẫu số", ratio[1])
    page.get_by_role("button", name="Thêm chỉ tiêu").click()
    expect(page.get_by_text(f"Đã thêm chỉ tiêu «{label}» ({code.upper()}).")).to_be_visible()


def test_admin_adds_a_ratio_a_clerk_types_its_parts_and_word_shows_it(
    page, live_server, demo, step
):
    log_in(page, live_server.url, "quantri")
    nav(page, "Quản trị", "Biểu mẫu phụ lục")
    # A code already in the catalogue is refused in Vietnamese; what was typed stays.
    page.get_by_role("link", name="Thêm chỉ tiêu").click()
    _type(page, "Mã chỉ tiêu", "HS_MOI")
    _type(page, "Tên chỉ tiêu", "Trùng mã")
    page.get_by_role("button", name="Thêm chỉ tiêu").click()
    expect(page.get_by_role("alert").first).to_contain_text("Mã «HS_MOI» đã có trong danh mục")
    expect(page.get_by_label("Tên chỉ tiêu", exact=True)).to_have_value("Trùng mã")
    nav(page, "Quản trị", "Biểu mẫu phụ lục")

    _add(page, "DV_DU_HN", "Số đảng viên dự hội nghị chi bộ", "người")
    _add(page, "DV_CHI_BO", "Tổng số đảng viên của chi bộ", "người")
    _add(
        page,
        "tl_dv_du_hn",
        "Tỷ lệ đảng viên dự hội nghị chi bộ",
        "%",
        ratio=("DV_DU_HN", "DV_CHI_BO"),
    )
    expect(page.get_by_role("cell", name="Tỷ lệ DV_DU_HN/DV_CHI_BO")).to_be_visible()
    step("danh-muc")

    # The ratio and its parts become rows of the appendix form: a new version.
    text = page.get_by_label("Các dòng của biểu mẫu")
    text.click()
    text.press("Control+End")
    text.press_sequentially("\n# Đảng viên\nDV_DU_HN\nDV_CHI_BO\nTL_DV_DU_HN")
    page.get_by_role("button", name="Lưu thành phiên bản mới").click()
    expect(page.get_by_text("Đã tạo phiên bản")).to_be_visible()
    step("bieu-mau")
    page.get_by_role("button", name="Đăng xuất").click()

    log_in(page, live_server.url, "bqlkkt.chuyenvien")
    nav(page, "Báo cáo", "Chỉ tiêu")
    _type(page, "Số đảng viên dự hội nghị chi bộ (người)", "159")
    _type(page, "Tổng số đảng viên của chi bộ (người)", "171")
    page.get_by_role("button", name="Lưu số liệu nhập tay").click()
    expect(page.get_by_text("Đã lưu số liệu nhập tay.")).to_be_visible()
    table = page.locator("#phu-luc-so-lieu")
    row = table.get_by_role("row").filter(has_text="Tỷ lệ đảng viên dự hội nghị chi bộ")
    expect(row).to_contain_text("159/171, đạt 93,0%")
    expect(table.get_by_role("row").filter(has_text="Số đảng viên dự hội nghị")).to_contain_text(
        "159"
    )
    expect(table.get_by_role("row").filter(has_text="Tổng số đảng viên của")).to_contain_text("171")
    step("phu-luc")

    with page.expect_download() as download:
        page.get_by_role("link", name="Tải Word (.docx)").click()
    word = docx.Document(str(download.value.path()))
    cells = [cell.text for table in word.tables for row in table.rows for cell in row.cells]
    lines = {tuple(cell.text for cell in row.cells) for table in word.tables for row in table.rows}
    assert any("Tỷ lệ đảng viên dự hội nghị chi bộ" in c for c in cells)
    assert any("93,0%" in c and "159/171" in c for c in cells)
    assert any("Số đảng viên dự hội nghị chi bộ" in " ".join(r) and "159" in r for r in lines)
    assert any("Tổng số đảng viên của chi bộ" in " ".join(r) and "171" in r for r in lines)
    assert page.console_errors == []


def test_admin_retires_an_indicator_after_confirming_and_it_is_kept(page, live_server, demo):
    log_in(page, live_server.url, "quantri")
    nav(page, "Quản trị", "Biểu mẫu phụ lục")
    page.get_by_role("link", name="Số lượt công chức được cử đi đào tạo").click()
    _type(page, "Ngừng dùng sau ngày", "31/12/2025")
    page.get_by_role("button", name="Ngừng dùng chỉ tiêu").click()
    dialog = page.get_by_role("dialog", name="Xác nhận")
    expect(dialog).to_contain_text("Ngừng dùng chỉ tiêu «Số lượt công chức được cử đi đào tạo»?")
    dialog.get_by_role("button", name="Ngừng dùng").click()
    expect(page.get_by_text("sau ngày 31/12/2025; các báo cáo đã làm vẫn giữ")).to_be_visible()
    row = page.get_by_role("row").filter(has_text="Số lượt công chức được cử đi đào tạo")
    expect(row).to_contain_text("(ngừng dùng)")
    expect(row).to_contain_text("đến 31/12/2025")
    assert page.console_errors == []
