"""Pages of the plans (/ke-hoach/): thin views over plans.selectors and plans.services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.access import access_home_unit, access_units
from danvan.accounts.models import Role
from danvan.calendars.selectors import calendar_current
from danvan.core.errors import DomainError
from danvan.deadlines.models import Evidence, ProgressNote
from danvan.deadlines.selectors import deadline_when
from danvan.deadlines.status import State
from danvan.indicators.models import FormVersion
from danvan.orgunits.selectors import orgunit_active, orgunit_name_as_of
from danvan.plans import services
from danvan.plans.forms import (
    CancelForm,
    CopyForm,
    ItemForm,
    PlanFilter,
    PlanForm,
    ProgressForm,
    item_initial,
    plan_initial,
)
from danvan.plans.models import Output, PlanItem, PlanStatus
from danvan.plans.selectors import (
    dvk_targets,
    plan_item_co_units,
    plan_items,
    plan_visible,
    plan_years,
    plans_filtered,
)

NOT_FOUND = "Không tìm thấy kế hoạch, hoặc bạn không có quyền xem."
PANEL = "deadlines/_panel.html"


def _keeper_units(user):
    roles = [Role.CHUYEN_VIEN, Role.LANH_DAO]
    return orgunit_active(access_units(user, roles=roles)).order_by("path")


def _plan(request, plan_id):
    plan = plan_visible(request.user, plan_id)
    if plan is None:
        raise Http404(NOT_FOUND)
    return plan


def _item(request, plan_id, item_id) -> PlanItem:
    plan = _plan(request, plan_id)
    item = plan_items(plan).filter(pk=item_id).first()
    if item is None:
        raise Http404(NOT_FOUND)
    return item


def _days_text(item, today, calendar) -> str:
    if item.due_on is None or not item.is_open:
        return ""
    return deadline_when(*calendar.days_left(item.due_on, today), item.due_on, today)


def _rows(plan, today):
    calendar = calendar_current()
    items = list(plan_items(plan))
    kind = ContentType.objects.get_for_model(PlanItem)
    evidence = dict(
        Evidence.objects.filter(content_type=kind, object_id__in=[i.pk for i in items])
        .values("object_id")
        .annotate(n=Count("pk"))
        .values_list("object_id", "n")
    )
    return [
        {
            "item": item,
            "co_units": plan_item_co_units(item, today),
            "status": item.status_on(today),
            "days": _days_text(item, today, calendar),
            "evidence": evidence.get(item.pk, 0),
        }
        for item in items
    ]


def _item_form(request, plan, data=None, initial=None):
    return ItemForm(
        data,
        initial=initial,
        units=services.plan_item_units(request.user, plan),
        form_versions=FormVersion.objects.select_related("form").order_by("form__code", "number"),
        prefix="nv",
    )


@login_required
def plan_list(request):
    filters = PlanFilter(request.GET or None)
    year = status = None
    if filters.is_valid():
        year, status = filters.cleaned_data.get("nam"), filters.cleaned_data.get("tinh_trang")
    context = {
        "plans": plans_filtered(request.user, year=year, status=status or ""),
        "filters": filters,
        "years": plan_years(request.user),
        "can_create": _keeper_units(request.user).exists(),
    }
    return render(request, "plans/list.html", context)


@login_required
def plan_create(request):
    units = _keeper_units(request.user)
    if not units.exists():
        raise PermissionDenied(services.NOT_A_KEEPER)
    home = access_home_unit(request.user, units)
    form = PlanForm(request.POST or None, units=units, initial={"unit": home.code if home else ""})
    if request.method == "POST" and form.is_valid():
        try:
            plan = services.plan_create(
                user=request.user,
                unit=units.get(code=form.cleaned_data["unit"]),
                sections=form.sections(),
                **form.details(),
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, "Đã tạo kế hoạch.")
            return redirect("plans:detail", plan_id=plan.pk)
    return render(request, "plans/edit.html", {"form": form, "plan": None})


@login_required
def plan_detail(request, plan_id):
    plan = _plan(request, plan_id)
    editable = plan.status != PlanStatus.HUY and services.plan_can_write(request.user, plan)
    form = PlanForm(
        request.POST or None,
        initial=plan_initial(plan),
        units=[plan.unit],
        locked_unit=True,
        implements_rows=len(plan.implements or []),
    )
    if request.method == "POST":
        if not editable:
            raise PermissionDenied(services.NOT_A_KEEPER)
        if form.is_valid():
            try:
                services.plan_save(
                    user=request.user,
                    plan=plan,
                    expected_version=form.cleaned_data["version"] or 0,
                    sections=form.sections(),
                    **form.details(),
                )
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, "Đã lưu kế hoạch.")
                return redirect("plans:detail", plan_id=plan.pk)
    today = timezone.localdate()
    context = {
        "plan": plan,
        "unit_name": orgunit_name_as_of(plan.unit, plan.issued_on or today),
        "form": form,
        "item_form": _item_form(request, plan) if editable else None,
        "copy_form": CopyForm(initial={"year": (plan.year or today.year) + 1}),
        "cancel_form": CancelForm(),
        "editable": editable,
        "rows": _rows(plan, today),
        "implements": [services.implements_text(row) for row in plan.implements or []],
        "download_formats": [("docx", "Tải Word (.docx)"), ("pdf", "Tải PDF")],
        "today": today,
    }
    return render(request, "plans/edit.html", context)


@require_POST
@login_required
def plan_cancel(request, plan_id):
    plan = _plan(request, plan_id)
    form = CancelForm(request.POST)
    try:
        services.plan_cancel(
            user=request.user,
            plan=plan,
            reason=form.data.get("reason", ""),
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã hủy kế hoạch.")
    return redirect("plans:detail", plan_id=plan.pk)


@require_POST
@login_required
def plan_copy(request, plan_id):
    plan = _plan(request, plan_id)
    form = CopyForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Năm sao chép không hợp lệ (từ 2000 đến 2100).")
        return redirect("plans:detail", plan_id=plan.pk)
    try:
        copy = services.plan_copy(user=request.user, plan=plan, year=form.cleaned_data["year"])
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("plans:detail", plan_id=plan.pk)
    messages.success(
        request,
        f"Đã sao chép kế hoạch sang năm {copy.year} (dự thảo, {copy.items.count()} nhiệm vụ).",
    )
    return redirect("plans:detail", plan_id=copy.pk)


@require_POST
@login_required
def item_add(request, plan_id):
    plan = _plan(request, plan_id)
    form = _item_form(request, plan, request.POST)
    if form.is_valid():
        data = form.values()
        if not data.get("number"):
            data.pop("number")
        try:
            item = services.plan_item_add(user=request.user, plan=plan, **data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, f"Đã thêm nhiệm vụ {item.number}.")
            return redirect("plans:detail", plan_id=plan.pk)
    # The user's text stays: the plan page again, with the item form and its errors.
    today = timezone.localdate()
    editable = services.plan_can_write(request.user, plan)
    context = {
        "plan": plan,
        "unit_name": orgunit_name_as_of(plan.unit, plan.issued_on or today),
        "form": PlanForm(
            initial=plan_initial(plan),
            units=[plan.unit],
            locked_unit=True,
            implements_rows=len(plan.implements or []),
        ),
        "item_form": form,
        "copy_form": CopyForm(initial={"year": (plan.year or today.year) + 1}),
        "cancel_form": CancelForm(),
        "editable": editable,
        "rows": _rows(plan, today),
        "implements": [services.implements_text(row) for row in plan.implements or []],
        "download_formats": [("docx", "Tải Word (.docx)"), ("pdf", "Tải PDF")],
        "today": today,
    }
    return render(request, "plans/edit.html", context, status=200 if editable else 403)


def _panel_available() -> bool:
    """The plan item page keeps its own progress form (progress, completion with the user's
    date, notes, evidence links): the engine's generic panel is not shown there yet, so one
    page has one form for it."""
    return False


BAD_YEAR = "Năm «{value}» không hợp lệ; nhập năm như 2023."


def _item_dvk_targets(user, item: PlanItem) -> list | None:
    """A «mô hình» item with a target: where its units stand (the units the user may see)."""
    if item.output != Output.MO_HINH or not item.target_value or not item.plan.year:
        return None
    return dvk_targets(item.plan.year, access_units(user), items=[item])


@login_required
def dvk_targets_page(request):
    """/mo-hinh-dan-van-kheo/chi-tieu/?nam=2023: per unit the user may see, the year's model
    target from the plans, the models identified, registered, recognised, met or not."""
    year, error = timezone.localdate().year, ""
    raw = (request.GET.get("nam") or "").strip()
    if raw:
        if raw.isdigit() and 1990 <= int(raw) <= 2100:
            year = int(raw)
        else:
            error = BAD_YEAR.format(value=raw)
    context = {
        "year": year,
        "error": error,
        "targets": dvk_targets(year, access_units(request.user)),
    }
    return render(request, "plans/dvk_targets.html", context)


@login_required
def item_detail(request, plan_id, item_id):
    item = _item(request, plan_id, item_id)
    plan = item.plan
    editable = (
        plan.status != PlanStatus.HUY
        and item.state != State.HUY
        and services.plan_can_write(request.user, plan)
    )
    form = _item_form(
        request, plan, request.POST if request.method == "POST" else None, item_initial(item)
    )
    if request.method == "POST":
        if not editable:
            raise PermissionDenied(services.NOT_A_KEEPER)
        if form.is_valid():
            try:
                services.plan_item_edit(user=request.user, item=item, **form.values())
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, f"Đã lưu nhiệm vụ {item.number}.")
                return redirect("plans:item", plan_id=plan.pk, item_id=item.pk)
    today = timezone.localdate()
    kind = ContentType.objects.get_for_model(PlanItem)
    context = {
        "plan": plan,
        "item": item,
        "form": form,
        "editable": editable,
        "can_change": item.state != State.HUY and services.plan_item_can_change(request.user, item),
        "status": item.status_on(today),
        "days": _days_text(item, today, calendar_current()),
        "co_units": plan_item_co_units(item, today),
        "lead_days": services.lead_days_of(item),
        "progress_form": ProgressForm(initial={"state": item.state, "done_on": today}),
        "cancel_form": CancelForm(),
        "notes": ProgressNote.objects.filter(content_type=kind, object_id=item.pk),
        "evidence": Evidence.objects.filter(content_type=kind, object_id=item.pk),
        "panel": _panel_available(),
        "kind_name": "plans.item",
        "today": today,
        "dvk_targets": _item_dvk_targets(request.user, item),
    }
    return render(request, "plans/item.html", context)


@require_POST
@login_required
def item_progress(request, plan_id, item_id):
    item = _item(request, plan_id, item_id)
    form = ProgressForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return redirect("plans:item", plan_id=item.plan_id, item_id=item.pk)
    state, note = form.cleaned_data["state"], form.cleaned_data["note"] or ""
    try:
        if state == State.HOAN_THANH:
            services.deadline_complete(request.user, item, form.cleaned_data["done_on"], note)
        else:
            services.deadline_progress(request.user, item, state, note, timezone.localdate())
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã cập nhật tiến độ nhiệm vụ.")
    return redirect("plans:item", plan_id=item.plan_id, item_id=item.pk)


@require_POST
@login_required
def item_cancel(request, plan_id, item_id):
    item = _item(request, plan_id, item_id)
    try:
        services.plan_item_cancel(
            user=request.user, item=item, reason=request.POST.get("reason", "")
        )
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"Đã hủy nhiệm vụ {item.number}.")
    return redirect("plans:item", plan_id=item.plan_id, item_id=item.pk)
