from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.notifications.selectors import notifications_of
from danvan.notifications.services import notifications_mark_read


@login_required
def inbox(request):
    page = Paginator(notifications_of(request.user), 50).get_page(request.GET.get("trang"))
    return render(request, "notifications/inbox.html", {"page": page})


@require_POST
@login_required
def mark_read(request):
    ids = request.POST.getlist("id") or None
    notifications_mark_read(
        user=request.user, ids=[int(i) for i in ids if i.isdigit()] if ids else None
    )
    return redirect("notifications:inbox")
