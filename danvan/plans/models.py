from django.conf import settings
from django.db import models

from danvan.core.signature import SignatureBlock
from danvan.orgunits.models import OrgUnit

# The outline of a plan (DOMAIN.md §6, sample ke-hoach-dan-van-2023).
OUTLINE = (
    ("I", "MỤC ĐÍCH, YÊU CẦU"),
    ("II", "NỘI DUNG"),
    ("III", "TỔ CHỨC THỰC HIỆN"),
)


class Plan(SignatureBlock):
    unit = models.ForeignKey(OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT)
    number = models.CharField("số", max_length=20, blank=True)
    symbol = models.CharField("ký hiệu", max_length=60, blank=True)
    issued_on = models.DateField("ngày ban hành", null=True, blank=True)
    subject = models.CharField("trích yếu", max_length=500)
    basis = models.TextField("căn cứ", blank=True)
    sections = models.JSONField("nội dung", default=dict)
    version = models.PositiveIntegerField(default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-issued_on", "-pk"]
        verbose_name = "kế hoạch"
        verbose_name_plural = "kế hoạch"

    def __str__(self):
        return self.reference

    @property
    def reference(self) -> str:
        number = f"số {self.number}/{self.symbol} " if self.number else ""
        day = f"ngày {self.issued_on:%d/%m/%Y} " if self.issued_on else ""
        return f"Kế hoạch {number}{day}— {self.subject}"


class PlanItem(models.Model):
    """A task of the plan: what, who leads, by when, and when it was done."""

    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveIntegerField()
    content = models.TextField("nội dung")
    lead = models.CharField("đơn vị chủ trì", max_length=200, blank=True)
    deadline = models.DateField("thời hạn", null=True, blank=True)
    done_on = models.DateField("ngày hoàn thành", null=True, blank=True)

    class Meta:
        ordering = ["plan", "position"]

    def __str__(self):
        return self.content[:60]
