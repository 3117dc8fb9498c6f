"""A large import in a real browser: the upload goes to the job page, whose progress bar htmx
polls while a real worker (`danvan qcluster`, database queue) imports; then the result. A job
not yet run is cancelled with «Huỷ» and writes nothing."""

import re

import pytest
from django_q.conf import Conf
from playwright.sync_api import expect

from danvan.dossiers.models import Dossier
from danvan.jobs.models import Job
from tests.conftest import PASSWORD
from tests.jobs.conftest import dossiers_csv
from tests.jobs.test_worker import _stop, _worker

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
ROWS = 5_003


@pytest.fixture
def queue(monkeypatch, settings, tmp_path):
    """The live server hands jobs to the database queue instead of running them itself."""
    settings.VAR_DIR = tmp_path
    monkeypatch.setattr(Conf, "SYNC", False)
    monkeypatch.setattr(Conf, "ORM", "default")
    return tmp_path


def _log_in(page, base):
    page.goto(f"{base}/dang-nhap/")
    page.get_by_label("Tên đăng nhập").fill("lanhdao.a")
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()


def _upload(page, base, source):
    page.goto(f"{base}/ho-so/nhap/")
    page.get_by_label("Tệp CSV hoặc XLSX").set_input_files(str(source))
    page.get_by_role("button", name="Kiểm tra và nhập").click()
    expect(page).to_have_url(re.compile(r"/viec-nen/\d+/$"))


def test_a_large_import_shows_its_progress_then_the_result(page, live_server, users, queue):
    source = queue / "ho-so-lon.csv"
    source.write_bytes(dossiers_csv(ROWS))
    _log_in(page, live_server.url)
    _upload(page, live_server.url, source)
    expect(page.get_by_role("heading", name="Nhập sổ từ tệp: ho-so-lon.csv")).to_be_visible()
    bar = page.get_by_role("progressbar", name="Tiến độ")
    expect(bar).to_be_visible()
    expect(page.get_by_role("button", name="Huỷ")).to_be_visible()
    worker = _worker(queue, "")
    try:
        result = page.locator("#job-progress")
        expect(result).to_contain_text("Đã xong", timeout=90_000)
        expect(result).to_contain_text("Thêm mới 5.003, cập nhật 0, không đổi 0 bản ghi.")
        expect(page.get_by_role("button", name="Huỷ")).to_have_count(0)
    finally:
        output = _stop(worker)
    assert Dossier.objects.count() == ROWS, output
    assert page.console_errors == []


def test_a_queued_job_is_cancelled_with_the_button(page, live_server, users, queue):
    source = queue / "ho-so-huy.csv"
    source.write_bytes(dossiers_csv(ROWS))
    _log_in(page, live_server.url)
    _upload(page, live_server.url, source)
    expect(page.get_by_role("progressbar", name="Tiến độ")).to_be_visible()
    page.get_by_role("button", name="Huỷ").click()
    card = page.locator("#job-progress")
    expect(card).to_contain_text("Đã huỷ trước khi chạy: không có gì thay đổi.")
    assert Job.objects.get().state == Job.State.CANCELLED
    assert not Dossier.objects.exists()
    assert page.console_errors == []
