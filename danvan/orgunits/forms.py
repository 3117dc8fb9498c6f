from django import forms

from danvan.core.forms import DateField
from danvan.orgunits.models import CODE_PATTERN, OrgUnitKind
from danvan.orgunits.widgets import UnitTreeField, unit_choices


class OrgUnitCreateForm(forms.Form):
    code = forms.CharField(label="Mã đơn vị", max_length=40)
    name = forms.CharField(label="Tên đơn vị", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt", max_length=100, required=False)
    kind = forms.ChoiceField(label="Loại", choices=OrgUnitKind.choices)
    parent = forms.ChoiceField(label="Đơn vị cấp trên")
    valid_from = DateField(label="Hiệu lực từ", required=False)

    def __init__(self, *args, parents=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].choices = unit_choices(parents)

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        if not CODE_PATTERN.match(code):
            raise forms.ValidationError(
                "Mã chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang (tối đa 40 ký tự)."
            )
        return code


class OrgUnitRenameForm(forms.Form):
    name = forms.CharField(label="Tên mới", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt mới", max_length=100, required=False)
    effective = DateField(label="Áp dụng từ ngày")
    note = forms.CharField(label="Căn cứ (số quyết định …)", max_length=255, required=False)


class OrgUnitMergeForm(forms.Form):
    sources = UnitTreeField(label="Các đơn vị sáp nhập vào đơn vị này", subtree=False)
    effective = DateField(label="Sáp nhập từ ngày")

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sources"].set_units(candidates)


class AsOfForm(forms.Form):
    ngay = DateField(label="Xem theo ngày", required=False)
