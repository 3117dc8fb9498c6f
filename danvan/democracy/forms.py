from django import forms

from danvan.core.forms import DateField
from danvan.democracy.models import Category, Occurs, PublicityForm
from danvan.orgunits.models import OrgUnitKind


class PublicityRecordForm(forms.Form):
    done_on = DateField(label="Ngày công khai, thực hiện")
    form = forms.ChoiceField(
        label="Hình thức", choices=[("", "— chọn —"), *PublicityForm.choices], required=False
    )
    content = forms.CharField(
        label="Nội dung đã công khai, lấy ý kiến",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    evidence_label = forms.CharField(label="Minh chứng (số văn bản, biên bản …)", required=False)
    evidence_url = forms.CharField(label="Đường dẫn minh chứng", required=False, max_length=500)
    evidence_file = forms.FileField(label="Tệp minh chứng", required=False)


class EventForm(forms.Form):
    event_on = DateField(label="Ngày của sự kiện")


class CancelForm(forms.Form):
    reason = forms.CharField(label="Lý do hủy", widget=forms.Textarea(attrs={"rows": 2}))


class ResolutionItemForm(forms.Form):
    content = forms.CharField(label="Nội dung nghị quyết", widget=forms.Textarea(attrs={"rows": 2}))
    due_on = DateField(label="Thời hạn", required=False)


class ResolutionDoneForm(forms.Form):
    item = forms.IntegerField(widget=forms.HiddenInput)
    done_on = DateField(label="Ngày hoàn thành")
    result = forms.CharField(label="Kết quả", required=False)


class SteeringBoardForm(forms.Form):
    decision_number = forms.CharField(label="Số quyết định", max_length=60)
    decided_on = DateField(label="Ngày quyết định")
    members = forms.CharField(
        label="Thành viên (mỗi dòng: Họ và tên; chức vụ; vai trò)",
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class InspectionBoardForm(forms.Form):
    term_from = DateField(label="Nhiệm kỳ từ ngày")
    term_to = DateField(label="Nhiệm kỳ đến ngày")
    elected_at = forms.CharField(label="Bầu tại", required=False, max_length=300)
    members = forms.CharField(
        label="Thành viên (mỗi dòng: Họ và tên; chức vụ; vai trò)",
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class ObligationTypeForm(forms.Form):
    code = forms.CharField(label="Mã nghĩa vụ", max_length=40)
    label = forms.CharField(label="Tên nghĩa vụ", max_length=300)
    category = forms.ChoiceField(label="Nhóm", choices=Category.choices)
    content = forms.CharField(
        label="Nội dung phải thực hiện, công khai",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    publicity_forms = forms.MultipleChoiceField(
        label="Hình thức",
        choices=PublicityForm.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    due_rule = forms.CharField(
        label="Thời hạn",
        max_length=200,
        help_text="Ví dụ: trước ngày 31/3 hằng năm; 03 ngày làm việc sau ngày ban hành",
    )
    occurs = forms.ChoiceField(label="Năm phải thực hiện", choices=Occurs.choices)
    legal_ref = forms.CharField(label="Căn cứ pháp lý", max_length=300)
    unit_kinds = forms.MultipleChoiceField(
        label="Loại đơn vị áp dụng",
        choices=OrgUnitKind.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    valid_from = DateField(label="Áp dụng từ ngày")
    note = forms.CharField(label="Ghi chú phiên bản", required=False, max_length=300)
