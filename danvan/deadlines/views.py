"""The deadline overview page, ``/viec-can-lam/``: a thin view over
:mod:`danvan.deadlines.overview` (the same filters and lines as the API and the command)."""

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_GET

from danvan.accounts.access import access_units
from danvan.core.errors import Invalid, NotFound
from danvan.core.forms import DateInput
from danvan.deadlines.overview import (
    STATUS_CHOICES,
    days_text,
    deadline_overview,
    kind_choices,
    overview_filters_parse,
)
from danvan.deadlines.status import Status
from danvan.orgunits.widgets import unit_choices

PAGE_SIZE = 100  # lines per page; the counts at the top are over every page


class OverviewForm(forms.Form):
    """Only what the page shows and keeps as typed; reading the values is the overview's
    (``overview_filters_parse``), as for the API and the command."""

    don_vi = forms.ChoiceField(label="Đơn vị", required=False)
    cap_duoi = forms.BooleanField(label="Gồm cả cấp dưới", required=False)
    ngay = forms.CharField(label="Ngày xem", required=False, widget=DateInput())
    loai = forms.ChoiceField(label="Loại việc", required=False)
    trang_thai = forms.ChoiceField(label="Trạng thái", required=False, choices=STATUS_CHOICES)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["don_vi"].choices = [("", "Mọi đơn vị trong phạm vi của bạn")] + unit_choices(
            units
        )
        self.fields["loai"].choices = [("", "Mọi loại việc")] + kind_choices()


@login_required
@require_GET
def overview(request):
    today = timezone.localdate()
    data = {
        "don_vi": request.GET.get("don_vi", ""),
        "cap_duoi": request.GET.get("cap_duoi", ""),
        "ngay": request.GET.get("ngay", "") or today.strftime("%d/%m/%Y"),
        "loai": request.GET.get("loai", ""),
        "trang_thai": request.GET.get("trang_thai", ""),
    }
    form = OverviewForm(data, units=access_units(request.user))
    problems, result = [], None
    try:
        filters = overview_filters_parse(
            request.user,
            unit=data["don_vi"],
            subtree=data["cap_duoi"],
            date=data["ngay"],
            kind=data["loai"],
            status=data["trang_thai"],
            today=today,
        )
    except NotFound as error:
        raise Http404(error.message)
    except Invalid as error:
        problems = error.problems
    else:
        result = deadline_overview(request.user, filters)
    labels = dict(kind_choices())
    page = Paginator(result.items if result else [], PAGE_SIZE).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    rows = [
        {
            "item": item,
            "when": days_text(item),
            "kind_label": labels.get(item.kind, item.kind),
            "status_label": Status(item.status).label,
        }
        for item in page
    ]
    context = {
        "form": form,
        "problems": problems,
        "overview": result,
        "rows": rows,
        "page": page,
        "query": query.urlencode(),
        "is_today": result is not None and result.filters.day == today,
    }
    return render(request, "deadlines/overview.html", context)
