import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.access import (
    NOT_UNIT_ADMIN,
    access_unit,
    access_units,
    can_administer_unit,
)
from danvan.accounts.decorators import role_required
from danvan.accounts.models import Role
from danvan.core.errors import DomainError
from danvan.core.import_templates import template_response
from danvan.core.importing import import_upload_page
from danvan.orgunits import services
from danvan.orgunits.exporting import orgunits_export_csv, orgunits_export_xlsx
from danvan.orgunits.forms import (
    AsOfForm,
    OrgUnitCreateWithLetterheadForm,
    OrgUnitLetterheadForm,
    OrgUnitMergeForm,
    OrgUnitRenameForm,
)
from danvan.orgunits.importing import orgunits_import, orgunits_template_columns
from danvan.orgunits.letterhead import orgunit_letterhead_as_of
from danvan.orgunits.selectors import (
    orgunit_active,
    orgunit_ancestors,
    orgunit_as_of,
    orgunit_children,
    orgunit_predecessors,
    orgunit_roots,
    orgunit_scheduled_changes,
    orgunit_search,
    orgunit_tree_nodes,
    orgunit_versions,
)

ADMIN = [Role.QUAN_TRI]


def _as_of(request) -> datetime.date:
    form = AsOfForm(request.GET)
    if form.is_valid() and form.cleaned_data["ngay"]:
        return form.cleaned_data["ngay"]
    return timezone.localdate()


@login_required
def tree(request):
    visible = access_units(request.user)
    day = _as_of(request)
    query = request.GET.get("q", "").strip()
    if query:
        found = orgunit_search(visible, query).order_by("path")
        nodes = orgunit_tree_nodes(visible, visible.filter(pk__in=found.values("pk")[:200]), day)
    else:
        nodes = orgunit_tree_nodes(visible, orgunit_roots(visible), day)
    context = {
        "nodes": nodes,
        "day": day,
        "day_param": f"{day:%d/%m/%Y}",
        "query": query,
        "form": AsOfForm(request.GET or None),
        "can_admin": access_units(request.user, roles=ADMIN).exists(),
    }
    return render(request, "orgunits/tree.html", context)


@login_required
def children(request, code):
    visible = access_units(request.user)
    parent = access_unit(request.user, code)
    day = _as_of(request)
    nodes = orgunit_tree_nodes(visible, orgunit_children(visible, parent), day)
    context = {"nodes": nodes, "day": day, "day_param": f"{day:%d/%m/%Y}"}
    return render(request, "orgunits/_children.html", context)


@login_required
def detail(request, code):
    unit = access_unit(request.user, code)
    day = _as_of(request)
    visible = access_units(request.user)
    is_admin = can_administer_unit(request.user, unit)
    candidates = []
    if is_admin:
        admin_units = access_units(request.user, roles=ADMIN)
        candidates = (
            orgunit_active(admin_units)
            .filter(merged_into__isnull=True)
            .exclude(path__startswith=unit.path)
            .exclude(pk__in=[a.pk for a in orgunit_ancestors(unit, admin_units)])
        )
    as_of = orgunit_as_of(unit, day)
    context = {
        "unit": unit,
        "day": day,
        "as_of": as_of,
        "letterhead": orgunit_letterhead_as_of(unit, day),
        "letterhead_form": OrgUnitLetterheadForm(
            initial={
                "symbol": as_of.symbol,
                "symbol_with_parent": as_of.symbol_with_parent,
                "place_name": as_of.place_name,
                "parent_header": as_of.parent_header,
                "issuer_header": as_of.issuer_header,
            }
        ),
        "versions": orgunit_versions(unit),
        "predecessors": orgunit_predecessors(unit),
        "scheduled": orgunit_scheduled_changes(unit),
        "unit_active": unit.is_active,
        "children": orgunit_children(visible, unit),
        "parent_visible": visible.filter(pk=unit.parent_id).first(),
        "is_admin": is_admin,
        "rename_form": OrgUnitRenameForm(),
        "merge_form": OrgUnitMergeForm(candidates=candidates),
        "form": AsOfForm(request.GET or None),
    }
    return render(request, "orgunits/detail.html", context)


def _admin_unit(request, code):
    unit = access_unit(request.user, code)
    if not can_administer_unit(request.user, unit):
        raise PermissionDenied(NOT_UNIT_ADMIN)
    return unit


@require_POST
@role_required(*ADMIN)
def rename(request, code):
    unit = _admin_unit(request, code)
    form = OrgUnitRenameForm(request.POST)
    if form.is_valid():
        data = dict(form.cleaned_data)
        data["symbol"] = data["symbol"].strip() or None  # empty: keep the old one
        data["issuer_header"] = data["issuer_header"].strip() or None
        try:
            services.orgunit_rename(unit=unit, **data)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"Đã đổi tên đơn vị thành «{unit.name}».")
            return redirect("orgunits:detail", code=unit.code)
    else:
        messages.error(request, _form_errors(form))
    return redirect("orgunits:detail", code=unit.code)


@require_POST
@role_required(*ADMIN)
def letterhead(request, code):
    """The administrator corrects the letterhead of the unit's current version."""
    unit = _admin_unit(request, code)
    form = OrgUnitLetterheadForm(request.POST)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return redirect("orgunits:detail", code=unit.code)
    try:
        services.orgunit_letterhead_set(unit=unit, **form.cleaned_data)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, "Đã lưu thể thức văn bản của đơn vị.")
    return redirect("orgunits:detail", code=unit.code)


@require_POST
@role_required(*ADMIN)
def merge(request, code):
    target = _admin_unit(request, code)
    admin_units = access_units(request.user, roles=ADMIN)
    form = OrgUnitMergeForm(request.POST, candidates=admin_units)
    if not form.is_valid():
        messages.error(request, _form_errors(form))
        return redirect("orgunits:detail", code=target.code)
    sources = list(admin_units.filter(code__in=form.cleaned_data["sources"]))
    effective = form.cleaned_data["effective"]
    if request.POST.get("xac_nhan") != "1":
        # Irreversible: a page of its own names what will happen, with or without JavaScript.
        context = {
            "target": target,
            "sources": sources,
            "effective": effective,
            "future": effective > timezone.localdate(),
        }
        return render(request, "orgunits/merge_confirm.html", context)
    try:
        services.orgunit_merge(sources=sources, target=target, effective=effective)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        names = ", ".join(s.name for s in sources)
        if effective > timezone.localdate():
            messages.success(
                request,
                f"Đã ghi quyết định sáp nhập {names} vào {target.name} từ ngày "
                f"{effective:%d/%m/%Y}; đến hết ngày trước đó các đơn vị vẫn hoạt động như cũ.",
            )
        else:
            messages.success(request, f"Đã sáp nhập {names} vào {target.name}.")
    return redirect("orgunits:detail", code=target.code)


def _form_errors(form) -> str:
    return " ".join(
        f"{form.fields[f].label if f in form.fields else ''}: {' '.join(errs)}".lstrip(": ")
        for f, errs in form.errors.items()
    )


@role_required(*ADMIN)
def create(request):
    parents = orgunit_active(access_units(request.user, roles=ADMIN))
    form = OrgUnitCreateWithLetterheadForm(request.POST or None, parents=parents)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        parent = parents.get(code=data.pop("parent"))
        try:
            unit = services.orgunit_create(parent=parent, **data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, f"Đã thêm đơn vị «{unit.name}».")
            return redirect("orgunits:detail", code=unit.code)
    return render(request, "orgunits/create.html", {"form": form})


@role_required(*ADMIN)
def import_file(request):
    allowed = None
    if not request.user.is_superuser:
        allowed = set(access_units(request.user, roles=ADMIN).values_list("code", flat=True))
    return import_upload_page(
        request,
        "orgunits/import.html",
        lambda data, name, **options: orgunits_import(data, name, allowed_codes=allowed, **options),
    )


@role_required(*ADMIN)
def import_template(request):
    """The import template; its sample row adds a department under the first unit the
    administrator manages, so that it imports as it is."""
    unit = access_units(request.user, roles=ADMIN).order_by("path").first()
    return template_response(
        "mau-nhap-don-vi",
        "Cây đơn vị",
        orgunits_template_columns(parent_code=unit.code if unit else ""),
        request.GET.get("dinh_dang", "xlsx"),
    )


@login_required
def export(request):
    units = access_units(request.user)
    if request.GET.get("dinh_dang") == "xlsx":
        response = HttpResponse(
            orgunits_export_xlsx(units),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        response["Content-Disposition"] = 'attachment; filename="don-vi.xlsx"'
    else:
        response = HttpResponse(orgunits_export_csv(units), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="don-vi.csv"'
    return response
