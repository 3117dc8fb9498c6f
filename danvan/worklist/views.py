from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.utils import timezone

from danvan.accounts.access import access_units
from danvan.accounts.models import RoleGrant
from danvan.worklist.selectors import worklist_for, worklist_grouped


@login_required
def home(request):
    """The start page: the user's roles and what is due for them today."""
    grants = RoleGrant.objects.filter(user=request.user).select_related("unit")
    items = worklist_for(request.user, today=timezone.localdate())
    context = {
        "grants": grants,
        "unit_count": access_units(request.user).count(),
        "worklist": worklist_grouped(items),
        "worklist_total": len(items),
    }
    return render(request, "core/home.html", context)
