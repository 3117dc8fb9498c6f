from django import forms

from danvan.orgunits.forms import DateField
from danvan.reporting.models import OUTLINE


class RequestForm(forms.Form):
    issuer = forms.ChoiceField(label="Đơn vị ban hành")
    number = forms.CharField(label="Số", max_length=20)
    symbol = forms.CharField(label="Ký hiệu", max_length=60)
    issued_on = DateField(label="Ngày ban hành")
    subject = forms.CharField(label="Trích yếu", max_length=500)
    period = forms.CharField(label="Kỳ báo cáo", help_text="Ví dụ: 2021, 2021-H1")
    deadline = DateField(label="Hạn gửi báo cáo")
    targets = forms.MultipleChoiceField(
        label="Các đơn vị phải báo cáo", widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, issuers=(), units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["issuer"].choices = [(u.code, f"{u.name} ({u.code})") for u in issuers]
        self.fields["targets"].choices = [(u.code, f"{u.name} ({u.code})") for u in units]


class ReportForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for key, title in OUTLINE:
            self.fields[f"section_{key}"] = forms.CharField(
                label=f"{key}. {title}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 6}),
            )

    def sections(self) -> dict:
        return {key: self.cleaned_data.get(f"section_{key}", "") for key, _ in OUTLINE}
