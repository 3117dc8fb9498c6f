"""A large import through the page runs as a job: the browser is sent to the job page, the
job reports its progress, and what it writes equals the synchronous import of the same file.
Cancelled half-way (while checking, or while writing inside the transaction), it writes
nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from danvan.accounts.access import access_register_units
from danvan.audit.models import AuditEvent
from danvan.dossiers.models import Dossier
from danvan.dossiers.spec import DOSSIERS
from danvan.jobs import services
from danvan.jobs.models import Job
from danvan.registers.importing import register_import
from tests.jobs.conftest import dossiers_csv

pytestmark = pytest.mark.django_db
ROWS = 5_003  # above DANVAN_IMPORT_BACKGROUND_ROWS (5.000)


class Rollback(Exception):
    pass


def _snapshot():
    skip = {"id", "created_at", "updated_at"}
    fields = [f.attname for f in Dossier._meta.concrete_fields if f.attname not in skip]
    return sorted(Dossier.objects.values_list(*fields))


def _post(client, data, capture, url="/ho-so/nhap/"):
    with capture(execute=True):
        return client.post(url, {"file": SimpleUploadedFile("lon.csv", data)})


@pytest.fixture
def ticks(monkeypatch):
    """Every progress record the job makes, as (done, total, message)."""
    seen = []
    record = services.job_progress

    def spy(*, job_id, done, total, message=""):
        seen.append((done, total, message))
        record(job_id=job_id, done=done, total=total, message=message)

    monkeypatch.setattr(services, "job_progress", spy)
    monkeypatch.setattr(services.Reporter, "__init__", _every_tick)
    return seen


def test_a_large_import_runs_as_a_job_equal_to_the_synchronous_import(
    users, tree, login, django_capture_on_commit_callbacks, ticks
):
    data = dossiers_csv(ROWS)
    client = login(users["head_a"])
    with pytest.raises(Rollback), transaction.atomic():
        response = _post(client, data, django_capture_on_commit_callbacks)
        job = Job.objects.get()
        assert response.status_code == 302 and response["Location"] == f"/viec-nen/{job.pk}/"
        assert (job.kind, job.unit, job.user) == ("registers.import", tree["A"], users["head_a"])
        page = client.get(response["Location"]).content.decode()
        assert "Đã xong" in page and "Thêm mới 5.003, cập nhật 0, không đổi 0 bản ghi." in page
        by_job = _snapshot()
        raise Rollback
    assert not Dossier.objects.exists()
    register_import(DOSSIERS, data, "lon.csv", units=access_register_units(users["head_a"]))
    assert len(by_job) == ROWS and _snapshot() == by_job
    # The progress went up from 0 to the whole, in Vietnamese with the numbers' dots.
    dones = [done for done, _, _ in ticks]
    assert dones == sorted(dones) and dones[-1] == ticks[-1][1] == 2 * ROWS
    assert any(message.startswith("Đang kiểm tra dòng 1.000/5.003") for _, _, message in ticks)
    assert any("đang ghi" in message.lower() for _, _, message in ticks)


def test_a_file_at_the_limit_is_imported_in_the_request(users, tree, login):
    data = dossiers_csv(5_000 - 1)  # 5.000 lines with the header
    response = login(users["head_a"]).post(
        "/ho-so/nhap/", {"file": SimpleUploadedFile("vua.csv", data)}
    )
    assert response.status_code == 200 and "Thêm mới 4.999" in response.content.decode()
    assert not Job.objects.exists()


def test_a_large_register_file_goes_through_the_generic_import_page(
    users, tree, login, django_capture_on_commit_callbacks
):
    response = _post(
        login(users["head_a"]),
        dossiers_csv(ROWS),
        django_capture_on_commit_callbacks,
        url="/so/dossiers/nhap/",
    )
    job = Job.objects.get()
    assert response["Location"] == f"/viec-nen/{job.pk}/"
    assert job.state == Job.State.DONE and Dossier.objects.count() == ROWS


def test_a_large_file_with_bad_rows_fails_with_every_problem_and_writes_nothing(
    users, tree, login, django_capture_on_commit_callbacks
):
    data = dossiers_csv(ROWS).replace(b",truc_tuyen,", b",fax,", 40)
    client = login(users["head_a"])
    _post(client, data, django_capture_on_commit_callbacks)
    job = Job.objects.get()
    assert job.state == Job.State.FAILED
    assert job.message == "Tệp có 40 lỗi, chưa nhập dòng nào. Sửa tệp rồi nhập lại."
    assert len(job.result_lines) == 21 and job.result_lines[-1].startswith("… và 20 lỗi khác")
    listing = client.get(f"/viec-nen/{job.pk}/tai/").getvalue().decode("utf-8-sig")
    assert listing.count("\n") == 41 and "Kênh nộp" in listing
    assert not Dossier.objects.exists()


@pytest.mark.parametrize("at", [0.25, 0.5, 0.75])
def test_a_job_cancelled_part_way_writes_nothing(
    users, tree, login, django_capture_on_commit_callbacks, ticks, monkeypatch, at
):
    """At a quarter the file is being checked; at a half the writing starts; at three quarters
    the records are being written inside the transaction: each time nothing stays."""
    record = services.job_progress
    events = AuditEvent.objects.count()

    def cancel_on_the_way(*, job_id, done, total, message=""):
        record(job_id=job_id, done=done, total=total, message=message)
        if total and done >= at * total:
            services.job_cancel(job=Job.objects.get(pk=job_id))

    monkeypatch.setattr(services, "job_progress", cancel_on_the_way)
    _post(login(users["head_a"]), dossiers_csv(ROWS), django_capture_on_commit_callbacks)
    job = Job.objects.get()
    assert (job.state, job.message) == (Job.State.CANCELLED, services.CANCELLED)
    assert not Dossier.objects.exists()
    assert AuditEvent.objects.count() == events


def _every_tick(self, job_id, *, interval=0.0):
    self.job_id, self.interval, self._last = job_id, 0.0, 0.0
