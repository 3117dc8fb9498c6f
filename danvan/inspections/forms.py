"""Forms of the inspection and recommendation pages; every rule is the services'."""

from django import forms

from danvan.core.forms import DateField
from danvan.inspections.models import Result

UPLOAD_HINT = "PDF, Word, ảnh (JPG, PNG); tối đa 5 MB."


class InspectionDetailsForm(forms.Form):
    leader = forms.CharField(label="Trưởng đoàn", required=False, max_length=200)
    members = forms.CharField(
        label="Thành viên đoàn",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Mỗi người một dòng: họ tên — chức vụ.",
    )
    basis = forms.CharField(label="Căn cứ (kế hoạch, quyết định)", required=False, max_length=500)
    conclusion_on = DateField(label="Ngày kết luận", required=False)
    conclusion = forms.CharField(
        label="Kết luận kiểm tra", required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    conclusion_file = forms.FileField(
        label="Tệp kết luận (đã ký)", required=False, help_text=UPLOAD_HINT
    )


class RecommendationForm(forms.Form):
    code = forms.CharField(label="Mã kiến nghị", max_length=60)
    unit = forms.ChoiceField(label="Đơn vị phải khắc phục")
    content = forms.CharField(label="Nội dung kiến nghị", widget=forms.Textarea(attrs={"rows": 3}))
    due_on = DateField(label="Hạn khắc phục")

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [("", "— Chọn đơn vị —")] + [(u.code, u.name) for u in units]


class ReportForm(forms.Form):
    result = forms.ChoiceField(label="Kết quả", choices=[("", "— Chọn kết quả —"), *Result.choices])
    text = forms.CharField(
        label="Đã khắc phục những gì",
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    reported_on = DateField(label="Ngày báo cáo")
    report_file = forms.FileField(label="Tệp báo cáo", required=False, help_text=UPLOAD_HINT)


class CloseForm(forms.Form):
    done_on = DateField(label="Ngày khắc phục")
    evidence = forms.CharField(
        label="Minh chứng",
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text="Biên bản, văn bản, kết quả kiểm tra lại …",
    )
    evidence_file = forms.FileField(label="Tệp minh chứng", required=False, help_text=UPLOAD_HINT)


class RejectForm(forms.Form):
    reason = forms.CharField(
        label="Lý do không chấp nhận", widget=forms.Textarea(attrs={"rows": 2})
    )
