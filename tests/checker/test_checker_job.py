"""The checker on large uploads runs as a background job: the same findings as the page, each
file's summary on the job page and every finding in a CSV; nobody else sees the job."""

import pytest

from danvan.jobs.models import Job
from tests.checker.test_views import WRONG, upload


@pytest.fixture(autouse=True)
def _small_limit(settings, tmp_path):
    settings.VAR_DIR = tmp_path
    settings.DANVAN_CHECKER_BACKGROUND_BYTES = 50  # WRONG alone is above it


def test_a_large_upload_is_checked_as_a_job(users, login, django_capture_on_commit_callbacks):
    client = login(users["clerk_a"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/kiem-tra/",
            {"files": [upload("sai.txt", WRONG.encode("utf-8")), upload("rong.txt", b"   ")]},
        )
    job = Job.objects.get()
    assert response["Location"] == f"/viec-nen/{job.pk}/"
    assert (job.kind, job.state, job.unit.code) == ("checker.check", "done", "A")
    assert job.result_lines[0] == "«sai.txt»: 1 lỗi, 0 điểm cần xem lại."
    assert job.result_lines[1].startswith("«rong.txt»: ") and "rỗng" in job.result_lines[1]
    assert "315/372 là 84,68%, không phải 84,2%." in job.result_lines[2]
    listing = client.get(f"/viec-nen/{job.pk}/tai/").getvalue().decode("utf-8-sig")
    assert "sai.txt" in listing and "315/372 là 84,2%" in listing
    assert login(users["clerk_b"]).get(f"/viec-nen/{job.pk}/").status_code == 404


def test_a_small_upload_is_still_checked_in_the_request(users, login, settings):
    settings.DANVAN_CHECKER_BACKGROUND_BYTES = 10_000
    response = login(users["clerk_a"]).post(
        "/kiem-tra/", {"files": [upload("sai.txt", WRONG.encode("utf-8"))]}
    )
    assert response.status_code == 200 and "84,68%" in response.content.decode()
    assert not Job.objects.exists()
