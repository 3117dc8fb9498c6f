"""Pages of proposals: thin, over the selectors and services."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.commendations import forms, services
from danvan.commendations.models import Proposal
from danvan.commendations.selectors import (
    PROPOSERS,
    access_proposals,
    proposal_commendations,
    proposal_deciding_choices,
    proposal_scope_units,
    proposals_waiting,
)
from danvan.core.errors import DomainError, Invalid
from danvan.emulation.selectors import movements_visible
from danvan.orgunits.selectors import orgunit_active

NOT_FOUND = "Không tìm thấy đề xuất khen thưởng, hoặc bạn không được xem."
NO_FILE = "Hãy chọn tệp danh sách (CSV hoặc Excel)."
FILE_READ = "Đã đọc {count} dòng từ tệp; kiểm tra rồi bấm «Lưu»."
DONE = {
    "send_to_head": "Đã trình lãnh đạo.",
    "withdraw": "Đã trả về dự thảo.",
    "submit": "Đã gửi đề xuất đến cơ quan quyết định.",
    "return": "Đã trả lại đề xuất cho đơn vị.",
    "decide": "Đã ghi quyết định khen thưởng.",
}


def _movements(request):
    """The movements the user may name (the access gate's, never another unit's)."""
    return movements_visible(request.user).order_by("code")


def _visible(user, pk) -> Proposal:
    found = access_proposals(user).filter(pk=pk).first()
    if found is None:
        raise Http404(NOT_FOUND)
    return found


def _units(user):
    return orgunit_active(proposal_scope_units(user, roles=PROPOSERS)).order_by("path")


def _deciders(units, proposal=None):
    found = list(proposal_deciding_choices(units))
    if proposal is not None and proposal.deciding_unit not in found:
        found.append(proposal.deciding_unit)
    return found


@login_required
def proposal_list(request):
    proposals = access_proposals(request.user).order_by("-year", "-created_at")
    context = {
        "proposals": proposals,
        "waiting": proposals_waiting(request.user),
        "can_create": _units(request.user).exists(),
    }
    return render(request, "commendations/proposal_list.html", context)


def _entries(formset) -> list[dict]:
    rows = []
    for i, form in enumerate(formset.forms):
        data = getattr(form, "cleaned_data", None) or {}
        if not data or data.get("DELETE"):
            continue
        row = {k: v for k, v in data.items() if k not in ("DELETE", "position")}
        if any(str(v).strip() for v in row.values()):
            rows.append((data.get("position") or 10_000 + i, i, row))
    return [row for _, _, row in sorted(rows, key=lambda t: (t[0], t[1]))]


def _edit(request, proposal: Proposal | None):
    units = list(_units(request.user))
    if proposal is not None:
        units = [proposal.unit]
    deciders = _deciders(units, proposal)
    if request.method == "POST" and request.POST.get("import_rows"):
        # «Nhập danh sách từ tệp»: the file's rows replace the list on the page, nothing saved.
        form = forms.ProposalForm(request.POST, units=units, deciders=deciders)
        upload = request.FILES.get("tep_danh_sach")
        rows = []
        if upload is None:
            form.add_error(None, NO_FILE)
        else:
            try:
                rows = services.proposal_entries_read(upload.read(), upload.name)
            except DomainError as error:
                form.add_error(None, error.message)
                for p in getattr(error, "problems", []):
                    form.add_error(None, f"Dòng {p.line}, cột «{p.column}»: {p.message}")
        if rows:
            rows = [{"position": i, **row} for i, row in enumerate(rows, 1)]
            formset = forms.EntryFormSet(initial=rows, prefix="entries")
            messages.info(request, FILE_READ.format(count=len(rows)))
        else:
            formset = forms.EntryFormSet(request.POST, prefix="entries")
    elif request.method == "POST" and request.POST.get("add_row"):
        # «Thêm dòng»: the same page with one more empty row, nothing saved.
        data = request.POST.copy()
        total = int(data.get("entries-TOTAL_FORMS") or 0)
        data["entries-TOTAL_FORMS"] = str(min(total + 1, 200))
        form = forms.ProposalForm(
            data, units=units, deciders=deciders, movements=_movements(request)
        )
        formset = forms.EntryFormSet(data, prefix="entries")
    elif request.method == "POST":
        form = forms.ProposalForm(
            request.POST, units=units, deciders=deciders, movements=_movements(request)
        )
        formset = forms.EntryFormSet(request.POST, prefix="entries")
        if form.is_valid() and formset.is_valid():
            data = form.cleaned_data
            by_code = {u.code: u for u in deciders}
            values = {
                "deciding_unit": by_code.get(data["deciding_unit"]),
                "title": data["title"],
                "year": data["year"],
                "movement": _movements(request).filter(code=data["movement"]).first()
                if data["movement"]
                else None,
                "body": data["body"],
                "number": data["number"],
                "entries": _entries(formset),
            }
            try:
                if proposal is None:
                    unit = next(u for u in units if u.code == data["unit"])
                    saved = services.proposal_create(user=request.user, unit=unit, **values)
                else:
                    saved = services.proposal_update(
                        user=request.user,
                        proposal=proposal,
                        expected_version=data.get("version"),
                        **values,
                    )
            except Invalid as error:
                form.add_error(None, error.message)
                for p in error.problems:
                    form.add_error(None, f"{p['label']}: {p['reason']}")
            except DomainError as error:
                form.add_error(None, error.message)
            else:
                messages.success(request, "Đã lưu đề xuất khen thưởng.")
                return redirect("commendations:proposal_detail", pk=saved.pk)
    else:
        if proposal is None:
            first = units[0] if units else None
            initial = {
                "year": timezone.localdate().year,
                "unit": first.code if first else "",
                "deciding_unit": first.parent.code if first and first.parent else "",
            }
            rows = []
        else:
            initial = {
                "unit": proposal.unit.code,
                "deciding_unit": proposal.deciding_unit.code,
                "number": proposal.number,
                "title": proposal.title,
                "year": proposal.year,
                "movement": proposal.movement.code if proposal.movement else "",
                "body": proposal.body,
                "version": proposal.version,
            }
            rows = [
                {
                    "position": e.position,
                    "subject_kind": e.subject_kind,
                    "subject_name": e.subject_name,
                    "position_title": e.position_title,
                    "form": e.form,
                    "level": e.level,
                    "achievement": e.achievement,
                }
                for e in proposal.entries.all()
            ]
        form = forms.ProposalForm(
            initial=initial, units=units, deciders=deciders, movements=_movements(request)
        )
        formset = forms.EntryFormSet(initial=rows, prefix="entries")
    context = {"form": form, "formset": formset, "proposal": proposal}
    return render(request, "commendations/proposal_edit.html", context)


@login_required
def proposal_new(request):
    if not _units(request.user).exists():
        raise Http404(NOT_FOUND)
    return _edit(request, None)


@login_required
def proposal_edit(request, pk):
    proposal = _visible(request.user, pk)
    if "edit" not in services.proposal_actions(user=request.user, proposal=proposal):
        raise Http404(NOT_FOUND)
    return _edit(request, proposal)


def _detail_context(request, proposal, **given):
    actions = services.proposal_actions(user=request.user, proposal=proposal)
    return {
        "proposal": proposal,
        "actions": actions,
        "entries": list(proposal.entries.all()),
        "transitions": proposal.transitions.select_related("by"),
        "commendations": proposal_commendations(proposal),
        "return_form": given.get("return_form") or forms.ReturnForm(),
        "decide_form": given.get("decide_form")
        or forms.DecideForm(initial={"decided_on": timezone.localdate()}),
        "comment_form": forms.CommentForm(),
        "granted": given.get("granted", set()),
    }


@login_required
def proposal_detail(request, pk):
    proposal = _visible(request.user, pk)
    return render(request, "commendations/proposal_detail.html", _detail_context(request, proposal))


@require_POST
@login_required
def proposal_act(request, pk, action):
    proposal = _visible(request.user, pk)
    if action not in DONE:
        raise Http404(NOT_FOUND)
    version = request.POST.get("version") or None
    given = {}
    try:
        if action == "send_to_head":
            services.proposal_send_to_head(
                user=request.user,
                proposal=proposal,
                expected_version=version,
                comment=request.POST.get("comment", ""),
            )
        elif action == "withdraw":
            services.proposal_withdraw(
                user=request.user,
                proposal=proposal,
                expected_version=version,
                comment=request.POST.get("comment", ""),
            )
        elif action == "submit":
            services.proposal_submit(user=request.user, proposal=proposal, expected_version=version)
        elif action == "return":
            given["return_form"] = forms.ReturnForm(request.POST)
            services.proposal_return(
                user=request.user,
                proposal=proposal,
                reason=request.POST.get("reason", ""),
                expected_version=version,
            )
        else:
            form = forms.DecideForm(request.POST)
            given["decide_form"] = form
            given["granted"] = {int(g) for g in request.POST.getlist("granted") if g.isdigit()}
            if not form.is_valid():
                raise DomainError(" ".join(" ".join(e) for e in form.errors.values()))
            services.proposal_decide(
                user=request.user,
                proposal=proposal,
                decision_number=form.cleaned_data["decision_number"],
                decided_on=form.cleaned_data["decided_on"],
                granted=given["granted"],
                expected_version=version,
            )
    except DomainError as error:
        messages.error(request, error.message)
        proposal.refresh_from_db()
        context = _detail_context(request, proposal, **given)
        return render(request, "commendations/proposal_detail.html", context, status=400)
    messages.success(request, DONE[action])
    return redirect("commendations:proposal_detail", pk=proposal.pk)
