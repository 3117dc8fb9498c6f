"""«Tổng hợp» over more unit reports than DANVAN_CONSOLIDATION_BACKGROUND_REPORTS runs as a
background job: the same consolidation as in the request; cancelled, it builds nothing."""

import pytest

from danvan.jobs import services as job_services
from danvan.jobs.models import Job
from danvan.reporting.models import Consolidation
from danvan.reporting.services import report_open, report_review, report_save, report_submit
from tests.reporting.test_views import _request


@pytest.fixture
def accepted(users, tree, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.DANVAN_CONSOLIDATION_BACKGROUND_REPORTS = 0  # one report is already «large»
    found = _request(users, tree)
    report = report_open(user=users["clerk_a"], request=found, unit=tree["A"])
    report = report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        sections={**report.sections, "II": "Chỉ đạo của Sở"},
    )
    report_review(
        user=users["aggregator"],
        report=report_submit(user=users["head_a"], report=report),
        accept=True,
    )
    return found


def test_a_large_consolidation_runs_as_a_job(
    users, login, accepted, django_capture_on_commit_callbacks
):
    client = login(users["aggregator"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/bao-cao/{accepted.pk}/tong-hop/lap/")
    job = Job.objects.get()
    assert response["Location"] == f"/viec-nen/{job.pk}/"
    assert (job.kind, job.unit, job.state) == ("reporting.consolidate", accepted.issuer, "done")
    assert job.result_lines == ["Đã tổng hợp số liệu và nội dung báo cáo của 1 đơn vị."]
    page = client.get(f"/bao-cao/{accepted.pk}/tong-hop/").content.decode()
    assert "Phụ lục tổng hợp" in page and "Chỉ đạo của Sở" in page
    assert login(users["clerk_b"]).get(f"/viec-nen/{job.pk}/").status_code == 404


def test_a_cancelled_consolidation_builds_nothing(
    users, login, accepted, django_capture_on_commit_callbacks, monkeypatch
):
    def cancel_at_once(*, job_id, done, total, message=""):
        job_services.job_cancel(job=Job.objects.get(pk=job_id))

    monkeypatch.setattr(job_services, "job_progress", cancel_at_once)
    with django_capture_on_commit_callbacks(execute=True):
        login(users["aggregator"]).post(f"/bao-cao/{accepted.pk}/tong-hop/lap/")
    assert Job.objects.get().state == Job.State.CANCELLED
    assert not Consolidation.objects.exists()
