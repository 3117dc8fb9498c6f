"""Emulation movements (phong trào thi đua) and what they record.

A movement is launched by a unit's document and runs for years (2019–2025); the units taking
part are units of the tree. Its criteria (tiêu chí) say how each is assessed: yes/no, a score,
or a figure of an indicator compared with a threshold (TL_DUNG_HAN ≥ 95). Collectives and
individuals register each year (usually at the staff conference) with their commitments; a
registration is assessed once for its year (đạt, không đạt, xuất sắc) with one line per
criterion and evidence. "Cơ quan đạt chuẩn văn hóa" is recognised per unit and year. The
interim and final reviews are due things of the deadline engine (:class:`MovementReview`).
"""

from django.conf import settings
from django.db import models

from danvan.activities.models import StaffConference
from danvan.deadlines.models import Deadline
from danvan.orgunits.models import OrgUnit


class Subject(models.TextChoices):
    TAP_THE = "tap_the", "Tập thể"
    CA_NHAN = "ca_nhan", "Cá nhân"


class Result(models.TextChoices):
    XUAT_SAC = "xuat_sac", "Xuất sắc"
    DAT = "dat", "Đạt"
    KHONG_DAT = "khong_dat", "Không đạt"


# Results that count as "đạt or better" (TD_DAT_*).
PASSING = (Result.XUAT_SAC, Result.DAT)


class Movement(models.Model):
    code = models.CharField("mã phong trào", max_length=60, unique=True)
    name = models.CharField("tên phong trào", max_length=500)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị phát động", on_delete=models.PROTECT, related_name="+"
    )
    launch_document = models.CharField("văn bản phát động", max_length=500, blank=True)
    starts_on = models.DateField("từ ngày")
    ends_on = models.DateField("đến ngày")
    # The units that take part, from the tree; ``participant_codes`` is the same list as files
    # write it ("BQLKKT; BQLKKT.VP"), every write sets ``participants`` from it.
    participants = models.ManyToManyField(
        OrgUnit, verbose_name="đơn vị tham gia", blank=True, related_name="movements_joined"
    )
    participant_codes = models.CharField("mã các đơn vị tham gia", max_length=2000, blank=True)
    goal_collective = models.CharField(
        "nội dung thi đua đối với tập thể", max_length=500, blank=True
    )
    goal_individual = models.CharField(
        "nội dung thi đua đối với cá nhân", max_length=500, blank=True
    )
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["-starts_on", "code"]
        verbose_name = "phong trào thi đua"
        verbose_name_plural = "phong trào thi đua"

    def __str__(self):
        return f"{self.name} ({self.starts_on:%Y} – {self.ends_on:%Y})"


class Criterion(models.Model):
    class Method(models.TextChoices):
        YES_NO = "co_khong", "Đạt / không đạt"
        SCORE = "diem", "Chấm điểm"
        INDICATOR = "chi_tieu", "Theo chỉ tiêu"

    class Applies(models.TextChoices):
        TAP_THE = "tap_the", "Tập thể"
        CA_NHAN = "ca_nhan", "Cá nhân"
        CA_HAI = "ca_hai", "Tập thể và cá nhân"

    class Operator(models.TextChoices):
        GE = ">=", "≥"
        GT = ">", ">"
        LE = "<=", "≤"
        LT = "<", "<"
        EQ = "=", "="

    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="criteria")
    position = models.PositiveSmallIntegerField("thứ tự", default=1)
    text = models.CharField("tiêu chí", max_length=500)
    applies_to = models.CharField(
        "áp dụng cho", max_length=10, choices=Applies.choices, default=Applies.CA_HAI
    )
    method = models.CharField("cách đánh giá", max_length=10, choices=Method.choices)
    # SCORE: the criterion is met at ``pass_score`` out of ``max_score``.
    max_score = models.DecimalField(
        "điểm tối đa", max_digits=7, decimal_places=2, null=True, blank=True
    )
    pass_score = models.DecimalField(
        "điểm đạt", max_digits=7, decimal_places=2, null=True, blank=True
    )
    # INDICATOR: the registrant unit's value of ``indicator_code`` over the year, compared.
    indicator_code = models.CharField("mã chỉ tiêu", max_length=40, blank=True)
    operator = models.CharField("phép so sánh", max_length=2, choices=Operator.choices, blank=True)
    threshold = models.DecimalField(
        "ngưỡng", max_digits=12, decimal_places=2, null=True, blank=True
    )

    class Meta:
        ordering = ["movement", "position", "pk"]
        verbose_name = "tiêu chí thi đua"
        verbose_name_plural = "tiêu chí thi đua"

    def __str__(self):
        return self.text


class Registration(models.Model):
    """One registrant's registration for one year, and its assessment for that year."""

    code = models.CharField("mã đăng ký", max_length=60, unique=True)
    movement = models.ForeignKey(
        Movement, verbose_name="phong trào", on_delete=models.PROTECT, related_name="registrations"
    )
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    subject_kind = models.CharField("đối tượng", max_length=10, choices=Subject.choices)
    subject_name = models.CharField("tên tập thể, cá nhân", max_length=300)
    position_title = models.CharField("chức vụ", max_length=200, blank=True)
    registered_on = models.DateField("ngày đăng ký")
    year = models.PositiveSmallIntegerField("năm")
    commitment = models.TextField("nội dung đăng ký, cam kết", blank=True)
    staff_conference = models.ForeignKey(
        StaffConference,
        verbose_name="đăng ký tại hội nghị",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The assessment of the year (empty until assessed).
    result = models.CharField("kết quả", max_length=10, choices=Result.choices, blank=True)
    assessed_on = models.DateField("ngày đánh giá", null=True, blank=True)
    assessment_note = models.TextField("nhận xét", blank=True)
    assessed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["-year", "movement", "subject_kind", "subject_name"]
        verbose_name = "đăng ký thi đua"
        verbose_name_plural = "đăng ký thi đua"

    def __str__(self):
        return f"{self.subject_name} — {self.year}"


class Assessment(models.Model):
    """One criterion's line of a registration's assessment, with its evidence."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="assessments"
    )
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="+")
    met = models.BooleanField("đạt", null=True)
    score = models.DecimalField("điểm", max_digits=7, decimal_places=2, null=True, blank=True)
    # INDICATOR criteria: the value read from the indicator engine when assessed.
    value = models.DecimalField("số liệu", max_digits=14, decimal_places=4, null=True, blank=True)
    evidence = models.CharField("minh chứng", max_length=500, blank=True)
    evidence_file = models.FileField("tệp minh chứng", upload_to="emulation/%Y/", blank=True)

    class Meta:
        unique_together = [("registration", "criterion")]
        verbose_name = "kết quả theo tiêu chí"
        verbose_name_plural = "kết quả theo tiêu chí"

    def __str__(self):
        return f"{self.registration} — {self.criterion}"

    @property
    def unit(self):
        return self.registration.unit


class CultureRecognition(models.Model):
    """ "Cơ quan đạt chuẩn văn hóa" for a year, by a decision."""

    code = models.CharField("mã", max_length=60, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField("năm")
    decision_number = models.CharField("số quyết định", max_length=60, blank=True)
    decided_on = models.DateField("ngày quyết định")
    decided_by = models.CharField("cơ quan công nhận", max_length=300, blank=True)
    movement = models.ForeignKey(
        Movement, on_delete=models.SET_NULL, null=True, blank=True, related_name="recognitions"
    )
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        unique_together = [("unit", "year")]
        ordering = ["-year", "unit__code"]
        verbose_name = "công nhận cơ quan đạt chuẩn văn hóa"
        verbose_name_plural = "công nhận cơ quan đạt chuẩn văn hóa"

    def __str__(self):
        return f"{self.unit} — {self.year}"


class MovementReview(Deadline):
    """The interim (sơ kết) or final (tổng kết) review a unit owes on a movement."""

    class Kind(models.TextChoices):
        SO_KET = "so_ket", "Sơ kết"
        TONG_KET = "tong_ket", "Tổng kết"

    movement = models.ForeignKey(Movement, on_delete=models.CASCADE, related_name="reviews")
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị báo cáo", on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField("loại", max_length=10, choices=Kind.choices)
    title = models.CharField("nội dung", max_length=500)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = "sơ kết, tổng kết phong trào"
        verbose_name_plural = "sơ kết, tổng kết phong trào"

    def __str__(self):
        return self.title
