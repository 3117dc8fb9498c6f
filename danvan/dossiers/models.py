"""Hồ sơ thủ tục hành chính: the one-stop shop's dossiers (DOMAIN.md §4)."""

from django.db import models

from danvan.orgunits.models import OrgUnit


class Channel(models.TextChoices):
    TRUC_TIEP = "truc_tiep", "Trực tiếp"
    TRUC_TUYEN = "truc_tuyen", "Trực tuyến"
    BUU_CHINH = "buu_chinh", "Bưu chính công ích"


class OnlineLevel(models.TextChoices):
    """Since Nghị định 42/2022: toàn trình / một phần; older data says mức độ 3 / 4."""

    TOAN_TRINH = "toan_trinh", "Toàn trình"
    MOT_PHAN = "mot_phan", "Một phần"
    MUC_DO_3 = "muc_do_3", "Mức độ 3"
    MUC_DO_4 = "muc_do_4", "Mức độ 4"


class Outcome(models.TextChoices):
    DA_TRA_KET_QUA = "da_tra_ket_qua", "Đã trả kết quả"
    TU_CHOI = "tu_choi", "Từ chối"
    RUT_HO_SO = "rut_ho_so", "Rút hồ sơ"


class Rating(models.TextChoices):
    RAT_HAI_LONG = "rat_hai_long", "Rất hài lòng"
    HAI_LONG = "hai_long", "Hài lòng"
    BINH_THUONG = "binh_thuong", "Bình thường"
    KHONG_HAI_LONG = "khong_hai_long", "Không hài lòng"


class Procedure(models.Model):
    """An administrative procedure and its legal duration in working days, from which a
    dossier's due date is computed when the file does not give one."""

    code = models.CharField("mã thủ tục", max_length=60, unique=True)
    name = models.CharField("tên thủ tục", max_length=500)
    field = models.CharField("lĩnh vực", max_length=200, blank=True)
    duration_working_days = models.PositiveSmallIntegerField(
        "thời hạn giải quyết (ngày làm việc)", null=True, blank=True
    )

    class Meta:
        ordering = ["code"]
        verbose_name = "thủ tục hành chính"
        verbose_name_plural = "thủ tục hành chính"

    def __str__(self):
        return f"{self.code} — {self.name}"


class Dossier(models.Model):
    code = models.CharField("mã hồ sơ", max_length=60, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="dossiers"
    )
    procedure_code = models.CharField("mã thủ tục", max_length=60, blank=True)
    procedure_name = models.CharField("tên thủ tục", max_length=500, blank=True)
    field = models.CharField("lĩnh vực", max_length=200, blank=True)
    channel = models.CharField("kênh nộp", max_length=12, choices=Channel.choices)
    online_level = models.CharField(
        "mức độ dịch vụ công", max_length=12, choices=OnlineLevel.choices, blank=True
    )
    received_on = models.DateField("ngày tiếp nhận")
    due_on = models.DateField("ngày hẹn trả", null=True, blank=True)
    finished_on = models.DateField("ngày kết thúc", null=True, blank=True)
    outcome = models.CharField("kết quả", max_length=16, choices=Outcome.choices, blank=True)
    paid_online = models.BooleanField("thanh toán trực tuyến", default=False)
    returned_by_post = models.BooleanField("trả kết quả qua bưu chính", default=False)
    apology_issued = models.BooleanField("có phiếu xin lỗi", default=False)
    rating = models.CharField("đánh giá", max_length=16, choices=Rating.choices, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Values of the register's custom fields, by their code (danvan.registers.custom).
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["-received_on", "code"]
        verbose_name = "hồ sơ TTHC"
        verbose_name_plural = "hồ sơ TTHC"
        indexes = [
            models.Index(fields=["unit", "received_on"], name="dossier_unit_received"),
            models.Index(fields=["unit", "finished_on"], name="dossier_unit_finished"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(finished_on__isnull=True, outcome="")
                | (models.Q(finished_on__isnull=False) & ~models.Q(outcome="")),
                name="dossier_finished_has_outcome",
                violation_error_message="Hồ sơ đã kết thúc phải có kết quả, và ngược lại.",
            ),
        ]

    def __str__(self):
        return f"{self.code} — {self.procedure_name or self.procedure_code}"


ROLLUP_COLUMNS = (
    "received",
    "received_online",
    "received_post",
    "finished",
    "resolved",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "withdrawn",
    "resolved_apology",
    "resolved_paid_online",
    "resolved_by_post",
    "rated",
    "rated_very_satisfied",
    "rated_satisfied",
    "rated_normal",
    "rated_unsatisfied",
    "due_open",
    "due_closed",
)


class DossierCounters(models.Model):
    """The counters one dossier can add to, shared by the daily and the monthly tables."""

    received = models.IntegerField(default=0)
    received_online = models.IntegerField(default=0)
    received_post = models.IntegerField(default=0)
    finished = models.IntegerField(default=0)  # any outcome, on its finish day
    resolved = models.IntegerField(default=0)  # da_tra_ket_qua or tu_choi
    resolved_early = models.IntegerField(default=0)
    resolved_on_time = models.IntegerField(default=0)
    resolved_late = models.IntegerField(default=0)
    withdrawn = models.IntegerField(default=0)
    resolved_apology = models.IntegerField(default=0)
    resolved_paid_online = models.IntegerField(default=0)
    resolved_by_post = models.IntegerField(default=0)
    rated = models.IntegerField(default=0)
    rated_very_satisfied = models.IntegerField(default=0)
    rated_satisfied = models.IntegerField(default=0)
    rated_normal = models.IntegerField(default=0)
    rated_unsatisfied = models.IntegerField(default=0)
    # Overdue-at-end = #(due < end) − #(due < end and finished ≤ end). Keyed on one day each:
    # due_open on due+1; due_closed on max(due+1, finished), so both are prefix sums.
    due_open = models.IntegerField(default=0)
    due_closed = models.IntegerField(default=0)

    class Meta:
        abstract = True


class DossierDaily(DossierCounters):
    """Per unit and day, how many dossiers touched each counter on that day. Maintained on
    every write (see :mod:`danvan.dossiers.rollups`), so a period's figures cost
    O(units × days), not O(dossiers). Derived data: rebuildable, not audited."""

    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["unit", "day"], name="dossierdaily_once"),
        ]

    def __str__(self):
        return f"{self.unit_id} {self.day:%d/%m/%Y}"


class DossierMonthly(DossierCounters):
    """The same counters per unit and calendar month (``month`` = its first day). A window's
    prefix sums and its whole months read these; only the partial months at the edges read the
    daily rows, so a period costs O(units × (months + edge days))."""

    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="+")
    month = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["unit", "month"], name="dossiermonthly_once"),
        ]

    def __str__(self):
        return f"{self.unit_id} {self.month:%m/%Y}"
