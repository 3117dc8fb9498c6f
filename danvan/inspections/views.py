"""Pages of inspections and recommendations: thin, over the selectors and services."""

import importlib
import mimetypes
import os

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.core.errors import DomainError
from danvan.inspections import forms, services
from danvan.inspections.deadlines import KIND
from danvan.inspections.selectors import (
    NOT_FOUND,
    Side,
    inspection_can_edit,
    inspection_recommendations,
    inspection_visible,
    recommendation_can_manage,
    recommendation_can_report,
    recommendation_visible,
    recommendations_visible,
)
from danvan.inspections.spec import RECOMMENDATIONS
from danvan.orgunits.selectors import orgunit_name_as_of

DOWNLOAD_FORMATS = [("docx", "Tải Word (.docx)"), ("pdf", "Tải PDF")]


def _file_response(field) -> FileResponse:
    if not field:
        raise Http404(NOT_FOUND)
    try:
        handle = field.open("rb")
    except FileNotFoundError:
        raise Http404(NOT_FOUND) from None
    name = os.path.basename(field.name)
    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return FileResponse(handle, as_attachment=True, filename=name, content_type=kind)


def _rows(recommendations, today):
    return [{"rec": rec, "status": rec.status_on(today)} for rec in recommendations]


@login_required
def inspection_detail(request, pk):
    inspection = inspection_visible(request.user, pk)
    today = timezone.localdate()
    recommendations = inspection_recommendations(inspection)
    can_edit = inspection_can_edit(request.user, inspection)
    units = list(inspection.inspected_units.order_by("code"))
    context = {
        "inspection": inspection,
        "unit_name": orgunit_name_as_of(inspection.unit, inspection.held_on),
        "inspected": units,
        "members": [line for line in inspection.members.splitlines() if line.strip()],
        "rows": _rows(recommendations, today),
        "can_edit": can_edit,
        "add_form": forms.RecommendationForm(units=units) if can_edit else None,
        "register_url": reverse("registers:detail", args=["inspections", inspection.pk]),
        "download_formats": DOWNLOAD_FORMATS,
        "report_units": sorted({row.unit for row in recommendations}, key=lambda u: u.code),
    }
    return render(request, "inspections/inspection.html", context)


@login_required
def inspection_edit(request, pk):
    inspection = inspection_visible(request.user, pk)
    if not inspection_can_edit(request.user, inspection):
        raise Http404(NOT_FOUND)
    initial = {
        name: getattr(inspection, name)
        for name in ("leader", "members", "basis", "conclusion_on", "conclusion")
    }
    form = forms.InspectionDetailsForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        values = dict(form.cleaned_data)
        upload = values.pop("conclusion_file", None)
        try:
            services.inspection_details_update(
                user=request.user, inspection=inspection, values=values, upload=upload
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, "Đã lưu thông tin cuộc kiểm tra.")
            return redirect("inspections:detail", pk=inspection.pk)
    context = {"inspection": inspection, "form": form}
    return render(request, "inspections/inspection_edit.html", context)


@login_required
def conclusion_file(request, pk):
    inspection = inspection_visible(request.user, pk)
    return _file_response(inspection.conclusion_file)


@require_POST
@login_required
def recommendation_add(request, pk):
    inspection = inspection_visible(request.user, pk)
    if not inspection_can_edit(request.user, inspection):
        raise Http404(NOT_FOUND)
    units = list(inspection.inspected_units.order_by("code"))
    form = forms.RecommendationForm(request.POST, units=units)
    if form.is_valid():
        values = dict(form.cleaned_data)
        values["unit"] = next(u for u in units if u.code == values["unit"])
        values["inspection"] = inspection
        try:
            rec = services.recommendation_create(user=request.user, values=values)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"Đã thêm kiến nghị «{rec.code}».")
            return redirect("recommendations:detail", pk=rec.pk)
    else:
        for field, errors in form.errors.items():
            label = form.fields[field].label if field in form.fields else ""
            messages.error(request, f"{label}: {' '.join(errors)}" if label else " ".join(errors))
    return redirect("inspections:detail", pk=inspection.pk)


@login_required
def recommendation_list(request):
    side = request.GET.get("vai_tro", "")
    if side not in Side.LABELS:
        side = ""
    today = timezone.localdate()
    records = recommendations_visible(request.user, side=side).order_by("due_on", "code")
    state = request.GET.get("trang_thai", "")
    rows = _rows(records, today)
    if state:
        rows = [row for row in rows if row["status"] == state]
    context = {
        "side": side,
        "sides": Side.LABELS,
        "rows": rows,
        "state": state,
        "spec": RECOMMENDATIONS,
    }
    return render(request, "inspections/recommendation_list.html", context)


def _detail_context(request, rec, **given):
    can_manage = recommendation_can_manage(request.user, rec)
    is_open = rec.state != "hoan_thanh"
    can_report = recommendation_can_report(request.user, rec) and is_open
    can_close = can_manage and is_open
    can_reject = can_close and bool(rec.reported_on and rec.result)
    today = timezone.localdate()
    return {
        "rec": rec,
        "status": rec.status_on(today),
        "evidence": services.recommendation_evidence(rec),
        "can_manage": can_manage,
        "report_form": given.get("report_form")
        or (forms.ReportForm(initial={"reported_on": today}) if can_report else None),
        "close_form": given.get("close_form") or (forms.CloseForm() if can_close else None),
        "reject_form": given.get("reject_form") or (forms.RejectForm() if can_reject else None),
        "deadline_panel": _engine_panel(request, rec),
    }


def _engine_panel(request, rec) -> str:
    """The deadline engine's panel (progress notes, evidence, reminders), once the engine
    provides it (``danvan.deadlines.panel``); nothing before."""
    try:
        panel = importlib.import_module("danvan.deadlines.panel")
    except ImportError:
        return ""
    return panel.deadline_panel(request, rec, KIND)


@login_required
def recommendation_detail(request, pk):
    rec = recommendation_visible(request.user, pk)
    return render(request, "inspections/recommendation.html", _detail_context(request, rec))


def _action(request, pk, form_class, key, act, done):
    rec = recommendation_visible(request.user, pk)
    form = form_class(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            act(rec, form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, done)
            return redirect("recommendations:detail", pk=rec.pk)
    elif request.method != "POST":  # the page itself, its forms empty
        return render(request, "inspections/recommendation.html", _detail_context(request, rec))
    context = _detail_context(request, rec, **{key: form})
    return render(request, "inspections/recommendation.html", context)


@login_required
def recommendation_report_view(request, pk):
    def act(rec, data):
        services.recommendation_report(
            user=request.user,
            recommendation=rec,
            result=data["result"],
            text=data["text"],
            reported_on=data["reported_on"],
            upload=data.get("report_file"),
        )

    return _action(request, pk, forms.ReportForm, "report_form", act, "Đã gửi báo cáo khắc phục.")


@login_required
def recommendation_close_view(request, pk):
    def act(rec, data):
        services.recommendation_close(
            user=request.user,
            recommendation=rec,
            done_on=data["done_on"],
            evidence=data["evidence"],
            upload=data.get("evidence_file"),
        )

    return _action(request, pk, forms.CloseForm, "close_form", act, "Đã đóng kiến nghị.")


@login_required
def recommendation_reject_view(request, pk):
    def act(rec, data):
        services.recommendation_reject(user=request.user, recommendation=rec, reason=data["reason"])

    return _action(
        request, pk, forms.RejectForm, "reject_form", act, "Đã trả lại báo cáo khắc phục."
    )


@login_required
def report_file(request, pk):
    rec = recommendation_visible(request.user, pk)
    return _file_response(rec.report_file)


@login_required
def evidence_file(request, pk, evidence_id):
    rec = recommendation_visible(request.user, pk)
    found = services.recommendation_evidence(rec).filter(pk=evidence_id).first()
    if found is None:
        raise Http404(NOT_FOUND)
    return _file_response(found.file)
