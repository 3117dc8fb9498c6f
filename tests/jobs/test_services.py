"""The jobs' services: a job runs once through the queue (synchronous in tests), records its
progress, result and failure; a cancelled job stops at its next tick."""

import pytest
from django.http import Http404

from danvan.core.errors import DomainError
from danvan.jobs import files
from danvan.jobs.models import Job
from danvan.jobs.selectors import job_get, job_list, job_result_file
from danvan.jobs.services import (
    ALREADY_FINISHED,
    CANCELLED,
    CANCELLED_BEFORE_START,
    UNEXPECTED,
    job_cancel,
    job_execute,
    job_start,
)

pytestmark = pytest.mark.django_db


def _start(users, tree, **params):
    return job_start(
        kind="tests.count", user=users["clerk_a"], unit=tree["A"], params=params, data=b"dau vao"
    )


def test_a_started_job_is_queued_by_id_and_runs_once(
    users, tree, test_kind, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        job = _start(users, tree, steps=3)
    assert len(callbacks) == 1  # the queue is handed the id after the commit, not before
    job.refresh_from_db()
    assert job.state == Job.State.DONE
    assert job.result_lines == ["Đã làm 3 bước."]
    assert job.percent == 100 and job.finished_at is not None
    assert job_result_file(job).read_bytes() == b"dau vao"
    assert files.input_read(job.pk) is None  # the input is removed once run
    assert test_kind["ticks"] == [0, 1, 2]
    assert job_execute(job_id=job.pk) == Job.State.DONE  # a second delivery runs nothing
    assert test_kind["ticks"] == [0, 1, 2]


def test_an_unknown_kind_is_refused_at_start(users, tree):
    with pytest.raises(LookupError):
        job_start(kind="khong.co", user=users["clerk_a"], unit=tree["A"])
    assert not Job.objects.exists()


def test_a_queued_job_cancelled_never_runs(users, tree, test_kind):
    job = _start(users, tree)  # not committed yet: not queued
    job = job_cancel(job=job)
    assert (job.state, job.message) == (Job.State.CANCELLED, CANCELLED_BEFORE_START)
    assert job_execute(job_id=job.pk) == Job.State.CANCELLED
    assert test_kind["ticks"] == []


def test_a_running_job_cancelled_stops_at_its_next_tick(users, tree, test_kind):
    job = _start(users, tree, steps=10)
    test_kind["on_tick"] = lambda running, step: step == 4 and job_cancel(job=running)
    assert job_execute(job_id=job.pk) == Job.State.CANCELLED
    job.refresh_from_db()
    assert (job.state, job.message) == (Job.State.CANCELLED, CANCELLED)
    assert test_kind["ticks"] == [0, 1, 2, 3]  # step 4's tick raised
    assert job_result_file(job) is None
    with pytest.raises(DomainError) as refused:
        job_cancel(job=job)
    assert refused.value.message == ALREADY_FINISHED.format(state="đã huỷ")


def test_a_refusal_fails_the_job_with_its_message(users, tree, test_kind):
    job = _start(users, tree, fail=True)
    assert job_execute(job_id=job.pk) == Job.State.FAILED
    job.refresh_from_db()
    assert job.message == "Không làm được việc thử."


def test_an_unexpected_error_fails_the_job_with_a_vietnamese_message(users, tree, test_kind):
    job = _start(users, tree, crash=True)
    assert job_execute(job_id=job.pk) == Job.State.FAILED
    job.refresh_from_db()
    assert job.message == UNEXPECTED.format(id=job.pk)
    assert "boom" not in job.message


def test_progress_is_read_live_while_running(users, tree, test_kind):
    job = _start(users, tree)
    Job.objects.filter(pk=job.pk).update(state=Job.State.RUNNING)
    files.progress_write(job.pk, 30, 120, "Đang kiểm tra dòng 30/120…")
    seen = job_get(users["clerk_a"], job.pk)
    assert (seen.done, seen.total, seen.percent, seen.message) == (
        30,
        120,
        25,
        "Đang kiểm tra dòng 30/120…",
    )


def test_a_user_sees_only_jobs_of_units_their_roles_cover(users, tree, test_kind):
    mine = _start(users, tree)
    other = job_start(kind="tests.count", user=users["clerk_b"], unit=tree["B"])
    system = job_start(kind="tests.count", user=None, unit=None)
    assert set(job_list(users["clerk_a"])) == {mine}
    assert set(job_list(users["head_a"])) == {mine}  # A with its subtree
    assert set(job_list(users["clerk_b"])) == {other}
    assert set(job_list(users["aggregator"])) == {mine, other}  # the whole province
    assert system not in set(job_list(users["admin"]))  # a job about no unit: superusers only
    with pytest.raises(Http404):
        job_get(users["clerk_b"], mine.pk)
    with pytest.raises(Http404):
        job_get(users["clerk_a"], other.pk)
