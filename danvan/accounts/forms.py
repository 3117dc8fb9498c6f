from django import forms
from django.contrib.auth.forms import AuthenticationForm

from danvan.accounts.models import Role
from danvan.accounts.throttle import Throttled, login_attempt
from danvan.orgunits.widgets import unit_choices

BAD_LOGIN = (
    "Sai tên đăng nhập hoặc mật khẩu. Lưu ý: sau nhiều lần sai liên tiếp, máy này phải chờ "
    "ít phút mới được thử lại."
)
INACTIVE = "Tài khoản này đã bị khóa. Hãy liên hệ quản trị."


class LoginForm(AuthenticationForm):
    """The login form, judged by the throttle (accounts/throttle.py) before the password."""

    error_messages = {"invalid_login": BAD_LOGIN, "inactive": INACTIVE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "Tên đăng nhập"
        self.fields["password"].label = "Mật khẩu"
        self.throttled: Throttled | None = None

    def clean(self):
        username = self.cleaned_data.get("username")
        password = self.cleaned_data.get("password")
        if username is not None and password:
            try:
                self.user_cache = login_attempt(self.request, username, password)
            except Throttled as error:
                self.throttled = error
                raise forms.ValidationError(error.message, code="throttled") from None
            if self.user_cache is None:
                raise self.get_invalid_login_error()
            self.confirm_login_allowed(self.user_cache)
        return self.cleaned_data


class GrantForm(forms.Form):
    role = forms.ChoiceField(label="Vai trò", choices=Role.choices)
    unit = forms.ChoiceField(label="Đơn vị")
    include_subtree = forms.BooleanField(label="Gồm cả đơn vị cấp dưới", required=False)

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = unit_choices(units)


class UserCreateForm(GrantForm):
    """A new account with its first grant."""

    username = forms.CharField(label="Tên đăng nhập", max_length=150)
    full_name = forms.CharField(label="Họ và tên", max_length=150, required=False)
    email = forms.EmailField(label="Thư điện tử", required=False)
    password = forms.CharField(
        label="Mật khẩu",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
    )
    field_order = ["username", "full_name", "email", "password", "role", "unit"]


class PasswordForm(forms.Form):
    password = forms.CharField(
        label="Mật khẩu mới",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        strip=False,
    )
