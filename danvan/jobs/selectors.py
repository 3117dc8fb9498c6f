"""Reads of jobs, through the access gate: a user sees the jobs of the units their roles cover;
a job about no unit (a check of uploaded files by someone with several units) only its own
user and superusers see, one nobody started (the daily reminders) only superusers."""

from django.db.models import Q, QuerySet
from django.http import Http404

from danvan.accounts.access import access_units
from danvan.jobs import files
from danvan.jobs.models import Job

NOT_FOUND = "Không tìm thấy việc nền này, hoặc bạn không có quyền xem."


def job_list(user) -> QuerySet[Job]:
    if user is None or not user.is_authenticated or not user.is_active:
        return Job.objects.none()
    if user.is_superuser:
        return Job.objects.all()
    return Job.objects.filter(Q(unit__in=access_units(user)) | Q(unit__isnull=True, user=user))


def job_get(user, job_id: int) -> Job:
    """One job the user may see, its live progress read in; 404 otherwise (the same answer
    for a job that does not exist and for another unit's)."""
    job = job_list(user).select_related("unit", "user").filter(pk=job_id).first()
    if job is None:
        raise Http404(NOT_FOUND)
    if job.state == Job.State.RUNNING:
        live = files.progress_read(job.pk)
        if live:
            job.done, job.total = live["done"], live["total"]
            job.message = job.message if job.cancel_requested else live["message"] or job.message
    return job


def job_result_file(job: Job):
    """The path of a finished job's result, or None."""
    path = files.result_path(job.pk)
    if not job.finished or not job.result_name or not path.exists():
        return None
    return path
