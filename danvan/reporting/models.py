"""A request (văn bản yêu cầu báo cáo) to a set of units, and each unit's report on it."""

from django.conf import settings
from django.db import models

from danvan.core.signature import SignatureBlock
from danvan.orgunits.models import OrgUnit


class ReportType(models.Model):
    """A kind of report (báo cáo định kỳ dân vận – QCDC, sơ kết, tổng kết, chuyên đề …): what a
    request of it opens. Its content lives in versions; a request keeps the version it named."""

    code = models.CharField("mã loại báo cáo", max_length=40, unique=True)
    name = models.CharField("tên loại báo cáo", max_length=300)
    # The document type printed in the Word header ("BÁO CÁO", "KẾ HOẠCH", "TỜ TRÌNH" …).
    document_kind = models.CharField("loại văn bản", max_length=60, default="BÁO CÁO")
    position = models.PositiveSmallIntegerField("thứ tự", default=1)
    active = models.BooleanField("đang dùng", default=True)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = "loại báo cáo"
        verbose_name_plural = "loại báo cáo"

    def __str__(self):
        return self.name


class ReportTypeVersion(models.Model):
    """One version of a report type, as an administrator saved it (never changed afterwards).

    ``outline`` is the list of numbered headings, which may nest::

        [{"key": "I", "title": "Đặc điểm tình hình"},
         {"key": "IV", "title": "Đánh giá chung", "children": [
             {"key": "IV.1", "title": "Ưu điểm"}, …]}]

    ``figures_section`` is the key of the heading the figure sentences open (section III);
    ``form`` the appendix form they come from (its current version when the request is made);
    ``appendix_registers`` the registers whose records of the window are listed as appendices.
    """

    report_type = models.ForeignKey(ReportType, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveSmallIntegerField("phiên bản")
    outline = models.JSONField("đề cương", default=list)
    figures_section = models.CharField("mục mở đầu bằng số liệu", max_length=20, blank=True)
    form = models.ForeignKey(
        "indicators.Form",
        verbose_name="biểu mẫu phụ lục",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    appendix_registers = models.JSONField("sổ liệt kê ở phụ lục", default=list, blank=True)
    note = models.CharField("ghi chú", max_length=300, blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        unique_together = [("report_type", "number")]
        ordering = ["report_type", "-number"]
        verbose_name = "phiên bản loại báo cáo"
        verbose_name_plural = "phiên bản loại báo cáo"

    def __str__(self):
        return f"{self.report_type.name} (phiên bản {self.number})"


class ReportRequest(models.Model):
    number = models.CharField("số", max_length=20)
    symbol = models.CharField("ký hiệu", max_length=60)
    issued_on = models.DateField("ngày ban hành")
    issuer = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị ban hành", on_delete=models.PROTECT, related_name="+"
    )
    subject = models.CharField("trích yếu", max_length=500)
    period = models.CharField("kỳ báo cáo", max_length=10)
    window_start = models.DateField("lấy số liệu từ", null=True, blank=True)
    window_end = models.DateField("lấy số liệu đến", null=True, blank=True)
    form_version = models.ForeignKey(
        "indicators.FormVersion",
        verbose_name="biểu mẫu",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    report_type = models.ForeignKey(
        ReportTypeVersion,
        verbose_name="loại báo cáo",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="theo yêu cầu của cấp trên",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    deadline = models.DateField("hạn gửi báo cáo")
    remind_days_before = models.PositiveSmallIntegerField(
        "nhắc trước hạn (ngày làm việc)",
        default=3,
        help_text="Số ngày làm việc trước hạn gửi báo cáo (trừ ngày nghỉ, lễ, Tết); 0: không nhắc.",
    )
    remind_on_day = models.BooleanField("nhắc vào ngày hết hạn", default=True)
    remind_days_after = models.PositiveSmallIntegerField(
        "nhắc sau hạn (ngày làm việc)",
        default=1,
        help_text="Số ngày làm việc sau hạn, với đơn vị chưa gửi báo cáo; 0: không nhắc.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = "yêu cầu báo cáo"
        verbose_name_plural = "yêu cầu báo cáo"

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        return f"Văn bản số {self.number}/{self.symbol} ngày {self.issued_on:%d/%m/%Y}"


class RequestTarget(models.Model):
    request = models.ForeignKey(ReportRequest, on_delete=models.CASCADE, related_name="targets")
    unit = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["request", "unit"], name="requesttarget_once"),
        ]

    def __str__(self):
        return f"{self.request} → {self.unit.code}"


class DeadlineChange(models.Model):
    """An amendment of the request's deadline, kept with who, when and why."""

    request = models.ForeignKey(
        ReportRequest, on_delete=models.CASCADE, related_name="deadline_changes"
    )
    old_deadline = models.DateField()
    new_deadline = models.DateField()
    reason = models.CharField(max_length=300)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"{self.old_deadline:%d/%m/%Y} → {self.new_deadline:%d/%m/%Y}"


class Status(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    PENDING_HEAD = "pending_head", "Chờ lãnh đạo duyệt"
    SUBMITTED = "submitted", "Đã gửi"
    RETURNED = "returned", "Bị trả lại"
    ACCEPTED = "accepted", "Đã tiếp nhận"


class UnitReport(SignatureBlock):
    request = models.ForeignKey(ReportRequest, on_delete=models.PROTECT, related_name="reports")
    unit = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    status = models.CharField(
        "tình trạng", max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    # Optimistic lock: a save must name the version it was edited from.
    version = models.PositiveIntegerField(default=1)
    sections = models.JSONField("nội dung", default=dict)
    overrides = models.JSONField("số liệu sửa tay", default=dict)
    figures = models.JSONField("số liệu khi gửi", default=dict)
    number = models.CharField("số báo cáo", max_length=60, blank=True)
    report_date = models.DateField("ngày báo cáo", null=True, blank=True)
    # Set when the report is a consolidation of the unit's own request to its subtree,
    # submitted upward: its appendix is the consolidation's, not the unit's own registers.
    consolidation = models.ForeignKey(
        "Consolidation", on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "báo cáo của đơn vị"
        verbose_name_plural = "báo cáo của đơn vị"
        constraints = [
            models.UniqueConstraint(fields=["request", "unit"], name="unitreport_once"),
        ]

    def __str__(self):
        return f"{self.unit.code} — {self.request}"

    @property
    def is_locked(self) -> bool:
        """Submitted or accepted: frozen for everybody until the aggregator returns it."""
        return self.status in (Status.SUBMITTED, Status.ACCEPTED)

    @property
    def is_with_head(self) -> bool:
        """Sent to the unit's head ("Trình lãnh đạo"): only a head edits it meanwhile."""
        return self.status == Status.PENDING_HEAD


class ReportVersion(models.Model):
    """Every saved state of a report, for the diff between two versions."""

    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    status = models.CharField(max_length=20, choices=Status.choices)
    sections = models.JSONField(default=dict)
    overrides = models.JSONField(default=dict)
    figures = models.JSONField(default=dict)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["report", "number"]
        constraints = [
            models.UniqueConstraint(fields=["report", "number"], name="reportversion_once"),
        ]

    def __str__(self):
        return f"{self.report} v{self.number}"


class Transition(models.Model):
    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=20, choices=Status.choices)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["report", "at", "pk"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"


class Consolidation(SignatureBlock):
    """The issuer's consolidated report over the units' reports on its request."""

    request = models.OneToOneField(
        ReportRequest, on_delete=models.CASCADE, related_name="consolidation"
    )
    include_submitted = models.BooleanField("gồm cả báo cáo đã gửi chưa tiếp nhận", default=False)
    # The narrative the aggregator edits from the units' sections gathered by section.
    sections = models.JSONField(default=dict)
    # Summed base values, per-unit values and the reports it was built from (see
    # reporting.consolidation); ratios are recomputed from the sums wherever shown.
    figures = models.JSONField(default=dict)
    number = models.CharField("số báo cáo", max_length=60, blank=True)
    report_date = models.DateField("ngày báo cáo", null=True, blank=True)
    version = models.PositiveIntegerField(default=1)
    built_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    built_at = models.DateTimeField(null=True)
    # Who last saved the text (or rebuilt it): named in a 409 so the other person knows.
    saved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        null=True,
        blank=True,
        verbose_name="người lưu gần nhất",
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "báo cáo tổng hợp"
        verbose_name_plural = "báo cáo tổng hợp"

    def __str__(self):
        return f"Tổng hợp — {self.request}"


class Reminder(models.Model):
    """A reminder sent to a unit about a request: once per kind and day, never twice."""

    class Kind(models.TextChoices):
        BEFORE = "truoc_han", "Nhắc trước hạn"
        ON_DAY = "dung_han", "Nhắc vào ngày hết hạn"
        AFTER = "qua_han", "Nhắc sau hạn"
        MANUAL = "thu_cong", "Nhắc đơn vị chưa gửi"

    request = models.ForeignKey(ReportRequest, on_delete=models.CASCADE, related_name="reminders")
    unit = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    day = models.DateField()
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", null=True
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["request", "unit", "kind", "day"], name="reminder_once_a_day"
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.unit.code} {self.day:%d/%m/%Y}"
