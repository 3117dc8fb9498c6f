from django import forms

from danvan.calendars.models import CalendarDay
from danvan.core.forms import DateField
from danvan.periods.values import WindowRule


class CalendarDayForm(forms.Form):
    day = DateField(label="Ngày")
    kind = forms.ChoiceField(label="Đổi thành", choices=CalendarDay.Kind.choices)
    note = forms.CharField(label="Căn cứ, ghi chú", max_length=255, required=False)


class PeriodRuleForm(forms.Form):
    window_rule = forms.ChoiceField(
        label="Cách chốt số liệu kỳ báo cáo",
        choices=[(rule.value, rule.label) for rule in WindowRule],
    )
