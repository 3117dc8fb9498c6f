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
