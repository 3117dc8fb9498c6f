from django import forms

from danvan.audit.models import AuditEvent
from danvan.audit.selectors import audit_model_label
from danvan.core.forms import DateField


class AuditFilterForm(forms.Form):
    username = forms.CharField(label="Người thực hiện", required=False)
    model = forms.ChoiceField(label="Loại dữ liệu", required=False)
    action = forms.ChoiceField(
        label="Thao tác", required=False, choices=[("", "Tất cả"), *AuditEvent.Action.choices]
    )
    date_from = DateField(label="Từ ngày", required=False)
    date_to = DateField(label="Đến ngày", required=False)
    text = forms.CharField(label="Bản ghi", required=False)

    def __init__(self, *args, models=(), **kwargs):
        super().__init__(*args, **kwargs)

        choices = [(m, audit_model_label(m)) for m in models]
        self.fields["model"].choices = [("", "Tất cả"), *choices]
