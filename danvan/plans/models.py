"""Plans (kế hoạch) and their items. An item is a due thing of the deadline engine (it inherits
:class:`danvan.deadlines.models.Deadline`): a lead unit chosen from the tree, co-operating units
(or every child of the plan's unit), a due rule and date, an expected output with a target, and
for a report item the request it creates N working days before its due date."""

from django.conf import settings
from django.db import models

from danvan.core.signature import SignatureBlock
from danvan.deadlines.models import Deadline
from danvan.orgunits.models import OrgUnit

# The outline of a plan (DOMAIN.md §6, sample ke-hoach-dan-van-2023).
OUTLINE = (
    ("I", "MỤC ĐÍCH, YÊU CẦU"),
    ("II", "NỘI DUNG"),
    ("III", "TỔ CHỨC THỰC HIỆN"),
)

# The words of a plan for "every child of the plan's unit".
ALL_CHILDREN = "các phòng, đơn vị trực thuộc"


class PlanStatus(models.TextChoices):
    DU_THAO = "du_thao", "Dự thảo"
    BAN_HANH = "ban_hanh", "Ban hành"
    HUY = "huy", "Hủy"


class Output(models.TextChoices):
    """What an item is expected to produce."""

    BAO_CAO = "bao_cao", "Báo cáo"
    HOI_NGHI = "hoi_nghi", "Hội nghị"
    MO_HINH = "mo_hinh", "Mô hình"
    VAN_BAN = "van_ban", "Văn bản"
    KIEM_TRA = "kiem_tra", "Kiểm tra"
    KHAC = "khac", "Khác"


class Plan(SignatureBlock):
    unit = models.ForeignKey(OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT)
    number = models.CharField("số", max_length=20, blank=True)
    symbol = models.CharField("ký hiệu", max_length=60, blank=True)
    issued_on = models.DateField("ngày ban hành", null=True, blank=True)
    year = models.PositiveSmallIntegerField("năm", null=True, blank=True)
    subject = models.CharField("trích yếu", max_length=500)
    basis = models.TextField("căn cứ", blank=True)
    # The documents the plan implements: [{number, symbol, date (dd/mm/yyyy), issuer, subject}]
    implements = models.JSONField("văn bản được triển khai", default=list, blank=True)
    sections = models.JSONField("nội dung", default=dict)
    status = models.CharField(
        "tình trạng", max_length=10, choices=PlanStatus.choices, default=PlanStatus.BAN_HANH
    )
    cancel_reason = models.TextField("lý do hủy", blank=True)
    copied_from = models.ForeignKey(
        "self",
        verbose_name="sao chép từ",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="copies",
    )
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "-issued_on", "-pk"]
        verbose_name = "kế hoạch"
        verbose_name_plural = "kế hoạch"

    def __str__(self):
        return self.reference

    @property
    def number_symbol(self) -> str:
        if self.number and self.symbol:
            return f"{self.number}/{self.symbol}"
        return self.number or (f"/{self.symbol}" if self.symbol else "")

    @property
    def reference(self) -> str:
        number = f"số {self.number}/{self.symbol} " if self.number else ""
        day = f"ngày {self.issued_on:%d/%m/%Y} " if self.issued_on else ""
        return f"Kế hoạch {number}{day}— {self.subject}"

    @property
    def code(self) -> str:
        """How files and the API name the plan: its number/symbol, or its id."""
        return self.number_symbol if self.number else str(self.pk)


class PlanItem(Deadline):
    """A task of the plan: what, who leads and who helps, by when, what it yields, and where
    it stands (the engine's state, done date, progress notes and evidence)."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="items")
    # The register's key: "<plan id>:<number>", unique across plans.
    code = models.CharField("mã nhiệm vụ", max_length=60, unique=True)
    position = models.PositiveIntegerField()
    number = models.CharField("số thứ tự", max_length=20)
    content = models.TextField("nội dung")
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị chủ trì", on_delete=models.PROTECT, related_name="+"
    )
    co_units = models.ManyToManyField(
        OrgUnit, verbose_name="đơn vị phối hợp", blank=True, related_name="+"
    )
    co_children = models.BooleanField(f"phối hợp: {ALL_CHILDREN}", default=False)
    output = models.CharField(
        "sản phẩm", max_length=10, choices=Output.choices, default=Output.KHAC
    )
    target_value = models.PositiveIntegerField("chỉ tiêu", null=True, blank=True)
    target_unit = models.CharField("đơn vị tính của chỉ tiêu", max_length=40, blank=True)
    form_version = models.ForeignKey(
        "indicators.FormVersion",
        verbose_name="biểu mẫu báo cáo",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    period = models.CharField("kỳ báo cáo", max_length=10, blank=True)
    lead_days = models.PositiveSmallIntegerField(
        "phát hành yêu cầu trước hạn (ngày làm việc)", null=True, blank=True
    )
    request = models.ForeignKey(
        "reporting.ReportRequest",
        verbose_name="yêu cầu báo cáo đã tạo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["plan", "position"]
        verbose_name = "nhiệm vụ của kế hoạch"
        verbose_name_plural = "nhiệm vụ của kế hoạch"

    def __str__(self):
        return f"{self.number}. {self.content[:60]}"

    @property
    def target(self) -> str:
        """«01 mô hình» as plans write it."""
        if self.target_value is None:
            return ""
        return f"{self.target_value:02d} {self.target_unit}".strip()
