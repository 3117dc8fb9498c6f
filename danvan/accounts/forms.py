from django import forms

from danvan.accounts.models import Role
from danvan.orgunits.widgets import unit_choices


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
