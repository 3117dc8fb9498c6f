"""The administrator's screen of custom fields (Quản trị › Trường bổ sung): list, add, edit,
retire and put back. Thin: every check and permission is in :mod:`.custom_services`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.core.errors import DomainError
from danvan.registers.custom import custom_field_get, custom_fields_listed
from danvan.registers.custom_services import (
    can_define_custom_fields,
    custom_field_create,
    custom_field_reactivate,
    custom_field_retire,
    custom_field_update,
)
from danvan.registers.forms import CustomFieldForm, custom_field_initial
from danvan.registers.registry import registers


def _register_choices():
    return [(slug, spec.label) for slug, spec in registers().items()]


def _context(request, form, **extra):
    labels = dict(_register_choices())
    return {
        "form": form,
        "fields": [
            (f, labels.get(f.register_slug, f.register_slug)) for f in custom_fields_listed()
        ],
        "can_change": can_define_custom_fields(request.user),
        **extra,
    }


@login_required
def custom_field_list(request):
    """Everyone signed in may read the fields; a province administrator adds them."""
    form = CustomFieldForm(
        request.POST or None,
        register_choices=_register_choices(),
        initial={"so": request.GET.get("so", "")},
    )
    if request.method == "POST" and form.is_valid():
        try:
            field = custom_field_create(
                user=request.user,
                register_slug=form.cleaned_data["so"],
                kind=form.cleaned_data["kieu"],
                code=form.cleaned_data.get("ma", ""),
                **form.service_values(),
            )
        except DomainError as error:
            form.add_error(None, error.message)  # what was typed stays in the form
        else:
            messages.success(request, f"Đã thêm trường «{field.label}» (mã {field.code}).")
            return redirect("registers:custom_fields")
    return render(request, "registers/custom_fields.html", _context(request, form))


@login_required
def custom_field_edit(request, field_id):
    field = custom_field_get(field_id)
    form = CustomFieldForm(
        request.POST or None,
        register_choices=_register_choices(),
        editing=True,
        initial=custom_field_initial(field),
    )
    if request.method == "POST" and form.is_valid():
        try:
            custom_field_update(user=request.user, field=field, **form.service_values())
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, f"Đã lưu trường «{field.label}».")
            return redirect("registers:custom_fields")
    context = _context(request, form, field=field)
    return render(request, "registers/custom_field_edit.html", context)


@require_POST
@login_required
def custom_field_retire_view(request, field_id):
    field = custom_field_get(field_id)
    try:
        custom_field_retire(user=request.user, field=field)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, f"Đã ngừng dùng trường «{field.label}»; giá trị đã nhập vẫn được giữ."
        )
    return redirect("registers:custom_fields")


@require_POST
@login_required
def custom_field_reactivate_view(request, field_id):
    field = custom_field_get(field_id)
    try:
        custom_field_reactivate(user=request.user, field=field)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"Đã dùng lại trường «{field.label}».")
    return redirect("registers:custom_fields")
