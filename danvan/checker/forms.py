from django import forms

from danvan.core.forms import upload_check
from danvan.orgunits.widgets import unit_select

MAX_FILES = 20
TOO_MANY_FILES = "Mỗi lần kiểm tra tối đa {limit} tệp."
ACCEPT = ".txt,.docx,.pdf,text/plain,application/pdf"


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        if len(files) > MAX_FILES:
            raise forms.ValidationError(TOO_MANY_FILES.format(limit=MAX_FILES))
        cleaned = [super(MultipleFileField, self).clean(f, initial) for f in files]
        return [upload_check(upload) for upload in cleaned]


class CheckForm(forms.Form):
    files = MultipleFileField(
        label="Tệp báo cáo (.txt, .docx, .pdf)",
        help_text="Chọn một hoặc nhiều tệp; mỗi tệp đến 5 MB.",
    )


class LegacyUploadForm(forms.Form):
    file = forms.FileField(
        label="Báo cáo cũ (.txt, .docx, .pdf)",
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )
    unit = forms.ModelChoiceField(queryset=None, label="Đơn vị", empty_label=None)
    period = forms.CharField(
        label="Kỳ báo cáo", max_length=20, help_text="Ví dụ: 2021, 2021-H1, 2021-Q3."
    )

    def __init__(self, *args, units, **kwargs):
        super().__init__(*args, **kwargs)
        unit_select(self.fields["unit"], units)

    def clean_file(self):
        return upload_check(self.cleaned_data["file"])
