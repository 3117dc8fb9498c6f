"""The job page, its polled fragment, «Huỷ», the download and the API: another unit's user
gets 404 everywhere and changes nothing."""

import pytest

from danvan.jobs.models import Job
from danvan.jobs.services import job_execute, job_start

pytestmark = pytest.mark.django_db


@pytest.fixture
def job(users, tree, test_kind):
    return job_start(kind="tests.count", user=users["clerk_a"], unit=tree["A"], data=b"tep")


def test_the_page_shows_a_queued_job_that_polls_itself_and_can_be_cancelled(users, login, job):
    client = login(users["clerk_a"])
    html = client.get(f"/viec-nen/{job.pk}/").content.decode()
    assert "Việc thử" in html and "Đang chờ" in html
    assert f'hx-get="/viec-nen/{job.pk}/tien-do/"' in html and 'hx-trigger="every 1s"' in html
    assert "<progress" in html and ">Huỷ</button>" in html
    fragment = client.post(f"/viec-nen/{job.pk}/huy/", HTTP_HX_REQUEST="true").content.decode()
    assert "Đã huỷ" in fragment and "hx-trigger" not in fragment  # finished: polling stops
    assert Job.objects.get().state == Job.State.CANCELLED


def test_a_finished_job_shows_its_result_and_the_download(users, login, job):
    job_execute(job_id=job.pk)
    client = login(users["head_a"])
    html = client.get(f"/viec-nen/{job.pk}/tien-do/").content.decode()
    assert "Đã làm 4 bước." in html and "Tải kết quả: ket-qua.txt" in html
    assert "hx-trigger" not in html and "Huỷ" not in html
    download = client.get(f"/viec-nen/{job.pk}/tai/")
    assert download.getvalue() == b"tep"
    assert 'filename="ket-qua.txt"' in download["Content-Disposition"]


def test_another_units_user_gets_404_and_cannot_cancel(users, login, api_client, job):
    outsider = login(users["clerk_b"])
    for url in ("", "tien-do/", "tai/"):
        assert outsider.get(f"/viec-nen/{job.pk}/{url}").status_code == 404
    assert outsider.post(f"/viec-nen/{job.pk}/huy/").status_code == 404
    api = api_client(users["clerk_b"])
    assert api.get(f"/api/v1/jobs/{job.pk}").status_code == 404
    refused = api.post(f"/api/v1/jobs/{job.pk}/cancel")
    assert refused.status_code == 404 and refused.json()["code"] == "khong_tim_thay"
    assert Job.objects.get().state == Job.State.QUEUED


def test_the_api_reads_and_cancels_a_job(users, api_client, job):
    api = api_client(users["clerk_a"])
    body = api.get(f"/api/v1/jobs/{job.pk}").json()
    assert (body["state"], body["state_label"], body["unit"]) == ("queued", "Đang chờ", "A")
    assert body["page_url"] == f"/viec-nen/{job.pk}/" and body["result_url"] is None
    cancelled = api.post(f"/api/v1/jobs/{job.pk}/cancel").json()
    assert (cancelled["state"], cancelled["cancel_requested"]) == ("cancelled", True)
    again = api.post(f"/api/v1/jobs/{job.pk}/cancel")
    assert again.status_code == 400 and "không huỷ được nữa" in again.json()["detail"]
