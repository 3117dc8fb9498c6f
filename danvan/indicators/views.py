from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render

from danvan.accounts.access import access_units
from danvan.accounts.models import RoleGrant
from danvan.core.errors import DomainError
from danvan.indicators.engine import catalogue, indicator_records
from danvan.indicators.forms import IndicatorScopeForm
from danvan.indicators.selectors import indicators_for_scope, indicators_scope
from danvan.registers.registry import registers
from danvan.registers.selectors import record_cells


def _form(request):
    units = access_units(request.user).filter(valid_to__isnull=True).order_by("path")
    data = request.GET.copy()
    if "don_vi" not in data:
        grant = RoleGrant.objects.filter(user=request.user).select_related("unit").first()
        first = grant.unit if grant else units.first()
        if first is not None:
            data["don_vi"] = first.code
    data.setdefault("ky", IndicatorScopeForm.base_fields["ky"].initial)
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


@login_required
def appendix(request):
    form = _form(request)
    scope = _scope(request, form)
    rows, result = [], None
    if scope is not None:
        result = indicators_for_scope(scope)
        rows = [
            {"indicator": i, "value": result.value(i.code)}
            for i in catalogue().for_window(scope.window)
        ]
    context = {
        "form": form,
        "scope": scope,
        "rows": rows,
        "result": result,
        "query": request.GET.urlencode(),
    }
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
    spec = registers()[base.register]
    try:
        found = indicator_records(scope.units, scope.window, indicator).select_related("unit")
    except LookupError:
        raise Http404("Số liệu này không tính từ sổ nào nên không có bản ghi để xem.")
    order = [spec.date_field] if spec.date_field else []
    page = Paginator(found.order_by(*order, "pk"), 100).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    context = {
        "indicator": definition,
        "spec": spec,
        "scope": scope,
        "page": page,
        "headers": [c.headers[0] for c in spec.columns],
        "rows": [(r, record_cells(spec, r)) for r in page],
        "query": query.urlencode(),
    }
    return render(request, "indicators/records.html", context)
