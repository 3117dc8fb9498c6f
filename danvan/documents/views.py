"""Downloads: the same documents as `danvan render` and the API, each behind the access gate
of what it shows."""

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render

from danvan.core.dates import parse_date
from danvan.core.errors import DomainError, error_status
from danvan.documents import render as documents
from danvan.documents.jobs import pdf_job_start
from danvan.indicators.selectors import indicators_scope
from danvan.inspections.selectors import (
    inspection_recommendations,
    inspection_visible,
    remediation_recommendations,
)
from danvan.plans.selectors import plan_visible
from danvan.reporting.selectors import consolidation_visible, report_visible, requests_visible

NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


def file_response(rendered: documents.Rendered) -> HttpResponse:
    response = HttpResponse(rendered.content, content_type=rendered.content_type)
    response["Content-Disposition"] = f'attachment; filename="{rendered.filename}"'
    return response


def _deliver(request, make):
    try:
        return file_response(make())
    except DomainError as error:
        status = error_status(error)  # the same status as the API gives
        return render(request, "documents/error.html", {"message": error.message}, status=status)


def _pdf_job(request, **source):
    """«Tải PDF»: the job page, or the refusal (no LibreOffice) as the page shows errors."""
    try:
        return redirect(pdf_job_start(user=request.user, **source))
    except DomainError as error:
        status = error_status(error)
        return render(request, "documents/error.html", {"message": error.message}, status=status)


@login_required
def report_file(request, report_id, fmt):

    report = report_visible(request.user, report_id)
    if report is None:
        raise Http404(NOT_FOUND)
    if fmt == "pdf":  # LibreOffice runs in the job worker, not in the request
        return _pdf_job(request, what="report", obj=report, pk=report.pk)
    return _deliver(request, lambda: documents.render_report(report, fmt))


@login_required
def consolidation_file(request, request_id, fmt):

    found = requests_visible(request.user).filter(pk=request_id).first()
    if found is None:
        raise Http404(NOT_FOUND)
    allowed, consolidation = consolidation_visible(request.user, found)
    if not allowed or consolidation is None:
        raise Http404(NOT_FOUND)
    if fmt == "pdf":
        return _pdf_job(request, what="consolidation", obj=consolidation, pk=found.pk)
    return _deliver(request, lambda: documents.render_consolidation(consolidation, fmt))


@login_required
def appendix_file(request, fmt):

    try:
        scope = indicators_scope(
            request.user,
            request.GET.get("don_vi", ""),
            request.GET.get("ky", ""),
            subtree=request.GET.get("cap_duoi") in ("on", "1", "true"),
            start=parse_date(request.GET.get("tu", "")),
            end=parse_date(request.GET.get("den", "")),
        )
    except (DomainError, ValueError) as error:
        message = getattr(error, "message", None) or str(error)
        return render(request, "documents/error.html", {"message": message}, status=400)
    return _deliver(request, lambda: documents.render_appendix(scope, fmt))


@login_required
def plan_file(request, plan_id, fmt):

    plan = plan_visible(request.user, plan_id)
    if plan is None:
        raise Http404(NOT_FOUND)
    if fmt == "pdf":
        return _pdf_job(request, what="plan", obj=plan, pk=plan.pk)
    return _deliver(request, lambda: documents.render_plan(plan, fmt))


# --- Inspections: the conclusion notice (both sides read it) and the remediation report -----


@login_required
def inspection_notice_file(request, inspection_id, fmt):

    inspection = inspection_visible(request.user, inspection_id)
    recommendations = inspection_recommendations(inspection)
    return _deliver(
        request,
        lambda: documents.render_inspection_notice(inspection, recommendations, fmt),
    )


@login_required
def remediation_report_file(request, inspection_id, fmt):
    """The remediation report of one inspected unit (``?don_vi=CODE``; without it, the first
    unit whose recommendations the user sees)."""

    inspection = inspection_visible(request.user, inspection_id)
    records = remediation_recommendations(request.user, inspection, request.GET.get("don_vi", ""))
    if not records:
        raise Http404(NOT_FOUND)
    unit = records[0].unit
    return _deliver(
        request,
        lambda: documents.render_remediation_report(inspection, unit, records, fmt),
    )


@login_required
def proposal_file(request, proposal_id, fmt):
    """The proposal (tờ trình đề nghị khen thưởng) with its appendix."""
    from danvan.commendations.selectors import access_proposals

    proposal = access_proposals(request.user).filter(pk=proposal_id).first()
    if proposal is None:
        raise Http404(NOT_FOUND)
    return _deliver(request, lambda: documents.render_proposal(proposal, fmt))
