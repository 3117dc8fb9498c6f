from django.db import models


class CalendarDay(models.Model):
    """A day the administrator changed from the legal default: a compensatory day off
    (nghỉ bù) or a weekend made a working day (làm bù)."""

    class Kind(models.TextChoices):
        NGHI = "nghi", "Ngày nghỉ"
        LAM_VIEC = "lam_viec", "Ngày làm việc (làm bù)"

    day = models.DateField("ngày", unique=True)
    kind = models.CharField("loại", max_length=10, choices=Kind.choices)
    note = models.CharField("ghi chú", max_length=255, blank=True)

    class Meta:
        ordering = ["day"]
        verbose_name = "ngày điều chỉnh"
        verbose_name_plural = "ngày điều chỉnh"

    def __str__(self):
        return f"{self.day:%d/%m/%Y}: {self.get_kind_display()}"
