from django import forms
from django.contrib.auth.forms import AuthenticationForm

from danvan.core.middleware import human_size

BAD_LOGIN = "Sai tên đăng nhập hoặc mật khẩu. Lưu ý: sau 5 lần sai, tài khoản bị khóa tạm 15 phút."
INACTIVE = "Tài khoản này đã bị khóa. Hãy liên hệ quản trị."
UPLOAD_TOO_LARGE = "Tệp «{name}» quá lớn ({size}); giới hạn là {limit}."
UPLOAD_EMPTY = "Tệp «{name}» rỗng."


class LoginForm(AuthenticationForm):
    error_messages = {"invalid_login": BAD_LOGIN, "inactive": INACTIVE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Tên đăng nhập"
        self.fields["password"].label = "Mật khẩu"


class UploadForm(forms.Form):
    file = forms.FileField(label="Tệp CSV hoặc XLSX")

    def clean_file(self):
        return upload_check(self.cleaned_data["file"])


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
