"""No silent loss of columns, in a real browser: an extra column is refused, the user ticks
«Bỏ qua các cột này» and re-submits without choosing the file again."""

import pytest
from playwright.sync_api import expect

from danvan.activities.models import Dialogue
from danvan.demo.loader import demo_load
from tests.browser.test_login_tree import log_in, nav

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def demo(transactional_db):
    demo_load()


def test_an_extra_column_is_refused_then_ignored_on_request(page, live_server, demo, tmp_path):
    source = tmp_path / "doi-thoai.csv"
    source.write_text(
        "Mã cuộc đối thoại,Mã đơn vị,Ngày đối thoại,Người chủ trì,Số người tham dự,Ghi chú riêng\n"
        "DT-THU-1,XA.QUYNHON,12/03/2026,Người đứng đầu chính quyền,1.250,mời cả hội nông dân\n",
        encoding="utf-8",
    )
    log_in(page, live_server.url, "quynhon.chuyenvien")
    nav(page, "Sổ sách", "Sổ theo dõi")
    page.get_by_role("link", name="Sổ đối thoại").first.click()
    page.get_by_role("link", name="Nhập từ tệp").click()
    page.get_by_label("Tệp CSV hoặc XLSX").set_input_files(str(source))
    page.get_by_role("button", name="Kiểm tra và nhập").click()

    refusal = page.get_by_role("alert")
    expect(refusal).to_contain_text("Tệp có cột không có trong mẫu nhập: «Ghi chú riêng»")
    expect(refusal).to_contain_text("Các cột được nhận: Mã cuộc đối thoại, Mã đơn vị")
    assert not Dialogue.objects.filter(code="DT-THU-1").exists()

    # The file is kept on the server: tick the box and submit again, no file chosen.
    page.get_by_label("Bỏ qua các cột này").check()
    page.get_by_role("button", name="Kiểm tra và nhập").click()
    done = page.get_by_role("status")
    expect(done).to_contain_text("Thêm mới 1")
    expect(done).to_contain_text("Đã bỏ qua các cột: «Ghi chú riêng».")
    dialogue = Dialogue.objects.get(code="DT-THU-1")
    assert dialogue.participants == 1250  # «1.250» read by the shared parser
    # The refusal answers 400 (the browser logs it); nothing else may go wrong.
    assert [e for e in page.console_errors if "status of 400" not in e] == []
