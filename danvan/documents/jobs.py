"""PDF conversions as background jobs (decision 0042): «Tải PDF» on a page starts a job and
shows its page; the worker finds the document again through the same access selectors, for
the same user, and converts it under the server's LibreOffice slot cap (documents/pdf.py).
The DOCX, XLSX and the API's PDF stay immediate (the API's conversion holds a slot too)."""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse

from danvan.core.errors import Unavailable
from danvan.documents import render as documents
from danvan.documents.pdf import NO_LIBREOFFICE, soffice
from danvan.jobs.registry import JobOutcome, job_kind_register
from danvan.jobs.services import job_start
from danvan.plans.selectors import plan_visible
from danvan.reporting.selectors import consolidation_visible, report_visible, requests_visible

KIND = "documents.pdf"
LABEL = "Chuyển văn bản sang PDF"
CONVERTING = "Đang chuyển sang PDF bằng LibreOffice…"
DONE = "Đã chuyển xong: {name}."
GONE = "Không còn tìm thấy văn bản này, hoặc bạn không còn quyền xem."


def _report(user, pk):
    return report_visible(user, pk)


def _consolidation(user, pk):
    found = requests_visible(user).filter(pk=pk).first()
    if found is None:
        return None
    allowed, consolidation = consolidation_visible(user, found)
    return consolidation if allowed else None


@dataclass(frozen=True)
class Source:
    find: Callable  # (user, pk) → the object, or None when not visible
    render: Callable  # object → documents.Rendered
    unit: Callable  # object → the unit the job is about
    page: Callable  # object → (url, label) of its page


SOURCES = {
    "report": Source(
        _report,
        lambda report: documents.render_report(report, "pdf"),
        lambda report: report.unit,
        lambda report: (reverse("reporting:report", args=[report.pk]), "Báo cáo"),
    ),
    "consolidation": Source(
        _consolidation,
        lambda consolidation: documents.render_consolidation(consolidation, "pdf"),
        lambda consolidation: consolidation.request.issuer,
        lambda c: (reverse("reporting:consolidation", args=[c.request_id]), "Báo cáo tổng hợp"),
    ),
    "plan": Source(
        plan_visible,
        lambda plan: documents.render_plan(plan, "pdf"),
        lambda plan: plan.unit,
        lambda plan: (reverse("plans:detail", args=[plan.pk]), "Kế hoạch"),
    ),
}


def pdf_job_start(*, what: str, obj, pk: int, user) -> str:
    """Start converting ``obj`` (already checked visible to ``user``); the job page's URL.
    Without LibreOffice on the server the user is told at once (Unavailable), no job starts."""
    if soffice() is None:
        raise Unavailable(NO_LIBREOFFICE)
    source = SOURCES[what]
    job = job_start(
        kind=KIND,
        user=user,
        unit=source.unit(obj),
        params={"what": what, "id": pk},
        message=CONVERTING,
    )
    return reverse("jobs:detail", args=[job.pk])


def pdf_job_run(job, data) -> JobOutcome:
    from danvan.core.errors import NotFound
    from danvan.core.progress import progress_tick

    source = SOURCES[job.params["what"]]
    obj = source.find(job.user, job.params["id"])
    if obj is None:
        raise NotFound(GONE)
    progress_tick(0, 1, CONVERTING)
    rendered = source.render(obj)
    return JobOutcome(
        lines=[DONE.format(name=rendered.filename)],
        file=rendered.content,
        filename=rendered.filename,
        content_type=rendered.content_type,
    )


def _back(job):
    source = SOURCES.get(job.params.get("what", ""))
    obj = source.find(job.user, job.params.get("id")) if source else None
    return source.page(obj) if obj is not None else None


def documents_jobs_register() -> None:
    job_kind_register(KIND, LABEL, pdf_job_run, back=_back)
