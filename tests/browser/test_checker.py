"""The report checker in Chromium: upload two reports, see the highlighted finding and jump
to it; the legacy import's mapping table."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_login_tree import log_in, nav
from tests.conftest import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WRONG = (
    "BÁO CÁO\n\nTrong năm tiếp nhận 1.240 hồ sơ.\n\n"
    "Tỷ lệ hồ sơ giải quyết đúng hạn là 315/372, đạt 84,2%.\n"
)
CLEAN = "Tổ chức 02 cuộc, trong đó tổ chức riêng 01 cuộc, lồng ghép 01 cuộc.\n"


def test_upload_two_reports_and_see_the_highlighted_finding(page, live_server, users):
    log_in(page, live_server.url, "chuyenvien.a", PASSWORD)
    nav(page, "Báo cáo", "Kiểm tra báo cáo")
    expect(page.get_by_role("heading", level=1)).to_have_text("Kiểm tra báo cáo")
    page.get_by_label("Tệp báo cáo (.txt, .docx, .pdf)").set_input_files(
        [
            {"name": "bao-cao-sai.txt", "mimeType": "text/plain", "buffer": WRONG.encode()},
            {"name": "bao-cao-dung.txt", "mimeType": "text/plain", "buffer": CLEAN.encode()},
        ]
    )
    page.get_by_role("button", name="Kiểm tra").click()
    expect(page.get_by_role("heading", name="bao-cao-sai.txt")).to_be_visible()
    expect(page.get_by_role("heading", name="bao-cao-dung.txt")).to_be_visible()
    expect(page.get_by_text("315/372 là 84,68%, không phải 84,2%.")).to_be_visible()
    mark = page.locator("mark.loi").first
    expect(mark).to_have_text("315/372, đạt 84,2%")
    page.get_by_role("link", name="«315/372, đạt 84,2%»").click()
    expect(page).to_have_url(re.compile(r"#t1-loi-1$"))
    expect(page.locator("mark:target")).to_have_text("315/372, đạt 84,2%")
    expect(page.get_by_text("Không thấy chỗ nào sai.")).to_be_visible()
    assert page.console_errors == []


def test_legacy_import_shows_the_mapping_to_confirm(page, live_server, users, tree):
    log_in(page, live_server.url, "chuyenvien.a", PASSWORD)
    page.goto(f"{live_server.url}/kiem-tra/lich-su/")
    page.get_by_label("Báo cáo cũ (.txt, .docx, .pdf)").set_input_files(
        {
            "name": "bc-2021.txt",
            "mimeType": "text/plain",
            "buffer": "Số hồ sơ tiếp nhận trực tuyến là 285 hồ sơ.".encode(),
        }
    )
    page.get_by_label("Kỳ báo cáo").fill("2021")
    page.get_by_role("button", name="Đọc báo cáo").click()
    expect(page.get_by_label("Chỉ tiêu dòng 1")).to_have_value("HS_TRUC_TUYEN")
    expect(page.get_by_label("Giá trị dòng 1")).to_have_value("285")
    page.get_by_role("button", name="Lưu số liệu đã chọn").click()
    expect(page.get_by_text("Đã lưu 1 số liệu lịch sử")).to_be_visible()
    stored = page.get_by_role("row").filter(
        has=page.get_by_role("cell", name="Số hồ sơ tiếp nhận trực tuyến", exact=True)
    )
    expect(stored).to_contain_text("285")
    assert page.console_errors == []


def test_a_vietnamese_pdf_printed_by_chromium_is_read_and_checked(page, tmp_path):
    """A real text layer with Vietnamese diacritics and wrapped lines (Chromium prints the PDF
    the way Word's "Save as PDF" does: embedded fonts, ToUnicode maps)."""
    from danvan.checker.engine import check_file

    long_line = (
        "Từ đầu năm đến nay, Ban Quản lý đã tiếp nhận 372 hồ sơ thủ tục hành chính, trong đó "
        "số hồ sơ được giải quyết trước và đúng hạn là 315/372 hồ sơ, đạt 84,2%; không có hồ "
        "sơ nào phải gia hạn, xin lỗi người dân hoặc doanh nghiệp."
    )
    page.set_content(
        "<html lang='vi'><body style='width:12cm;font-family:serif'>"
        "<p>BÁO CÁO</p><p>I. KẾT QUẢ</p>"
        f"<p>{long_line}</p><p>Họp ngày 31/4/2024 tại hội trường.</p></body></html>"
    )
    data = page.pdf(format="A4")
    result = check_file("bao-cao.pdf", data)
    assert result.document.kind == "pdf"
    assert "trước và đúng hạn" in result.text  # diacritics survive, NFC
    rules = {(f.rule, f.excerpt) for f in result.findings}
    assert ("ratio_mismatch", "315/372 hồ sơ, đạt 84,2%") in rules
    assert ("invalid_date", "31/4/2024") in rules
