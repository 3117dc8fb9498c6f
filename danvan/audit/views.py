from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render

from danvan.accounts.decorators import role_required
from danvan.accounts.models import Role
from danvan.audit.exporting import audit_export_csv
from danvan.audit.forms import AuditFilterForm
from danvan.audit.selectors import audit_event_rows, audit_events_filter, audit_events_visible


def _filtered(request):
    visible = audit_events_visible(request.user)
    models = visible.order_by("model").values_list("model", flat=True).distinct()
    form = AuditFilterForm(request.GET or None, models=list(models))
    events = visible
    if form.is_valid():
        events = audit_events_filter(visible, **form.cleaned_data)
    return form, events


@role_required(Role.QUAN_TRI)
def event_list(request):
    form, events = _filtered(request)
    page = Paginator(events, 50).get_page(request.GET.get("trang"))
    rows = audit_event_rows(page)
    query = request.GET.copy()
    query.pop("trang", None)
    context = {"form": form, "page": page, "rows": rows, "query": query.urlencode()}
    return render(request, "audit/list.html", context)


@role_required(Role.QUAN_TRI)
def event_export(request):
    _, events = _filtered(request)
    response = HttpResponse(audit_export_csv(events), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="nhat-ky-thay-doi.csv"'
    return response
