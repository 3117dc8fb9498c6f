"""Pages of the checker: upload and check, check a workflow report, import legacy reports."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET

from danvan.accounts.access import access_home_unit, access_register_units
from danvan.checker.engine import check_file, check_text
from danvan.checker.forms import CheckForm, LegacyUploadForm
from danvan.checker.jobs import checker_is_large, checker_job_start
from danvan.checker.legacy import proposals
from danvan.checker.reading import ReadError
from danvan.checker.render import (
    KIND_LABELS,
    SEVERITY_CLASSES,
    SEVERITY_LABELS,
    finding_anchor,
    highlighted,
    rule_title,
)
from danvan.checker.selectors import legacy_values_list, report_for_check
from danvan.checker.services import LegacyRow, indicator_choices, legacy_values_confirm
from danvan.core.errors import DomainError
from danvan.orgunits.selectors import orgunit_name_as_of

EMPTY_REPORT = "Báo cáo chưa có nội dung để kiểm tra."
REPORT_NOT_FOUND = "Không tìm thấy báo cáo, hoặc bạn không có quyền xem báo cáo này."
SAVED = "Đã lưu {count} số liệu lịch sử của {unit} cho kỳ {period}."


def _outcome(name, data):
    try:
        return {"name": name, "result": check_file(name, data), "error": None}
    except ReadError as error:
        return {"name": name, "result": None, "error": error.message}


def _present(outcomes):
    """Add what the template shows: the highlighted text and each finding's anchor."""
    for number, outcome in enumerate(outcomes, start=1):
        result = outcome["result"]
        outcome["number"] = number
        if result is None:
            continue
        prefix = f"t{number}-"
        outcome["html"] = highlighted(result.text, result.findings, prefix)
        outcome["figures"] = [(f, KIND_LABELS[f.kind]) for f in result.figures]
        outcome["findings"] = [
            {
                "finding": finding,
                "anchor": finding_anchor(index, prefix),
                "severity": SEVERITY_LABELS[finding.severity],
                "css": SEVERITY_CLASSES[finding.severity],
                "title": rule_title(finding.rule),
            }
            for index, finding in enumerate(result.findings)
        ]
    return outcomes


@login_required
def check(request):
    form = CheckForm(request.POST or None, request.FILES or None)
    outcomes = []
    if request.method == "POST" and form.is_valid():
        uploads = form.cleaned_data["files"]
        if checker_is_large(uploads):  # in the job worker, the page shows its progress
            return redirect(checker_job_start(user=request.user, uploads=uploads))
        outcomes = [_outcome(upload.name, upload.read()) for upload in uploads]
    return render(request, "checker/check.html", {"form": form, "outcomes": _present(outcomes)})


@login_required
@require_GET
def report_check(request, report_id: int):
    found = report_for_check(request.user, report_id)
    if found is None:
        raise Http404(REPORT_NOT_FOUND)
    report, text = found
    # The unit's name when the report was requested: a 2021 report keeps its 2021 name.
    unit_name = orgunit_name_as_of(report.unit, report.request.issued_on)
    outcome = {"name": f"Báo cáo của {unit_name}", "result": None, "error": None}
    if not text.strip():
        outcome["error"] = EMPTY_REPORT
    else:
        try:
            outcome["result"] = check_text(text)
        except ReadError as error:
            outcome["error"] = error.message
    context = {"report": report, "unit_name": unit_name, "outcomes": _present([outcome])}
    return render(request, "checker/report.html", context)


@login_required
def legacy(request):
    units = access_register_units(request.user)
    step = request.POST.get("buoc", "")
    context = {"units_exist": units.exists(), "choices": indicator_choices(), "rows": []}
    if request.method == "POST" and step == "xac-nhan":
        unit = get_object_or_404(units, pk=request.POST.get("unit") or 0)
        period = request.POST.get("period", "")
        source = request.POST.get("source_name", "")
        picked = request.POST.getlist("chon")
        rows = [
            LegacyRow(request.POST.get(f"ma_{i}", ""), request.POST.get(f"gia_tri_{i}", ""))
            for i in picked
        ]
        try:
            saved = legacy_values_confirm(
                user=request.user, unit=unit, period=period, rows=rows, source_name=source
            )
        except DomainError as error:
            context.update(
                error=error.message,
                rows=_rows_from_post(request),
                unit=unit,
                period=period,
                source_name=source,
                form=LegacyUploadForm(units=units),
            )
            return render(request, "checker/legacy.html", context, status=400)
        messages.success(
            request, SAVED.format(count=len(saved), unit=unit.name, period=saved[0].period_code)
        )
        return redirect(f"{request.path}?don_vi={unit.code}")
    home = access_home_unit(request.user, units)
    form = LegacyUploadForm(
        request.POST if step == "doc" else None,
        request.FILES if step == "doc" else None,
        units=units,
        initial={"unit": home.pk if home else None},
    )
    if step == "doc" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            result = check_file(upload.name, upload.read())
        except ReadError as error:
            form.add_error("file", error.message)
        else:
            context.update(
                rows=proposals(result),
                unit=form.cleaned_data["unit"],
                period=form.cleaned_data["period"].strip(),
                source_name=upload.name,
            )
    shown_unit = units.filter(code=request.GET.get("don_vi", "")).first()
    context.update(
        form=form,
        stored=legacy_values_list([shown_unit] if shown_unit else units)[:500],
    )
    return render(request, "checker/legacy.html", context)


def _rows_from_post(request):
    rows, index = [], 0
    picked = set(request.POST.getlist("chon"))
    while f"gia_tri_{index}" in request.POST:
        rows.append(
            {
                "index": index,
                "code": request.POST.get(f"ma_{index}", ""),
                "value": request.POST.get(f"gia_tri_{index}", ""),
                "sentence": request.POST.get(f"cau_{index}", ""),
                "checked": str(index) in picked,
            }
        )
        index += 1
    return rows
