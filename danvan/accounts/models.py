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
