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


SYMBOL_HELP = "Chữ in hoa không dấu (riêng Đ), số, gạch nối: BQL, SNV, UBND. Để trống: tự suy ra."
PLACE_HELP = (
    "Tên đơn vị hành chính nơi đóng trụ sở, ghi trước «ngày … tháng … năm …» (Gia Lai, Quy "
    "Nhơn). Để trống: lấy từ tỉnh hoặc xã, phường cấp trên gần nhất."
)
PARENT_HEADER_HELP = "Mỗi dòng một dòng của tiêu đề (UBND TỈNH GIA LAI). Để trống: tự suy ra."
ISSUER_HEADER_HELP = (
    "Mỗi dòng một dòng của tiêu đề, xuống dòng đúng chỗ muốn ngắt (BAN QUẢN LÝ / KHU KINH TẾ). "
    "Để trống: tên đơn vị, tự ngắt dòng."
)


def _lines_widget():
    return forms.Textarea(attrs={"rows": 3, "cols": 40})


class LetterheadFields(forms.Form):
    """The letterhead of a unit's documents (Nghị định 30/2020, Phụ lục I)."""

    symbol = forms.CharField(label="Ký hiệu", max_length=30, required=False, help_text=SYMBOL_HELP)
    symbol_with_parent = forms.BooleanField(
        label="Ký hiệu văn bản kèm ký hiệu cấp trên (BC-VP-UBND)", required=False
    )
    place_name = forms.CharField(
        label="Địa danh", max_length=100, required=False, help_text=PLACE_HELP
    )
    parent_header = forms.CharField(
        label="Tên cơ quan chủ quản (từng dòng)",
        max_length=400,
        required=False,
        widget=_lines_widget(),
        help_text=PARENT_HEADER_HELP,
    )
    issuer_header = forms.CharField(
        label="Tên cơ quan ban hành (từng dòng)",
        max_length=400,
        required=False,
        widget=_lines_widget(),
        help_text=ISSUER_HEADER_HELP,
        strip=False,
    )


class OrgUnitLetterheadForm(LetterheadFields):
    pass


class OrgUnitRenameForm(forms.Form):
    name = forms.CharField(label="Tên mới", max_length=255)
    short_name = forms.CharField(label="Tên viết tắt mới", max_length=100, required=False)
    effective = DateField(label="Áp dụng từ ngày")
    note = forms.CharField(label="Căn cứ (số quyết định …)", max_length=255, required=False)
    symbol = forms.CharField(
        label="Ký hiệu mới", max_length=30, required=False, help_text="Để trống: giữ ký hiệu cũ."
    )
    issuer_header = forms.CharField(
        label="Tên cơ quan ban hành theo tên mới (từng dòng)",
        max_length=400,
        required=False,
        widget=_lines_widget(),
        help_text="Để trống: tên mới, tự ngắt dòng.",
    )


class OrgUnitMergeForm(forms.Form):
    sources = UnitTreeField(label="Các đơn vị sáp nhập vào đơn vị này", subtree=False)
    effective = DateField(label="Sáp nhập từ ngày")

    def __init__(self, *args, candidates=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sources"].set_units(candidates)


class AsOfForm(forms.Form):
    ngay = DateField(label="Xem theo ngày", required=False)


class OrgUnitCreateWithLetterheadForm(LetterheadFields, OrgUnitCreateForm):
    """Create a unit, with its letterhead if the administrator knows it already."""
