"""Recommendations (kiến nghị) made by an inspection, tracked to closure.

A recommendation is a due thing of the deadline engine (:class:`Deadline`): ``unit`` is the
unit that must act (the register's unit), ``due_on`` the hạn khắc phục. What the stored
``state`` and ``result`` mean together is written in docs/decisions/0031 and enforced by the
services (:mod:`danvan.inspections.services`):

- no report yet, or the last one was not accepted: ``result`` "" and ``chua_thuc_hien``;
- the unit reported (đang khắc phục, không khắc phục được, or đã khắc phục awaiting the
  inspecting unit's acceptance): ``result`` as reported, ``dang_thuc_hien``;
- closed by the inspecting unit with evidence and a date: ``result`` da_khac_phuc,
  ``hoan_thanh``, ``done_on`` = ngày khắc phục.
"""

from django.conf import settings
from django.db import models

from danvan.activities.models import Inspection
from danvan.deadlines.models import Deadline
from danvan.orgunits.models import OrgUnit


class Result(models.TextChoices):
    DA_KHAC_PHUC = "da_khac_phuc", "Đã khắc phục"
    DANG_KHAC_PHUC = "dang_khac_phuc", "Đang khắc phục"
    KHONG_KHAC_PHUC = "khong_khac_phuc", "Không khắc phục được"


NOT_REPORTED = "Chưa báo cáo"


class Recommendation(Deadline):
    code = models.CharField("mã kiến nghị", max_length=60, unique=True)
    inspection = models.ForeignKey(
        Inspection,
        verbose_name="cuộc kiểm tra",
        on_delete=models.PROTECT,
        related_name="recommendations",
    )
    unit = models.ForeignKey(
        OrgUnit,
        verbose_name="đơn vị phải khắc phục",
        on_delete=models.PROTECT,
        related_name="+",
    )
    content = models.TextField("nội dung kiến nghị")
    result = models.CharField(
        "kết quả khắc phục", max_length=20, choices=Result.choices, blank=True
    )
    # The inspected unit's remediation report (the last one sent).
    report_text = models.TextField("báo cáo khắc phục", blank=True)
    report_file = models.FileField(
        "tệp báo cáo khắc phục", upload_to="inspections/recommendations/%Y/", blank=True
    )
    reported_on = models.DateField("ngày báo cáo", null=True, blank=True)
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The inspecting unit's last refusal of a report ("không chấp nhận"), kept after the unit
    # reports again so the page shows why the earlier report was sent back.
    rejected_on = models.DateField("ngày không chấp nhận", null=True, blank=True)
    rejected_reason = models.TextField("lý do không chấp nhận", blank=True)
    closed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Values of the register's custom fields, by their code (danvan.registers.custom).
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["due_on", "code"]
        verbose_name = "kiến nghị sau kiểm tra"
        verbose_name_plural = "kiến nghị sau kiểm tra"

    def __str__(self):
        return f"{self.code} — {self.content[:60]}"

    def save(self, *args, **kwargs):
        # Closed means remedied, whoever closes it (this app's services or the deadline
        # engine's generic panel): the result says so too (decision 0031).
        if self.state == "hoan_thanh":
            self.result = Result.DA_KHAC_PHUC
        super().save(*args, **kwargs)

    @property
    def result_label(self) -> str:
        return self.get_result_display() if self.result else NOT_REPORTED
