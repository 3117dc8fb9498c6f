"""Pages of the trash: one list of the deleted records in the user's scope, and «Khôi phục»."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from danvan.core.errors import DomainError
from danvan.registers.trash import (
    trash_entries,
    trash_register_labels,
    trash_restore,
    trash_units,
)

NO_TRASH_RIGHTS = (
    "Thùng rác dành cho quản trị đơn vị và người ghi sổ (chuyên viên, lãnh đạo) của đơn vị."
)
STATES = [("", "Chờ khôi phục"), ("da-khoi-phuc", "Đã khôi phục"), ("tat-ca", "Tất cả")]


class TrashFilterForm(forms.Form):
    so = forms.ChoiceField(label="Sổ", required=False)
    don_vi = forms.ChoiceField(label="Đơn vị", required=False)
    trang_thai = forms.ChoiceField(label="Trạng thái", required=False, choices=STATES)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["so"].choices = [("", "Tất cả các sổ"), *trash_register_labels().items()]
        self.fields["don_vi"].choices = [("", "Tất cả đơn vị")] + [
            (u.code, f"{u.name} ({u.code})") for u in units
        ]


def _units(request):
    units = trash_units(request.user)
    if not units.exists():
        raise PermissionDenied(NO_TRASH_RIGHTS)
    return units


@login_required
def trash_list(request):
    units = _units(request)
    form = TrashFilterForm(request.GET or None, units=units.order_by("path"))
    filters = form.cleaned_data if form.is_valid() else {}
    entries = trash_entries(
        units,
        register_slug=filters.get("so", ""),
        unit_code=filters.get("don_vi", ""),
        state=filters.get("trang_thai", ""),
    )
    labels = trash_register_labels()
    page = Paginator(entries, 50).get_page(request.GET.get("trang"))
    query = request.GET.copy()
    query.pop("trang", None)
    context = {
        "form": form,
        "page": page,
        "rows": [(e, labels.get(e.register_slug, e.register_slug)) for e in page],
        "query": query.urlencode(),
        "here": request.get_full_path(),
    }
    return render(request, "registers/trash.html", context)


@require_POST
@login_required
def trash_restore_view(request, entry_id):
    back = request.POST.get("tiep", "")
    if not back.startswith(reverse("registers:trash")):
        back = reverse("registers:trash")
    try:
        record = trash_restore(user=request.user, entry_id=entry_id)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, f"Đã khôi phục «{record}».")
    return redirect(back)
