from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.access import access_home_unit, access_units
from danvan.accounts.models import Role
from danvan.core.errors import DomainError
from danvan.orgunits.selectors import orgunit_active, orgunit_name_as_of
from danvan.plans import services
from danvan.plans.forms import ItemForm, PlanForm
from danvan.plans.models import OUTLINE
from danvan.plans.selectors import plan_visible, plans_visible

NOT_FOUND = "Không tìm thấy kế hoạch, hoặc bạn không có quyền xem."


def _keeper_units(user):
    roles = [Role.CHUYEN_VIEN, Role.LANH_DAO]
    return orgunit_active(access_units(user, roles=roles)).order_by("path")


@login_required
def plan_list(request):
    return render(
        request,
        "plans/list.html",
        {"plans": plans_visible(request.user), "can_create": _keeper_units(request.user).exists()},
    )


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
                **{k: v for k, v in form.details().items()},
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, "Đã tạo kế hoạch.")
            return redirect("plans:detail", plan_id=plan.pk)
    return render(request, "plans/edit.html", {"form": form, "plan": None})


@login_required
def plan_detail(request, plan_id):
    plan = plan_visible(request.user, plan_id)
    if plan is None:
        raise Http404(NOT_FOUND)
    editable = _keeper_units(request.user).filter(pk=plan.unit_id).exists()
    initial = {
        "version": plan.version,
        "unit": plan.unit.code,
        **{name: getattr(plan, name) for name in services.EDITABLE},
        **{f"section_{key}": plan.sections.get(key, "") for key, _ in OUTLINE},
    }
    form = PlanForm(request.POST or None, initial=initial, units=[plan.unit], locked_unit=True)
    if request.method == "POST" and editable and form.is_valid():
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
    context = {
        "plan": plan,
        "unit_name": orgunit_name_as_of(plan.unit, plan.issued_on or timezone.localdate()),
        "form": form,
        "item_form": ItemForm(),
        "editable": editable,
        "items": plan.items.all(),
        "download_formats": [("docx", "Tải Word (.docx)"), ("pdf", "Tải PDF")],
        "today": timezone.localdate(),
    }
    return render(request, "plans/edit.html", context)


@require_POST
@login_required
def item_add(request, plan_id):
    plan = plan_visible(request.user, plan_id)
    if plan is None:
        raise Http404(NOT_FOUND)
    form = ItemForm(request.POST)
    if form.is_valid():
        try:
            services.plan_item_add(user=request.user, plan=plan, **form.cleaned_data)
        except DomainError as error:
            messages.error(request, error.message)
    else:
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
    return redirect("plans:detail", plan_id=plan.pk)


@require_POST
@login_required
def item_done(request, plan_id, item_id):
    plan = plan_visible(request.user, plan_id)
    item = plan.items.filter(pk=item_id).first() if plan else None
    if item is None:
        raise Http404(NOT_FOUND)
    try:
        services.plan_item_done(
            user=request.user,
            item=item,
            done_on=None if item.done_on else timezone.localdate(),
        )
    except DomainError as error:
        raise PermissionDenied(error.message)
    return redirect("plans:detail", plan_id=plan.pk)
