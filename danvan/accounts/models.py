from django.conf import settings
from django.db import models

from danvan.orgunits.models import OrgUnit


class Role(models.TextChoices):
    """The slugs are used as they are in the CLI, the API and CSV files."""

    CHUYEN_VIEN = "chuyen_vien", "Chuyên viên"
    LANH_DAO = "lanh_dao", "Lãnh đạo"
    TONG_HOP = "tong_hop", "Tổng hợp"
    QUAN_TRI = "quan_tri", "Quản trị"


class RoleGrant(models.Model):
    """One (role, unit) a user holds: over the unit alone or its whole subtree."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="grants"
    )
    role = models.CharField("vai trò", max_length=20, choices=Role.choices)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="grants"
    )
    include_subtree = models.BooleanField("gồm cả đơn vị cấp dưới", default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "phân quyền"
        verbose_name_plural = "phân quyền"
        constraints = [
            models.UniqueConstraint(fields=["user", "role", "unit"], name="rolegrant_once"),
        ]

    def __str__(self):
        scope = " và cấp dưới" if self.include_subtree else ""
        return f"{self.user.get_username()}: {self.get_role_display()} — {self.unit.name}{scope}"


class ApiToken(models.Model):
    """A bearer token for the REST API. Only its SHA-256 is stored; the token is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="api_tokens"
    )
    key_hash = models.CharField(max_length=64, unique=True)
    prefix = models.CharField(max_length=8)
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked = models.BooleanField(default=False)

    class Meta:
        verbose_name = "mã truy cập API"
        verbose_name_plural = "mã truy cập API"

    def __str__(self):
        return f"{self.prefix}… ({self.user.get_username()})"


class ThrottleScope(models.TextChoices):
    ACCOUNT = "tai_khoan", "Tài khoản (máy chưa từng đăng nhập)"
    ADDRESS = "dia_chi", "Địa chỉ mạng"
    DEVICE = "thiet_bi", "Máy đã đăng nhập trước đây"


class LoginThrottle(models.Model):
    """Failed logins counted for one account, one address or one trusted device of an account
    (accounts/throttle.py): past the limit, each further failure doubles the wait."""

    scope = models.CharField("phạm vi", max_length=10, choices=ThrottleScope.choices)
    key = models.CharField("khóa", max_length=200)
    username = models.CharField("tên đăng nhập", max_length=150, blank=True, db_index=True)
    failures = models.PositiveIntegerField("số lần sai", default=0)
    last_failure_at = models.DateTimeField("lần sai gần nhất", null=True, blank=True)
    last_address = models.CharField("từ địa chỉ", max_length=64, blank=True)
    blocked_until = models.DateTimeField("chặn đến", null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scope", "key"], name="login_throttle_unique")
        ]
        verbose_name = "đếm đăng nhập sai"

    def __str__(self):
        return f"{self.get_scope_display()}: {self.username or self.key} ({self.failures} lần sai)"


class LoginLockout(models.Model):
    """One lock-out as it started (audited): who, from where, until when; and its lifting."""

    at = models.DateTimeField("thời điểm", auto_now_add=True, db_index=True)
    scope = models.CharField("phạm vi", max_length=10, choices=ThrottleScope.choices)
    key = models.CharField("khóa", max_length=200)
    username = models.CharField("tên đăng nhập", max_length=150, blank=True, db_index=True)
    address = models.CharField("địa chỉ", max_length=64, blank=True)
    failures = models.PositiveIntegerField("số lần sai")
    until = models.DateTimeField("chặn đến")
    lifted_at = models.DateTimeField("mở khóa lúc", null=True, blank=True)
    lifted_by = models.CharField("người mở khóa", max_length=150, blank=True)

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = "tạm khóa đăng nhập"
        verbose_name_plural = "tạm khóa đăng nhập"

    def __str__(self):
        who = self.username or self.address
        return f"Tạm khóa đăng nhập «{who}» ({self.get_scope_display().lower()})"
