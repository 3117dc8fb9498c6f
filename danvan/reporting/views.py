from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.access import (
    access_home_unit,
    access_is_province_admin,
    access_unit,
    access_units,
)
from danvan.core.dates import parse_date
from danvan.core.errors import DomainError
from danvan.indicators.models import Form as IndicatorForm
from danvan.indicators.models import FormVersion
from danvan.orgunits.selectors import orgunit_name_as_of
from danvan.registers.registry import registers
from danvan.reporting import services, type_services
from danvan.reporting.consolidation import consolidation_comparison
from danvan.reporting.diff import report_versions_diff
from danvan.reporting.empty_sections import report_empty_sections
from danvan.reporting.figures import figures_moved, report_appendix, report_form_rows, report_result
from danvan.reporting.forms import (
    ConsolidationForm,
    ReportForm,
    ReportTypeForm,
    RequestForm,
    overrides_from_post,
)
from danvan.reporting.jobs import consolidation_is_large, consolidation_job_start
from danvan.reporting.listings import report_listings
from danvan.reporting.models import ReportRequest, ReportType
from danvan.reporting.outlines import outline_headings, outline_text, request_outline
from danvan.reporting.selectors import (
    completeness_by_subtree,
    consolidation_visible,
    report_previous,
    report_visible,
    request_completeness,
    requests_visible,
)

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
    can_issue = services.can_issue_requests(request.user)
    return render(
        request,
        "reporting/list.html",
        {"requests": requests_visible(request.user), "can_issue": can_issue},
    )


@login_required
def request_create(request):
    if not services.can_issue_requests(request.user):
        raise PermissionDenied(services.NOT_AGGREGATOR)
    scope = services.request_targets_allowed(request.user)
    parents = ReportRequest.objects.filter(targets__unit__in=scope).distinct()
    versions = FormVersion.objects.select_related("form")
    home = access_home_unit(request.user, scope)
    form = RequestForm(
        request.POST or None,
        initial={"issuer": home.code if home else ""},
        issuers=scope,
        units=scope.order_by("path"),
        parents=parents,
        form_versions=versions,
        types=ReportType.objects.filter(active=True),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        window = (data["window_start"], data["window_end"]) if data["window_start"] else None
        try:
            # The same resolver as the API: a closed or foreign unit is refused by name.
            targets = services.request_targets_resolve(request.user, data["targets"])
            created = services.request_issue(
                user=request.user,
                issuer=scope.get(code=data["issuer"]),
                number=data["number"],
                symbol=data["symbol"],
                issued_on=data["issued_on"],
                subject=data["subject"],
                period=data["period"],
                deadline=data["deadline"],
                targets=targets,
                window=window,
                parent=parents.filter(pk=data["parent"]).first() if data["parent"] else None,
                form_version=versions.filter(pk=data["form_version"]).first()
                if data["form_version"]
                else None,
                report_type=data["report_type"] or None,
                remind_days_before=data["remind_days_before"],
                remind_on_day=data["remind_on_day"],
                remind_days_after=data["remind_days_after"],
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
        r.unit.code: r for r in found.reports.filter(unit__in=visible).select_related("unit")
    }
    keepers = services.report_keeper_codes(request.user)
    rows = [
        {"row": row, "report": reports.get(row.unit_code), "can_open": row.unit_code in keepers}
        for row in completeness.units
    ]
    can_consolidate, consolidation = consolidation_visible(request.user, found)
    is_aggregator = services.can_manage_request(request.user, found)
    context = {
        "found": found,
        "issuer_name": orgunit_name_as_of(found.issuer, found.issued_on),
        "overdue": completeness.overdue if found.deadline < timezone.localdate() else [],
        "completeness": completeness,
        "subtrees": completeness_by_subtree(found, completeness),
        "rows": rows,
        "can_consolidate": can_consolidate,
        "consolidation": consolidation,
        "is_aggregator": is_aggregator,
        "deadline_changes": found.deadline_changes.select_related("by"),
    }
    return render(request, "reporting/detail.html", context)


@require_POST
@login_required
def request_remind(request, pk):
    found = _request(request, pk)
    try:
        count = services.request_remind_overdue(user=request.user, request=found)
    except DomainError as error:
        raise PermissionDenied(error.message)
    if count:
        messages.success(request, f"Đã nhắc {count} đơn vị chưa gửi báo cáo.")
    else:
        messages.info(request, "Không còn đơn vị nào cần nhắc (hoặc đã nhắc hôm nay).")
    return redirect("reporting:detail", pk=found.pk)


@require_POST
@login_required
def request_amend(request, pk):

    found = _request(request, pk)
    try:
        deadline = parse_date(request.POST.get("deadline", ""))
        if deadline is None:
            raise DomainError("Nhập hạn mới theo dạng ngày/tháng/năm, ví dụ 15/11/2021.")
        services.request_amend_deadline(
            user=request.user,
            request=found,
            deadline=deadline,
            reason=request.POST.get("reason", ""),
        )
    except (DomainError, ValueError) as error:
        messages.error(request, getattr(error, "message", str(error)))
    else:
        messages.success(request, "Đã đổi hạn gửi báo cáo và thông báo cho các đơn vị.")
    return redirect("reporting:detail", pk=found.pk)


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


def _report_initial(report) -> dict:
    return {
        "version": report.version,
        **{
            f"section_{h.slug}": report.sections.get(h.key, "")
            for h in request_outline(report.request)
        },
        **{name: getattr(report, name) for name in services.EDITABLE_DETAILS},
    }


@login_required
def report_edit(request, report_id):
    report = _report(request, report_id)
    actions = services.report_actions(user=request.user, report=report)
    editable = services.Action.SAVE in actions
    data = request.POST if request.method == "POST" else None
    headings = request_outline(report.request)
    form = ReportForm(data, initial=_report_initial(report), locked=not editable, headings=headings)
    theirs = None
    posted_overrides = overrides_from_post(request.POST) if data else None
    if data is not None and editable and form.is_valid():
        try:
            report = services.report_save(
                user=request.user,
                report=report,
                expected_version=form.cleaned_data["version"],
                sections=form.sections(),
                overrides=posted_overrides,
                **form.details(),
            )
        except services.ConcurrentEdit as error:
            form.add_error(None, error.message)  # the user's own text stays in the form
            theirs = [(h.label, error.report.sections.get(h.key, "")) for h in headings]
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, "Đã lưu báo cáo.")
            return redirect("reporting:report", report_id=report.pk)
    elif data is not None and not editable:
        refused = services.WITH_HEAD if report.is_with_head else services.LOCKED
        form.add_error(None, refused.format(status=report.get_status_display().lower()))
    result = report_result(report)
    rows = report_form_rows(report, result)
    previous = report_previous(report)
    context = {
        "report": report,
        "unit_name": orgunit_name_as_of(report.unit, report.request.issued_on),
        "form": form,
        "theirs": theirs,
        "editable": editable,
        "can_submit": services.Action.SUBMIT in actions,
        "can_review": services.Action.ACCEPT in actions,
        "can_send_to_head": services.Action.SEND_TO_HEAD in actions,
        "can_head_return": services.Action.HEAD_RETURN in actions,
        "can_withdraw": services.Action.WITHDRAW in actions,
        "last_comment": _last_comment(report),
        "appendix": report_appendix(report, result),
        "empty_sections": report_empty_sections(report),
        "listings": report_listings(report),
        "posted_overrides": posted_overrides,
        "moved": figures_moved(report, rows) if not report.is_locked else [],
        "previous": previous,
        "previous_sections": [
            (h.slug, f"id_section_{h.slug}", previous.sections.get(h.key, "")) for h in headings
        ]
        if previous
        else [],
        "transitions": report.transitions.select_related("by"),
        "versions": report.versions.select_related("by").order_by("-number"),
    }
    return render(request, "reporting/report.html", context)


@require_POST
@login_required
def report_refresh(request, report_id):
    report = _report(request, report_id)
    try:
        services.report_refresh_figures(
            user=request.user,
            report=report,
            expected_version=int(request.POST.get("version", "0") or 0),
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã cập nhật số liệu trong nội dung báo cáo theo sổ theo dõi.")
    return redirect("reporting:report", report_id=report.pk)


@login_required
def report_diff(request, report_id):
    report = _report(request, report_id)
    numbers = list(report.versions.order_by("number").values_list("number", flat=True))
    a = b = None
    sections, figures = [], []
    if numbers:
        try:
            a = int(request.GET.get("tu") or numbers[max(0, len(numbers) - 2)])
            b = int(request.GET.get("den") or numbers[-1])
            sections, figures = report_versions_diff(report, a, b)
        except (ValueError, LookupError):
            raise Http404("Không có phiên bản này của báo cáo.")
    context = {
        "report": report,
        "unit_name": orgunit_name_as_of(report.unit, report.request.issued_on),
        "numbers": numbers,
        "a": a,
        "b": b,
        "sections": sections,
        "figures": figures,
    }
    return render(request, "reporting/diff.html", context)


def _last_comment(report):
    """The comment the report was last sent back with (by the aggregator or the head), while
    it is returned or back in draft because of it."""
    last = report.transitions.order_by("-at", "-pk").first()
    if last is None or not last.comment or last.to_status != report.status:
        return None
    if report.status in ("returned", "draft"):
        return last
    return None


TRANSITION_DONE = {
    "gui": "Đã gửi báo cáo tới cơ quan tổng hợp.",
    "trinh-lanh-dao": "Đã trình lãnh đạo. Lãnh đạo đơn vị đã được thông báo.",
    "tra-chuyen-vien": "Đã trả báo cáo về cho chuyên viên sửa.",
    "rut-lai": "Đã rút lại báo cáo để sửa.",
}


@require_POST
@login_required
def report_transition(request, report_id, action):
    report = _report(request, report_id)
    comment = request.POST.get("comment", "")
    try:
        if action == "gui":
            services.report_submit(user=request.user, report=report)
        elif action == "trinh-lanh-dao":
            services.report_send_to_head(user=request.user, report=report, comment=comment)
        elif action == "tra-chuyen-vien":
            services.report_head_return(user=request.user, report=report, comment=comment)
        elif action == "rut-lai":
            services.report_withdraw(user=request.user, report=report)
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
        messages.success(request, TRANSITION_DONE.get(action, "Đã cập nhật tình trạng báo cáo."))
    return redirect("reporting:report", report_id=report.pk)


def _consolidation_context(found, consolidation, form, query=None):
    """``query``: the page's GET — which units to compare (``don_vi``, repeated) and whether
    to show the indicators' codes (``ma=1``; the page's script toggles the same column)."""
    query = query or {}
    chosen = query.getlist("don_vi") if hasattr(query, "getlist") else []
    comparison = (
        consolidation_comparison(consolidation, unit_codes=chosen) if consolidation else None
    )
    return {
        "found": found,
        "issuer_name": orgunit_name_as_of(found.issuer, found.issued_on),
        "consolidation": consolidation,
        "comparison": comparison,
        "chosen": {h.code for h in comparison.heads} if comparison else set(),
        "show_codes": query.get("ma") == "1",
        "form": form,
        "today": timezone.localdate(),
    }


@login_required
def consolidation_page(request, pk):
    found = _request(request, pk)
    allowed, consolidation = consolidation_visible(request.user, found)
    if not allowed:
        raise PermissionDenied(services.NOT_CONSOLIDATOR)
    form = None
    theirs = None
    if consolidation is not None:
        form = ConsolidationForm(
            request.POST or None,
            initial=_report_initial(consolidation),
            headings=request_outline(found),
        )
        if request.method == "POST" and form.is_valid():
            try:
                services.consolidation_save(
                    user=request.user,
                    consolidation=consolidation,
                    expected_version=form.cleaned_data["version"],
                    sections=form.sections(),
                    **form.details(),
                )
            except services.ConsolidationConflict as error:
                form.add_error(None, error.message)
                theirs = error.consolidation.sections
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, "Đã lưu báo cáo tổng hợp.")
                return redirect("reporting:consolidation", pk=found.pk)
    context = _consolidation_context(found, consolidation, form, request.GET)
    context["theirs"] = theirs
    return render(request, "reporting/consolidation.html", context)


@require_POST
@login_required
def consolidation_build(request, pk):
    found = _request(request, pk)
    include_submitted = request.POST.get("include_submitted") == "1"
    if consolidation_is_large(found, include_submitted):  # in the job worker, with progress
        return redirect(
            consolidation_job_start(
                user=request.user,
                request=found,
                include_submitted=include_submitted,
                reset_text=request.POST.get("reset_text") == "1",
            )
        )
    try:
        services.consolidation_build(
            user=request.user,
            request=found,
            include_submitted=request.POST.get("include_submitted") == "1",
            reset_text=request.POST.get("reset_text") == "1",
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã tổng hợp số liệu và nội dung báo cáo của các đơn vị.")
    return redirect("reporting:consolidation", pk=found.pk)


@require_POST
@login_required
def consolidation_forward(request, pk):
    found = _request(request, pk)
    allowed, consolidation = consolidation_visible(request.user, found)
    if not allowed or consolidation is None:
        raise Http404(NOT_FOUND)
    try:
        report = services.consolidation_forward(user=request.user, consolidation=consolidation)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("reporting:consolidation", pk=found.pk)
    messages.success(request, "Đã chuyển báo cáo tổng hợp thành báo cáo gửi cấp trên.")
    return redirect("reporting:report", report_id=report.pk)


def _type_form(data, *, initial=None, editing=False):
    return ReportTypeForm(
        data,
        initial=initial,
        editing=editing,
        forms_available=IndicatorForm.objects.order_by("code"),
        registers_available=sorted(registers().values(), key=lambda s: s.label),
    )


@login_required
def report_type_list(request):
    """Report types and their versions; province administrators add and edit them."""
    can_change = access_is_province_admin(request.user)
    form = _type_form(request.POST or None) if can_change else None
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied(type_services.NOT_ADMIN)
        if form.is_valid():
            try:
                created = type_services.report_type_create(
                    user=request.user, code=form.cleaned_data["code"], **form.values()
                )
            except DomainError as error:
                form.add_error(None, error.message)  # the typed outline stays
            else:
                messages.success(request, f"Đã thêm loại báo cáo «{created.report_type.name}».")
                return redirect("reporting:type", report_type=created.report_type.code)
    types = ReportType.objects.prefetch_related("versions")
    return render(
        request,
        "reporting/types.html",
        {"types": types, "form": form, "can_change": can_change},
    )


@login_required
def report_type_page(request, report_type):
    kind = ReportType.objects.filter(code=report_type).first()
    if kind is None:
        raise Http404(NOT_FOUND)
    current = kind.versions.order_by("-number").first()
    can_change = access_is_province_admin(request.user)
    initial = {
        "code": kind.code,
        "name": kind.name,
        "document_kind": kind.document_kind,
        "outline_text": outline_text(current.outline if current else []),
        "figures_section": current.figures_section if current else "",
        "form_code": current.form.code if current and current.form_id else "",
        "appendix_registers": [
            e if isinstance(e, str) else e.get("register", "")
            for e in (current.appendix_registers if current else [])
        ],
        "active": kind.active,
    }
    form = _type_form(request.POST or None, initial=initial, editing=True)
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied(type_services.NOT_ADMIN)
        if form.is_valid():
            try:
                new = type_services.report_type_update(
                    user=request.user,
                    report_type=kind,
                    active=form.cleaned_data.get("active", True),
                    **form.values(),
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, f"Đã lưu phiên bản {new.number} của loại báo cáo.")
                return redirect("reporting:type", report_type=kind.code)
    versions = [
        (v, outline_headings(v.outline)) for v in kind.versions.select_related("changed_by", "form")
    ]
    return render(
        request,
        "reporting/type.html",
        {
            "kind": kind,
            "current": current,
            "versions": versions,
            "form": form,
            "can_change": can_change,
        },
    )
