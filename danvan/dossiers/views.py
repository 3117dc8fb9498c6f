from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.accounts.access import (
    access_home_unit,
    access_is_province_admin,
    access_register_units,
    access_units,
)
from danvan.core.errors import DomainError
from danvan.core.import_templates import template_response
from danvan.core.importing import import_upload_page
from danvan.dossiers import services
from danvan.dossiers.forms import DossierForm, dossier_extra_filters
from danvan.dossiers.models import Procedure
from danvan.dossiers.procedures import procedures_import, procedures_template_columns
from danvan.dossiers.selectors import dossier_get
from danvan.dossiers.spec import DOSSIERS
from danvan.registers.custom import columns_for, custom_columns, retired_cells
from danvan.registers.importing import register_import
from danvan.registers.jobs import register_import_job_start
from danvan.registers.listing import register_filtered, register_listing
from danvan.registers.selectors import record_cells
from danvan.registers.views import export_response, writable_units

# The columns the list shows (the export writes them all, as the import reads them).
LIST_COLUMNS = [
    "ma_ho_so",
    "ma_don_vi",
    "ten_thu_tuc",
    "kenh_nop",
    "ngay_tiep_nhan",
    "ngay_hen_tra",
    "ngay_ket_thuc",
    "ket_qua",
]


@login_required
def dossier_list_view(request):
    listing = register_listing(
        DOSSIERS,
        access_units(request.user),
        request.GET,
        columns=LIST_COLUMNS,
        extra=dossier_extra_filters(),
        noun="hồ sơ",
    )
    context = {"listing": listing, "can_write": access_register_units(request.user).exists()}
    return render(request, "dossiers/list.html", context)


@login_required
def dossier_detail(request, pk):
    dossier = dossier_get(access_units(request.user), pk)
    can_write = access_register_units(request.user).filter(pk=dossier.unit_id).exists()
    context = {
        "dossier": dossier,
        "can_write": can_write,
        "custom_cells": record_cells(DOSSIERS, dossier, custom_columns(DOSSIERS)),
        "retired_cells": retired_cells(DOSSIERS, dossier),
    }
    return render(request, "dossiers/detail.html", context)


def _save(request, form, save):
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            dossier = save(data)
        except DomainError as error:
            form.add_error(None, error.message)  # the user's text stays in the form
        else:
            messages.success(request, f"Đã lưu hồ sơ «{dossier.code}».")
            return redirect("dossiers:detail", pk=dossier.pk)
    return None


@login_required
def dossier_create(request):
    units = writable_units(request)
    home = access_home_unit(request.user, units)
    form = DossierForm(
        request.POST or None, units=units, initial={"unit": home.pk if home else None}
    )
    done = _save(request, form, lambda data: services.dossier_create(**data))
    return done or render(request, "dossiers/form.html", {"form": form, "title": "Thêm hồ sơ"})


@login_required
def dossier_edit(request, pk):
    units = access_register_units(request.user)
    dossier = dossier_get(units, pk)
    form = DossierForm(request.POST or None, instance=dossier, units=units)
    done = _save(request, form, lambda data: services.dossier_update(dossier=dossier, **data))
    title = f"Sửa hồ sơ {dossier.code}"
    return done or render(request, "dossiers/form.html", {"form": form, "title": title})


@require_POST
@login_required
def dossier_delete(request, pk):
    dossier = dossier_get(access_register_units(request.user), pk)
    code = dossier.code
    services.dossier_delete(dossier=dossier)
    messages.success(request, f"Đã xóa hồ sơ «{code}».")
    return redirect("dossiers:list")


@login_required
def dossier_import(request):
    units = writable_units(request)
    return import_upload_page(
        request,
        "dossiers/import.html",
        lambda data, name, **options: register_import(DOSSIERS, data, name, units=units, **options),
        {"headers": [column.header for column in columns_for(DOSSIERS)]},
        background=lambda data, name, **options: register_import_job_start(
            DOSSIERS, user=request.user, units=units, data=data, filename=name, **options
        ),
    )


@login_required
def dossier_export(request):
    _, dossiers = register_filtered(
        DOSSIERS, access_units(request.user), request.GET, extra=dossier_extra_filters()
    )
    return export_response(DOSSIERS, dossiers, request.GET.get("dinh_dang", "csv"), "ho-so-tthc")


@login_required
def procedure_list(request):
    """The procedure catalogue; province administrators import it from a file."""
    can_change = access_is_province_admin(request.user)
    if request.method == "POST" and not can_change:
        raise PermissionDenied("Chỉ quản trị cấp tỉnh được nhập danh mục thủ tục.")

    context = {"procedures": Procedure.objects.all(), "can_change": can_change}
    return import_upload_page(request, "dossiers/procedures.html", procedures_import, context)


@login_required
def procedure_template(request):
    """The procedure catalogue's import template."""
    return template_response(
        "mau-nhap-thu-tuc",
        "Danh mục thủ tục hành chính",
        procedures_template_columns(),
        request.GET.get("dinh_dang", "xlsx"),
    )
