from django import forms
from django.utils import timezone

from danvan.core.forms import DateField
from danvan.indicators.models import TypedIndicator
from danvan.orgunits.widgets import unit_choices


def this_year() -> str:
    """The Vietnamese calendar year now, asked when the form is shown (not at import time)."""
    return str(timezone.localdate().year)


class IndicatorScopeForm(forms.Form):
    don_vi = forms.ChoiceField(label="Đơn vị")
    cap_duoi = forms.BooleanField(label="Gồm cả đơn vị cấp dưới", required=False)
    ky = forms.CharField(
        label="Kỳ báo cáo",
        help_text="Ví dụ: 2021, 2021-H1, 2021-9M, 2021-Q3, 2021-M09",
        initial=this_year,
    )
    tu = DateField(label="Từ ngày (nếu tính theo khoảng riêng)", required=False)
    den = DateField(label="Đến ngày", required=False)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["don_vi"].choices = unit_choices(units)


class FormVersionForm(forms.Form):
    text = forms.CharField(
        label="Các dòng của biểu mẫu",
        widget=forms.Textarea(attrs={"rows": 30, "cols": 80}),
        help_text="Mỗi dòng một chỉ tiêu (mã, có thể thêm «| tên hiển thị»); "
        "dòng bắt đầu bằng # là tiêu đề mục.",
    )
    valid_from = DateField(label="Áp dụng từ ngày", required=False)
    note = forms.CharField(label="Ghi chú (căn cứ thay đổi)", required=False, max_length=300)


class IndicatorDefinitionForm(forms.Form):
    """What an administrator types for an indicator; the service checks it all (one place for
    the page, the API and the command line), so every field here is plain text."""

    code = forms.CharField(
        label="Mã chỉ tiêu",
        required=False,
        max_length=40,
        help_text="Chữ in hoa không dấu, chữ số, dấu gạch dưới; ví dụ SO_DV_THAM_DU.",
    )
    label = forms.CharField(label="Tên chỉ tiêu", required=False, max_length=300)
    unit = forms.CharField(label="Đơn vị tính", required=False, max_length=40)
    value_type = forms.ChoiceField(
        label="Kiểu giá trị", choices=TypedIndicator.ValueType.choices, required=False
    )
    additive = forms.BooleanField(
        label="Cộng được qua các đơn vị (bỏ chọn với tỷ lệ, bình quân)",
        required=False,
        initial=True,
    )
    ratio_numerator = forms.CharField(
        label="Tỷ lệ: mã tử số",
        required=False,
        max_length=40,
        help_text="Chỉ ghi khi chỉ tiêu là tỷ lệ của hai chỉ tiêu khác trong danh mục.",
    )
    ratio_denominator = forms.CharField(label="Tỷ lệ: mã mẫu số", required=False, max_length=40)
    valid_from = forms.CharField(
        label="Áp dụng từ ngày", required=False, help_text="dd/mm/yyyy; để trống nếu từ trước."
    )
    valid_to = forms.CharField(label="Áp dụng đến ngày", required=False, help_text="dd/mm/yyyy")
    legal_ref = forms.CharField(label="Căn cứ", required=False, max_length=300)

    def __init__(self, *args, editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            self.fields["code"].disabled = True
            self.fields["code"].help_text = "Mã không đổi được sau khi tạo."


class RetireForm(forms.Form):
    valid_to = forms.CharField(
        label="Ngừng dùng sau ngày", required=False, help_text="dd/mm/yyyy; để trống là hôm nay."
    )
