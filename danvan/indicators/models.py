from django.db import models

from danvan.indicators import expressions


class ValidationRule(models.Model):
    """DHIS2's validation rule: left expression, operator, right expression, importance.
    Kept as data so an administrator adds or retires rules without code."""

    class Operator(models.TextChoices):
        EQ = "==", "="
        LE = "<=", "≤"
        GE = ">=", "≥"
        LT = "<", "<"
        GT = ">", ">"

    class Importance(models.TextChoices):
        ERROR = "error", "Lỗi"
        WARNING = "warning", "Cảnh báo"

    code = models.CharField("mã quy tắc", max_length=60, unique=True)
    description = models.CharField("nội dung", max_length=300)
    left = models.CharField("vế trái", max_length=300)
    operator = models.CharField("phép so sánh", max_length=2, choices=Operator.choices)
    right = models.CharField("vế phải", max_length=300)
    importance = models.CharField(
        "mức độ", max_length=10, choices=Importance.choices, default=Importance.ERROR
    )
    active = models.BooleanField("đang áp dụng", default=True)

    class Meta:
        ordering = ["code"]
        verbose_name = "quy tắc kiểm tra"
        verbose_name_plural = "quy tắc kiểm tra"

    def __str__(self):
        return f"{self.code}: {self.left} {self.operator} {self.right}"

    def clean(self):
        expressions.parse(self.left)
        expressions.parse(self.right)
