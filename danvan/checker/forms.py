from django import forms
from django.conf import settings

from danvan.core.forms import UPLOAD_EMPTY, UPLOAD_TOO_LARGE
from danvan.core.middleware import human_size

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
        limit = settings.DANVAN_MAX_UPLOAD_BYTES
        for upload in cleaned:
            if upload.size > limit:
                raise forms.ValidationError(
                    UPLOAD_TOO_LARGE.format(
                        name=upload.name, size=human_size(upload.size), limit=human_size(limit)
                    )
                )
            if upload.size == 0:
                raise forms.ValidationError(UPLOAD_EMPTY.format(name=upload.name))
        return cleaned


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
        self.fields["unit"].queryset = units.order_by("path")
        self.fields["unit"].label_from_instance = lambda u: f"{u.name} ({u.code})"

    def clean_file(self):
        upload = self.cleaned_data["file"]
        limit = settings.DANVAN_MAX_UPLOAD_BYTES
        if upload.size > limit:
            raise forms.ValidationError(
                UPLOAD_TOO_LARGE.format(
                    name=upload.name, size=human_size(upload.size), limit=human_size(limit)
                )
            )
        return upload
