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


def test_a_word_report_with_a_table_shows_each_finding_with_its_arithmetic(
    page, live_server, users
):
    """Issue 14: a .docx with a statistics table and a change against last year; the page
    says what is wrong with the computation written out, marks a cut percentage as a notice,
    and lists the relations it found right."""
    from tests.checker.helpers import make_docx

    data = make_docx(
        [
            "Trong kỳ tiếp nhận 1.231 hồ sơ, tăng 121,4% so với cùng kỳ năm 2020 (1.014 hồ sơ).",
            "Đã giải quyết 212/263 hồ sơ trực tuyến, đạt 80,60%.",
        ],
        [
            ["Đơn vị", "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"],
            ["Cấp tỉnh", "1.000", "900", "100"],
            ["Cấp huyện", "1.204", "1.150", "60"],
        ],
    )
    log_in(page, live_server.url, "chuyenvien.a", PASSWORD)
    nav(page, "Báo cáo", "Kiểm tra báo cáo")
    page.get_by_label("Tệp báo cáo (.txt, .docx, .pdf)").set_input_files(
        {
            "name": "bao-cao-bang.docx",
            "mimeType": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "buffer": data,
        }
    )
    page.get_by_role("button", name="Kiểm tra").click()
    findings = page.locator("ol.phat-hien")
    expect(findings).to_contain_text("Từ 1.014 đến 1.231 là tăng 21,400%, không phải 121,4%.")
    expect(findings).to_contain_text("Phép tính: (1.231 − 1.014)/1.014 = 21,400% ≠ 121,4%")
    expect(findings).to_contain_text(
        "Hàng «Cấp huyện»: đã giải quyết + đang giải quyết là 1.210, không phải 1.204."
    )
    notice = findings.locator("li.luu-y")
    expect(notice).to_contain_text("Lưu ý")
    expect(notice).to_contain_text("Phép tính: 212/263 = 80,608% → 80,61%; văn bản ghi 80,60%")
    expect(page.locator("mark.luu-y")).to_have_text("212/263 hồ sơ trực tuyến, đạt 80,60%")
    expect(page.get_by_text("2 lỗi, 0 cảnh báo, 1 lưu ý; 1 phép tính khớp.")).to_be_visible()
    page.get_by_text("Các phép tính khớp (1)").click()
    expect(page.get_by_text("Hàng «Cấp tỉnh»: 900 + 100 = 1.000: khớp")).to_be_visible()
    assert page.console_errors == []


def test_a_table_in_a_pdf_printed_by_chromium_keeps_its_cells(page):
    """A real PDF table (Chromium's print, embedded fonts): the cells come back apart, with
    their labels, and the row that does not balance is found."""
    from danvan.checker.engine import check_file

    rows = [
        ("Cấp tỉnh", "1.000", "900", "100"),
        ("Các huyện, thị xã và thành phố thuộc tỉnh", "1.204", "1.150", "60"),
    ]
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    page.set_content(
        "<html lang='vi'><body style='font-family:serif'><p>Kết quả giải quyết hồ sơ</p>"
        "<table style='border-collapse:collapse' cellpadding='6'><tr><th style='width:3cm'>"
        "Đơn vị</th>"
        "<th>Tiếp nhận</th><th>Đã giải quyết</th><th>Đang giải quyết</th></tr>"
        f"{body}</table></body></html>"
    )
    result = check_file("bang.pdf", page.pdf(format="A4"))
    # The long label wraps inside its cell in the PDF; it is read back as one cell of its row.
    assert "Các huyện, thị xã và thành phố thuộc tỉnh\t1.204\t1.150\t60" in result.text
    (finding,) = result.findings
    assert finding.rule == "table_mismatch" and finding.arithmetic == "1.150 + 60 = 1.210 ≠ 1.204"


SPREAD = (
    "BÁO CÁO\n\nTrong quý, toàn tỉnh đã tiếp nhận 1.000 hồ sơ và đã giải quyết 900 hồ sơ.\n\n"
    "Số hồ sơ còn lại đang giải quyết gồm 70 hồ sơ.\n\n"
    "Các cơ quan đã giải quyết 48 vụ việc. Qua giải quyết: khiếu nại đúng 12 vụ, khiếu nại sai "
    "30 vụ, khiếu nại đúng một phần 8 vụ.\n"
)


def test_relations_spread_over_a_report_are_warnings_with_their_arithmetic(
    page, live_server, users
):
    """Issue 14: a balance whose parts are in two paragraphs and outcomes a sentence after
    the cases resolved: warnings (a person should look), each with the computation."""
    log_in(page, live_server.url, "chuyenvien.a", PASSWORD)
    nav(page, "Báo cáo", "Kiểm tra báo cáo")
    page.get_by_label("Tệp báo cáo (.txt, .docx, .pdf)").set_input_files(
        {"name": "bao-cao-quy.txt", "mimeType": "text/plain", "buffer": SPREAD.encode()}
    )
    page.get_by_role("button", name="Kiểm tra").click()
    expect(page.get_by_text("0 lỗi, 2 cảnh báo, 0 lưu ý")).to_be_visible()
    warnings = page.locator("ol.phat-hien li.canh-bao")
    expect(warnings).to_have_count(2)
    expect(warnings.first).to_contain_text(
        "Toàn đơn vị: tiếp nhận 1.000, đã giải quyết 900 thì còn 100, văn bản ghi 70 đang giải "
        "quyết"
    )
    expect(warnings.first).to_contain_text(
        "Phép tính: Toàn đơn vị: 1.000 − 900 = 100 ≠ 70 đang giải quyết"
    )
    expect(warnings.nth(1)).to_contain_text(
        "Phép tính: 12 + 30 + 8 = 50 > 48 vụ việc đã giải quyết"
    )
    page.get_by_role("link", name="«70»").click()
    expect(page.locator("mark:target")).to_have_text("70")
    assert page.console_errors == []


ROUND = (
    "BÁO CÁO\n\nĐầu kỳ, toàn tỉnh có 3.105 hộ cận nghèo. Trong kỳ có 742 hộ thoát cận nghèo, "
    "218 hộ cận nghèo phát sinh mới. Số hộ cận nghèo cuối kỳ là 2.851 hộ.\n\n"
    "Tổng vốn huy động đạt 791,322 tỷ đồng, trong đó: ngân sách trung ương 28,830 tỷ đồng, "
    "chiếm 3,64%; ngân sách tỉnh 2,911 tỷ đồng, chiếm 14,27%; các nguồn khác 759,581 tỷ đồng, "
    "chiếm 95,99%.\n"
)


def test_the_findings_read_in_the_reports_own_units(page, live_server, users):
    log_in(page, live_server.url, "chuyenvien.a", PASSWORD)
    nav(page, "Báo cáo", "Kiểm tra báo cáo")
    page.get_by_label("Tệp báo cáo (.txt, .docx, .pdf)").set_input_files(
        {"name": "bao-cao-ngheo.txt", "mimeType": "text/plain", "buffer": ROUND.encode()}
    )
    page.get_by_role("button", name="Kiểm tra").click()
    expect(
        page.get_by_text(
            "Số hộ cận nghèo đầu kỳ trừ số thoát, cộng số phát sinh là 2.581 hộ; văn bản ghi "
            "cuối kỳ 2.851 hộ."
        )
    ).to_be_visible()
    expect(page.get_by_text("2,911/791,322 tỷ đồng là 0,37%, không phải 14,27%.")).to_be_visible()
    expect(page.get_by_text("3.105 − 742 + 218 = 2.581 ≠ 2.851")).to_be_visible()
    assert page.console_errors == []
