from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST

from danvan.notifications.selectors import notifications_of
from danvan.notifications.services import notification_open, notifications_mark_read

NOT_FOUND = "Không tìm thấy thông báo này trong hộp thông báo của bạn."


@login_required
def inbox(request):
    page = Paginator(notifications_of(request.user), 50).get_page(request.GET.get("trang"))
    return render(request, "notifications/inbox.html", {"page": page})


@require_GET
@login_required
def open_notification(request, pk):
    """Opening a notification marks it read and goes where the work is done."""
    notification = notification_open(user=request.user, pk=pk)
    if notification is None:
        raise Http404(NOT_FOUND)
    link = notification.link
    if link and url_has_allowed_host_and_scheme(link, allowed_hosts={request.get_host()}):
        return redirect(link)
    return redirect("notifications:inbox")


@require_POST
@login_required
def mark_read(request):
    ids = request.POST.getlist("id") or None
    notifications_mark_read(
        user=request.user, ids=[int(i) for i in ids if i.isdigit()] if ids else None
    )
    return redirect("notifications:inbox")
