from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from danvan.accounts.access import access_is_province_admin, access_require_province_admin
from danvan.accounts.decorators import role_required
from danvan.accounts.models import Role
from danvan.calendars import services
from danvan.calendars.forms import CalendarDayForm, PeriodRuleForm
from danvan.calendars.models import CalendarDay
from danvan.calendars.selectors import calendar_current, calendar_entries
from danvan.core.errors import DomainError
from danvan.periods import services as period_services
from danvan.periods.selectors import period_settings_get
from danvan.periods.values import Period, WindowRule, period_window

ADMIN = [Role.QUAN_TRI]


def _back(year: int):
    return redirect(f"{reverse('calendars:year')}?nam={year}")


def _year(request) -> int:
    try:
        year = int(request.GET.get("nam", ""))
    except ValueError:
        return timezone.localdate().year
    return year if 1990 <= year <= 2100 else timezone.localdate().year


@role_required(*ADMIN)
def year_view(request):
    year = _year(request)
    calendar = calendar_current()
    rule = WindowRule(period_settings_get().window_rule)
    examples = [
        Period.parse(code) for code in (f"{year}", f"{year}-H1", f"{year}-9M", f"{year}-Q3")
    ]
    context = {
        "year": year,
        "days_off": calendar.days_off(year),
        "entries": calendar_entries(year),
        "form": CalendarDayForm(),
        "rule_form": PeriodRuleForm(initial={"window_rule": rule.value}),
        "rule": rule,
        "can_change": access_is_province_admin(request.user),
        "windows": [(p, period_window(p, rule)) for p in examples],
    }
    return render(request, "calendars/year.html", context)


@require_POST
@role_required(*ADMIN)
def day_add(request):
    access_require_province_admin(request.user)
    form = CalendarDayForm(request.POST)
    if form.is_valid():
        try:
            entry = services.calendar_day_set(**form.cleaned_data)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, f"Đã ghi {entry}.")
            return _back(entry.day.year)
    else:
        messages.error(request, "Ngày không hợp lệ (dạng dd/mm/yyyy).")
    return redirect("calendars:year")


@require_POST
@role_required(*ADMIN)
def day_remove(request, pk):
    access_require_province_admin(request.user)
    entry = get_object_or_404(CalendarDay, pk=pk)
    services.calendar_day_remove(entry=entry)
    messages.success(request, f"Đã bỏ điều chỉnh ngày {entry.day:%d/%m/%Y}.")
    return _back(entry.day.year)


@require_POST
@role_required(*ADMIN)
def period_rule(request):
    access_require_province_admin(request.user)
    form = PeriodRuleForm(request.POST)
    if form.is_valid():
        period_services.period_settings_set(
            window_rule=WindowRule(form.cleaned_data["window_rule"])
        )
        messages.success(request, "Đã đổi cách chốt số liệu kỳ báo cáo.")
    return redirect("calendars:year")
