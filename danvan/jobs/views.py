"""The job page: progress polled by htmx, «Huỷ», the result to download."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.core.errors import DomainError
from danvan.jobs.registry import job_kind
from danvan.jobs.selectors import job_get, job_result_file
from danvan.jobs.services import job_cancel

NO_RESULT = "Việc này không có tệp kết quả (chưa xong, hoặc không thành công)."


def _context(job) -> dict:
    try:
        kind = job_kind(job.kind)
    except LookupError:
        kind = None
    back = kind.back(job) if kind is not None and kind.back is not None else None
    return {"job": job, "kind_label": kind.label if kind else job.kind, "back": back}


@login_required
def job_page(request, pk):
    job = job_get(request.user, pk)
    return render(request, "jobs/job.html", _context(job))


@login_required
def job_progress_fragment(request, pk):
    """What htmx polls every second while the job runs (the fragment stops polling itself
    once the job has finished)."""
    job = job_get(request.user, pk)
    return render(request, "jobs/_progress.html", _context(job))


@require_POST
@login_required
def job_cancel_view(request, pk):
    job = job_get(request.user, pk)
    try:
        job_cancel(job=job)
    except DomainError as error:
        messages.error(request, error.message)
    if request.htmx:
        return render(request, "jobs/_progress.html", _context(job_get(request.user, pk)))
    return redirect("jobs:detail", pk=pk)


@login_required
def job_download(request, pk):
    job = job_get(request.user, pk)
    path = job_result_file(job)
    if path is None:
        raise Http404(NO_RESULT)
    content_type = job.params.get("content_type", "application/octet-stream")
    return FileResponse(
        path.open("rb"), as_attachment=True, filename=job.result_name, content_type=content_type
    )
