"""Writes of jobs: start (the queue gets only the id), progress, cancel, and the worker's run."""

import logging
import time

from django.db import connection, transaction
from django.utils import timezone

from danvan.core.errors import DomainError
from danvan.core.progress import progress_reporting
from danvan.jobs import files
from danvan.jobs.models import Job
from danvan.jobs.registry import job_kind

log = logging.getLogger(__name__)

QUEUED = "Đang chờ đến lượt chạy."
STARTED = "Đang bắt đầu…"
CANCELLING = "Đang huỷ: việc sẽ dừng ở bước kế tiếp, không có gì được ghi."
CANCELLED = "Đã huỷ: không có gì thay đổi."
CANCELLED_BEFORE_START = "Đã huỷ trước khi chạy: không có gì thay đổi."
ALREADY_FINISHED = "Việc này đã kết thúc ({state}), không huỷ được nữa."
UNEXPECTED = (
    "Việc gặp lỗi ngoài dự kiến nên đã dừng, không có gì được ghi. Hãy thử lại; nếu vẫn lỗi, "
    "báo quản trị hệ thống (mã việc {id})."
)
DONE = "Đã xong."


class JobCancelled(Exception):
    """Raised by the progress reporter at the tick after a cancellation was asked."""


def job_enqueue(job_id: int) -> None:
    """Hand the id, and only the id, to the task queue (django-q2)."""
    from django_q.tasks import async_task  # type: ignore[import-untyped]

    async_task("danvan.jobs.tasks.job_run", job_id, task_name=f"viec-nen-{job_id}")


def job_start(
    *,
    kind: str,
    user,
    unit=None,
    params: dict | None = None,
    data: bytes | None = None,
    input_name: str = "",
    message: str = QUEUED,
) -> Job:
    """Record the job (and keep its input file), then queue its id once committed."""
    job_kind(kind)  # an unknown kind is a programming error: fail here, not in the worker
    job = Job.objects.create(
        kind=kind,
        user=user if getattr(user, "pk", None) else None,
        unit=unit,
        params=params or {},
        input_name=input_name,
        message=message,
    )
    if data is not None:
        files.input_write(job.pk, data)
    transaction.on_commit(lambda: job_enqueue(job.pk))
    return job


def job_progress(*, job_id: int, done: int, total: int, message: str = "") -> None:
    """Record how far a running job is: always in its progress file, and in its row when no
    transaction is open (a write inside the job's own transaction would be seen by nobody)."""
    files.progress_write(job_id, done, total, message)
    if not connection.in_atomic_block:
        Job.objects.filter(pk=job_id, state=Job.State.RUNNING).update(
            done=done, total=total, message=message
        )


def job_cancel_requested(job_id: int) -> bool:
    if files.cancel_flag_is_set(job_id):
        return True
    if connection.in_atomic_block:
        return False
    return Job.objects.filter(pk=job_id, cancel_requested=True).exists()


def job_cancel(*, job: Job) -> Job:
    """A queued job is cancelled at once; a running one stops at its next progress tick and
    rolls back (the flag file first: on SQLite the row may be locked by the job's own
    transaction until then)."""
    if job.finished:
        raise DomainError(ALREADY_FINISHED.format(state=job.get_state_display().lower()))
    files.cancel_flag_set(job.pk)
    now = timezone.now()
    if Job.objects.filter(pk=job.pk, state=Job.State.QUEUED).update(
        state=Job.State.CANCELLED,
        cancel_requested=True,
        message=CANCELLED_BEFORE_START,
        finished_at=now,
    ):
        files.input_remove(job.pk)
    else:
        Job.objects.filter(pk=job.pk, state=Job.State.RUNNING).update(
            cancel_requested=True, message=CANCELLING
        )
    job.refresh_from_db()
    return job


class Reporter:
    """The progress reporter a job's work calls (through danvan.core.progress): it records at
    most every ``interval`` seconds and checks for cancellation at every tick."""

    def __init__(self, job_id: int, *, interval: float = 0.4):
        self.job_id = job_id
        self.interval = interval
        self._last = 0.0

    def __call__(self, done: int, total: int, message: str = "") -> None:
        now = time.monotonic()
        if now - self._last >= self.interval or (total and done >= total):
            self._last = now
            job_progress(job_id=self.job_id, done=done, total=total, message=message)
        if job_cancel_requested(self.job_id):
            raise JobCancelled


def _finish(job_id: int, **fields) -> None:
    Job.objects.filter(pk=job_id).update(finished_at=timezone.now(), **fields)
    files.live_files_remove(job_id)
    files.input_remove(job_id)


def job_execute(*, job_id: int) -> str:
    """The worker's side: run the job's kind once, record its outcome; returns the state."""
    started = Job.objects.filter(pk=job_id, state=Job.State.QUEUED).update(
        state=Job.State.RUNNING, started_at=timezone.now(), message=STARTED
    )
    if not started:  # cancelled before it ran, or already run
        return Job.objects.filter(pk=job_id).values_list("state", flat=True).first() or ""
    job = Job.objects.select_related("user", "unit").get(pk=job_id)
    kind = job_kind(job.kind)
    reporter = Reporter(job.pk)
    try:
        with progress_reporting(reporter):
            reporter(0, 0, STARTED)
            outcome = kind.run(job, files.input_read(job.pk))
    except JobCancelled:
        _finish(job.pk, state=Job.State.CANCELLED, message=CANCELLED)
        return Job.State.CANCELLED
    except DomainError as error:
        _finish(job.pk, state=Job.State.FAILED, message=error.message[:1000])
        return Job.State.FAILED
    except Exception:
        log.exception("job %s (%s) failed", job.pk, job.kind)
        _finish(job.pk, state=Job.State.FAILED, message=UNEXPECTED.format(id=job.pk))
        return Job.State.FAILED
    if outcome.file is not None:
        files.result_write(job.pk, outcome.file)
    current = Job.objects.filter(pk=job.pk).values_list("done", "total").first() or (0, 0)
    total = current[1] or current[0] or 1
    state = Job.State.FAILED if outcome.failed else Job.State.DONE
    _finish(
        job.pk,
        state=state,
        message=(outcome.message or (DONE if not outcome.failed else ""))[:1000],
        done=total if not outcome.failed else current[0],
        total=total,
        result_lines=list(outcome.lines),
        result_name=outcome.filename if outcome.file is not None else "",
        params={**job.params, "content_type": outcome.content_type},
    )
    return state
