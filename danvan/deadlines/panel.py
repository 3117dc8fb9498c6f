"""The engine's panel on any kind's detail page: status, due rule and date, done date, progress
notes, evidence, and (for whoever may change the thing) the forms that change it.

A domain page includes it in one line, from its view or its template::

    context["deadline_panel"] = deadline_panel(request, item, "plans.item")   # view
    {% load deadline_panel %}{% deadline_panel item "plans.item" %}           # template

The forms post to the views under ``/han/<kind>/<pk>/…`` (``danvan.deadlines.evidence_urls``),
which answer htmx with the panel again and plain browsers with a redirect back.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import SafeString

from danvan.calendars.selectors import calendar_current
from danvan.core.forms import DateField
from danvan.deadlines.models import Evidence
from danvan.deadlines.registry import deadline_kind
from danvan.deadlines.selectors import deadline_when, evidence_of, notes_of
from danvan.deadlines.services import (
    CANCEL_REASON_REQUIRED,
    DONE_REQUIRED,
    EVIDENCE_EXTENSIONS,
    can_change_deadline,
)
from danvan.deadlines.status import OPEN_STATES, State

ACTIONS = ("progress", "complete", "reopen", "cancel", "evidence")


class ProgressForm(forms.Form):
    state = forms.ChoiceField(
        label="Trạng thái",
        choices=[
            (State.CHUA_THUC_HIEN.value, State.CHUA_THUC_HIEN.label),
            (State.DANG_THUC_HIEN.value, State.DANG_THUC_HIEN.label),
        ],
    )
    note = forms.CharField(
        label="Nội dung tiến độ",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )
    day = DateField(label="Ngày ghi nhận", required=False, help_text="Để trống: hôm nay")


class CompleteForm(forms.Form):
    done_on = DateField(
        label="Ngày hoàn thành", error_messages={"required": DONE_REQUIRED}, help_text="dd/mm/yyyy"
    )
    note = forms.CharField(
        label="Kết quả, ghi chú",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )


class ReopenForm(forms.Form):
    note = forms.CharField(label="Lý do mở lại", required=False, max_length=4000)


class CancelForm(forms.Form):
    reason = forms.CharField(
        label="Lý do hủy",
        max_length=4000,
        error_messages={"required": CANCEL_REASON_REQUIRED},
        widget=forms.Textarea(attrs={"rows": 2, "cols": 60}),
    )


class EvidenceForm(forms.Form):
    kind = forms.ChoiceField(label="Loại minh chứng", choices=Evidence.Kind.choices)
    label = forms.CharField(label="Mô tả", required=False, max_length=300)
    url = forms.CharField(
        label="Đường dẫn",
        required=False,
        max_length=500,
        help_text="Bản ghi, báo cáo, văn bản trong DanVan: đường dẫn bắt đầu bằng «/»; "
        "liên kết ngoài: http:// hoặc https://",
    )
    file = forms.FileField(
        label="Tệp",
        required=False,
        help_text="Nhận tệp " + ", ".join(f".{e}" for e in EVIDENCE_EXTENSIONS),
        widget=forms.ClearableFileInput(
            attrs={"accept": ",".join(f".{e}" for e in EVIDENCE_EXTENSIONS)}
        ),
    )


FORMS: dict[str, type[forms.Form]] = {
    "progress": ProgressForm,
    "complete": CompleteForm,
    "reopen": ReopenForm,
    "cancel": CancelForm,
    "evidence": EvidenceForm,
}


def panel_id(kind_name: str, pk: Any) -> str:
    return f"han-{kind_name.replace('.', '-').replace('_', '-')}-{pk}"


def panel_form(action: str, kind_name: str, obj: Any, data=None, files=None) -> forms.Form:
    """One of the panel's forms, unbound with its defaults or bound to what was posted."""
    prefix = f"{panel_id(kind_name, obj.pk)}-{action}"
    form_class = FORMS[action]
    if data is not None:
        return form_class(data, files, prefix=prefix)
    initial: dict[str, Any] = {}
    if action == "progress":
        initial = {"state": obj.state if obj.state in OPEN_STATES else State.DANG_THUC_HIEN}
    elif action == "complete":
        initial = {"done_on": timezone.localdate()}  # a default of the form only
    return form_class(initial=initial, prefix=prefix)


def panel_context(
    request,
    obj: Any,
    kind_name: str,
    *,
    bound: forms.Form | None = None,
    action: str = "",
    message: str = "",
    next_url: str = "",
) -> dict:
    kind = deadline_kind(kind_name)
    day = timezone.localdate()
    status = obj.status_on(day)
    days_left, overdue = None, False
    if obj.is_open and obj.due_on is not None:
        calendar = calendar_current()
        if obj.due_on < day:
            days_left, overdue = -calendar.working_days_between(obj.due_on, day), True
        else:
            days_left = calendar.working_days_between(day, obj.due_on)
    can_change = can_change_deadline(request.user, obj)
    forms_ = {}
    if can_change:
        for name in ACTIONS:
            forms_[name] = bound if name == action else panel_form(name, kind_name, obj)
    pid = panel_id(kind_name, obj.pk)

    def url(name: str, *args) -> str:
        return reverse(f"han:{name}", args=[kind_name, obj.pk, *args])

    return {
        "panel": {
            "id": pid,
            "kind": kind,
            "obj": obj,
            "status": status,
            "when": deadline_when(days_left, overdue, obj.due_on, day) if obj.is_open else "",
            "overdue": overdue,
            "is_open": obj.is_open,
            "notes": list(notes_of(obj).select_related("created_by")),
            "evidence": list(evidence_of(obj)),
            "can_change": can_change,
            "forms": forms_,
            "open": action,
            "message": message,
            "next": next_url or request.get_full_path(),
            "urls": {name: url(name) for name in ACTIONS},
            "panel_url": url("panel"),
        },
    }


def panel_render(
    request, obj: Any, kind_name: str, *, inner: bool = False, **options
) -> SafeString:
    """The panel as HTML; ``inner``: its content only, what htmx swaps into the panel."""
    template = "deadlines/_panel_body.html" if inner else "deadlines/_panel.html"
    html = render_to_string(template, panel_context(request, obj, kind_name, **options), request)
    return SafeString(html)


def deadline_panel(request, obj: Any, kind_name: str) -> SafeString:
    """The panel of ``obj`` (a record of kind ``kind_name``) as HTML for ``request``'s user:
    the one line a domain app needs to show it on its own page."""
    return panel_render(request, obj, kind_name)
