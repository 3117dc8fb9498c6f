"""The panel's views under ``/han/<kind>/<pk>/…``: the thing is found through its kind's
``visible(user)`` (404 otherwise, the same whether it is missing or not the user's), changed
only through :mod:`danvan.deadlines.services`, and answered with the panel again (htmx) or a
redirect back to the page it was on (no JavaScript). A refused change keeps what was typed."""

from pathlib import PurePosixPath

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from danvan.core.errors import DomainError, Invalid
from danvan.deadlines import services
from danvan.deadlines.panel import panel_context, panel_form, panel_render
from danvan.deadlines.registry import DeadlineKind, deadline_kind
from danvan.deadlines.selectors import evidence_of

NOT_FOUND = "Không tìm thấy việc này, hoặc bạn không có quyền xem."
EVIDENCE_NOT_FOUND = "Không tìm thấy tệp minh chứng này."
DONE = {
    "progress": "Đã lưu tiến độ.",
    "complete": "Đã ghi hoàn thành.",
    "reopen": "Đã mở lại việc.",
    "cancel": "Đã hủy việc.",
    "evidence": "Đã thêm minh chứng.",
    "remove": "Đã gỡ minh chứng.",
}


def _thing(request, kind: str, pk: int) -> tuple[DeadlineKind, object]:
    try:
        found = deadline_kind(kind)
    except KeyError:
        raise Http404(NOT_FOUND) from None
    if found.model is None or found.visible is None:
        raise Http404(NOT_FOUND)
    obj = found.visible(request.user).filter(pk=pk).first()
    if obj is None:
        raise Http404(NOT_FOUND)
    return found, obj


def _next(request, obj, kind: str) -> str:
    """Where a plain (no-JavaScript) form goes back to: the page it was posted from, if it is
    one of ours; else the thing's own page; else the panel's page."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    absolute = getattr(obj, "get_absolute_url", None)
    if callable(absolute):
        return absolute()
    return reverse("han:panel", args=[kind, obj.pk])


def _answer(request, obj, kind: str, *, action="", form=None, message="", status=200):
    next_url = _next(request, obj, kind) if request.method == "POST" else ""
    if request.htmx:
        # The panel's content: htmx swaps it into the panel (innerHTML), which stays in place.
        html = panel_render(
            request,
            obj,
            kind,
            inner=True,
            bound=form,
            action=action,
            message=message,
            next_url=next_url,
        )
        return HttpResponse(html, status=status)
    if form is None and message:
        messages.success(request, message)
        return redirect(next_url)
    context = panel_context(request, obj, kind, bound=form, action=action, next_url=next_url)
    return render(request, "deadlines/_page.html", {**context, "title": str(obj)}, status=status)


def _refused(form, error: DomainError) -> None:
    fields = [p["field"] for p in getattr(error, "problems", []) if p.get("field") in form.fields]
    if isinstance(error, Invalid) and fields:
        form.add_error(fields[0], error.message)
    else:
        form.add_error(None, error.message)


@require_GET
@login_required
def panel(request, kind, pk):
    """The panel alone (htmx) or on a page of its own."""
    _, obj = _thing(request, kind, pk)
    return _answer(request, obj, kind)


def _act(request, kind, pk, action, run):
    _, obj = _thing(request, kind, pk)
    if not services.can_change_deadline(request.user, obj):
        raise PermissionDenied(services.NOT_ALLOWED)
    form = panel_form(action, kind, obj, data=request.POST, files=request.FILES)
    if form.is_valid():
        try:
            run(obj, form.cleaned_data)
        except DomainError as error:
            _refused(form, error)
        else:
            return _answer(request, obj, kind, message=DONE[action])
    # htmx swaps only 2xx answers: the panel with the errors and the typed text comes back as
    # 200 there; a plain browser gets the page with status 400.
    return _answer(
        request, obj, kind, action=action, form=form, status=200 if request.htmx else 400
    )


@require_POST
@login_required
def progress(request, kind, pk):
    def run(obj, data):
        services.deadline_progress(
            request.user, obj, data["state"], data["note"], data.get("day") or None
        )

    return _act(request, kind, pk, "progress", run)


@require_POST
@login_required
def complete(request, kind, pk):
    def run(obj, data):
        services.deadline_complete(request.user, obj, data["done_on"], data["note"])

    return _act(request, kind, pk, "complete", run)


@require_POST
@login_required
def reopen(request, kind, pk):
    def run(obj, data):
        services.deadline_reopen(request.user, obj, data["note"])

    return _act(request, kind, pk, "reopen", run)


@require_POST
@login_required
def cancel(request, kind, pk):
    def run(obj, data):
        services.deadline_cancel(request.user, obj, data["reason"])

    return _act(request, kind, pk, "cancel", run)


@require_POST
@login_required
def evidence_add(request, kind, pk):
    def run(obj, data):
        services.evidence_add(
            request.user, obj, data["kind"], data["label"], data["url"], data.get("file")
        )

    return _act(request, kind, pk, "evidence", run)


@require_POST
@login_required
def evidence_remove(request, kind, pk, evidence_id):
    _, obj = _thing(request, kind, pk)
    if not services.can_change_deadline(request.user, obj):
        raise PermissionDenied(services.NOT_ALLOWED)
    evidence = evidence_of(obj).filter(pk=evidence_id).first()
    if evidence is None:
        raise Http404(EVIDENCE_NOT_FOUND)
    try:
        services.evidence_remove(request.user, obj, evidence)
    except DomainError as error:
        raise PermissionDenied(error.message)
    return _answer(request, obj, kind, message=DONE["remove"])


@require_GET
@login_required
def evidence_file(request, kind, pk, evidence_id):
    """An evidence file, to whoever may see the thing (never from a public URL)."""
    _, obj = _thing(request, kind, pk)
    evidence = evidence_of(obj).filter(pk=evidence_id).exclude(file="").first()
    if evidence is None:
        raise Http404(EVIDENCE_NOT_FOUND)
    try:
        handle = evidence.file.open("rb")
    except FileNotFoundError:
        raise Http404(EVIDENCE_NOT_FOUND) from None
    return FileResponse(handle, as_attachment=True, filename=PurePosixPath(evidence.file.name).name)
