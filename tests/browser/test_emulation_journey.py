"""Issue 13's journey in Chromium, on the demo province: the Board's clerk assesses a 2022
registration against the movement's criteria, drafts a commendation proposal for the movement
and sends it to the head; the Department issues the 3-year review request of the review type;
the clerk opens the draft — the sample's outline, section III opening with the figures of the
records — writes a limitation under «2. Hạn chế», and the Word file read back carries the
type's headings, the figures and the commendations' list."""

import re

import docx
import pytest
from playwright.sync_api import expect

from danvan.demo.loader import demo_load
from danvan.emulation.models import Registration
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def _as(page, live_server, username):
    page.context.clear_cookies()
    log_in(page, live_server.url, username)


def _type(page, locator, text):
    locator.click()
    locator.press("Control+A")
    locator.press("Delete")
    page.keyboard.type(text)


def test_registration_assessment_proposal_review_and_word(page, live_server, demo, step, tmp_path):
    _as(page, live_server, "bqlkkt.chuyenvien")
    nav(page, "Báo cáo", "Thi đua")
    page.get_by_role("link", name=re.compile("thi đua thực hiện văn hóa công sở")).click()
    expect(page.get_by_role("heading", name="Năm 2022")).to_be_visible()
    # A 2022 registration, not yet assessed.
    page.get_by_role("link", name="DK-2022-07").click()
    expect(page.get_by_text("Chưa đánh giá").first).to_be_visible()
    rows = page.get_by_role("row")
    rows.filter(has_text="Chấp hành giờ giấc làm việc").get_by_label("Đạt", exact=True).check()
    rows.filter(has_text="Không để xảy ra phiền hà").get_by_label("Đạt", exact=True).check()
    score = page.get_by_label(re.compile(r"^Điểm \(tối đa 10"))
    _type(page, score, "7")  # below the pass mark of 8
    page.get_by_label("Kết quả").select_option(label="Đạt")
    _type(page, page.get_by_label("Ngày đánh giá"), "16/12/2022")
    page.get_by_role("button", name="Lưu kết quả đánh giá").click()
    expect(page.get_by_role("alert").first).to_contain_text("chưa đạt tiêu chí «Trang phục")
    expect(page.get_by_label("Ngày đánh giá")).to_have_value("16/12/2022")  # nothing lost
    _type(page, page.get_by_label(re.compile(r"^Điểm \(tối đa 10")), "9")
    step("danh-gia")
    page.get_by_role("button", name="Lưu kết quả đánh giá").click()
    expect(page.get_by_text("Đã lưu kết quả đánh giá.")).to_be_visible()
    registration = Registration.objects.get(code="DK-2022-07")
    assert (registration.result, f"{registration.assessed_on:%d/%m/%Y}") == ("dat", "16/12/2022")
    assert registration.assessments.count() == 3

    # A proposal for the movement, sent to the head.
    nav(page, "Báo cáo", "Khen thưởng")
    page.get_by_role("link", name="Lập đề xuất mới").click()
    _type(page, page.get_by_label("Trích yếu"), "Đề nghị tặng Giấy khen năm 2022")
    expect(page.get_by_label("Cơ quan quyết định khen thưởng")).to_have_value("GL")
    page.get_by_label("Phong trào thi đua").select_option("TD-VHCS-2019")
    _type(page, page.locator('[name="entries-0-subject_name"]'), registration.subject_name)
    page.locator('[name="entries-0-subject_kind"]').select_option(label="Cá nhân")
    page.locator('[name="entries-0-form"]').select_option(label="Giấy khen")
    page.locator('[name="entries-0-level"]').select_option(label="Thủ trưởng đơn vị")
    _type(page, page.locator('[name="entries-0-achievement"]'), "Hoàn thành xuất sắc nhiệm vụ")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu đề xuất khen thưởng.")).to_be_visible()
    page.get_by_role("button", name="Trình lãnh đạo").click()
    expect(page.locator(".status")).to_have_text("Chờ lãnh đạo duyệt")
    step("de-xuat")

    # The Department issues the review request of the review type.
    _as(page, live_server, "snv.tonghop")
    nav(page, "Báo cáo", "Yêu cầu và báo cáo")
    page.get_by_role("link", name="Phát hành yêu cầu báo cáo").click()
    page.get_by_label("Đơn vị ban hành").select_option("GL.SNV")
    page.get_by_label("Số", exact=True).fill("700")
    page.get_by_label("Ký hiệu").fill("SNV-CCVC")
    page.get_by_label("Ngày ban hành").fill("09/04/2022")
    page.get_by_label("Trích yếu").fill(
        "Sơ kết 03 năm thực hiện phong trào thi đua thực hiện văn hóa công sở"
    )
    page.get_by_label("Loại báo cáo").select_option(
        label="Báo cáo sơ kết, tổng kết phong trào thi đua"
    )
    page.get_by_label("Kỳ báo cáo").fill("2022")
    page.get_by_label("Lấy số liệu từ ngày").fill("01/10/2019")
    page.get_by_label("Lấy số liệu đến ngày").fill("09/04/2022")
    page.get_by_label("Hạn gửi báo cáo").fill("25/04/2022")
    targets = page.get_by_role("group", name="Các đơn vị phải báo cáo")
    targets.get_by_label(re.compile(r"Ban Quản lý Khu kinh tế.*\(BQLKKT\)")).check()
    page.get_by_role("button", name="Phát hành").click()
    page.get_by_role("dialog").get_by_role("button", name="Phát hành").click()
    kind = "Loại báo cáo: Báo cáo sơ kết, tổng kết phong trào thi đua"
    expect(page.get_by_text(kind)).to_be_visible()
    request_url = page.url

    # The clerk's draft: the sample's outline, figures from the records.
    _as(page, live_server, "bqlkkt.chuyenvien")
    page.goto(request_url)
    page.get_by_role("button", name="Soạn báo cáo").click()
    results = page.get_by_role("textbox", name="III. Kết quả đạt được")
    expect(results).to_contain_text("Số tập thể đăng ký thi đua: 18 tập thể.")
    expect(results).to_contain_text("Số tập thể được khen thưởng: 2 tập thể.")
    limits = page.get_by_role("textbox", name="2. Hạn chế")
    limits.click()
    page.keyboard.type("Chưa sửa đổi kịp thời Quy chế văn hóa công sở.")
    expect(page.get_by_role("heading", name="Phụ lục 2: Sổ theo dõi khen thưởng")).to_be_visible()
    step("du-thao")
    page.get_by_role("button", name="Lưu").click()
    expect(page.get_by_text("Đã lưu báo cáo.")).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải Word (.docx)").first.click()
    path = tmp_path / "so-ket.docx"
    download.value.save_as(path)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert "BÁO CÁO" in texts
    headings = (
        "I. Đặc điểm tình hình",
        "IV. Đánh giá chung",
        "2. Hạn chế",
        "VI. Kiến nghị, đề xuất",
    )
    for heading in headings:
        assert heading in texts, heading
    assert "Chưa sửa đổi kịp thời Quy chế văn hóa công sở." in texts
    assert "- Số cá nhân đăng ký thi đua: 36 cá nhân." in texts
    listed = [row.cells[2].text for row in document.tables[-1].rows]
    assert "Trần Quốc Bảo" in listed and len(listed) == 1 + 8
