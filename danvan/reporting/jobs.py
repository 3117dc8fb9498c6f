"""A large consolidation as a background job (decision 0042): «Tổng hợp» over more than
DANVAN_CONSOLIDATION_BACKGROUND_REPORTS unit reports runs in the job worker, with the same
service, for the same user (its rights read again when it runs); a cancellation stops it at
the next report and rolls back (the service is one transaction)."""

from django.conf import settings
from django.urls import reverse

from danvan.core.errors import NotFound
from danvan.core.numbers import format_number
from danvan.jobs.registry import JobOutcome, job_kind_register
from danvan.jobs.services import job_start
from danvan.reporting import services
from danvan.reporting.consolidation import consolidation_reports
from danvan.reporting.selectors import requests_visible

KIND = "reporting.consolidate"
LABEL = "Tổng hợp báo cáo của các đơn vị"
GONE = "Không còn tìm thấy yêu cầu báo cáo này, hoặc bạn không còn quyền xem."
DONE = "Đã tổng hợp số liệu và nội dung báo cáo của {count} đơn vị."


def consolidation_is_large(request, include_submitted: bool) -> bool:
    count = len(consolidation_reports(request, include_submitted))
    return count > settings.DANVAN_CONSOLIDATION_BACKGROUND_REPORTS


def consolidation_job_start(*, user, request, include_submitted: bool, reset_text: bool) -> str:
    job = job_start(
        kind=KIND,
        user=user,
        unit=request.issuer,
        params={
            "request": request.pk,
            "include_submitted": include_submitted,
            "reset_text": reset_text,
        },
    )
    return reverse("jobs:detail", args=[job.pk])


def consolidation_job_run(job, data) -> JobOutcome:
    found = requests_visible(job.user).filter(pk=job.params["request"]).first()
    if found is None:
        raise NotFound(GONE)
    consolidation = services.consolidation_build(
        user=job.user,
        request=found,
        include_submitted=job.params.get("include_submitted", False),
        reset_text=job.params.get("reset_text", False),
    )
    count = len(consolidation.figures.get("reports", []))
    return JobOutcome(lines=[DONE.format(count=format_number(count))])


def _back(job):
    pk = job.params.get("request")
    return (reverse("reporting:consolidation", args=[pk]), "Báo cáo tổng hợp") if pk else None


def reporting_jobs_register() -> None:
    job_kind_register(KIND, LABEL, consolidation_job_run, back=_back)
