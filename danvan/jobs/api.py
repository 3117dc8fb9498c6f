"""A job through the API: its state and progress, and cancelling it (the same selectors and
services as the job page; another unit's job is 404)."""

import datetime

from django.http import Http404
from django.urls import reverse
from ninja import Router, Schema

from danvan.core.api import errors
from danvan.core.errors import NotFound
from danvan.jobs.models import Job
from danvan.jobs.selectors import NOT_FOUND, job_get, job_result_file
from danvan.jobs.services import job_cancel

router = Router(tags=["Việc nền"])


class JobOut(Schema):
    id: int
    kind: str
    state: str  # queued, running, done, failed, cancelled
    state_label: str
    unit: str | None
    done: int
    total: int
    percent: int
    message: str
    cancel_requested: bool
    result_lines: list[str]
    result_url: str | None
    page_url: str
    created_at: datetime.datetime
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None


def _visible(user, job_id: int) -> Job:
    try:
        return job_get(user, job_id)
    except Http404:
        raise NotFound(NOT_FOUND)


def job_out(job: Job) -> dict:
    return {
        "id": job.pk,
        "kind": job.kind,
        "state": job.state,
        "state_label": job.get_state_display(),
        "unit": job.unit.code if job.unit_id else None,
        "done": job.done,
        "total": job.total,
        "percent": job.percent,
        "message": job.message,
        "cancel_requested": job.cancel_requested,
        "result_lines": job.result_lines,
        "result_url": reverse("jobs:download", args=[job.pk]) if job_result_file(job) else None,
        "page_url": reverse("jobs:detail", args=[job.pk]),
        "created_at": job.created_at,
        "started_at": job.started_at,
        "finished_at": job.finished_at,
    }


@router.get("/{job_id}", response={200: JobOut, **errors(404)}, summary="Một việc nền")
def jobs_get(request, job_id: int):
    return job_out(_visible(request.auth, job_id))


@router.post("/{job_id}/cancel", response={200: JobOut, **errors(400, 404)}, summary="Huỷ việc nền")
def jobs_cancel(request, job_id: int):
    job = job_cancel(job=_visible(request.auth, job_id))
    return job_out(_visible(request.auth, job.pk))
