from django.conf import settings
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


class TypedIndicatorQuerySet(models.QuerySet):
    def typed_in(self):
        """The items a unit types a value for (not the ratios defined over other codes)."""
        return self.filter(ratio_numerator="")

    def ratios(self):
        return self.exclude(ratio_numerator="")


class TypedIndicator(models.Model):
    """An indicator typed in by the unit rather than counted from a register (GRDP growth,
    income per head, number of online public services, yes/no items …)."""

    class ValueType(models.TextChoices):
        SO_NGUYEN = "so_nguyen", "Số nguyên"
        SO_THAP_PHAN = "so_thap_phan", "Số thập phân"
        CO_KHONG = "co_khong", "Có/không"

    code = models.CharField("mã chỉ tiêu", max_length=40, unique=True)
    label = models.CharField("tên chỉ tiêu", max_length=300)
    unit = models.CharField("đơn vị tính", max_length=40, blank=True)
    value_type = models.CharField("kiểu giá trị", max_length=15, choices=ValueType.choices)
    # Counts add up over a subtree; a rate or an average (income per head) does not and is
    # listed per unit instead of summed.
    additive = models.BooleanField("cộng được qua các đơn vị", default=True)
    legal_ref = models.CharField("căn cứ", max_length=300, blank=True)
    active = models.BooleanField("đang dùng", default=True)
    # A ratio of two other indicators of the catalogue (any code: counted, typed in, a custom
    # field's sum): nothing is typed for it, it is recomputed from the summed parts.
    ratio_numerator = models.CharField("mã tử số", max_length=40, blank=True)
    ratio_denominator = models.CharField("mã mẫu số", max_length=40, blank=True)
    valid_from = models.DateField("áp dụng từ", null=True, blank=True)
    valid_to = models.DateField("áp dụng đến", null=True, blank=True)

    objects = TypedIndicatorQuerySet.as_manager()
    # Why the next save changes it (set by a service, read by the version signal); not a column.
    _change: str

    class Meta:
        ordering = ["code"]
        verbose_name = "chỉ tiêu nhập tay"
        verbose_name_plural = "chỉ tiêu nhập tay"

    def __str__(self):
        return f"{self.code} — {self.label}"

    @property
    def is_ratio(self) -> bool:
        return bool(self.ratio_numerator)


class TypedIndicatorVersion(models.Model):
    """What an administrator-defined indicator was after each change: an old report shows the
    label and definition it was made with. The highest id is also the catalogue's stamp, which
    every process compares before it computes (gunicorn workers never keep a stale catalogue)."""

    indicator = models.ForeignKey(TypedIndicator, on_delete=models.PROTECT, related_name="versions")
    number = models.PositiveIntegerField("phiên bản")
    changed_at = models.DateTimeField("thời điểm", auto_now_add=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    change = models.CharField("thay đổi", max_length=20)
    label = models.CharField("tên chỉ tiêu", max_length=300)
    unit = models.CharField("đơn vị tính", max_length=40, blank=True)
    value_type = models.CharField("kiểu giá trị", max_length=15)
    additive = models.BooleanField("cộng được qua các đơn vị")
    ratio_numerator = models.CharField("mã tử số", max_length=40, blank=True)
    ratio_denominator = models.CharField("mã mẫu số", max_length=40, blank=True)
    valid_from = models.DateField("áp dụng từ", null=True, blank=True)
    valid_to = models.DateField("áp dụng đến", null=True, blank=True)
    legal_ref = models.CharField("căn cứ", max_length=300, blank=True)
    active = models.BooleanField("đang dùng")

    class Meta:
        ordering = ["indicator", "number"]
        verbose_name = "phiên bản chỉ tiêu"
        verbose_name_plural = "phiên bản chỉ tiêu"
        constraints = [
            models.UniqueConstraint(fields=["indicator", "number"], name="typedversion_once"),
        ]

    def __str__(self):
        return f"{self.indicator.code} — phiên bản {self.number}"


class TypedValue(models.Model):
    indicator = models.ForeignKey(TypedIndicator, on_delete=models.PROTECT, related_name="values")
    unit = models.ForeignKey("orgunits.OrgUnit", on_delete=models.PROTECT, related_name="+")
    period = models.CharField("kỳ báo cáo", max_length=10)
    value = models.DecimalField("giá trị", max_digits=18, decimal_places=4)
    note = models.CharField("ghi chú", max_length=300, blank=True)

    class Meta:
        verbose_name = "giá trị nhập tay"
        verbose_name_plural = "giá trị nhập tay"
        constraints = [
            models.UniqueConstraint(fields=["indicator", "unit", "period"], name="typedvalue_once"),
        ]

    def __str__(self):
        return f"{self.indicator.code} {self.period}: {self.value}"


class Form(models.Model):
    """A biểu mẫu: which indicators a report's appendix shows, in which order, by version."""

    code = models.CharField("mã biểu mẫu", max_length=40, unique=True)
    name = models.CharField("tên biểu mẫu", max_length=300)

    class Meta:
        ordering = ["code"]
        verbose_name = "biểu mẫu"
        verbose_name_plural = "biểu mẫu"

    def __str__(self):
        return self.name


class FormVersion(models.Model):
    form = models.ForeignKey(Form, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField("phiên bản")
    valid_from = models.DateField("áp dụng từ", null=True, blank=True)
    note = models.CharField("ghi chú", max_length=300, blank=True)

    class Meta:
        ordering = ["form", "-number"]
        verbose_name = "phiên bản biểu mẫu"
        verbose_name_plural = "phiên bản biểu mẫu"
        constraints = [
            models.UniqueConstraint(fields=["form", "number"], name="formversion_once"),
        ]

    def __str__(self):
        return f"{self.form.name} — phiên bản {self.number}"


class FormItem(models.Model):
    """A row of the appendix: a heading, or an indicator (with an optional own label)."""

    version = models.ForeignKey(FormVersion, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField("thứ tự")
    heading = models.CharField("tiêu đề mục", max_length=300, blank=True)
    indicator_code = models.CharField("mã chỉ tiêu", max_length=40, blank=True)
    label = models.CharField("tên hiển thị", max_length=300, blank=True)

    class Meta:
        ordering = ["version", "position"]
        verbose_name = "dòng biểu mẫu"
        verbose_name_plural = "dòng biểu mẫu"

    def __str__(self):
        return self.heading or self.indicator_code
