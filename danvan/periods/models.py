from django.db import models

from danvan.periods.values import WindowRule


class PeriodSettings(models.Model):
    """The province's choice of data window rule (one row)."""

    window_rule = models.CharField(
        "cách chốt số liệu",
        max_length=20,
        choices=[(rule.value, rule.label) for rule in WindowRule],
        default=WindowRule.ND09.value,
    )

    class Meta:
        verbose_name = "thiết lập kỳ báo cáo"
        verbose_name_plural = "thiết lập kỳ báo cáo"

    def __str__(self):
        return f"Kỳ báo cáo: {self.get_window_rule_display()}"
