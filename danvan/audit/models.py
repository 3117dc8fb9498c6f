from django.core.exceptions import PermissionDenied
from django.db import models

APPEND_ONLY = "Nhật ký thay đổi chỉ được ghi thêm, không được sửa hay xóa."


class AuditEventQuerySet(models.QuerySet):
    """Bulk paths (``.update()``, ``.delete()``) bypass model methods: refuse them too."""

    def update(self, **kwargs):
        raise PermissionDenied(APPEND_ONLY)

    def delete(self):
        raise PermissionDenied(APPEND_ONLY)


class AuditEvent(models.Model):
    """One create, update or delete of domain data. Append-only: see migrations for the
    database triggers that refuse UPDATE (and DELETE on PostgreSQL) whatever the code does."""

    class Action(models.TextChoices):
        CREATE = "create", "Thêm mới"
        UPDATE = "update", "Sửa"
        DELETE = "delete", "Xóa"

    at = models.DateTimeField("thời điểm", auto_now_add=True, db_index=True)
    # No foreign key to the user: deleting a user must never rewrite the record of what they did.
    user_id = models.BigIntegerField("mã người dùng", null=True, blank=True)
    username = models.CharField("người thực hiện", max_length=150, db_index=True)
    source = models.CharField("kênh", max_length=10)
    ip = models.CharField("địa chỉ", max_length=64, blank=True)
    user_agent = models.CharField("trình duyệt", max_length=300, blank=True)
    action = models.CharField("thao tác", max_length=10, choices=Action.choices)
    model = models.CharField("loại dữ liệu", max_length=100, db_index=True)
    object_id = models.CharField("mã bản ghi", max_length=64, db_index=True)
    object_repr = models.CharField("bản ghi", max_length=300)
    before = models.JSONField("trước", null=True, blank=True)
    after = models.JSONField("sau", null=True, blank=True)
    # The unit the changed record belongs to (its path), so scoped browsing stays possible.
    unit_path = models.CharField(max_length=255, blank=True, db_index=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-at", "-id"]
        verbose_name = "sự kiện nhật ký"
        verbose_name_plural = "nhật ký thay đổi"

    def __str__(self):
        return f"{self.at:%d/%m/%Y %H:%M} {self.username} {self.action} {self.object_repr}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionDenied(APPEND_ONLY)
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionDenied(APPEND_ONLY)

    @property
    def changed_fields(self) -> list[str]:
        before, after = self.before or {}, self.after or {}
        return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
