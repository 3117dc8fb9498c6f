"""Pages of emulation under /thi-dua/: movements, a movement's criteria, registrations and
reviews, a registration's assessment against the criteria."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render

from danvan.core.errors import DomainError
from danvan.core.forms import DateField
from danvan.core.parsing import parse_number
from danvan.deadlines import panel
from danvan.emulation import services
from danvan.emulation.deadlines import KIND
from danvan.emulation.models import Criterion, Result
from danvan.emulation.selectors import (
    emulation_can_keep,
    movement_visible,
    movements_visible,
    registration_visible,
)

NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


class CriterionForm(forms.Form):
    text = forms.CharField(label="Tiêu chí", max_length=500)
    applies_to = forms.ChoiceField(label="Áp dụng cho", choices=Criterion.Applies.choices)
    method = forms.ChoiceField(label="Cách đánh giá", choices=Criterion.Method.choices)
    max_score = forms.CharField(label="Điểm tối đa", required=False)
    pass_score = forms.CharField(label="Điểm đạt", required=False)
    indicator_code = forms.CharField(label="Mã chỉ tiêu (ví dụ TL_DUNG_HAN)", required=False)
    operator = forms.ChoiceField(
        label="Phép so sánh", choices=[("", "—"), *Criterion.Operator.choices], required=False
    )
    threshold = forms.CharField(label="Ngưỡng (ví dụ 95)", required=False)

    def clean(self):
        data = super().clean()
        for name in ("max_score", "pass_score", "threshold"):
            raw = (data.get(name) or "").strip()
            if not raw:
                data[name] = None
                continue
            try:
                data[name] = parse_number(raw)
            except ValueError:
                self.add_error(name, f"«{raw}» không phải số (viết 95 hoặc 8,5).")
        data["indicator_code"] = (data.get("indicator_code") or "").strip().upper()
        return data


class AssessmentForm(forms.Form):
    result = forms.ChoiceField(label="Kết quả", choices=[("", "—"), *Result.choices])
    assessed_on = DateField(label="Ngày đánh giá")
    note = forms.CharField(
        label="Nhận xét", required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


@login_required
def movement_list(request):
    return render(
        request, "emulation/movements.html", {"movements": movements_visible(request.user)}
    )


@login_required
def movement_page(request, pk):
    movement = movement_visible(request.user, pk)
    if movement is None:
        raise Http404(NOT_FOUND)
    can_keep = emulation_can_keep(request.user, movement.unit)
    form = CriterionForm(request.POST or None) if can_keep else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            services.criterion_add(user=request.user, movement=movement, **form.cleaned_data)
        except DomainError as error:
            form.add_error(None, error.message)  # what was typed stays
        else:
            messages.success(request, "Đã thêm tiêu chí.")
            return redirect("emulation:movement", pk=movement.pk)
    registrations = movement.registrations.select_related("unit").order_by(
        "-year", "subject_kind", "subject_name"
    )
    years = {}
    for registration in registrations:
        years.setdefault(registration.year, []).append(registration)
    reviews = [
        (review, panel.deadline_panel(request, review, KIND))
        for review in movement.reviews.select_related("unit")
    ]
    return render(
        request,
        "emulation/movement.html",
        {
            "movement": movement,
            "participants": movement.participants.order_by("path"),
            "criteria": movement.criteria.all(),
            "years": sorted(years.items(), reverse=True),
            "recognitions": movement.recognitions.select_related("unit"),
            "reviews": reviews,
            "form": form,
            "can_keep": can_keep,
        },
    )


def _lines_from(post, criteria) -> dict:
    lines = {}
    for criterion in criteria:
        met = post.get(f"met_{criterion.pk}", "")
        lines[criterion.pk] = {
            "met": True if met == "co" else False if met == "khong" else None,
            "score": post.get(f"score_{criterion.pk}", ""),
            "evidence": post.get(f"evidence_{criterion.pk}", ""),
        }
    return lines


@login_required
def registration_page(request, registration_id):
    registration = registration_visible(request.user, registration_id)
    if registration is None:
        raise Http404(NOT_FOUND)
    can_keep = emulation_can_keep(request.user, registration.unit)
    criteria = services.criteria_of(registration)
    saved = {line.criterion_id: line for line in registration.assessments.all()}
    initial = {
        "result": registration.result,
        "assessed_on": registration.assessed_on,
        "note": registration.assessment_note,
    }
    form = AssessmentForm(request.POST or None, initial=initial) if can_keep else None
    posted = _lines_from(request.POST, criteria) if request.method == "POST" else None
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            services.registration_assess(
                user=request.user,
                registration=registration,
                result=form.cleaned_data["result"],
                assessed_on=form.cleaned_data["assessed_on"],
                lines=posted,
                note=form.cleaned_data["note"],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, "Đã lưu kết quả đánh giá.")
            return redirect("emulation:registration", registration_id=registration.pk)
    rows = []
    for criterion in criteria:
        line = saved.get(criterion.pk)
        given = (posted or {}).get(criterion.pk, {})
        computed = None
        if criterion.method == Criterion.Method.INDICATOR:
            computed = services.criterion_value(criterion, registration)
        rows.append(
            {
                "criterion": criterion,
                "line": line,
                "met": given.get("met", line.met if line else None),
                "score": given.get("score", line.score if line and line.score is not None else ""),
                "evidence": given.get("evidence", line.evidence if line else ""),
                "computed": computed,
                "computed_met": services.criterion_met(criterion, computed)
                if computed is not None
                else None,
            }
        )
    return render(
        request,
        "emulation/registration.html",
        {"registration": registration, "rows": rows, "form": form, "can_keep": can_keep},
    )
