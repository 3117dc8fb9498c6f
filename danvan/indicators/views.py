from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.accounts.access import (
    access_home_unit,
    access_is_province_admin,
    access_units,
)
from danvan.core.dates import format_date
from danvan.core.errors import DomainError
from danvan.indicators.catalogue_services import (
    NOT_ADMIN,
    can_manage_indicators,
    typed_indicator_create,
    typed_indicator_get,
    typed_indicator_retire,
    typed_indicator_update,
)
from danvan.indicators.engine import (
    DENOMINATOR,
    NUMERATOR,
    RATIO_PARTS,
    SHORTFALL,
    catalogue,
    catalogue_refresh,
    indicator_records,
)
from danvan.indicators.form_services import form_version_create, form_version_text
from danvan.indicators.forms import (
    FormVersionForm,
    IndicatorDefinitionForm,
    IndicatorScopeForm,
    RetireForm,
    this_year,
)
from danvan.indicators.forms_catalogue import (
    catalogue_rows,
    form_rows,
    form_typed_indicators,
    form_version_current,
)
from danvan.indicators.models import TypedIndicator, ValidationRule
from danvan.indicators.selectors import indicators_for_scope, indicators_scope
from danvan.indicators.services import NOT_A_TYPIST, can_type_values, typed_values_set
from danvan.orgunits.selectors import orgunit_active
from danvan.registers.listing import register_filtered, register_listing
from danvan.registers.registry import registers
from danvan.registers.views import export_response


def _form(request):
    units = orgunit_active(access_units(request.user)).order_by("path")
    data = request.GET.copy()
    if "don_vi" not in data:
        first = access_home_unit(request.user, units) or units.first()
        if first is not None:
            data["don_vi"] = first.code
    data.setdefault("ky", this_year())
    return IndicatorScopeForm(data, units=units)


def _scope(request, form):
    if not form.is_valid():
        return None
    data = form.cleaned_data
    try:
        return indicators_scope(
            request.user,
            data["don_vi"],
            data["ky"],
            subtree=data["cap_duoi"],
            start=data["tu"],
            end=data["den"],
        )
    except DomainError as error:
        form.add_error("ky", error.message)
        return None


def _can_type(request, scope) -> bool:
    """Typed values belong to one unit: its register keepers enter them."""
    return scope is not None and not scope.subtree and can_type_values(request.user, scope.unit)


def _input_value(indicator, value) -> str:
    if value is None:
        return ""
    if indicator.value_type == "co_khong":
        return "có" if value else "không"
    return str(value).replace(".", ",")


@login_required
def appendix(request):
    catalogue_refresh()  # another worker may have changed the catalogue
    form = _form(request)
    scope = _scope(request, form)
    version = form_version_current()
    show_all = request.GET.get("tat_ca") == "1" or version is None
    context = {
        "form": form,
        "scope": scope,
        # The unit and period in effect (defaults included): downloads and saves keep them.
        "query": form.data.urlencode(),
        "download_formats": [
            ("docx", "Tải Word (.docx)"),
            ("xlsx", "Tải Excel (.xlsx)"),
            ("pdf", "Tải PDF"),
        ],
        "version": version,
        "show_all": show_all,
        "typed_error": "",
    }
    if scope is None:
        return render(request, "indicators/appendix.html", context)
    typed = form_typed_indicators(version, scope.window) if version else []
    can_type = _can_type(request, scope)
    typed_input = {}
    if request.method == "POST":
        if not can_type:
            raise PermissionDenied(NOT_A_TYPIST)
        typed_input = {t.code: request.POST.get(t.code, "") for t in typed}
        try:
            typed_values_set(
                unit=scope.unit,
                period=scope.period,
                entries={t: typed_input[t.code] for t in typed},
            )
        except DomainError as error:
            context["typed_error"] = error.message  # the typed text stays in the form
        else:
            messages.success(request, "Đã lưu số liệu nhập tay.")
            return redirect(f"{request.path}?{request.GET.urlencode()}")
    result = indicators_for_scope(scope)
    context.update(
        result=result,
        rows=catalogue_rows(result) if show_all else form_rows(version, result),
        can_type=can_type,
        typed=[
            {
                "indicator": t,
                "value": typed_input.get(t.code, _input_value(t, result.value(t.code))),
            }
            for t in typed
        ],
    )
    return render(request, "indicators/appendix.html", context)


@login_required
def records(request, indicator):
    if indicator not in catalogue():
        raise Http404("Không có chỉ tiêu này.")
    form = _form(request)
    scope = _scope(request, form)
    if scope is None:
        raise Http404("Đơn vị hoặc kỳ báo cáo không hợp lệ.")
    definition = catalogue().get(indicator)
    base = catalogue().get(definition.ratio[0]) if definition.is_ratio else definition
    if base.register not in registers():
        raise Http404("Số liệu này không tính từ sổ nào nên không có bản ghi để xem.")
    spec = registers()[base.register]
    part = request.GET.get("phan", NUMERATOR) if definition.is_ratio else NUMERATOR
    try:
        found = indicator_records(scope.units, scope.window, indicator, part)
    except LookupError:
        raise Http404("Số liệu này không tính từ sổ nào nên không có bản ghi để xem.")
    if request.GET.get("dinh_dang") in ("csv", "xlsx"):
        _, rows = register_filtered(spec, scope.units, request.GET, base=found)
        name = f"{definition.code}-{part}" if definition.is_ratio else definition.code
        return export_response(spec, rows, request.GET["dinh_dang"], name)
    listing = register_listing(spec, scope.units, request.GET, base=found)
    scope_query = request.GET.copy()
    for key in list(scope_query):
        if key not in IndicatorScopeForm.base_fields and key != "tat_ca":
            scope_query.pop(key)
    context = {
        "indicator": definition,
        "spec": spec,
        "scope": scope,
        "listing": listing,
        "parts": _ratio_parts(definition, scope, part, scope_query) if definition.is_ratio else [],
        "part": part,
        "query": scope_query.urlencode(),
        "export_url": request.path,
    }
    return render(request, "indicators/records.html", context)


RATIO_PART_LABELS = {
    NUMERATOR: "Tử số",
    DENOMINATOR: "Mẫu số",
    SHORTFALL: "Không đạt",
}


def _ratio_parts(definition, scope, current, scope_query) -> list[dict]:
    """The three lists a ratio opens to, each with its count: numerator, denominator, and the
    records of the denominator missing from the numerator («3 hồ sơ không đạt»)."""
    numerator = catalogue().get(definition.ratio[0])
    denominator = catalogue().get(definition.ratio[1])
    labels = {
        NUMERATOR: numerator.label,
        DENOMINATOR: denominator.label,
        SHORTFALL: f"trong «{denominator.label}» nhưng không thuộc «{numerator.label}»",
    }
    parts = []
    for part in RATIO_PARTS:
        query = scope_query.copy()
        query["phan"] = part
        count = indicator_records(scope.units, scope.window, definition.code, part).count()
        parts.append(
            {
                "part": part,
                "title": RATIO_PART_LABELS[part],
                "label": labels[part],
                "count": count,
                "noun": numerator.unit,
                "query": query.urlencode(),
                "current": part == current,
            }
        )
    return parts


@login_required
def form_admin(request):
    """Province administrators version the default form; everyone else may read it."""
    catalogue_refresh()
    version = form_version_current()
    if version is None:
        raise Http404("Chưa có biểu mẫu.")
    can_change = access_is_province_admin(request.user)
    form = FormVersionForm(request.POST or None, initial={"text": form_version_text(version)})
    if request.method == "POST":
        if not can_change:
            raise PermissionDenied("Chỉ quản trị cấp tỉnh được sửa biểu mẫu.")
        if form.is_valid():
            try:
                new = form_version_create(version=version, **form.cleaned_data)
            except DomainError as error:
                form.add_error("text", error.message)  # the typed text stays
            else:
                messages.success(request, f"Đã tạo phiên bản {new.number} của biểu mẫu.")
                return redirect("indicators:form")
    context = {
        "version": version,
        "versions": version.form.versions.all(),
        "form": form,
        "can_change": can_change,
        "rules": ValidationRule.objects.all(),
        "catalogue": [i for i in catalogue() if not i.admin_defined],
        "typed": TypedIndicator.objects.all(),
        "can_manage": can_manage_indicators(request.user),
    }
    return render(request, "indicators/form_admin.html", context)


def _definition_initial(indicator: TypedIndicator) -> dict:
    return {
        "code": indicator.code,
        "label": indicator.label,
        "unit": indicator.unit,
        "value_type": indicator.value_type,
        "additive": indicator.additive,
        "ratio_numerator": indicator.ratio_numerator,
        "ratio_denominator": indicator.ratio_denominator,
        "valid_from": format_date(indicator.valid_from),
        "valid_to": format_date(indicator.valid_to),
        "legal_ref": indicator.legal_ref,
    }


def _definition_data(form) -> dict:
    data = dict(form.cleaned_data)
    if form.fields["code"].disabled:
        data.pop("code")
    return data


@login_required
def definition_create(request):
    """A province administrator adds an indicator (typed in, or a ratio of two codes)."""
    if not can_manage_indicators(request.user):
        raise PermissionDenied(NOT_ADMIN)
    form = IndicatorDefinitionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            indicator = typed_indicator_create(user=request.user, data=form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)  # what was typed stays in the form
        else:
            messages.success(request, f"Đã thêm chỉ tiêu «{indicator.label}» ({indicator.code}).")
            return redirect("indicators:form")
    return render(
        request, "indicators/definition.html", {"form": form, "indicator": None, "versions": []}
    )


def _indicator_or_404(code: str) -> TypedIndicator:
    indicator = typed_indicator_get(code)
    if indicator is None:
        raise Http404("Không có chỉ tiêu này trong danh mục do quản trị định nghĩa.")
    return indicator


@login_required
def definition_edit(request, definition):
    indicator = _indicator_or_404(definition)
    if not can_manage_indicators(request.user):
        raise PermissionDenied(NOT_ADMIN)
    form = IndicatorDefinitionForm(
        request.POST or None, initial=_definition_initial(indicator), editing=True
    )
    if request.method == "POST" and form.is_valid():
        try:
            data = _definition_data(form)
            typed_indicator_update(user=request.user, indicator=indicator, data=data)
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, f"Đã lưu chỉ tiêu «{indicator.label}».")
            return redirect("indicators:form")
    context = {
        "form": form,
        "indicator": indicator,
        "versions": indicator.versions.select_related("changed_by").order_by("-number"),
        "retire_form": RetireForm(prefix="ngung"),
    }
    return render(request, "indicators/definition.html", context)


@require_POST
@login_required
def definition_retire(request, definition):
    indicator = _indicator_or_404(definition)
    if not can_manage_indicators(request.user):
        raise PermissionDenied(NOT_ADMIN)
    form = RetireForm(request.POST, prefix="ngung")
    form.is_valid()
    try:
        typed_indicator_retire(
            user=request.user, indicator=indicator, valid_to=form.cleaned_data.get("valid_to")
        )
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("indicators:definition_edit", definition=indicator.code)
    messages.success(
        request,
        f"Đã ngừng dùng chỉ tiêu «{indicator.label}» sau ngày {format_date(indicator.valid_to)}; "
        "các báo cáo đã làm vẫn giữ chỉ tiêu này.",
    )
    return redirect("indicators:form")
