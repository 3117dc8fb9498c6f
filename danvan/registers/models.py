"""The one model of the shared register machinery: the trash (thùng rác).

Deleting a record of any register still deletes it through the register's own service (the
counters and the audit trail stay right); a copy of its values, as the register's file columns,
is kept here so an administrator or a keeper of the unit can put it back through the same
validated create path (see :mod:`danvan.registers.trash`).
"""

from django.conf import settings
from django.db import models


class TrashedRecord(models.Model):
    register_slug = models.CharField("sổ", max_length=40, db_index=True)
    unit = models.ForeignKey(
        "orgunits.OrgUnit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    record_key = models.CharField("mã bản ghi", max_length=255, db_index=True)
    label = models.CharField("bản ghi", max_length=300)
    # {technical column name: text as the import reads it} — the register's file columns.
    values = models.JSONField("giá trị")
    deleted_at = models.DateTimeField("xóa lúc", db_index=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người xóa",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deleted_by_name = models.CharField("người xóa (tên)", max_length=150, blank=True)
    restored_at = models.DateTimeField("khôi phục lúc", null=True, blank=True)
    restored_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người khôi phục",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    restored_record_id = models.BigIntegerField("bản ghi khôi phục", null=True, blank=True)

    class Meta:
        ordering = ["-deleted_at", "-id"]
        verbose_name = "bản ghi trong thùng rác"
        verbose_name_plural = "thùng rác"

    def __str__(self):
        return f"Thùng rác: {self.label}"

    @property
    def is_restored(self) -> bool:
        return self.restored_at is not None


class CustomField(models.Model):
    """A field a province administrator adds to a register (trường bổ sung). Its values live in
    the records' ``custom`` JSON, keyed by ``code``; a retired field keeps its values, shown
    read-only (see :mod:`danvan.registers.custom`)."""

    class Kind(models.TextChoices):
        TEXT = "text", "Chữ"
        NUMBER = "number", "Số"
        DATE = "date", "Ngày"
        BOOL = "bool", "Có/không"
        CHOICE = "choice", "Danh sách chọn"

    register_slug = models.CharField("sổ", max_length=40, db_index=True)
    code = models.CharField("mã kỹ thuật", max_length=60)
    label = models.CharField("tên trường", max_length=200)
    kind = models.CharField("kiểu", max_length=10, choices=Kind.choices)
    choices = models.JSONField("các lựa chọn", default=list, blank=True)
    required = models.BooleanField("bắt buộc", default=False)
    position = models.PositiveIntegerField("thứ tự", default=0)
    active = models.BooleanField("đang dùng", default=True)
    retired_at = models.DateTimeField("ngừng dùng lúc", null=True, blank=True)
    indicator_code = models.CharField("mã chỉ tiêu tổng", max_length=40, blank=True)
    indicator_label = models.CharField("tên chỉ tiêu tổng", max_length=300, blank=True)
    created_at = models.DateTimeField("thời điểm tạo", auto_now_add=True)
    updated_at = models.DateTimeField("thời điểm cập nhật", auto_now=True)

    class Meta:
        ordering = ["register_slug", "position", "id"]
        verbose_name = "trường bổ sung"
        verbose_name_plural = "trường bổ sung"
        constraints = [
            models.UniqueConstraint(
                fields=["register_slug", "code"], name="customfield_unique_code"
            ),
        ]

    def __str__(self):
        return f"{self.label} ({self.code})"
