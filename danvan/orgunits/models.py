"""The organisation tree (đơn vị), DHIS2-style: parent + materialised path + level + dates.

The current tree (parent, path, level) is what access control walks. What a unit was called,
and under whom it stood, at an earlier date lives in :class:`OrgUnitVersion`, so a 2021 report
of a unit renamed or merged in 2025 still shows the 2021 name.
"""

import re

from django.db import models

CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
PATH_SEPARATOR = "/"


class OrgUnitKind(models.TextChoices):
    TINH = "tinh", "Tỉnh, thành phố"
    VAN_PHONG = "van_phong", "Văn phòng"
    SO_NGANH = "so_nganh", "Sở, ban, ngành"
    UBND_XA = "ubnd_xa", "UBND xã, phường, đặc khu"
    PHONG = "phong", "Phòng, ban chuyên môn"
    DON_VI_SU_NGHIEP = "don_vi_su_nghiep", "Đơn vị sự nghiệp"
    KHAC = "khac", "Khác"


class OrgUnit(models.Model):
    code = models.CharField("mã đơn vị", max_length=40, unique=True)
    name = models.CharField("tên đơn vị", max_length=255)
    short_name = models.CharField("tên viết tắt", max_length=100, blank=True)
    kind = models.CharField("loại", max_length=20, choices=OrgUnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name="đơn vị cấp trên",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    # "/GL/GL.SNV/": the codes from the root down. Subtree = path startswith; codes are stable.
    path = models.CharField(max_length=512, db_index=True, editable=False)
    level = models.PositiveSmallIntegerField(default=1, editable=False)
    valid_from = models.DateField("hiệu lực từ", null=True, blank=True)
    valid_to = models.DateField("hiệu lực đến", null=True, blank=True)
    merged_into = models.ForeignKey(
        "self",
        verbose_name="sáp nhập vào",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="merged_units",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["path"]
        verbose_name = "đơn vị"
        verbose_name_plural = "đơn vị"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(valid_to__isnull=True)
                | models.Q(valid_from__isnull=True)
                | models.Q(valid_to__gte=models.F("valid_from")),
                name="orgunit_valid_range",
            )
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def is_active(self) -> bool:
        """Still working today (a merge dated later leaves it active until the day before)."""
        from django.utils import timezone

        return self.valid_to is None or self.valid_to >= timezone.localdate()

    def is_valid_on(self, day) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_to is None or day <= self.valid_to
        )


class OrgUnitVersion(models.Model):
    """What the unit was called, and under which parent it stood, from ``valid_from`` on."""

    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="versions")
    valid_from = models.DateField("áp dụng từ", null=True, blank=True)
    name = models.CharField("tên đơn vị", max_length=255)
    short_name = models.CharField("tên viết tắt", max_length=100, blank=True)
    parent = models.ForeignKey(
        OrgUnit, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    note = models.CharField("ghi chú", max_length=255, blank=True)
    # The letterhead (thể thức, Nghị định 30/2020 Phụ lục I): versioned with the name, so a
    # renamed unit's old documents keep their old header. Empty = derived (orgunits.letterhead).
    symbol = models.CharField("ký hiệu", max_length=30, blank=True)
    symbol_with_parent = models.BooleanField("ký hiệu kèm ký hiệu cấp trên", default=False)
    place_name = models.CharField("địa danh", max_length=100, blank=True)
    parent_header = models.CharField("tên cơ quan chủ quản (từng dòng)", max_length=400, blank=True)
    issuer_header = models.CharField("tên cơ quan ban hành (từng dòng)", max_length=400, blank=True)

    class Meta:
        ordering = ["unit", "valid_from"]
        verbose_name = "tên đơn vị theo thời gian"
        verbose_name_plural = "tên đơn vị theo thời gian"
        constraints = [
            models.UniqueConstraint(fields=["unit", "valid_from"], name="orgunitversion_once"),
        ]

    def __str__(self):
        since = self.valid_from.strftime("%d/%m/%Y") if self.valid_from else "ban đầu"
        return f"{self.name} (từ {since})"
