from django.db import models

from danvan.orgunits.models import OrgUnit


class TreePlanting(models.Model):
    code = models.CharField("mã", max_length=60, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    planted_on = models.DateField("ngày trồng")
    trees = models.PositiveIntegerField("số cây", default=0)

    class Meta:
        ordering = ["-planted_on", "code"]
        verbose_name = "đợt trồng cây"
        verbose_name_plural = "đợt trồng cây"

    def __str__(self):
        return f"{self.code} — {self.planted_on:%d/%m/%Y}"
