from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.accounts.access import access_unit, access_units
from danvan.accounts.models import Role
from danvan.core.errors import DomainError
from danvan.reporting import services
from danvan.reporting.forms import ReportForm, RequestForm
from danvan.reporting.models import OUTLINE
from danvan.reporting.selectors import report_visible, request_completeness, requests_visible

NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


def _request(request, pk):
    found = requests_visible(request.user).filter(pk=pk).first()
    if found is None:
        raise Http404(NOT_FOUND)
    return found


def _report(request, pk):
    found = report_visible(request.user, pk)
    if found is None:
        raise Http404(NOT_FOUND)
    return found


@login_required
def request_list(request):
    can_issue = access_units(request.user, roles=[Role.TONG_HOP]).exists()
    return render(
        request,
        "reporting/list.html",
        {"requests": requests_visible(request.user), "can_issue": can_issue},
    )


@login_required
def request_create(request):
    scope = access_units(request.user, roles=[Role.TONG_HOP]).filter(valid_to__isnull=True)
    if not scope.exists():
        raise PermissionDenied(services.NOT_AGGREGATOR)
    form = RequestForm(request.POST or None, issuers=scope, units=scope.order_by("path"))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            created = services.request_issue(
                user=request.user,
                issuer=scope.get(code=data["issuer"]),
                number=data["number"],
                symbol=data["symbol"],
                issued_on=data["issued_on"],
                subject=data["subject"],
                period=data["period"],
                deadline=data["deadline"],
                targets=list(scope.filter(code__in=data["targets"])),
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, f"Đã phát hành {created.reference}.")
            return redirect("reporting:detail", pk=created.pk)
    return render(request, "reporting/create.html", {"form": form})


@login_required
def request_detail(request, pk):
    found = _request(request, pk)
    visible = access_units(request.user)
    completeness = request_completeness(found, units=visible)
    reports = {
        r.unit.code: r
        for r in found.reports.select_related("unit")
        if visible.filter(pk=r.unit_id).exists()
    }
    keepers = set(
        access_units(request.user, roles=[Role.CHUYEN_VIEN, Role.LANH_DAO]).values_list(
            "code", flat=True
        )
    )
    rows = [
        {"row": row, "report": reports.get(row.unit_code), "can_open": row.unit_code in keepers}
        for row in completeness.units
    ]
    return render(
        request,
        "reporting/detail.html",
        {"found": found, "completeness": completeness, "rows": rows},
    )


@require_POST
@login_required
def report_open(request, pk, unit_code):
    found = _request(request, pk)
    unit = access_unit(request.user, unit_code)
    try:
        report = services.report_open(user=request.user, request=found, unit=unit)
    except DomainError as error:
        raise PermissionDenied(error.message)
    return redirect("reporting:report", report_id=report.pk)


@login_required
def report_edit(request, report_id):
    report = _report(request, report_id)
    initial = {
        "version": report.version,
        **{f"section_{key}": report.sections.get(key, "") for key, _ in OUTLINE},
    }
    form = ReportForm(request.POST or None, initial=initial)
    theirs = None
    if request.method == "POST" and form.is_valid():
        try:
            report = services.report_save(
                user=request.user,
                report=report,
                expected_version=form.cleaned_data["version"],
                sections=form.sections(),
            )
        except services.ConcurrentEdit as error:
            form.add_error(None, error.message)  # the user's own text stays in the form
            theirs = [
                (f"{key}. {title}", error.current.sections.get(key, "")) for key, title in OUTLINE
            ]
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, "Đã lưu báo cáo.")
            return redirect("reporting:report", report_id=report.pk)
    context = {
        "report": report,
        "form": form,
        "theirs": theirs,
        "transitions": report.transitions.select_related("by"),
    }
    return render(request, "reporting/report.html", context)


@require_POST
@login_required
def report_transition(request, report_id, action):
    report = _report(request, report_id)
    try:
        if action == "gui":
            services.report_submit(user=request.user, report=report)
        elif action == "tra-lai":
            services.report_review(
                user=request.user,
                report=report,
                accept=False,
                comment=request.POST.get("comment", ""),
            )
        elif action == "tiep-nhan":
            services.report_review(user=request.user, report=report, accept=True)
        else:
            raise Http404(NOT_FOUND)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã cập nhật tình trạng báo cáo.")
    return redirect("reporting:report", report_id=report.pk)
