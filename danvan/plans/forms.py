from django import forms

from danvan.core.forms import DateField
from danvan.orgunits.widgets import unit_choices
from danvan.plans.models import OUTLINE
from danvan.plans.services import EDITABLE
from danvan.reporting.forms import AUTHORITIES


class PlanForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    unit = forms.ChoiceField(label="Đơn vị ban hành")
    number = forms.CharField(label="Số", max_length=20, required=False)
    symbol = forms.CharField(
        label="Ký hiệu", max_length=60, required=False, help_text="Ví dụ: KH-BQL"
    )
    issued_on = DateField(label="Ngày ban hành", required=False)
    subject = forms.CharField(label="Trích yếu", max_length=500)
    basis = forms.CharField(
        label="Căn cứ",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Ví dụ: Thực hiện Kế hoạch số 79/KH-UBND ngày 10/01/2023 của UBND tỉnh …",
    )
    signer_authority = forms.ChoiceField(label="Quyền hạn ký", choices=AUTHORITIES, required=False)
    signer_authority_title = forms.CharField(
        label="Chức vụ người đứng đầu (sau KT., TM. …)", max_length=100, required=False
    )
    signer_title = forms.CharField(label="Chức vụ người ký", max_length=100, required=False)
    signer_name = forms.CharField(label="Họ và tên người ký", max_length=100, required=False)
    recipients = forms.CharField(
        label="Nơi nhận", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, units=(), locked_unit=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = unit_choices(units)
        if locked_unit:
            self.fields["unit"].disabled = True
        for key, title in OUTLINE:
            self.fields[f"section_{key}"] = forms.CharField(
                label=f"{key}. {title}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 8, "class": "richtext"}),
            )

    def sections(self) -> dict:
        return {key: self.cleaned_data.get(f"section_{key}", "") for key, _ in OUTLINE}

    def details(self) -> dict:

        found = {name: self.cleaned_data.get(name) or "" for name in EDITABLE}
        found["issued_on"] = self.cleaned_data.get("issued_on")
        return found


class ItemForm(forms.Form):
    content = forms.CharField(label="Nhiệm vụ", widget=forms.Textarea(attrs={"rows": 2}))
    lead = forms.CharField(label="Đơn vị chủ trì", max_length=200, required=False)
    deadline = DateField(label="Thời hạn", required=False)
