"""Commendations (khen thưởng) decided, and proposals (đề xuất khen thưởng) that ask for them.

A proposal goes from the proposing unit to the deciding body like a report: drafted by a
clerk, sent up by the head (``trình`` then ``gửi``), received and decided (or returned with a
reason) by the deciding body. Deciding records one :class:`Commendation` per entry granted,
with the decision's number and date, so the register of commendations is the one place the
figures KT_KHEN_THUONG_* read.
"""

from django.conf import settings
from django.db import models

from danvan.emulation.models import Movement, Subject
from danvan.orgunits.models import OrgUnit


class Form(models.TextChoices):
    BANG_KHEN = "bang_khen", "Bằng khen"
    GIAY_KHEN = "giay_khen", "Giấy khen"
    CHIEN_SI_THI_DUA = "chien_si_thi_dua", "Chiến sĩ thi đua"
    LAO_DONG_TIEN_TIEN = "lao_dong_tien_tien", "Lao động tiên tiến"
    TAP_THE_LAO_DONG_XUAT_SAC = "tap_the_lao_dong_xuat_sac", "Tập thể lao động xuất sắc"
    KHAC = "khac", "Khác"


class Level(models.TextChoices):
    THU_TUONG = "thu_tuong", "Thủ tướng Chính phủ"
    BO = "bo", "Bộ, ngành trung ương"
    UBND_TINH = "ubnd_tinh", "UBND tỉnh"
    THU_TRUONG_DON_VI = "thu_truong_don_vi", "Thủ trưởng đơn vị"
    KHAC = "khac", "Khác"


class Commendation(models.Model):
    code = models.CharField("mã khen thưởng", max_length=60, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    subject_kind = models.CharField("đối tượng", max_length=10, choices=Subject.choices)
    subject_name = models.CharField("tên tập thể, cá nhân", max_length=300)
    form = models.CharField("hình thức", max_length=30, choices=Form.choices)
    level = models.CharField("cấp khen thưởng", max_length=20, choices=Level.choices)
    decision_number = models.CharField("số quyết định", max_length=60)
    decided_on = models.DateField("ngày quyết định")
    movement = models.ForeignKey(
        Movement,
        verbose_name="phong trào thi đua",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="commendations",
    )
    achievement = models.TextField("thành tích", blank=True)
    proposal = models.ForeignKey(
        "Proposal", on_delete=models.SET_NULL, null=True, blank=True, related_name="granted"
    )
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["-decided_on", "code"]
        verbose_name = "khen thưởng"
        verbose_name_plural = "khen thưởng"

    def __str__(self):
        return f"{self.get_form_display()} — {self.subject_name}"


class ProposalStatus(models.TextChoices):
    DRAFT = "draft", "Dự thảo"
    PENDING_HEAD = "pending_head", "Chờ lãnh đạo duyệt"
    SUBMITTED = "submitted", "Đã gửi"
    RETURNED = "returned", "Bị trả lại"
    DECIDED = "decided", "Đã quyết định"


class Proposal(models.Model):
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị đề xuất", on_delete=models.PROTECT, related_name="+"
    )
    deciding_unit = models.ForeignKey(
        OrgUnit, verbose_name="cơ quan quyết định", on_delete=models.PROTECT, related_name="+"
    )
    number = models.CharField("số tờ trình", max_length=60, blank=True)
    title = models.CharField("trích yếu", max_length=500)
    year = models.PositiveSmallIntegerField("năm")
    movement = models.ForeignKey(
        Movement,
        verbose_name="phong trào thi đua",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="proposals",
    )
    body = models.TextField("nội dung", blank=True)
    status = models.CharField(
        "trạng thái", max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.DRAFT
    )
    version = models.PositiveIntegerField(default=1)
    submitted_at = models.DateTimeField(null=True, blank=True)
    return_reason = models.TextField("lý do trả lại", blank=True)
    decision_number = models.CharField("số quyết định", max_length=60, blank=True)
    decided_on = models.DateField("ngày quyết định", null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-year", "-created_at"]
        verbose_name = "đề xuất khen thưởng"
        verbose_name_plural = "đề xuất khen thưởng"

    def __str__(self):
        return self.title


class ProposalEntry(models.Model):
    """One collective or person proposed, with the achievements (the appendix's row)."""

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="entries")
    position = models.PositiveSmallIntegerField("stt", default=1)
    subject_kind = models.CharField("đối tượng", max_length=10, choices=Subject.choices)
    subject_name = models.CharField("tên tập thể, cá nhân", max_length=300)
    position_title = models.CharField("chức vụ, đơn vị công tác", max_length=300, blank=True)
    form = models.CharField("hình thức đề nghị", max_length=30, choices=Form.choices)
    level = models.CharField("cấp khen thưởng", max_length=20, choices=Level.choices)
    achievement = models.TextField("tóm tắt thành tích")
    # Set when decided: granted or not (the decision may grant part of the list).
    granted = models.BooleanField("được khen thưởng", null=True)

    class Meta:
        ordering = ["proposal", "position", "pk"]
        verbose_name = "người, tập thể được đề nghị"
        verbose_name_plural = "danh sách đề nghị khen thưởng"

    def __str__(self):
        return f"{self.position}. {self.subject_name}"


class ProposalTransition(models.Model):
    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=20, choices=ProposalStatus.choices)
    to_status = models.CharField(max_length=20, choices=ProposalStatus.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    comment = models.TextField(blank=True)

    class Meta:
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.from_status} → {self.to_status}"
