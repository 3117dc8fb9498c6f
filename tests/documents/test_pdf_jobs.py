"""«Tải PDF» runs LibreOffice in the job worker: the page starts a job, the job page offers the
PDF once converted; another unit's user gets 404 and starts nothing."""

import os

import pytest

from danvan.documents.pdf import soffice
from danvan.jobs.models import Job


@pytest.fixture(autouse=True)
def _var_dir(settings, tmp_path):
    settings.VAR_DIR = tmp_path


def test_a_pdf_download_runs_as_a_job_and_offers_the_pdf(
    accepted_report, users, login, django_capture_on_commit_callbacks
):
    if soffice() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true nhưng thiếu LibreOffice (xem .ci/run)")
        pytest.skip("Bỏ qua: máy này chưa cài LibreOffice (soffice)")
    clerk = login(users["clerk_a"])
    with django_capture_on_commit_callbacks(execute=True):
        response = clerk.get(f"/van-ban/bao-cao/{accepted_report.pk}/pdf/")
    job = Job.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/viec-nen/{job.pk}/"
    assert (job.kind, job.unit.code, job.state) == ("documents.pdf", "A", Job.State.DONE)
    page = clerk.get(response["Location"]).content.decode()
    assert "Chuyển văn bản sang PDF" in page and "Tải kết quả: bao-cao-A-2021.pdf" in page
    pdf = clerk.get(f"/viec-nen/{job.pk}/tai/")
    assert pdf["Content-Type"] == "application/pdf" and pdf.getvalue().startswith(b"%PDF")
    assert login(users["clerk_b"]).get(f"/viec-nen/{job.pk}/tai/").status_code == 404


def test_another_units_user_starts_no_pdf_job(accepted_report, users, login):
    outsider = login(users["clerk_b"])
    assert outsider.get(f"/van-ban/bao-cao/{accepted_report.pk}/pdf/").status_code == 404
    assert outsider.get(f"/van-ban/tong-hop/{accepted_report.request_id}/pdf/").status_code == 404
    assert not Job.objects.exists()
