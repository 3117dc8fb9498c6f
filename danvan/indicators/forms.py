from django import forms
from django.utils import timezone

from danvan.core.forms import DateField
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
