from django import forms

from danvan.core.middleware import human_size
from danvan.core.parsing import parse_int

UPLOAD_TOO_LARGE = "Tệp «{name}» quá lớn ({size}); giới hạn là {limit}."
UPLOAD_EMPTY = "Tệp «{name}» rỗng."


class UploadForm(forms.Form):
    file = forms.FileField(label="Tệp CSV hoặc XLSX")

    def clean_file(self):
        upload = self.cleaned_data["file"]
        # Empty only when the import page re-submits a file it kept (see core/importing).
        return upload_check(upload) if upload else upload


def upload_check(upload):
    """Refuse an empty upload, or one over the configured size, naming the file."""
    from django.conf import settings

    limit = settings.DANVAN_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise forms.ValidationError(
            UPLOAD_TOO_LARGE.format(
                name=upload.name, size=human_size(upload.size), limit=human_size(limit)
            )
        )
    if upload.size == 0:
        raise forms.ValidationError(UPLOAD_EMPTY.format(name=upload.name))
    return upload


# Dates: typed and shown as dd/mm/yyyy everywhere, with a calendar button (core/forms-lists.js
# adds it next to every input of class "date-input", driving a hidden native date input).
DATE_FORMAT = "%d/%m/%Y"
DATE_INPUT_FORMATS = ["%d/%m/%Y"]  # %d and %m also read one digit: 5/12/2026 is 05/12/2026
BAD_FORM_DATE = "Ngày không hợp lệ, hãy nhập dạng dd/mm/yyyy"
DATE_PLACEHOLDER = "dd/mm/yyyy"


class DateInput(forms.DateInput):
    """A text input showing dd/mm/yyyy (also after an error: what was typed is shown back)."""

    def __init__(self, attrs=None):
        attrs = {
            "placeholder": DATE_PLACEHOLDER,
            "class": "date-input",
            "inputmode": "numeric",
            "autocomplete": "off",
            "size": 10,
            **(attrs or {}),
        }
        super().__init__(attrs=attrs, format=DATE_FORMAT)


class DateField(forms.DateField):
    """The one date field of every form: dd/mm/yyyy or d/m/yyyy, a Vietnamese error."""

    widget = DateInput
    input_formats = DATE_INPUT_FORMATS
    default_error_messages = {"invalid": BAD_FORM_DATE}

    def to_python(self, value):
        # Forms keep decision 0020: dd/mm/yyyy only (files and the API also read ISO through
        # danvan.core.parsing.parse_date).
        if isinstance(value, str):
            value = value.strip()
        return super().to_python(value)


class CountField(forms.IntegerField):
    """A count typed as people write it ("1.234"), read by core/parsing like a file cell; a
    text input, since a number input refuses the thousands dot."""

    widget = forms.TextInput

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "inputmode": "numeric"}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        try:
            return parse_int(str(value))
        except ValueError as error:
            raise forms.ValidationError(f"{error}.", code="invalid") from None
