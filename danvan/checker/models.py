from django.conf import settings
from django.db import models


class LegacyValue(models.Model):
    """A figure of a legacy report (Word/PDF from before DanVan), confirmed by a person as
    a unit's value of an indicator for a period: the history that comparisons with earlier
    years read when the registers have no data for them."""

    unit = models.ForeignKey("orgunits.OrgUnit", on_delete=models.PROTECT, related_name="+")
    period_code = models.CharField("kỳ báo cáo", max_length=20)
    indicator_code = models.CharField("mã chỉ tiêu", max_length=40)
    value = models.DecimalField("giá trị", max_digits=18, decimal_places=4)
    source_name = models.CharField("tệp nguồn", max_length=255)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    confirmed_at = models.DateTimeField("xác nhận lúc")

    class Meta:
        verbose_name = "số liệu lịch sử"
        verbose_name_plural = "số liệu lịch sử"
        constraints = [
            models.UniqueConstraint(
                fields=["unit", "period_code", "indicator_code"], name="legacy_value_unique"
            )
        ]

    def __str__(self):
        return f"{self.unit_id} {self.period_code} {self.indicator_code} = {self.value}"
