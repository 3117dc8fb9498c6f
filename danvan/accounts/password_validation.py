"""Django's password validators, with messages Django's Vietnamese catalogue lacks."""

from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError

TOO_SHORT = "Mật khẩu quá ngắn: cần ít nhất {min_length} ký tự."


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def validate(self, password, user=None):
        if len(password) < self.min_length:
            raise ValidationError(
                TOO_SHORT.format(min_length=self.min_length), code="password_too_short"
            )

    def get_help_text(self):
        return f"Mật khẩu cần ít nhất {self.min_length} ký tự."
