"""Pages of any register (list, record, form, import, export), driven by its spec."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.accounts.access import access_home_unit, access_register_units, access_units
from danvan.core.errors import DomainError
from danvan.core.import_templates import template_response
from danvan.core.importing import import_upload_page
from danvan.registers.custom import retired_cells
from danvan.registers.exporting import register_export_csv, register_export_xlsx
from danvan.registers.forms import record_form_class
from danvan.registers.import_templates import register_template_columns, register_template_note
from danvan.registers.importing import register_import
from danvan.registers.jobs import register_import_job_start
from danvan.registers.listing import register_filtered, register_listing
from danvan.registers.registry import registers
from danvan.registers.selectors import (
    record_cells,
    register_read_units,
    register_record,
    register_write_units,
)
from danvan.registers.services import (
    OWN_PAGES,
    register_record_create,
    register_record_delete,
    register_record_update,
)
from danvan.registers.trash import trash_units

NOT_A_KEEPER = "Bạn không được ghi sổ của đơn vị nào (cần vai trò chuyên viên hoặc lãnh đạo)."
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _spec(slug):
    spec = registers().get(slug)
    if spec is None:
        raise Http404("Không có sổ này.")
    return spec


def _writable_spec(slug):
    """The spec of a register the generic pages may write (others: 403 with the reason)."""
    spec = _spec(slug)
    if not spec.generic_writes:
        raise PermissionDenied(OWN_PAGES.format(label=spec.label))
    return spec


def writable_units(request, spec=None):
    """The units whose registers the user keeps (of ``spec``, when it has its own rule); 403
    if none (shared with the dossier pages)."""
    if spec is None:
        units = access_register_units(request.user)
    else:
        units = register_write_units(spec, request.user)
    if not units.exists():
        raise PermissionDenied(NOT_A_KEEPER)
    return units


def export_response(spec, records, file_format: str, name: str = "") -> HttpResponse:
    """A register's records as the CSV (default) or XLSX file its import reads back."""
    name = name or spec.slug
    if file_format == "xlsx":
        response = HttpResponse(register_export_xlsx(spec, records), content_type=XLSX)
        response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    else:
        response = HttpResponse(
            register_export_csv(spec, records), content_type="text/csv; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response


def _listing(request, spec):
    return register_listing(spec, register_read_units(spec, request.user), request.GET)


@login_required
def register_index(request):
    units = access_units(request.user)
    rows = [
        {"spec": spec, "count": spec.model._default_manager.filter(unit__in=units).count()}
        for spec in registers().values()
    ]
    can_restore = trash_units(request.user).exists()
    return render(request, "registers/index.html", {"rows": rows, "can_restore": can_restore})


@login_required
def record_list(request, register):
    spec = _spec(register)
    context = {
        "spec": spec,
        "listing": _listing(request, spec),
        "can_write": spec.generic_writes and register_write_units(spec, request.user).exists(),
    }
    return render(request, "registers/list.html", context)


@login_required
def record_detail(request, register, pk):
    spec = _spec(register)
    record = register_record(spec, register_read_units(spec, request.user), pk)
    can_write = (
        spec.generic_writes
        and register_write_units(spec, request.user).filter(pk=record.unit_id).exists()
    )
    context = {
        "spec": spec,
        "record": record,
        "cells": record_cells(spec, record),
        "retired_cells": retired_cells(spec, record),
        "can_write": can_write,
        "record_page": spec.record_page(record) if spec.record_page else None,
    }
    return render(request, "registers/detail.html", context)


def _form_page(request, spec, form, save, title):
    if request.method == "POST" and form.is_valid():
        try:
            record = save(dict(form.cleaned_data))
        except DomainError as error:
            form.add_error(None, error.message)  # the user's text stays in the form
        else:
            messages.success(request, f"Đã lưu «{record}».")
            return redirect("registers:detail", register=spec.slug, pk=record.pk)
    return render(request, "registers/form.html", {"spec": spec, "form": form, "title": title})


@login_required
def record_create(request, register):
    spec = _writable_spec(register)
    units = writable_units(request, spec)
    home = access_home_unit(request.user, units)
    form = record_form_class(spec)(
        request.POST or None, units=units, initial={"unit": home.pk if home else None}
    )
    return _form_page(
        request,
        spec,
        form,
        lambda values: register_record_create(spec, values),
        f"Thêm vào {spec.label.lower()}",
    )


@login_required
def record_edit(request, register, pk):
    spec = _writable_spec(register)
    units = register_write_units(spec, request.user)
    record = register_record(spec, units, pk)
    form = record_form_class(spec)(request.POST or None, instance=record, units=units)
    return _form_page(
        request,
        spec,
        form,
        lambda values: register_record_update(spec, record, values),
        f"Sửa {record}",
    )


@require_POST
@login_required
def record_delete(request, register, pk):
    spec = _writable_spec(register)
    record = register_record(spec, register_write_units(spec, request.user), pk)
    label = str(record)
    try:
        register_record_delete(spec, record)
    except DomainError as error:  # the register refuses (records that depend on this one)
        messages.error(request, error.message)
        return redirect("registers:detail", register=spec.slug, pk=record.pk)
    messages.success(request, f"Đã xóa «{label}».")
    return redirect("registers:list", register=spec.slug)


@login_required
def record_import(request, register):
    spec = _spec(register)
    units = writable_units(request, spec)
    response = import_upload_page(
        request,
        "registers/import.html",
        lambda data, name, **options: register_import(spec, data, name, units=units, **options),
        {"spec": spec},
        background=lambda data, name, **options: register_import_job_start(
            spec, user=request.user, units=units, data=data, filename=name, **options
        ),
    )
    return response


def template_download(request, spec, name: str) -> HttpResponse:
    """The register's import template (XLSX, or CSV with ?dinh_dang=csv); the sample row
    names one of the units the user keeps, so that it imports as it is."""
    unit = writable_units(request, spec).order_by("path").first()
    return template_response(
        name,
        spec.label,
        register_template_columns(spec, unit_code=unit.code),
        request.GET.get("dinh_dang", "xlsx"),
        notes=[register_template_note(spec)],
    )


@login_required
def record_template(request, register):
    spec = _spec(register)
    return template_download(request, spec, f"mau-nhap-{spec.slug}")


@login_required
def record_export(request, register):
    spec = _spec(register)
    _, records = register_filtered(spec, register_read_units(spec, request.user), request.GET)
    return export_response(spec, records, request.GET.get("dinh_dang", "csv"))
