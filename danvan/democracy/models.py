"""Grassroots democracy in agencies as data (decision 0032).

- :class:`ObligationType` — the catalogue: what the law asks of a unit, with its due rule, its
  legal reference and the dates it is in force. A change is a new dated row of the same code;
  the old row is closed the day before, never edited, so last year's obligations keep the rule
  they were created under.
- :class:`Obligation` — one type, for one unit and one year (a kind of the deadline engine):
  due date from the rule, the publicity record (form, date published → ``done_on``), evidence
  through the engine's tables.
- :class:`ResolutionItem` — a content of the staff conference's resolution, tracked to done.
- :class:`SteeringBoard`, :class:`PeopleInspectionBoard` with their members, and the board's
  supervisions (:class:`BoardSupervision`, the register "Sổ hoạt động Ban thanh tra nhân dân").
"""

from django.conf import settings
from django.db import models

from danvan.deadlines.models import Deadline
from danvan.orgunits.models import OrgUnit


class Category(models.TextChoices):
    CONG_KHAI = "cong_khai", "Công khai"
    LAY_Y_KIEN = "lay_y_kien", "Lấy ý kiến cán bộ, công chức, viên chức"
    HOI_NGHI = "hoi_nghi_can_bo", "Hội nghị cán bộ, công chức, viên chức"
    BAN_CHI_DAO = "ban_chi_dao", "Ban chỉ đạo thực hiện dân chủ ở cơ sở"
    BTTND = "ban_thanh_tra_nhan_dan", "Ban thanh tra nhân dân"
    KHAC = "khac", "Khác"


class PublicityForm(models.TextChoices):
    NIEM_YET = "niem_yet", "Niêm yết tại trụ sở"
    CUOC_HOP = "cuoc_hop", "Thông báo tại cuộc họp, hội nghị"
    VAN_BAN = "van_ban", "Gửi văn bản đến cán bộ, công chức, viên chức"
    CONG_THONG_TIN = "cong_thong_tin", "Đăng trên cổng, trang thông tin điện tử"
    HE_THONG = "he_thong", "Hệ thống thông tin nội bộ, thư điện tử"
    KHAC = "khac", "Hình thức khác"


class Occurs(models.TextChoices):
    HANG_NAM = "hang_nam", "Hằng năm"
    HET_NHIEM_KY_BTTND = "het_nhiem_ky_bttnd", "Năm hết nhiệm kỳ Ban thanh tra nhân dân"


class ObligationType(models.Model):
    code = models.CharField("mã nghĩa vụ", max_length=40)
    label = models.CharField("tên nghĩa vụ", max_length=300)
    category = models.CharField("nhóm", max_length=30, choices=Category.choices)
    content = models.TextField("nội dung phải thực hiện, công khai", blank=True)
    # PublicityForm values, in the order the law lists them.
    forms = models.JSONField("hình thức", default=list, blank=True)
    due_rule = models.CharField("thời hạn", max_length=200)
    legal_ref = models.CharField("căn cứ pháp lý", max_length=300)
    valid_from = models.DateField("áp dụng từ ngày")
    valid_to = models.DateField("áp dụng đến ngày", null=True, blank=True)
    # OrgUnit kinds the obligation applies to (OrgUnitKind values).
    unit_kinds = models.JSONField("loại đơn vị áp dụng", default=list)
    # Which years an instance is due: every year, or the year the people's inspection board's
    # term ends (or the unit has none).
    occurs = models.CharField(
        "năm phải thực hiện", max_length=20, choices=Occurs.choices, default=Occurs.HANG_NAM
    )
    position = models.PositiveSmallIntegerField("thứ tự", default=100)
    note = models.CharField("ghi chú phiên bản", max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )

    class Meta:
        ordering = ["position", "code", "valid_from"]
        verbose_name = "loại nghĩa vụ thực hiện dân chủ"
        verbose_name_plural = "danh mục nghĩa vụ thực hiện dân chủ"
        constraints = [
            models.UniqueConstraint(fields=["code", "valid_from"], name="obligation_type_version")
        ]

    def __str__(self):
        return f"{self.label} (từ {self.valid_from:%d/%m/%Y})"

    @property
    def forms_text(self) -> str:
        labels = dict(PublicityForm.choices)
        return "; ".join(labels.get(f, f) for f in self.forms)


class Obligation(Deadline):
    code = models.CharField("mã", max_length=80, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    type = models.ForeignKey(
        ObligationType, verbose_name="nghĩa vụ", on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveSmallIntegerField("năm")
    # For "N ngày làm việc sau <sự kiện>" rules: the day of the event (due_on follows from it).
    event_on = models.DateField("ngày của sự kiện", null=True, blank=True)
    # The publicity record: how and what was made public (or consulted); done_on is the day.
    published_form = models.CharField(
        "hình thức công khai", max_length=20, choices=PublicityForm.choices, blank=True
    )
    published_content = models.TextField("nội dung đã công khai, lấy ý kiến", blank=True)
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["year", "due_on", "code"]
        verbose_name = "nghĩa vụ thực hiện dân chủ"
        verbose_name_plural = "nghĩa vụ thực hiện dân chủ"

    def __str__(self):
        return f"{self.type.label} — {self.year}"


class ResolutionItem(Deadline):
    conference = models.ForeignKey(
        "activities.StaffConference",
        verbose_name="hội nghị",
        on_delete=models.CASCADE,
        related_name="resolution_items",
    )
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị thực hiện", on_delete=models.PROTECT, related_name="+"
    )
    position = models.PositiveSmallIntegerField("số thứ tự", default=1)
    content = models.TextField("nội dung")
    result = models.TextField("kết quả thực hiện", blank=True)

    class Meta:
        ordering = ["conference", "position", "pk"]
        verbose_name = "nội dung nghị quyết hội nghị cán bộ"
        verbose_name_plural = "nội dung nghị quyết hội nghị cán bộ"

    def __str__(self):
        return f"{self.position}. {self.content[:80]}"


class MemberRole(models.TextChoices):
    TRUONG_BAN = "truong_ban", "Trưởng ban"
    PHO_TRUONG_BAN = "pho_truong_ban", "Phó Trưởng ban"
    THANH_VIEN = "thanh_vien", "Thành viên"


class SteeringBoard(models.Model):
    """Ban chỉ đạo thực hiện dân chủ ở cơ sở of a unit, as set up (kiện toàn) by a decision."""

    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    decision_number = models.CharField("số quyết định", max_length=60)
    decided_on = models.DateField("ngày quyết định")
    note = models.TextField("ghi chú", blank=True)

    class Meta:
        ordering = ["unit", "-decided_on"]
        verbose_name = "Ban chỉ đạo thực hiện dân chủ ở cơ sở"
        verbose_name_plural = "Ban chỉ đạo thực hiện dân chủ ở cơ sở"

    def __str__(self):
        return f"Ban chỉ đạo (Quyết định {self.decision_number} ngày {self.decided_on:%d/%m/%Y})"


class PeopleInspectionBoard(models.Model):
    """Ban thanh tra nhân dân of a unit for one term."""

    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    term_from = models.DateField("nhiệm kỳ từ ngày")
    term_to = models.DateField("nhiệm kỳ đến ngày")
    elected_at = models.CharField("bầu tại", max_length=300, blank=True)
    note = models.TextField("ghi chú", blank=True)

    class Meta:
        ordering = ["unit", "-term_from"]
        verbose_name = "Ban thanh tra nhân dân"
        verbose_name_plural = "Ban thanh tra nhân dân"

    def __str__(self):
        return f"Ban thanh tra nhân dân nhiệm kỳ {self.term_from:%Y}–{self.term_to:%Y}"


class _Member(models.Model):
    name = models.CharField("họ và tên", max_length=200)
    position = models.CharField("chức vụ", max_length=300, blank=True)
    role = models.CharField("vai trò", max_length=20, choices=MemberRole.choices)
    order = models.PositiveSmallIntegerField("thứ tự", default=1)

    class Meta:
        abstract = True
        ordering = ["order", "pk"]

    def __str__(self):
        return f"{self.name} — {self.get_role_display()}"


class SteeringBoardMember(_Member):
    board = models.ForeignKey(SteeringBoard, on_delete=models.CASCADE, related_name="members")

    class Meta(_Member.Meta):
        verbose_name = "thành viên Ban chỉ đạo"
        verbose_name_plural = "thành viên Ban chỉ đạo"


class PeopleInspectionMember(_Member):
    board = models.ForeignKey(
        PeopleInspectionBoard, on_delete=models.CASCADE, related_name="members"
    )

    class Meta(_Member.Meta):
        verbose_name = "thành viên Ban thanh tra nhân dân"
        verbose_name_plural = "thành viên Ban thanh tra nhân dân"


class BoardSupervision(models.Model):
    """One supervision of the people's inspection board (a register record)."""

    code = models.CharField("mã", max_length=60, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    board = models.ForeignKey(
        PeopleInspectionBoard,
        verbose_name="Ban thanh tra nhân dân",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="supervisions",
    )
    held_on = models.DateField("ngày giám sát")
    subject = models.CharField("nội dung giám sát", max_length=500)
    recommendations = models.PositiveIntegerField("số kiến nghị", default=0)
    recommendations_accepted = models.PositiveIntegerField("số kiến nghị được tiếp thu", default=0)
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["-held_on", "code"]
        verbose_name = "cuộc giám sát của Ban thanh tra nhân dân"
        verbose_name_plural = "hoạt động Ban thanh tra nhân dân"

    def __str__(self):
        return f"{self.code} — {self.held_on:%d/%m/%Y}"
