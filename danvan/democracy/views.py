"""Pages under /dan-chu-co-so/: the overview of a unit's year, an obligation (record its
publicity), a staff conference's resolution, the catalogue. Thin: parse, call, render."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.access import access_home_unit, access_units
from danvan.core.errors import DomainError, Invalid
from danvan.deadlines.rules import DueRule, Every
from danvan.democracy import services
from danvan.democracy.forms import (
    CancelForm,
    EventForm,
    InspectionBoardForm,
    ObligationTypeForm,
    PublicityRecordForm,
    ResolutionDoneForm,
    ResolutionItemForm,
    SteeringBoardForm,
)
from danvan.democracy.selectors import (
    attendance_text,
    can_keep,
    conference_visible,
    conferences_visible,
    inspection_board_of,
    obligation_catalogue,
    obligation_type_versions,
    obligation_visible,
    obligations_of,
    steering_board_of,
    supervisions_of,
)
from danvan.orgunits.widgets import unit_choices

NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."


def _error_to_form(form, error: DomainError) -> None:
    if isinstance(error, Invalid) and error.problems:
        for p in error.problems:
            field = p.get("field")
            form.add_error(
                field if field in form.fields else None, p.get("reason") or p.get("detail")
            )
    else:
        form.add_error(None, error.message)


def _year(request) -> int:
    try:
        return int(request.GET.get("nam") or timezone.localdate().year)
    except ValueError:
        return timezone.localdate().year


@login_required
def overview(request):
    units = access_units(request.user)
    code = request.GET.get("don_vi", "")
    unit = units.filter(code=code).first() if code else access_home_unit(request.user, units)
    year = _year(request)
    today = timezone.localdate()
    context = {
        "units": unit_choices(units) if units.exists() else [],
        "unit": unit,
        "year": year,
        "today": today,
    }
    if unit is not None:
        day = min(today, datetime.date(year, 12, 31))
        obligations = list(obligations_of(request.user, unit=unit, year=year))
        conferences = list(
            conferences_visible(request.user)
            .filter(unit=unit, held_on__year=year)
            .order_by("held_on")
        )
        board = inspection_board_of(unit, day)
        context.update(
            obligations=[(o, o.status_on(today)) for o in obligations],
            late=[o for o in obligations if o.status_on(today) == "qua_han"],
            steering=steering_board_of(unit, day),
            inspection=board,
            supervisions=list(supervisions_of(board)) if board else [],
            conferences=[(c, attendance_text(c.attendees, c.staff_total)) for c in conferences],
            can_keep=can_keep(request.user, unit),
            steering_form=SteeringBoardForm(prefix="bcd"),
            inspection_form=InspectionBoardForm(prefix="bttnd"),
        )
    return render(request, "democracy/overview.html", context)


def _unit_from_post(request):
    unit = access_units(request.user).filter(code=request.POST.get("don_vi", "")).first()
    if unit is None:
        raise Http404(NOT_FOUND)
    return unit


@require_POST
@login_required
def board_save(request, board):
    unit = _unit_from_post(request)
    if not can_keep(request.user, unit):
        raise PermissionDenied(services.NOT_A_KEEPER)
    form_class = SteeringBoardForm if board == "ban-chi-dao" else InspectionBoardForm
    if board not in ("ban-chi-dao", "ban-thanh-tra-nhan-dan"):
        raise Http404(NOT_FOUND)
    prefix = "bcd" if board == "ban-chi-dao" else "bttnd"
    form = form_class(request.POST, prefix=prefix)
    if form.is_valid():
        try:
            if board == "ban-chi-dao":
                services.steering_board_set(user=request.user, unit=unit, **form.cleaned_data)
            else:
                services.inspection_board_set(user=request.user, unit=unit, **form.cleaned_data)
        except DomainError as error:
            _error_to_form(form, error)
        else:
            messages.success(
                request,
                "Đã lưu Ban chỉ đạo." if prefix == "bcd" else "Đã lưu Ban thanh tra nhân dân.",
            )
            return redirect(f"/dan-chu-co-so/?don_vi={unit.code}&nam={request.POST.get('nam', '')}")
    errors = [e for errs in form.errors.values() for e in errs]
    messages.error(request, " ".join(errors))
    return redirect(f"/dan-chu-co-so/?don_vi={unit.code}&nam={request.POST.get('nam', '')}")


@login_required
def obligation_detail(request, obligation_id):
    obligation = obligation_visible(request.user, obligation_id)
    if obligation is None:
        raise Http404(NOT_FOUND)
    editable = can_keep(request.user, obligation.unit)
    today = timezone.localdate()
    action = request.POST.get("action") if request.method == "POST" else None
    publicity = PublicityRecordForm(
        request.POST if action == "cong_khai" else None,
        request.FILES if action == "cong_khai" else None,
        initial={"form": obligation.published_form, "content": obligation.published_content},
    )
    event = EventForm(request.POST if action == "su_kien" else None)
    cancel = CancelForm(request.POST if action == "huy" else None)
    if action and not editable:
        raise PermissionDenied(services.NOT_A_KEEPER)
    try:
        if action == "cong_khai" and publicity.is_valid():
            data = publicity.cleaned_data
            services.obligation_complete(
                user=request.user,
                obligation=obligation,
                done_on=data["done_on"],
                form=data["form"],
                content=data["content"],
                evidence_label=data["evidence_label"],
                evidence_url=data["evidence_url"],
                evidence_file=data["evidence_file"],
                today=today,
            )
            messages.success(request, "Đã ghi nhận việc công khai, thực hiện.")
            return redirect("democracy:obligation", obligation_id=obligation.pk)
        if action == "su_kien" and event.is_valid():
            services.obligation_event_set(
                user=request.user, obligation=obligation, event_on=event.cleaned_data["event_on"]
            )
            messages.success(request, "Đã ghi ngày của sự kiện và tính hạn.")
            return redirect("democracy:obligation", obligation_id=obligation.pk)
        if action == "huy" and cancel.is_valid():
            services.obligation_cancel(
                user=request.user, obligation=obligation, reason=cancel.cleaned_data["reason"]
            )
            messages.success(request, "Đã hủy nghĩa vụ.")
            return redirect("democracy:obligation", obligation_id=obligation.pk)
    except DomainError as error:
        target = {"cong_khai": publicity, "su_kien": event, "huy": cancel}[action]
        _error_to_form(target, error)
    rule = DueRule.parse(obligation.due_rule or obligation.type.due_rule)
    context = {
        "o": obligation,
        "status": obligation.status_on(today),
        "editable": editable,
        "publicity": publicity,
        "event": event,
        "cancel": cancel,
        "after_rule": rule.every == Every.AFTER,
        "evidence": services.evidence_of(obligation),
    }
    return render(request, "democracy/obligation.html", context)


@login_required
def conference_detail(request, conference_id):
    conference = conference_visible(request.user, conference_id)
    if conference is None:
        raise Http404(NOT_FOUND)
    editable = can_keep(request.user, conference.unit)
    today = timezone.localdate()
    action = request.POST.get("action") if request.method == "POST" else None
    if action and not editable:
        raise PermissionDenied(services.NOT_A_KEEPER)
    add = ResolutionItemForm(request.POST if action == "them" else None)
    done = ResolutionDoneForm(request.POST if action == "xong" else None)
    try:
        if action == "them" and add.is_valid():
            services.resolution_item_add(
                user=request.user, conference=conference, **add.cleaned_data
            )
            messages.success(request, "Đã thêm nội dung nghị quyết.")
            return redirect("democracy:conference", conference_id=conference.pk)
        if action == "xong" and done.is_valid():
            item = conference.resolution_items.filter(pk=done.cleaned_data["item"]).first()
            if item is None:
                raise Http404(NOT_FOUND)
            services.resolution_item_done(
                user=request.user,
                item=item,
                done_on=done.cleaned_data["done_on"],
                result=done.cleaned_data["result"],
                today=today,
            )
            messages.success(request, "Đã đánh dấu hoàn thành.")
            return redirect("democracy:conference", conference_id=conference.pk)
    except DomainError as error:
        _error_to_form(add if action == "them" else done, error)
    if done.errors:
        messages.error(request, " ".join(e for errs in done.errors.values() for e in errs))
    items = [(i, i.status_on(today)) for i in conference.resolution_items.all()]
    context = {
        "c": conference,
        "attendance": attendance_text(conference.attendees, conference.staff_total),
        "items": items,
        "editable": editable,
        "add": add,
        "today": today,
    }
    return render(request, "democracy/conference.html", context)


@login_required
def catalogue(request):
    can_manage = services.can_manage_catalogue(request.user)
    form = ObligationTypeForm(request.POST or None, prefix="moi")
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied(services.NOT_CATALOGUE_ADMIN)
        if form.is_valid():
            data = dict(form.cleaned_data)
            data["forms"] = data.pop("publicity_forms")
            try:
                row = services.obligation_type_create(user=request.user, **data)
            except DomainError as error:
                _error_to_form(form, error)
            else:
                messages.success(request, f"Đã thêm «{row.label}» vào danh mục.")
                return redirect("democracy:catalogue_entry", type_code=row.code)
    context = {"rows": obligation_catalogue(), "can_manage": can_manage, "form": form}
    return render(request, "democracy/catalogue.html", context)


@login_required
def catalogue_entry(request, type_code):
    versions = list(obligation_type_versions(type_code))
    if not versions:
        raise Http404(NOT_FOUND)
    current = versions[-1]
    can_manage = services.can_manage_catalogue(request.user)
    initial = {
        "code": current.code,
        "label": current.label,
        "category": current.category,
        "content": current.content,
        "publicity_forms": current.forms,
        "due_rule": current.due_rule,
        "occurs": current.occurs,
        "legal_ref": current.legal_ref,
        "unit_kinds": current.unit_kinds,
    }
    form = ObligationTypeForm(request.POST or None, initial=initial, prefix="sua")
    form.fields["code"].disabled = True
    if request.method == "POST":
        if not can_manage:
            raise PermissionDenied(services.NOT_CATALOGUE_ADMIN)
        if form.is_valid():
            data = dict(form.cleaned_data)
            data.pop("code")
            data["forms"] = data.pop("publicity_forms")
            try:
                services.obligation_type_revise(user=request.user, code=current.code, **data)
            except DomainError as error:
                _error_to_form(form, error)
            else:
                messages.success(request, "Đã lưu phiên bản mới của nghĩa vụ.")
                return redirect("democracy:catalogue_entry", type_code=current.code)
    context = {"versions": versions, "current": current, "form": form, "can_manage": can_manage}
    return render(request, "democracy/catalogue_entry.html", context)
